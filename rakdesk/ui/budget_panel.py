"""The PK's budget table under the grid: No | Program (or Kegiatan) | Anggaran |
Realisasi, and the Jumlah. Amounts are typed with Indonesian thousands separators
("1.234.567.000", "Rp 1.234.567.000,00") and kept as exact whole rupiah; every
edit, added line and deleted line is one undoable command.

Realisasi anggaran is typed here, beside the pagu it is spent against, and
stays editable on a final PK (it is entered through the year and is not what
was signed); the Pengukuran Kinerja report of the PK's RAK prints it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rakdesk.core import pk as core
from rakdesk.core.model import BudgetLine, Plan
from rakdesk.errors import ValidationError
from rakdesk.ui import commands as cmd
from rakdesk.ui.pk_commands import SetBudgetLineCommand

NO, PROGRAM, AMOUNT, REALISED = range(4)


class BudgetModel(QAbstractTableModel):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.plan_id: str | None = None
        self.editable = False
        self.writable = False  # realisasi: typed on a final PK too
        self.lines: list[tuple[str, str, int | None, int | None]] = []  # id, text, amount,
        # realised
        self.heading = "Program"

    def set_plan(self, plan: Plan | None, editable: bool, writable: bool | None = None) -> None:
        """Show ``plan``'s lines; nothing is reset when nothing changed (the
        window asks on every cursor move, and a reset would close an editor)."""
        plan_id = plan.id if plan is not None and plan.kind == "PK" else None
        writable = editable if writable is None else writable
        lines = [(b.id, b.text, b.amount, b.realised) for b in plan.budget_lines] \
            if plan_id else []
        heading = (plan.budget_heading or "Program") if plan_id else "Program"
        if (plan_id, editable, writable, lines, heading) == (
                self.plan_id, self.editable, self.writable, self.lines, self.heading):
            return
        self.beginResetModel()
        self.plan_id, self.editable, self.writable = plan_id, editable, writable
        self.lines, self.heading = lines, heading
        self.endResetModel()

    def total(self, col: int = AMOUNT) -> int:
        at = 2 if col == AMOUNT else 3
        return sum(line[at] for line in self.lines if line[at] is not None)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.plan_id is None else len(self.lines) + 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return ("NO", self.heading, self.tr("Anggaran (Rp)"), self.tr("Realisasi (Rp)"))[section]

    def is_total(self, row: int) -> bool:
        return row == len(self.lines)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        total = self.is_total(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if total:
                return ("", self.tr("Jumlah"), core.format_thousands(self.total()),
                        core.format_thousands(self.total(REALISED)))[col]
            _, text, amount, realised = self.lines[row]
            if col == NO:
                return f"{row + 1}."
            if col == PROGRAM:
                return text
            value = amount if col == AMOUNT else realised
            return "" if value is None else core.format_thousands(value)
        if role == Qt.ItemDataRole.ToolTipRole and col == REALISED:
            return self.tr("Realisasi anggaran through the year; typed on a final PK too")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (AMOUNT, REALISED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.is_total(index.row()) or index.column() == NO:
            return base
        if self.editable or (index.column() == REALISED and self.writable):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.is_total(index.row()):
            return False
        line_id, text, amount, realised = self.lines[index.row()]
        value = "" if value is None else str(value)
        if index.column() == PROGRAM:
            if value == text:
                return False
            return self.doc.push(SetBudgetLineCommand(self.doc, self.plan_id, line_id, "text",
                                                      value))
        try:
            parsed = core.parse_rupiah(value)
        except ValidationError as exc:
            self.doc.sig_error.emit(str(exc))
            return False
        field, old = ("realised", realised) if index.column() == REALISED else ("amount", amount)
        if parsed == old:
            return False
        return self.doc.push(SetBudgetLineCommand(self.doc, self.plan_id, line_id, field,
                                                  parsed))


class BudgetPanel(QWidget):
    """Shown under the grid when the plan is a PK."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("budgetPanel")
        self.doc = None
        self.model: BudgetModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Budget (lampiran PK)"), self)
        self.title.setObjectName("budgetTitle")
        # Named for the budget: the toolbar's "Delete row" deletes grid rows.
        self.add_button = QPushButton(self.tr("Add budget line"), self)
        self.add_button.setObjectName("budgetAdd")
        self.delete_button = QPushButton(self.tr("Delete budget line"), self)
        self.delete_button.setObjectName("budgetDelete")
        self.total = QLabel(self)
        self.total.setObjectName("budgetTotal")
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.total)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.view = QTableView(self)
        self.view.setObjectName("budgetView")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setMaximumHeight(150)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        layout.addWidget(self.view)
        self.add_button.clicked.connect(self.add_line)
        self.delete_button.clicked.connect(self.delete_line)
        self.hide()

    def set_doc(self, doc) -> None:
        self.doc = doc
        self.model = BudgetModel(doc, self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROGRAM, QHeaderView.ResizeMode.Stretch)
        for col in (AMOUNT, REALISED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(col, 170)

    def show_plan(self, plan: Plan | None, editable: bool, writable: bool | None = None) -> None:
        pk = plan is not None and plan.kind == "PK"
        if self.model is not None:
            self.model.set_plan(plan if pk else None, editable, writable)
            final_pk = pk and plan.status == "final" and bool(writable)
            self.title.setText(self.tr("Budget (lampiran PK): the PK is final, realisasi can "
                                       "still be typed") if final_pk else
                               self.tr("Budget (lampiran PK)"))
            self.total.setText(self.tr("Jumlah: {0} · realisasi {1}").format(
                core.format_rupiah(self.model.total()),
                core.format_rupiah(self.model.total(REALISED))) if pk else "")
        self.add_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if pk:  # as tall as its lines (up to a few), the grid keeps the rest
            rows = self.model.rowCount() if self.model is not None else 1
            self.view.setMaximumHeight(min(150, self.view.horizontalHeader().sizeHint().height()
                                           + rows * self.view.verticalHeader()
                                           .defaultSectionSize() + 6))
        self.setVisible(pk)

    def add_line(self) -> None:
        if self.model is None or self.model.plan_id is None:
            return
        plan_id = self.model.plan_id
        row = self.view.currentIndex().row()
        position = row + 1 if 0 <= row < len(self.model.lines) else None

        def create(session):
            return [core.add_budget_line(session, session.get(Plan, plan_id), "", None,
                                         position)]

        if self.doc.push(cmd.CreateCommand(self.doc, self.tr("Add budget line"), plan_id,
                                           create)):
            new_row = position if position is not None else len(self.model.lines) - 1
            index = self.model.index(new_row, PROGRAM)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def delete_line(self) -> None:
        if self.model is None or self.model.plan_id is None:
            return
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}
                      | {self.view.currentIndex().row()})
        ids = [self.model.lines[r][0] for r in rows if 0 <= r < len(self.model.lines)]
        if ids:
            self.doc.push(cmd.DeleteCommand(self.doc, self.tr("Delete budget line"),
                                            self.model.plan_id, [(BudgetLine, i) for i in ids]))

