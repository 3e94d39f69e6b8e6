"""Importing realisasi from an office's own workbook: columns by heading,
indikator by text, the triwulan from headings or title, a preview listing what
did not match, one change list to undo, and the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from rakdesk.core import monitoring
from rakdesk.core import plans as ops
from rakdesk.xlsx import realisasi_import as ri
from rakdesk.xlsx.reader import ImportRefused
from tests.files import edit, kubu

MONEV = "Persentase Laporan monitoring dan evaluasi yang akuntabel dan tepat waktu oleh KPU " \
    "Kabupaten Kubu Raya"




def find(plan, start):
    return next(i for s in plan.sasaran for i in s.indikator if i.text.startswith(start))


def quarter_sheet(path, title="LAPORAN MONITORING RENCANA AKSI TRIWULAN III"):
    wb = Workbook()
    ws = wb.active
    ws.title = "Monev"
    ws.append([title])
    ws.append(["SEKRETARIAT KPU KABUPATEN KUBU RAYA"])
    ws.append(["TAHUN 2024"])
    ws.append([])
    ws.append(["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)",
               "Kendala/Hambatan", "Upaya/Solusi", "Rencana Tindak Lanjut", "PIC",
               "Batas Waktu", "Bukti/Link"])
    ws.append([1, "", "  persentase laporan MONITORING, dan evaluasi yang akuntabel dan tepat "
               "waktu oleh KPU Kabupaten Kubu Raya.", "75%", "55,5%", "74", "Operator baru",
               "Pendampingan", "Rapat evaluasi", "Sekretaris", dt.datetime(2024, 10, 15),
               "https://drive.example/tw3"])
    ws.append([2, "", "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah "
               "ditetapkan", "12 Kali", "0", "", "", "", "", "", "", ""])
    ws.append([3, "", "Indikator yang tidak ada di rencana", "10%", "5%", "", "", "", "", "", "",
               ""])
    wb.save(path)
    return path


def test_read_finds_columns_triwulan_satker_and_year(tmp_path):
    sheet = ri.read_realisasi(quarter_sheet(tmp_path / "tw3.xlsx"))
    assert sheet.quarters == [3] and sheet.year == 2024
    assert sheet.satker == "SEKRETARIAT KPU KABUPATEN KUBU RAYA"
    first = sheet.rows[0]
    assert first.values == {3: "55,5%"} and first.kendala == "Operator baru"
    assert first.pic == "Sekretaris" and first.bukti == "https://drive.example/tw3"
    assert [r.row for r in sheet.rows] == [6, 7, 8]


@pytest.mark.parametrize("title", ["Capaian Kinerja TW III 2024", "Realisasi s.d. Triwulan III",
                                   "TRIWULAN 3"])
def test_triwulan_from_the_title(tmp_path, title):
    assert ri.read_realisasi(quarter_sheet(tmp_path / "x.xlsx", title)).quarters == [3]


def test_realisasi_over_tw_columns_on_the_next_row(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Indikator", "Target", "Realisasi", "", "", "", "Capaian"])
    ws.append(["", "", "TW I", "TW II", "TW III", "TW IV", ""])
    ws.append([MONEV, "75%", "70%", "", "0", "", ""])
    wb.save(tmp_path / "tahun.xlsx")
    sheet = ri.read_realisasi(tmp_path / "tahun.xlsx")
    assert sheet.quarters == [1, 2, 3, 4]
    assert sheet.rows[0].values == {1: "70%", 2: "", 3: "0", 4: ""}


def test_preview_writes_nothing_and_apply_is_undone_in_one_step(demo_file, tmp_path):
    sheet = ri.read_realisasi(quarter_sheet(tmp_path / "tw3.xlsx"))
    with edit(demo_file) as session:
        plan = kubu(session)
        monev, revisi = find(plan, "Persentase Laporan monitoring"), find(plan, "Jumlah revisi")
        before = {i.id: [(r.period, r.value, r.kendala) for r in i.realisasi]
                  for i in (monev, revisi)}
        result = ri.preview(plan, sheet)
        session.flush()
        assert [(r.row, iid) for r, iid in result.matched] == [(6, monev.id), (7, revisi.id)]
        assert [r.indikator for r in result.unmatched] == ["Indikator yang tidak ada di rencana"]
        assert len(result.missing) == sum(len(s.indikator) for s in plan.sasaran) - 2
        assert monitoring.realisasi(monev, 9).value == "60%"  # nothing written yet
        changes = ri.apply_preview(session, plan, result, sheet)
        row = monitoring.realisasi(monev, 9)  # a triwulan's figure: its last month
        assert (row.value, row.kendala, row.pic, row.batas_waktu) == (
            "55,5%", "Operator baru", "Sekretaris", dt.date(2024, 10, 15))
        assert monitoring.realisasi(revisi, 9).value == "0"  # zero is a value
        assert [e.link for e in monev.evidence if e.period == 9] == ["https://drive.example/tw3"]
        ri.undo_changes(session, changes)
        session.flush()
        assert {i.id: [(r.period, r.value, r.kendala) for r in i.realisasi]
                for i in (monev, revisi)} == before
        assert not [e for e in monev.evidence if e.period == 9]


def test_a_rak_workbook_is_not_taken_for_realisasi(demo_file, tmp_path):
    from rakdesk.xlsx import export_plan

    with edit(demo_file) as session:
        for satker in ops.all_satkers(session):
            for plan in satker.plans:
                if plan.kind != "SK":  # an SK goes to Word, not Excel
                    export_plan(plan, tmp_path / f"{plan.id}.xlsx")
    for path in tmp_path.glob("*.xlsx"):
        assert not ri.is_realisasi_workbook(path)


def test_hostile_file_is_refused_in_one_line(tmp_path):
    bad = tmp_path / "bukan.xlsx"
    bad.write_bytes(b"MZ" + b"\x00" * 100)
    with pytest.raises(ImportRefused, match="bukan berkas Excel"):
        ri.read_realisasi(bad)


def test_cli_import_records_into_the_plan_of_satker_and_year(demo_file, tmp_path, run_cli):
    book = quarter_sheet(tmp_path / "tw3.xlsx")
    code, out, err = run_cli("import-xlsx", demo_file, book)
    assert code == 0, err
    assert "TW III" in out and "2 indikator cocok" in out
    assert "TIDAK COCOK: baris 8: Indikator yang tidak ada di rencana" in out
    with edit(demo_file) as session:
        monev = find(kubu(session), "Persentase Laporan monitoring")
        assert monitoring.realisasi(monev, 9).value == "55,5%"


def test_cli_import_names_the_plans_when_several_match(demo_file, tmp_path, run_cli):
    from rakdesk.core import snapshot

    with edit(demo_file) as session:
        plan = kubu(session)
        copy = snapshot.copy_plan(session, plan, 2024)
        session.flush()
        ops.change_granularity(session, copy, "quarterly")
    book = quarter_sheet(tmp_path / "tw3.xlsx")
    code, out, err = run_cli("import-xlsx", demo_file, book)
    assert code == 1 and "Pilih dengan --plan ID" in err
    with edit(demo_file) as session:
        satker = kubu(session).satker
        quarterly = next(p for p in satker.plans
                         if p.kind == "RAK" and p.granularity == "quarterly")
        plan_id = quarterly.id
    code, out, err = run_cli("import-xlsx", demo_file, book, "--plan", plan_id[:8])
    assert code == 0, err
    with edit(demo_file) as session:
        from rakdesk.core.model import Plan as P

        quarterly = session.get(P, plan_id)
        monev = find(quarterly, "Persentase Laporan monitoring")
        assert monitoring.realisasi(monev, 3).value == "55,5%"  # a quarterly plan: period 3


def test_realisasi_goes_to_the_rak_not_the_pk_of_the_same_year(demo_file, tmp_path):
    """The demo's Kubu Raya satker has a PK and a RAK for 2024: a workbook naming
    the satker and year records into the RAK, and --plan of the PK is refused."""
    with edit(demo_file) as session:
        plans = {p.kind: p.id for s in ops.all_satkers(session) for p in s.plans
                 if s.name == "SEKRETARIAT KPU KABUPATEN KUBU RAYA" and p.year == 2024}
        sheet = ri.RealisasiSheet.__new__(ri.RealisasiSheet)
        sheet.year, sheet.satker = 2024, "KPU Kabupaten Kubu Raya"
        assert set(plans) >= {"PK", "RAK"}
        assert ri.target_plan(session, sheet).id == plans["RAK"]
        with pytest.raises(Exception, match="dicatat pada RAK, bukan pada PK"):
            ri.target_plan(session, sheet, plan_id=plans["PK"])
