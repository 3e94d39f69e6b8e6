"""Operations that add, remove or move rows. Rows made by an operation are
dumped with their ids (``undo`` is a :class:`Created`), so undo removes them
and redo brings the very same rows back: copies of the file still merge row
by row."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from rakdesk.core import editing, snapshot
from rakdesk.core import plans as ops
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.operations.changes import OpChanges

PLAN_ROWS = (Sasaran, Indikator, Kegiatan)


@dataclass(frozen=True)
class Created:
    """Rows an operation made: (class, parent class, parent id, position, dump)
    of each, and the id the window puts the cursor on."""

    made: tuple[tuple, ...]
    focus: str | None = None
    ids: tuple[str, ...] = field(default=())


def scope(row) -> OpChanges:
    """What adding or removing ``row`` changes: its plan's rows, or the
    workspace (a satker, plan, official, sub-unit)."""
    if isinstance(row, PLAN_ROWS):
        return OpChanges.structural(ops.plan_of(row).id)
    if isinstance(row, Plan):
        return OpChanges.structural(row.id, workspace=True)
    return OpChanges.of_workspace()


def _entry(row) -> tuple:
    parent, position = snapshot.parent_of(row)
    return (type(row), type(parent) if parent is not None else None,
            parent.id if parent is not None else None, position, snapshot.dump(row))


def created(session: Session, rows: list, focus: str | None = None) -> OpChanges:
    """The changes of rows just made; ``undo`` is their :class:`Created`.
    No rows: empty changes (nothing was made)."""
    if not rows:
        return OpChanges(undo=Created(()))
    session.flush()
    changes = OpChanges()
    for row in rows:
        changes = changes | scope(row)
    made = tuple(_entry(row) for row in rows)
    return changes.with_undo(Created(made, focus or rows[0].id, tuple(r.id for r in rows)))


def remove_created(session: Session, made: Created) -> OpChanges:
    """Undo of an operation that made rows: delete them again."""
    changes = OpChanges()
    for cls, _, _, _, data in reversed(made.made):
        row = session.get(cls, data["id"])
        if row is not None:
            changes = changes | scope(row)
            ops.delete_row(session, row)
    return changes


def restore(session: Session, entries) -> OpChanges:
    """Rows dumped by :func:`created` or :func:`delete_rows` back in their place,
    with their ids."""
    changes = OpChanges()
    for cls, parent_cls, parent_id, position, data in entries:
        parent = session.get(parent_cls, parent_id) if parent_cls else None
        changes = changes | scope(snapshot.restore(session, cls, data, parent, position))
    return changes


def redo_created(session: Session, made: Created) -> OpChanges:
    return restore(session, made.made)


# ------------------------------------------------------------ the grid's rows

def insert_sasaran(session: Session, plan_id: str, position: int | None = None) -> OpChanges:
    """A new sasaran with one indikator (and on a RAK one kegiatan)."""
    plan = session.get(Plan, plan_id)
    sasaran = ops.add_sasaran(session, plan, "", position)
    indikator = ops.add_indikator(session, sasaran, "")
    if plan.kind == "RAK":
        ops.add_kegiatan(session, indikator, "")
    return created(session, [sasaran])


def insert_indikator(session: Session, sasaran_id: str, position: int | None = None) -> OpChanges:
    """A new indikator of a sasaran (on a RAK with one kegiatan)."""
    sasaran = session.get(Sasaran, sasaran_id)
    indikator = ops.add_indikator(session, sasaran, "", position=position)
    if sasaran.plan.kind == "RAK":
        ops.add_kegiatan(session, indikator, "")
    return created(session, [indikator])


def type_new_indikator(session: Session, sasaran_id: str, field: str, value: str) -> OpChanges:
    """Typing into the row of a sasaran without indikator makes its first one."""
    indikator = ops.add_indikator(session, session.get(Sasaran, sasaran_id), "")
    editing.set_field(indikator, field, value)
    return created(session, [indikator])


def insert_kegiatan(session: Session, indikator_id: str, position: int | None = None,
                    text: str = "", pelaksana: list[str] | None = None) -> OpChanges:
    indikator = session.get(Indikator, indikator_id)
    return created(session, [ops.add_kegiatan(session, indikator, text, pelaksana or [],
                                              position=position)])


def paste_rows(session: Session, plan_id: str, rows: list[list[str]],
               after: tuple[type, str] | None = None,
               into_indikator: str | None = None) -> OpChanges:
    """Rows pasted from a spreadsheet, where the cursor is (see
    :func:`rakdesk.core.editing.paste_rows`)."""
    anchor = session.get(*after) if after else None
    into = session.get(Indikator, into_indikator) if into_indikator else None
    made = editing.paste_rows(session, session.get(Plan, plan_id), rows, anchor, into=into)
    return created(session, made)


def delete_rows(session: Session, rows: list[tuple[type, str]]) -> OpChanges:
    """Delete rows with everything under them; ``undo`` holds their dumps for
    :func:`undelete_rows`. Rows already gone are skipped."""
    entries = []
    changes = OpChanges()
    for cls, row_id in rows:
        row = session.get(cls, row_id)
        if row is None:
            continue
        entries.append(_entry(row))
        changes = changes | scope(row)
        ops.delete_row(session, row)
    return changes.with_undo(tuple(entries))


def undelete_rows(session: Session, entries) -> OpChanges:
    return restore(session, reversed(entries))


def move_row(session: Session, cls: type, row_id: str, delta: int) -> OpChanges | None:
    """Move a sasaran, indikator or kegiatan among its siblings; None when it
    is already at the end (nothing changed)."""
    row = session.get(cls, row_id)
    if not editing.move(row, delta):
        return None
    return scope(row)
