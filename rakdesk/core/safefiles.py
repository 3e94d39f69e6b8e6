"""Files written beside a workspace, written so that nothing half-made stays.

- Temporary files get a name of their own per process and call
  (``.NAME.<pid>-<random>.<tag>``), so two imports or copies into the same
  folder never share one; what a killed process left is removed by the next
  copy or open of the same file (only when its process is gone).
- A new file is created only with its content: built under a temporary name,
  flushed, then linked into place without ever replacing a file that appeared
  meanwhile.
- A full disk is named as such, with the promise the transaction keeps: nothing
  was changed.
- The window's lock (a ``QLockFile`` in the user data folder) is read here
  without Qt, so command-line writes respect it; its name, and the name the
  backups of a workspace share, is the workspace's key (:func:`workspace_key`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
from pathlib import Path

from rakdesk.core.i18n import tr
from rakdesk.core.names import printable
from rakdesk.errors import NotAWorkspace, ReadOnlyWorkspace, WorkspaceError

TAGS = ("salin", "baru", "demo", "migrasi", "tmp")


class DiskFull(WorkspaceError):
    pass


def temp_beside(target: Path, tag: str) -> Path:
    """A fresh temporary name beside ``target`` that no other call shares."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.{tag}")


@contextlib.contextmanager
def building(target: Path, tag: str):
    """A fresh temporary file beside ``target`` to build it in: removed when the
    block fails, and a full disk named as such (nothing was changed)."""
    tmp = temp_beside(target, tag)
    try:
        yield tmp
    except BaseException as exc:
        remove_quietly(tmp)
        if is_disk_full(exc):
            raise disk_full(target) from None
        raise


def flush_to_disk(path: Path) -> None:
    """Wait until ``path`` is on the disk (before it is renamed into place)."""
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def remove_quietly(path: Path) -> None:
    """Remove a temporary file and SQLite's side files of it, if any."""
    for p in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            p.unlink()


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_LEFTOVER = re.compile(r"^\.(?P<name>.+?)\.(?:(?P<pid>\d+)-[0-9a-f]{8}\.)?(?P<tag>"
                       + "|".join(TAGS) + r")(?:-journal|-wal|-shm)?$")


def clean_leftovers(target: Path) -> list[Path]:
    """Remove what interrupted copies, imports or migrations of ``target`` left
    beside it (their process is gone). Returns what was removed."""
    removed = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        m = _LEFTOVER.match(entry.name)
        if not m or m.group("name") != target.name:
            continue
        pid = m.group("pid")
        if pid is not None and int(pid) != os.getpid() and pid_alive(int(pid)):
            continue
        if pid is not None and int(pid) == os.getpid():
            continue  # this process's own, still in use
        with contextlib.suppress(OSError):
            if entry.is_file() and not entry.is_symlink():
                entry.unlink()
                removed.append(entry)
    return removed


def link_into_place(tmp: Path, target: Path, overwrite: bool) -> None:
    """Move a finished temporary file to ``target``. Without ``overwrite`` a
    file that appeared at ``target`` meanwhile is never replaced."""
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # atomic, and fails if target exists
    except FileExistsError:
        raise WorkspaceError(_taken(target)) from None
    except OSError:  # no hard links (FAT32 sticks): rename, refusing an existing file
        if target.exists():
            raise WorkspaceError(_taken(target)) from None
        os.replace(tmp, target)
        return
    tmp.unlink()


def is_disk_full(exc: BaseException) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(exc, sqlite3.Error) and (
                getattr(exc, "sqlite_errorcode", None) == 13 or "disk is full" in str(exc)):
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def _taken(target: Path) -> str:
    return tr("{name} sudah ada; pilih nama lain.").format(name=target.name)


def disk_full(target: Path | str) -> DiskFull:
    return DiskFull(tr("Disk tempat {name} penuh; tidak ada yang diubah. Kosongkan ruang atau "
                       "pilih tempat lain, lalu ulangi.").format(name=Path(target).name))


def resolved(path: Path) -> Path:
    """``path`` with its links followed; a link that loops is refused in words."""
    try:
        return Path(path).resolve()
    except (RuntimeError, OSError):
        raise NotAWorkspace(
            tr("{name} adalah tautan (symlink) yang berputar ke dirinya sendiri; bukan berkas "
               "rakdesk.").format(name=printable(Path(path).name))) from None


def same_file(first, second) -> bool:
    return resolved(Path(first)) == resolved(Path(second))


def workspace_key(path: Path) -> str:
    """A workspace's name in the user data folder, shared by its backups and its
    window lock: its stem and a hash of where it is."""
    import hashlib

    where = hashlib.sha1(str(resolved(path)).encode()).hexdigest()[:8]
    return f"{Path(path).stem}-{where}"


def lock_file(path: Path) -> Path:
    """Where the window's lock of ``path`` is kept (the folder is not made here)."""
    from rakdesk.paths import data_dir

    return data_dir() / "locks" / f"{workspace_key(path)}.lock"


def window_lock_holder(path: Path) -> int | None:
    """The pid of another live rakdesk window that holds ``path`` open, or None.
    The lock file is Qt's QLockFile: pid, application name, host name."""
    try:
        lines = lock_file(path).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    import socket

    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return None
    return pid if pid != os.getpid() and pid_alive(pid) else None


def refuse_if_open_in_window(path: Path) -> None:
    """Writing a file another rakdesk window has open is refused, in words."""
    pid = window_lock_holder(path)
    if pid is not None:
        raise ReadOnlyWorkspace(tr(
            "{name} sedang dibuka di jendela rakdesk (proses {pid}); tutup jendelanya dulu, "
            "lalu ulangi.").format(name=printable(path.name), pid=pid))


def recovered_copy(path: Path, folder: Path) -> Path:
    """A private copy of ``path`` in ``folder`` with its last write rolled back
    (a hot journal) or its write-ahead log applied (WAL mode), in rollback
    journal mode: the file itself and everything beside it stay as they are."""
    import shutil

    copy = folder / "salinan.sqlite"
    shutil.copyfile(path, copy)
    for suffix in ("-journal", "-wal"):
        side = path.with_name(path.name + suffix)
        if side.is_file() and not side.is_symlink():
            shutil.copyfile(side, copy.with_name(copy.name + suffix))
    con = sqlite3.connect(copy)  # a writer rolls the journal back / reads the log
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        con.execute("PRAGMA schema_version").fetchone()
        if con.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            con.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        con.close()
    return copy


def is_wal(path: Path) -> bool:
    """The file's header says write-ahead logging (bytes 18 and 19 are 2)."""
    try:
        with open(path, "rb") as f:
            head = f.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def write_atomically(path: Path, write) -> Path:
    """``write(tmp)`` into a temporary file of its own beside ``path``, then
    rename it into place: a reader never sees half a file, and a failure (a full
    disk, a folder in the way) leaves nothing behind."""
    path = Path(path)
    if path.is_dir():
        raise WorkspaceError(tr("{name} adalah folder; pilih nama berkas.").format(
            name=path.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_beside(path, "tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException as exc:
        remove_quietly(tmp)
        if is_disk_full(exc):
            raise DiskFull(tr("Disk tempat {name} penuh; berkas tidak ditulis.").format(
                name=path.name)) from None
        raise
    return path
