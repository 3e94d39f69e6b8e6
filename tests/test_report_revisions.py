"""A quarter's monitoring report finalised like a plan (issue 16): stored with
its code and QR, recognised by 'rakdesk verify' as the report it is, its
realisasi read-only while final, the next revision keeping the first one
verifying, kept once by a merge, and shown as final in the Monitoring tab."""

from __future__ import annotations

import shutil
from contextlib import contextmanager

import pytest

from rakdesk.core import editing, merge, monitoring, revisions
from rakdesk.core import plans as ops
from rakdesk.core import report_revisions as rr
from rakdesk.core.storage import open_workspace
from rakdesk.errors import ValidationError
from rakdesk.pdf.monitoring import render_report
from tests.pdftext import pages_text

KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"
JUNE = 6  # the demo fills the last month of each triwulan of the Kubu Raya RAK (monthly)


@contextmanager
def kubu_rak(path):
    ws = open_workspace(path)
    session = ws.session()
    try:
        plan = next(p for s in ops.all_satkers(session) for p in s.plans
                    if s.name == KUBU and p.kind == "RAK")
        yield session, editing.load_plan(session, plan.id)
        session.commit()
    finally:
        session.close()
        ws.close()


def first_indikator(plan):
    return plan.sasaran[0].indikator[0]


def finalize_tw2(path):
    with kubu_rak(path) as (session, plan):
        revision = rr.finalize_report(session, plan, "tw2", render=render_report)
        return plan.id, revision.code, revision.pdf


def report_codes(path, kind="tw2") -> list[str]:
    with kubu_rak(path) as (_session, plan):
        return [r.code for r in revisions.plan_revisions(plan, kind)]


def test_a_finalised_tw2_report_verifies_as_asli_and_names_the_report(
        demo_file, tmp_path, run_cli):
    with kubu_rak(demo_file) as (_session, plan):
        plan_id = plan.id
    out = tmp_path / "tw2.pdf"
    code, said, err = run_cli("finalize", demo_file, "--plan", plan_id, "--report", "tw2",
                              "-o", out)
    assert code == 0, err
    assert "Laporan Monitoring TW II" in said and "MON24-TW2-R1-" in said
    code, said, err = run_cli("verify", demo_file, out)
    assert code == 0, err
    assert said.startswith("ASLI")
    assert "Laporan Monitoring TW II RAK 2024" in said and "Revisi ke-1" in said
    stored = report_codes(demo_file)
    assert len(stored) == 1 and stored[0] in said
    # The footer prints the code; printing the report again writes the stored bytes.
    assert stored[0] in pages_text(out.read_bytes())[0]
    again = tmp_path / "again.pdf"
    assert run_cli("render", demo_file, "--plan", plan_id, "--report", "tw2", "-o", again)[0] == 0
    assert again.read_bytes() == out.read_bytes()
    # The plan itself stays a draft, and its revision label does not count the report.
    with kubu_rak(demo_file) as (_session, plan):
        assert plan.status == "draft" and revisions.revision_label(plan) == ""
        assert revisions.plan_of_record(plan) is None


def test_a_changed_tw2_realisasi_is_refused_while_the_report_is_final(demo_file, run_cli):
    finalize_tw2(demo_file)
    with kubu_rak(demo_file) as (session, plan):
        indikator = first_indikator(plan)
        before = monitoring.realisasi(indikator, JUNE).value
        with pytest.raises(ValidationError, match="Laporan Monitoring TW II sudah final"):
            monitoring.set_realisasi(session, indikator, JUNE, value="99")
        with pytest.raises(ValidationError, match="sudah final"):
            monitoring.set_progress(session, indikator.kegiatan[0], 5, "terlaksana")
        assert monitoring.realisasi(indikator, JUNE).value == before
        monitoring.set_realisasi(session, indikator, 7, value="1")  # TW III stays open
        with pytest.raises(ValidationError, match="sudah final"):  # and once is enough
            rr.finalize_report(session, plan, "tw2", render=render_report)


def test_the_next_revision_of_a_report_keeps_the_first_one_verifying(demo_file, tmp_path,
                                                                      run_cli):
    _, first_code, first_pdf = finalize_tw2(demo_file)
    with kubu_rak(demo_file) as (session, plan):
        assert rr.start_next_report_revision(plan, "tw2") == 2
        monitoring.set_realisasi(session, first_indikator(plan), JUNE, value="0")
        second = rr.finalize_report(session, plan, "tw2", render=render_report)
        second_code, second_pdf = second.code, second.pdf
    assert second_code.startswith("MON24-TW2-R2-") and second_pdf != first_pdf
    old = tmp_path / "r1.pdf"
    old.write_bytes(first_pdf)
    code, said, _ = run_cli("verify", demo_file, old)
    assert code == 0 and said.startswith("ASLI") and "Revisi ke-1" in said
    assert first_code in said
    with kubu_rak(demo_file) as (_session, plan):
        assert rr.report_of_record(plan, "tw2").code == second_code
        assert rr.report_bytes(plan, "tw2", render_report) == second_pdf


def test_a_merge_of_two_copies_keeps_a_finalised_report_once(demo_file, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, copy)
    _, code, _ = finalize_tw2(copy)
    with kubu_rak(copy) as (session, plan):  # the copy went on to TW III
        monitoring.set_realisasi(session, first_indikator(plan), 8, value="1")
    merge.merge_files(demo_file, copy)
    assert report_codes(demo_file) == [code]
    with kubu_rak(demo_file) as (_session, plan):
        assert rr.is_final(plan, "tw2")
        assert monitoring.realisasi(first_indikator(plan), 8).value == "1"
    merge.merge_files(demo_file, copy)  # again, and back the other way: still one
    merge.merge_files(copy, demo_file)
    assert report_codes(demo_file) == [code] and report_codes(copy) == [code]


def test_the_same_report_finalised_in_both_copies_merges_as_one(demo_file, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, copy)
    _, here, _ = finalize_tw2(demo_file)
    _, there, _ = finalize_tw2(copy)
    assert here == there
    summary = merge.merge_files(demo_file, copy)
    assert summary.conflicts == []
    assert report_codes(demo_file) == [here]


def test_the_monitoring_tab_shows_a_final_period_read_only_with_a_bar(qtbot, kubu):
    from PySide6.QtCore import Qt

    from rakdesk.ui.monitoring_model import VALUE

    kubu.area.show_monitoring()
    view = kubu.monitoring
    view.period_box.setCurrentIndex(JUNE - 1)
    bar = view.report_final.bar
    assert bar.isHidden()
    revision = view.report_final.finalize("tw2", ask=False)
    assert revision is not None and revision.code.startswith("MON24-TW2-R1-")
    assert not bar.isHidden()
    assert "Laporan Monitoring TW II" in bar.label.text() and revision.code in bar.label.text()
    row = next(n for n, r in enumerate(view.model.rows) if r.kind == "indikator")
    index = view.model.index(row, view.model.column_of(JUNE, VALUE))
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    view.period_box.setCurrentIndex(7)  # August: TW III is not final
    assert bar.isHidden()
    august = view.model.index(row, view.model.column_of(8, VALUE))
    assert view.model.flags(august) & Qt.ItemFlag.ItemIsEditable
    view.period_box.setCurrentIndex(JUNE - 1)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)  # Mulai revisi berikutnya
    assert bar.isHidden()
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    kubu.doc.undo_stack.undo()  # one step: final again
    assert not bar.isHidden()
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_a_merge_does_not_change_the_realisasi_of_a_report_final_here(demo_file, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, copy)
    with kubu_rak(copy) as (session, plan):  # the copy changed June and August
        monitoring.set_realisasi(session, first_indikator(plan), JUNE, value="7")
        monitoring.set_realisasi(session, first_indikator(plan), 8, value="2")
    with kubu_rak(demo_file) as (_session, plan):
        june = monitoring.realisasi(first_indikator(plan), JUNE).value
    finalize_tw2(demo_file)
    summary = merge.merge_files(demo_file, copy)
    assert any("Laporan Monitoring TW II sudah final" in note for note in summary.notes)
    with kubu_rak(demo_file) as (_session, plan):
        assert monitoring.realisasi(first_indikator(plan), JUNE).value == june != "7"
        assert monitoring.realisasi(first_indikator(plan), 8).value == "2"


def test_the_monitoring_menu_finalises_the_shown_triwulan(qtbot, kubu, monkeypatch):
    from PySide6.QtWidgets import QMenu, QMessageBox

    kubu.area.show_monitoring()
    kubu.monitoring.period_box.setCurrentIndex(JUNE - 1)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.Yes)
    menu = kubu.findChild(QMenu, "monitoringMenu")
    action = next(a for a in menu.actions() if "Laporan Monitoring" in a.text()
                  and a.text().startswith(("Finalise", "Finalkan")))
    action.trigger()
    assert asked and "Laporan Monitoring TW II" in asked[0]
    assert not kubu.monitoring.report_final.bar.isHidden()
    assert "MON24-TW2-R1-" in kubu.statusBar().currentMessage()


def test_a_report_revision_is_no_conflict_with_the_plan_revision_of_its_number(
        demo_file, tmp_path):
    from rakdesk.pdf import render_plan

    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_file, copy)
    with kubu_rak(demo_file) as (session, plan):  # here the RAK itself became Revisi ke-1
        plan_code = revisions.finalize(session, plan, render=render_plan).code
    _, report_code, _ = finalize_tw2(copy)  # there its TW II report, also number 1
    summary = merge.merge_files(demo_file, copy)
    assert summary.conflicts == []
    with kubu_rak(demo_file) as (_session, plan):
        assert [r.code for r in revisions.plan_revisions(plan)] == [plan_code]
        assert revisions.plan_of_record(plan).code == plan_code
        assert rr.report_of_record(plan, "tw2").code == report_code
