"""The satker, sub-unit, official and plan dialogs, used as a user would."""

import sqlite3

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from rakdesk.core.schedule import Cell  # noqa: E402
from rakdesk.ui import dialogs  # noqa: E402
from tests.gui import fill_dialog  # noqa: E402


def ok_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_official_dialog_validates_the_nip_as_typed(qtbot):
    dialog = dialogs.OfficialDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.name, "THOMAS DOHU, S.Hut")
    qtbot.keyClicks(dialog.ui.nip, "19680411 199303 1 00")
    assert not ok_button(dialog).isEnabled() and "18" in dialog.ui.nipProblem.text()
    qtbot.keyClicks(dialog.ui.nip, "9")
    assert ok_button(dialog).isEnabled() and dialog.ui.nipProblem.text() == ""
    assert dialog.values()["nip"] == "196804111993031009"


def test_weeks_dialog_previews_the_printed_text(qtbot):
    dialog = dialogs.WeeksDialog(Cell())
    qtbot.addWidget(dialog)
    dialog.ui.week1.setChecked(True)
    dialog.ui.week4.setChecked(True)
    assert dialog.ui.preview.text() == "Minggu ke 1 dan ke 4"
    assert dialog.cell() == Cell(weeks={1, 4})


def db(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_sub_units_and_officials_are_edited_and_undone_in_one_step(qtbot, kubu, monkeypatch,
                                                                  demo_file):
    def units(d):
        qtbot.keyClicks(d.ui.unitName, "Subbag. Baru")
        qtbot.keyClick(d.ui.unitName, Qt.Key.Key_Return)
        d.ui.units.setCurrentRow(0)
        d.ui.removeUnit.click()
    fill_dialog(monkeypatch, dialogs.SubUnitsDialog, units)
    before = db(demo_file, "SELECT name FROM sub_unit WHERE satker_id=(SELECT id FROM satker "
                           "WHERE name='SEKRETARIAT KPU KABUPATEN KUBU RAYA') ORDER BY position")
    kubu.actions_by_name["sub_units"].trigger()
    after = db(demo_file, "SELECT name FROM sub_unit WHERE satker_id=(SELECT id FROM satker "
                          "WHERE name='SEKRETARIAT KPU KABUPATEN KUBU RAYA') ORDER BY position")
    assert after == before[1:] + [("Subbag. Baru",)]
    kubu.doc.undo_stack.undo()
    assert db(demo_file, "SELECT name FROM sub_unit WHERE satker_id=(SELECT id FROM satker "
                         "WHERE name='SEKRETARIAT KPU KABUPATEN KUBU RAYA') ORDER BY position") \
        == before

    def officials(d):
        d.officials.append({"id": None, "name": "Budi, S.E.", "title": "SEKRETARIS",
                            "acting": "Plh.", "nip": "196804111993031009",
                            "signature_image": None, "stamp_image": None})
    fill_dialog(monkeypatch, dialogs.OfficialsDialog, officials)
    kubu.actions_by_name["officials"].trigger()
    assert ("Budi, S.E.", "Plh.", "196804111993031009") in db(
        demo_file, "SELECT name, acting, nip FROM official")


def test_plan_properties_switch_to_quarterly_asks_first(qtbot, kubu, monkeypatch, demo_file):
    asked = []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)

    def quarterly(d):
        d.ui.granularity.setCurrentIndex(d.ui.granularity.findData("quarterly"))
        d.ui.paper.setCurrentText("F4")
    fill_dialog(monkeypatch, dialogs.PlanDialog, quarterly)
    kubu.actions_by_name["plan_properties"].trigger()
    assert len(asked) == 1 and "Melakukan revisi" in asked[0] and "T1" in asked[0]
    # The user said No: nothing changed.
    assert db(demo_file, "SELECT granularity, paper FROM plan WHERE year=2024 AND kind='RAK'") \
        == [("monthly", "A4")]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    kubu.actions_by_name["plan_properties"].trigger()
    assert db(demo_file, "SELECT granularity, paper FROM plan WHERE year=2024 AND kind='RAK'") \
        == [("quarterly", "F4")]
    kubu.doc.undo_stack.undo()  # one step undoes both
    assert db(demo_file, "SELECT granularity, paper FROM plan WHERE year=2024 AND kind='RAK'") \
        == [("monthly", "A4")]
    assert db(demo_file, "SELECT count(*) FROM schedule_cell WHERE period > 4")[0][0] > 100


def test_new_satker_needs_a_name(qtbot):
    dialog = dialogs.SatkerDialog()
    qtbot.addWidget(dialog)
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.ui.name, "KPU KOTA CONTOH")
    assert ok_button(dialog).isEnabled()
    values = dialog.values()
    assert values["full_name"] == "KPU KOTA CONTOH"  # defaults to the name
    assert (values["level"], values["body"], values["logo"]) == ("kabupaten", "sekretariat", None)
