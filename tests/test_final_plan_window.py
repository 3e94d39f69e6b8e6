"""A final plan in the window and on the command line: export and render write
the stored revision, and nothing typed into the grid starts a revision."""

import json

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # noqa: E402

from rakdesk.ui.plan_model import COL_KEGIATAN  # noqa: E402
from tests.gui import click_cell, db  # noqa: E402

STATUS = "SELECT status FROM plan WHERE year=2024 AND kind='RAK'"


def _finalise(kubu, monkeypatch):
    from rakdesk.ui.revision_dialogs import FinalizeDialog

    monkeypatch.setattr(FinalizeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    kubu.actions_by_name["finalize"].trigger()
    return kubu.model.plan.revisions[-1]


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_ctrl_e_on_a_final_plan_exports_the_stored_revision(qtbot, kubu, monkeypatch, tmp_path,
                                                            demo_file, run_cli):
    revision = _finalise(kubu, monkeypatch)
    out = tmp_path / "final.pdf"
    _save_to(monkeypatch, out)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert out.read_bytes() == revision.pdf
    assert revision.code in kubu.statusBar().currentMessage()
    code, said, _ = run_cli("verify", demo_file, out)
    assert code == 0 and said.startswith("ASLI"), said
    # The draft rendering is still there, under its own name, and says what it is.
    draft = tmp_path / "draf.pdf"
    _save_to(monkeypatch, draft)
    kubu.actions_by_name["export_draft_pdf"].trigger()
    assert draft.read_bytes().startswith(b"%PDF") and draft.read_bytes() != revision.pdf
    assert "draf" in kubu.statusBar().currentMessage().lower() or \
        "draft" in kubu.statusBar().currentMessage().lower()
    code, said, _ = run_cli("verify", demo_file, draft)
    assert code == 1


def test_cli_render_of_a_final_plan_writes_the_stored_revision(run_cli, demo_file, tmp_path):
    _, out, _ = run_cli("list", "--json", demo_file)
    plan_id = json.loads(out)["satkers"][0]["plans"][0]["id"]
    final = tmp_path / "final.pdf"
    code, _, err = run_cli("finalize", demo_file, "--plan", plan_id, "-o", final)
    assert code == 0, err
    rendered = tmp_path / "render.pdf"
    code, out, err = run_cli("render", demo_file, "--plan", plan_id, "-o", rendered)
    assert code == 0, err
    assert rendered.read_bytes() == final.read_bytes()
    assert "revisi final ke-1" in out
    code, out, _ = run_cli("verify", demo_file, rendered)
    assert code == 0 and out.startswith("ASLI")
    draft = tmp_path / "draf.pdf"
    code, out, err = run_cli("render", demo_file, "--plan", plan_id, "--draft", "-o", draft)
    assert code == 0, err
    assert "draf" in out and draft.read_bytes() != final.read_bytes()
    code, _, _ = run_cli("verify", demo_file, draft)
    assert code == 1
    folder = tmp_path / "semua"
    code, out, err = run_cli("render", demo_file, "--all", "-o", folder)
    assert code == 0, err
    assert final.read_bytes() in [p.read_bytes() for p in folder.iterdir()]


def test_typing_into_a_final_plan_never_starts_a_revision(qtbot, kubu, monkeypatch, demo_file):
    # No question may come up: the conftest fails the test on any message box.
    _finalise(kubu, monkeypatch)
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    before = kubu.model.rows[0].kegiatan.text
    qtbot.keyClicks(kubu.grid, "Y")
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Return)
    qtbot.keyClicks(kubu.grid, "ya")
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Enter)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Delete)
    assert db(demo_file, STATUS) == [("final",)]
    assert kubu.model.rows[0].kegiatan.text == before
    assert kubu.grid.state() != kubu.grid.State.EditingState
    bar = kubu.area.final_bar  # "Rencana ini final ... [Mulai revisi berikutnya]"
    assert bar.isVisible() and "final" in bar.label.text()
    # The bar's button is how a revision starts; keys never reach it.
    assert bar.button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert db(demo_file, STATUS) == [("draft",)]
    assert not bar.isVisible()
    assert "Revisi ke-2 (draf)" in kubu.tree.tree_model.plan_label(kubu.model.plan)


def test_the_final_bar_never_squeezes_the_workspace_tree(qtbot, kubu, monkeypatch):
    from PySide6.QtWidgets import QApplication, QDockWidget

    kubu.resize(1366, 700)
    kubu.actions_by_name["preview"].trigger()  # the docked preview takes its share too
    dock = kubu.findChild(QDockWidget, "previewDock")
    qtbot.waitUntil(dock.isVisible)
    tree = kubu.findChild(QDockWidget, "treeDock")
    for _ in range(3):
        QApplication.processEvents()
    before = tree.width()
    _finalise(kubu, monkeypatch)
    bar = kubu.area.final_bar
    qtbot.waitUntil(bar.isVisible)
    for _ in range(3):
        QApplication.processEvents()
    # The bar's text wraps in the room it has instead of pushing the docks aside.
    assert abs(tree.width() - before) <= 4, (before, tree.width())
    assert bar.label.height() >= bar.label.heightForWidth(bar.label.width()) > 0


def test_save_dialogs_start_in_documents_then_where_the_user_last_saved(qtbot, kubu,
                                                                        monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    proposed = []

    def save_to(target):
        def dialog(parent, title, where, *a, **k):
            proposed.append(Path(where))
            return str(target), ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)

    folder = tmp_path / "laporan"
    folder.mkdir()
    save_to(folder / "rak.pdf")
    kubu.actions_by_name["export_pdf"].trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # Not the folder the program was started from (on Windows: where it is installed).
    assert proposed[-1].is_absolute() and proposed[-1].parent == Path(documents)
    assert (folder / "rak.pdf").exists()
    save_to(folder / "rak.xlsx")
    kubu.actions_by_name["export_xlsx"].trigger()
    assert proposed[-1].parent == folder and proposed[-1].suffix == ".xlsx"
