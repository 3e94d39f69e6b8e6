"""Whole-file copies of a workspace, for the window.

An *image* is the whole file as bytes in memory: undoing a merge puts it back.
A *memory copy* is a private in-memory database copied from the file with
SQLite's backup API (a read lock of a few milliseconds): a worker thread renders
from it while the window goes on editing. The window calls these and never
opens SQLite or SQLAlchemy itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

from rakdesk.core.storage import connect
from rakdesk.errors import RakdeskError


class RestoreFailed(RakdeskError):
    """Putting an image back failed; the message is SQLite's."""


def image(path: Path) -> bytes:
    """The whole file as it is now."""
    con = connect(path, readonly=True)
    try:
        return con.serialize()
    finally:
        con.close()


def restore_image(path: Path, data: bytes) -> None:
    """Put the whole file back as :func:`image` took it, in one transaction.
    Sessions open on the file must be closed first: their rows are stale."""
    src = sqlite3.connect(":memory:")
    try:
        src.deserialize(data)
        dst = connect(path, readonly=False)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise RestoreFailed(str(exc)) from exc
    finally:
        src.close()


@contextmanager
def memory_copy(path: Path) -> Iterator[Session]:
    """A session on a private in-memory copy of the file. It shares nothing
    with any other session, so any one thread may use it."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    source = connect(path, readonly=True)
    try:
        source.backup(memory)
    finally:
        source.close()
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()
        memory.close()


def loaded_id(row) -> str | None:
    """The primary key a loaded row had, from its identity: it needs no
    database, so it works after the row's session was closed and the file put
    back. None for a row never stored."""
    identity = inspect(row).identity
    return identity[0] if identity else None
