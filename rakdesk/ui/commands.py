"""One QUndoCommand per user edit. Each holds ids and old/new values, calls the
core through the document, and tells the views what changed. A command whose
edit fails or changes nothing marks itself obsolete, so the stack drops it (and
deletes its C++ half); the outcome is kept on the Python side in ``failed``,
which the document reads after pushing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rakdesk.core import editing, loading, snapshot
from rakdesk.core import plans as ops
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.schedule import Cell
from rakdesk.errors import RakdeskError

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


class DocumentCommand(QUndoCommand):
    """Base: ``do`` and ``undo_`` run inside the document's transaction."""

    plan_id: str | None = None
    structural = False

    def __init__(self, doc, text: str, plan_id: str | None = None):
        super().__init__(text)
        self.doc = doc
        self.plan_id = plan_id
        self.changed_rows: list[str] = []
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
            self.doc.apply(fn)
        except RakdeskError as exc:
            self.fail()
            self.doc.sig_error.emit(str(exc))
            return
        if not self.failed:  # a no-op changes nothing on screen either
            self.notify()

    def notify(self):
        if self.plan_id is None:
            self.doc.sig_workspace_changed.emit()
        elif self.structural:
            self.doc.sig_plan_changed.emit(self.plan_id, True)
        else:
            self.doc.sig_cells_changed.emit(self.plan_id, self.changed_rows)

    def do(self, session):  # pragma: no cover - abstract
        raise NotImplementedError

    def undo_(self, session):  # pragma: no cover - abstract
        raise NotImplementedError


class SetFieldCommand(DocumentCommand):
    """Type into a sasaran, indikator, target, keterangan or kegiatan cell."""

    def __init__(self, doc, plan_id, cls, row_id: str, field: str, value: str, kegiatan_ids):
        super().__init__(
            doc, translate("commands", "Edit {0}").format(field_label(cls, field)), plan_id
        )
        self.cls, self.row_id, self.field, self.new = cls, row_id, field, value
        self.old = None
        self.changed_rows = list(kegiatan_ids)

    def do(self, session):
        self.old = editing.set_field(session.get(self.cls, self.row_id), self.field, self.new)

    def undo_(self, session):
        editing.set_field(session.get(self.cls, self.row_id), self.field, self.old)


class SetCellsCommand(DocumentCommand):
    """Toggle, fill, clear or annotate schedule cells: one command for a range."""

    def __init__(self, doc, plan_id, changes: dict[tuple[str, int], Cell], text: str):
        super().__init__(doc, text, plan_id)
        self.new = changes
        self.old: dict[tuple[str, int], Cell] = {}
        self.changed_rows = sorted({k for k, _ in changes})

    def do(self, session):
        for (kegiatan_id, period), cell in self.new.items():
            kegiatan = session.get(Kegiatan, kegiatan_id)
            self.old.setdefault((kegiatan_id, period), kegiatan.schedule().get(period, Cell()))
            ops.set_cell(session, kegiatan, period, cell)

    def undo_(self, session):
        for (kegiatan_id, period), cell in self.old.items():
            ops.set_cell(session, session.get(Kegiatan, kegiatan_id), period, cell)


class SetPelaksanaCommand(DocumentCommand):
    def __init__(self, doc, plan_id, kegiatan_id: str, names: list[str]):
        super().__init__(doc, translate("commands", "Edit pelaksana"), plan_id)
        self.kegiatan_id, self.new, self.old = kegiatan_id, names, None
        self.changed_rows = [kegiatan_id]

    def do(self, session):
        kegiatan = session.get(Kegiatan, self.kegiatan_id)
        self.old = [p.name for p in kegiatan.pelaksana]
        ops.set_pelaksana(session, kegiatan, self.new)

    def undo_(self, session):
        ops.set_pelaksana(session, session.get(Kegiatan, self.kegiatan_id), self.old)


class CreateCommand(DocumentCommand):
    """Add rows (a kegiatan, an indikator, a sasaran, pasted rows, a plan, a
    satker). ``create(session)`` makes them the first time and returns them;
    undo deletes them, redo brings them back with the same ids."""

    structural = True

    def __init__(self, doc, text: str, plan_id, create):
        super().__init__(doc, text, plan_id)
        self.create = create
        self.made: list[tuple] = []  # (class, parent class, parent id, position, dump)
        self.first_id: str | None = None

    def do(self, session):
        if not self.made:
            rows = self.create(session) or []
            session.flush()
            for row in rows:
                parent, position = snapshot.parent_of(row)
                self.made.append(
                    (
                        type(row),
                        type(parent) if parent is not None else None,
                        parent.id if parent is not None else None,
                        position,
                        snapshot.dump(row),
                    )
                )
            self.first_id = rows[0].id if rows else None
            if not rows:
                self.fail()
            return
        for cls, parent_cls, parent_id, position, data in self.made:
            parent = session.get(parent_cls, parent_id) if parent_cls else None
            snapshot.restore(session, cls, data, parent, position)

    def undo_(self, session):
        for cls, _, _, _, data in reversed(self.made):
            row = session.get(cls, data["id"])
            if row is not None:
                ops.delete_row(session, row)


class DeleteCommand(DocumentCommand):
    """Delete rows with everything under them, undone in one step."""

    structural = True

    def __init__(self, doc, text: str, plan_id, rows: list[tuple[type, str]]):
        super().__init__(doc, text, plan_id)
        self.rows = rows
        self.dumps: list[tuple] = []

    def do(self, session):
        self.dumps = []
        for cls, row_id in self.rows:
            row = session.get(cls, row_id)
            if row is None:
                continue
            parent, position = snapshot.parent_of(row)
            self.dumps.append(
                (
                    cls,
                    type(parent) if parent is not None else None,
                    parent.id if parent is not None else None,
                    position,
                    snapshot.dump(row),
                )
            )
            ops.delete_row(session, row)

    def undo_(self, session):
        for cls, parent_cls, parent_id, position, data in reversed(self.dumps):
            parent = session.get(parent_cls, parent_id) if parent_cls else None
            snapshot.restore(session, cls, data, parent, position)


class MoveCommand(DocumentCommand):
    structural = True

    def __init__(self, doc, plan_id, cls, row_id: str, delta: int):
        super().__init__(doc, translate("commands", "Move {0}").format(kind_label(cls)), plan_id)
        self.cls, self.row_id, self.delta = cls, row_id, delta

    def do(self, session):
        if not editing.move(session.get(self.cls, self.row_id), self.delta):
            self.fail()

    def undo_(self, session):
        editing.move(session.get(self.cls, self.row_id), -self.delta)


class GranularityCommand(DocumentCommand):
    """Monthly <-> quarterly, mapping every schedule; undo restores each cell."""

    structural = True

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
        self.old = None
        self.cells: dict[str, dict[int, Cell]] = {}
        self.losses: list[str] = []

    def do(self, session):
        plan = loading.load_plan(session, self.plan_id)  # every cell, in one query per level
        self.old = plan.granularity
        self.cells = {
            k.id: k.schedule() for s in plan.sasaran for i in s.indikator for k in i.kegiatan
        }
        self.losses = ops.change_granularity(session, plan, self.new)

    def undo_(self, session):
        plan = session.get(Plan, self.plan_id)
        plan.granularity = self.old
        for kegiatan_id, cells in self.cells.items():
            ops.set_schedule(session, session.get(Kegiatan, kegiatan_id), cells)


class SetAttributesCommand(DocumentCommand):
    """Change attributes of one row from a dialog (satker, official, plan...)."""

    def __init__(self, doc, text: str, cls, row_id: str, values: dict, plan_id=None):
        super().__init__(doc, text, plan_id)
        self.structural = plan_id is not None
        self.cls, self.row_id, self.new, self.old = cls, row_id, values, {}

    def do(self, session):
        row = session.get(self.cls, self.row_id)
        self.old = {k: getattr(row, k) for k in self.new}
        for key, value in self.new.items():
            setattr(row, key, value)

    def undo_(self, session):
        row = session.get(self.cls, self.row_id)
        for key, value in self.old.items():
            setattr(row, key, value)

    def notify(self):
        super().notify()
        if self.plan_id is not None:
            self.doc.sig_workspace_changed.emit()


class MergeSubUnitsCommand(DocumentCommand):
    """Near-duplicate sub-units become one: every kegiatan naming one of them
    names the kept one; undo brings the others and the old names back."""

    def __init__(self, doc, keep_id: str, other_ids: list[str]):
        super().__init__(doc, translate("commands", "Merge sub-units"))
        self.keep_id, self.other_ids = keep_id, list(other_ids)
        self.dumps: list[tuple[str, int, dict]] = []
        self.result: dict = {}

    def do(self, session):
        from rakdesk.core.model import SubUnit
        from rakdesk.core.sub_units import merge_sub_units

        keep = session.get(SubUnit, self.keep_id)
        others = [session.get(SubUnit, i) for i in self.other_ids]
        others = [u for u in others if u is not None]
        if keep is None or not others:
            self.fail()
            return
        self.dumps = [(u.satker_id, u.position, snapshot.dump(u)) for u in others]
        self.result = merge_sub_units(session, keep, others)

    def undo_(self, session):
        from rakdesk.core.model import Satker, SubUnit

        for satker_id, position, data in sorted(self.dumps, key=lambda d: d[1]):
            snapshot.restore(session, SubUnit, data, session.get(Satker, satker_id), position)
        for kegiatan_id, names in self.result.get("pelaksana", {}).items():
            ops.set_pelaksana(session, session.get(Kegiatan, kegiatan_id), names)

    def notify(self):
        self.doc.sig_workspace_changed.emit()
        for plan_id, kegiatan_ids in self.result.get("plans", {}).items():
            self.doc.sig_cells_changed.emit(plan_id, kegiatan_ids)


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
                self.doc.sig_reloaded.emit()
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
