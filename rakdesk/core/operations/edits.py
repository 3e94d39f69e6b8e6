"""Operations that change what rows hold, not which rows there are: a text
typed into the grid, schedule cells, pelaksana, months or quarters, a row's
attributes from a dialog. Each returns :class:`OpChanges` naming the rows to
repaint, with the old values its inverse needs in ``undo``."""

from __future__ import annotations

from sqlmodel import Session

from rakdesk.core import editing, loading
from rakdesk.core import plans as ops
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.operations.cells import write_cells
from rakdesk.core.operations.changes import OpChanges
from rakdesk.core.schedule import Cell

ROW_CLASSES = {"sasaran": Sasaran, "indikator": Indikator, "kegiatan": Kegiatan}


def set_text(session: Session, cls: type, row_id: str, field: str, value: str) -> OpChanges:
    """Type ``value`` into a sasaran, indikator (text, target, keterangan,
    sumber data) or kegiatan; ``undo`` is the old text."""
    row = session.get(cls, row_id)
    old = editing.set_field(row, field, value)
    return OpChanges.cells(ops.plan_of(row).id, [row_id], undo=old)


def set_cells(session: Session, plan_id: str, cells: dict[tuple[str, int], Cell],
              old: dict[tuple[str, int], Cell] | None = None) -> OpChanges:
    """Set schedule cells {(kegiatan id, period): Cell}; ``undo`` holds the
    cells as they were. When the caller knows them already (``old``: the grid
    shows them), the cells are written in plain SQL, without loading the
    kegiatan's other cells."""
    if old is not None and all(key in old for key in cells) \
            and write_cells(session, plan_id, cells, old):
        return OpChanges.cells(plan_id, {k for k, _ in cells},
                               undo={key: old[key] for key in cells}, schedule_only=True,
                               schedule=dict(cells))
    before: dict[tuple[str, int], Cell] = {}
    schedules: dict[str, dict[int, Cell]] = {}
    for (kegiatan_id, period), cell in cells.items():
        kegiatan = session.get(Kegiatan, kegiatan_id)
        if old is not None and (kegiatan_id, period) in old:
            before[(kegiatan_id, period)] = old[(kegiatan_id, period)]
        else:
            if kegiatan_id not in schedules:
                schedules[kegiatan_id] = kegiatan.schedule()
            before[(kegiatan_id, period)] = schedules[kegiatan_id].get(period, Cell())
        ops.set_cell(session, kegiatan, period, cell)
    return OpChanges.cells(plan_id, {k for k, _ in cells}, undo=before, schedule_only=True)


def set_pelaksana(session: Session, kegiatan_id: str, names: list[str]) -> OpChanges:
    """Replace a kegiatan's pelaksana; ``undo`` is the old list of names."""
    kegiatan = session.get(Kegiatan, kegiatan_id)
    old = [p.name for p in kegiatan.pelaksana]
    ops.set_pelaksana(session, kegiatan, names)
    return OpChanges.cells(ops.plan_of(kegiatan).id, [kegiatan_id], undo=old)


def set_granularity(session: Session, plan_id: str, granularity: str) -> OpChanges:
    """Monthly <-> quarterly, mapping every schedule; ``undo`` holds the old
    granularity and every kegiatan's cells, for :func:`restore_granularity`."""
    plan = loading.load_plan(session, plan_id)  # every cell, in one query per level
    cells = {k.id: k.schedule() for s in plan.sasaran for i in s.indikator for k in i.kegiatan}
    old = plan.granularity
    losses = ops.change_granularity(session, plan, granularity)
    return OpChanges.structural(plan_id, undo=(old, cells, losses))


def restore_granularity(session: Session, plan_id: str, undo) -> OpChanges:
    old, cells, _ = undo
    plan = session.get(Plan, plan_id)
    plan.granularity = old
    for kegiatan_id, schedule in cells.items():
        ops.set_schedule(session, session.get(Kegiatan, kegiatan_id), schedule)
    return OpChanges.structural(plan_id)


def set_attributes(session: Session, cls: type, row_id: str, values: dict,
                   plan_id: str | None = None) -> OpChanges:
    """Change attributes of one row from a dialog (satker, official, sub-unit,
    plan); ``undo`` is their old values. A plan's attributes can change its
    columns and headings: that plan is then named as changed in structure."""
    row = session.get(cls, row_id)
    old = {key: getattr(row, key) for key in values}
    for key, value in values.items():
        setattr(row, key, value)
    return OpChanges.structural(plan_id, undo=old, workspace=True)
