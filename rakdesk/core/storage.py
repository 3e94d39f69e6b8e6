"""One ``.sqlite`` file is one workspace.

The file must survive being carried on a USB stick, so it uses a rollback
journal (not WAL, whose side files get left behind), ``synchronous=FULL`` and
foreign keys. It is marked with ``PRAGMA application_id`` and its schema version
(``PRAGMA user_version``). Before a file is used it is checked read-only; a
file that is not rakdesk's, is damaged, or is newer than this rakdesk is
refused with a message and left byte-for-byte untouched. Older files are
backed up, then migrated with Alembic on a copy that replaces the file only
when whole. Connections run with ``trusted_schema=OFF``, and a file carrying
triggers, views or other objects rakdesk did not create, a schema that is not
exactly rakdesk's (rakdesk.core.schema_check) or rows whose parent is gone is
opened read-only, so nothing stored in a file can act behind the user's back;
a stored value rakdesk cannot read (rakdesk.core.value_check) refuses the file.
WAL-mode files and cut-off writes are read through a private copy
(rakdesk.core.safefiles), so nothing is written beside them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

import rakdesk
from rakdesk.core import (
    history,
    model,  # noqa: F401  (registers rakdesk's tables)
    safefiles,
)
from rakdesk.core.filecheck import (  # noqa: F401  (re-exported: callers import them here)
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    FileReport,
    _check_header,
    _detail,
    _uri,
    connect,
    has_hot_journal,
    inspect_file,
    journal_of,
    resolved,
    same_file,
)
from rakdesk.core.i18n import tr
from rakdesk.core.names import printable
from rakdesk.errors import (
    DamagedWorkspace,
    ForeignSchema,
    ReadOnlyWorkspace,
    WorkspaceError,
)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class Workspace:
    """An open workspace file. Use :meth:`session` for reading and writing.

    A read-only workspace in WAL mode is read from a private recovered copy
    (``source``), so nothing is written beside the file (a read-only stick)."""

    def __init__(self, path: Path, readonly: bool, report: FileReport | None = None,
                 source: Path | None = None, cleanup=None):
        self.path = path
        self.readonly = readonly
        self.report = report
        self.lock = None  # the window's lock of the file, if it took one
        self._cleanup = cleanup
        source = source or path
        # One connection is kept between edits: opening one per commit (its
        # pragmas, the schema read again) cost more than the edit itself. Idle
        # in rollback-journal mode it holds no lock; close() releases it.
        self.engine = create_engine(
            "sqlite://", creator=lambda: connect(source, readonly), poolclass=QueuePool,
            pool_size=1, max_overflow=8,
        )
        if readonly:
            event.listen(self.engine, "before_cursor_execute", _refuse_writes, retval=False)
        self._sessions = sessionmaker(self.engine, class_=Session, expire_on_commit=False)
        history.record_versions(self._sessions)  # every write keeps row versions for merging

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
        if self._cleanup is not None:
            self._cleanup()
            self._cleanup = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _refuse_writes(conn, cursor, statement, params, context, executemany):
    if statement.lstrip().split(None, 1)[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}:
        raise ReadOnlyWorkspace(tr("Berkas ini dibuka hanya-baca; perubahan tidak disimpan."))


def create_workspace(path: str | os.PathLike, overwrite: bool = False, fill=None) -> Workspace:
    """Create a workspace file, only ever with its content: it is built under a
    temporary name of its own beside the target (``fill(session)`` adds the
    content), flushed, and linked into place; an interrupted or failed creation
    leaves nothing, and a file that appeared meanwhile is not replaced."""
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(tr("{name} adalah folder; pilih nama berkas.").format(
            name=printable(path.name)))
    if path.exists() and not overwrite:
        raise WorkspaceError(
            tr("{name} sudah ada; pilih nama lain.").format(name=printable(path.name)))
    if path.exists():
        _check_lock(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    safefiles.clean_leftovers(path)
    tmp = safefiles.temp_beside(path, "baru")
    try:
        sqlite3.connect(tmp).close()
        _migrate(tmp)
        if fill is not None:
            ws = Workspace(tmp, readonly=False)
            try:
                with ws.session() as session:
                    fill(session)
                    session.commit()
            finally:
                ws.close()
        safefiles.link_into_place(tmp, path, overwrite)
    except BaseException as exc:
        safefiles.remove_quietly(tmp)
        if safefiles.is_disk_full(exc):
            raise safefiles.disk_full(path) from None
        raise
    return Workspace(path, readonly=False)


def _check_lock(path: Path) -> None:
    pid = safefiles.window_lock_holder(path)
    if pid is not None:
        raise ReadOnlyWorkspace(tr(
            "{name} sedang dibuka di jendela rakdesk (proses {pid}); tutup jendelanya dulu, "
            "lalu ulangi.").format(name=printable(path.name), pid=pid))


def open_workspace(path: str | os.PathLike, readonly: bool = False) -> Workspace:
    """Check a file and open it. Older files are backed up and migrated first.

    Raises a :class:`WorkspaceError` subclass, with the file unchanged, when the
    file cannot be used. A file carrying foreign objects, a schema that is not
    exactly rakdesk's, or rows whose parent is gone opens read-only when
    ``readonly`` is asked, and raises :class:`ForeignSchema` otherwise.
    """
    path = Path(path)
    report = inspect_file(path)
    if report.error:
        raise report.error
    if not readonly:
        _check_lock(path)
        safefiles.clean_leftovers(path)
    if report.interrupted_write:
        if readonly:
            raise ReadOnlyWorkspace(tr(
                "Penulisan terakhir ke {name} terputus (mis. listrik padam) dan harus dipulihkan "
                "dulu; buka tanpa mode hanya-baca.").format(name=path.name))
        if not _writable(path):
            raise ReadOnlyWorkspace(tr(
                "Penulisan terakhir ke {name} terputus dan berkasnya tidak bisa ditulis untuk "
                "dipulihkan; salin berkas beserta {journal} ke laptop dulu.").format(
                name=path.name, journal=journal_of(path).name))
        _backup_raw(path, "sebelum-pemulihan")
        recover = connect(path, readonly=False)  # SQLite rolls the unfinished write back
        recover.execute("PRAGMA schema_version").fetchone()
        recover.close()
        report = inspect_file(path)
        if report.error:
            raise report.error
    if report.blocks_writing and not readonly:
        raise ForeignSchema(" ".join(report.problems), report.foreign_objects
                            + report.schema_differences + report.orphans)
    if not readonly and not _writable(path):
        raise ReadOnlyWorkspace(tr(
            "{name} tidak bisa ditulis (berkas atau foldernya terkunci, mis. flashdisk yang "
            "dikunci); buka hanya-baca, atau salin dulu ke laptop.").format(name=path.name))
    if report.schema_version < SCHEMA_VERSION:
        if readonly:
            raise ReadOnlyWorkspace(tr(
                "{name} memakai skema lama (versi {version}) dan harus diperbarui sebelum "
                "dibuka; buka tanpa mode hanya-baca.").format(name=path.name,
                                                             version=report.schema_version))
        report = _migrate_in_place(path, report)
    if readonly and report.wal:
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="rakdesk-baca-"))
        try:
            copy = safefiles.recovered_copy(path, folder)
        except (OSError, sqlite3.Error) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise DamagedWorkspace(tr("{name} tidak terbaca: {detail}").format(
                name=printable(path.name), detail=_detail(exc))) from None
        return Workspace(path, True, report, source=copy,
                         cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))
    return Workspace(path, readonly, report)


def _migrate_in_place(path: Path, report: FileReport) -> FileReport:
    """Back up an older file, then migrate a copy of it and swap the copy in:
    all or nothing. A failed migration leaves the file byte for byte as it was
    and names the backup."""
    import shutil

    if report.wal:  # fold the log into the file first (the content stays the same)
        connect(path, readonly=False).close()
    try:
        backup = backup_file(path, reason=f"sebelum-migrasi-v{report.schema_version}")
    except (OSError, sqlite3.Error) as exc:
        if safefiles.is_disk_full(exc):
            raise safefiles.disk_full(path) from None
        raise
    tmp = safefiles.temp_beside(path, "migrasi")
    try:
        shutil.copyfile(path, tmp)
        shutil.copymode(path, tmp)
        _migrate(tmp)
        migrated = inspect_file(tmp)
        if migrated.error:
            raise migrated.error
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except Exception as exc:
        safefiles.remove_quietly(tmp)
        why = tr("disk penuh") if safefiles.is_disk_full(exc) else \
            _detail(str(exc).replace(tmp.name, path.name))
        raise DamagedWorkspace(tr(
            "{name} tidak bisa diperbarui ke skema versi {version} ({why}); berkasnya tidak "
            "diubah. Cadangannya: {backup}").format(name=printable(path.name),
                                                   version=SCHEMA_VERSION, why=why,
                                                   backup=backup)) from None
    migrated.path = path
    return migrated


ROLLING_BACKUPS = 10  # kept per workspace


def _backup_key(path: Path) -> str:
    """Backups of one workspace share a name: its stem and a hash of where it is."""
    import hashlib

    where = hashlib.sha1(str(resolved(path)).encode()).hexdigest()[:8]
    return f"{path.stem}-{where}"


def backup_reasons() -> dict[str, str]:
    """Why a backup was made (the tag in its name), in words."""
    return {"sebelum-gabung": tr("sebelum penggabungan"),
            "sebelum-pemulihan": tr("sebelum pemulihan")}


def rolling_backup(path: str | os.PathLike, keep: int = ROLLING_BACKUPS, reason: str = "") -> Path:
    """Back up a workspace (as it is opened, or before a merge), keeping the
    newest ``keep`` of them. ``reason`` (a key of backup_reasons()) is shown in
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
    if not m:
        return ""
    tag = m.group(1)
    if tag.startswith("sebelum-migrasi-v"):
        return tr("sebelum pembaruan dari skema versi {version}").format(
            version=tag.rpartition("v")[2])
    return backup_reasons().get(tag, tag)


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


@contextlib.contextmanager
def readable(path: Path):
    """The file to read ``path`` through: itself, or a private recovered copy
    when its last write was cut off or it is in WAL mode (so a read never
    writes into the file or leaves side files beside it)."""
    if not (has_hot_journal(path) or safefiles.is_wal(path)):
        yield path
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="rakdesk-salin-") as tmp:
        yield safefiles.recovered_copy(path, Path(tmp))


def _sqlite_copy(path: Path, target: Path) -> Path:
    """A consistent copy of a workspace through SQLite's backup API."""
    with readable(path) as source:
        src = connect(source, readonly=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    return target


def save_copy(source: Path, target: Path) -> Path:
    """A consistent snapshot of a workspace at ``target`` (a folder: a file of
    the same name in it): SQLite's backup API into a temporary file of its own
    beside the target, flushed to disk, checked and renamed into place, so an
    interrupted copy leaves the old file or the new one, never a broken one,
    and no temporary file stays behind (a later copy or open removes what a
    killed one left)."""
    source, target = Path(source), Path(target)
    if target.is_dir():
        target = target / source.name
    if same_file(source, target):
        raise WorkspaceError(tr("Salinan tidak boleh menimpa berkas yang sedang dibuka."))
    if target.exists():
        _check_lock(target)
    safefiles.clean_leftovers(target)
    tmp = safefiles.temp_beside(target, "salin")
    try:
        _sqlite_copy(source, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        report = inspect_file(tmp)
        if report.error:
            raise WorkspaceError(tr("Salinan gagal diperiksa: {error}").format(
                error=report.error))
        os.replace(tmp, target)
    except BaseException as exc:
        safefiles.remove_quietly(tmp)
        if safefiles.is_disk_full(exc):
            raise safefiles.disk_full(target) from None
        if isinstance(exc, sqlite3.Error):
            raise WorkspaceError(tr("Salinan gagal dibuat: {detail}").format(
                detail=_detail(exc))) from None
        if isinstance(exc, OSError):
            raise WorkspaceError(tr("Salinan ke {name} gagal: {error}").format(
                name=printable(target.name), error=exc.strerror or exc)) from None
        raise
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
