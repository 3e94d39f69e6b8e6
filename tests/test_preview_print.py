"""Preview, print, finalise and verify from the window."""

import threading

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox  # noqa: E402

from rakdesk.ui import preview  # noqa: E402
from rakdesk.ui.plan_model import COL_KEGIATAN, COL_SASARAN, period_key  # noqa: E402
from tests import pdftext  # noqa: E402
from tests.gui import click_cell, db, type_cell  # noqa: E402


def test_live_preview_renders_off_the_gui_thread_without_blocking_edits(qtbot, kubu,
                                                                        monkeypatch, demo_file):
    started, release = threading.Event(), threading.Event()
    threads = []
    real = preview.render_from_file

    def slow_render(path, plan_id):
        threads.append(threading.current_thread())
        started.set()
        release.wait(20)  # a long render of a big plan
        return real(path, plan_id)

    monkeypatch.setattr(preview, "render_from_file", slow_render)
    kubu.actions_by_name["preview"].trigger()
    assert kubu.findChild(QDockWidget, "previewDock").isVisible()
    qtbot.waitUntil(started.is_set, timeout=5000)
    # While it renders, the user keeps typing: every edit is committed at once.
    for row in range(3):
        click_cell(qtbot, kubu, row, COL_KEGIATAN)
        type_cell(qtbot, kubu, f"diketik saat pratinjau {row}")
    texts = {r[0] for r in db(demo_file, "SELECT text FROM kegiatan")}
    assert {f"diketik saat pratinjau {i}" for i in range(3)} <= texts
    with qtbot.waitSignal(kubu.live_preview.sig_rendered, timeout=30000):
        release.set()
    assert threads and all(t is not threading.main_thread() for t in threads)
    # The preview follows the edits: a second rendering shows the new text.
    with qtbot.waitSignal(kubu.live_preview.sig_rendered, timeout=30000):
        pass
    assert kubu.live_preview.page_count() == 8
    kubu.live_preview.go(1)
    qtbot.waitUntil(lambda: kubu.live_preview.view.pageNavigator().currentPage() == 1)


def test_print_goes_to_the_printer_on_the_plans_paper(qtbot, kubu, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "cetak.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        dialog.printer().setResolution(96)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    kubu.actions_by_name["print"].trigger()
    printed = pdftext.reader(out.read_bytes())
    assert len(printed.pages) == 8
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape


def test_finalise_then_next_revision_from_the_window(qtbot, kubu, monkeypatch, demo_file):
    from rakdesk.ui.revision_dialogs import FinalizeDialog, VerifyDialog

    monkeypatch.setattr(FinalizeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    click_cell(qtbot, kubu, 0, COL_SASARAN)
    qtbot.keyClicks(kubu.grid, "x")  # an edit before finalising
    qtbot.keyClick(kubu.focusWidget(), Qt.Key.Key_Return)
    asked = []  # the edited sasaran now differs from the PK's: finalising asks first
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or
                        QMessageBox.StandardButton.Yes)
    kubu.actions_by_name["finalize"].trigger()
    assert len(asked) == 1 and "PK 2024" in asked[0]
    (code,) = [r[0] for r in db(demo_file, "SELECT code FROM revision")]
    assert code in told[0]
    assert db(demo_file, "SELECT status FROM plan WHERE year=2024 AND kind='RAK'") == [("final",)]
    assert not kubu.doc.undo_stack.canUndo()  # finalising is not undone
    index = kubu.model.index(0, kubu.model.column(COL_KEGIATAN))
    assert not kubu.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert kubu.properties.fields[COL_KEGIATAN].isReadOnly()  # the panel agrees
    assert not kubu.actions_by_name["insert_kegiatan"].isEnabled()
    click_cell(qtbot, kubu, 0, period_key(1))  # a click on a final plan changes nothing
    assert db(demo_file, "SELECT count(*) FROM schedule_cell c JOIN kegiatan k ON "
                         "k.id=c.kegiatan_id WHERE k.id=?", kubu.model.rows[0].kegiatan.id) == \
        [(8,)]
    assert "Revisi ke-1 (final)" in kubu.tree.tree_model.plan_label(kubu.model.plan)

    # Verify the stored PDF, and find it by its code.
    verify = VerifyDialog(kubu.doc.session, kubu)
    qtbot.addWidget(verify)
    stored = db(demo_file, "SELECT pdf FROM revision")[0][0]
    assert verify.check(stored).status == "match"
    assert "ASLI" in verify.ui.result.toPlainText()
    assert verify.find(code.lower()) is not None and verify.ui.viewRevision.isEnabled()

    kubu.actions_by_name["next_revision"].trigger()
    assert db(demo_file, "SELECT status FROM plan WHERE year=2024 AND kind='RAK'") == [("draft",)]
    assert kubu.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "Revisi ke-2 (draf)" in kubu.tree.tree_model.plan_label(kubu.model.plan)


def test_printing_a_final_plan_prints_its_stored_revision(qtbot, kubu, monkeypatch):
    from rakdesk.ui.revision_dialogs import FinalizeDialog

    monkeypatch.setattr(FinalizeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    kubu.actions_by_name["finalize"].trigger()
    stored = kubu.model.plan.revisions[-1].pdf
    assert kubu._plan_of_record() == stored
