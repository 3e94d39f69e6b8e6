"""Checking a workspace file before it is used, read-only and with SQLite alone
(no ORM is loaded, so ``rakdesk check`` starts fast): header, identity, schema
version, SQLite's integrity check, values rakdesk could not read back, and
objects rakdesk did not create. rakdesk.core.storage opens what passes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import rakdesk
from rakdesk.core import schema
from rakdesk.errors import DamagedWorkspace, NewerWorkspace, NotAWorkspace, WorkspaceError

APPLICATION_ID = 0x52414B44  # "RAKD"
SCHEMA_VERSION = 4  # the number of the newest script in rakdesk/migrations/versions
SQLITE_HEADER = b"SQLite format 3\x00"


def _known_objects() -> tuple[set[str], set[str]]:
    return set(schema.TABLES) | {"alembic_version"}, set(schema.INDEXES)


@dataclass
class FileReport:
    """What a read-only look at a file found. ``problems`` are user sentences."""

    path: Path
    schema_version: int | None = None
    app_version: str = ""
    problems: list[str] = field(default_factory=list)
    foreign_objects: list[str] = field(default_factory=list)
    error: WorkspaceError | None = None
    interrupted_write: bool = False  # a hot journal: the last write did not finish

    @property
    def ok(self) -> bool:
        return self.error is None and not self.problems


def _detail(value) -> str:
    """SQLite's own words for a problem, on one line and not too long."""
    text = " ".join(str(value).split())
    return text if len(text) <= 140 else text[:137] + "..."


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def connect(path: Path, readonly: bool) -> sqlite3.Connection:
    """A DB-API connection with rakdesk's safety settings."""
    con = sqlite3.connect(
        _uri(path, "ro" if readonly else "rw"), uri=True, timeout=5, check_same_thread=False
    )
    con.execute("PRAGMA trusted_schema=OFF")
    con.execute("PRAGMA cell_size_check=ON")
    con.execute("PRAGMA foreign_keys=ON")
    if readonly:
        con.execute("PRAGMA query_only=ON")
    else:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA synchronous=FULL")
    return con


def _check_header(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        raise NotAWorkspace(f"Berkas tidak ditemukan: {path}") from None
    except OSError as exc:
        raise NotAWorkspace(f"Berkas {path.name} tidak bisa dibaca: {exc.strerror}") from None
    if size == 0:
        raise NotAWorkspace(f"{path.name} kosong (0 byte); bukan berkas rakdesk.")
    if not head.startswith(SQLITE_HEADER):
        raise NotAWorkspace(f"{path.name} bukan berkas rakdesk (bukan basis data SQLite).")
    if len(head) < 100:
        raise DamagedWorkspace(
            f"{path.name} terpotong ({size} byte): kemungkinan tersalin setengah. "
            "Salin ulang dari sumbernya atau pulihkan cadangan."
        )
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = head[24:28]
    page_count = int.from_bytes(head[28:32], "big")
    valid_for = head[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedWorkspace(f"{path.name} rusak: kepala berkas tidak sah.")
    expected = page_size * page_count
    if (valid_for == change_counter and size < expected) or size % page_size:
        raise DamagedWorkspace(
            f"{path.name} terpotong ({size:,} dari {expected:,} byte): kemungkinan tersalin "
            "setengah. Salin ulang dari sumbernya atau pulihkan cadangan.".replace(",", ".")
        )


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A write was cut off (power loss, a stick pulled out): SQLite left its
    rollback journal, and the next writer rolls the unfinished write back."""
    journal = journal_of(path)
    return journal.is_file() and journal.stat().st_size > 0


def inspect_file(path: str | os.PathLike) -> FileReport:
    """Look at a file without changing it: header, identity, schema version,
    SQLite's integrity check, and objects rakdesk did not create. A file whose
    last write was cut off is inspected as it will be once rolled back, on a
    temporary copy, so the file and its journal stay as they are."""
    path = Path(path)
    if has_hot_journal(path):
        import shutil
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "salinan.sqlite"
            try:
                _check_header(path)
                shutil.copyfile(path, copy)
                shutil.copyfile(journal_of(path), journal_of(copy))
                recover = sqlite3.connect(copy)  # a writer rolls the journal back
                recover.execute("PRAGMA schema_version").fetchone()
                recover.close()
            except WorkspaceError as exc:
                return FileReport(path, error=exc)
            except (OSError, sqlite3.Error) as exc:
                return FileReport(path, error=DamagedWorkspace(
                    f"{path.name} rusak dan penulisan terakhirnya tidak bisa dipulihkan: "
                    f"{_detail(exc)}. Pulihkan dari cadangan."))
            report = _inspect(copy)
        report.path = path
        report.interrupted_write = True
        if report.error is not None:
            report.error = type(report.error)(str(report.error).replace(copy.name, path.name))
        return report
    return _inspect(path)


def _lenient_text(raw: bytes) -> str:
    """Text from a damaged file may not be UTF-8; SQLite's own reports quote it."""
    return raw.decode("utf-8", "replace")


def _inspect(path: Path) -> FileReport:
    report = FileReport(path)
    try:
        _check_header(path)
        con = connect(path, readonly=True)
        con.text_factory = _lenient_text
    except WorkspaceError as exc:
        report.error = exc
        return report
    except sqlite3.Error as exc:
        report.error = DamagedWorkspace(f"{path.name} tidak bisa dibuka: {_detail(exc)}")
        return report
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            report.error = NotAWorkspace(
                f"{path.name} adalah basis data SQLite, tetapi bukan berkas rakdesk."
            )
            return report
        report.schema_version = version
        try:
            rows = con.execute("SELECT key, value FROM workspace_meta").fetchall()
            meta = dict(rows)
        except sqlite3.Error:
            meta = {}
        report.app_version = meta.get("app_version", "")
        if version > SCHEMA_VERSION:
            needs = meta.get("app_version", "yang lebih baru")
            report.error = NewerWorkspace(
                f"{path.name} dibuat dengan rakdesk {needs} (skema versi {version}); "
                f"rakdesk {rakdesk.__version__} ini hanya mengenal sampai versi {SCHEMA_VERSION}. "
                f"Perbarui rakdesk ke versi {needs} atau lebih baru."
            )
            return report
        if version < 1:
            report.error = DamagedWorkspace(f"{path.name} rusak: versi skemanya tidak tercatat.")
            return report
        result = [r[0] for r in con.execute("PRAGMA integrity_check(20)").fetchall()]
        if result != ["ok"]:
            report.error = DamagedWorkspace(
                f"{path.name} rusak (pemeriksaan SQLite: {_detail(result[0])}). "
                "Pulihkan dari cadangan."
            )
            return report
        # Older files are checked like this once migrated (open_workspace re-inspects).
        problem = None
        if version == SCHEMA_VERSION:
            problem = _schema_problem(con) or _value_problem(con)
        if problem:
            report.error = DamagedWorkspace(
                f"{path.name} rusak: {problem}. Pulihkan dari cadangan.")
            return report
        report.foreign_objects = _foreign_objects(con)
        if report.foreign_objects:
            report.problems.append(
                "Berkas memuat objek yang tidak dibuat rakdesk: "
                + ", ".join(report.foreign_objects)
                + ". Berkas hanya bisa dibaca, tidak diubah."
            )
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        report.error = DamagedWorkspace(
            f"{path.name} rusak: {_detail(exc)}. Pulihkan dari cadangan.")
    finally:
        con.close()
    return report


def _schema_problem(con: sqlite3.Connection) -> str | None:
    """A table rakdesk made that lacks a column it needs (the stored schema
    text is damaged), named in words."""
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for name, columns in schema.TABLES.items():
        if name not in present:
            return f"tabel {name} tidak ada"
        stored = {r[1] for r in con.execute(f'PRAGMA table_xinfo("{name}")')}
        missing = [column for column, _, _ in columns if column not in stored]
        if missing:
            return f"kolom {name}.{missing[0]} tidak ada"
    return None


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _value_problem(con: sqlite3.Connection) -> str | None:
    """A stored value rakdesk could not read back (a flipped byte inside a row
    passes SQLite's integrity check): text that is not UTF-8, a number stored
    as something else, a time that is not a time. Each table's types are checked
    in one query and each text column with one decode of all its values; only a
    column that fails is read row by row, to name the row."""
    previous = con.text_factory
    con.text_factory = bytes
    try:
        for name, columns in schema.TABLES.items():
            checks = []
            for column, kind, nullable in columns:
                stored = kind if kind in ("blob", "integer") else "text"
                allowed = (stored,) + (("null",) if nullable else ())
                checks.append((column, kind, stored,
                               f'typeof("{column}") NOT IN '
                               f'({", ".join(repr(a) for a in allowed)})'))
            where = " OR ".join(c[3] for c in checks)
            if con.execute(f'SELECT 1 FROM "{name}" WHERE {where} LIMIT 1').fetchone():
                for column, _, _, condition in checks:
                    bad = con.execute(f'SELECT rowid, typeof("{column}") FROM "{name}" '
                                      f'WHERE {condition} LIMIT 1').fetchone()
                    if bad:
                        return f"nilai {name}.{column} (baris {bad[0]}) berjenis " \
                               f"{bad[1].decode()}"
            for column, kind, stored, _ in checks:
                if stored == "text" and not _column_readable(con, name, column, kind):
                    return _unreadable_row(con, name, column, kind)
    finally:
        con.text_factory = previous
    return None


def _column_readable(con: sqlite3.Connection, table: str, column: str, kind) -> bool:
    """Whether every value of a text column decodes (and, for a date or time,
    parses), from one string of them all made by SQLite: reading them value by
    value was most of the time it took to open a long plan."""
    joined, count = con.execute(
        f'SELECT group_concat("{column}", char(10)), count("{column}") FROM "{table}"'
    ).fetchone()
    try:
        text = (joined or b"").decode("utf-8")  # the newlines end any broken sequence
        if kind in ("datetime", "date") and count:
            items = text.split("\n")
            if len(items) != count:
                return False  # a value holding a newline: not a date
            parse, pattern = (dt.datetime.fromisoformat, _DATETIME) if kind == "datetime" \
                else (dt.date.fromisoformat, _DATE)
            if not all(map(pattern.match, items)):
                return False
            all(map(parse, items))
    except ValueError:  # UnicodeDecodeError too
        return False
    return True


def _unreadable_row(con: sqlite3.Connection, table: str, column: str, kind) -> str | None:
    rows = con.execute(f'SELECT rowid, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')
    for rowid, raw in rows:
        try:
            text = raw.decode("utf-8")
            if kind == "datetime":
                if not _DATETIME.match(text):
                    raise ValueError(text)
                dt.datetime.fromisoformat(text)
            elif kind == "date":
                if not _DATE.match(text):
                    raise ValueError(text)
                dt.date.fromisoformat(text)
        except ValueError:
            return f"nilai {table}.{column} (baris {rowid}) tidak terbaca"
    return None


def _foreign_objects(con: sqlite3.Connection) -> list[str]:
    tables, indexes = _known_objects()
    found = []
    for kind, name in con.execute("SELECT type, name FROM sqlite_master"):
        if kind == "table" and name in tables:
            hidden = [
                r[1] for r in con.execute(f'PRAGMA table_xinfo("{name}")') if r[6] in (2, 3)
            ]
            found += [f"kolom terhitung {name}.{col}" for col in hidden]
            continue
        if kind == "index" and (name in indexes or name.startswith("sqlite_autoindex_")):
            continue
        label = {"trigger": "pemicu", "view": "view", "table": "tabel", "index": "indeks"}
        found.append(f"{label.get(kind, kind)} {name}")
    return found
