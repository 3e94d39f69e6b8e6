"""Who signs and above which office line: an official added where the
Penandatangan list is, the office line a new satker prints by default, and an
acting prefix never printed twice."""

import datetime as dt

import pytest

from rakdesk.core import plans as ops
from rakdesk.core.offices import office_line, position_text, split_acting
from rakdesk.core.storage import create_workspace
from rakdesk.pdf import render_plan
from tests import pdftext


@pytest.mark.parametrize("name, line", [
    ("SEKRETARIAT KPU KABUPATEN KUBU RAYA", "KOMISI PEMILIHAN UMUM\nKABUPATEN KUBU RAYA"),
    ("KPU Kabupaten Lombok Timur", "KOMISI PEMILIHAN UMUM\nKABUPATEN LOMBOK TIMUR"),
    ("Sekretariat Komisi Pemilihan Umum Kota Samarinda",
     "KOMISI PEMILIHAN UMUM\nKOTA SAMARINDA"),
    ("KPU KAB.KUTAI BARAT", "KOMISI PEMILIHAN UMUM\nKABUPATEN KUTAI BARAT"),
    ("SEKRETARIAT KPU PROV. KALIMANTAN BARAT", "KOMISI PEMILIHAN UMUM\nPROVINSI KALIMANTAN BARAT"),
    ("DINAS PENDIDIKAN", "DINAS PENDIDIKAN"),
])
def test_office_line_from_the_satker_name(name, line):
    assert office_line(name) == line


@pytest.mark.parametrize("acting, title, expected", [
    ("Plt.", "Plt. SEKRETARIS", ("Plt.", "SEKRETARIS")),
    ("", "Plt. SEKRETARIS", ("Plt.", "SEKRETARIS")),
    ("", "plt SEKRETARIS", ("Plt.", "SEKRETARIS")),
    ("Plh.", "Plh. Plh. KETUA", ("Plh.", "KETUA")),
    ("", "KETUA", ("", "KETUA")),
    ("Plt.", "PLTD MANAGER", ("Plt.", "PLTD MANAGER")),
])
def test_acting_prefix_is_kept_once(acting, title, expected):
    assert split_acting(acting, title) == expected
    assert position_text(acting, title).count(expected[0] or "§") <= 1


@pytest.fixture
def session(tmp_path):
    ws = create_workspace(tmp_path / "w.sqlite")
    s = ws.session()
    yield s
    s.close()
    ws.close()


def test_plt_typed_in_the_title_and_chosen_as_acting_prints_once(session):
    satker = ops.add_satker(session, name="SEKRETARIAT KPU KABUPATEN CONTOH")
    official = ops.add_official(session, satker, "ABDUL MUIS", "Plt. SEKRETARIS", acting="Plt.")
    assert (official.acting, official.title) == ("Plt.", "SEKRETARIS")
    plan = ops.add_plan(session, satker, "RAK", 2025, sign_office=satker.office_heading,
                        sign_place="Contoh")
    plan.signatory = official
    plan.sign_date = dt.date(2025, 1, 2)
    official.title = "Plt. SEKRETARIS"  # as an older file may hold it
    ops.add_kegiatan(session, ops.add_indikator(session, ops.add_sasaran(session, plan, "S"),
                                                "I", "1"), "K")
    session.flush()
    text = pdftext.pages_text(render_plan(plan))[-1]
    assert "Plt. SEKRETARIS," in text and "Plt. Plt." not in text
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Plt. SEKRETARIS,")
    assert lines[at - 2:at] == ["KOMISI PEMILIHAN UMUM", "KABUPATEN CONTOH"]


# ------------------------------------------------------------ in the window


def test_new_satker_and_plan_print_the_office_line_and_an_official_added_in_place(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt

    from rakdesk.ui import dialogs
    from tests.gui import db, fill_dialog, make_window

    path = tmp_path / "kerja.sqlite"
    create_workspace(path).close()
    window = make_window(qtbot, path)

    def satker(d):
        qtbot.keyClicks(d.ui.name, "SEKRETARIAT KPU KABUPATEN CONTOH")
        # The office line follows the name: real text, not a grey placeholder.
        assert d.ui.officeHeading.toPlainText() == "KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH"
        assert "Empty" in d.ui.officeHeading.placeholderText() or \
            "Kosong" in d.ui.officeHeading.placeholderText()
    fill_dialog(monkeypatch, dialogs.SatkerDialog, satker)
    window.actions_by_name["new_satker"].trigger()
    assert db(path, "SELECT office_heading FROM satker") == [
        ("KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH",)]

    def official(d):
        qtbot.keyClicks(d.ui.name, "ABDUL MUIS, S.E.")
        qtbot.keyClicks(d.ui.title, "Plt. SEKRETARIS")
        d.ui.acting.setCurrentText("Plt.")

    def plan(d):
        assert [d.ui.signatory.itemText(i) for i in range(d.ui.signatory.count())] == [
            d.ui.signatory.itemText(0)]  # only "(none)" so far
        fill_dialog(monkeypatch, dialogs.OfficialDialog, official)
        qtbot.mouseClick(d.ui.addOfficial, Qt.MouseButton.LeftButton)
        assert "ABDUL MUIS" in d.ui.signatory.currentText()
        assert d.ui.signOffice.toPlainText() == "KOMISI PEMILIHAN UMUM\nKABUPATEN CONTOH"
    fill_dialog(monkeypatch, dialogs.PlanDialog, plan)
    window.actions_by_name["new_plan"].trigger()
    assert db(path, "SELECT o.name, o.acting, o.title FROM plan p JOIN official o ON "
                    "o.id = p.signatory_id") == [("ABDUL MUIS, S.E.", "Plt.", "SEKRETARIS")]
    text = pdftext.pages_text(render_plan(window.model.plan))[-1]
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Plt. SEKRETARIS,")
    assert lines[at - 2:at] == ["KOMISI PEMILIHAN UMUM", "KABUPATEN CONTOH"]
    window.actions_by_name["undo"].trigger()  # the plan and its new official: one step
    assert db(path, "SELECT count(*) FROM plan") == [(0,)]
    assert db(path, "SELECT count(*) FROM official") == [(0,)]


def test_an_official_added_to_the_satker_is_offered_for_its_plans(qtbot, tmp_path,
                                                                  monkeypatch):
    from rakdesk.ui import dialogs
    from tests.gui import db, fill_dialog, make_window

    path = tmp_path / "kerja.sqlite"
    ws = create_workspace(path)
    with ws.session() as s:
        satker = ops.add_satker(s, name="SEKRETARIAT KPU KABUPATEN CONTOH")
        ops.add_plan(s, satker, "RAK", 2025)
        s.commit()
    ws.close()
    window = make_window(qtbot, path)
    window.tree.select(db(path, "SELECT id FROM plan")[0][0])

    def officials(d):
        def one(o):
            qtbot.keyClicks(o.ui.name, "FITRI")
            qtbot.keyClicks(o.ui.title, "SEKRETARIS")
        fill_dialog(monkeypatch, dialogs.OfficialDialog, one)
        d.ui.addOfficial.click()
    fill_dialog(monkeypatch, dialogs.OfficialsDialog, officials)
    window.actions_by_name["officials"].trigger()

    def plan(d):
        assert d.ui.signatory.currentText() == "SEKRETARIS — FITRI"
    fill_dialog(monkeypatch, dialogs.PlanDialog, plan)
    window.actions_by_name["plan_properties"].trigger()
    assert db(path, "SELECT o.name FROM plan p JOIN official o ON o.id = p.signatory_id") == [
        ("FITRI",)]
