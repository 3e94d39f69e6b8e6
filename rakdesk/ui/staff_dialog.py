"""The staff register of a satker (its officials): name with degree, NIP,
jabatan and pangkat. Signature blocks and decree members pick people from it,
so a name corrected here changes every draft that prints it (a final
revision keeps what it printed). Each change is one undoable command."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from rakdesk.core import decree as sk
from rakdesk.core.model import Official, Satker
from rakdesk.core.nip import format_nip, validate_nip
from rakdesk.errors import ValidationError
from rakdesk.ui import commands as cmd

FIELDS = ("name", "nip", "title", "pangkat")


class StaffDialog(QDialog):
    def __init__(self, doc, satker_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.doc, self.satker_id = doc, satker_id
        satker = doc.session.get(Satker, satker_id)
        self.setWindowTitle(self.tr("Staff register — {0}").format(satker.name))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Everyone who signs or sits in a team. A correction here changes every draft; "
            "final revisions keep what they printed."), self))
        self.table = QTableWidget(0, len(FIELDS), self)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name (with degree)"), "NIP",
                                              self.tr("Position (jabatan)"),
                                              self.tr("Rank (pangkat/golongan)")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.setObjectName("staffAdd")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("staffRemove")
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_person)
        layout.addWidget(buttons)
        self.message = QLabel(self)
        self.message.setObjectName("staffMessage")
        layout.addWidget(self.message)
        writable = not doc.readonly
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable)
        if not writable:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ids: list[str] = []
        self._filling = False
        self.table.itemChanged.connect(self._changed)
        self.fill()

    def fill(self) -> None:
        satker = self.doc.session.get(Satker, self.satker_id)
        self._filling = True
        self.table.setRowCount(len(satker.officials))
        self.ids = [o.id for o in satker.officials]
        for r, official in enumerate(satker.officials):
            for c, field in enumerate(FIELDS):
                value = getattr(official, field)
                if field == "nip" and value:
                    value = format_nip(value)
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._filling = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field, official_id = FIELDS[item.column()], self.ids[item.row()]
        value = item.text().strip()
        if field == "nip" and value:
            try:
                value = validate_nip(value)
            except ValidationError as exc:
                self.message.setText(str(exc))
                self.fill()
                return
        official = self.doc.session.get(Official, official_id)
        if getattr(official, field) == value:
            return
        self.message.clear()
        # Announced as a workspace change: the SK view and the preview of a
        # draft that prints the person read it again.
        self.doc.push(cmd.SetAttributesCommand(
            self.doc, self.tr("Edit staff register"), Official, official_id, {field: value}))
        self.fill()

    def add_person(self) -> None:
        if self.doc.push(cmd.CreateCommand(self.doc, self.tr("Add person"), None,
                                           partial(sk.add_person, satker_id=self.satker_id))):
            self.fill()
            row = self.table.rowCount() - 1
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def remove_person(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.ids):
            return
        official = self.doc.session.get(Official, self.ids[row])
        used = sk.uses_of(self.doc.session, official)
        if used:
            self.message.setText(self.tr(
                "{0} sits in {1} team place(s); remove them from the teams first.").format(
                official.name, used))
            return
        self.doc.push(cmd.DeleteCommand(self.doc, self.tr("Remove person"), None,
                                        [(Official, official.id)]))
        self.fill()

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Insert:
            self.add_person()
            return
        super().keyPressEvent(event)
