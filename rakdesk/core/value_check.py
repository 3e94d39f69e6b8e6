"""Check every stored value rakdesk will read back, before it reads it.

A flipped byte inside a row, or a file edited with a SQLite tool, passes
SQLite's integrity check and would then crash the list, the printout or the
window: text that is not UTF-8, a number stored as text, a time that is not a
time, a granularity ``weekly``, a target kind ``zzz``, weeks ``x`` in a
schedule cell, a row-version key whose period is not a number. Each problem is
named with its table, row and field.

The expected storage class of each column comes from the reference schema of
the file's version (rakdesk.core.schema_check), so older files are checked
the same way before they are migrated.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from decimal import Decimal, InvalidOperation

from rakdesk.core.choices import (
    ACTING,
    BODIES,
    BUDGET_HEADINGS,
    DECREE_SECTIONS,
    KINDS,
    LEVELS,
    PAPERS,
)
from rakdesk.core.i18n import tr
from rakdesk.core.names import printable
from rakdesk.core.schedule import Granularity
from rakdesk.core.targets import TargetKind

_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Rows of a table checked at a time: the batch's texts are joined into one string,
# so this bounds the memory a file of long texts takes (2,000 texts of the
# longest a kegiatan holds: 40 million characters) at no measurable cost in time.
_BATCH = 2_000
# What unit keys start with: "kegiatan:<id>", "pelaksana:<id>", "cell:<id>:<period>".
# Written out rather than read from rakdesk.core.registry, so that `rakdesk check`
# reads a file with sqlite3 alone (the registry loads SQLModel); tests/test_registry.py
# fails when the two differ.
UNIT_KINDS = {
    "row": ("satker", "sub_unit", "official", "plan", "sasaran", "indikator", "kegiatan",
            "budget_line", "period_target", "realisasi", "kegiatan_progress", "evidence",
            "decree", "decree_item", "decree_point", "decree_team", "decree_member"),
    "list": ("pelaksana",),
    "cell": ("cell",),
}
_UNIT_KEY = re.compile(
    rf"^(?:(?:{'|'.join(UNIT_KINDS['row'] + UNIT_KINDS['list'])}):[^:]+"
    rf"|(?:{'|'.join(UNIT_KINDS['cell'])}):[^:]+:-?[0-9]+)$")
# A whole batch of times at once (each ended by a NUL, none holding one): of the form
# rakdesk writes, with a valid time of day (the day is checked once per distinct date).
_DATETIMES = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2} (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
                        r"(?:\.[0-9]{1,6})?\0)*")

# (table, column) -> the values rakdesk writes there
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("satker", "level"): tuple(LEVELS),
    ("satker", "body"): tuple(BODIES),
    ("official", "acting"): ACTING,
    ("plan", "kind"): KINDS,
    ("plan", "granularity"): tuple(g.value for g in Granularity),
    ("plan", "status"): ("draft", "final"),
    ("plan", "paper"): PAPERS,
    ("plan", "sign_date_precision"): ("day", "month"),
    ("plan", "sign_layout"): ("office_then_position", "position_then_office"),
    ("plan", "tick_style"): ("✓", "√"),
    ("plan", "column_numbers"): ("plain", "paren", "none"),
    ("plan", "party2_acting"): ACTING,
    ("plan", "budget_heading"): BUDGET_HEADINGS,
    ("indikator", "target_kind"): tuple(k.value for k in TargetKind),
    ("indikator", "polarity"): ("higher", "lower"),
    ("indikator", "capaian_formula"): ("standard", "inverse"),
    ("indikator", "aggregation"): ("cumulative", "last", "average"),
    ("kegiatan_progress", "status"): ("", "terlaksana", "sebagian", "tidak"),
    ("decree_item", "section"): DECREE_SECTIONS,
}


def _decimal(text: str) -> bool:
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


# (table, column) -> (test of the decoded text, what it should be). A version key of a
# cell names any whole period: a merge records those of cells it skipped.
ENCODED = {
    ("schedule_cell", "weeks"): (re.compile(r"^[1-4]*$").match, "minggu 1-4"),
    ("indikator", "target_value"): (_decimal, "angka"),
    ("row_version", "key"): (_UNIT_KEY.match, "kunci versi"),
    ("row_history", "key"): (_UNIT_KEY.match, "kunci versi"),
}
# (table, column) -> inclusive integer range
RANGES = {("schedule_cell", "period"): (1, 12), ("realisasi", "period"): (1, 12),
          ("kegiatan_progress", "period"): (1, 12), ("evidence", "period"): (1, 12),
          ("period_target", "period"): (1, 12), ("revision", "number"): (1, 10**6),
          ("plan", "year"): (1, 9999)}


def _storage(declared: str) -> tuple[str, str]:
    """(SQLite storage class, how its text is read) of a declared column type."""
    t = declared.upper()
    if "BLOB" in t:
        return "blob", ""
    if "INT" in t or "BOOL" in t:
        return "integer", ""
    if t == "DATETIME":
        return "text", "datetime"
    if t == "DATE":
        return "text", "date"
    return "text", ""


def value_problem(con: sqlite3.Connection, version: int,
                  tolerate: frozenset[tuple[str, str]] = frozenset()) -> str | None:
    """The first stored value rakdesk could not read back, in words, or None.
    ``tolerate``: (table, column) pairs the caller reads with care itself (a
    merge skips schedule cells of no period, with a note)."""
    from rakdesk.core.schema_check import reference

    ref = reference(version)
    present = {table: {r[1] for r in con.execute(f'PRAGMA table_xinfo("{table}")')}
               for table in ref.tables}
    previous = con.text_factory
    con.text_factory = bytes
    try:
        for table, spec in ref.tables.items():
            columns = [(name, declared, notnull)
                       for name, declared, notnull, *_ in spec["columns"]
                       if name in present[table] and (table, name) not in tolerate]
            cleared = _cleared(con, table, columns)
            for name, declared, notnull in columns:
                if name in cleared:
                    continue
                problem = _column_problem(con, table, name, declared, notnull)
                if problem:
                    return problem
        return None if ("schedule_cell", "period") in tolerate else _quarter_problem(con)
    finally:
        con.text_factory = previous


def _cleared(con, table: str, columns: list[tuple[str, str, int]]) -> set[str]:
    """The columns of ``table`` in which :func:`_column_problem` would find
    nothing, found with one read of the table a batch of rows at a time instead
    of a few queries and a Python step per value: the same tests of storage
    class and range in SQL, and of the text (UTF-8, time, allowed values,
    encoding) on each column's batch joined into one NUL-separated string.
    A column left out (anything unexpected, such as a NUL inside a value) is
    read row by row by :func:`_column_problem`, which names the row."""
    parts: list[str] = []
    tests = []  # per column: (name, where its results start, whether text, checks)
    for name, declared, notnull in columns:
        kind, reading = _storage(declared)
        allowed = (kind,) + (() if notnull else ("null",))
        col = f'"{name}"'
        tests.append((name, len(parts), kind == "text", _text_checks(table, name, reading)))
        parts.append(f"sum(typeof({col}) NOT IN ({', '.join(repr(a) for a in allowed)}))")
        low, high = RANGES.get((table, name), (None, None))
        parts.append("0" if low is None else f"sum({col} NOT BETWEEN {int(low)} AND {int(high)})")
        if kind == "text":
            # each text ends with a NUL (a separator is skipped after empty texts in some
            # SQLite versions): as many NULs as texts means none holds a NUL of its own
            parts += [f"group_concat({col} || x'00', '')", f"count({col})"]
    if not parts:
        return set()
    query = f'SELECT {", ".join(parts)} FROM "{table}" WHERE rowid BETWEEN ? AND ?'
    cleared = {name for name, *_ in columns}
    low = con.execute(f'SELECT min(rowid) FROM "{table}"').fetchone()[0]
    while cleared and low is not None:
        # the batch's last row: a walk over row ids alone, no values read
        high = con.execute(f'SELECT rowid FROM "{table}" WHERE rowid >= ? ORDER BY rowid '
                           f"LIMIT 1 OFFSET {_BATCH - 1}", (low,)).fetchone()
        try:
            values = con.execute(query, (low, 2 ** 63 - 1 if high is None else high[0])
                                 ).fetchone()
        except sqlite3.DataError:  # a batch's texts longer than SQLite's longest string
            return set()
        for name, at, text, checks in tests:
            if name in cleared and (values[at] or values[at + 1] or text and not _texts_readable(
                    values[at + 2], values[at + 3], checks)):
                cleared.discard(name)
        if high is None or high[0] == 2 ** 63 - 1:
            break
        low = high[0] + 1
    return cleared


def _text_checks(table: str, name: str, reading: str) -> list:
    """The tests :func:`_column_problem` makes of each text of a column, after
    UTF-8: (test of one text, test of a whole batch or None). A batch test
    answers True only when every text would pass the first."""
    allowed_values = ENUMS.get((table, name))
    each = [c for c in ({"datetime": _is_datetime, "date": _is_date}.get(reading),
                        allowed_values.__contains__ if allowed_values is not None else None,
                        ENCODED.get((table, name), (None,))[0]) if c is not None]
    return [(check, _datetimes if check is _is_datetime else None) for check in each]


def _datetimes(text: str) -> bool:
    """Whether every time of a batch is one :func:`_is_datetime` accepts, read
    once per distinct day instead of once per value."""
    if not _DATETIMES.fullmatch(text):
        return False
    return all(_is_datetime(f"{day} 00:00:00") for day in {v[:10] for v in text.split("\0")[:-1]})


def _texts_readable(joined: bytes | None, count: int, checks: list) -> bool:
    """Whether each of ``count`` texts, each ended by a NUL in ``joined``, is
    UTF-8 and passes ``checks``; False also when a text holds a NUL itself."""
    if not count:
        return True
    if joined is None or joined.count(b"\0") != count:
        return False
    try:
        text = joined.decode("utf-8")  # valid exactly when each text is: NUL is ASCII
    except UnicodeDecodeError:
        return False
    values = None
    for each, whole in checks:
        if whole is not None and whole(text):
            continue
        if values is None:
            values = set(text[:-1].split("\0"))
        if not all(map(each, values)):
            return False
    return True


def _is_datetime(text: str) -> bool:
    if not _DATETIME.match(text):
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _column_problem(con, table: str, name: str, declared: str, notnull: int) -> str | None:
    kind, reading = _storage(declared)
    allowed = (kind,) + (() if notnull else ("null",))
    col = f'"{name}"'
    bad = con.execute(
        f'SELECT rowid, typeof({col}) FROM "{table}" WHERE typeof({col}) NOT IN '
        f'({", ".join(repr(a) for a in allowed)}) LIMIT 1').fetchone()
    if bad:
        return tr("nilai {column} (baris {row}) berjenis {kind}").format(
            column=f"{table}.{name}", row=bad[0], kind=bad[1].decode())
    if (table, name) in RANGES:
        low, high = RANGES[table, name]
        bad = con.execute(f'SELECT rowid, {col} FROM "{table}" WHERE {col} NOT BETWEEN ? AND ?'
                          ' LIMIT 1', (low, high)).fetchone()
        if bad:
            return tr("nilai {column} (baris {row}) di luar {low}..{high}: {value}").format(
                column=f"{table}.{name}", row=bad[0], low=low, high=high, value=bad[1])
    if kind != "text":
        return None
    allowed_values = ENUMS.get((table, name))
    test, meaning = ENCODED.get((table, name), (None, ""))
    for rowid, raw in con.execute(f'SELECT rowid, {col} FROM "{table}" WHERE {col} IS NOT NULL'):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return tr("nilai {column} (baris {row}) bukan teks UTF-8").format(
                column=f"{table}.{name}", row=rowid)
        try:
            if reading == "datetime":
                if not _DATETIME.match(text):
                    raise ValueError(text)
                dt.datetime.fromisoformat(text)
            elif reading == "date":
                if not _DATE.match(text):
                    raise ValueError(text)
                dt.date.fromisoformat(text)
        except ValueError:
            return tr("nilai {column} (baris {row}) bukan waktu: «{value}»").format(
                column=f"{table}.{name}", row=rowid, value=printable(text, 40))
        if allowed_values is not None and text not in allowed_values:
            return tr("nilai {column} (baris {row}) tidak dikenal: «{value}» (seharusnya salah "
                      "satu dari {allowed})").format(column=f"{table}.{name}", row=rowid,
                                                    value=printable(text, 40),
                                                    allowed=", ".join(allowed_values))
        if test is not None and not test(text):
            return tr("nilai {column} (baris {row}) bukan {meaning}: «{value}»").format(
                column=f"{table}.{name}", row=rowid, meaning=_meaning(meaning),
                value=printable(text, 40))
    return None


def _meaning(meaning: str) -> str:
    return {"minggu 1-4": tr("minggu 1-4"), "angka": tr("angka"),
            "kunci versi": tr("kunci versi")}.get(meaning, meaning)


def _quarter_problem(con) -> str | None:
    """A schedule cell of a quarterly plan beyond its fourth quarter."""
    try:
        bad = con.execute(
            "SELECT c.rowid, c.period FROM schedule_cell c JOIN kegiatan k ON k.id = c.kegiatan_id"
            " JOIN indikator i ON i.id = k.indikator_id JOIN sasaran s ON s.id = i.sasaran_id"
            " JOIN plan p ON p.id = s.plan_id WHERE p.granularity = 'quarterly' AND c.period > 4"
            " LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    if bad:
        return tr("nilai schedule_cell.period (baris {row}) di luar 1..4 untuk rencana "
                  "triwulan").format(row=bad[0])
    return None


def orphans(con: sqlite3.Connection) -> list[str]:
    """Rows whose parent is gone (SQLite's foreign key check), in words."""
    found = []
    try:
        rows = con.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.Error:
        return found
    counted: dict[tuple[str, str], list[int]] = {}
    for table, rowid, parent, _fk in rows:
        counted.setdefault((table, parent), []).append(rowid)
    for (table, parent), rowids in counted.items():
        shown = ", ".join(str(r) for r in rowids[:5]) + (", ..." if len(rowids) > 5 else "")
        found.append(tr("{count} baris {table} tanpa {parent} (baris {rows})").format(
            count=len(rowids), table=printable(table), parent=printable(parent), rows=shown))
    return found
