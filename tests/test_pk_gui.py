"""The Perjanjian Kinerja in the window: the budget editor (amounts typed with
thousands separators, each edit one undo step, the Jumlah), the bar that
shows where a RAK and its PK disagree and makes them equal, the PK grid with
the IKU's keys, and finalising while they disagree asks first."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from rakdesk.core import plans as ops  # noqa: E402
from tests.gui import db, focused, isolate_settings, make_window  # noqa: E402

KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    isolate_settings(tmp_path)
    return make_window(qtbot, demo_file)


def open_kind(window, kind: str):
    satker = next(s for s in ops.all_satkers(window.doc.session) if s.name == KUBU)
    plan = next(p for p in satker.plans if p.kind == kind)
    window.tree.select(plan.id)
    assert window.model.plan.id == plan.id
    return plan


def amounts(path, plan_id):
    return db(path, "SELECT text, amount FROM budget_line WHERE plan_id = ? ORDER BY position",
              plan_id)


def type_into(qtbot, view, index, text):
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)  # as a double click does
    editor = focused()
    assert editor is not view, "no editor opened"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the item delegate commits and closes its editor on the next turn of the event loop
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def test_budget_editor_types_amounts_sums_and_undoes_each_edit(qtbot, window, demo_file,
                                                                monkeypatch):
    plan = open_kind(window, "PK")
    panel = window.pk.budget
    assert panel.isVisible()
    model = panel.model
    before = amounts(demo_file, plan.id)
    assert [a for _, a in before] == [9_876_543_000, 1_234_567_000]
    assert model.index(2, 1).data() == "Jumlah" and model.index(2, 2).data() == "11.111.110.000"

    type_into(qtbot, panel.view, model.index(0, 2), "Rp 2.000.000.000,00")
    assert amounts(demo_file, plan.id)[0][1] == 2_000_000_000
    assert model.index(0, 2).data() == "2.000.000.000"
    assert model.index(2, 2).data() == "3.234.567.000"
    assert "Rp 3.234.567.000" in panel.total.text()

    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: errors.append(a[2]))
    type_into(qtbot, panel.view, model.index(1, 2), "satu juta")
    assert errors and "rupiah" in errors[-1]
    assert amounts(demo_file, plan.id)[1][1] == 1_234_567_000  # nothing changed

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # after the current line
    editor = focused()
    qtbot.keyClicks(editor, "Program Pendidikan Pemilih")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    type_into(qtbot, panel.view, model.index(2, 2), "500.000.000")
    rows = amounts(demo_file, plan.id)
    assert rows[2] == ("Program Pendidikan Pemilih", 500_000_000)
    assert model.index(3, 2).data() == "3.734.567.000"

    stack = window.doc.undo_stack
    stack.undo()  # the amount of the new line
    assert amounts(demo_file, plan.id)[2] == ("Program Pendidikan Pemilih", None)
    stack.undo()  # its program
    stack.undo()  # the line itself
    assert len(amounts(demo_file, plan.id)) == 2
    stack.undo()  # the first amount
    assert amounts(demo_file, plan.id) == before
    assert model.index(2, 2).data() == "11.111.110.000"
    stack.redo()
    assert amounts(demo_file, plan.id)[0][1] == 2_000_000_000


def test_budget_panel_is_only_under_a_pk(window):
    open_kind(window, "RAK")
    assert not window.pk.budget.isVisible()
    open_kind(window, "PK")
    assert window.pk.budget.isVisible()


def test_disagreement_bar_lists_and_makes_them_equal(qtbot, window, demo_file, monkeypatch):
    from rakdesk.ui import pk_window

    rak = open_kind(window, "RAK")
    bar = window.pk.bar
    assert not bar.isVisible()  # the demo's RAK agrees with its PK
    model = window.model
    model.setData(model.index(0, model.column("target")), "10 Kali")
    qtbot.waitUntil(bar.isVisible)
    assert "PK 12 Kali, RAK 10 Kali" in bar.label.text()

    open_kind(window, "PK")  # the PK shows the same difference
    qtbot.waitUntil(bar.isVisible)
    assert "10 Kali" in bar.label.text()

    chosen = {}

    def exec_(dialog):
        chosen["items"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog._choose("rak")  # the PK is right
        return True

    monkeypatch.setattr(pk_window.DisagreementDialog, "exec", exec_)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert len(chosen["items"]) == 1 and "10 Kali" in chosen["items"][0]
    qtbot.waitUntil(lambda: not bar.isVisible())
    target = db(demo_file, "SELECT i.target FROM indikator i JOIN sasaran s ON s.id = "
                "i.sasaran_id WHERE s.plan_id = ? AND s.position = 0", rak.id)
    assert target == [("12 Kali",)]
    window.doc.undo_stack.undo()  # one step brings the difference back
    qtbot.waitUntil(bar.isVisible)


def test_finalising_a_rak_that_disagrees_asks_first(qtbot, window, monkeypatch):
    from rakdesk.ui import revision_dialogs

    open_kind(window, "RAK")
    model = window.model
    model.setData(model.index(0, model.column("target")), "10 Kali")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    opened = []
    monkeypatch.setattr(revision_dialogs.FinalizeDialog, "exec",
                        lambda self: opened.append(self) or False)
    window.finalize_plan()
    assert asked and "PK 2024" in asked[0] and "10 Kali" in asked[0]
    assert opened == [] and window.model.plan.status == "draft"


def test_pk_grid_edits_satuan_and_quarter_targets_with_undo(qtbot, window, demo_file):
    plan = open_kind(window, "PK")
    window.doc.push(__import__("rakdesk.ui.commands", fromlist=["x"]).SetAttributesCommand(
        window.doc, "kolom", type(plan), plan.id, {"show_satuan": True, "show_quarters": True},
        plan_id=plan.id))
    model = window.model
    assert [c.key for c in model.columns] == ["no", "sasaran", "indikator", "satuan", "target",
                                              "q1", "q2", "q3", "q4"]
    assert len(model.rows) == 53  # one row per indikator, as on the IKU
    model.setData(model.index(0, model.column("satuan")), "Kali")
    model.setData(model.index(0, model.column("q2")), "6 Kali")
    first = model.rows[0].indikator.id
    assert db(demo_file, "SELECT satuan FROM indikator WHERE id = ?", first) == [("Kali",)]
    assert db(demo_file, "SELECT period, target FROM period_target WHERE indikator_id = ?",
              first) == [(2, "6 Kali")]
    assert model.index(0, model.column("q2")).data() == "6 Kali"
    window.doc.undo_stack.undo()
    assert db(demo_file, "SELECT count(*) FROM period_target") == [(0,)]
    assert model.index(0, model.column("q2")).data() == ""


def test_finalising_a_pk_and_starting_a_pk_perubahan(qtbot, window, demo_file, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from rakdesk.core import revisions
    from rakdesk.ui import revision_dialogs

    plan = open_kind(window, "PK")
    monkeypatch.setattr(revision_dialogs.FinalizeDialog, "exec", lambda self: True)
    monkeypatch.setattr(revision_dialogs.FinalizeDialog, "certificate", lambda self: (None, ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.finalize_plan()  # the PK agrees with its RAK: nothing is asked
    assert told and "PK24-R1-" in told[0]
    assert db(demo_file, "SELECT status FROM plan WHERE id = ?", plan.id) == [("final",)]
    first_pdf = window.model.plan.revisions[0].pdf
    assert not window.pk.budget.add_button.isEnabled()  # a final PK's budget is read-only

    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: asked.append(a[3]) or
                        ("Pergantian pejabat", True))
    window.start_next_revision()
    assert asked and "Pergantian pejabat" in asked[0]
    assert db(demo_file, "SELECT status, amendment_reason FROM plan WHERE id = ?", plan.id) == [
        ("draft", "Pergantian pejabat")]
    assert window.pk.budget.add_button.isEnabled()
    assert revisions.verify_pdf(window.doc.session, first_pdf).status == "match"
    window.doc.undo_stack.undo()
    assert db(demo_file, "SELECT status, amendment_reason FROM plan WHERE id = ?", plan.id) == [
        ("final", "")]


def test_properties_dialog_edits_the_pk_fields_in_one_undo_step(qtbot, window, demo_file,
                                                                 monkeypatch):
    from rakdesk.core import pk as core
    from rakdesk.ui.dialogs import PlanDialog
    from rakdesk.ui.pk_dialog import TYPED

    plan = open_kind(window, "PK")
    seen = {}

    def fill(dialog):
        f = dialog.pk_fields
        seen["visible"] = not f.isHidden() and dialog.ui.granularity.isHidden()
        seen["party2"] = f.party2.currentText()
        seen["statement"] = f.statement.toPlainText()
        f.party2.setCurrentIndex(f.party2.findData(TYPED))
        f.name.setText("Dr. BUDI SANTOSO, M.Si.")
        f.title_edit.setText("Plh. KETUA")
        f.office.setText("KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN BARAT")
        f.statement.setPlainText("Dalam mewujudkan kinerja ...")
        f.standard.click()  # "Teks baku" puts the standard text back
        f.show_satuan.setChecked(True)
        f.budget_heading.setCurrentText("Kegiatan")
        return True

    monkeypatch.setattr(PlanDialog, "exec", fill)
    window.actions_by_name["plan_properties"].trigger()
    assert seen["visible"] and "KETUA" in seen["party2"]
    assert seen["statement"] == core.STANDARD_STATEMENT
    row = db(demo_file, "SELECT party2_official_id, party2_name, party2_title, party2_acting, "
             "party2_office, statement, show_satuan, budget_heading FROM plan WHERE id = ?",
             plan.id)
    assert row == [(None, "Dr. BUDI SANTOSO, M.Si.", "KETUA", "Plh.",
                    "KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN BARAT", "", 1, "Kegiatan")]
    assert "satuan" in [c.key for c in window.model.columns]
    assert window.pk.budget.model.headerData(1, Qt.Orientation.Horizontal) == "Kegiatan"
    window.doc.undo_stack.undo()
    assert db(demo_file, "SELECT party2_name, show_satuan, budget_heading FROM plan WHERE id = ?",
              plan.id) == [("", 0, "Program")]


def test_a_pk_previews_exports_and_prints_in_portrait(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog, QFileDialog

    from tests import pdftext

    open_kind(window, "PK")
    with qtbot.waitSignal(window.live_preview.sig_rendered, timeout=60000):
        window.actions_by_name["preview"].trigger()
    assert window.live_preview.page_count() >= 3  # the statement and its lampiran

    exported = tmp_path / "pk.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    window.actions_by_name["export_pdf"].trigger()
    pages = pdftext.pages_text(exported.read_bytes())
    assert "PERJANJIAN KINERJA TAHUN 2024" in pages[0] and "Pihak Kedua," in pages[0]

    printed = tmp_path / "cetak.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        dialog.printer().setResolution(96)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window.actions_by_name["print"].trigger()
    box = pdftext.reader(printed.read_bytes()).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait


def test_a_pk_offers_no_kegiatan_weeks_or_quarterly_schedule(window):
    """A PK has no kegiatan and no schedule: the toolbar's Insert says "row"
    (it adds an indikator), "Minggu ke" is off and "Schedule by quarter" is
    not shown ticked; on a RAK they are back."""
    actions = window.actions_by_name
    open_kind(window, "PK")
    assert "kegiatan" not in actions["insert_kegiatan"].text().lower()
    assert not actions["weeks"].isEnabled()
    assert not actions["quarterly"].isChecked()
    open_kind(window, "RAK")
    assert "kegiatan" in actions["insert_kegiatan"].text().lower()
    assert actions["weeks"].isEnabled()


def test_typed_pihak_kedua_shows_the_jabatan_line_as_it_prints(qtbot, window, monkeypatch):
    """The printed Jabatan is the position and the office together: the form
    shows that line as it will print, so an office typed into the position
    too ("KETUA KPU PROVINSI ..." and the office again) is seen before printing."""
    from rakdesk.ui.dialogs import PlanDialog
    from rakdesk.ui.pk_dialog import TYPED

    open_kind(window, "PK")
    seen = []

    def fill(dialog):
        f = dialog.pk_fields
        f.party2.setCurrentIndex(f.party2.findData(TYPED))
        f.title_edit.setText("Plh. KETUA KPU PROVINSI KALBAR")
        f.office.setText("KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN BARAT")
        seen.append((f.printed.isVisibleTo(f), f.printed.text()))
        return False

    monkeypatch.setattr(PlanDialog, "exec", fill)
    window.actions_by_name["plan_properties"].trigger()
    [(shown, text)] = seen
    assert shown and text.endswith("Jabatan : Plh. KETUA KPU PROVINSI KALBAR "
                                   "KOMISI PEMILIHAN UMUM PROVINSI KALIMANTAN BARAT")


def test_importing_a_pk_for_a_year_that_has_one_asks_for_another_in_the_preview(
        qtbot, window, demo_file, tmp_path, monkeypatch):
    """The PK's own workbook imported again: the preview says the satker
    already has that PK and keeps OK off until another year is chosen (the
    import used to close the preview and refuse afterwards)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from rakdesk.ui.import_dialog import ImportDialog
    from rakdesk.xlsx import export_plan

    plan = open_kind(window, "PK")
    workbook = tmp_path / "pk.xlsx"
    export_plan(plan, workbook)
    seen = []

    def choose(dialog):
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((ok.isEnabled(), dialog.clash.isVisibleTo(dialog), dialog.clash.text()))
        dialog.ui.year.setValue(2025)
        seen.append((ok.isEnabled(), dialog.clash.isVisibleTo(dialog)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", choose)
    window.import_xlsx(str(workbook))
    assert seen[0][:2] == (False, True) and "PK 2024" in seen[0][2] and KUBU in seen[0][2]
    assert seen[1] == (True, False)
    assert db(demo_file, "SELECT year FROM plan WHERE kind = 'PK' ORDER BY year") == [(2024,),
                                                                                       (2025,)]


@pytest.fixture
def indonesian():
    from PySide6.QtWidgets import QApplication

    from rakdesk.ui import i18n

    app = QApplication.instance()
    translators = i18n.install(app, "id")
    yield
    for t in translators:
        app.removeTranslator(t)
    i18n.install(app, "en")


def test_budget_buttons_are_not_named_like_the_grid_row_actions(indonesian, qtbot, demo_file,
                                                                tmp_path):
    """Under a PK the toolbar's "Hapus baris" deletes an indikator: the
    budget's buttons say they are about the budget (both were "Hapus baris")."""
    isolate_settings(tmp_path)
    window = make_window(qtbot, demo_file)  # built in Indonesian
    open_kind(window, "PK")
    panel = window.pk.budget
    toolbar = {window.actions_by_name[n].text().replace("&", "")
               for n in ("delete_rows", "insert_kegiatan", "insert_indikator")}
    for button in (panel.add_button, panel.delete_button):
        assert button.isVisible() and "anggaran" in button.text()
        assert button.text() not in toolbar
