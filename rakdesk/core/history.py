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
from collections.abc import Iterable, Iterator

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from rakdesk.core.model import (
    Decree,
    DecreeItem,
    DecreeMember,
    DecreePoint,
    DecreeTeam,
    Indikator,
    Kegiatan,
    Official,
    Pelaksana,
    Plan,
    RowHistory,
    Sasaran,
    Satker,
    ScheduleCell,
    SubUnit,
)

# table -> (model, parent column, content columns)
UNITS: dict[str, tuple[type, str | None, tuple[str, ...]]] = {
    "satker": (Satker, None, ("name", "full_name", "level", "body", "parent_office",
                              "office_heading", "address", "phone", "city", "logo")),
    "sub_unit": (SubUnit, "satker_id", ("name",)),
    "official": (Official, "satker_id", ("name", "title", "nip", "acting", "signature_image",
                                         "stamp_image", "pangkat")),
    "plan": (Plan, "satker_id", ("kind", "year", "granularity", "status", "paper", "title",
                                 "signatory_id", "sign_place", "sign_date",
                                 "sign_date_precision", "sign_upper", "sign_office",
                                 "sign_layout", "cover_page", "show_no_column", "tick_style",
                                 "numeric_month_labels", "column_numbers", "year_label",
                                 "sasaran_header", "indikator_header", "tugas", "fungsi")),
    "sasaran": (Sasaran, "plan_id", ("text",)),
    "indikator": (Indikator, "sasaran_id", ("text", "target", "target_kind", "target_value",
                                            "target_unit", "keterangan", "sumber_data")),
    "kegiatan": (Kegiatan, "indikator_id", ("text",)),
    "decree": (Decree, "plan_id", ("number_sequence", "number_classification",
                                   "number_satker_code", "number_unit", "number_typed", "about",
                                   "menetapkan", "issuer_title", "copy_certified", "copy_office",
                                   "copy_title", "copy_official_id", "copy_name",
                                   "lampiran_title", "lampiran_decree", "lampiran_about")),
    "decree_item": (DecreeItem, "decree_id", ("section", "text")),
    "decree_point": (DecreePoint, "item_id", ("text",)),
    "decree_team": (DecreeTeam, "decree_id", ("heading", "tasks")),
    "decree_member": (DecreeMember, "team_id", ("official_id", "jabatan", "kedudukan")),
}
CELL_FIELDS = ("ticked", "weeks", "note")
TABLE_OF = {model: table for table, (model, _, _) in UNITS.items()}


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


EMPTY_CELL = content_hash((False, "", ""))
EMPTY_PELAKSANA = content_hash(())
# A schedule cell or pelaksana list that was never set is empty in every copy,
# with this rev: it is in every file's history without being stored.
CELL_REV0 = next_rev("", EMPTY_CELL)
PELAKSANA_REV0 = next_rev("", EMPTY_PELAKSANA)


def key_of(table: str, row_id: str) -> str:
    return f"{table}:{row_id}"


def cell_key(kegiatan_id: str, period: int) -> str:
    return f"cell:{kegiatan_id}:{period}"


def pelaksana_key(kegiatan_id: str) -> str:
    return f"pelaksana:{kegiatan_id}"


def initial(key: str) -> tuple[str, str | None]:
    """The (rev, content) a unit has before anything was recorded for it."""
    if key.startswith("cell:"):
        return CELL_REV0, EMPTY_CELL
    if key.startswith("pelaksana:"):
        return PELAKSANA_REV0, EMPTY_PELAKSANA
    return "", None


def _chunks(items: list, size: int = 400) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --- reading contents through SQL ------------------------------------------------------

def table_rows(conn, table: str, ids: list[str] | None = None) -> dict[str, dict]:
    """Rows of a unit table as {id: {column: value}}, content and tree columns only."""
    model, parent, fields = UNITS[table]
    t = model.__table__
    cols = [t.c.id] + ([t.c[parent]] if parent else []) + (
        [t.c.position] if "position" in t.c else []) + [t.c[f] for f in fields]
    out = {}
    batches = [None] if ids is None else list(_chunks(ids))
    for batch in batches:
        query = select(*cols)
        if batch is not None:
            query = query.where(t.c.id.in_(batch))
        for row in conn.execute(query):
            out[row.id] = dict(row._mapping)
    return out


def row_content(table: str, row: dict) -> str:
    return content_hash(row[f] for f in UNITS[table][2])


def cell_rows(conn, kegiatan_ids: list[str] | None = None) -> dict[tuple[str, int], tuple]:
    """Non-empty schedule cells as {(kegiatan id, period): (ticked, weeks, note)}."""
    t = ScheduleCell.__table__
    out = {}
    for batch in [None] if kegiatan_ids is None else list(_chunks(kegiatan_ids)):
        query = select(t.c.kegiatan_id, t.c.period, t.c.ticked, t.c.weeks, t.c.note)
        if batch is not None:
            query = query.where(t.c.kegiatan_id.in_(batch))
        for r in conn.execute(query):
            out[(r.kegiatan_id, r.period)] = (bool(r.ticked), r.weeks or "", r.note or "")
    return out


def pelaksana_rows(conn, kegiatan_ids: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Pelaksana names of each kegiatan that has any, in printed order."""
    t = Pelaksana.__table__
    lists: dict[str, list[tuple[int, str]]] = {}
    for batch in [None] if kegiatan_ids is None else list(_chunks(kegiatan_ids)):
        query = select(t.c.kegiatan_id, t.c.position, t.c.name)
        if batch is not None:
            query = query.where(t.c.kegiatan_id.in_(batch))
        for r in conn.execute(query):
            lists.setdefault(r.kegiatan_id, []).append((r.position, r.name))
    return {kid: tuple(name for _, name in sorted(items)) for kid, items in lists.items()}


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
        existing = _existing_kegiatan(conn, list(pelaksana_ids))
        names = pelaksana_rows(conn, list(existing))
        for kid in existing:
            out[pelaksana_key(kid)] = pelaksana_content(names.get(kid))
    return out


def _existing_kegiatan(conn, ids: list[str]) -> set[str]:
    t = Kegiatan.__table__
    return {r.id for batch in _chunks(ids)
            for r in conn.execute(select(t.c.id).where(t.c.id.in_(batch)))}


def _kegiatan_cells(conn, ids: list[str]) -> tuple[set[str], dict[tuple[str, int], tuple]]:
    """Which of these kegiatan still exist, and their non-empty cells, in one
    query per batch (a toggle is one kegiatan: one query, plain SQL so that
    no statement is built and compiled on every keystroke)."""
    existing, cells = set(), {}
    for batch in _chunks(ids):
        marks = ", ".join("?" * len(batch))
        rows = conn.exec_driver_sql(
            "SELECT k.id, c.period, c.ticked, c.weeks, c.note FROM kegiatan AS k "
            f"LEFT JOIN schedule_cell AS c ON c.kegiatan_id = k.id WHERE k.id IN ({marks})",
            tuple(batch))
        for kid, period, ticked, weeks, note in rows:
            existing.add(kid)
            if period is not None:
                cells[(kid, period)] = (bool(ticked), weeks or "", note or "")
    return existing, cells


def _seed_rows(conn, table: str) -> dict[str, dict]:
    """Rows of ``table`` as the schema of the migration running now has them: a
    table not made yet has none, a column not added yet holds its default (so
    the hash is the one the later column, added empty, gives)."""
    have = inspect(conn)
    if not have.has_table(table):
        return {}
    present = {c["name"] for c in have.get_columns(table)}
    model, parent, fields = UNITS[table]
    t = model.__table__
    names = ["id"] + ([parent] if parent else []) + [f for f in fields if f in present]
    out = {}
    for row in conn.execute(select(*[t.c[n] for n in names])):
        data = dict(row._mapping)
        for f in fields:
            if f not in present:
                default = t.c[f].default
                data[f] = default.arg if default is not None and not callable(default.arg) else ""
        out[data["id"]] = data
    return out


def seed(conn) -> None:
    """Give every unit of a file its first version (used by the migrations)."""
    contents = {}
    for table in UNITS:
        for row_id, row in _seed_rows(conn, table).items():
            contents[key_of(table, row_id)] = row_content(table, row)
    for (kid, period), value in cell_rows(conn).items():
        contents[cell_key(kid, period)] = cell_content(value)
    for kid, names in pelaksana_rows(conn).items():
        contents[pelaksana_key(kid)] = pelaksana_content(names)
    record(conn, contents)


def _has_versions(conn) -> bool:
    """Whether this database keeps versions; asked once per connection (a
    pooled connection lives across many edits)."""
    info = conn.info  # the DB-API connection's: it outlives one checkout
    if "rakdesk_versions" not in info:
        info["rakdesk_versions"] = inspect(conn).has_table("row_version")
    return info["rakdesk_versions"]


def record_versions(sessions) -> None:
    """Keep versions on every flush of the sessions ``sessions`` makes (a
    sessionmaker; a Session class or instance works too). rakdesk.core.storage
    does this for each workspace it opens; a session made elsewhere records
    nothing."""
    if not event.contains(sessions, "after_flush", _after_flush):
        event.listen(sessions, "after_flush", _after_flush)


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
        kind = type(obj)
        if kind in TABLE_OF:
            if id(obj) not in gone:
                table_ids.setdefault(TABLE_OF[kind], []).append(obj.id)
        elif kind is ScheduleCell:
            cells.add((obj.kegiatan_id, obj.period))
        elif kind is Pelaksana:
            pelaksana.add(obj.kegiatan_id)
    if not (table_ids or cells or pelaksana):
        return
    conn = session.connection()
    if not _has_versions(conn):
        return  # a database without versions (never a rakdesk workspace)
    record(conn, contents_of(conn, table_ids, cells, pelaksana))
