"""Undo commands of the monitoring view: one QUndoCommand per edit, each
calling a named core edit (rakdesk.core.monitoring_edits, or the realisasi
import's apply/undo) through the document, so it is committed to the file at
once. A command whose edit is refused or changes nothing drops itself from
the stack; ``failed`` stays readable on the Python side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from rakdesk.core import monitoring_edits as edits
from rakdesk.core.operations import OpChanges
from rakdesk.errors import RakdeskError


class MonitoringCommand(QUndoCommand):
    """``do(session)`` makes the edit and returns its OpChanges (None: nothing
    changed); ``undo(session, changes)`` reverses it from ``changes.undo``. The
    document announces each change once; the Monitoring tab repaints from it."""

    def __init__(self, doc, text: str, do: Callable, undo: Callable):
        super().__init__(text)
        self.doc, self._do, self._undo = doc, do, undo
        self.changes = None
        self.failed = False
        self.error = ""

    def redo(self):
        try:
            changes = self.doc.apply(self._do)
        except RakdeskError as exc:
            self._fail(str(exc))
            return
        if changes is None:  # nothing changed: nothing to undo
            self.failed = True
            self.setObsolete(True)
            return
        self.changes = changes
        self.doc.announce(changes)

    def undo(self):
        try:
            changes = self.doc.apply(lambda session: self._undo(session, self.changes))
        except RakdeskError as exc:
            self.doc.sig_error.emit(str(exc))
            return
        if changes is not None:
            self.doc.announce(changes)

    def _fail(self, message: str) -> None:
        self.failed = True
        self.error = message
        self.setObsolete(True)
        self.doc.sig_error.emit(message)


def set_realisasi(doc, indikator_id: str, period: int, values: dict,
                  text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text,
        lambda s: edits.set_realisasi_fields(s, indikator_id, period, values),
        lambda s, e: edits.restore_realisasi(s, indikator_id, e.undo))


def set_status(doc, kegiatan_id: str, period: int, status: str, text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.set_status(s, kegiatan_id, period, status),
        lambda s, e: edits.restore_status(s, kegiatan_id, e.undo))


def add_file(doc, indikator_id: str, period: int, name: str, data: bytes,
             text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.add_file(s, indikator_id, period, name, data),
        lambda s, e: edits.drop_evidence(s, e.undo))


def add_link(doc, indikator_id: str, period: int, link: str, text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.add_link(s, indikator_id, period, link),
        lambda s, e: edits.drop_evidence(s, e.undo))


def remove_evidence(doc, evidence_id: str, text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.remove_evidence(s, evidence_id),
        lambda s, e: edits.restore_evidence(s, e.undo))


def set_measurement(doc, indikator_id: str, values: dict, text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.set_measurement(s, indikator_id, values),
        lambda s, e: edits.set_measurement(s, indikator_id, e.undo))


def set_scale(doc, satker_id: str, scale: str, text: str) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.set_scale(s, satker_id, scale),
        lambda s, e: edits.set_scale(s, satker_id, e.undo))


def import_realisasi(doc, plan_id: str, preview, sheet, text: str) -> MonitoringCommand:
    """The matched rows of an import preview, written as one undo step."""
    from rakdesk.core.model import Plan
    from rakdesk.xlsx import realisasi_import as ri

    def do(session):
        plan = session.get(Plan, plan_id)
        changes = ri.apply_preview(session, plan, preview, sheet)
        if not changes:
            return None
        return OpChanges.cells(plan_id, {c.indikator_id for c in changes}, undo=changes)

    def undo(session, done):
        ri.undo_changes(session, done.undo)
        return OpChanges.cells(plan_id, {c.indikator_id for c in done.undo})

    return MonitoringCommand(doc, text, do, undo)
