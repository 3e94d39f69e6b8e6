"""Whole-file copies the window uses: an image to undo a merge, a private
in-memory copy for the preview, and a row's id after its file was put back."""

from __future__ import annotations

from sqlmodel import select

from rakdesk.core import editing, file_copies
from rakdesk.core.model import Kegiatan, Plan
from rakdesk.core.storage import open_workspace


def test_an_image_put_back_undoes_every_change(demo_file):
    before = file_copies.image(demo_file)
    with open_workspace(demo_file) as ws, ws.session() as session:
        kegiatan = session.exec(select(Kegiatan)).first()
        kegiatan_id = kegiatan.id
        editing.set_field(kegiatan, "text", "diubah lalu dibatalkan")
        session.commit()
    assert file_copies.image(demo_file) != before
    file_copies.restore_image(demo_file, before)
    with open_workspace(demo_file, readonly=True) as ws, ws.session() as session:
        assert session.get(Kegiatan, kegiatan_id).text != "diubah lalu dibatalkan"


def test_a_memory_copy_does_not_see_later_edits_and_writes_nothing_back(demo_file):
    with open_workspace(demo_file) as ws, ws.session() as session:
        plan = session.exec(select(Plan)).first()
        plan_id, title = plan.id, plan.title
        with file_copies.memory_copy(demo_file) as copy:
            plan.title = "judul baru"
            session.commit()
            copied = copy.get(Plan, plan_id)
            assert copied.title == title
            copied.title = "hanya di salinan"
            copy.commit()
        session.expire_all()
        assert session.get(Plan, plan_id).title == "judul baru"


def test_a_rows_id_is_known_after_its_session_closed(demo_file):
    with open_workspace(demo_file, readonly=True) as ws:
        session = ws.session()
        plan = session.exec(select(Plan)).first()
        plan_id = plan.id
        session.expire_all()
        session.close()
        assert file_copies.loaded_id(plan) == plan_id
        assert file_copies.loaded_id(Plan()) is None
