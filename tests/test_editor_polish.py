"""Small things a newcomer meets in the editor: the Rincian panel of a final
plan, moves past the ends, and opening a workspace that is not there yet."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox  # noqa: E402

from rakdesk.ui.plan_model import COL_KEGIATAN  # noqa: E402
from tests.gui import click_cell  # noqa: E402


def _finalise(window, monkeypatch):
    from rakdesk.ui.revision_dialogs import FinalizeDialog

    monkeypatch.setattr(FinalizeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window.actions_by_name["finalize"].trigger()


def _first_kegiatan_row(window):
    return next(r for r, row in enumerate(window.model.rows) if row.kegiatan is not None)


def _looks_editable(widget) -> bool:
    base = widget.palette().color(QPalette.ColorRole.Base)
    return not widget.isReadOnly() and base == QApplication.palette().color(
        QPalette.ColorRole.Base)


def test_rincian_of_a_final_plan_looks_read_only_and_a_draft_editable(qtbot, kubu, monkeypatch):
    panel = kubu.properties
    click_cell(qtbot, kubu, _first_kegiatan_row(kubu), COL_KEGIATAN)
    editors = [*panel.fields.values(), panel.target, panel.other]
    assert all(_looks_editable(e) for e in editors if e.isVisible())
    _finalise(kubu, monkeypatch)
    click_cell(qtbot, kubu, _first_kegiatan_row(kubu), COL_KEGIATAN)
    window_colour = panel.palette().color(QPalette.ColorRole.Window)
    for editor in editors:
        assert editor.isReadOnly()
        assert editor.palette().color(QPalette.ColorRole.Base) == window_colour
    # Starting the next revision makes the plan a draft again: the boxes are white again.
    kubu.start_next_revision()
    click_cell(qtbot, kubu, _first_kegiatan_row(kubu), COL_KEGIATAN)
    assert kubu.model.plan.status != "final"
    assert all(_looks_editable(e) for e in editors if e.isVisible())


@pytest.fixture
def indonesian(qtbot):
    from rakdesk.ui import i18n

    app = QApplication.instance()
    translators = i18n.install(app, "id")
    yield
    for translator in translators:
        app.removeTranslator(translator)
    i18n.install(app, "en")


def test_moving_past_the_top_or_bottom_says_so(qtbot, indonesian, kubu):
    from PySide6.QtCore import Qt

    from rakdesk.ui.plan_model import COL_SASARAN

    def order():
        return [row.kegiatan and row.kegiatan.id for row in kubu.model.rows]

    before = order()
    # Each indikator of this plan has one kegiatan: it is its first and its last.
    click_cell(qtbot, kubu, _first_kegiatan_row(kubu), COL_KEGIATAN)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order() == before
    assert kubu.statusBar().currentMessage() == "Sudah di posisi teratas."
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order() == before
    assert kubu.statusBar().currentMessage() == "Sudah di posisi terbawah."
    # A move that works (the first sasaran down) leaves no such note behind.
    click_cell(qtbot, kubu, 0, COL_SASARAN)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert order() != before
    assert "Sudah di posisi" not in kubu.statusBar().currentMessage()


def _answer(monkeypatch, button):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_opening_a_workspace_that_is_not_there_offers_to_create_it(qtbot, indonesian, kubu,
                                                                    monkeypatch, tmp_path):
    from rakdesk.core import plans as ops

    path = tmp_path / "baru.sqlite"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"refused: {a[2]}"))
    assert kubu.open_path(path) is False
    assert asked == ["baru.sqlite belum ada. Buat ruang kerja baru yang kosong di sana?"]
    assert not path.exists() and kubu.doc.workspace.path != path
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert kubu.open_path(path) is True
    assert path.exists() and kubu.doc.workspace.path == path
    assert not kubu.doc.readonly and ops.all_satkers(kubu.doc.session) == []


def test_starting_on_a_new_name_offers_to_create_it_and_no_quits(qtbot, user_data_dir,
                                                                 monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication, QWidget

    from rakdesk.ui import app, i18n, main_window

    monkeypatch.setattr(i18n, "install", lambda *a, **k: [])
    monkeypatch.setattr(app.gc, "freeze", lambda: None)  # the test process goes on
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"refused: {a[2]}"))
    path = tmp_path / "baru.sqlite"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert app.run(path) == 1
    assert len(asked) == 1 and not path.exists()
    # Yes: the window opens on the new, empty workspace.
    shown = []

    class Window(QWidget):
        def __init__(self, workspace):
            super().__init__()
            shown.append(workspace.path)
            workspace.close()

    monkeypatch.setattr(main_window, "MainWindow", Window)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert app.run(path) == 0
    assert shown == [path] and path.exists()
