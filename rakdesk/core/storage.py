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

import os
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session

import rakdesk
from rakdesk import migrations
from rakdesk.core import (
    history,
    model,  # noqa: F401  (registers rakdesk's tables)
    safefiles,
)
from rakdesk.core.backups import (  # noqa: F401  (re-exported: callers import them here)
    ROLLING_BACKUPS,
    backup_file,
    backup_raw,
    backup_reason,
    backup_reasons,
    backup_time,
    list_backups,
    restore_backup,
    rolling_backup,
    save_copy,
)
from rakdesk.core.filecheck import (  # noqa: F401  (re-exported: callers import them here)
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    FileReport,
    connect,
    detail,
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


class Workspace:
    """An open workspace file. Use :meth:`session` for reading and writing.

    A read-only workspace in WAL mode is read from a private recovered copy
    (``source``), so nothing is written beside the file (a read-only stick)."""

    def __init__(self, path: Path, readonly: bool, source: Path | None = None, cleanup=None):
        self.path = path
        self.readonly = readonly
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

    def session(self, bind=None) -> Session:
        """A session (keeping row versions); ``bind``: a connection of this
        workspace's engine to use throughout, instead of one per transaction."""
        return self._sessions() if bind is None else self._sessions(bind=bind)

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
        safefiles.refuse_if_open_in_window(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    safefiles.clean_leftovers(path)
    with safefiles.building(path, "baru") as tmp:
        sqlite3.connect(tmp).close()
        if not _build_head(tmp):
            migrate(tmp)
        if fill is not None:
            ws = Workspace(tmp, readonly=False)
            try:
                with ws.session() as session:
                    fill(session)
                    session.commit()
            finally:
                ws.close()
        safefiles.link_into_place(tmp, path, overwrite)
    return Workspace(path, readonly=False)


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
        safefiles.refuse_if_open_in_window(path)
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
        backup_raw(path, "sebelum-pemulihan")
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
                name=printable(path.name), detail=detail(exc))) from None
        return Workspace(path, True, source=copy,
                         cleanup=lambda: shutil.rmtree(folder, ignore_errors=True))
    return Workspace(path, readonly)


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
        migrate(tmp)
        migrated = inspect_file(tmp)
        if migrated.error:
            raise migrated.error
        safefiles.flush_to_disk(tmp)
        os.replace(tmp, path)
    except Exception as exc:
        safefiles.remove_quietly(tmp)
        why = tr("disk penuh") if safefiles.is_disk_full(exc) else \
            detail(str(exc).replace(tmp.name, path.name))
        raise DamagedWorkspace(tr(
            "{name} tidak bisa diperbarui ke skema versi {version} ({why}); berkasnya tidak "
            "diubah. Cadangannya: {backup}").format(name=printable(path.name),
                                                   version=SCHEMA_VERSION, why=why,
                                                   backup=backup)) from None
    migrated.path = path
    return migrated


def _writable(path: Path) -> bool:
    """SQLite needs to write the file and, for its journal, the folder."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _build_head(path: Path) -> bool:
    """Make an empty file the newest version from the stored statements the
    Alembic scripts leave (rakdesk.core.schema_check.HEAD_FILE), without
    importing Alembic and running every script: most of the time a new
    workspace took. False when no statements of this version are stored."""
    from rakdesk.core import schema_check

    head = schema_check.head_statements(SCHEMA_VERSION)
    if head is None:
        return False
    revision, statements = head
    con = connect(path, False)
    try:
        with con:
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO alembic_version(version_num) VALUES (?)", (revision,))
            _stamp(con, int(revision))
    finally:
        con.close()
    return True


def _stamp(con, version: int) -> None:
    """The file's identity, schema version and the program that made it."""
    con.execute(f"PRAGMA application_id={APPLICATION_ID}")
    con.execute(f"PRAGMA user_version={version}")
    meta = {"app_version": rakdesk.__version__, "schema_version": str(version)}
    for key, value in meta.items():
        con.execute("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES (?, ?)",
                    (key, value))


def migrate(path: Path, revision: str = "head") -> None:
    """Run the Alembic scripts up to ``revision`` in one transaction, then stamp
    the file's identity and schema version."""
    from alembic import command

    engine = create_engine("sqlite://", creator=lambda: connect(path, False), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            command.upgrade(migrations.config(conn), revision)
            head = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            _stamp(conn.connection.driver_connection, int(head))
    finally:
        engine.dispose()
