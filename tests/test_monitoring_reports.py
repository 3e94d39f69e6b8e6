"""The printed monitoring reports of the demo's Kubu Raya RAK 2024 (its year
of example figures): what the pages say, read back from the PDF."""

from __future__ import annotations

import pytest

from rakdesk.core import monitoring
from rakdesk.core.tables import monitoring as tables
from rakdesk.pdf import monitoring as reports
from tests.files import edit, kubu
from tests.pdftext import pages_text, squash


@pytest.fixture(scope="module")
def demo(demo_master):
    return demo_master


def test_every_triwulan_and_the_pengukuran_can_print(demo):
    with edit(demo) as session:
        names = [kind for kind, _ in reports.report_names(kubu(session))]
    assert names == ["tw1", "tw2", "tw3", "tw4", "pengukuran"]


def test_quarter_report_text(demo):
    with edit(demo) as session:
        pdf = reports.render_quarter(kubu(session), 2)
    pages = pages_text(pdf)
    text = squash("".join(pages))
    assert squash("LAPORAN MONITORING RENCANA AKSI TRIWULAN II") in squash(pages[0])
    for heading in ("Target TW II", "Realisasi TW II", "Capaian (%)", "Kategori", "Kegiatan",
                    "Pelaksanaan", "Kendala", "Upaya / Solusi", "Rencana Tindak Lanjut", "PIC",
                    "Batas Waktu"):
        assert squash(heading) in squash(pages[0]), heading
    # the missed indikator: 50 % against 75 % is 66,67, Cukup, with its kendala and PIC
    assert squash("75%50%66,67Cukup") in text
    assert squash("Laporan monev dari subbagian terlambat") in text
    assert squash("Kasubbag Perencanaan, Data dan Informasi") in text
    assert "31-07-2024" in text
    assert "Sebagian" in text  # the kegiatan only partly carried out in May
    assert squash("dari 238 jadwal kegiatan terlaksana") in text
    assert squash("SUNGAI RAYA, JUNI 2024") in squash(pages[-1])
    assert "FITRI" in pages[-1]
    assert "Halaman 1 dari" in pages[0]


def test_next_quarter_says_whether_the_tindak_lanjut_was_done(demo):
    with edit(demo) as session:
        text = squash("".join(pages_text(reports.render_quarter(kubu(session), 3))))
    assert squash("Tindak lanjut TW II sudah dilaksanakan.") in text
    assert squash("TW III") in text


def test_empty_realisasi_prints_belum_diisi_not_zero(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        ind = plan.sasaran[0].indikator[0]
        monitoring.set_realisasi(session, ind, 3, value="")
        session.flush()
        desc = tables.describe_quarter(plan, 1)
        row = next(r for r in desc.rows if r.indikator_id == ind.id)
        assert (row.cells["realisasi"], row.cells["capaian"]) == ("belum diisi", "belum diisi")
        text = squash("".join(pages_text(reports.render_quarter(plan, 1))))
    assert squash("3 Kalibelum diisibelum diisi") in text


def test_pengukuran_kinerja_text(demo):
    with edit(demo) as session:
        pdf = reports.render_pengukuran(kubu(session))
    pages = pages_text(pdf)
    text = squash("".join(pages))
    assert squash("PENGUKURAN KINERJA") in squash(pages[0])
    assert squash("NoSasaranIndikator KinerjaSatuanTargetRealisasiCapaian (%)Kategori") in \
        squash(pages[0])
    # 12 Kali against 12 Kali over the year
    assert squash("Kali12 Kali12 Kali100Sangat Baik") in text
    assert squash("Grafik 1. Capaian kinerja per indikator tahun 2024") in text
    assert squash("Grafik 2. Capaian per triwulan") in text
    assert squash("B. Perbandingan Realisasi dan Capaian Tahun 2024 dengan Tahun 2023") in text
    assert squash("Rencana tahun 2023 tidak ada di berkas ini") in text
    assert squash("C. Perbandingan Realisasi dengan Target Akhir Renstra") in text
    assert squash("D. Realisasi Anggaran") in text
    # the demo PK's example pagu and realisasi (tests/test_pk_monitoring.py checks the figures)
    assert squash("Program Dukungan Manajemen (angka contoh)") in text
    assert squash(tables.NO_BUDGET) not in text


def test_pengukuran_compares_with_last_years_plan(demo_file):
    from rakdesk.core import snapshot

    with edit(demo_file) as session:
        plan = kubu(session)
        old = snapshot.copy_plan(session, plan, 2023)
        session.flush()
        monitoring.set_realisasi(session, old.sasaran[0].indikator[0], 12, value="10 Kali")
        session.flush()
        desc = tables.describe_last_year(plan)
        row = desc.rows[0]
        assert (row.cells["target_before"], row.cells["realisasi_before"],
                row.cells["capaian_before"]) == ("12 Kali", "10 Kali", "83,33")
        assert (row.cells["target"], row.cells["realisasi"], row.cells["capaian"]) == (
            "12 Kali", "12 Kali", "100")
        text = squash("".join(pages_text(reports.render_pengukuran(plan))))
    assert "tidakadadiberkasini" not in text


def test_budget_table_prints_the_pk_budget(demo_file, monkeypatch):
    from rakdesk.core import performance

    with edit(demo_file) as session:
        plan = kubu(session)
        monkeypatch.setattr(performance, "pk_budget", lambda plan: [
            ("Program Dukungan Manajemen", 1_000_000_000, 875_500_000),
            ("Program Penyelenggaraan Pemilu", 500_000_000, None)])
        desc = tables.describe_budget(plan)
        assert [r.cells["persen"] for r in desc.rows] == ["87,55", "-", "58,37"]
        assert desc.rows[-1].cells["pagu"] == "1.500.000.000"
        text = squash("".join(pages_text(reports.render_pengukuran(plan))))
    assert squash("Program Dukungan Manajemen1.000.000.000875.500.00087,55") in text
