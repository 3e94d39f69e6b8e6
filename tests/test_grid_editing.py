"""Grid editing as a user meets it: moves past the end, the cursor after undo,
delete and moves, paste at the cursor, row heights, the tree's reloads, the
sub-unit dialog and the pelaksana completion. Keys and clicks go into the
window; the file is read with a separate connection."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rakdesk.core.model import Kegiatan  # noqa: E402
from rakdesk.core.operations import workspace  # noqa: E402
from rakdesk.ui.plan_model import (  # noqa: E402
    COL_INDIKATOR,
    COL_KEGIATAN,
    COL_PELAKSANA,
)
from tests.gui import answer_yes, click_cell, db, focused  # noqa: E402

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def first_row_of_sasaran_with(model, count: int) -> int:
    """The first row of the first sasaran with ``count`` or more indikator."""
    return next(r for r, row in enumerate(model.rows)
                if row.sasaran_span and len({x.indikator.id for x in model.rows
                                             if x.sasaran.id == row.sasaran.id}) >= count)


def current(window):
    index = window.grid.currentIndex()
    return window.model.row_at(index.row()), window.model.column_at(index.column()).key


def panel_text(window):
    return window.properties.fields[COL_KEGIATAN].toPlainText()


# ------------------------------------------------------------ bug 2, usability 6


def test_alt_up_on_the_first_kegiatan_is_refused_quietly_and_keeps_the_cursor(qtbot, kubu):
    from rakdesk.core.model import Indikator
    from rakdesk.ui import commands as cmd

    click_cell(qtbot, kubu, 0, COL_KEGIATAN)  # the first kegiatan of indikator 1.1
    kegiatan = kubu.model.row_at(0).kegiatan.id
    steps = kubu.doc.undo_stack.count()
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Up, ALT)  # raised RuntimeError before
    assert kubu.doc.undo_stack.count() == steps
    row, key = current(kubu)
    assert row.kegiatan.id == kegiatan and key == COL_KEGIATAN
    # The caller learns whether the edit was made, without touching a deleted object.
    plan_id = kubu.model.plan.id
    assert not kubu.doc.push(cmd.MoveCommand(kubu.doc, plan_id, Kegiatan, kegiatan, -1))
    r = first_row_of_sasaran_with(kubu.model, 2)
    indikator = kubu.model.row_at(r).indikator.id
    assert kubu.doc.push(cmd.MoveCommand(kubu.doc, plan_id, Indikator, indikator, 1))


def test_a_failing_edit_tells_the_caller(qtbot, kubu, monkeypatch):
    from rakdesk.ui import commands as cmd

    errors = []
    monkeypatch.setattr(kubu, "_show_error", errors.append)
    kubu.doc.sig_error.disconnect()
    kubu.doc.sig_error.connect(errors.append)
    row = kubu.model.row_at(0)
    too_long = "x" * 30_000
    assert not kubu.doc.push(cmd.SetFieldCommand(kubu.doc, kubu.model.plan.id, Kegiatan,
                                                 row.kegiatan.id, "text", too_long))
    assert errors and "terlalu panjang" in errors[0]


def test_the_cursor_and_the_rincian_panel_follow_moves_undo_and_delete(qtbot, kubu, monkeypatch,
                                                                        demo_file):
    answer_yes(monkeypatch)
    r = first_row_of_sasaran_with(kubu.model, 3)
    click_cell(qtbot, kubu, r, COL_INDIKATOR)
    moved = kubu.model.row_at(r).kegiatan
    moved_id, moved_text = moved.id, moved.text
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Down, ALT)  # the indikator moves down one
    row, key = current(kubu)
    assert row.kegiatan.id == moved_id and kubu.grid.currentIndex().row() == r + 1
    assert key == COL_INDIKATOR and panel_text(kubu) == moved_text
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Z, CTRL)  # undo the move: the cursor goes with it
    row, _ = current(kubu)
    assert row.kegiatan.id == moved_id and kubu.grid.currentIndex().row() == r
    assert panel_text(kubu) == moved_text
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Y, CTRL)  # redo
    assert current(kubu)[0].kegiatan.id == moved_id
    assert kubu.grid.currentIndex().row() == r + 1
    # Delete the indikator under the cursor: the cursor stays on the row now in its place.
    following = kubu.model.row_at(r + 2).kegiatan
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Delete, CTRL)
    assert db(demo_file, "SELECT count(*) FROM kegiatan WHERE id=?", moved_id) == [(0,)]
    row, key = current(kubu)
    assert row.kegiatan.id == following.id and key == COL_INDIKATOR
    assert panel_text(kubu) == following.text
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Z, CTRL)  # undo the delete
    assert current(kubu)[0].kegiatan.id == following.id
    assert panel_text(kubu) == following.text


# ------------------------------------------------------------ bug 10


def test_one_click_on_another_plan_reloads_the_grid_once_after_many_edits(qtbot, kubu):
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    for _ in range(30):
        kubu.plan_actions.insert_kegiatan()
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert kubu.doc.undo_stack.count() == 30
    from rakdesk.core import plans as ops

    other = next(p.id for s in ops.all_satkers(kubu.doc.session) for p in s.plans
                 if p.id != kubu.model.plan.id)
    resets = []
    kubu.model.modelReset.connect(lambda: resets.append(1))
    kubu.tree.setCurrentIndex(kubu.tree.tree_model.find(other))  # what a click does
    assert kubu.model.plan.id == other
    assert len(resets) == 1


# ------------------------------------------------------------ usability 8


def test_enter_in_the_sub_unit_dialog_adds_the_name_and_keeps_the_dialog_open(qtbot, kubu,
                                                                              demo_file):
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    kegiatan = kubu.model.row_at(0).kegiatan
    text = kubu.model.row_at(0).kegiatan.text
    kubu.tree.select(kubu.model.plan.id)
    seen = {}

    def type_into_dialog():
        dialog = QApplication.activeModalWidget()
        name = dialog.ui.unitName
        qtbot.keyClicks(name, "Subbag. Teknis Baru")
        qtbot.keyClick(name, Qt.Key.Key_Return)
        seen["open after Enter"] = dialog.isVisible()
        qtbot.keyClicks(name, "Subbag. Hukum Baru")
        qtbot.keyClick(name, Qt.Key.Key_Enter)
        seen["still open"] = dialog.isVisible()
        qtbot.keyClicks(name, "zz")  # stray keys stay in the dialog
        dialog.accept()

    QTimer.singleShot(0, type_into_dialog)
    kubu.actions_by_name["sub_units"].trigger()
    assert seen == {"open after Enter": True, "still open": True}
    names = [r[0] for r in db(demo_file, "SELECT name FROM sub_unit WHERE satker_id=? ORDER BY "
                                         "position", kubu.model.plan.satker_id)]
    assert names[-2:] == ["Subbag. Teknis Baru", "Subbag. Hukum Baru"]
    assert db(demo_file, "SELECT text FROM kegiatan WHERE id=?", kegiatan.id) == [(text,)]


def test_sub_unit_dialog_enter_on_a_listed_name_adds_no_duplicate(qtbot):
    from rakdesk.ui.dialogs import SubUnitsDialog

    dialog = SubUnitsDialog([("a", "Subbag. Teknis")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.units.setCurrentRow(0)  # its name is put into the field
    qtbot.keyClick(dialog.ui.unitName, Qt.Key.Key_Return)
    assert dialog.units() == [("a", "Subbag. Teknis")] and dialog.isVisible()





# ------------------------------------------------------------ bug 6, usability 7


def test_paste_goes_where_the_cursor_is_and_opens_no_editor(qtbot, kubu, demo_file):
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)  # under indikator 1.1
    copied = kubu.model.row_at(0).kegiatan.text
    qtbot.keyClick(kubu.grid, Qt.Key.Key_C, CTRL)
    r = first_row_of_sasaran_with(kubu.model, 2) + 1  # the 2nd indikator of a later sasaran
    target = kubu.model.row_at(r).indikator
    click_cell(qtbot, kubu, r, COL_KEGIATAN)
    steps = kubu.doc.undo_stack.count()
    qtbot.keyClick(kubu.grid, Qt.Key.Key_V, CTRL)
    homes = {r[0] for r in db(demo_file, "SELECT indikator_id FROM kegiatan WHERE text=?",
                              copied)}
    assert homes == {kubu.model.row_at(0).indikator.id, target.id}
    assert kubu.doc.undo_stack.count() == steps + 1
    # The pasted row is selected, the cursor on it, and no editor is open.
    assert kubu.grid.state() != kubu.grid.State.EditingState and focused() is kubu.grid
    row, key = current(kubu)
    assert row.indikator.id == target.id and row.kegiatan.text == copied and key == COL_KEGIATAN
    assert {i.row() for i in kubu.grid.selectionModel().selectedIndexes()} == {r + 1}
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Z, CTRL)  # one step
    assert db(demo_file, "SELECT count(*) FROM kegiatan WHERE text=?", copied) == [(1,)]


def test_rows_are_refitted_after_paste_and_move(qtbot, kubu):
    kubu.resize(1366, 740)  # a laptop's width, not the test screen's 800 px
    qtbot.waitUntil(lambda: kubu.width() == 1366)
    long_text = "\n".join(f"{i}. Langkah kegiatan nomor {i}" for i in range(1, 7))
    QApplication.clipboard().setText('\t\t\t"' + long_text + '"\t√\n')
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    line = kubu.grid.fontMetrics().lineSpacing()
    qtbot.keyClick(kubu.grid, Qt.Key.Key_V, CTRL)
    assert kubu.model.row_at(1).kegiatan.text == long_text
    assert kubu.grid.rowHeight(1) >= 6 * line  # all six lines show
    # Moved down, the tall row stays tall and the row now above it is not.
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Up, ALT)
    assert kubu.model.row_at(0).kegiatan.text == long_text
    assert kubu.grid.rowHeight(0) >= 6 * line
    assert kubu.grid.rowHeight(1) < min(6 * line, kubu.grid.rowHeight(0))  # fits its own text


def test_pelaksana_is_on_screen_at_1366_and_satker_names_stay_apart(qtbot, kubu):
    from PySide6.QtGui import QFontMetrics

    from rakdesk.core import plans as ops

    kubu.resize(1366, 740)
    qtbot.waitUntil(lambda: kubu.width() == 1366)
    grid = kubu.grid
    col = kubu.model.column(COL_PELAKSANA)
    right = grid.columnViewportPosition(col) + grid.columnWidth(col)
    assert grid.horizontalScrollBar().value() == 0 and right <= grid.viewport().width()
    assert grid.columnWidth(col) >= 120
    # Two satker names that begin alike are told apart where the tree shortens them.
    kubu.doc.announce(kubu.doc.apply(lambda s: workspace.add_satker(
        s, {"name": "SEKRETARIAT KPU KABUPATEN KUBU TIMUR"})))
    tree = kubu.tree
    metrics = QFontMetrics(tree.font())
    shown = {}
    for satker in ops.all_satkers(kubu.doc.session):
        index = tree.tree_model.find(satker.id)
        width = tree.visualRect(index).width()
        shown[satker.name] = metrics.elidedText(satker.name, tree.textElideMode(), width)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == satker.name
        assert tree.visualRect(index).right() <= tree.viewport().width()
    assert shown["SEKRETARIAT KPU KABUPATEN KUBU RAYA"] != \
        shown["SEKRETARIAT KPU KABUPATEN KUBU TIMUR"]


def test_week_notes_keep_pelaksana_on_screen_in_the_first_window(qtbot, kubu):
    from rakdesk.core.schedule import Cell
    from rakdesk.ui.plan_model import period_key

    kubu.resize(1280, 728)  # the first window on a 1366x768 laptop
    qtbot.waitUntil(lambda: kubu.width() == 1280)
    grid, model = kubu.grid, kubu.model
    kegiatan = model.rows[0].kegiatan
    grid.set_cells({(kegiatan.id, 5): Cell(ticked=True, weeks=frozenset({2, 3}))}, "Minggu")
    grid.set_plan(model.plan.id)  # read again: the widths are chosen for week notes
    assert model.text(model.rows[0], model.columns[model.column(period_key(5))]) == "Mg 2, 3"
    col = model.column(COL_PELAKSANA)
    right = grid.columnViewportPosition(col) + grid.columnWidth(col)
    assert grid.horizontalScrollBar().maximum() == 0 and right <= grid.viewport().width()
    assert grid.columnWidth(col) >= 100


# ------------------------------------------------------------ usability 9


def commit(qtbot, window, editor):
    """Enter in a one-line editor commits it (the delegate does so once events run)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.grid.state() != window.grid.State.EditingState)


def open_pelaksana_editor(qtbot, window, row):
    # A completer's popup came and went: the window is the active one again.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    click_cell(qtbot, window, row, COL_PELAKSANA)
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    editor = window.grid.indexWidget(window.grid.currentIndex())
    qtbot.waitUntil(lambda: focused() is editor)
    editor.selectAll()
    return editor


def test_pelaksana_typed_by_hand_is_completed_from_sub_units_and_earlier_entries(qtbot, kubu,
                                                                                 demo_file):
    editor = open_pelaksana_editor(qtbot, kubu, 0)
    qtbot.keyClicks(editor, "hukum")
    popup = editor.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # chooses
    assert editor.text() == "Subbagian Hukum dan SDM"
    commit(qtbot, kubu, editor)
    first = kubu.model.row_at(0).kegiatan.id
    assert db(demo_file, "SELECT name FROM pelaksana WHERE kegiatan_id=?", first) == [
        ("Subbagian Hukum dan SDM",)]
    # A second name after ";" is completed on its own, here from a name typed before.
    editor = open_pelaksana_editor(qtbot, kubu, 1)
    qtbot.keyClicks(editor, "Tim Reformasi Birokrasi")
    commit(qtbot, kubu, editor)
    editor = open_pelaksana_editor(qtbot, kubu, 2)
    qtbot.keyClicks(editor, "Subbag Teknis dan Hupmas; refor")
    popup = editor.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.text() == "Subbag Teknis dan Hupmas; Tim Reformasi Birokrasi"
    commit(qtbot, kubu, editor)
    third = kubu.model.row_at(2).kegiatan.id
    assert db(demo_file, "SELECT name FROM pelaksana WHERE kegiatan_id=? ORDER BY position",
              third) == [("Subbag Teknis dan Hupmas",), ("Tim Reformasi Birokrasi",)]


def test_the_completion_list_shows_whole_names(qtbot, kubu):
    editor = open_pelaksana_editor(qtbot, kubu, 0)
    qtbot.keyClicks(editor, "subbag")
    popup = editor.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    names = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    widest = max(popup.fontMetrics().horizontalAdvance(n) for n in names)
    # Long sub-unit names ("Subbagian Teknis Penyelenggaraan Pemilu, ...") are
    # told apart in the list, not cut to "Subbagian Tekni…" at the column's width.
    assert popup.viewport().width() >= widest, (popup.viewport().width(), widest)
    assert popup.geometry().right() <= popup.screen().availableGeometry().right()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)


def test_a_pelaksana_typed_by_hand_becomes_a_sub_unit_in_one_step(qtbot, kubu, demo_file):
    editor = open_pelaksana_editor(qtbot, kubu, 0)
    qtbot.keyClicks(editor, "Tim Reformasi Birokrasi")
    commit(qtbot, kubu, editor)
    button = kubu.properties.make_units
    assert button.isVisibleTo(kubu.properties)
    satker = kubu.model.plan.satker_id
    count = len(db(demo_file, "SELECT 1 FROM sub_unit WHERE satker_id=?", satker))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert db(demo_file, "SELECT count(*) FROM sub_unit WHERE satker_id=? AND name=?",
              satker, "Tim Reformasi Birokrasi") == [(1,)]
    item = kubu.properties.units.findItems("Tim Reformasi Birokrasi", Qt.MatchFlag.MatchExactly)
    assert item and item[0].checkState() == Qt.CheckState.Checked
    assert not button.isVisibleTo(kubu.properties)
    kubu.doc.undo_stack.undo()
    assert len(db(demo_file, "SELECT 1 FROM sub_unit WHERE satker_id=?", satker)) == count


def test_near_duplicate_sub_units_merge_in_the_dialog_as_one_undo_step(qtbot, kubu, demo_file):
    variants = ("Subbag. Keuangan, Umum, dan Logistik", "Subbag. Keuangan. Umum, dan Logistik")
    keep = "Subbag. Keuangan, Umum dan Logistik"
    before = db(demo_file, "SELECT kegiatan_id, name FROM pelaksana ORDER BY kegiatan_id, "
                           "position")
    naming = {k for k, n in before if n in variants}
    assert naming

    def merge():
        dialog = QApplication.activeModalWidget()
        assert dialog.select_similar()
        assert sorted(i.text() for i in dialog.ui.units.selectedItems()) == sorted(
            [keep, *variants])
        qtbot.mouseClick(dialog.ui.mergeUnits, Qt.MouseButton.LeftButton)
        dialog.accept()

    QTimer.singleShot(0, merge)
    kubu.actions_by_name["sub_units"].trigger()
    after = db(demo_file, "SELECT kegiatan_id, name FROM pelaksana")
    assert not any(n in variants for _, n in after)
    assert {k for k, n in after if n == keep} >= naming
    assert db(demo_file, "SELECT count(*) FROM sub_unit WHERE name IN (?, ?)", *variants) == [
        (0,)]
    shown = {kubu.model.index(r, kubu.model.column(COL_PELAKSANA)).data()
             for r in range(kubu.model.rowCount())}
    assert not any(v in s for v in variants for s in shown)
    kubu.actions_by_name["undo"].trigger()  # one step brings everything back
    assert db(demo_file, "SELECT kegiatan_id, name FROM pelaksana ORDER BY kegiatan_id, "
                         "position") == before
    assert db(demo_file, "SELECT count(*) FROM sub_unit WHERE name IN (?, ?)", *variants) == [
        (2,)]
