"""The properties of the selected row: its full texts and pelaksana, in fields
large enough to edit long texts comfortably. Each field commits one command
when it loses focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rakdesk.core.targets import TargetKind
from rakdesk.ui.plan_model import (
    COL_INDIKATOR,
    COL_KEGIATAN,
    COL_KETERANGAN,
    COL_PELAKSANA,
    COL_SASARAN,
    COL_SUMBER,
    COL_TARGET,
)


class CommitOnFocusOut(QPlainTextEdit):
    def __init__(self, on_commit, parent=None):
        super().__init__(parent)
        self.on_commit = on_commit
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event):
        self.on_commit(self.toPlainText())
        super().focusOutEvent(event)


class PropertiesPanel(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.view = view
        self.model = view.grid_model
        self.row = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        self.fields = {}
        self.groups = {}
        labels = ((COL_SASARAN, self.tr("Sasaran")), (COL_INDIKATOR, self.tr("Indikator")),
                  (COL_KETERANGAN, self.tr("Keterangan")), (COL_SUMBER, self.tr("Sumber data")),
                  (COL_KEGIATAN, self.tr("Kegiatan")))
        for key, label in labels:
            editor = CommitOnFocusOut(lambda text, k=key: self._commit(k, text), self)
            editor.setObjectName(f"prop_{key}")
            self.groups[key] = self._group(layout, label, editor, stretch=3)
            self.fields[key] = editor
        self.target = QLineEdit(self)
        self.target.setObjectName("prop_target")
        self.target.editingFinished.connect(lambda: self._commit(COL_TARGET, self.target.text()))
        self.target_kind = QLabel(self)
        self.target_kind.setWordWrap(True)
        self.target_group = self._group(layout, self.tr("Target"), self.target,
                                        self.target_kind, stretch=1)
        self.units = QListWidget(self)
        self.units.setObjectName("prop_pelaksana")
        self.units.itemChanged.connect(self._units_changed)
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("Other pelaksana, separated by ;"))
        self.other.editingFinished.connect(self._units_changed)
        self.make_units = QPushButton(self.tr("Make them sub-units"), self)
        self.make_units.setObjectName("prop_make_sub_units")
        self.make_units.setToolTip(self.tr("Add the pelaksana typed by hand to the satker's "
                                           "sub-units, so they can be ticked and completed"))
        self.make_units.clicked.connect(self.make_sub_units)
        self.groups[COL_PELAKSANA] = self._group(layout, self.tr("Pelaksana"), self.units,
                                                 self.other, self.make_units, stretch=3)
        view.selectionModel().currentChanged.connect(lambda *_: self.refresh())
        self.model.modelReset.connect(self._reconnect)
        self.model.dataChanged.connect(self._data_changed)
        self.refresh()

    def _group(self, layout, label: str, *widgets, stretch: int) -> QWidget:
        """A titled column of the panel."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(2, 0, 2, 0)
        column.addWidget(QLabel(f"<b>{label}</b>", box))
        for widget in widgets:
            column.addWidget(widget)
        if not any(isinstance(w, (QPlainTextEdit, QListWidget)) for w in widgets):
            column.addStretch()
        layout.addWidget(box, stretch)
        return box

    def _reconnect(self):
        self.refresh()

    def _data_changed(self, top_left, bottom_right, *_) -> None:
        """Read the row again, unless only schedule cells changed (a tick):
        the panel shows none of them."""
        columns = self.model.columns
        if all(columns[c].is_period for c in range(top_left.column(), bottom_right.column() + 1)
               if c < len(columns)):
            return
        self.refresh()

    def _commit(self, key: str, text: str) -> None:
        if self.row is None or not self.model.has_column(key) or not self.model.editable():
            return
        index = self.model.index(self.row, self.model.column(key))
        if index.data(Qt.ItemDataRole.EditRole) != text:
            self.model.setData(index, text)

    def _units_changed(self, *_):
        if self._filling or self.row is None or not self.model.has_column(COL_PELAKSANA):
            return
        names = [self.units.item(i).text() for i in range(self.units.count())
                 if self.units.item(i).checkState() == Qt.CheckState.Checked]
        names += [n.strip() for n in self.other.text().split(";") if n.strip()]
        self._commit(COL_PELAKSANA, "; ".join(names))

    _filling = False

    def refresh(self) -> None:
        index = self.view.currentIndex()
        model = self.model
        self.row = index.row() if index.isValid() and index.row() < len(model.rows) else None
        grid_row = model.rows[self.row] if self.row is not None else None
        editable = grid_row is not None and model.editable()  # not read-only, not final
        for key, editor in self.fields.items():
            present = model.has_column(key)
            self.groups[key].setVisible(present)
            text = model.text(grid_row, model.columns[model.column(key)]) \
                if grid_row is not None and present else ""
            if editor.toPlainText() != text and not editor.hasFocus():
                editor.setPlainText(text)
            set_read_only(editor, not editable)
        ind = grid_row.indikator if grid_row else None
        self.target_group.setVisible(model.plan is not None)  # no lone box without a plan
        if not self.target.hasFocus():
            self.target.setText(ind.target if ind else "")
        set_read_only(self.target, not editable)
        self.target_kind.setText(target_description(ind) if ind else "")
        self._filling = True
        try:
            self.units.clear()
            has_pelaksana = model.has_column(COL_PELAKSANA)
            self.groups[COL_PELAKSANA].setVisible(has_pelaksana)
            keg = grid_row.kegiatan if grid_row else None
            current = list(model.pelaksana_names(keg)) if keg else []
            units = [u.name for u in model.plan.satker.sub_units] if model.plan else []
            for name in units:
                item = QListWidgetItem(name, self.units)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if name in current
                                   else Qt.CheckState.Unchecked)
            if not self.other.hasFocus():
                self.other.setText("; ".join(n for n in current if n not in units))
            self.units.setEnabled(editable and keg is not None)
            set_read_only(self.other, not (editable and keg is not None))
            self.make_units.setVisible(bool(self.other_names()))
            self.make_units.setEnabled(not model.doc.readonly)
        finally:
            self._filling = False


    def other_names(self) -> list[str]:
        """Pelaksana of the current kegiatan that are not (yet) sub-units."""
        return [n.strip() for n in self.other.text().split(";") if n.strip()]

    def make_sub_units(self) -> None:
        """The names typed by hand become sub-units of the satker: one undo step."""
        from rakdesk.core.operations import workspace
        from rakdesk.ui import commands as cmd

        plan = self.model.plan
        names = self.other_names()
        if plan is None or not names or self.model.doc.readonly:
            return
        satker_id = plan.satker_id
        doc = self.model.doc
        if doc.push(cmd.CreateCommand(
                doc, self.tr("Add sub-units"), None,
                lambda session: workspace.add_sub_units(session, satker_id, names))):
            self.other.clear()
            self.refresh()


def set_read_only(editor, readonly: bool) -> None:
    """Read-only, and looking it: a read-only box keeps the window's grey
    instead of the white of a box that takes typing."""
    editor.setReadOnly(readonly)
    palette = editor.parentWidget().palette() if editor.parentWidget() else QPalette()
    if readonly:
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
    editor.setPalette(palette)


def target_description(indikator) -> str:
    from rakdesk.core.targets import format_target

    kind = TargetKind(indikator.target_kind)
    names = {TargetKind.PERCENT: "Persentase", TargetKind.COUNT: "Jumlah",
             TargetKind.GRADE: "Nilai (huruf)", TargetKind.OPINION: "Opini BPK",
             TargetKind.INDEX: "Indeks", TargetKind.NUMBER: "Angka", TargetKind.TEXT: "Teks bebas"}
    if kind is TargetKind.TEXT:
        return names[kind] if indikator.target else ""
    from decimal import Decimal

    value = Decimal(indikator.target_value) if indikator.target_value else None
    return f"{names[kind]}: {format_target(kind, value, indikator.target_unit)}"
