"""The generic renderers print any table description, not only the RAK's and
the IKU's: a new document (here a list of team members, grouped by team, as
an SK's lampiran is) gets its PDF table and its Excel table from its
description and the widths of its columns alone."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from rakdesk.core.tables import Column, Row, Span, TableDescription


@pytest.fixture
def team_table() -> TableDescription:
    columns = [Column("tim", "TIM", "indikator"),
               Column("no", "NO", "row"),
               Column("nama", "NAMA", "row"),
               Column("ketua", "KETUA", "row", "KEDUDUKAN", 1),
               Column("anggota", "ANGGOTA", "row", "KEDUDUKAN", 2),
               Column("keterangan", "KETERANGAN", "row")]
    names = [("Tim Pengarah", "Ani <b>&</b> Budi", "✓", ""),
             ("Tim Pengarah", "Citra", "", "✓"),
             ("Tim Pelaksana", "Dedi\nbaris dua", "", "anggota tetap")]
    rows = []
    for n, (tim, nama, ketua, anggota) in enumerate(names, 1):
        first = n == 1 or names[n - 2][0] != tim
        cells = {"tim": tim if first else "", "no": f"{n}.", "nama": nama, "ketua": ketua,
                 "anggota": anggota, "keterangan": "=SUM(A1)" if n == 3 else ""}
        rows.append(Row(n, "s", tim, None, cells))
    return TableDescription(columns, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], rows,
                            [Span(0, "tim", 2)])


def test_a_new_description_prints_as_a_pdf_table(team_table):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from rakdesk.pdf.fonts import fonts
    from rakdesk.pdf.table import Look, body_rows, table_layout
    from rakdesk.pdf.text import styles
    from tests.pdftext import pages_text, squash

    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=9)
    looks = {"tim": Look(40 * mm, repeat=True), "no": Look(10 * mm, "center"),
             "nama": Look(50 * mm), "ketua": Look(18 * mm, "small"),
             "anggota": Look(18 * mm, "small"), "keterangan": Look(40 * mm)}
    layout = table_layout(team_table, looks, st, fs)
    assert [c.level for c in layout.columns] == [0, None, None, None, None, None]
    assert len(layout.header_rows) == 3  # headings, labels under KEDUDUKAN, numbers
    rows = body_rows(team_table, looks, st, tick="✓")
    assert rows[0].groups[0] is rows[1].groups[0] is not rows[2].groups[0]
    pages = layout.paginate(rows, first=600, rest=600)
    tables = layout.tables(pages)
    spans = [tuple(cmd[1:3]) for cmd in tables[0]._spanCmds]
    assert ((0, 3), (0, 4)) in spans  # TIM over its two rows, below three header rows
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(tables)
    text = squash("".join(pages_text(out.getvalue())))
    for heading in ("TIM", "NO", "NAMA", "KEDUDUKAN", "KETUA", "ANGGOTA", "KETERANGAN", "(6)"):
        assert heading in text
    for name in ("Tim Pengarah", "Ani <b>&</b> Budi", "Citra", "Dedibarisdua",
                 "anggotatetap", "=SUM(A1)"):
        assert squash(name) in text
    assert text.count("TimPengarah") == 1  # one cell over its two rows


def test_a_new_description_writes_as_an_excel_table(team_table):
    from rakdesk.xlsx.sheet import SheetWriter
    from rakdesk.xlsx.table import XlLook, widths_of, write_table

    looks = {"tim": XlLook(20), "no": XlLook(4), "nama": XlLook(24),
             "ketua": XlLook(6, small=True), "anggota": XlLook(6, small=True),
             "keterangan": XlLook(20)}
    ws = Workbook().active
    header_end, after = write_table(SheetWriter(ws, widths_of(team_table, looks)), team_table,
                                    looks, top=3)
    assert (header_end, after) == (5, 9)

    def value(r, c):
        return ws.cell(r, c).value or ""

    assert [value(3, c) for c in range(1, 7)] == ["TIM", "NO", "NAMA", "KEDUDUKAN", "",
                                                  "KETERANGAN"]
    assert [value(4, c) for c in (4, 5)] == ["KETUA", "ANGGOTA"]
    assert [value(5, c) for c in range(1, 7)] == team_table.number_row
    for r, row in enumerate(team_table.rows):
        for c, key in enumerate(team_table.keys, 1):
            assert value(6 + r, c) == row.cells[key]
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert {"A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "A6:A7"} <= merged
    assert "A8:A8" not in merged and "E8" not in {m.split(":")[0] for m in merged}
    assert ws.cell(8, 5).font.sz == 7  # a schedule-like text longer than a tick, smaller
    assert ws.cell(8, 6).data_type == "s"  # typed "=SUM(A1)" stays text
