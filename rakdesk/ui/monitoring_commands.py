"""Undo commands of the monitoring view: one QUndoCommand per edit, each
calling a named core edit (rakdesk.core.monitoring_edits, or the realisasi
import's apply/undo) through the document, so it is committed to the file at
once. A command whose edit is refused or changes nothing drops itself from
the stack; ``failed`` stays readable on the Python side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from rakdesk.core import monitoring_edits as edits
from rakdesk.errors import RakdeskError


class MonitoringCommand(QUndoCommand):
    """``do(session)`` makes the edit and returns an :class:`edits.Edit`;
    ``undo(session, edit)`` reverses it. ``changed(edit)`` tells the views."""

    def __init__(self, doc, text: str, do: Callable, undo: Callable,
                 changed: Callable | None = None):
        super().__init__(text)
        self.doc, self._do, self._undo, self._changed = doc, do, undo, changed
        self.edit: edits.Edit | None = None
        self.failed = False
        self.error = ""

    def redo(self):
        try:
            edit = self.doc.apply(self._do)
        except RakdeskError as exc:
            self._fail(str(exc))
            return
        if self.edit is None and not getattr(edit, "changed", True):
            self.failed = True  # nothing changed: nothing to undo
            self.setObsolete(True)
            return
        self.edit = edit
        self._tell(edit)

    def undo(self):
        try:
            edit = self.doc.apply(lambda session: self._undo(session, self.edit))
        except RakdeskError as exc:
            self.doc.sig_error.emit(str(exc))
            return
        self._tell(edit)

    def _fail(self, message: str) -> None:
        self.failed = True
        self.error = message
        self.setObsolete(True)
        self.doc.sig_error.emit(message)

    def _tell(self, edit) -> None:
        if self._changed is not None:
            self._changed(edit)


def set_realisasi(doc, indikator_id: str, period: int, values: dict, text: str,
                  changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text,
        lambda s: edits.set_realisasi_fields(s, indikator_id, period, values),
        lambda s, e: edits.restore_realisasi(s, indikator_id, e.undo), changed)


def set_status(doc, kegiatan_id: str, period: int, status: str, text: str,
               changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.set_status(s, kegiatan_id, period, status),
        lambda s, e: edits.restore_status(s, kegiatan_id, e.undo), changed)


def add_file(doc, indikator_id: str, period: int, name: str, data: bytes, text: str,
             changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.add_file(s, indikator_id, period, name, data),
        lambda s, e: edits.drop_evidence(s, e.undo), changed)


def add_link(doc, indikator_id: str, period: int, link: str, text: str,
             changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.add_link(s, indikator_id, period, link),
        lambda s, e: edits.drop_evidence(s, e.undo), changed)


def remove_evidence(doc, evidence_id: str, text: str, changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.remove_evidence(s, evidence_id),
        lambda s, e: edits.restore_evidence(s, e.undo), changed)


def set_measurement(doc, indikator_id: str, values: dict, text: str,
                    changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.set_measurement(s, indikator_id, values),
        lambda s, e: edits.set_measurement(s, indikator_id, e.undo), changed)


def set_scale(doc, satker_id: str, scale: str, text: str, changed=None) -> MonitoringCommand:
    return MonitoringCommand(
        doc, text, lambda s: edits.set_scale(s, satker_id, scale),
        lambda s, e: edits.set_scale(s, satker_id, e.undo), changed)


def import_realisasi(doc, plan_id: str, preview, sheet, text: str,
                     changed=None) -> MonitoringCommand:
    """The matched rows of an import preview, written as one undo step."""
    from rakdesk.core.model import Plan
    from rakdesk.xlsx import realisasi_import as ri

    def do(session):
        plan = session.get(Plan, plan_id)
        changes = ri.apply_preview(session, plan, preview, sheet)
        return edits.Edit(plan_id, None, bool(changes), undo=changes)

    def undo(session, edit):
        ri.undo_changes(session, edit.undo)
        return edits.Edit(plan_id, None, True)

    return MonitoringCommand(doc, text, do, undo, changed)
