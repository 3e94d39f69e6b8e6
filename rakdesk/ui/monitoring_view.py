"""The Monitoring tab beside the plan grid: one plan through the year.

A table of indikator × period (target, realisasi, capaian coloured by the
satker's scale, "belum diisi" for what was not entered) with each kegiatan's
status per period under its indikator, filters (belum diisi, below target,
tindak lanjut overdue), and on the right the chosen indikator's period:
kendala, upaya, tindak lanjut and bukti dukung (rakdesk.ui.monitoring_panel).
Typing works as in the plan grid: type, Enter (down), Tab (right); every edit
is one undoable command calling a core edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rakdesk.core import capaian as cp
from rakdesk.core import monitoring
from rakdesk.core import performance as pf
from rakdesk.core.model import Plan
from rakdesk.ui import monitoring_commands as mc
from rakdesk.ui.monitoring_model import (
    COL_NO,
    COL_TEXT,
    COL_YEAR_TARGET,
    PER_PERIOD,
    TARGET,
    VALUE,
    MonitoringModel,
    period_long_name,
)
from rakdesk.ui.monitoring_panel import MonitoringPanel
from rakdesk.ui.wrapping_header import WrappingHeader

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)

ALL, EMPTY, BELOW, OVERDUE = range(4)
MAX_ROW_LINES = 4


class MonitoringDelegate(QStyledItemDelegate):
    """Text for an indikator's target and realisasi; for a kegiatan's status
    in a period, a list to pick from (first letters work)."""

    def _is_status(self, index) -> bool:
        rows = index.model().rows
        return index.row() < len(rows) and rows[index.row()].kind == "kegiatan"

    def createEditor(self, parent, option, index):
        if not self._is_status(index):
            return super().createEditor(parent, option, index)
        editor = QComboBox(parent)
        for status in ("",) + monitoring.STATUSES:
            editor.addItem(monitoring.STATUS_WORDS[status] or "—", status)
        return editor

    def setEditorData(self, editor, index):
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class MonitoringTable(QTableView):
    """Enter commits and moves down, Tab moves right; files dropped on an
    indikator row become its bukti dukung."""

    sig_files_dropped = Signal(int, list)  # row, paths

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("monitoringTable")
        self.setHorizontalHeader(WrappingHeader(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.delegate = MonitoringDelegate(self)
        self.setItemDelegate(self.delegate)

    def closeEditor(self, editor, hint):
        super().closeEditor(editor, hint)
        if hint == QStyledItemDelegate.EndEditHint.SubmitModelCache:
            self.move_down()

    def move_down(self) -> None:
        """To the next shown row of the same kind (indikator to indikator)."""
        current = self.currentIndex()
        rows = self.model().rows
        kind = rows[current.row()].kind if current.row() < len(rows) else None
        for row in range(current.row() + 1, self.model().rowCount()):
            if not self.isRowHidden(row) and rows[row].kind == kind:
                self.setCurrentIndex(self.model().index(row, current.column()))
                return

    def keyPressEvent(self, event):
        """Delete (or Backspace) empties the cell: belum diisi again."""
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and index.isValid() \
                and self.state() != self.State.EditingState \
                and self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.model().setData(index, "", Qt.ItemDataRole.EditRole)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        index = self.indexAt(event.position().toPoint())
        if paths and index.isValid():
            self.setCurrentIndex(index)
            self.sig_files_dropped.emit(index.row(), paths)
            event.acceptProposedAction()
            return
        super().dropEvent(event)


class MonitoringView(QWidget):
    sig_status = Signal(str)

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.setObjectName("monitoringView")
        self.doc = doc
        self.plan_id: str | None = None
        self.period = 1
        self._stale = False
        self.model = MonitoringModel(self)
        self.table = MonitoringTable(self)
        self.table.setModel(self.model)
        if doc.readonly:  # a file open read-only is looked at, not typed into
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model.writer = self._set_data  # the view's commands do the writing
        self.panel = MonitoringPanel(self)
        self._build()
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.sig_files_dropped.connect(self._files_dropped)
        self.model.modelReset.connect(self._after_reset)
        self._connect_document()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 4)
        self.period_label = QLabel(translate("Monitoring", "Period:"), self)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("monitoringPeriod")
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.filter_box = QComboBox(self)
        self.filter_box.setObjectName("monitoringFilter")
        self.filter_box.setToolTip(translate("Monitoring", "Which indikator to show"))
        self.filter_box.addItems([translate("Monitoring", "All indikator"),
                                  translate("Monitoring", "Belum diisi"),
                                  translate("Monitoring", "Below target"),
                                  translate("Monitoring", "Past batas waktu")])
        self.filter_box.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.kegiatan_box = QCheckBox(translate("Monitoring", "Kegiatan"), self)
        self.kegiatan_box.setChecked(True)
        self.kegiatan_box.toggled.connect(self._show_kegiatan)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("monitoringProgress")
        # Never widens the window: the figure is cut on a narrow screen (its
        # tooltip says it whole).
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Preferred)
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tools = QHBoxLayout()
        self.tool_buttons: list[QToolButton] = []
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_box)
        bar.addSpacing(8)
        bar.addWidget(self.filter_box)
        bar.addWidget(self.kegiatan_box)
        bar.addSpacing(8)
        bar.addWidget(self.progress_label, 1)
        bar.addLayout(self.tools)
        self.empty_label = QLabel(translate(
            "Monitoring", "Choose a plan in the list on the left to record its realisasi."),
            self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.splitter, 1)
        self.splitter.hide()

    def add_tool(self, text: str, slot=None, menu=None, name: str = "") -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if menu is not None:
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        if slot is not None:
            button.clicked.connect(slot)
        self.tools.addWidget(button)
        self.tool_buttons.append(button)
        button.setEnabled(self.plan is not None)
        return button

    def _connect_document(self) -> None:
        # Every change is announced once (this tab's edits, the plan grid's, a
        # merge put back): the shown plan is read again, or when next shown.
        self.doc.sig_changed.connect(self._on_changed)

    def _on_changed(self, changes) -> None:
        if self.plan_id is None or not (changes.touches(self.plan_id) or changes.workspace):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            if self.plan is None or self.plan.id != self.plan_id:
                self.set_plan(self.plan_id)
            else:
                self.reload()

    # ------------------------------------------------------------ plan

    @property
    def plan(self) -> Plan | None:
        return self.model.plan

    def follow_plan(self, plan_id: str | None) -> None:
        """The plan chosen in the tree: read now when the tab is shown, else
        when it next is (opening a plan on the grid reads no realisasi)."""
        if self.isVisible():
            self.set_plan(plan_id)
        else:
            self.plan_id, self._stale = plan_id, True

    def set_plan(self, plan_id: str | None) -> None:
        from rakdesk.core import loading

        self.plan_id = plan_id
        plan = None
        if plan_id:
            try:
                plan = loading.load_plan(self.doc.session, plan_id, monitoring=True)
            except Exception:  # deleted meanwhile: show nothing
                plan = None
        kind = plan.kind if plan is not None else ""
        if plan is not None and plan.kind != "RAK":
            plan = None  # an IKU or PK is not measured per period; its RAK is
        self.model.set_plan(plan)
        self.empty_label.setVisible(plan is None)
        self.splitter.setVisible(plan is not None)
        if plan_id and plan is None:
            self.empty_label.setText(translate(
                "Monitoring", "Monitoring is kept on a RAK, not on a {0}: choose the RAK of "
                "this year.").format(kind))
        else:
            self.empty_label.setText(translate(
                "Monitoring", "Choose a plan in the list on the left to record its realisasi."))
        # the tools too (import, reports, chart, scale): they work on a RAK only
        for widget in (self.period_box, self.filter_box, self.kegiatan_box,
                       *self.tool_buttons):
            widget.setEnabled(plan is not None)
        self._fill_periods()
        self._stale = False

    def reload(self) -> None:
        """Read the plan again after a change made elsewhere."""
        self._stale = False
        current = self._current_key()
        plan_id = self.plan_id
        plan = self.doc.session.get(Plan, plan_id) if plan_id is not None else None
        if plan is None:
            self.set_plan(None)
            return
        if self.plan is None or plan.gran.periods != self.model.periods:
            self.set_plan(plan_id)
        else:
            # After the whole file was put back (a merge undone) the session
            # holds new objects: the model reads those.
            self.model.plan = plan
            self.model.refresh()
        self._restore_key(current)
        self._refresh_side()

    def _fill_periods(self) -> None:
        self.period_box.blockSignals(True)
        self.period_box.clear()
        n = self.model.periods
        for p in range(1, n + 1):  # a month names its triwulan: reports are by triwulan
            quarter = f" (TW {pf.quarter_name((p - 1) // 3 + 1)})" if n == 12 else ""
            self.period_box.addItem(period_long_name(n, p) + quarter, p)
        self.period = min(self.period, n) if self.plan is not None else 1
        self.period_box.setCurrentIndex(self.period - 1)
        self.period_box.blockSignals(False)
        self._refresh_side()

    def _period_chosen(self, index: int) -> None:
        if index < 0:
            return
        self.period = index + 1
        current = self.table.currentIndex()
        where = self.model.period_of(current.column()) if current.isValid() else None
        if current.isValid() and where is not None and where[0] != self.period:
            self.table.setCurrentIndex(self.model.index(
                current.row(), self.model.column_of(self.period, where[1])))
        self._show_columns()
        self.apply_filter()
        self._refresh_side()

    def _show_columns(self) -> None:
        """A monthly plan shows the months of the chosen triwulan (all twelve
        would not fit a laptop's screen); a quarterly plan shows its four."""
        model = self.model
        months = model.periods == 12
        first = 3 * (self.quarter() - 1) + 1
        for p in range(1, model.periods + 1):
            hidden = months and not first <= p < first + 3
            for part in range(PER_PERIOD):
                self.table.setColumnHidden(model.column_of(p, part), hidden)

    def quarter(self) -> int:
        """The triwulan of the chosen period (for reports)."""
        if self.model.periods == 12:
            return (self.period - 1) // 3 + 1
        return self.period

    # ------------------------------------------------------------ table layout

    def _after_reset(self) -> None:
        table, model = self.table, self.model
        table.clearSpans()
        header = table.horizontalHeader()
        header.setMinimumSectionSize(24)
        table.setColumnWidth(COL_NO, 36)
        table.setColumnWidth(COL_TEXT, 210)
        table.setColumnWidth(COL_YEAR_TARGET, 70)
        for column in range(COL_YEAR_TARGET + 1, model.columnCount()):
            table.setColumnWidth(column, 66)
        for n, row in enumerate(model.rows):
            if row.kind == "sasaran":
                table.setSpan(n, COL_TEXT, 1, model.columnCount() - COL_TEXT)
            elif row.kind == "kegiatan":
                for p in range(1, model.periods + 1):
                    table.setSpan(n, model.column_of(p, TARGET), 1, PER_PERIOD)
        table.resizeRowsToContents()
        tallest = table.fontMetrics().lineSpacing() * MAX_ROW_LINES + 8
        for n in range(model.rowCount()):  # a long kegiatan shows its start (tooltip: all)
            if table.rowHeight(n) > tallest:
                table.setRowHeight(n, tallest)
        self._show_columns()
        self.apply_filter()

    def _show_kegiatan(self, shown: bool) -> None:
        key = self._current_key()
        self.model.show_kegiatan = shown
        self.model.set_plan(self.model.plan)
        self._restore_key(key)

    def apply_filter(self) -> None:
        """Hide indikator (with their kegiatan) the chosen filter leaves out, and
        sasaran with nothing left under them."""
        how = self.filter_box.currentIndex()
        rows = self.model.rows
        keep: dict[str, bool] = {}
        for row in rows:
            if row.kind != "indikator":
                continue
            f = row.periods.get(self.period)
            keep[row.id] = f is not None and (
                how == ALL or (how == EMPTY and not f.value)
                or (how == BELOW and f.capaian.value is not None and f.capaian.value < 100)
                or (how == OVERDUE and any(p.overdue for p in row.periods.values())))
        shown_sasaran: set[int] = set()
        last_sasaran = -1
        for n, row in enumerate(rows):
            if row.kind == "sasaran":
                last_sasaran = n
                continue
            visible = keep.get(row.id if row.kind == "indikator" else row.indikator_id, False)
            self.table.setRowHidden(n, not visible)
            if visible:
                shown_sasaran.add(last_sasaran)
        for n, row in enumerate(rows):
            if row.kind == "sasaran":
                self.table.setRowHidden(n, n not in shown_sasaran)
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        if self.plan is None:
            self.progress_label.clear()
            return
        q = self.quarter()
        progress = pf.plan_progress(self.plan, q)
        if progress.percent is None:
            text = translate("Monitoring", "No kegiatan scheduled up to TW {0}.").format(
                pf.quarter_name(q))
        else:
            text = translate("Monitoring", "Kegiatan up to TW {0}: {1} of {2} scheduled "
                             "carried out ({3} %)").format(
                pf.quarter_name(q), f"{progress.done.normalize():f}".replace(".", ","),
                progress.scheduled, cp.format_percent(progress.percent))  # 99,58, never 100
        self.progress_label.setText(text)
        self.progress_label.setToolTip(text)

    # ------------------------------------------------------------ current row

    def _current_key(self):
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        row = self.model.rows[index.row()]
        return row.kind, row.id, index.column()

    def _restore_key(self, key) -> None:
        if key is None:
            return
        n = self.model.row_index(key[0], key[1])
        if n >= 0:
            self.table.setCurrentIndex(self.model.index(n, min(key[2],
                                                               self.model.columnCount() - 1)))

    def current_indikator_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.rows[index.row()]
        return row.id if row.kind == "indikator" else (row.indikator_id or None)

    def _current_changed(self, current: QModelIndex, _previous=None) -> None:
        where = self.model.period_of(current.column()) if current.isValid() else None
        if where is not None and where[0] != self.period:
            self.period_box.setCurrentIndex(where[0] - 1)  # follows the cell
            return
        if where is not None and where[1] == VALUE:  # the capaian it makes is in sight
            self.table.scrollTo(self.model.index(current.row(), current.column() + 1))
        self._refresh_side()

    def _refresh_side(self) -> None:
        indikator_id = self.current_indikator_id()
        from rakdesk.core.model import Indikator

        indikator = self.doc.session.get(Indikator, indikator_id) if indikator_id else None
        self.panel.show_period(self, indikator, self.period)
        self._refresh_progress()

    # ------------------------------------------------------------ edits

    def _set_data(self, index, value) -> bool:
        if not index.isValid():
            return False
        row = self.model.rows[index.row()]
        where = self.model.period_of(index.column())
        if where is None:
            return False
        period, part = where
        value = "" if value is None else str(value).strip()
        if row.kind == "kegiatan":
            if value == row.statuses.get(period, ""):
                return False
            command = mc.set_status(self.doc, row.id, period, value, translate(
                "Monitoring", "Status of kegiatan"))
        elif row.kind == "indikator" and part in (TARGET, VALUE):
            f = row.periods[period]
            if value == (f.target_typed if part == TARGET else f.value):
                return False
            field = "target" if part == TARGET else "value"
            text = translate("Monitoring", "Target of {0}") if part == TARGET else translate(
                "Monitoring", "Realisasi {0}")
            command = mc.set_realisasi(self.doc, row.id, period, {field: value},
                                       text.format(period_long_name(self.model.periods, period)))
        else:
            return False
        return self.doc.push(command)

    def set_followup(self, indikator_id: str, values: dict, label: str) -> bool:
        return self.doc.push(mc.set_realisasi(self.doc, indikator_id, self.period, values,
                                              label))

    def _files_dropped(self, row: int, paths: list) -> None:
        if row < len(self.model.rows) and self.model.rows[row].kind != "sasaran":
            self.panel.add_files([Path(p) for p in paths])
        else:
            self.sig_status.emit(translate("Monitoring", "Drop bukti dukung on an indikator's "
                                           "row."))
