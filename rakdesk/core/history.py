"""Versions of every mergeable unit, kept on each write.

A *unit* is what a merge compares: one table row (``kegiatan:<id>``), one
schedule cell (``cell:<kegiatan id>:<period>``) or the pelaksana list of one
kegiatan (``pelaksana:<kegiatan id>``). Each unit has a content hash and a
*rev* that chains every version before it: ``rev = H(previous rev, content)``.
``row_history`` keeps every rev a unit has had in this file.

So when two copies of a file meet again, a merge can tell, without a clock and
however the file was copied (Explorer, a USB stick, rakdesk), which side
changed a unit: if this file's rev is among the other file's history, only the
other side moved on; the reverse means only this side did; neither means both
changed it, a true conflict. Setting a value back (A, B, A) makes a new rev,
so undoing on one side is never mistaken for "unchanged".

Contents are read back through SQL after each flush, so the same hash comes out
here, in a merge reading another file, and in the migration that seeded old
files. Adding a content column to a unit means a migration that re-seeds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import weakref
from collections.abc import Iterable, Iterator

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from rakdesk.core import registry
from rakdesk.core.model import RowHistory

# Every unit comes from the registry: each row of a "row" table, each cell of
# the "cell" table (the schedule: one unit per kegiatan and period, empty when
# absent) and each parent's list of the "list" table (a kegiatan's pelaksana).
ROWS: dict[str, registry.Entry] = {e.table: e for e in registry.units("row")}
CELL = registry.units("cell")[0]
LIST = registry.units("list")[0]
TABLE_OF = {e.model: table for table, e in ROWS.items()}
# A list's content is its rows' own values in order: what they point at
# (a pelaksana's sub-unit) is linked again by name in each file.
LIST_FIELDS = tuple(f for f in LIST.fields if f not in LIST.references)
_CELL_COLUMNS = tuple(CELL.model.__table__.c[f] for f in CELL.fields)
_CELL_FLAGS = tuple(c.type.python_type is bool for c in _CELL_COLUMNS)  # read as booleans


def _norm(value):
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def content_hash(values: Iterable) -> str:
    data = json.dumps([_norm(v) for v in values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode()).hexdigest()[:24]


def next_rev(previous: str, content: str) -> str:
    return hashlib.sha256(f"{previous}|{content}".encode()).hexdigest()[:24]


def _cell_value(values) -> tuple:
    """A cell's content as every file reads it: flags as booleans, no NULLs."""
    return tuple(bool(v) if flag else (v or "") for flag, v in zip(_CELL_FLAGS, values,
                                                                      strict=True))


EMPTY_CELL = content_hash(_cell_value([None] * len(_CELL_COLUMNS)))
EMPTY_PELAKSANA = content_hash(())
# A schedule cell or pelaksana list that was never set is empty in every copy,
# with this rev: it is in every file's history without being stored.
CELL_REV0 = next_rev("", EMPTY_CELL)
PELAKSANA_REV0 = next_rev("", EMPTY_PELAKSANA)


def key_of(table: str, row_id: str) -> str:
    return f"{table}:{row_id}"


def cell_key(kegiatan_id: str, period: int) -> str:
    return f"{CELL.kind}:{kegiatan_id}:{period}"


def pelaksana_key(kegiatan_id: str) -> str:
    return f"{LIST.kind}:{kegiatan_id}"


def initial(key: str) -> tuple[str, str | None]:
    """The (rev, content) a unit has before anything was recorded for it."""
    kind = key.partition(":")[0]
    if kind == CELL.kind:
        return CELL_REV0, EMPTY_CELL
    if kind == LIST.kind:
        return PELAKSANA_REV0, EMPTY_PELAKSANA
    return "", None


def _chunks(items: list, size: int = 400) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --- reading contents through SQL ------------------------------------------------------

def table_rows(conn, table: str, ids: list[str] | None = None,
               present: set[str] | None = None) -> dict[str, dict]:
    """Rows of a unit table as {id: {column: value}}: tree, key and content
    columns. Only the ``present`` columns are read when given (a file on its
    way through the migrations); the others read as None."""
    entry = ROWS[table]
    t = entry.model.__table__
    names = ["id"] + ([entry.parent.column] if entry.parent else []) + (
        ["position"] if entry.ordered else []) + list(entry.stored)
    cols = [t.c[n] for n in names if present is None or n in present]
    missing = dict.fromkeys(n for n in names if present is not None and n not in present)
    out = {}
    batches = [None] if ids is None else list(_chunks(ids))
    for batch in batches:
        query = select(*cols)
        if batch is not None:
            query = query.where(t.c.id.in_(batch))
        for row in conn.execute(query):
            out[row.id] = {**missing, **row._mapping}
    return out


def row_content(table: str, row: dict) -> str:
    return content_hash(row[f] for f in ROWS[table].fields)


def cell_rows(conn, kegiatan_ids: list[str] | None = None) -> dict[tuple[str, int], tuple]:
    """Non-empty schedule cells as {(kegiatan id, period): (ticked, weeks, note)}."""
    t = CELL.model.__table__
    parent, (period,) = t.c[CELL.parent.column], CELL.key
    out = {}
    for batch in [None] if kegiatan_ids is None else list(_chunks(kegiatan_ids)):
        query = select(parent, t.c[period], *_CELL_COLUMNS)
        if batch is not None:
            query = query.where(parent.in_(batch))
        for kid, number, *values in conn.execute(query):
            out[(kid, number)] = _cell_value(values)
    return out


def pelaksana_rows(conn, kegiatan_ids: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Pelaksana names of each kegiatan that has any, in printed order."""
    t = LIST.model.__table__
    parent = t.c[LIST.parent.column]
    lists: dict[str, list[tuple]] = {}
    for batch in [None] if kegiatan_ids is None else list(_chunks(kegiatan_ids)):
        query = select(parent, t.c.position, *(t.c[f] for f in LIST_FIELDS))
        if batch is not None:
            query = query.where(parent.in_(batch))
        for kid, position, *values in conn.execute(query):
            lists.setdefault(kid, []).append((position, *values))
    return {kid: tuple(_listed(item[1:]) for item in sorted(items))
            for kid, items in lists.items()}


def _listed(values: list):
    """One row of a list as its content holds it: a pelaksana by its name alone."""
    return values[0] if len(values) == 1 else tuple(values)


def cell_content(value: tuple | None) -> str:
    return EMPTY_CELL if value is None else content_hash(value)


def pelaksana_content(names: tuple[str, ...] | None) -> str:
    return content_hash(names or ())


def versions(conn, keys: list[str] | None = None) -> dict[str, tuple[str, str]]:
    if keys is None:
        rows = conn.exec_driver_sql('SELECT "key", rev, content FROM row_version')
        return {key: (rev, content) for key, rev, content in rows}
    out = {}
    for batch in _chunks(keys):  # plain SQL: this runs on every edit
        rows = conn.exec_driver_sql(
            f'SELECT "key", rev, content FROM row_version WHERE "key" IN '
            f"({', '.join('?' * len(batch))})", tuple(batch))
        out.update({key: (rev, content) for key, rev, content in rows})
    return out


def histories(conn) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for key, rev in conn.execute(select(RowHistory.key, RowHistory.rev)):
        out.setdefault(key, set()).add(rev)
    return out


# --- writing versions -------------------------------------------------------------------

def record(conn, contents: dict[str, str]) -> None:
    """Give each unit whose content changed a new rev chained to its last one."""
    if not contents:
        return
    current = versions(conn, list(contents))
    upserts, added = [], []
    for key, content in contents.items():
        rev, old = current.get(key) or initial(key)
        if content == old:
            continue
        new = next_rev(rev, content)
        upserts.append({"key": key, "rev": new, "content": content})
        added.append({"key": key, "rev": new})
    set_versions(conn, upserts)
    add_history(conn, added)


def set_versions(conn, rows: list[dict]) -> None:
    if rows:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO row_version(key, rev, content) VALUES (?, ?, ?)",
            [(r["key"], r["rev"], r["content"]) for r in rows])


def add_history(conn, rows: list[dict]) -> None:
    if rows:
        conn.exec_driver_sql("INSERT OR IGNORE INTO row_history(key, rev) VALUES (?, ?)",
                             [(r["key"], r["rev"]) for r in rows])


def contents_of(conn, table_ids: dict[str, list[str]], cell_keys: set[tuple[str, int]],
                pelaksana_ids: set[str]) -> dict[str, str]:
    """Current content hashes of the named units, read from the database."""
    out = {}
    for table, ids in table_ids.items():
        for row_id, row in table_rows(conn, table, list(ids)).items():
            out[key_of(table, row_id)] = row_content(table, row)
    if cell_keys:
        existing, cells = _kegiatan_cells(conn, list({k for k, _ in cell_keys}))
        for kid, period in cell_keys:
            if kid in existing:
                out[cell_key(kid, period)] = cell_content(cells.get((kid, period)))
    if pelaksana_ids:
        existing = _existing(conn, list(pelaksana_ids))
        names = pelaksana_rows(conn, list(existing))
        for kid in existing:
            out[pelaksana_key(kid)] = pelaksana_content(names.get(kid))
    return out


def _existing(conn, ids: list[str]) -> set[str]:
    """Which of these parents of lists (kegiatan) still exist."""
    t = LIST.parent.model.__table__
    return {r.id for batch in _chunks(ids)
            for r in conn.execute(select(t.c.id).where(t.c.id.in_(batch)))}


# Plain SQL, built once: a toggle runs it on every keystroke.
_CELLS_OF = 'SELECT p.id, c."{key}", {fields} FROM "{parent}" AS p LEFT JOIN "{cells}" AS c ' \
    'ON c."{column}" = p.id WHERE p.id IN ({{marks}})'.format(
        key=CELL.key[0], fields=", ".join(f'c."{f}"' for f in CELL.fields),
        parent=CELL.parent.model.__tablename__, cells=CELL.table, column=CELL.parent.column)


def _kegiatan_cells(conn, ids: list[str]) -> tuple[set[str], dict[tuple[str, int], tuple]]:
    """Which of these kegiatan still exist, and their non-empty cells, in one
    query per batch (a toggle is one kegiatan: one query, plain SQL so that
    no statement is built and compiled on every keystroke)."""
    existing, cells = set(), {}
    for batch in _chunks(ids):
        rows = conn.exec_driver_sql(_CELLS_OF.format(marks=", ".join("?" * len(batch))),
                                    tuple(batch))
        for kid, period, *values in rows:
            existing.add(kid)
            if period is not None:
                cells[(kid, period)] = _cell_value(values)
    return existing, cells


def seed(conn) -> None:
    """Give every unit of a file its first version. Used by the migration that
    added versions (schema 4): the tables and columns later migrations add are
    not there yet, and count as absent and empty."""
    schema = inspect(conn)
    contents = {}
    for table in ROWS:
        if not schema.has_table(table):
            continue
        present = {c["name"] for c in schema.get_columns(table)}
        for row_id, row in table_rows(conn, table, present=present).items():
            contents[key_of(table, row_id)] = row_content(table, row)
    for (kid, period), value in cell_rows(conn).items():
        contents[cell_key(kid, period)] = cell_content(value)
    for kid, names in pelaksana_rows(conn).items():
        contents[pelaksana_key(kid)] = pelaksana_content(names)
    record(conn, contents)


def has_versions(conn) -> bool:
    """Whether this database keeps versions; asked once per connection (a
    pooled connection lives across many edits)."""
    info = conn.info  # the DB-API connection's: it outlives one checkout
    if "rakdesk_versions" not in info:  # asked of SQLite itself: no transaction is begun
        info["rakdesk_versions"] = conn.connection.driver_connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'row_version'"
        ).fetchone() is not None
    return info["rakdesk_versions"]


_LISTENED: weakref.WeakSet = weakref.WeakSet()  # the session factories recording versions


def record_versions(sessions) -> None:
    """Keep versions on every flush of the sessions ``sessions`` makes (a
    sessionmaker; a Session class or instance works too). rakdesk.core.storage
    does this for each workspace it opens; a session made elsewhere records
    nothing."""
    # Not event.contains(): SQLAlchemy's registry knows targets by id(), and a
    # factory made after another one died may get its id while the old one's
    # listeners still wait for the cycle collector; it would then be taken
    # for listened and record nothing.
    if sessions not in _LISTENED:
        event.listen(sessions, "after_flush", _after_flush)
        _LISTENED.add(sessions)


def _after_flush(session: Session, flush_context) -> None:
    table_ids: dict[str, list[str]] = {}
    cells: set[tuple[str, int]] = set()
    pelaksana: set[str] = set()
    deleted = list(session.deleted)
    gone = {id(obj) for obj in deleted}  # built once: a large import flushes thousands of rows
    # A row whose only change is a collection (a kegiatan gaining a cell) kept
    # its content: re-reading it would cost a query on every toggle.
    dirty = [obj for obj in session.dirty
             if session.is_modified(obj, include_collections=False)]
    for obj in (*session.new, *dirty, *deleted):
        entry = registry.ENTRIES.get(type(obj))
        if entry is None or entry.unit is None:
            continue
        if entry.unit == "row":
            if id(obj) not in gone:
                table_ids.setdefault(entry.table, []).append(obj.id)
        elif entry.unit == "cell":
            cells.add((getattr(obj, CELL.parent.column), getattr(obj, CELL.key[0])))
        else:
            pelaksana.add(getattr(obj, LIST.parent.column))
    if not (table_ids or cells or pelaksana):
        return
    conn = session.connection()
    if not has_versions(conn):
        return  # a database without versions (never a rakdesk workspace)
    record(conn, contents_of(conn, table_ids, cells, pelaksana))


def record_cells(conn, cells: dict[tuple[str, int], tuple | None]) -> None:
    """New versions of schedule cells written without the ORM (a toggle):
    {(kegiatan id, period): (ticked, weeks, note), or None for an empty cell}.
    ``conn`` runs ``exec_driver_sql`` (a SQLAlchemy connection, or the DB-API
    one wrapped); the caller asks :func:`has_versions` first."""
    if cells:
        record(conn, {cell_key(kid, period): cell_content(value)
                      for (kid, period), value in cells.items()})

