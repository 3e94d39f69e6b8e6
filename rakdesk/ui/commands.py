"""One QUndoCommand per user edit. Each holds ids and old/new values and calls
a named core operation (rakdesk.core.operations) through the document, which
announces the operation's OpChanges to the views. A command whose edit fails
or changes nothing marks itself obsolete, so the stack drops it (and deletes
its C++ half); the outcome is kept on the Python side in ``failed``, which the
document reads after pushing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.operations import Created, OpChanges, edits, rows, workspace
from rakdesk.core.schedule import Cell
from rakdesk.errors import RakdeskError

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


class DocumentCommand(QUndoCommand):
    """Base: ``do`` and ``undo_`` run a core operation inside the document's
    transaction and return its OpChanges (None: nothing changed)."""

    def __init__(self, doc, text: str, plan_id: str | None = None):
        super().__init__(text)
        self.doc = doc
        self.plan_id = plan_id
        self.failed = False  # Python-side: still readable after the stack deleted the command

    def fail(self) -> None:
        """The edit was refused or changed nothing: the stack drops the command."""
        self.failed = True
        self.setObsolete(True)

    def redo(self):
        self._run(self.do)

    def undo(self):
        self._run(self.undo_)

    def _run(self, fn):
        try:
            changes = self.doc.apply(fn)
        except RakdeskError as exc:
            self.fail()
            self.doc.sig_error.emit(str(exc))
            return
        if changes is None:  # a no-op changes nothing on screen either
            self.fail()
            return
        self.doc.announce(changes)

    def do(self, session) -> OpChanges | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_(self, session) -> OpChanges:  # pragma: no cover - abstract
        raise NotImplementedError


class SetFieldCommand(DocumentCommand):
    """Type into a sasaran, indikator, target, keterangan or kegiatan cell."""

    def __init__(self, doc, plan_id, cls, row_id: str, field: str, value: str):
        super().__init__(
            doc, translate("commands", "Edit {0}").format(field_label(cls, field)), plan_id
        )
        self.cls, self.row_id, self.field, self.new = cls, row_id, field, value
        self.old = None

    def do(self, session):
        changes = edits.set_text(session, self.cls, self.row_id, self.field, self.new)
        self.old = changes.undo
        return changes

    def undo_(self, session):
        return edits.set_text(session, self.cls, self.row_id, self.field, self.old)


class SetCellsCommand(DocumentCommand):
    """Toggle, fill, clear or annotate schedule cells: one command for a range.
    ``old`` are the cells as the grid shows them (read from the file when not
    given)."""

    def __init__(self, doc, plan_id, changes: dict[tuple[str, int], Cell], text: str,
                 old: dict[tuple[str, int], Cell] | None = None):
        super().__init__(doc, text, plan_id)
        self.new = changes
        self.old: dict[tuple[str, int], Cell] | None = old

    def do(self, session):
        changes = edits.set_cells(session, self.plan_id, self.new, self.old)
        self.old = changes.undo
        return changes

    def undo_(self, session):
        return edits.set_cells(session, self.plan_id, self.old, self.new)


class SetPelaksanaCommand(DocumentCommand):
    def __init__(self, doc, plan_id, kegiatan_id: str, names: list[str]):
        super().__init__(doc, translate("commands", "Edit pelaksana"), plan_id)
        self.kegiatan_id, self.new, self.old = kegiatan_id, names, None

    def do(self, session):
        changes = edits.set_pelaksana(session, self.kegiatan_id, self.new)
        self.old = changes.undo
        return changes

    def undo_(self, session):
        return edits.set_pelaksana(session, self.kegiatan_id, self.old)


class CreateCommand(DocumentCommand):
    """Add rows (a kegiatan, an indikator, a sasaran, pasted rows, a plan, a
    satker...). ``create(session)`` is a core operation that makes them the
    first time and returns its OpChanges (with the rows' :class:`Created` as
    its undo data; a list of the rows made is accepted too); undo deletes
    them, redo brings them back with the same ids."""

    def __init__(self, doc, text: str, plan_id, create):
        super().__init__(doc, text, plan_id)
        self.create = create
        self.created: Created | None = None

    @property
    def first_id(self) -> str | None:
        """The row to put the cursor on (the first one made)."""
        return self.created.focus if self.created else None

    @property
    def made_ids(self) -> list[str]:
        """The ids of the rows made at the top level, in order."""
        return list(self.created.ids) if self.created else []

    def do(self, session):
        if self.created is not None:
            return rows.redo_created(session, self.created)
        changes = self.create(session)
        if not isinstance(changes, OpChanges):
            changes = rows.created(session, list(changes or []))
        self.created = changes.undo
        return None if not self.created.made else changes

    def undo_(self, session):
        return rows.remove_created(session, self.created)


class DeleteCommand(DocumentCommand):
    """Delete rows with everything under them, undone in one step."""

    def __init__(self, doc, text: str, plan_id, targets: list[tuple[type, str]]):
        super().__init__(doc, text, plan_id)
        self.targets = targets
        self.dumps = ()

    def do(self, session):
        changes = rows.delete_rows(session, self.targets)
        self.dumps = changes.undo
        return changes

    def undo_(self, session):
        return rows.undelete_rows(session, self.dumps)


class MoveCommand(DocumentCommand):
    def __init__(self, doc, plan_id, cls, row_id: str, delta: int):
        super().__init__(doc, translate("commands", "Move {0}").format(kind_label(cls)), plan_id)
        self.cls, self.row_id, self.delta = cls, row_id, delta

    def do(self, session):
        return rows.move_row(session, self.cls, self.row_id, self.delta)

    def undo_(self, session):
        return rows.move_row(session, self.cls, self.row_id, -self.delta)


class GranularityCommand(DocumentCommand):
    """Monthly <-> quarterly, mapping every schedule; undo restores each cell."""

    def __init__(self, doc, plan_id, granularity: str):
        super().__init__(
            doc,
            translate("commands", "Change schedule to {0}").format(
                translate("commands", "quarters")
                if granularity == "quarterly"
                else translate("commands", "months")
            ),
            plan_id,
        )
        self.new = granularity
        self.saved = None

    def do(self, session):
        changes = edits.set_granularity(session, self.plan_id, self.new)
        self.saved = changes.undo
        return changes

    def undo_(self, session):
        return edits.restore_granularity(session, self.plan_id, self.saved)


class SetAttributesCommand(DocumentCommand):
    """Change attributes of one row from a dialog (satker, official, plan...)."""

    def __init__(self, doc, text: str, cls, row_id: str, values: dict, plan_id=None):
        super().__init__(doc, text, plan_id)
        self.cls, self.row_id, self.new, self.old = cls, row_id, values, {}

    def do(self, session):
        changes = edits.set_attributes(session, self.cls, self.row_id, self.new, self.plan_id)
        self.old = changes.undo
        return changes

    def undo_(self, session):
        return edits.set_attributes(session, self.cls, self.row_id, self.old, self.plan_id)


class MergeSubUnitsCommand(DocumentCommand):
    """Near-duplicate sub-units become one: every kegiatan naming one of them
    names the kept one; undo brings the others and the old names back."""

    def __init__(self, doc, keep_id: str, other_ids: list[str]):
        super().__init__(doc, translate("commands", "Merge sub-units"))
        self.keep_id, self.other_ids = keep_id, list(other_ids)
        self.saved = None

    def do(self, session):
        changes = workspace.merge_sub_units(session, self.keep_id, self.other_ids)
        self.saved = changes.undo if changes is not None else None
        return changes

    def undo_(self, session):
        return workspace.unmerge_sub_units(session, self.saved)


class MergeCommand(QUndoCommand):
    """A whole merge as one step. Its changes reach every table, so undo and
    redo put back the whole file as it was before and after (SQLite's backup
    API, one transaction each)."""

    def __init__(self, doc, text: str, run):
        super().__init__(text)
        self.doc, self.run = doc, run
        self.before: bytes | None = None
        self.after: bytes | None = None
        self.summary = None
        self.failed = False

    def redo(self):
        try:
            if self.after is None:
                self.before = self.doc.image()
                self.summary = self.doc.apply(self.run)
                self.after = self.doc.image()
                self.doc.session.close()
                self.doc.announce(OpChanges.everything())
            else:
                self.doc.restore_image(self.after)
        except RakdeskError as exc:
            self.failed = True
            self.setObsolete(True)
            self.doc.sig_error.emit(str(exc))

    def undo(self):
        try:
            self.doc.restore_image(self.before)
        except RakdeskError as exc:
            self.doc.sig_error.emit(str(exc))


def kind_label(cls) -> str:
    return {
        Sasaran: translate("commands", "sasaran"),
        Indikator: translate("commands", "indikator"),
        Kegiatan: translate("commands", "kegiatan"),
        Plan: translate("commands", "plan"),
    }.get(cls, cls.__name__.lower())


def field_label(cls, field: str) -> str:
    if field == "text":
        return kind_label(cls)
    return {
        "target": translate("commands", "target"),
        "keterangan": translate("commands", "keterangan"),
        "sumber_data": translate("commands", "sumber data"),
    }.get(field, field)
