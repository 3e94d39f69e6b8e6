"""Loading a whole plan in a fixed number of queries.

Printing, the grid, Excel export and snapshots walk every sasaran, indikator,
kegiatan, schedule cell and pelaksana of a plan. Loaded lazily that is one
query per row and relation (about 200 for a 53-kegiatan RAK); loaded here it is
one query per level, however long the plan is.
"""

from __future__ import annotations

from sqlalchemy.orm import joinedload, selectinload
from sqlmodel import Session, select

from rakdesk.core.i18n import tr
from rakdesk.core.model import (
    Evidence,
    Indikator,
    Kegiatan,
    Plan,
    Sasaran,
    Satker,
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
        selectinload(Plan.budget_lines),
        selectinload(Plan.sasaran).selectinload(Sasaran.indikator)
        .selectinload(Indikator.period_targets),
    ]


def monitoring_options() -> list:
    """Loader options for a plan's year of monitoring: realisasi and bukti
    dukung per indikator (a file's bytes only when opened), progress per kegiatan."""
    indikator = selectinload(Plan.sasaran).selectinload(Sasaran.indikator)
    return [
        indikator.selectinload(Indikator.realisasi),
        indikator.selectinload(Indikator.evidence).defer(Evidence.data),
        indikator.selectinload(Indikator.kegiatan).selectinload(Kegiatan.progress),
    ]


def load_plan(session: Session, plan_id: str, prefix: bool = False,
              monitoring: bool = False) -> Plan:
    """The plan with its whole tree loaded (``monitoring``: its realisasi,
    progress and bukti dukung too). ``prefix`` also accepts a unique start of
    the id of at least 4 characters (as typed on the command line)."""
    options = plan_tree_options() + (monitoring_options() if monitoring else [])
    plan = session.exec(select(Plan).where(Plan.id == plan_id).options(*options)).first()
    if plan is None and prefix and len(plan_id) >= 4:
        ids = list(session.exec(select(Plan.id).where(Plan.id.startswith(plan_id)).limit(2)))
        if len(ids) == 1:
            return load_plan(session, ids[0], monitoring=monitoring)
    if plan is None:
        raise ValidationError(
            tr("Rencana dengan id {id} tidak ada di berkas ini.").format(id=plan_id))
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
        raise ValidationError(
            tr("Rencana dengan id {id} tidak ada di berkas ini.").format(id=plan_id))
    return plan


# Plain SQL for the reads the grid and the tree make on every open: building and
# compiling these statements cost more than running them on a fresh start.
_OF_PLAN = ("FROM kegiatan AS k JOIN indikator AS i ON i.id = k.indikator_id "
            "JOIN sasaran AS s ON s.id = i.sasaran_id")


def plan_cells(session: Session, plan_id: str) -> dict[str, dict[int, Cell]]:
    """Every non-empty schedule cell of a plan as {kegiatan id: {period: Cell}},
    in one query."""
    rows = session.connection().exec_driver_sql(
        f"SELECT c.kegiatan_id, c.period, c.ticked, c.weeks, c.note {_OF_PLAN} "
        "JOIN schedule_cell AS c ON c.kegiatan_id = k.id WHERE s.plan_id = ?", (plan_id,))
    out: dict[str, dict[int, Cell]] = {}
    made: dict[tuple, Cell] = {}  # a Cell is frozen: the thousands of plain ticks share one
    for kegiatan_id, period, *stored in rows.fetchall():  # fetchall: no Python step per row
        cell = made.get(key := tuple(stored))
        if cell is None:
            ticked, weeks, note = stored
            cell = made[key] = Cell(ticked=bool(ticked),
                                    weeks=frozenset(int(w) for w in weeks or ""),
                                    note=note or "")
        if not cell.empty:
            out.setdefault(kegiatan_id, {})[period] = cell
    return out


def plan_pelaksana(session: Session, plan_id: str) -> dict[str, list[str]]:
    """The pelaksana names of every kegiatan of a plan, in printed order, in one
    query."""
    rows = session.connection().exec_driver_sql(
        f"SELECT p.kegiatan_id, p.name {_OF_PLAN} JOIN pelaksana AS p ON p.kegiatan_id = k.id "
        "WHERE s.plan_id = ? ORDER BY p.kegiatan_id, p.position", (plan_id,))
    out: dict[str, list[str]] = {}
    for kegiatan_id, name in rows.fetchall():
        out.setdefault(kegiatan_id, []).append(name)
    return out


def plan_summaries(session: Session) -> dict[str, dict]:
    """For every plan: its sasaran, indikator and kegiatan counts (an SK: its
    teams and members), and the number of its last revision (0 when never
    finalised), in grouped queries (the workspace tree; no row and no stored
    PDF is loaded)."""
    out: dict[str, dict] = {}
    queries = {
        "sasaran": "SELECT plan_id, count(*) FROM sasaran GROUP BY plan_id",
        "indikator": "SELECT s.plan_id, count(*) FROM indikator AS i "
                     "JOIN sasaran AS s ON s.id = i.sasaran_id GROUP BY s.plan_id",
        "kegiatan": f"SELECT s.plan_id, count(*) {_OF_PLAN} GROUP BY s.plan_id",
        "last_revision": "SELECT plan_id, max(number) FROM revision WHERE report = '' "
                         "GROUP BY plan_id",
        # an SK's lampiran
        "tim": "SELECT d.plan_id, count(*) FROM decree_team AS t "
               "JOIN decree AS d ON d.id = t.decree_id GROUP BY d.plan_id",
        "anggota": "SELECT d.plan_id, count(*) FROM decree_member AS m "
                   "JOIN decree_team AS t ON t.id = m.team_id "
                   "JOIN decree AS d ON d.id = t.decree_id GROUP BY d.plan_id",
    }
    conn = session.connection()
    for name, sql in queries.items():
        for plan_id, value in conn.exec_driver_sql(sql):
            out.setdefault(plan_id, {"sasaran": 0, "indikator": 0, "kegiatan": 0,
                                     "last_revision": 0})[name] = value or 0
    return out
