"""Generators of damaged and hostile workspace files, each from a real case:
a schema that is not exactly rakdesk's, values the model cannot read, orphans,
WAL-mode files, hot journals, symlink loops, escape codes in names, planted
triggers, views and ATTACH. Each generator writes into a copy of a real
workspace (the demo) at ``path``.

A planted object that acts leaves its mark: it writes into the table
``acted`` (which it creates) or into a file named ``ACTED`` beside it (ATTACH);
:func:`acted` tells whether anything did.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from rakdesk.core import storage


def _con(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    return con


def rebuild(path: Path, table: str, change, fill: dict[str, str] | None = None,
            ignore_checks: bool = True) -> None:
    """Rebuild ``table`` with ``change(create_sql)``, keeping its rows and indexes
    (the way a SQLite tool edits a table)."""
    con = _con(path)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?",
                      (table,)).fetchone()[0]
    indexes = [r[0] for r in con.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND sql IS NOT NULL",
        (table,))]
    cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
    new = change(sql)
    new = re.sub(r'^CREATE TABLE\s+("?)' + re.escape(table) + r'\1', 'CREATE TABLE "_new"', new)
    if ignore_checks:
        con.execute("PRAGMA ignore_check_constraints=ON")
    con.execute("BEGIN")
    con.execute(new)
    fill = fill or {}
    names = ", ".join(f'"{c}"' for c in cols + list(fill))
    values = ", ".join([f'"{c}"' for c in cols] + list(fill.values()))
    con.execute(f'INSERT INTO "_new" ({names}) SELECT {values} FROM "{table}"')
    con.execute(f'DROP TABLE "{table}"')
    con.execute(f'ALTER TABLE "_new" RENAME TO "{table}"')
    for ix in indexes:
        con.execute(ix)
    con.execute("COMMIT")
    con.close()


def execute(path: Path, *statements: str, params=()) -> None:
    con = _con(path)
    for s in statements:
        con.execute(s, params) if params else con.execute(s)
    con.close()


def first(path: Path, sql: str):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()
    finally:
        con.close()


# --- finding 2: a schema that is not exactly rakdesk's ------------------------------------

def extra_not_null_column(p):
    rebuild(p, "kegiatan", lambda s: s.replace("text TEXT NOT NULL,", "text TEXT NOT NULL, "
                                               "extra TEXT NOT NULL,"), {"extra": "'x'"})


def id_without_primary_key(p):
    rebuild(p, "kegiatan", lambda s: s.replace("PRIMARY KEY (id),", ""))
    execute(p, "INSERT INTO kegiatan SELECT * FROM kegiatan LIMIT 1")  # a duplicate UUID


def edit_schema_text(p, table: str, old: str, new: str) -> None:
    """Change a table's stored CREATE text in place (what a SQLite tool's
    writable_schema does; the rows stay as they are)."""
    execute(p, "PRAGMA writable_schema=ON",
            f"UPDATE sqlite_master SET sql = replace(sql, '{old}', '{new}') WHERE name = "
            f"'{table}'")


def check_rejecting_new_rows(p):
    edit_schema_text(p, "kegiatan", "PRIMARY KEY (id),", "PRIMARY KEY (id), CHECK (position < 0),")


def check_calling_unknown_function(p):
    edit_schema_text(p, "sasaran", "PRIMARY KEY (id),", "PRIMARY KEY (id), CHECK (nosuchfn(text)),")


def unique_index_disguised_as_autoindex(p):
    execute(p, "CREATE UNIQUE INDEX disguised ON satker(name, id)",
            "PRAGMA writable_schema=ON",
            "UPDATE sqlite_master SET name='sqlite_autoindex_satker_2' WHERE name='disguised'")


def our_index_made_unique(p):
    execute(p, "DROP INDEX ix_kegiatan_indikator_id",
            "CREATE UNIQUE INDEX ix_kegiatan_indikator_id ON kegiatan (indikator_id, id)")


def column_type_changed(p):
    rebuild(p, "sasaran", lambda s: s.replace("position INTEGER NOT NULL",
                                              "position TEXT NOT NULL"))


def not_null_dropped(p):
    rebuild(p, "sasaran", lambda s: s.replace("text TEXT NOT NULL", "text TEXT"))


def default_added(p):
    rebuild(p, "plan", lambda s: s.replace("kind VARCHAR NOT NULL",
                                           "kind VARCHAR NOT NULL DEFAULT 'XYZ'"))


def collate_nocase(p):
    rebuild(p, "sasaran", lambda s: s.replace("text TEXT NOT NULL",
                                              "text TEXT NOT NULL COLLATE NOCASE"))


def cascade_dropped(p):
    rebuild(p, "sasaran", lambda s: s.replace("ON DELETE CASCADE", ""))


def index_missing(p):
    execute(p, "DROP INDEX ix_revision_code")


def without_rowid(p):
    rebuild(p, "tombstone", lambda s: s.rstrip() + " WITHOUT ROWID")


SCHEMA_CASES = {f.__name__: f for f in (
    extra_not_null_column, id_without_primary_key, check_rejecting_new_rows,
    check_calling_unknown_function, unique_index_disguised_as_autoindex, our_index_made_unique,
    column_type_changed, not_null_dropped, default_added, collate_nocase, cascade_dropped,
    index_missing, without_rowid)}


# --- finding 3: values the model cannot read ----------------------------------------------

def value(table: str, column: str, sql_value: str, where: str = ""):
    def mutate(p):
        row = first(p, f"SELECT rowid FROM \"{table}\" {where} LIMIT 1")
        execute(p, f'UPDATE "{table}" SET "{column}" = {sql_value} WHERE rowid = {row[0]}')
    mutate.__name__ = f"{table}.{column}={sql_value}"
    return mutate


def bad_row_version_key(p):
    kid = first(p, "SELECT id FROM kegiatan")[0]
    execute(p, "INSERT INTO row_version VALUES (?, 'r', 'c')", params=(f"cell:{kid}:notanint",))


def bad_row_history_key(p):
    execute(p, "INSERT INTO row_history VALUES ('nonsense', 'r')")


VALUE_CASES = {f.__name__: f for f in (
    value("schedule_cell", "weeks", "'x'"),
    value("schedule_cell", "weeks", "'9'"),
    value("schedule_cell", "period", "0"),
    value("schedule_cell", "period", "13"),
    value("plan", "granularity", "'weekly'"),
    value("plan", "kind", "'XYZ'"),
    value("plan", "status", "'published'"),
    value("plan", "paper", "'A5'"),
    value("plan", "tick_style", "'X'"),
    value("plan", "column_numbers", "'roman'"),
    value("plan", "sign_date", "'2024-02-31'"),
    value("plan", "sign_date_precision", "'week'"),
    value("plan", "year", "'dua ribu'"),
    value("indikator", "target_kind", "'zzz'"),
    value("indikator", "target_value", "'12,5x'"),
    value("satker", "level", "'desa'"),
    value("official", "acting", "'Pj.'"),
    value("kegiatan", "text", "CAST(x'ff00fe' AS TEXT)"),
    value("kegiatan", "position", "'first'"),
    value("satker", "modified_at", "'kemarin'"),
    bad_row_version_key, bad_row_history_key)}


# --- finding 6: orphans, names with escape codes ------------------------------------------

def orphan_plans(p):
    execute(p, "DELETE FROM satker WHERE rowid = (SELECT min(rowid) FROM satker)")


def escape_code_table(p):
    execute(p, 'CREATE TABLE "\x1b[2J\x1b[31mEVIL\x07" (x)')


def escape_code_trigger(p):
    execute(p, "CREATE TABLE acted(x)",
            'CREATE TRIGGER "\x1b]0;owned\x07" AFTER INSERT ON kegiatan BEGIN '
            'INSERT INTO acted VALUES (1); END')


# --- planted objects that must never act --------------------------------------------------

def trigger_on_insert(p):
    execute(p, "CREATE TABLE acted(x)",
            "CREATE TRIGGER t AFTER INSERT ON kegiatan BEGIN INSERT INTO acted VALUES (1); END")


def trigger_on_update(p):
    execute(p, "CREATE TABLE acted(x)",
            "CREATE TRIGGER t AFTER UPDATE ON plan BEGIN INSERT INTO acted VALUES (2); END")


def trigger_on_delete(p):
    execute(p, "CREATE TABLE acted(x)",
            "CREATE TRIGGER t BEFORE DELETE ON schedule_cell BEGIN "
            "INSERT INTO acted VALUES (3); END")


def view_shadowing(p):
    execute(p, "CREATE TABLE acted(x)",
            "CREATE VIEW v AS SELECT * FROM kegiatan",
            "CREATE TRIGGER tv INSTEAD OF INSERT ON v BEGIN INSERT INTO acted VALUES (4); END")


def extension_in_trigger(p):
    execute(p, "CREATE TRIGGER ta AFTER INSERT ON satker BEGIN "
               "SELECT load_extension('/nonexistent'); END")


def generated_column(p):
    execute(p, "ALTER TABLE kegiatan ADD COLUMN g TEXT GENERATED ALWAYS AS (text || 'x')")


def foreign_table(p):
    execute(p, "CREATE TABLE catatan(x)")


def index_on_expression(p):
    execute(p, "CREATE INDEX ix_expr ON kegiatan (lower(text))")


HOSTILE_CASES = {f.__name__: f for f in (
    orphan_plans, escape_code_table, escape_code_trigger, trigger_on_insert, trigger_on_update,
    trigger_on_delete, view_shadowing, extension_in_trigger, generated_column, foreign_table,
    index_on_expression)}


def acted(path: Path) -> bool:
    """Whether a planted trigger wrote its mark."""
    if (path.parent / "ACTED").exists():
        return True
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(con.execute("SELECT count(*) FROM acted").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return False


# --- files that are fine but awkward ------------------------------------------------------

def wal_with_log(master: Path, p: Path) -> None:
    """A WAL-mode workspace whose last commits are still in its ``-wal`` file."""
    shutil.copyfile(master, p)
    con = sqlite3.connect(p)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE sasaran SET text = text || ' (dari log)' WHERE rowid = 1")
    con.commit()
    keep = p.with_name("keep.sqlite")
    shutil.copyfile(p, keep)
    shutil.copyfile(p.with_name(p.name + "-wal"), keep.with_name(keep.name + "-wal"))
    con.close()
    for side in ("-wal", "-shm"):
        p.with_name(p.name + side).unlink(missing_ok=True)
    shutil.move(keep, p)
    shutil.move(keep.with_name(keep.name + "-wal"), p.with_name(p.name + "-wal"))


KILLED_WRITER = (
    "import os,signal,sqlite3,sys\n"
    "c=sqlite3.connect(sys.argv[1],isolation_level=None)\n"
    "c.execute('PRAGMA cache_size=1');c.execute('PRAGMA journal_mode=DELETE')\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "c.execute(\"UPDATE kegiatan SET text=text||' setengah'\")\n"
    "c.execute(\"UPDATE schedule_cell SET note='setengah'\")\n"
    "os.kill(os.getpid(),signal.SIGKILL)\n")


def hot_journal(master: Path, p: Path) -> None:
    """A workspace whose last write was cut off: its hot journal beside it."""
    import subprocess
    import sys

    shutil.copyfile(master, p)
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(p)], check=False)
    assert storage.has_hot_journal(p)


def schema_version(master: Path, p: Path, version: int) -> None:
    """A workspace at an older schema version, with the demo's content."""
    storage.create_workspace  # noqa: B018 (documentation: built the same way)
    sqlite3.connect(p).close()
    storage.migrate(p, f"{version:04d}")
    src = sqlite3.connect(master)
    dst = sqlite3.connect(p)
    dst.execute("PRAGMA foreign_keys=OFF")
    for (table,) in dst.execute("SELECT name FROM sqlite_master WHERE type='table' AND name "
                                "NOT IN ('alembic_version', 'workspace_meta')").fetchall():
        cols = [r[1] for r in dst.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in cols)
        rows = src.execute(f'SELECT {names} FROM "{table}"').fetchall()
        dst.executemany(f'INSERT INTO "{table}" ({names}) VALUES '
                        f'({", ".join("?" * len(cols))})', rows)
    dst.commit()
    dst.close()
    src.close()


def symlink_loop(p: Path) -> None:
    other = p.with_name(p.name + ".lain")
    p.symlink_to(other)
    other.symlink_to(p)


def run_inprocess(*args) -> tuple[int, str, str, float]:
    """The real command through ``rakdesk.cli.main``, in this process: exit code,
    stdout, stderr, seconds. An exception main lets through (a traceback in the
    user's eyes) is written to stderr as its traceback."""
    import io
    import time
    import traceback
    from contextlib import redirect_stderr, redirect_stdout

    from rakdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code
        except BaseException:
            err.write(traceback.format_exc())
            code = -1
    return code, out.getvalue(), err.getvalue(), time.monotonic() - start
