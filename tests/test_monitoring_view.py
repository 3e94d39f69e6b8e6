"""The Monitoring tab as a user works it: type a realisasi and Enter, see the
capaian; empty is "belum diisi", never 0 %; undo takes back one edit; the
"below target" filter; bukti dukung added and removed with undo; a realisasi
workbook previewed (nothing written) and recorded as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rakdesk.core import plans as ops
from rakdesk.core.model import Indikator
from rakdesk.ui.monitoring_model import CAPAIAN, TARGET, VALUE
from rakdesk.ui.monitoring_view import BELOW, EMPTY
from tests.gui import db

ROWS = ("SELECT id, period, target, value, note, kendala, upaya, tindak_lanjut, pic, "
        "batas_waktu, tindak_lanjut_done FROM realisasi ORDER BY id")
DECEMBER = 11  # November: the demo fills the last month of each triwulan
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
       b"\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def window(kubu):
    kubu.area.show_monitoring()
    view = kubu.monitoring
    view.period_box.setCurrentIndex(DECEMBER - 1)  # nothing is filled in November
    return kubu


def first_indikator(view) -> int:
    return next(n for n, r in enumerate(view.model.rows) if r.kind == "indikator")


def cell(view, row: int, part: int, period: int = DECEMBER) -> str:
    return view.model.index(row, view.model.column_of(period, part)).data()


def stored(window, indikator_id: str, period: int = DECEMBER):
    return db(window.doc.workspace.path,
              "SELECT value FROM realisasi WHERE indikator_id=? AND period=?", indikator_id,
              period)


def type_into(qtbot, view, row: int, text: str, period: int = DECEMBER) -> None:
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(row, view.model.column_of(period, VALUE)))
    qtbot.keyClicks(table, text[0])  # the first key opens the editor
    editor = table.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_typing_a_realisasi_and_enter_stores_it_and_shows_capaian(qtbot, window):
    view = window.monitoring
    row = first_indikator(view)
    indikator_id = view.model.rows[row].id
    assert cell(view, row, TARGET) == "1 Kali"  # 12 Kali a year, one scheduled a month
    type_into(qtbot, view, row, "1")
    assert stored(window, indikator_id) == [("1",)]
    assert cell(view, row, VALUE) == "1"
    assert cell(view, row, CAPAIAN) == "100 %"
    # Enter moved down to the next row that takes a realisasi
    assert view.table.currentIndex().row() > row
    assert view.model.rows[view.table.currentIndex().row()].kind == "indikator"


def test_empty_is_belum_diisi_and_zero_is_a_real_zero(qtbot, window):
    view = window.monitoring
    row = first_indikator(view)
    assert cell(view, row, VALUE) == "belum diisi"
    assert cell(view, row, CAPAIAN) == "belum diisi"
    assert "0 %" not in [cell(view, r, CAPAIAN) for r in range(len(view.model.rows))
                         if view.model.rows[r].kind == "indikator"]
    type_into(qtbot, view, row, "0")
    assert cell(view, row, CAPAIAN) == "0 %"


def test_undo_takes_back_one_edit(qtbot, window):
    view = window.monitoring
    row = first_indikator(view)
    second = next(n for n in range(row + 1, len(view.model.rows))
                  if view.model.rows[n].kind == "indikator")
    first_id, second_id = view.model.rows[row].id, view.model.rows[second].id
    type_into(qtbot, view, row, "1")
    type_into(qtbot, view, second, "50%")
    window.doc.undo_stack.undo()
    assert stored(window, second_id) == []
    assert cell(view, second, VALUE) == "belum diisi"
    assert stored(window, first_id) == [("1",)]
    assert cell(view, row, CAPAIAN) == "100 %"
    window.doc.undo_stack.redo()
    assert stored(window, second_id) == [("50%",)]


def test_filter_below_target_leaves_only_indikator_under_100(qtbot, window):
    view = window.monitoring
    view.period_box.setCurrentIndex(5)  # June: the demo's example figures
    rows = view.model.rows
    under = [n for n, r in enumerate(rows) if r.kind == "indikator"
             and r.periods[6].capaian.value is not None and r.periods[6].capaian.value < 100]
    met = [n for n, r in enumerate(rows) if r.kind == "indikator"
           and (r.periods[6].capaian.value is None or r.periods[6].capaian.value >= 100)]
    assert under and met
    view.filter_box.setCurrentIndex(BELOW)
    shown = [n for n, r in enumerate(rows) if r.kind == "indikator"
             and not view.table.isRowHidden(n)]
    assert shown == under
    view.filter_box.setCurrentIndex(0)
    assert not any(view.table.isRowHidden(n) for n in met)


def test_evidence_added_removed_and_undone(qtbot, window, tmp_path):
    view = window.monitoring
    row = first_indikator(view)
    view.table.setCurrentIndex(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    indikator_id = view.model.rows[row].id
    photo = tmp_path / "foto kegiatan.png"
    photo.write_bytes(PNG)
    count = lambda: db(window.doc.workspace.path,  # noqa: E731
                       "SELECT count(*) FROM evidence WHERE indikator_id=? AND period=?",
                       indikator_id, DECEMBER)[0][0]
    view.panel.add_files([photo])
    assert count() == 1
    assert view.panel.evidence.count() == 1
    assert "foto kegiatan.png" in view.panel.evidence.item(0).text()
    window.doc.undo_stack.undo()
    assert count() == 0 and view.panel.evidence.count() == 0
    window.doc.undo_stack.redo()
    assert count() == 1
    view.panel.evidence.setCurrentRow(0)
    view.panel.remove_evidence()
    assert count() == 0 and view.panel.evidence.count() == 0
    window.doc.undo_stack.undo()
    assert count() == 1 and view.panel.evidence.count() == 1


def test_a_wrong_file_is_refused_with_a_message(qtbot, window, tmp_path):
    view = window.monitoring
    row = first_indikator(view)
    view.table.setCurrentIndex(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    text = tmp_path / "catatan.txt"
    text.write_text("bukan gambar")
    window.doc.sig_error.disconnect()  # no message box in a test
    with qtbot.waitSignal(window.doc.sig_error) as blocker:
        view.panel.add_files([text])
    assert blocker.args == ["catatan.txt bukan PDF, JPG atau PNG."]
    assert view.panel.evidence.count() == 0
    assert not window.doc.undo_stack.canUndo()


def test_import_preview_writes_nothing_until_ok_and_is_one_undo_step(qtbot, window, tmp_path,
                                                                     monkeypatch):
    from rakdesk.ui import monitoring_dialogs
    from rakdesk.ui.monitoring_actions import MonitoringActions
    from tests.test_realisasi_import import MONEV, quarter_sheet

    path = tmp_path / "monev.xlsx"
    quarter_sheet(path)
    indikator_id = next(i.id for s in window.monitoring.plan.sasaran for i in s.indikator
                        if i.text == MONEV)
    before = db(window.doc.workspace.path, ROWS)
    seen = {}

    def answer(ok):
        def exec_(dialog):
            seen["rows"] = db(window.doc.workspace.path, ROWS)
            seen["summary"] = dialog.findChild(monitoring_dialogs.QLabel, "importSummary").text()
            return ok
        return exec_

    monkeypatch.setattr(monitoring_dialogs.ImportPreviewDialog, "exec", answer(0))
    assert not MonitoringActions(window).import_realisasi(str(path))
    assert seen["rows"] == before
    assert "TW III" in seen["summary"]
    assert db(window.doc.workspace.path, ROWS) == before
    assert not window.doc.undo_stack.canUndo()

    monkeypatch.setattr(monitoring_dialogs.ImportPreviewDialog, "exec", answer(1))
    assert MonitoringActions(window).import_realisasi(str(path))
    assert seen["rows"] == before  # still nothing while the preview was open
    assert stored(window, indikator_id, 9) == [("55,5%",)]
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert db(window.doc.workspace.path, ROWS) == before


def test_measurement_settings_are_one_undo_step(qtbot, window):
    view = window.monitoring
    row = first_indikator(view)
    view.table.setCurrentIndex(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    indikator = window.doc.session.get(Indikator, view.model.rows[row].id)
    from rakdesk.ui import monitoring_commands as mc

    window.doc.push(mc.set_measurement(window.doc, indikator.id, {"polarity": "lower"}, "x"))
    assert db(window.doc.workspace.path, "SELECT polarity FROM indikator WHERE id=?",
              indikator.id) == [("lower",)]
    window.doc.undo_stack.undo()
    assert db(window.doc.workspace.path, "SELECT polarity FROM indikator WHERE id=?",
              indikator.id) == [("higher",)]
    satker = ops.plan_of(indikator).satker
    window.doc.push(mc.set_scale(window.doc, satker.id, "≥ 100 Tercapai\n≤ 99 Belum", "s"))
    view.period_box.setCurrentIndex(5)
    kategori = {r.periods[6].kategori for r in view.model.rows if r.kind == "indikator"}
    assert kategori <= {"Tercapai", "Belum", ""}



def test_kegiatan_status_picked_from_the_list(qtbot, window):
    from PySide6.QtWidgets import QComboBox

    view = window.monitoring
    n, row = next((n, r) for n, r in enumerate(view.model.rows) if r.kind == "kegiatan")
    index = view.model.index(n, view.model.column_of(DECEMBER, TARGET))
    query = "SELECT status FROM kegiatan_progress WHERE kegiatan_id=? AND period=?"
    before = db(window.doc.workspace.path, query, row.id, DECEMBER)
    assert before != [("sebagian",)]
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.viewport().findChild(QComboBox)
    editor.setCurrentIndex(editor.findData("sebagian"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)
    assert db(window.doc.workspace.path, query, row.id, DECEMBER) == [("sebagian",)]
    assert view.model.index(n, view.model.column_of(DECEMBER, TARGET)).data() == "Sebagian"
    window.doc.undo_stack.undo()
    assert db(window.doc.workspace.path, query, row.id, DECEMBER) == before


def test_kendala_typed_in_the_panel_is_saved_on_leaving_and_undone(qtbot, window):
    view = window.monitoring
    row = first_indikator(view)
    indikator_id = view.model.rows[row].id
    view.table.setCurrentIndex(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    kendala = view.panel.edits["kendala"]
    kendala.setFocus()
    qtbot.waitUntil(kendala.hasFocus)
    qtbot.keyClicks(kendala, "Operator baru")
    view.panel.pic.setFocus()  # leaving the box saves it
    qtbot.waitUntil(lambda: db(window.doc.workspace.path,
                               "SELECT kendala FROM realisasi WHERE indikator_id=? AND period=?",
                               indikator_id, DECEMBER) == [("Operator baru",)])
    window.doc.undo_stack.undo()
    assert stored(window, indikator_id) == []
    assert kendala.toPlainText() == ""


def test_filter_belum_diisi_leaves_only_indikator_without_realisasi(qtbot, window):
    view = window.monitoring
    view.period_box.setCurrentIndex(5)  # June
    rows = view.model.rows
    empty = [n for n, r in enumerate(rows) if r.kind == "indikator" and not r.periods[6].value]
    view.filter_box.setCurrentIndex(EMPTY)
    shown = [n for n, r in enumerate(rows) if r.kind == "indikator"
             and not view.table.isRowHidden(n)]
    assert shown == empty
    assert len(shown) < len([r for r in rows if r.kind == "indikator"])


def test_a_file_dropped_on_a_row_becomes_its_bukti_dukung(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    view = window.monitoring
    row = first_indikator(view)
    photo = tmp_path / "scan.png"
    photo.write_bytes(PNG)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    rect = view.table.visualRect(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    event = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.table.dropEvent(event)
    assert db(window.doc.workspace.path, "SELECT name FROM evidence WHERE indikator_id=? "
              "AND period=?", view.model.rows[row].id, DECEMBER) == [("scan.png",)]


def test_reports_of_the_chosen_triwulan_are_written(qtbot, window, tmp_path, monkeypatch):
    import zipfile

    from rakdesk.ui import monitoring_actions
    from rakdesk.ui.monitoring_actions import MonitoringActions

    window.monitoring.period_box.setCurrentIndex(5)  # June: triwulan II
    for how, name in (("tw", "tw2.pdf"), ("pengukuran", "pk.pdf"), ("docx", "lkjip.docx"),
                      ("xlsx", "monev.xlsx")):
        target = tmp_path / name
        monkeypatch.setattr(monitoring_actions.QFileDialog, "getSaveFileName",
                            lambda *a, t=target, **k: (str(t), ""))
        MonitoringActions(window).report(how)
        assert target.exists(), how
    assert (tmp_path / "tw2.pdf").read_bytes().startswith(b"%PDF")
    from tests.pdftext import pages_text

    assert "TRIWULAN II" in pages_text((tmp_path / "tw2.pdf").read_bytes())[0]
    assert "PENGUKURAN KINERJA" in pages_text((tmp_path / "pk.pdf").read_bytes())[0]
    assert zipfile.is_zipfile(tmp_path / "lkjip.docx")


def test_the_chart_draws_a_green_bar_for_a_met_target(qtbot, window):
    from PySide6.QtGui import QColor

    from rakdesk.ui.monitoring_dialogs import chart_pixmap

    image = chart_pixmap(window.monitoring.plan).toImage()
    assert image.width() > 400
    green = QColor("#3a8f4a")
    found = any(_near(QColor(image.pixel(x, y)), green)
                for y in range(0, image.height(), 3) for x in range(0, image.width(), 5))
    assert found


def _near(a, b) -> bool:
    return abs(a.red() - b.red()) < 12 and abs(a.green() - b.green()) < 12 \
        and abs(a.blue() - b.blue()) < 12


def test_an_indikator_added_in_the_plan_grid_shows_in_monitoring(qtbot, window):
    view = window.monitoring
    count = sum(r.kind == "indikator" for r in view.model.rows)
    window.area.tabs.setCurrentIndex(0)
    window.grid.setCurrentIndex(window.model.index(0, 1))
    window.plan_actions.insert_indikator()
    window.area.show_monitoring()
    assert sum(r.kind == "indikator" for r in view.model.rows) == count + 1
    window.doc.undo_stack.undo()
    assert sum(r.kind == "indikator" for r in view.model.rows) == count


def test_delete_empties_a_realisasi_again(qtbot, window):
    view = window.monitoring
    row = first_indikator(view)
    indikator_id = view.model.rows[row].id
    type_into(qtbot, view, row, "1")
    view.table.setCurrentIndex(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert stored(window, indikator_id) == [("",)]
    assert cell(view, row, CAPAIAN) == "belum diisi"
    window.doc.undo_stack.undo()
    assert cell(view, row, CAPAIAN) == "100 %"


def test_a_workbook_that_is_no_realisasi_table_is_named_and_nothing_changes(
        qtbot, window, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from rakdesk.ui import monitoring_actions
    from rakdesk.ui.monitoring_actions import MonitoringActions

    path = tmp_path / "lain.xlsx"
    book = Workbook()
    book.active.append(["Nama", "Alamat"])
    book.save(path)
    said = []
    monkeypatch.setattr(monitoring_actions.QMessageBox, "warning",
                        lambda parent, title, text: said.append(text))
    before = db(window.doc.workspace.path, ROWS)
    assert not MonitoringActions(window).import_realisasi(str(path))
    assert said and "tidak ada tabel realisasi" in said[0]
    assert db(window.doc.workspace.path, ROWS) == before


def test_evidence_opens_with_the_system_viewer_from_a_copy(qtbot, window, tmp_path,
                                                           monkeypatch):
    from pathlib import Path

    from rakdesk.ui import monitoring_panel

    view = window.monitoring
    row = first_indikator(view)
    view.table.setCurrentIndex(view.model.index(row, view.model.column_of(DECEMBER, VALUE)))
    photo = tmp_path / "foto.png"
    photo.write_bytes(PNG)
    view.panel.add_files([photo])
    photo.unlink()  # the workspace keeps its own copy
    opened = []
    monkeypatch.setattr(monitoring_panel.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)
    view.panel.evidence.setCurrentRow(0)
    view.panel.open_evidence()
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "foto.png" and copy.read_bytes() == PNG


def test_filter_tindak_lanjut_overdue(qtbot, window):
    from rakdesk.ui.monitoring_view import OVERDUE

    view = window.monitoring
    rows = view.model.rows
    n = first_indikator(view)
    view.table.setCurrentIndex(view.model.index(n, view.model.column_of(DECEMBER, VALUE)))
    assert view.set_followup(rows[n].id, {"tindak_lanjut": "Rapat evaluasi",
                                          "batas_waktu": "15-01-2024"}, "x")
    view.filter_box.setCurrentIndex(OVERDUE)
    rows = view.model.rows
    shown = [r.id for k, r in enumerate(rows) if r.kind == "indikator"
             and not view.table.isRowHidden(k)]
    assert rows[n].id in shown
    assert all(any(p.overdue for p in r.periods.values()) for r in rows if r.id in shown)
    assert len(shown) < sum(r.kind == "indikator" for r in rows)


def test_the_whole_file_put_back_is_read_again(qtbot, window):
    """Undoing a merge puts back the whole file and closes the session: the tab
    reads the plan from the new one."""
    view = window.monitoring
    row = first_indikator(view)
    image = window.doc.image()
    type_into(qtbot, view, row, "1")
    assert cell(view, row, CAPAIAN) == "100 %"
    window.doc.restore_image(image)
    assert cell(view, row, CAPAIAN) == "belum diisi"
    type_into(qtbot, view, row, "2")
    assert cell(view, row, CAPAIAN) == "200 %"


def test_chart_dialog_shows_capaian_and_triwulan_charts_of_readable_size(qtbot, window):
    from rakdesk.ui.monitoring_dialogs import ChartDialog

    plan = window.monitoring.plan
    count = sum(len(s.indikator) for s in plan.sasaran)
    dialog = ChartDialog(plan, window)
    qtbot.addWidget(dialog)
    assert len(dialog.pictures) == 1 + -(-count // 15)  # 15 indikator a triwulan chart
    assert all(not p.pixmap().isNull() for p in dialog.pictures)


def test_opening_another_workspace_keeps_one_monitoring_menu(kubu, demo_file):
    """The Monitoring menu is made once per window, not once per workspace shown
    (it was looked for on the menu bar, while the window holds it)."""
    from rakdesk.core.storage import open_workspace

    def titles():
        return [a.text() for a in kubu.menuBar().actions()]

    before = titles()
    kubu.set_workspace(open_workspace(demo_file))
    assert titles() == before
    assert sum(1 for t in titles() if "onitoring" in t) == 1


def test_the_tools_wait_for_a_rak(kubu):
    """On a PK the tab says monitoring is kept on the RAK: its import, report,
    chart and scale buttons are off there, and on again on the RAK."""
    rak = kubu.monitoring.plan_id or kubu.model.plan.id
    pk = next(p.id for s in ops.all_satkers(kubu.doc.session) for p in s.plans
              if s.name == "SEKRETARIAT KPU KABUPATEN KUBU RAYA" and p.kind == "PK")
    kubu.area.show_monitoring()
    view = kubu.monitoring
    assert view.tool_buttons and all(b.isEnabled() for b in view.tool_buttons)
    kubu.tree.select(pk)
    assert not any(b.isEnabled() for b in view.tool_buttons)
    kubu.tree.select(rak)
    assert all(b.isEnabled() for b in view.tool_buttons)
