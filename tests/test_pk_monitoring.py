"""The monitoring of a RAK reads its Perjanjian Kinerja: the period targets
from the PK's quarter targets (through the indikator's link, or its text), the
Realisasi Anggaran per program from the PK's budget lines (pagu and
realisasi), and a target changed in a PK Perubahan after realisation was
entered is flagged in the window's check and marked in the report."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest

from rakdesk.core import capaian as cp
from rakdesk.core import performance as pf
from rakdesk.core import pk as core
from rakdesk.core import plans as ops
from rakdesk.core import revisions
from rakdesk.core.tables import monitoring as tables
from rakdesk.pdf import monitoring as reports
from rakdesk.pdf import render_plan
from tests.files import edit
from tests.pdftext import pages_text, squash

KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"



def plans_of(session, year: int = 2024):
    satker = next(s for s in ops.all_satkers(session) if s.name == KUBU)
    rak = next(p for p in satker.plans if p.kind == "RAK" and p.year == year)
    pk = next(p for p in satker.plans if p.kind == "PK" and p.year == year)
    return rak, pk


def pdftotext(data: bytes) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


# ---------------------------------------------------------------- period targets

def test_period_targets_come_from_the_pk_quarter_targets_through_the_link(demo_file):
    with edit(demo_file) as session:
        rak, pk = plans_of(session)
        ind = rak.sasaran[0].indikator[0]  # 12 Kali a year, cumulative, monthly plan
        assert ind.source_id == pk.sasaran[0].indikator[0].id
        assert pf.quarter_target(ind, 2) == ["3 Kali"]  # before: shared from the year
        core.set_period_target(session, pk.sasaran[0].indikator[0], 2, "6 Kali")
        session.flush()
        assert pf.quarter_target(ind, 2) == ["6 Kali"]
        sources = pf.period_target_sources(ind)
        # a cumulative quarter target is shared among its three months
        assert [sources[m] for m in (4, 5, 6)] == [("2 Kali", pf.FROM_PK)] * 3
        assert sources[1][1] != pf.FROM_PK and pf.quarter_target(ind, 1) == ["3 Kali"]
        row = tables.describe_quarter(rak, 2).rows[0]
        assert row.cells["target"] == "6 Kali"
        # a target typed for the period wins over the PK's
        from rakdesk.core import monitoring

        monitoring.set_realisasi(session, ind, 5, target="4 Kali")
        session.flush()
        assert pf.period_target_sources(ind)[5] == ("4 Kali", pf.TYPED)


def test_period_targets_found_by_text_when_the_rak_is_not_linked(demo_file):
    with edit(demo_file) as session:
        rak, pk = plans_of(session)
        pk_ind = pk.sasaran[1].indikator[0]  # 75 %, averaged
        core.set_period_target(session, pk_ind, 3, "70%")
        ind = rak.sasaran[1].indikator[0]
        ind.source_id = None
        ind.text = "  " + pk_ind.text.upper().replace(" ", "  ") + " "
        session.flush()
        assert pf.pk_indikator(ind) is pk_ind
        assert pf.quarter_target(ind, 3) == ["70%"]
        assert pf.period_target_sources(ind)[8] == ("70%", pf.FROM_PK)  # each month of TW III
        ind.text = "Indikator lain yang tidak ada di PK"
        session.flush()
        assert pf.pk_indikator(ind) is None and pf.quarter_target(ind, 3) == ["75%"] * 3


def test_a_quarterly_rak_takes_the_pk_quarter_targets_as_they_are(demo_file):
    with edit(demo_file) as session:
        satker = next(s for s in ops.all_satkers(session) if s.name == KUBU)
        pk = core.new_pk(session, satker, 2026)
        s1 = ops.add_sasaran(session, pk, "Meningkatnya kualitas perencanaan")
        sakip = ops.add_indikator(session, s1, "Nilai SAKIP", "B")
        session.flush()
        core.set_period_target(session, sakip, 4, "BB")
        rak = core.rak_from_pk(session, pk, granularity="quarterly")
        session.flush()
        ind = rak.sasaran[0].indikator[0]
        assert pf.period_targets(ind) == {1: "B", 2: "B", 3: "B", 4: "BB"}
        assert pf.period_target_sources(ind)[4][1] == pf.FROM_PK


# ---------------------------------------------------------------- realisasi anggaran

def test_pengukuran_report_prints_the_pk_budget_with_exact_percentages(demo_file, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    from rakdesk.word.lkjip import export_lkjip
    from rakdesk.xlsx.monitoring_export import export_monitoring

    with edit(demo_file) as session:
        rak, pk = plans_of(session)
        lines = [(b.text, b.amount, b.realised) for b in pk.budget_lines]
        assert pf.pk_budget(rak) == lines
        assert all("contoh" in text for text, _, _ in lines)  # the demo says they are examples
        pdf = reports.render_pengukuran(rak)
        export_monitoring(rak, tmp_path / "m.xlsx")
        export_lkjip(rak, tmp_path / "b3.docx")
        desc = tables.describe_budget(rak)
    total_pagu = sum(a for _, a, _ in lines)
    total_real = sum(r for _, _, r in lines)
    expect = [cp.format_percent(Decimal(r) / a * 100) for _, a, r in lines] + [
        cp.format_percent(Decimal(total_real) / total_pagu * 100)]
    assert expect == ["92,38", "90", "92,11"]
    assert [r.cells["persen"] for r in desc.rows] == expect
    text = squash(pdftotext(pdf))
    assert squash("Program Dukungan Manajemen (angka contoh) 9.876.543.000 9.123.456.789 "
                  "92,38") in text
    assert squash("Jumlah 11.111.110.000 10.234.567.889 92,11") in text
    cells = [str(c.value) for ws in load_workbook(tmp_path / "m.xlsx").worksheets
             for row in ws.iter_rows() for c in row if c.value is not None]
    assert "10.234.567.889" in cells and "92,38" in cells
    doc = Document(str(tmp_path / "b3.docx"))
    words = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "9.123.456.789" in words and "92,11" in words


def test_realisasi_anggaran_is_set_on_a_final_pk_but_the_pagu_is_not(demo_file):
    with edit(demo_file) as session:
        rak, pk = plans_of(session)
        revisions.finalize(session, pk, render=render_plan)
        line = pk.budget_lines[0]
        assert core.set_realised(line, "Rp 9.000.000.001,00") == 9_123_456_789
        assert line.realised == 9_000_000_001
        with pytest.raises(Exception, match="final"):
            core.set_amount(line, "1.000")
        with pytest.raises(Exception, match="rupiah"):
            core.set_realised(line, "sembilan miliar")
        assert pf.pk_budget(rak)[0][2] == 9_000_000_001


def test_satuan_is_a_measurement_setting_of_a_rak_indikator(kubu_plan):
    from rakdesk.core.monitoring_edits import set_measurement

    session, plan = kubu_plan
    ind = plan.sasaran[0].indikator[0]
    assert tables.describe_pengukuran(plan).rows[0].cells["satuan"] == "Kali"  # from the target
    change = set_measurement(session, ind.id, {"satuan": "  Kali   revisi "})
    assert ind.satuan == "Kali revisi"
    assert tables.describe_pengukuran(plan).rows[0].cells["satuan"] == "Kali revisi"
    set_measurement(session, ind.id, change.undo)
    assert ind.satuan == ""
    with pytest.raises(Exception, match="Satuan"):
        set_measurement(session, ind.id, {"satuan": "x" * 61})


# ---------------------------------------------------------------- a changed target

def test_a_target_changed_in_a_pk_perubahan_after_realisasi_is_flagged(demo_file):
    with edit(demo_file) as session:
        rak, pk = plans_of(session)
        pk_ind, rak_ind = pk.sasaran[0].indikator[0], rak.sasaran[0].indikator[0]
        other = rak.sasaran[1].indikator[0]
        assert any(r.value for r in rak_ind.realisasi)
        revisions.finalize(session, pk, render=render_plan)
        session.flush()
        assert pf.target_change_note(rak_ind) == ""
        core.amend(session, pk, "Perubahan prioritas")
        ops.set_target(pk_ind, "10 Kali")
        session.flush()
        # finalising the PK Perubahan lists it (the window asks with this list)
        assert pf.changed_with_realisasi(session, pk) == [(pk_ind, "12 Kali", "10 Kali")]
        # the disagreement bar says the RAK's indikator already has realisasi
        target = next(d for d in core.disagreements(rak, pk) if d.kind == core.TARGET)
        assert "sudah ada realisasinya" in target.message
        # the reports mark the target, naming the earlier one
        note = pf.target_change_note(rak_ind)
        assert note == "Target diubah pada PK Perubahan (semula 12 Kali)."
        assert pf.target_change_note(other) == ""
        core.make_equal(session, rak, pk, target, to="rak")
        session.flush()
        row = tables.describe_pengukuran(rak).rows[0]
        assert row.cells["target"] == "10 Kali\n" + note
        text = squash("".join(pages_text(reports.render_quarter(rak, 2))))
    assert squash("Target diubah pada PK Perubahan (semula 12 Kali).") in text


def test_a_changed_target_without_realisasi_is_not_flagged(demo_file):
    with edit(demo_file) as session:
        rak, pk = plans_of(session)
        for r in list(rak.sasaran[0].indikator[0].realisasi):
            r.value = ""
        revisions.finalize(session, pk, render=render_plan)
        session.flush()
        core.amend(session, pk, "Perubahan prioritas")
        ops.set_target(pk.sasaran[0].indikator[0], "10 Kali")
        session.flush()
        assert core.changed_targets(pk) != []
        assert pf.changed_with_realisasi(session, pk) == []
        assert pf.target_change_note(rak.sasaran[0].indikator[0]) == ""

