"""The monitoring reports as an .xlsx laid out like the printed ones: one sheet
per triwulan holding realisasi (Laporan Monitoring Rencana Aksi), and one for
the Pengukuran Kinerja (LKjIP Bab III: capaian, comparison with last year,
with the Renstra target, Realisasi Anggaran). Each table is its description in
rakdesk.core.tables.monitoring written by rakdesk.xlsx.table (merged sasaran
and indikator cells, borders, row heights tall enough for the text); this
module adds the widths, titles, signature and header rows repeated on every
printed page."""

from __future__ import annotations

import io
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from rakdesk.core import performance as pf
from rakdesk.core import plans as ops
from rakdesk.core.model import Plan
from rakdesk.core.tables import monitoring as tables
from rakdesk.core.tables.description import TableDescription
from rakdesk.xlsx import table as xl_table
from rakdesk.xlsx.sheet import (
    FONT,
    LINE_POINTS,
    PAPER,
    SIZE,
    WRAP_CENTER,
    WRAP_TOP,
    SheetWriter,
)
from rakdesk.xlsx.table import XlLook

# Column widths in characters, by column key (others: WIDE or NARROW)
WIDTHS = {"no": 5, "sasaran": 28, "indikator": 32, "kegiatan": 30, "kendala": 24,
          "upaya": 24, "tindak_lanjut": 26, "pic": 16, "batas_waktu": 12, "program": 40,
          "pagu": 18, "pelaksanaan": 17}
NARROW = 12
CENTRED = {"no", "satuan", "target", "realisasi", "capaian", "kategori", "pelaksanaan",
           "batas_waktu", "target_before", "realisasi_before", "capaian_before", "renstra",
           "persen", "pagu"}


def _looks(desc: TableDescription) -> dict[str, XlLook]:
    return {k: XlLook(WIDTHS.get(k, NARROW), WRAP_CENTER if k in CENTRED else WRAP_TOP)
            for k in desc.keys}


def _table(w: SheetWriter, desc: TableDescription, top: int) -> tuple[tuple[int, int], int]:
    """The table from ``top`` (rakdesk.xlsx.table), its heading rows tall enough
    for the longest heading; returns (first and last header row) and the row
    after the table. A total row (number 0: "Jumlah") is bold."""
    head = max([LINE_POINTS * 2 + 3] + [w.need(top, c.heading, i)
                                         for i, c in enumerate(desc.columns, 1) if not c.group])
    header_end, after = xl_table.write_table(w, desc, _looks(desc), top, head_points=head)
    for n, r in enumerate(desc.rows):
        if r.number == 0 and "program" in desc.keys:
            cell = w.ws.cell(row=header_end + 1 + n, column=desc.keys.index("program") + 1)
            cell.font = Font(name=FONT, size=SIZE, bold=True)
    return (top, header_end), after


def _widths(desc: TableDescription) -> list[float]:
    return [WIDTHS.get(c.key, NARROW) for c in desc.columns]


def _title(w: SheetWriter, lines: list[str], ncols: int) -> int:
    for n, text in enumerate(lines, 1):
        w.put(n, 1, text, bold=True, border=False, size=13 if n == 1 else 9,
              align=Alignment(horizontal="center", wrap_text=True))
        w.merge(n, 1, n, ncols)
        w.grow(n, 20)
    return len(lines) + 2


def _page_setup(ws, plan: Plan, landscape: bool, head: tuple[int, int]) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER.get(plan.paper, 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{head[0]}:{head[1]}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def write_quarter(ws, plan: Plan, quarter: int) -> None:
    desc = tables.describe_quarter(plan, quarter)
    w = SheetWriter(ws, _widths(desc))
    n = len(desc.columns)
    satker = plan.satker
    progress = pf.plan_progress(plan, quarter)
    row = _title(w, [f"LAPORAN MONITORING RENCANA AKSI TRIWULAN {pf.quarter_name(quarter)}",
                     satker.full_name or satker.name, f"TAHUN {plan.year}"], n)
    w.put(row - 1, 1, f"Pelaksanaan kegiatan s.d. Triwulan {pf.quarter_name(quarter)}: "
                      f"{tables.cp.spell(progress.done)} dari {progress.scheduled} jadwal "
                      "kegiatan terlaksana.", border=False, align=Alignment())
    head, after = _table(w, desc, row)
    last = after - 1
    _signature(w, plan, last + 1, n - 4, n, pf.report_date_line(plan, quarter))
    w.apply_heights()
    ws.freeze_panes = ws.cell(row=head[1] + 1, column=1)
    _page_setup(ws, plan, True, head)


def _signature(w: SheetWriter, plan: Plan, row: int, first: int, last: int, date: str) -> None:
    """The plan's signature block under the report's own date line."""
    sig = ops.signature_lines(plan)
    center = Alignment(horizontal="center", wrap_text=True)
    row += 1
    for text, bold in [(date, False)] + [(h, True) for h in sig["heading"]]:
        w.put(row, first, text, bold=bold, border=False, align=center)
        w.merge(row, first, row, last)
        row += 1
    row += 4  # room to sign and stamp
    cell = w.put(row, first, sig["name"], bold=True, border=False, align=center)
    cell.font = Font(name=FONT, size=SIZE, bold=True, underline="single")
    w.merge(row, first, row, last)
    if sig["nip"]:
        w.put(row + 1, first, sig["nip"], border=False, align=center)
        w.merge(row + 1, first, row + 1, last)


def write_pengukuran(ws, plan: Plan) -> None:
    parts = [("A. Capaian Kinerja", tables.describe_pengukuran(plan)),
             (f"B. Perbandingan Realisasi dan Capaian Tahun {plan.year} dengan Tahun "
              f"{plan.year - 1}", tables.describe_last_year(plan)),
             ("C. Perbandingan Realisasi dengan Target Akhir Renstra",
              tables.describe_renstra(plan)),
             ("D. Realisasi Anggaran", tables.describe_budget(plan))]
    ncols = max(len(d.columns) for _, d in parts)
    widths = [max((_widths(d) + [NARROW] * ncols)[i] for _, d in parts) for i in range(ncols)]
    w = SheetWriter(ws, widths)
    satker = plan.satker
    row = _title(w, ["PENGUKURAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
                     satker.full_name or satker.name, f"TAHUN {plan.year}"], ncols)
    first_head = None
    for heading, desc in parts:
        w.put(row, 1, heading, bold=True, border=False, align=Alignment())
        row += 1
        if not desc.rows:
            w.put(row, 1, tables.NO_BUDGET, border=False, align=Alignment())
            row += 2
            continue
        head, after = _table(w, desc, row)
        first_head = first_head or head
        row = after + 1
    w.apply_heights()
    _page_setup(ws, plan, False, first_head or (1, 1))


def export_monitoring(plan: Plan, path: str | os.PathLike) -> Path:
    """Every monitoring report the plan can print now, one sheet each."""
    from rakdesk.core.safefiles import write_atomically

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for q in pf.quarters_with_realisasi(plan) or [1]:
        write_quarter(wb.create_sheet(f"Monitoring TW {pf.quarter_name(q)}"), plan, q)
    write_pengukuran(wb.create_sheet("Pengukuran Kinerja"), plan)
    wb.properties.creator = "rakdesk"
    wb.properties.title = f"Monitoring {plan.satker.name} {plan.year}"
    data = io.BytesIO()
    wb.save(data)
    return write_atomically(path, lambda tmp: tmp.write_bytes(data.getvalue()))
