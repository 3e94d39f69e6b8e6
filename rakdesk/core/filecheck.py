"""Checking a workspace file before it is used, read-only and with SQLite alone
(no ORM, no Alembic), so ``rakdesk check`` starts fast: header, identity,
schema version, SQLite's integrity check, the exact schema of its version
(rakdesk.core.schema_check, against rakdesk/data/schema_reference.json), every
stored value (rakdesk.core.value_check), foreign keys, and objects rakdesk did
not create. rakdesk.core.storage re-exports the public names.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import rakdesk
from rakdesk.core import safefiles, schema_check, value_check
from rakdesk.core.i18n import format_count, tr
from rakdesk.core.names import printable
from rakdesk.core.safefiles import resolved, same_file  # noqa: F401  (part of a file's checks)
from rakdesk.errors import DamagedWorkspace, NewerWorkspace, NotAWorkspace, WorkspaceError

APPLICATION_ID = 0x52414B44  # "RAKD"
SCHEMA_VERSION = 6  # the number of the newest script in rakdesk/migrations/versions
SQLITE_HEADER = b"SQLite format 3\x00"



@dataclass
class FileReport:
    """What a read-only look at a file found. ``problems`` are user sentences."""

    path: Path
    schema_version: int | None = None
    app_version: str = ""
    problems: list[str] = field(default_factory=list)
    foreign_objects: list[str] = field(default_factory=list)
    schema_differences: list[str] = field(default_factory=list)  # in rakdesk's own tables
    orphans: list[str] = field(default_factory=list)  # rows whose parent row is gone
    error: WorkspaceError | None = None
    interrupted_write: bool = False  # a hot journal: the last write did not finish
    wal: bool = False  # write-ahead log mode (read through a private copy)

    @property
    def blocks_writing(self) -> bool:
        return bool(self.foreign_objects or self.schema_differences or self.orphans)

    @property
    def ok(self) -> bool:
        return self.error is None and not self.problems


def detail(value) -> str:
    """SQLite's own words for a problem, on one line and not too long."""
    text = " ".join(str(value).split())
    return text if len(text) <= 140 else text[:137] + "..."


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(resolved(path)))}?mode={mode}"


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
        raise NotAWorkspace(tr("Berkas tidak ditemukan: {path}").format(path=path)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            resolved(path)
        if exc.errno == errno.EISDIR or path.is_dir():
            raise NotAWorkspace(tr("{name} adalah folder, bukan berkas rakdesk.").format(
                name=printable(path.name))) from None
        raise NotAWorkspace(tr("Berkas {name} tidak bisa dibaca: {error}").format(
            name=path.name, error=exc.strerror)) from None
    if size == 0:
        raise NotAWorkspace(tr("{name} kosong (0 byte); bukan berkas rakdesk.").format(
            name=path.name))
    if not head.startswith(SQLITE_HEADER):
        raise NotAWorkspace(tr("{name} bukan berkas rakdesk (bukan basis data SQLite).").format(
            name=path.name))
    if len(head) < 100:
        raise DamagedWorkspace(tr(
            "{name} terpotong ({size} byte): kemungkinan tersalin setengah. Salin ulang dari "
            "sumbernya atau pulihkan cadangan.").format(name=path.name, size=size))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    change_counter = head[24:28]
    page_count = int.from_bytes(head[28:32], "big")
    valid_for = head[92:96]
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedWorkspace(tr("{name} rusak: kepala berkas tidak sah.").format(
            name=path.name))
    expected = page_size * page_count
    if (valid_for == change_counter and size < expected) or size % page_size:
        raise DamagedWorkspace(tr(
            "{name} terpotong ({size} dari {expected} byte): kemungkinan tersalin setengah. "
            "Salin ulang dari sumbernya atau pulihkan cadangan.").format(
            name=path.name, size=format_count(size), expected=format_count(expected)))


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A write was cut off (power loss, a stick pulled out): SQLite left its
    rollback journal, and the next writer rolls the unfinished write back."""
    journal = journal_of(path)
    return journal.is_file() and journal.stat().st_size > 0


def inspect_file(path: str | os.PathLike, tolerate: frozenset = frozenset()) -> FileReport:
    """Look at a file without changing it: header, identity, schema version,
    SQLite's integrity check, the exact schema of its version, every stored
    value, foreign keys, and objects rakdesk did not create. A file whose last
    write was cut off, or that is in WAL mode, is inspected on a private
    recovered copy, so nothing is written into it or beside it."""
    path = Path(path)
    try:
        resolved(path)
    except WorkspaceError as exc:
        return FileReport(path, error=exc)
    hot, wal = has_hot_journal(path), safefiles.is_wal(path)
    if hot or wal:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="rakdesk-periksa-") as tmp:
            try:
                _check_header(path)
                copy = safefiles.recovered_copy(path, Path(tmp))
            except WorkspaceError as exc:
                return FileReport(path, error=exc)
            except (OSError, sqlite3.Error) as exc:
                return FileReport(path, error=DamagedWorkspace(tr(
                    "{name} rusak dan penulisan terakhirnya tidak bisa dipulihkan: {detail}. "
                    "Pulihkan dari cadangan.").format(name=printable(path.name),
                                                      detail=detail(exc))))
            report = _inspect(copy, tolerate)
        report.path = path
        report.interrupted_write, report.wal = hot, wal
        if report.error is not None:
            report.error = type(report.error)(str(report.error).replace(copy.name, path.name))
        return report
    return _inspect(path, tolerate)


def _lenient_text(raw: bytes) -> str:
    """Text from a damaged file may not be UTF-8; SQLite's own reports quote it."""
    return raw.decode("utf-8", "replace")


def _inspect(path: Path, tolerate: frozenset = frozenset()) -> FileReport:
    report = FileReport(path)
    try:
        _check_header(path)
        con = connect(path, readonly=True)
        con.text_factory = _lenient_text
    except WorkspaceError as exc:
        report.error = exc
        return report
    except sqlite3.Error as exc:
        report.error = DamagedWorkspace(tr("{name} tidak bisa dibuka: {detail}").format(
            name=path.name, detail=detail(exc)))
        return report
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            report.error = NotAWorkspace(
                tr("{name} adalah basis data SQLite, tetapi bukan berkas rakdesk.").format(
                    name=path.name))
            return report
        report.schema_version = version
        try:
            rows = con.execute("SELECT key, value FROM workspace_meta").fetchall()
            meta = dict(rows)
        except sqlite3.Error:
            meta = {}
        report.app_version = meta.get("app_version", "")
        if version > SCHEMA_VERSION:
            needs = meta.get("app_version", tr("yang lebih baru"))
            report.error = NewerWorkspace(tr(
                "{name} dibuat dengan rakdesk {needs} (skema versi {version}); rakdesk {this} "
                "ini hanya mengenal sampai versi {known}. Perbarui rakdesk ke versi {needs} atau "
                "lebih baru.").format(name=path.name, needs=needs, version=version,
                                      this=rakdesk.__version__, known=SCHEMA_VERSION))
            return report
        if version < 1:
            report.error = DamagedWorkspace(
                tr("{name} rusak: versi skemanya tidak tercatat.").format(name=path.name))
            return report
        result = [r[0] for r in con.execute("PRAGMA integrity_check(20)").fetchall()]
        if result != ["ok"]:
            report.error = DamagedWorkspace(tr(
                "{name} rusak (pemeriksaan SQLite: {detail}). Pulihkan dari cadangan.").format(
                name=path.name, detail=detail(result[0])))
            return report
        schema = schema_check.compare(con, version)
        problem = schema.missing[0] if schema.missing else \
            value_check.value_problem(con, version, tolerate)
        if problem:
            report.error = DamagedWorkspace(_damaged(printable(path.name), problem))
            return report
        report.foreign_objects, report.schema_differences = schema.foreign, schema.different
        report.orphans = value_check.orphans(con)
        for what, items in ((tr("objek yang tidak dibuat rakdesk"), report.foreign_objects),
                            (tr("skema yang berbeda dari skema rakdesk"),
                             report.schema_differences),
                            (tr("baris yang induknya tidak ada"), report.orphans)):
            if items:
                shown = ", ".join(items[:5]) + (tr(", dan {count} lagi").format(
                    count=len(items) - 5) if len(items) > 5 else "")
                report.problems.append(tr(
                    "Berkas memuat {what}: {shown}. Berkas hanya bisa dibaca, tidak diubah.")
                    .format(what=what, shown=shown))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        report.error = DamagedWorkspace(_damaged(path.name, detail(exc)))
    finally:
        con.close()
    return report


def _damaged(name: str, problem: str) -> str:
    return tr("{name} rusak: {problem}. Pulihkan dari cadangan.").format(name=name,
                                                                          problem=problem)
