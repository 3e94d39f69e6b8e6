"""The editor driven the way a user drives it: keys and clicks into the grid,
dialogs filled by typing, undo and redo, the clipboard. After each step the
file itself is read with a separate SQLite connection, so what is asserted is
what was committed to disk."""


import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rakdesk.core.storage import create_workspace  # noqa: E402
from rakdesk.ui import dialogs  # noqa: E402
from rakdesk.ui.plan_model import (  # noqa: E402
    COL_INDIKATOR,
    COL_KEGIATAN,
    COL_PELAKSANA,
    COL_SASARAN,
    COL_TARGET,
    period_key,
)
from tests.gui import answer_yes, click_cell, db, fill_dialog, focused, go, make_window, type_cell  # noqa: E402,E501

# ------------------------------------------------------------ the newcomer's plan


SASARAN = ["Terwujudnya tata kelola keuangan yang akuntabel",
           "Meningkatnya kualitas layanan data pemilih",
           "Terwujudnya SDM yang profesional"]


def test_newcomer_writes_a_whole_rak_with_keyboard_and_mouse(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)

    # A satker, typed into its dialog.
    def satker(d):
        qtbot.keyClicks(d.ui.name, "SEKRETARIAT KPU KABUPATEN CONTOH")
        qtbot.keyClicks(d.ui.city, "Contoh")
        qtbot.keyClicks(d.ui.officeHeading, "KOMISI PEMILIHAN UMUM")
        qtbot.keyClick(d.ui.officeHeading, Qt.Key.Key_Return)
        qtbot.keyClicks(d.ui.officeHeading, "KABUPATEN CONTOH")
    fill_dialog(monkeypatch, dialogs.SatkerDialog, satker)
    window.actions_by_name["new_satker"].trigger()
    assert db(path, "SELECT name, city FROM satker") == [("SEKRETARIAT KPU KABUPATEN CONTOH",
                                                          "Contoh")]

    # A monthly RAK for 2026.
    def plan(d):
        d.ui.year.setValue(2026)
        assert d.ui.signPlace.text() == "Contoh"  # the satker's city, by default
    fill_dialog(monkeypatch, dialogs.PlanDialog, plan)
    window.actions_by_name["new_plan"].trigger()
    assert db(path, "SELECT kind, year, granularity FROM plan") == [("RAK", 2026, "monthly")]
    assert window.model.plan is not None and window.model.rowCount() == 0
    window.grid.setFocus()

    # 3 sasaran x 2 indikator x 2 kegiatan, typed cell by cell.
    for s, s_text in enumerate(SASARAN):
        qtbot.keyClick(window.grid, Qt.Key.Key_Insert,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(focused(), s_text)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        for i in range(2):
            if i:
                qtbot.keyClick(window.grid, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
                qtbot.keyClicks(focused(), f"Persentase indikator {s + 1}.{i + 1}")
                qtbot.keyClick(focused(), Qt.Key.Key_Return)
            else:
                go(qtbot, window, COL_INDIKATOR)
                type_cell(qtbot, window, f"Persentase indikator {s + 1}.{i + 1}")
            go(qtbot, window, COL_TARGET)
            type_cell(qtbot, window, f"{75 + 5 * i}%")
            for k in range(2):
                if k:
                    qtbot.keyClick(window.grid, Qt.Key.Key_Insert)
                    qtbot.keyClicks(focused(), f"Kegiatan {s + 1}.{i + 1}.{k + 1}")
                    qtbot.keyClick(focused(), Qt.Key.Key_Return)
                else:
                    go(qtbot, window, COL_KEGIATAN)
                    type_cell(qtbot, window, f"Kegiatan {s + 1}.{i + 1}.{k + 1}")
                # Ticks: Space on B1, a click on B2.
                go(qtbot, window, period_key(1))
                qtbot.keyClick(window.grid, Qt.Key.Key_Space)
                click_cell(qtbot, window, window.grid.currentIndex().row(), period_key(2))
                go(qtbot, window, COL_PELAKSANA)
                type_cell(qtbot, window, "Subbag. Keuangan, Umum dan Logistik")
                go(qtbot, window, COL_KEGIATAN)

    counts = db(path, "SELECT (SELECT count(*) FROM sasaran), (SELECT count(*) FROM indikator),"
                      " (SELECT count(*) FROM kegiatan), (SELECT count(*) FROM schedule_cell)")
    assert counts == [(3, 6, 12, 24)]
    assert [r[0] for r in db(path, "SELECT text FROM sasaran ORDER BY position")] == SASARAN
    assert db(path, "SELECT count(*) FROM indikator WHERE target_kind='percent'") == [(6,)]
    names = db(path, "SELECT k.text, group_concat(c.period) FROM kegiatan k JOIN schedule_cell c"
                     " ON c.kegiatan_id = k.id GROUP BY k.id ORDER BY k.text")
    assert names[0] == ("Kegiatan 1.1.1", "1,2") and len(names) == 12

    # Week notes: select B5..B6 of the first row with the mouse, Ctrl+M, tick weeks 2 and 3.
    click_cell(qtbot, window, 0, period_key(5))  # a click ticks B5
    click_cell(qtbot, window, 0, period_key(6), Qt.KeyboardModifier.ShiftModifier)

    def weeks(d):
        for box in (d.ui.week2, d.ui.week3):  # a click on the box itself
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        assert d.ui.preview.text() == "Minggu ke 2 dan ke 3"
    fill_dialog(monkeypatch, dialogs.WeeksDialog, weeks)
    qtbot.keyClick(window.grid, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    first = window.model.rows[0].kegiatan.id
    assert db(path, "SELECT period, ticked, weeks FROM schedule_cell WHERE kegiatan_id=? "
                    "ORDER BY period", first) == [(1, 1, ""), (2, 1, ""), (5, 1, "23"),
                                                  (6, 1, "23")]
    cell = window.model.index(0, window.model.column(period_key(5)))
    assert cell.data() == "Mg 2, 3"  # short in the narrow column, written out in its tooltip
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "Minggu ke 2 dan ke 3"
    # A drag over B8..B10 of row 2 and Space fills the range.
    click_cell(qtbot, window, 1, period_key(8))  # ticks B8
    click_cell(qtbot, window, 1, period_key(10), Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.grid, Qt.Key.Key_Space)
    second = window.model.rows[1].kegiatan.id
    assert [r[0] for r in db(path, "SELECT period FROM schedule_cell WHERE kegiatan_id=? "
                                   "ORDER BY period", second)] == [1, 2, 8, 9, 10]
    state = snapshot_file(path)

    # Quarterly and back: detail is lost, the user is asked, and it is said.
    answer_yes(monkeypatch)
    window.actions_by_name["quarterly"].trigger()
    assert db(path, "SELECT granularity FROM plan") == [("quarterly",)]
    assert db(path, "SELECT count(*) FROM schedule_cell WHERE period > 4") == [(0,)]
    assert window.model.columnCount() == 5 + 4 + 1
    window.actions_by_name["quarterly"].trigger()
    assert db(path, "SELECT granularity FROM plan") == [("monthly",)]

    # Undo everything, step by step, down to the empty file; redo brings it all back.
    stack = window.doc.undo_stack
    steps = stack.count()
    assert steps > 60
    window.grid.setFocus()
    for _ in range(steps):
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if stack.index() == steps - 2:  # both granularity switches undone
            assert snapshot_file(path) == state
    assert not stack.canUndo()
    assert db(path, "SELECT count(*) FROM satker") == [(0,)]
    assert db(path, "SELECT count(*) FROM kegiatan") == [(0,)]
    for _ in range(steps):
        qtbot.keyClick(window.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not stack.canRedo()
    assert db(path, "SELECT granularity FROM plan") == [("monthly",)]
    assert db(path, "SELECT count(*) FROM kegiatan") == [(12,)]
    window.close()


def snapshot_file(path):
    """Everything the user wrote, with ids (modified times left out)."""
    return {
        table: db(path, f"SELECT {cols} FROM {table} ORDER BY {cols}")
        for table, cols in (
            ("satker", "id, name"), ("plan", "id, granularity, year"),
            ("sasaran", "id, position, text"), ("indikator", "id, position, text, target"),
            ("kegiatan", "id, position, text"), ("pelaksana", "kegiatan_id, position, name"),
            ("schedule_cell", "kegiatan_id, period, ticked, weeks, note"))
    }


# ------------------------------------------------------------ on the demo


def test_grid_model_passes_qt_model_tester(qtmodeltester, kubu):
    qtmodeltester.check(kubu.model)


def test_grid_shows_the_printed_columns_and_spans(kubu):
    model = kubu.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["NO", "SASARAN KEGIATAN", "INDIKATOR KINERJA", "TARGET", "KEGIATAN",
                       *[f"B{m}" for m in range(1, 13)], "PELAKSANA"]
    assert kubu.grid.rowSpan(1, model.column(COL_SASARAN)) == 3
    assert kubu.grid.rowSpan(1, model.column(COL_INDIKATOR)) == 1
    assert model.index(0, model.column(period_key(2))).data() == "√"


def test_delete_a_sasaran_is_one_undo_step(qtbot, kubu, monkeypatch, demo_file):
    answer_yes(monkeypatch)
    before = snapshot_file(demo_file)
    click_cell(qtbot, kubu, 1, COL_SASARAN)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert db(demo_file, "SELECT count(*) FROM kegiatan") == [(88 + 16 - 3,)]
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert snapshot_file(demo_file) == before


def test_alt_arrows_reorder_kegiatan_and_sasaran(qtbot, kubu, demo_file):
    first = kubu.model.rows[0].sasaran.text
    click_cell(qtbot, kubu, 0, COL_SASARAN)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    order = [r[0] for r in db(demo_file, "SELECT text FROM sasaran s JOIN plan p ON p.id="
                                         "s.plan_id WHERE p.year=2024 AND p.kind='RAK' "
                                         "ORDER BY s.position")]
    assert order[1] == first
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert kubu.model.rows[0].sasaran.text == first


def test_copy_rows_to_the_clipboard_and_paste_them(qtbot, kubu, demo_file):
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    click_cell(qtbot, kubu, 1, COL_KEGIATAN, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[2] == "12 Kali"
    assert lines[0].split("\t")[4:16] == ["", "√", "", "√", "", "√", "", "√", "√", "√", "√", "√"]
    # Rows copied from Excel: a new sasaran with its indikator and kegiatan.
    excel = ("Sasaran dari Excel\tIndikator dari Excel\t90%\tKegiatan dari Excel\t√\t√"
             + "\t" * 10 + "\tSubbag. Teknis\n")
    QApplication.clipboard().setText(excel)
    click_cell(qtbot, kubu, 1, COL_SASARAN)  # in the sasaran column: pasted as a new sasaran
    qtbot.keyClick(kubu.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert db(demo_file, "SELECT count(*) FROM sasaran WHERE text='Sasaran dari Excel'") == [(1,)]
    (row,) = db(demo_file, "SELECT k.id FROM kegiatan k WHERE text='Kegiatan dari Excel'")
    assert db(demo_file, "SELECT period FROM schedule_cell WHERE kegiatan_id=? ORDER BY period",
              row[0]) == [(1,), (2,)]
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db(demo_file, "SELECT count(*) FROM sasaran WHERE text='Sasaran dari Excel'") == [(0,)]


def test_ctrl_enter_makes_a_new_line_in_a_kegiatan(qtbot, kubu, demo_file):
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()
    qtbot.keyClicks(editor, "1. Menyusun")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "2. Mengirim")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    kegiatan = kubu.model.rows[0].kegiatan.id
    assert db(demo_file, "SELECT text FROM kegiatan WHERE id=?", kegiatan) == [
        ("1. Menyusun\n2. Mengirim",)]


def test_delete_clears_selected_cells_in_one_step(qtbot, kubu, demo_file):
    kegiatan = kubu.model.rows[0].kegiatan.id
    click_cell(qtbot, kubu, 0, period_key(9))  # toggles B9 off (it was ticked)
    click_cell(qtbot, kubu, 0, period_key(12), Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Delete)
    assert [r[0] for r in db(demo_file, "SELECT period FROM schedule_cell WHERE kegiatan_id=? "
                                        "ORDER BY period", kegiatan)] == [2, 4, 6, 8]
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(db(demo_file, "SELECT 1 FROM schedule_cell WHERE kegiatan_id=?", kegiatan)) == 7


def test_properties_panel_edits_the_full_text(qtbot, kubu, demo_file):
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    field = kubu.properties.fields[COL_KEGIATAN]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Teks panjang dari panel")
    kubu.grid.setFocus()  # leaving the field commits it
    kegiatan = kubu.model.rows[0].kegiatan.id
    assert db(demo_file, "SELECT text FROM kegiatan WHERE id=?", kegiatan) == [
        ("Teks panjang dari panel",)]


def test_copy_plan_to_next_year_from_the_tree(qtbot, kubu, demo_file):
    kubu.actions_by_name["copy_next_year"].trigger()
    assert db(demo_file, "SELECT year, status FROM plan WHERE kind='RAK' AND satker_id=(SELECT "
                         "satker_id FROM plan WHERE year=2024 AND kind='RAK') ORDER BY year") == [
        (2024, "draft"), (2025, "draft")]
    assert kubu.model.plan.year == 2025 and kubu.model.rowCount() == 53


def test_read_only_file_refuses_edits(qtbot, demo_file):
    window = make_window(qtbot, demo_file, readonly=True)
    assert "(read-only)" in window.windowTitle() or "hanya-baca" in window.windowTitle()
    assert not window.actions_by_name["insert_kegiatan"].isEnabled()
    index = window.model.index(0, window.model.column(COL_SASARAN))
    assert not window.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_window_remembers_recent_files(qtbot, demo_file):
    from rakdesk.ui.settings import settings

    make_window(qtbot, demo_file)
    assert settings().value("recentFiles")[0] == str(demo_file)


def test_preview_shows_the_rendered_plan(qtbot, kubu):
    from rakdesk.ui.preview import PreviewDialog

    data = kubu._render_current()
    dialog = PreviewDialog(data)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 8


def test_context_menu_offers_weeks_on_schedule_cells(kubu):
    index = kubu.model.index(0, kubu.model.column(period_key(3)))
    on_cell = [a.objectName() for a in kubu.grid_menu(kubu.grid.visualRect(index).center())
               .actions()]
    assert "action_weeks" in on_cell and "action_toggle" in on_cell
    text_index = kubu.model.index(0, kubu.model.column(COL_KEGIATAN))
    on_text = [a.objectName() for a in kubu.grid_menu(kubu.grid.visualRect(text_index).center())
               .actions()]
    assert "action_weeks" not in on_text and "action_insert_kegiatan" in on_text
