"""Rolling backups of each workspace opened, restoring one, and a workspace
already open in another rakdesk opening read-only."""

import sqlite3

import pytest

pytest.importorskip("PySide6.QtWidgets")

from rakdesk.core import storage  # noqa: E402
from rakdesk.ui.opening import open_for_window  # noqa: E402
from tests.gui import db, make_window  # noqa: E402


def set_first_kegiatan(path, text):
    con = sqlite3.connect(path)
    con.execute("UPDATE kegiatan SET text=? WHERE rowid=(SELECT min(rowid) FROM kegiatan)",
                (text,))
    con.commit()
    con.close()


def first_kegiatan(path):
    return db(path, "SELECT text FROM kegiatan WHERE rowid=(SELECT min(rowid) FROM kegiatan)")


def test_second_open_is_read_only_until_the_first_closes(qapp, demo_file):
    first, warning = open_for_window(demo_file)
    assert not first.readonly and warning is None
    second, warning = open_for_window(demo_file)
    assert second.readonly and "already open" in warning
    second.close()
    first.close()
    third, warning = open_for_window(demo_file)
    assert not third.readonly and warning is None
    third.close()


def test_rolling_backups_are_bounded_newest_first(qapp, demo_file, user_data_dir):
    for n in range(storage.ROLLING_BACKUPS + 3):
        set_first_kegiatan(demo_file, f"versi {n}")
        ws, _ = open_for_window(demo_file)
        ws.close()
    backups = storage.list_backups(demo_file)
    assert len(backups) == storage.ROLLING_BACKUPS
    assert first_kegiatan(backups[0]) == [(f"versi {storage.ROLLING_BACKUPS + 2}",)]
    assert all(storage.inspect_file(b).ok for b in backups)
    # Backups of another workspace with the same name are kept apart.
    other = demo_file.parent / "lain" / demo_file.name
    other.parent.mkdir()
    other.write_bytes(demo_file.read_bytes())
    assert storage.list_backups(other) == []


def test_restore_a_backup_from_the_window(qtbot, demo_file, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    set_first_kegiatan(demo_file, "sebelum")
    window = make_window(qtbot, demo_file)  # opening takes a backup of "sebelum"
    set_first_kegiatan(demo_file, "sesudah")
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window.restore_backup()
    assert offered and first_kegiatan(demo_file) == [("sebelum",)]
    assert not window.doc.readonly and window.model is not None
    # The file as it was before restoring is itself kept as a backup.
    assert any(first_kegiatan(b) == [("sesudah",)] for b in storage.list_backups(demo_file))
