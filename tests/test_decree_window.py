"""The SK in the window: the decree view instead of the grid, lists edited
with the grid's keys (Insert, Delete, Alt+Up/Down, Ctrl+Z per edit), members
picked from the staff register, and the staff register itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from rakdesk.core.model import Plan
from tests.gui import db, isolate_settings, make_window


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    isolate_settings(tmp_path)
    win = make_window(qtbot, demo_file)
    plan = win.doc.session.exec(select(Plan).where(Plan.kind == "SK")).one()
    win.tree.select(plan.id)
    qtbot.waitUntil(lambda: win.decree_view.isVisible())
    return win


def diktum_labels(view):
    table = view.lists["diktum"]
    return [(table.item(r, 0).text(), table.item(r, 1).text()[:9]) for r in range(table.rowCount())]


def test_sk_shows_the_decree_view_not_the_grid(window):
    view = window.decree_view
    assert not window.grid.isVisible()
    assert view.fields["number_sequence"].text() == "175"
    assert "175/ORT.04-Kpt/6408/KPU-Kab/IV/2021" in view.number_tail.text()
    assert view.lists["menimbang"].rowCount() == 4
    assert view.teams.rowCount() == 11
    assert window.actions_by_name["export_docx"].isEnabled()
    rak = window.doc.session.exec(select(Plan).where(Plan.kind == "RAK")).first()
    window.tree.select(rak.id)
    assert window.grid.isVisible() and not view.isVisible()
    assert not window.actions_by_name["export_docx"].isEnabled()


def test_insert_delete_move_and_undo_in_the_diktum(window, qtbot, demo_file):
    view = window.decree_view
    view.tabs.setCurrentIndex(3)
    table = view.lists["diktum"]
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Menugaskan tim.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
    qtbot.waitUntil(lambda: table.state() == table.State.NoState)
    labels = diktum_labels(view)
    assert labels[1] == ("KEDUA", "Menugaska") and labels[2] == ("KETIGA", "Susunan k")
    assert len(labels) == 8 and labels[-1][0] == "KEDELAPAN"
    stored = db(demo_file, "SELECT text FROM decree_item WHERE section='diktum' "
                           "ORDER BY position")
    assert stored[1] == ("Menugaskan tim.",)
    # Alt+Up moves it first; Delete removes it; each is one undo step
    table.setFocus()
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert diktum_labels(view)[0] == ("KESATU", "Menugaska")
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert diktum_labels(view)[0] == ("KESATU", "Membentuk") and len(diktum_labels(view)) == 7
    window.doc.undo_stack.undo()  # the delete
    assert diktum_labels(view)[0] == ("KESATU", "Menugaska")
    window.doc.undo_stack.undo()  # the move
    window.doc.undo_stack.undo()  # the text
    window.doc.undo_stack.undo()  # the insert
    assert len(diktum_labels(view)) == 7 and diktum_labels(view)[1][0] == "KEDUA"
    assert len(db(demo_file, "SELECT id FROM decree_item WHERE section='diktum'")) == 7


def test_member_picked_from_the_staff_register_with_completion(window, qtbot, demo_file):
    view = window.decree_view
    view.tabs.setCurrentIndex(5)
    view.teams.setCurrentCell(3, 1)  # I. TIM MANAJEMEN PERUBAHAN
    members = view.members
    assert members.rowCount() == 3
    members.setFocus()
    members.setCurrentCell(2, 1)
    qtbot.keyClick(members, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: members.state() == members.State.EditingState)
    editor = QApplication.focusWidget()
    completer = editor.completer()
    completer.setCompletionPrefix("sunar")
    assert completer.currentCompletion() == "Sunarsih — Analisis Hukum"
    editor.setText(completer.currentCompletion())  # as a click in the completer's list
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: members.state() == members.State.NoState)
    assert members.item(3, 1).text() == "Sunarsih"
    assert members.item(3, 2).text() == "Analisis Hukum"
    assert members.item(3, 0).text() == "18."  # numbering continues across teams
    rows = db(demo_file, "SELECT o.name FROM decree_member m JOIN official o "
                         "ON o.id = m.official_id WHERE o.name = 'Sunarsih'")
    assert len(rows) == 2  # in team VI already, and now here
    # a name not in the register is refused in words, nothing changes
    members.setCurrentCell(3, 1)
    members.editItem(members.item(3, 1))
    editor = QApplication.focusWidget()
    editor.setText("Orang Asing")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Orang Asing" in window.statusBar().currentMessage())
    assert "Orang Asing" in window.statusBar().currentMessage()
    assert members.item(3, 1).text() == "Sunarsih"


def test_staff_register_rename_reaches_the_decree_view(window, qtbot):
    from rakdesk.ui.staff_dialog import FIELDS, StaffDialog

    view = window.decree_view
    view.tabs.setCurrentIndex(5)
    view.teams.setCurrentCell(4, 1)  # II. ... PERUNDANG-UNDANGAN: Listiana Astar first
    satker_id = window.doc.session.get(Plan, view.plan_id).satker_id
    dialog = StaffDialog(window.doc, satker_id, window)
    qtbot.addWidget(dialog)
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Listiana Astar")
    table.item(row, FIELDS.index("name")).setText("Listiana Astar, S.H.")
    assert view.members.item(0, 1).text() == "Listiana Astar, S.H."
    table.item(row, FIELDS.index("nip")).setText("12345")
    assert "NIP" in dialog.message.text()
    window.doc.undo_stack.undo()
    assert view.members.item(0, 1).text() == "Listiana Astar"


def test_grid_edits_are_off_for_an_sk(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[-1]))
    for name in ("insert_sasaran", "insert_kegiatan", "delete_rows", "paste", "export_xlsx"):
        assert not window.actions_by_name[name].isEnabled(), name
    assert window.actions_by_name["finalize"].isEnabled()
    assert window.actions_by_name["export_pdf"].isEnabled()
    window.plan_actions.insert_sasaran()  # even called directly, the SK gets no sasaran
    assert window.model.plan.sasaran == []
    assert said == ["Keputusan (SK) tidak berisi sasaran; ubah isinya di tampilan SK."]


def test_plan_properties_of_an_sk_keep_it_an_sk(window, qtbot, monkeypatch):
    """Place, date, paper and the issuer are set in the plan's properties; the
    kind cannot turn the decree into a RAK."""
    import datetime as dt

    from rakdesk.ui import dialogs
    from tests.gui import fill_dialog

    def change(d):
        assert d.ui.kind.currentText() == "SK" and not d.ui.kind.isEnabled()
        d.ui.signPlace.setText("Sangatta Utara")
    fill_dialog(monkeypatch, dialogs.PlanDialog, change)
    window.actions_by_name["plan_properties"].trigger()
    plan = window.doc.session.get(Plan, window.decree_view.plan_id)
    assert (plan.kind, plan.sign_place, plan.sign_date) == ("SK", "Sangatta Utara",
                                                             dt.date(2021, 4, 2))
    assert window.decree_view.isVisible()


def test_decree_view_lives_in_the_plan_tab(window):
    """The Monitoring tab shows monitoring only, not the SK below it; the Plan
    tab shows the SK without an empty band above it."""
    view = window.decree_view
    tabs = window.area.tabs
    assert tabs.widget(0).isAncestorOf(view)
    tabs.setCurrentIndex(1)
    assert not view.isVisible()
    tabs.setCurrentIndex(0)
    assert view.isVisible()


def test_certified_copy_and_lampiran_lines_edited_and_undone(window, qtbot, demo_file):
    view = window.decree_view
    view.tabs.setCurrentIndex(6)
    assert "Sangatta, 2 April 2021" in view.signing.text()
    office = view.copy_office
    office.setFocus()
    office.setPlainText("SEKRETARIAT KPU\nKABUPATEN KUTAI TIMUR")
    view.copy_person.setFocus()  # leaving the office box stores it
    qtbot.waitUntil(lambda: db(demo_file, "SELECT copy_office FROM decree")[0][0]
                    == "SEKRETARIAT KPU\nKABUPATEN KUTAI TIMUR")
    view.copy_person.setText("Jumeah — Sekretaris KPU Kabupaten Kutai Timur")
    view.copy_person.editingFinished.emit()
    picked = db(demo_file, "SELECT o.name, d.copy_name FROM decree d "
                           "JOIN official o ON o.id = d.copy_official_id")
    assert picked == [("Jumeah", "")]
    view.copy_person.setText("Drs. Orang Lain")  # not in the register: printed as typed
    view.copy_person.editingFinished.emit()
    assert db(demo_file, "SELECT copy_official_id, copy_name FROM decree") == [
        (None, "Drs. Orang Lain")]
    for field, text in (("copy_title", "Plh. Sekretaris"),
                        ("lampiran_decree", "KEPUTUSAN KPU KABUPATEN KUTAI TIMUR"),
                        ("lampiran_about", "PEMBENTUKAN TIM RB TAHUN 2021")):
        view.fields[field].setText(text)
        view.fields[field].editingFinished.emit()
        assert db(demo_file, f"SELECT {field} FROM decree") == [(text,)]
    view.tabs.setFocus()  # out of the fields, which then show the stored values
    for _ in range(3):
        window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()  # the typed name
    assert view.copy_person.text() == "Jumeah"
    window.doc.undo_stack.undo()  # the picked person
    window.doc.undo_stack.undo()  # the office
    assert db(demo_file, "SELECT copy_official_id, copy_title, lampiran_decree FROM decree") \
        != [(None, "Plh. Sekretaris", "KEPUTUSAN KPU KABUPATEN KUTAI TIMUR")]
    assert "SEKRETARIAT KPU" not in db(demo_file, "SELECT copy_office FROM decree")[0][0]


def test_copy_signer_chosen_in_the_completer_list(window, qtbot, demo_file):
    """Typing part of a name and choosing it in the completer's list with the
    keyboard picks that person (the window once closed at that moment)."""
    view = window.decree_view
    view.tabs.setCurrentIndex(6)
    edit = view.copy_person
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "jum")
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db(demo_file, "SELECT o.name FROM decree d JOIN official o "
                                          "ON o.id = d.copy_official_id") == [("Jumeah",)])
    view.tabs.setFocus()
    qtbot.waitUntil(lambda: edit.text() == "Jumeah")


def test_changed_date_moves_the_numbers_roman_month_in_the_view(window, qtbot, monkeypatch):
    """The button beside "Ditetapkan" opens the plan's properties; a new date
    shows at once in the signing line and in the number's month and year."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QPushButton

    from rakdesk.ui import dialogs
    from tests.gui import fill_dialog

    fill_dialog(monkeypatch, dialogs.PlanDialog,
                lambda d: d.ui.signDate.setDate(QDate(2021, 5, 15)))
    view = window.decree_view
    view.tabs.setCurrentIndex(6)
    view.findChild(QPushButton, "decreeSigningChange").click()
    qtbot.waitUntil(lambda: "15 Mei 2021" in view.signing.text())
    assert view.number_tail.text() == "175/ORT.04-Kpt/6408/KPU-Kab/V/2021"
