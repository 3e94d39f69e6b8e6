"""Schedule cells written in plain SQL: the path of every tick and week note
typed into the grid, where building ORM objects for a kegiatan's cells and
flushing them cost most of a keystroke. The caller knows the cells' old values
(the grid shows them); the versions a merge needs are recorded here, as the
ORM path records them after a flush."""

from __future__ import annotations

from sqlalchemy import Connection
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session

from rakdesk.core import history
from rakdesk.core import plans as ops
from rakdesk.core.model import Kegiatan, Plan, ScheduleCell, new_id, utcnow
from rakdesk.core.schedule import Cell

_OF_PLAN = ("SELECT k.id FROM kegiatan AS k JOIN indikator AS i ON i.id = k.indikator_id "
            "JOIN sasaran AS s ON s.id = i.sasaran_id WHERE s.plan_id = ? AND k.id IN ({})")


def stored_time() -> str:
    """Now, as SQLAlchemy writes a DATETIME into SQLite (strftime took a tenth
    of a keystroke's work in the window)."""
    return utcnow().replace(tzinfo=None).isoformat(" ", "microseconds")


def write_cells(session: Session, plan_id: str, cells: dict[tuple[str, int], Cell],
                old: dict[tuple[str, int], Cell] | None = None) -> bool:
    """Write schedule cells of kegiatan of ``plan_id``: an empty cell removes
    its row (leaving a tombstone, as deleting it through the ORM does), any
    other is updated in place or inserted. Refuses a final plan and a period
    the plan does not have, as :func:`rakdesk.core.plans.set_cell` does.
    Returns False, having written nothing, when a kegiatan is not one of the
    plan's (the caller then takes the ORM path). ``old`` (the cells as shown)
    only chooses which statement to try first."""
    # The plan the window shows is loaded: found without session.get()'s work.
    plan = session.identity_map.get(identity_key(Plan, plan_id)) or session.get(Plan, plan_id)
    if plan is None:
        return False
    ops.ensure_draft(plan)
    for _, period in cells:
        ops.check_period(plan, period)
    session.flush()  # anything pending goes first: the statements below bypass the ORM
    # A keystroke runs a handful of statements: SQLAlchemy's work per statement
    # cost more than SQLite's, so they run on the DB-API connection.
    connection = _connection(session)
    versioned = history.has_versions(connection)
    conn = _Driver(connection.connection.driver_connection)
    kegiatan = sorted({kid for kid, _ in cells})
    found = {row[0] for row in conn.exec_driver_sql(
        _OF_PLAN.format(", ".join("?" * len(kegiatan))), (plan_id, *kegiatan))}
    if found != set(kegiatan):
        return False
    now = stored_time()
    versions: dict[tuple[str, int], tuple | None] = {}
    gone: list[str] = []
    for (kid, period), cell in cells.items():
        if cell.empty:
            gone += [row[0] for row in conn.exec_driver_sql(
                "DELETE FROM schedule_cell WHERE kegiatan_id = ? AND period = ? RETURNING id",
                (kid, period))]
            versions[(kid, period)] = None
            continue
        weeks = "".join(str(w) for w in sorted(cell.weeks))
        values = (int(cell.ticked), weeks, cell.note, now, kid, period)
        was_empty = old is not None and old.get((kid, period), Cell()).empty
        # A cell shown empty usually has no row: insert it (unless one is there
        # after all); one shown filled has its row: update it.
        if not (was_empty and _insert(conn, values)):
            if not _update(conn, values):
                _insert(conn, values)
        versions[(kid, period)] = (cell.ticked, weeks, cell.note)
    if gone:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO tombstone (id, table_name, deleted_at) VALUES (?, ?, ?)",
            [(cell_id, ScheduleCell.__tablename__, now) for cell_id in gone])
    if versioned:
        history.record_cells(conn, versions)
    _forget_loaded(session, set(kegiatan))
    return True


def _connection(session: Session) -> Connection:
    """The connection the cells are written on: the session's, in its
    transaction; or, when the session keeps one connection (the window's) and
    has no transaction open, that connection beside the session, whose
    DB-API transaction the caller then commits or rolls back
    (:meth:`rakdesk.ui.document.WorkspaceDocument.apply` does). That spares a
    keystroke the session's begin and commit."""
    bind = session.get_bind()
    if session.in_transaction() or not isinstance(bind, Connection) or bind.in_transaction():
        return session.connection()
    return bind


class _Driver:
    """A DB-API (sqlite3) connection with the one method the writers here and
    in rakdesk.core.history call: many rows as one executemany."""

    def __init__(self, dbapi):
        self._dbapi = dbapi

    def exec_driver_sql(self, statement: str, parameters=()):
        if isinstance(parameters, list):
            return self._dbapi.executemany(statement, parameters)
        return self._dbapi.execute(statement, parameters)


def _update(conn, values: tuple) -> bool:
    return bool(conn.exec_driver_sql(
        "UPDATE schedule_cell SET ticked = ?, weeks = ?, note = ?, modified_at = ? "
        "WHERE kegiatan_id = ? AND period = ?", values).rowcount)


def _insert(conn, values: tuple) -> bool:
    """Insert the cell's row unless the kegiatan has one for that period."""
    kid, period = values[4], values[5]
    return bool(conn.exec_driver_sql(
        "INSERT INTO schedule_cell (ticked, weeks, note, modified_at, kegiatan_id, period, id) "
        "SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM schedule_cell "
        "WHERE kegiatan_id = ? AND period = ?)", (*values, new_id(), kid, period)).rowcount)


def _forget_loaded(session: Session, kegiatan: set[str]) -> None:
    """Cells of these kegiatan that the session loaded earlier (a printout, an
    export) no longer say what the file holds: drop them, so the next read
    asks the file. (Cells are loaded with their kegiatan, never alone.)"""
    for kid in kegiatan:
        loaded = session.identity_map.get(identity_key(Kegiatan, kid))
        if loaded is None or "cells" not in vars(loaded):
            continue
        for cell in list(loaded.cells):
            if cell in session:
                session.expunge(cell)
        session.expire(loaded, ["cells"])
