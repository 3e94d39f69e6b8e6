"""Loading a whole plan in a fixed number of queries.

Printing, the grid, Excel export and snapshots walk every sasaran, indikator,
kegiatan, schedule cell and pelaksana of a plan. Loaded lazily that is one
query per row and relation (about 200 for a 53-kegiatan RAK); loaded here it is
one query per level, however long the plan is.
"""

from __future__ import annotations

from sqlalchemy.orm import joinedload, selectinload
from sqlmodel import Session, select

from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran, Satker
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
