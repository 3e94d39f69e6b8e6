"""Row versions are kept by the workspace's own sessions, and only by them."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine
from sqlmodel import Session, select

from rakdesk.core import editing
from rakdesk.core.model import Kegiatan
from rakdesk.core.storage import open_workspace


def rev_of(path, kegiatan_id: str) -> str | None:
    con = sqlite3.connect(path)
    try:
        row = con.execute("SELECT rev FROM row_version WHERE key = ?",
                          (f"kegiatan:{kegiatan_id}",)).fetchone()
    finally:
        con.close()
    return row and row[0]


def test_an_edit_through_the_workspace_gets_a_new_version(demo_file):
    with open_workspace(demo_file) as ws, ws.session() as session:
        kegiatan = session.exec(select(Kegiatan)).first()
        before = rev_of(demo_file, kegiatan.id)
        editing.set_field(kegiatan, "text", "Rapat koordinasi diubah")
        session.commit()
    assert before and rev_of(demo_file, kegiatan.id) not in (None, before)


def test_a_session_made_elsewhere_leaves_versions_alone(demo_file):
    """A Session the workspace did not make (a copy held in memory, a tool)
    is not listened to: no listener on every Session of the process."""
    engine = create_engine(f"sqlite:///{demo_file}")
    try:
        with Session(engine) as session:
            kegiatan = session.exec(select(Kegiatan)).first()
            kegiatan_id = kegiatan.id
            before = rev_of(demo_file, kegiatan_id)
            kegiatan.text = "diubah di luar rakdesk"
            session.commit()
    finally:
        engine.dispose()
    assert before and rev_of(demo_file, kegiatan_id) == before


def test_every_workspace_opened_one_after_another_keeps_versions(demo_file):
    """Opening one file after another (File > Open in the window) gives each
    workspace its own session factory; each must record versions, even when
    Python hands the new one the memory (and id) of the one before."""
    missing = []
    for attempt in range(25):
        ws = open_workspace(demo_file)
        with ws.session() as session:
            kegiatan = session.exec(select(Kegiatan)).first()
            before = rev_of(demo_file, kegiatan.id)
            editing.set_field(kegiatan, "text", f"Rapat ke-{attempt}")
            session.commit()
        ws.close()
        if rev_of(demo_file, kegiatan.id) == before:
            missing.append(attempt)
        del ws, session  # no collection in between: the old factory's listeners linger
    assert missing == []
