"""Merging from the window: a preview with a choice per conflict, nothing
written on Cancel, one undoable step on OK, the other file never written."""

import hashlib
import shutil

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox  # noqa: E402

from rakdesk.core import editing  # noqa: E402
from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core.model import Kegiatan  # noqa: E402
from rakdesk.ui.conflict_model import KEEP  # noqa: E402
from rakdesk.ui.merge_dialog import MergeDialog  # noqa: E402
from tests.gui import db, make_window, type_cell  # noqa: E402
from tests.test_merge import all_kegiatan, edit, kubu  # noqa: E402


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copies(demo_file, tmp_path):
    """The secretary's file, and a sub-unit's copy with an added kegiatan, an
    edit only there, and an edit that conflicts with one made here."""
    other = tmp_path / "subunit.sqlite"
    shutil.copyfile(demo_file, other)
    with edit(other) as session:
        plan = kubu(session)
        ks = all_kegiatan(plan)
        ops.add_kegiatan(session, plan.sasaran[0].indikator[0], "Kegiatan dari sub-unit",
                         ["Subbag Umum"])
        editing.set_field(ks[0], "text", "diubah sub-unit saja")
        editing.set_field(ks[1], "text", "versi sub-unit")
        ids = [k.id for k in ks[:2]]
    with edit(demo_file) as session:
        editing.set_field(session.get(Kegiatan, ids[1]), "text", "versi sekretaris")
    return demo_file, other, ids


def open_kubu(qtbot, path):
    window = make_window(qtbot, path)
    window.tree.select(kubu(window.doc.session).id)
    window.grid.setFocus()
    return window


def texts(window):
    return [r.kegiatan.text for r in window.model.rows if r.kegiatan]


def test_cancelled_merge_writes_nothing(qtbot, copies, monkeypatch):
    path, other, _ = copies
    window = open_kubu(qtbot, path)
    before = db(path, "SELECT id, text FROM kegiatan ORDER BY id")
    seen = []

    def cancel(self):
        model = self.ui.conflicts.model()
        seen.append((self.ui.plans.count(), model.rowCount(),
                     model.index(0, 2).data(), model.index(0, 3).data()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MergeDialog, "exec", cancel)
    window.merge_file(str(other))
    assert seen == [(6, 1, "«versi sekretaris»", "«versi sub-unit»")]  # 6 plans, the PK too
    assert db(path, "SELECT id, text FROM kegiatan ORDER BY id") == before
    assert not window.doc.undo_stack.canUndo()


def test_merge_is_one_undoable_step_with_the_users_choice(qtbot, copies, monkeypatch):
    path, other, ids = copies
    other_sha = sha(other)
    window = open_kubu(qtbot, path)
    before = db(path, "SELECT id, text FROM kegiatan ORDER BY id")
    messages = []

    def choose(self):
        self.show()
        row = next(r for r in range(self.model.rowCount())
                   if self.model.conflict(r).key == f"kegiatan:{ids[1]}")
        view = self.ui.conflicts
        index = self.model.index(row, KEEP)
        view.scrollTo(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(index).center())  # opens the choice's combo box
        combo = view.findChild(QComboBox)
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Keep mine", "Take theirs", "Keep both"]
        combo.setCurrentIndex(2)
        combo.activated.emit(2)
        view.setCurrentIndex(self.model.index(row, 0))  # the editor closes
        assert index.data() == "Keep both"
        self.ui.allTheirs.click()
        self.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: messages.append(text))
    window.merge_file(str(other))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # back from the dialogs
    assert "Ditambahkan: 1 kegiatan" in messages[0]
    assert "1 pakai milik berkas lain" in messages[0]
    merged = dict(db(path, "SELECT id, text FROM kegiatan"))
    assert merged[ids[0]] == "diubah sub-unit saja" and merged[ids[1]] == "versi sub-unit"
    assert "Kegiatan dari sub-unit" in merged.values()
    assert "Kegiatan dari sub-unit" in texts(window)  # the grid shows it at once
    assert sha(other) == other_sha

    window.doc.undo_stack.undo()
    assert db(path, "SELECT id, text FROM kegiatan ORDER BY id") == before
    assert "Kegiatan dari sub-unit" not in texts(window)
    assert window.doc.undo_stack.undoText() == ""

    window.doc.undo_stack.redo()
    assert dict(db(path, "SELECT id, text FROM kegiatan")) == merged
    assert "versi sub-unit" in texts(window)

    # Editing goes on as usual after the file was put back.
    row = texts(window).index("versi sub-unit")
    window.grid.setCurrentIndex(window.model.index(row, window.model.column("kegiatan")))
    type_cell(qtbot, window, "versi sub-unit (disetujui)")
    assert db(path, "SELECT text FROM kegiatan WHERE id=?", ids[1]) == [
        ("versi sub-unit (disetujui)",)]
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert db(path, "SELECT id, text FROM kegiatan ORDER BY id") == before
    assert sha(other) == other_sha


def test_a_bad_file_gets_a_message_and_no_change(qtbot, demo_file, tmp_path, monkeypatch):
    window = open_kubu(qtbot, demo_file)
    bad = tmp_path / "setengah.sqlite"
    bad.write_bytes(demo_file.read_bytes()[:8192])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = sha(demo_file)
    window.merge_file(str(bad))
    assert shown and "setengah.sqlite" in shown[0]
    assert sha(demo_file) == before


def test_merge_action_is_in_the_file_menu(qtbot, demo_file):
    window = open_kubu(qtbot, demo_file)
    action = window.actions_by_name["merge"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+M"


def test_a_plan_the_merge_does_not_touch_stays_on_screen(qtbot, copies, monkeypatch):
    path, other, _ = copies
    window = open_kubu(qtbot, path)
    lombok = next(p.id for s in ops.all_satkers(window.doc.session) for p in s.plans
                  if "LOMBOK" in s.name and p.granularity == "quarterly")
    window.tree.select(lombok)
    shown = texts(window)

    def accept(self):
        window.doc.session.expire_all()  # nothing on screen is loaded when the merge runs
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", accept)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.merge_file(str(other))
    assert window.model.plan.id == lombok and texts(window) == shown
    window.doc.undo_stack.undo()
    assert window.model.plan.id == lombok and texts(window) == shown
