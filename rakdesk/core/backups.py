"""Copies of a workspace: the rolling backups kept in the user data folder (as
it is opened, before a merge, a recovery or a migration), restoring one, and a
consistent copy saved elsewhere ("Simpan salinan"). Every copy is made through
SQLite's backup API from a file that is never written to (a file whose last
write was cut off, or in WAL mode, is read through a private recovered copy).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from rakdesk.core import safefiles
from rakdesk.core.filecheck import connect, detail, has_hot_journal, inspect_file, journal_of
from rakdesk.core.i18n import tr
from rakdesk.core.names import printable
from rakdesk.core.safefiles import refuse_if_open_in_window, same_file, workspace_key
from rakdesk.errors import WorkspaceError

ROLLING_BACKUPS = 10  # kept per workspace


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
    suffix = f"-{reason}" if reason else ""
    target = _sqlite_copy(path, backups_dir() / f"{workspace_key(path)}-{_stamp()}{suffix}.sqlite")
    for old in list_backups(path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(path: str | os.PathLike) -> list[Path]:
    """The rolling backups of a workspace, newest first."""
    from rakdesk.paths import backups_dir

    key = workspace_key(Path(path))
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


def backup_raw(path: Path, reason: str) -> Path:
    """Copy a file and its journal as they are (no SQLite involved)."""
    import shutil

    from rakdesk.paths import backups_dir

    target = backups_dir() / f"{path.stem}-{_stamp()}-{reason}.sqlite"
    shutil.copyfile(path, target)
    if journal_of(path).exists():
        shutil.copyfile(journal_of(path), journal_of(target))
    return target


def backup_file(path: Path, reason: str = "cadangan") -> Path:
    """Copy a workspace into the backups folder with SQLite's backup API."""
    from rakdesk.paths import backups_dir

    return _sqlite_copy(path, backups_dir() / f"{path.stem}-{_stamp()}-{reason}.sqlite")


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
        refuse_if_open_in_window(target)
    safefiles.clean_leftovers(target)
    try:
        with safefiles.building(target, "salin") as tmp:
            _sqlite_copy(source, tmp)
            safefiles.flush_to_disk(tmp)
            report = inspect_file(tmp)
            if report.error:
                raise WorkspaceError(tr("Salinan gagal diperiksa: {error}").format(
                    error=report.error))
            os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise WorkspaceError(tr("Salinan gagal dibuat: {detail}").format(
            detail=detail(exc))) from None
    except OSError as exc:
        raise WorkspaceError(tr("Salinan ke {name} gagal: {error}").format(
            name=printable(target.name), error=exc.strerror or exc)) from None
    return target


def _stamp() -> str:
    """When a backup was made, as its name carries it."""
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
