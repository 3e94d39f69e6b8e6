"""Compare a workspace file's schema with the exact schema of its version.

The reference is built the way rakdesk builds every file: the Alembic scripts
run up to that version on an empty in-memory database. Both sides are then
described through SQLite's own catalogue (``sqlite_master`` and the
``table_xinfo``, ``index_list``, ``index_xinfo`` and ``foreign_key_list``
pragmas) plus the constraint keywords of each ``CREATE TABLE`` (CHECK,
COLLATE, ON CONFLICT, WITHOUT ROWID, STRICT, AUTOINCREMENT), so a column that
lost NOT NULL, an ``id`` that lost its PRIMARY KEY, a CHECK constraint, a
changed default or a disguised index all count as differences.

The result separates what makes a file unreadable (a table or column rakdesk
reads is missing), objects rakdesk did not create (triggers, views, tables,
indexes: the file opens read-only) and differences in rakdesk's own tables
(the file opens read-only, since writing into them could fail or corrupt).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rakdesk.core.i18n import tr
from rakdesk.core.names import printable

# SQLite's own tables that tools create (ANALYZE) and that never act.
_INTERNAL = re.compile(r"^sqlite_(stat\d|sequence)$")
_KEYWORDS = {"CHECK", "COLLATE", "CONFLICT", "WITHOUT", "ROWID", "STRICT", "AUTOINCREMENT",
             "GENERATED", "AS", "UNIQUE", "REFERENCES", "DEFAULT", "PRIMARY", "NULL"}
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|"
                    r"/\*.*?(?:\*/|$)|([A-Za-z_][A-Za-z_0-9$]*)", re.S)


def _keywords(sql: str | None) -> Counter:
    """The constraint keywords of a CREATE statement, outside names and strings."""
    found = Counter()
    for m in _TOKEN.finditer(sql or ""):
        word = (m.group(1) or "").upper()
        if word in _KEYWORDS:
            found[word] += 1
    return found


@dataclass
class Schema:
    tables: dict[str, dict] = field(default_factory=dict)
    indexes: dict[str, tuple] = field(default_factory=dict)
    others: list[tuple[str, str]] = field(default_factory=list)  # (type, name)


def describe(con: sqlite3.Connection) -> Schema:
    """A schema as SQLite itself reports it."""
    schema = Schema()
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, _table, sql in rows:
        if kind == "table" and not _INTERNAL.match(name):
            q = name.replace('"', '""')
            schema.tables[name] = {
                "columns": [tuple(r[1:]) for r in con.execute(f'PRAGMA table_xinfo("{q}")')],
                "fks": sorted(tuple(r[2:]) for r in con.execute(
                    f'PRAGMA foreign_key_list("{q}")')),
                "keywords": _keywords(sql),
            }
            for _seq, ix, unique, origin, partial in con.execute(f'PRAGMA index_list("{q}")'):
                iq = ix.replace('"', '""')
                cols = tuple(tuple(r[1:]) for r in con.execute(f'PRAGMA index_xinfo("{iq}")'))
                schema.indexes[ix] = (name, unique, origin, partial, cols)
        elif kind not in ("table", "index"):
            schema.others.append((kind, name))
    return schema


REFERENCE_FILE = Path(__file__).resolve().parent.parent / "data" / "schema_reference.json"
# The statements that make a new, empty file at the newest version: what the
# Alembic scripts leave in ``sqlite_master`` when run on an empty file, in
# creation order (a test proves a file made from them is the migrated one).
HEAD_FILE = REFERENCE_FILE.with_name("schema_head.json")


def _to_json(schema: Schema) -> dict:
    return {"tables": {n: {**t, "keywords": dict(t["keywords"])} for n, t in schema.tables.items()},
            "indexes": schema.indexes, "others": schema.others}


def _from_json(data: dict) -> Schema:
    def tuples(value):
        return tuple(tuples(v) for v in value) if isinstance(value, list) else value

    return Schema(
        tables={n: {"columns": [tuples(c) for c in t["columns"]],
                    "fks": [tuples(f) for f in t["fks"]], "keywords": Counter(t["keywords"])}
                for n, t in data["tables"].items()},
        indexes={n: tuples(ix) for n, ix in data["indexes"].items()},
        others=[tuple(o) for o in data["others"]])


def build_reference(version: int) -> Schema:
    """Run the Alembic scripts up to ``version`` on an empty in-memory database."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from rakdesk import migrations

    con = sqlite3.connect(":memory:", check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            command.upgrade(migrations.config(conn), f"{version:04d}")
        return describe(con)
    finally:
        engine.dispose()
        con.close()


@lru_cache(maxsize=8)
def reference(version: int) -> Schema:
    """The exact schema rakdesk gives a file of ``version``: stored in rakdesk/data
    (building it runs every migration, most of a second; a test proves
    the stored one is what the migrations build), built when not stored."""
    try:
        stored = json.loads(REFERENCE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = {}
    if str(version) in stored:
        return _from_json(stored[str(version)])
    return build_reference(version)


def script_versions() -> list[int]:
    """The schema versions there are migration scripts for (a branch may number
    its own apart from the others', leaving gaps until they are chained)."""
    from rakdesk import migrations

    return migrations.versions()


def write_reference_file() -> None:
    from rakdesk import migrations

    data = {str(v): _to_json(build_reference(v)) for v in script_versions()
            if v <= migrations.head()}
    REFERENCE_FILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n",
                              encoding="utf-8")
    HEAD_FILE.write_text(json.dumps(build_head(), indent=1) + "\n", encoding="utf-8")


def build_head() -> dict:
    """The newest version's statements, built by running every Alembic script
    on an empty in-memory database."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from rakdesk import migrations

    con = sqlite3.connect(":memory:", check_same_thread=False)
    engine = create_engine("sqlite://", creator=lambda: con, poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            command.upgrade(migrations.config(conn), "head")
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        statements = [sql for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid")]
        return {"revision": revision, "statements": statements}
    finally:
        engine.dispose()
        con.close()


def head_statements(version: int) -> tuple[str, list[str]] | None:
    """The stored revision and statements of ``version`` when it is the stored
    head (None otherwise: the caller runs the migrations)."""
    try:
        data = json.loads(HEAD_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if int(data.get("revision", -1)) != version:
        return None
    return data["revision"], list(data["statements"])


@dataclass
class Comparison:
    missing: list[str] = field(default_factory=list)  # unreadable without these
    foreign: list[str] = field(default_factory=list)  # objects rakdesk did not create
    different: list[str] = field(default_factory=list)  # rakdesk's tables, changed

    def __bool__(self) -> bool:
        return bool(self.missing or self.foreign or self.different)


def _label(kind: str, name: str) -> str:
    """An object of the file in words: "pemicu t1"."""
    text = {"trigger": tr("pemicu {name}"), "view": tr("view {name}"),
            "table": tr("tabel {name}"), "index": tr("indeks {name}")}.get(kind, kind + " {name}")
    return text.format(name=name)


def _column_fields() -> tuple[str, ...]:
    return (tr("jenis"), "NOT NULL", tr("nilai bawaan"), tr("kunci utama"),
            tr("kolom tersembunyi"))


def compare(con: sqlite3.Connection, version: int) -> Comparison:
    """How the file behind ``con`` differs from rakdesk's schema of ``version``."""
    ref, got = reference(version), describe(con)
    out = Comparison()
    for kind, name in got.others:
        out.foreign.append(_label(kind, printable(name)))
    for name in sorted(set(got.tables) - set(ref.tables)):
        out.foreign.append(_label("table", printable(name)))
    for name, want in ref.tables.items():
        have = got.tables.get(name)
        if have is None:
            out.missing.append(tr("tabel {name} tidak ada").format(name=name))
            continue
        by_name = {c[0]: c for c in have["columns"]}
        for col in want["columns"]:
            if col[0] not in by_name:
                out.missing.append(tr("kolom {column} tidak ada").format(
                    column=f"{name}.{col[0]}"))
        for col in have["columns"]:
            if col[5] in (2, 3):
                out.foreign.append(tr("kolom terhitung {column}").format(
                    column=f"{name}.{printable(col[0])}"))
        if out.missing:
            continue
        want_cols = {c[0]: c for c in want["columns"]}
        extra = [c[0] for c in have["columns"] if c[0] not in want_cols and c[5] not in (2, 3)]
        if extra:
            out.different.append(tr("kolom tambahan {column}").format(
                column=f"{name}.{printable(extra[0])}"))
        for col in have["columns"]:
            ref_col = want_cols.get(col[0])
            if ref_col is None:
                continue
            found = (str(col[1]).upper(), col[2], col[3], col[4], col[5])
            wanted = (str(ref_col[1]).upper(), ref_col[2], ref_col[3], ref_col[4], ref_col[5])
            if found != wanted:
                what = next(field for field, got, want
                            in zip(_column_fields(), found, wanted, strict=True) if got != want)
                out.different.append(tr("{what} kolom {column} berbeda").format(
                    what=what, column=f"{name}.{col[0]}"))
        if [c[0] for c in have["columns"] if c[0] in want_cols] != \
                [c[0] for c in want["columns"]] and not extra:
            out.different.append(tr("urutan kolom tabel {name} berbeda").format(name=name))
        if have["fks"] != want["fks"]:
            out.different.append(tr("kunci asing tabel {name} berbeda").format(name=name))
        if have["keywords"] != want["keywords"]:
            diff = (have["keywords"] - want["keywords"]) or (want["keywords"] - have["keywords"])
            out.different.append(tr("batasan tabel {name} berbeda ({keywords})").format(
                name=name, keywords=", ".join(sorted(diff))))
    if out.missing:
        return out
    for name, ix in got.indexes.items():
        table = ix[0]
        if name not in ref.indexes:
            if table in ref.tables and ix[2] == "c":
                out.foreign.append(_label("index", printable(name)))
            elif table in ref.tables:
                out.different.append(tr("indeks {name} pada tabel {table} berbeda").format(
                    name=printable(name), table=table))
        elif ref.indexes[name] != ix:
            out.different.append(tr("indeks {name} berbeda").format(name=printable(name)))
    for name in ref.indexes:
        if name not in got.indexes:
            out.different.append(tr("indeks {name} tidak ada").format(name=name))
    return out


if __name__ == "__main__":  # python -m rakdesk.core.schema_check: after adding a migration
    write_reference_file()
