"""One ``.sqlite`` file is one workspace.

The file must survive being carried on a USB stick, so it uses a rollback
journal (not WAL, whose side files get left behind), ``synchronous=FULL`` and
foreign keys. It is marked with ``PRAGMA application_id`` and its schema version
(``PRAGMA user_version``). Before a file is used it is checked read-only; a
file that is not rakdesk's, is damaged, or is newer than this rakdesk is
refused with a message and left byte-for-byte untouched. Older files are
backed up, then migrated with Alembic. Connections run with
``trusted_schema=OFF``, and a file carrying triggers, views or other objects
rakdesk did not create is opened read-only, so nothing stored in a file can
act behind the user's back.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool
from sqlmodel import Session

import rakdesk
from rakdesk.core import history
from rakdesk.core.model import SQLModel  # the metadata with rakdesk's tables registered
from rakdesk.errors import (
    DamagedWorkspace,
    ForeignSchema,
    NewerWorkspace,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
)

APPLICATION_ID = 0x52414B44  # "RAKD"
SCHEMA_VERSION = 4  # the number of the newest script in rakdesk/migrations/versions
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def _known_objects() -> tuple[set[str], set[str]]:
    tables = set(SQLModel.metadata.tables) | {"alembic_version"}
    indexes = {ix.name for t in SQLModel.metadata.tables.values() for ix in t.indexes}
    return tables, indexes


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
    for name, table in SQLModel.metadata.tables.items():
        if name not in present:
            return f"tabel {name} tidak ada"
        columns = {r[1] for r in con.execute(f'PRAGMA table_xinfo("{name}")')}
        missing = [c.name for c in table.columns if c.name not in columns]
        if missing:
            return f"kolom {name}.{missing[0]} tidak ada"
    return None


_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _value_problem(con: sqlite3.Connection) -> str | None:
    """A stored value rakdesk could not read back (a flipped byte inside a row
    passes SQLite's integrity check): text that is not UTF-8, a number stored
    as something else, a time that is not a time."""
    from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, TypeDecorator

    previous = con.text_factory
    con.text_factory = bytes
    try:
        for name, table in SQLModel.metadata.tables.items():
            for column in table.columns:
                kind = column.type
                if isinstance(kind, TypeDecorator):  # SQLModel wraps some types
                    kind = kind.impl
                expected = ("blob",) if isinstance(kind, LargeBinary) else \
                    ("integer",) if isinstance(kind, (Integer, Boolean)) else ("text",)
                allowed = expected + (("null",) if column.nullable else ())
                q = f'SELECT rowid, typeof("{column.name}") FROM "{name}" WHERE typeof(' \
                    f'"{column.name}") NOT IN ({", ".join(repr(a) for a in allowed)}) LIMIT 1'
                bad = con.execute(q).fetchone()
                if bad:
                    return f"nilai {name}.{column.name} (baris {bad[0]}) berjenis {bad[1].decode()}"
                if expected != ("text",):
                    continue
                rows = con.execute(f'SELECT rowid, "{column.name}" FROM "{name}" '
                                   f'WHERE "{column.name}" IS NOT NULL')
                for rowid, raw in rows:
                    try:
                        text = raw.decode("utf-8")
                        if isinstance(kind, DateTime):
                            if not _DATETIME.match(text):
                                raise ValueError(text)
                            dt.datetime.fromisoformat(text)
                        elif isinstance(kind, Date):
                            if not _DATE.match(text):
                                raise ValueError(text)
                            dt.date.fromisoformat(text)
                    except ValueError:
                        return f"nilai {name}.{column.name} (baris {rowid}) tidak terbaca"
    finally:
        con.text_factory = previous
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


class Workspace:
    """An open workspace file. Use :meth:`session` for reading and writing."""

    def __init__(self, path: Path, readonly: bool, report: FileReport | None = None):
        self.path = path
        self.readonly = readonly
        self.report = report
        self.lock = None  # the window's lock of the file, if it took one
        self.engine = create_engine(
            "sqlite://", creator=lambda: connect(path, readonly), poolclass=NullPool
        )
        if readonly:
            event.listen(self.engine, "before_cursor_execute", _refuse_writes, retval=False)
        self._sessions = sessionmaker(self.engine, class_=Session, expire_on_commit=False)
        history.record_versions(self._sessions)  # every write keeps row versions for merging

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _refuse_writes(conn, cursor, statement, params, context, executemany):
    if statement.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}:
        raise ReadOnlyWorkspace("Berkas ini dibuka hanya-baca; perubahan tidak disimpan.")


def create_workspace(path: str | os.PathLike, overwrite: bool = False) -> Workspace:
    """Create an empty workspace file. It is built beside the target and renamed
    into place, so an interrupted creation never leaves a half-made file."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise WorkspaceError(f"{path.name} sudah ada; pilih nama lain.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.baru")
    tmp.unlink(missing_ok=True)
    sqlite3.connect(tmp).close()
    _migrate(tmp)
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return Workspace(path, readonly=False)


def open_workspace(path: str | os.PathLike, readonly: bool = False) -> Workspace:
    """Check a file and open it. Older files are backed up and migrated first.

    Raises a :class:`WorkspaceError` subclass, with the file unchanged, when the
    file cannot be used. A file carrying foreign objects opens read-only when
    ``readonly`` is asked, and raises :class:`ForeignSchema` otherwise.
    """
    path = Path(path)
    report = inspect_file(path)
    if report.error:
        raise report.error
    if report.interrupted_write:
        if readonly:
            raise ReadOnlyWorkspace(
                f"Penulisan terakhir ke {path.name} terputus (mis. listrik padam) dan harus "
                "dipulihkan dulu; buka tanpa mode hanya-baca.")
        if not _writable(path):
            raise ReadOnlyWorkspace(
                f"Penulisan terakhir ke {path.name} terputus dan berkasnya tidak bisa ditulis "
                "untuk dipulihkan; salin berkas beserta {journal} ke laptop dulu."
                .replace("{journal}", journal_of(path).name))
        _backup_raw(path, "sebelum-pemulihan")
        recover = connect(path, readonly=False)  # SQLite rolls the unfinished write back
        recover.execute("PRAGMA schema_version").fetchone()
        recover.close()
        report = inspect_file(path)
        if report.error:
            raise report.error
    if report.foreign_objects and not readonly:
        raise ForeignSchema(report.problems[0], report.foreign_objects)
    if not readonly and not _writable(path):
        raise ReadOnlyWorkspace(
            f"{path.name} tidak bisa ditulis (berkas atau foldernya terkunci, mis. flashdisk "
            "yang dikunci); buka hanya-baca, atau salin dulu ke laptop."
        )
    if report.schema_version < SCHEMA_VERSION:
        if readonly:
            raise ReadOnlyWorkspace(
                f"{path.name} memakai skema lama (versi {report.schema_version}) dan harus "
                "diperbarui sebelum dibuka; buka tanpa mode hanya-baca."
            )
        backup_file(path, reason=f"sebelum-migrasi-v{report.schema_version}")
        try:
            _migrate(path)  # one transaction: a failure leaves the file as it was
        except Exception as exc:
            raise DamagedWorkspace(
                f"{path.name} tidak bisa diperbarui ke skema versi {SCHEMA_VERSION}: "
                f"{_detail(exc)}. Cadangannya ada di folder cadangan rakdesk.") from None
        report = inspect_file(path)
        if report.error:
            raise report.error
    return Workspace(path, readonly, report)


ROLLING_BACKUPS = 10  # kept per workspace


def _backup_key(path: Path) -> str:
    """Backups of one workspace share a name: its stem and a hash of where it is."""
    import hashlib

    where = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
    return f"{path.stem}-{where}"


BACKUP_REASONS = {"sebelum-gabung": "sebelum penggabungan"}


def rolling_backup(path: str | os.PathLike, keep: int = ROLLING_BACKUPS, reason: str = "") -> Path:
    """Back up a workspace (as it is opened, or before a merge), keeping the
    newest ``keep`` of them. ``reason`` (a key of BACKUP_REASONS) is shown in
    the list of backups."""
    from rakdesk.paths import backups_dir

    path = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"-{reason}" if reason else ""
    target = _sqlite_copy(path, backups_dir() / f"{_backup_key(path)}-{stamp}{suffix}.sqlite")
    for old in list_backups(path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(path: str | os.PathLike) -> list[Path]:
    """The rolling backups of a workspace, newest first."""
    from rakdesk.paths import backups_dir

    key = _backup_key(Path(path))
    found = [p for p in backups_dir().glob(f"{key}-*.sqlite")
             if re.fullmatch(re.escape(key) + r"-\d{8}-\d{6}-\d{6}(-[a-z-]+)?\.sqlite", p.name)]
    return sorted(found, reverse=True)


def backup_time(backup: Path) -> dt.datetime:
    m = re.search(r"-(\d{8}-\d{6})-\d{6}(-[a-z-]+)?\.sqlite$", backup.name)
    return dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S") if m else \
        dt.datetime.fromtimestamp(backup.stat().st_mtime)


def backup_reason(backup: Path) -> str:
    """Why a backup was made, in words ("" for the backup made on opening)."""
    m = re.search(r"-\d{8}-\d{6}-\d{6}-([a-z-]+)\.sqlite$", backup.name)
    return BACKUP_REASONS.get(m.group(1), m.group(1)) if m else ""


def restore_backup(backup: Path, path: Path) -> Path:
    """Put a backup in place of a (closed) workspace; the current file is backed
    up first, so restoring can itself be undone from the list."""
    report = inspect_file(backup)
    if report.error:
        raise report.error
    if path.exists() and inspect_file(path).error is None:
        rolling_backup(path, keep=ROLLING_BACKUPS + 1)
    return save_copy(backup, path)


def _backup_raw(path: Path, reason: str) -> Path:
    """Copy a file and its journal as they are (no SQLite involved)."""
    import shutil

    from rakdesk.paths import backups_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir() / f"{path.stem}-{stamp}-{reason}.sqlite"
    shutil.copyfile(path, target)
    if journal_of(path).exists():
        shutil.copyfile(journal_of(path), journal_of(target))
    return target


def _writable(path: Path) -> bool:
    """SQLite needs to write the file and, for its journal, the folder."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def backup_file(path: Path, reason: str = "cadangan") -> Path:
    """Copy a workspace into the backups folder with SQLite's backup API."""
    from rakdesk.paths import backups_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return _sqlite_copy(path, backups_dir() / f"{path.stem}-{stamp}-{reason}.sqlite")


def _sqlite_copy(path: Path, target: Path) -> Path:
    """A consistent copy of a workspace through SQLite's backup API."""
    src = connect(path, readonly=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def save_copy(source: Path, target: Path) -> Path:
    """A consistent snapshot of a workspace at ``target``: SQLite's backup API
    into a temporary file beside the target, flushed to disk, renamed into
    place and checked, so an interrupted copy leaves the old file or the new
    one, never a broken one."""
    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise WorkspaceError("Salinan tidak boleh menimpa berkas yang sedang dibuka.")
    tmp = target.with_name(f".{target.name}.salin")
    tmp.unlink(missing_ok=True)
    src = connect(source, readonly=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise WorkspaceError(f"Salinan gagal dibuat: {exc}") from exc
    finally:
        src.close()
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    report = inspect_file(tmp)
    if report.error:
        tmp.unlink(missing_ok=True)
        raise WorkspaceError(f"Salinan gagal diperiksa: {report.error}")
    os.replace(tmp, target)
    return target


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def _migrate(path: Path, revision: str = "head") -> None:
    """Run the Alembic scripts up to ``revision`` in one transaction, then stamp
    the file's identity and schema version."""
    from alembic import command

    engine = create_engine("sqlite://", creator=lambda: connect(path, False), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
            head = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            version = int(head)
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={version}")
            meta = {"app_version": rakdesk.__version__, "schema_version": str(version)}
            for key, value in meta.items():
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO workspace_meta(key, value) VALUES (?, ?)", (key, value)
                )
    finally:
        engine.dispose()
