"""Loading a whole plan in a fixed number of queries.

Printing, the grid, Excel export and snapshots walk every sasaran, indikator,
kegiatan, schedule cell and pelaksana of a plan. Loaded lazily that is one
query per row and relation (about 200 for a 53-kegiatan RAK); loaded here it is
one query per level, however long the plan is.
"""

from __future__ import annotations

from sqlalchemy import select as sa_select
from sqlalchemy.orm import joinedload, selectinload
from sqlmodel import Session, select

from rakdesk.core.model import (
    Indikator,
    Kegiatan,
    Pelaksana,
    Plan,
    Sasaran,
    Satker,
    ScheduleCell,
)
from rakdesk.core.schedule import Cell
from rakdesk.errors import ValidationError


def plan_tree_options() -> list:
    """Loader options for a plan with everything a printout, the grid or an
    export reads: satker (with its sub-units and officials), signatory, and
    the sasaran → indikator → kegiatan tree with cells and pelaksana."""
    kegiatan = selectinload(Plan.sasaran).selectinload(Sasaran.indikator) \
        .selectinload(Indikator.kegiatan)
    satker = joinedload(Plan.satker)
    return [
        satker.selectinload(Satker.sub_units),
        satker.selectinload(Satker.officials),
        joinedload(Plan.signatory),
        kegiatan.selectinload(Kegiatan.cells),
        kegiatan.selectinload(Kegiatan.pelaksana),
    ]


def load_plan(session: Session, plan_id: str, prefix: bool = False) -> Plan:
    """The plan with its whole tree loaded. ``prefix`` also accepts a unique
    start of the id of at least 4 characters (as typed on the command line)."""
    plan = session.exec(
        select(Plan).where(Plan.id == plan_id).options(*plan_tree_options())
    ).first()
    if plan is None and prefix and len(plan_id) >= 4:
        ids = list(session.exec(select(Plan.id).where(Plan.id.startswith(plan_id)).limit(2)))
        if len(ids) == 1:
            return load_plan(session, ids[0])
    if plan is None:
        raise ValidationError(f"Rencana dengan id {plan_id} tidak ada di berkas ini.")
    return plan



def satker_options() -> list:
    """Loader options for satkers with their sub-units, officials and plans
    (no plan rows)."""
    return [selectinload(Satker.sub_units), selectinload(Satker.officials),
            selectinload(Satker.plans).joinedload(Plan.signatory)]


def satker_tree_options() -> list:
    """Loader options for satkers with every plan and its whole tree (for
    ``rakdesk list``)."""
    plans = selectinload(Satker.plans)
    kegiatan = plans.selectinload(Plan.sasaran).selectinload(Sasaran.indikator) \
        .selectinload(Indikator.kegiatan)
    return [
        selectinload(Satker.sub_units),
        selectinload(Satker.officials),
        plans.joinedload(Plan.signatory),
        kegiatan.selectinload(Kegiatan.cells),
        kegiatan.selectinload(Kegiatan.pelaksana),
    ]


def load_plan_outline(session: Session, plan_id: str) -> Plan:
    """The plan with satker, signatory and its sasaran → indikator → kegiatan
    rows, without schedule cells and pelaksana: the grid reads those as plain
    values (:func:`plan_cells`, :func:`plan_pelaksana`), which costs a tenth of
    building an object for each of the thousands of cells of a long plan."""
    kegiatan = selectinload(Plan.sasaran).selectinload(Sasaran.indikator) \
        .selectinload(Indikator.kegiatan)
    plan = session.exec(
        select(Plan).where(Plan.id == plan_id).options(
            joinedload(Plan.satker), joinedload(Plan.signatory), kegiatan)
    ).first()
    if plan is None:
        raise ValidationError(f"Rencana dengan id {plan_id} tidak ada di berkas ini.")
    return plan


def _kegiatan_of_plan(plan_id: str):
    k, i, s = Kegiatan.__table__, Indikator.__table__, Sasaran.__table__
    return k.join(i, i.c.id == k.c.indikator_id).join(s, s.c.id == i.c.sasaran_id), \
        s.c.plan_id == plan_id


def plan_cells(session: Session, plan_id: str) -> dict[str, dict[int, Cell]]:
    """Every non-empty schedule cell of a plan as {kegiatan id: {period: Cell}},
    in one query."""
    c = ScheduleCell.__table__
    joined, where = _kegiatan_of_plan(plan_id)
    query = sa_select(c.c.kegiatan_id, c.c.period, c.c.ticked, c.c.weeks, c.c.note) \
        .select_from(joined.join(c, c.c.kegiatan_id == Kegiatan.__table__.c.id)).where(where)
    out: dict[str, dict[int, Cell]] = {}
    for r in session.connection().execute(query):
        cell = Cell(ticked=bool(r.ticked), weeks=frozenset(int(w) for w in r.weeks or ""),
                    note=r.note or "")
        if not cell.empty:
            out.setdefault(r.kegiatan_id, {})[r.period] = cell
    return out


def plan_pelaksana(session: Session, plan_id: str) -> dict[str, list[str]]:
    """The pelaksana names of every kegiatan of a plan, in printed order, in one
    query."""
    p = Pelaksana.__table__
    joined, where = _kegiatan_of_plan(plan_id)
    query = sa_select(p.c.kegiatan_id, p.c.name) \
        .select_from(joined.join(p, p.c.kegiatan_id == Kegiatan.__table__.c.id)) \
        .where(where).order_by(p.c.kegiatan_id, p.c.position)
    out: dict[str, list[str]] = {}
    for r in session.connection().execute(query):
        out.setdefault(r.kegiatan_id, []).append(r.name)
    return out


def plan_summaries(session: Session) -> dict[str, dict]:
    """For every plan: its sasaran, indikator and kegiatan counts and the number
    of its last revision (0 when never finalised), in four grouped queries
    (the workspace tree; no row and no stored PDF is loaded)."""
    from sqlalchemy import func

    from rakdesk.core.model import Revision

    s, i, k = Sasaran.__table__, Indikator.__table__, Kegiatan.__table__
    r = Revision.__table__
    out: dict[str, dict] = {}

    def put(name, query):
        for plan_id, value in session.connection().execute(query):
            out.setdefault(plan_id, {"sasaran": 0, "indikator": 0, "kegiatan": 0,
                                     "last_revision": 0})[name] = value or 0

    put("sasaran", sa_select(s.c.plan_id, func.count()).group_by(s.c.plan_id))
    put("indikator", sa_select(s.c.plan_id, func.count())
        .select_from(i.join(s, s.c.id == i.c.sasaran_id)).group_by(s.c.plan_id))
    put("kegiatan", sa_select(s.c.plan_id, func.count())
        .select_from(k.join(i, i.c.id == k.c.indikator_id).join(s, s.c.id == i.c.sasaran_id))
        .group_by(s.c.plan_id))
    put("last_revision", sa_select(r.c.plan_id, func.max(r.c.number)).group_by(r.c.plan_id))
    return out
