"""Undoable edits of a Perjanjian Kinerja: a quarter target, a budget line's
program or amount. Adding and deleting budget lines use the generic
CreateCommand and DeleteCommand; making a RAK and its PK equal, and making one
from the other, change two plans at once and are undone as a whole
(commands.MergeCommand)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rakdesk.core import editing
from rakdesk.core import pk as core
from rakdesk.core.model import BudgetLine, Indikator
from rakdesk.core.operations import OpChanges
from rakdesk.ui.commands import DocumentCommand

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


class SetPeriodTargetCommand(DocumentCommand):
    def __init__(self, doc, plan_id: str, indikator_id: str, period: int, text: str):
        super().__init__(doc, translate("commands", "Edit target TW {0}").format(period),
                         plan_id)
        self.indikator_id, self.period, self.new, self.old = indikator_id, period, text, None

    def _set(self, session, text: str) -> OpChanges:
        old = core.set_period_target(session, session.get(Indikator, self.indikator_id),
                                     self.period, text)
        return OpChanges.cells(self.plan_id, [self.indikator_id], undo=old)

    def do(self, session):
        changes = self._set(session, self.new)
        self.old = changes.undo
        return changes

    def undo_(self, session):
        return self._set(session, self.old)


class SetBudgetLineCommand(DocumentCommand):
    """The program (``field="text"``), the amount or the realised amount
    (``"realised"``; whole rupiah or None) of a budget line."""

    def __init__(self, doc, plan_id: str, line_id: str, field: str, value):
        text = {"amount": translate("commands", "Edit budget amount"),
                "realised": translate("commands", "Edit realisasi anggaran")}.get(
            field, translate("commands", "Edit budget program"))
        super().__init__(doc, text, plan_id)
        self.line_id, self.field, self.new, self.old = line_id, field, value, None

    def _set(self, session, value) -> OpChanges | None:
        line = session.get(BudgetLine, self.line_id)
        if self.field == "amount":
            old = core.set_amount(line, value)
        elif self.field == "realised":
            old = core.set_realised(line, value)
        else:
            old = editing.set_field(line, "text", value)
        if old == value:
            return None  # nothing changed: the stack drops the command
        # The grid shows no budget line: only the budget panel reads it again.
        return OpChanges.cells(self.plan_id, [self.line_id], undo=old)

    def do(self, session):
        changes = self._set(session, self.new)
        self.old = changes.undo if changes is not None else None
        return changes

    def undo_(self, session):
        return self._set(session, self.old)
