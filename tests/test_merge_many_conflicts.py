"""A merge with many conflicts in the window (issue 18.13): planned off the
GUI thread with progress and Cancel; the dialog is a lazy model, grouped, and
"all theirs" for one group applies to that group only."""

import shutil

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QProgressDialog, QPushButton  # noqa: E402

from rakdesk.core import editing  # noqa: E402
from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core.schedule import Cell  # noqa: E402
from rakdesk.ui.merge_dialog import MergeDialog  # noqa: E402
from rakdesk.ui.merge_worker import MergePlanner  # noqa: E402
from tests.gui import db  # noqa: E402
from tests.test_merge import all_kegiatan, edit, kubu  # noqa: E402
from tests.test_merge_gui import open_kubu  # noqa: E402


@pytest.fixture
def many(demo_file, tmp_path):
    """Every month of every Kubu Raya kegiatan noted differently in the two
    files (one conflict per cell), and three kegiatan retyped on both sides."""
    other = tmp_path / "subunit.sqlite"
    shutil.copyfile(demo_file, other)
    for path, side in ((other, "sub-unit"), (demo_file, "sekretaris")):
        with edit(path) as session:
            kegiatan = all_kegiatan(kubu(session))
            for k in kegiatan:
                for month in range(1, 13):
                    ops.set_cell(session, k, month, Cell(note=f"{side} {month}"))
            for k in kegiatan[:3]:
                editing.set_field(k, "text", f"versi {side}")
            ids = [k.id for k in kegiatan]
    return demo_file, other, 12 * len(ids), ids


def notes(path):
    return {note.split()[0] for (note,) in db(path, "SELECT note FROM schedule_cell")
            if note}


def test_many_conflicts_open_in_a_lazy_grouped_dialog_and_one_groups_choice_applies(
        qtbot, many, monkeypatch):
    path, other, cells, ids = many
    window = open_kubu(qtbot, path)
    seen = {}

    def choose(self):
        self.show()
        model = self.model
        seen["rows"] = model.rowCount()
        seen["combos"] = len(self.findChildren(QComboBox))  # no widget per conflict
        groups = [self.ui.groups.itemText(i) for i in range(self.ui.groups.count())]
        seen["groups"] = groups
        self.ui.groups.setCurrentIndex(next(i for i, g in enumerate(groups) if ": Jadwal (" in g))
        seen["shown"] = model.rowCount()
        self.ui.allTheirs.click()
        self.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    with qtbot.waitSignal(window.sig_merge_planned) as opened:
        window.merge_file(str(other))
    assert isinstance(opened.args[0], MergeDialog)
    assert seen["rows"] == cells + 3 and seen["shown"] == cells
    assert seen["combos"] == 1  # the group chooser; choices are edited in one combo at a time
    assert seen["groups"][0] == f"Semua konflik ({cells + 3})" or seen["groups"][0] == (
        f"All conflicts ({cells + 3})")
    assert any(g.endswith(f": Jadwal ({cells})") for g in seen["groups"])
    assert any(g.endswith(": Kegiatan (3)") for g in seen["groups"])
    # The schedule took theirs; the retyped kegiatan (another group) kept mine.
    assert notes(path) == {"sub-unit"}
    texts = dict(db(path, "SELECT id, text FROM kegiatan"))
    assert [texts[k] for k in ids[:3]] == ["versi sekretaris"] * 3
    window.doc.undo_stack.undo()
    assert notes(path) == {"sekretaris"}


def test_cancelling_the_comparison_opens_no_dialog_and_writes_nothing(qtbot, many, monkeypatch):
    path, other, _, _ = many
    window = open_kubu(qtbot, path)
    before = db(path, "SELECT id, period, note FROM schedule_cell ORDER BY id, period")
    real_progress = MergePlanner._progress

    def slow_progress(self, done, total):  # a long comparison, still going when Cancel comes
        real_progress(self, done, total)
        self._stop.wait(30)
        self._check()

    def press_cancel(done, total):
        for dialog in window.findChildren(QProgressDialog):
            dialog.findChild(QPushButton).click()  # its Cancel button

    monkeypatch.setattr(MergePlanner, "_progress", slow_progress)
    real_start = MergePlanner.start

    def start(self):
        self.sig_progress.connect(press_cancel, Qt.ConnectionType.QueuedConnection)
        real_start(self)

    monkeypatch.setattr(MergePlanner, "start", start)
    opened = []
    monkeypatch.setattr(MergeDialog, "exec", lambda self: opened.append(self) or 0)
    with qtbot.waitSignal(window.sig_merge_planned, timeout=2000, raising=False) as planned:
        window.merge_file(str(other))
    assert not planned.signal_triggered and opened == []
    assert db(path, "SELECT id, period, note FROM schedule_cell ORDER BY id, period") == before
    assert not window.doc.undo_stack.canUndo()


def test_planner_reports_progress_and_the_plan(qtbot, many):
    path, other, cells, _ = many
    planner = MergePlanner(path, other)
    progress = []
    planner.sig_progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(planner.sig_planned, timeout=60000) as done:
        planner.start()
    planner.wait()
    assert len(done.args[0].conflicts) == cells + 3
    qtbot.waitUntil(lambda: len(progress) >= 1)
    assert progress[0][0] == 0 and progress[0][1] > 0


def test_conflict_model_passes_qt_model_tester(qtmodeltester):
    from rakdesk.core.merge import BOTH, MINE, THEIRS, Conflict
    from rakdesk.ui.conflict_model import KEEP, ConflictModel

    conflicts = [Conflict(f"cell:k{i}:{i % 12 + 1}", "changed", f"RAK {2024 + i % 2}",
                          f"Jadwal B{i % 12 + 1}", "✓", "kosong", (MINE, THEIRS, BOTH))
                 for i in range(50)]
    model = ConflictModel(["a", "b", "c", "d", "e"],
                          {MINE: "mine", THEIRS: "theirs", BOTH: "both"})
    model.set_conflicts(conflicts)
    qtmodeltester.check(model)
    model.show_group(model.groups()[1][0])
    assert model.rowCount() == 25
    model.choose_shown(THEIRS)
    assert model.setData(model.index(0, KEEP), BOTH)
    qtmodeltester.check(model)
    chosen = model.resolutions()
    assert sorted(chosen.values()).count(THEIRS) == 24 and BOTH in chosen.values()
    assert list(chosen.values()).count(MINE) == 25
