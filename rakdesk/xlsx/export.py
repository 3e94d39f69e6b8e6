"""A plan as an .xlsx laid out like the printed RAK or IKU.

Title rows, the plan's table as its description says (rakdesk.core.tables,
written by rakdesk.xlsx.table: the grouped header over the periods, the
column-number row, merged sasaran and indikator cells, ticks and week notes,
pelaksana), and the signature block; the plan's paper and orientation, header
rows repeated on every printed page, fitted to the page width. The cells'
styles and heights and the formula guard are rakdesk.xlsx.sheet's.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from rakdesk.core import plans as ops
from rakdesk.core.model import Plan
from rakdesk.core.schedule import WEEKS_LEGEND
from rakdesk.core.tables import describe
from rakdesk.core.tables.rak import period_key
from rakdesk.xlsx.sheet import FONT, PAPER, SIZE, WRAP_CENTER, WRAP_TOP, SheetWriter
from rakdesk.xlsx.table import NUMBER, XlLook, widths_of, write_table

__all__ = ["SheetWriter", "export_plan", "write_iku", "write_rak"]

def _title_rows(w: SheetWriter, plan: Plan, ncols: int) -> int:
    satker = plan.satker
    w.put(1, 1, ops.plan_title(plan), bold=True, border=False, size=13,
          align=Alignment(horizontal="center"))
    w.merge(1, 1, 1, ncols)
    w.put(2, 1, satker.full_name or satker.name, bold=True, border=False,
          align=Alignment(horizontal="center"))
    w.merge(2, 1, 2, ncols)
    w.put(4, 1, "Nama/Unit Organisasi", border=False, align=Alignment())
    w.put(4, 3, f": {satker.name}", bold=True, border=False, align=Alignment())
    w.put(5, 1, plan.year_label or "Tahun", border=False, align=Alignment())
    w.put(5, 3, f": {plan.year}", bold=True, border=False, align=Alignment())
    for row in (1, 2):
        w.grow(row, 20)
    return 7


def _signature(w: SheetWriter, plan: Plan, row: int, first_col: int, last_col: int) -> int:
    sig = ops.signature_lines(plan)
    center = Alignment(horizontal="center", wrap_text=True)
    lines = ([(sig["date"], False)] if sig["date"] else []) + [(h, True) for h in sig["heading"]]
    row += 1
    for text, bold in lines:
        w.put(row, first_col, text, bold=bold, border=False, align=center)
        w.merge(row, first_col, row, last_col)
        row += 1
    row += 4  # room to sign and stamp
    cell = w.put(row, first_col, sig["name"], bold=True, border=False, align=center)
    cell.font = Font(name=FONT, size=SIZE, bold=True, underline="single")
    w.merge(row, first_col, row, last_col)
    if sig["nip"]:
        row += 1
        w.put(row, first_col, sig["nip"], border=False, align=center)
        w.merge(row, first_col, row, last_col)
    return row


def _page_setup(ws, plan: Plan, landscape: bool, header_rows: tuple[int, int]) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = PAPER.get(plan.paper, 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True


def rak_looks(plan: Plan) -> dict[str, XlLook]:
    """How each column of the RAK looks in Excel."""
    periods = plan.gran.periods
    mark = (7 if ops.has_week_notes(plan) else 5) if periods == 12 else 8
    looks = {"no": XlLook(5, NUMBER), "sasaran": XlLook(28), "indikator": XlLook(30),
             "target": XlLook(10, WRAP_CENTER), "kegiatan": XlLook(40), "pelaksana": XlLook(24)}
    looks.update({period_key(p): XlLook(mark, WRAP_CENTER, small=True)
                  for p in range(1, periods + 1)})
    return looks


def write_rak(ws, plan: Plan) -> None:
    table, looks = describe(plan), rak_looks(plan)
    keys = table.keys
    w = SheetWriter(ws, widths_of(table, looks))
    top = _title_rows(w, plan, len(keys))
    header_end, row = write_table(w, table, looks, top, head_points=30)
    if ops.has_week_notes(plan):  # what "Mg 2, 3" in the month cells stands for
        w.put(row, 1, WEEKS_LEGEND, border=False, align=Alignment(horizontal="left"))
        w.merge(row, 1, row, keys.index("kegiatan") + 1)
        row += 1
    _signature(w, plan, row + 1, max(1, len(keys) - 5), len(keys))
    w.apply_heights()
    _page_setup(ws, plan, landscape=True, header_rows=(top, header_end))


IKU_LOOKS = {"no": XlLook(5, NUMBER), "sasaran": XlLook(30), "indikator": XlLook(32),
             "target": XlLook(10), "keterangan": XlLook(34), "sumber_data": XlLook(30)}


def write_iku(ws, plan: Plan) -> None:
    table = describe(plan)
    ncols = len(table.keys)
    w = SheetWriter(ws, widths_of(table, IKU_LOOKS))
    satker = plan.satker
    row = 1
    for text, size in ((f"INDIKATOR KINERJA UTAMA TAHUN {plan.year}", 13),
                       (satker.office_heading.replace("\n", " ") or satker.name, SIZE),
                       (satker.address, SIZE)):
        if text:
            w.put(row, 1, text, bold=True, border=False, size=size,
                  align=Alignment(horizontal="center", wrap_text=True))
            w.merge(row, 1, row, ncols)
            row += 1
    row += 1
    label = Alignment(vertical="top")
    for name, value in (("Nama / Unit", satker.name), ("Tugas", plan.tugas)):
        if value:
            w.put(row, 1, name, border=False, align=label)
            w.merge(row, 1, row, 2)
            w.put(row, 3, f": {value}", bold=True, border=False, align=WRAP_TOP)
            w.merge(row, 3, row, ncols)
            w.grow(row, w.need(row, value, 3, ncols - 2))
            row += 1
    if plan.fungsi_list:
        w.put(row, 1, "FUNGSI :", bold=True, border=False, align=label)
        row += 1
        for n, fungsi in enumerate(plan.fungsi_list, 1):
            w.put(row, 1, f"{n}.", border=False, align=Alignment(horizontal="right",
                                                                 vertical="top"))
            w.put(row, 2, fungsi, border=False, align=WRAP_TOP)
            w.merge(row, 2, row, ncols)
            w.grow(row, w.need(row, fungsi, 2, ncols - 1))
            row += 1
    row += 1
    w.put(row, 1, f"INDIKATOR KINERJA UTAMA (IKU) {satker.full_name or satker.name} "
                  f"TAHUN {plan.year}", bold=True, border=False,
          align=Alignment(horizontal="center", wrap_text=True))
    w.merge(row, 1, row, ncols)
    top = row + 2
    header_end, row = write_table(w, table, IKU_LOOKS, top, head_points=26)
    _signature(w, plan, row + 1, ncols - 1, ncols)
    w.apply_heights()
    _page_setup(ws, plan, landscape=False, header_rows=(top, header_end))


def export_plan(plan: Plan, path: str | os.PathLike) -> Path:
    """Write ``plan`` to ``path`` (beside it first, then renamed into place)."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = f"{plan.kind} {plan.year}"
    (write_iku if plan.kind == "IKU" else write_rak)(ws, plan)
    wb.properties.creator = "rakdesk"
    wb.properties.title = f"{ops.plan_title(plan)} {plan.satker.name} {plan.year}"
    import io

    from rakdesk.core.safefiles import write_atomically

    data = io.BytesIO()  # built in memory: a full disk fails one plain write
    wb.save(data)
    return write_atomically(path, lambda tmp: tmp.write_bytes(data.getvalue()))
