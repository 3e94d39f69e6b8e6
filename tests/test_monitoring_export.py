"""The monitoring reports outside the PDF: the LKjIP Bab III tables as real
Word tables, the .xlsx in the printed layout, and the command line."""

from __future__ import annotations

from docx import Document
from openpyxl import load_workbook

from rakdesk.core.tables import monitoring as tables
from rakdesk.word.lkjip import export_lkjip
from rakdesk.xlsx.monitoring_export import export_monitoring
from tests.files import edit, kubu


def cell_texts(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_docx_holds_the_bab_iii_tables_as_word_tables(demo_file, tmp_path):
    out = tmp_path / "lkjip.docx"
    with edit(demo_file) as session:
        plan = kubu(session)
        export_lkjip(plan, out)
        desc = tables.describe_pengukuran(plan)
        n_rows = len(desc.rows)
    doc = Document(out)
    assert len(doc.tables) == 4  # capaian, last year, renstra, the PK's budget
    main = cell_texts(doc.tables[0])
    assert main[0] == ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                       "Capaian (%)", "Kategori"]
    assert len(main) == 1 + n_rows
    assert main[1][3:] == ["Kali", "12 Kali", "12 Kali", "100", "Sangat Baik"]
    # sasaran 2 has three indikator: its cells are one merged Word cell
    second = [r for r in main if r[0] == "2."]
    assert len(second) == 3 and len({r[1] for r in second}) == 1
    assert doc.tables[0].rows[0]._tr.trPr.xpath("./w:tblHeader")  # repeated on each page
    last_year = cell_texts(doc.tables[1])
    assert last_year[0][3:6] == ["Tahun 2023"] * 3 and last_year[1][3:6] == [
        "Target", "Realisasi", "Capaian (%)"]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "D. Realisasi Anggaran" in text and tables.NO_BUDGET not in text
    assert cell_texts(doc.tables[3])[-1][1:] == ["Jumlah", "11.111.110.000", "10.234.567.889",
                                                 "92,11"]


def test_xlsx_has_a_sheet_per_triwulan_and_the_pengukuran(demo_file, tmp_path):
    out = tmp_path / "monitoring.xlsx"
    with edit(demo_file) as session:
        export_monitoring(kubu(session), out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Monitoring TW I", "Monitoring TW II", "Monitoring TW III",
                             "Monitoring TW IV", "Pengukuran Kinerja"]
    ws = wb["Monitoring TW II"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "LAPORAN MONITORING RENCANA AKSI TRIWULAN II"
    head = next(r for r in values if r[0] == "No")
    assert head[3:7] == ["Target TW II", "Realisasi TW II", "Capaian (%)", "Kategori"]
    missed = next(r for r in values if r[2] and str(r[2]).startswith("Persentase Laporan monit"))
    assert missed[3:7] == ["75%", "50%", "66,67", "Cukup"]
    assert "Laporan monev dari subbagian" in missed[9]
    assert any(r[-5] == "SUNGAI RAYA, JUNI 2024" for r in values)
    assert ws.print_title_rows and ws.merged_cells.ranges
    pk = [[c.value for c in row] for row in wb["Pengukuran Kinerja"].iter_rows()]
    assert ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
            "Capaian (%)", "Kategori"] in [r[:8] for r in pk]


def test_cli_render_all_prints_the_monitoring_reports_and_exports(demo_file, tmp_path,
                                                                   run_cli):
    code, out, err = run_cli("render", demo_file, "--all", "-o", tmp_path / "pdf")
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "pdf").iterdir())
    assert "RAK 2024 (bulanan) Monitoring TW III SEKRETARIAT KPU KABUPATEN KUBU RAYA.pdf" in names
    assert "RAK 2024 (bulanan) Pengukuran Kinerja SEKRETARIAT KPU KABUPATEN KUBU RAYA.pdf" in names
    assert not any("LOMBOK" in n and "Monitoring" in n for n in names)  # no realisasi there
    with edit(demo_file) as session:
        plan_id = kubu(session).id
    code, out, err = run_cli("export-monitoring", demo_file, "--plan", plan_id[:8], "-o",
                             tmp_path / "bab3.docx")
    assert code == 0, err
    assert len(Document(tmp_path / "bab3.docx").tables) == 4  # with the PK budget
    code, out, err = run_cli("render", demo_file, "--plan", plan_id[:8], "--report", "tw2",
                             "-o", tmp_path / "tw2.pdf")
    assert code == 0 and (tmp_path / "tw2.pdf").read_bytes().startswith(b"%PDF")
