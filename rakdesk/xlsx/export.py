"""A plan as an .xlsx laid out like the printed RAK or IKU.

Title rows, the grouped header over the periods, the column-number row, merged
sasaran and indikator cells, ticks and week notes, pelaksana and the signature
block; borders, wrapped text and row heights tall enough for the whole text
(the usual Excel pain is clipped rows), the plan's paper and orientation,
header rows repeated on every printed page, fitted to the page width. Text a
user typed that starts with = + - @ is written as text, never as a formula.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from rakdesk.core import plans as ops
from rakdesk.core.model import Plan
from rakdesk.core.schedule import WEEKS_LEGEND

FONT = "Arial"
SIZE = 9
LINE_POINTS = 12.0  # height of one line of 9-pt Arial, with Excel's padding
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="ECECEC")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
PAPER = {"A4": 9, "F4": 14}  # 14 is Folio (8.5 x 13 in), Excel's nearest to F4
FORMULA_START = ("=", "+", "-", "@")


def safe_text(cell: XlCell, text: str) -> None:
    """Write user text as text: a leading = + - @ never becomes a formula."""
    cell.value = text
    if text and text.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def lines_needed(text: str, width_chars: float) -> int:
    """How many lines Excel wraps ``text`` into in a column ``width_chars`` wide."""
    if not text:
        return 1
    usable = max(1.0, width_chars * 1.05)
    return sum(max(1, math.ceil(len(line) / usable)) for line in str(text).split("\n"))


class SheetWriter:
    """Writes cells at (row, column) with the table styles, tracking heights."""

    def __init__(self, ws, widths: list[float]):
        self.ws = ws
        self.widths = widths
        self.heights: dict[int, float] = {}
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width

    def put(self, row: int, col: int, text: str, bold=False, align=WRAP_TOP, border=True,
            fill=None, size=SIZE) -> XlCell:
        cell = self.ws.cell(row=row, column=col)
        safe_text(cell, text)
        cell.font = Font(name=FONT, size=size, bold=bold)
        cell.alignment = align
        if border:
            cell.border = BORDER
        if fill is not None:
            cell.fill = fill
        return cell

    def need(self, row: int, text: str, col: int, span_cols: int = 1, size=SIZE) -> float:
        width = sum(self.widths[col - 1:col - 1 + span_cols])
        return lines_needed(text, width * SIZE / size) * LINE_POINTS * size / SIZE + 3

    def grow(self, row: int, points: float) -> None:
        self.heights[row] = max(self.heights.get(row, 0), points)

    def merge(self, top: int, left: int, bottom: int, right: int) -> None:
        if bottom > top or right > left:
            framed = self.ws.cell(row=top, column=left).border.left.style is not None
            self.ws.merge_cells(start_row=top, start_column=left, end_row=bottom,
                                end_column=right)
            if framed:  # table cells keep their grid; titles and signature stay bare
                for r in range(top, bottom + 1):
                    for c in range(left, right + 1):
                        self.ws.cell(row=r, column=c).border = BORDER

    def span_need(self, top: int, bottom: int, points: float) -> None:
        """A merged cell over rows top..bottom needs ``points``: grow its last row."""
        have = sum(self.heights.get(r, LINE_POINTS + 3) for r in range(top, bottom + 1))
        if points > have:
            self.heights[bottom] = self.heights.get(bottom, LINE_POINTS + 3) + points - have

    def apply_heights(self) -> None:
        for row, points in self.heights.items():
            self.ws.row_dimensions[row].height = min(409, round(points, 1))


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


def _pelaksana_text(kegiatan) -> str:
    names = [p.name for p in kegiatan.pelaksana]
    if len(names) <= 1:
        return names[0] if names else ""
    return "\n".join(f"{i}. {n}" for i, n in enumerate(names, 1))


def write_rak(ws, plan: Plan) -> None:
    gran = plan.gran
    show_no = plan.show_no_column
    keys = (["no"] if show_no else []) + ["sasaran", "indikator", "target", "kegiatan"]
    keys += [f"period{p}" for p in range(1, gran.periods + 1)] + ["pelaksana"]
    base = {"no": 5, "sasaran": 28, "indikator": 30, "target": 10, "kegiatan": 40,
            "pelaksana": 24}
    mark = (7 if ops.has_week_notes(plan) else 5) if gran.periods == 12 else 8
    widths = [base.get(k, mark) for k in keys]
    col = {k: i for i, k in enumerate(keys, 1)}
    w = SheetWriter(ws, widths)
    row = _title_rows(w, plan, len(keys))

    # Header: titles spanning two rows, RENCANA PELAKSANAAN over the periods.
    head = {"no": "NO", "sasaran": plan.sasaran_header or "SASARAN",
            "indikator": plan.indikator_header or "INDIKATOR KINERJA", "target": "TARGET",
            "kegiatan": "KEGIATAN", "pelaksana": "PELAKSANA"}
    top = row
    for key in keys:
        c = col[key]
        if key.startswith("period"):
            w.put(top + 1, c, gran.label(int(key[6:]), plan.numeric_month_labels), bold=True,
                  align=WRAP_CENTER, fill=HEAD_FILL)
        else:
            w.put(top, c, head[key], bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
            w.merge(top, c, top + 1, c)
    first_p, last_p = col["period1"], col[f"period{gran.periods}"]
    w.put(top, first_p, "RENCANA PELAKSANAAN", bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
    w.merge(top, first_p, top, last_p)
    w.grow(top, 30)
    row = top + 2
    if plan.column_numbers in ("plain", "paren"):
        fmt = "({})" if plan.column_numbers == "paren" else "{}"
        for i in range(1, len(keys) + 1):
            w.put(row, i, fmt.format(i), align=WRAP_CENTER)
        row += 1
    header_end = row - 1

    tick = plan.tick_style
    for number, sasaran in enumerate(plan.sasaran, 1):
        s_top = row
        for indikator in sasaran.indikator or [None]:
            i_top = row
            for kegiatan in (indikator.kegiatan if indikator else []) or [None]:
                cells = {key: "" for key in ("kegiatan", "pelaksana")}
                if kegiatan is not None:
                    cells = {"kegiatan": kegiatan.text, "pelaksana": _pelaksana_text(kegiatan)}
                    for period, cell in kegiatan.schedule().items():
                        if period <= gran.periods:
                            cells[f"period{period}"] = cell.text(tick, short=True)
                for key in keys:
                    if key in ("no", "sasaran", "indikator", "target"):
                        continue
                    text = cells.get(key, "")
                    align = WRAP_CENTER if key.startswith("period") else WRAP_TOP
                    w.put(row, col[key], text, align=align)
                    size = 7 if key.startswith("period") and len(text) > 2 else SIZE
                    if size != SIZE:
                        ws.cell(row=row, column=col[key]).font = Font(name=FONT, size=size)
                    w.grow(row, w.need(row, text, col[key], size=size))
                row += 1
            i_bottom = row - 1
            if indikator is not None:
                w.put(i_top, col["indikator"], indikator.text)
                w.put(i_top, col["target"], indikator.target, align=WRAP_CENTER)
                for key, text in (("indikator", indikator.text), ("target", indikator.target)):
                    w.merge(i_top, col[key], i_bottom, col[key])
                    w.span_need(i_top, i_bottom, w.need(i_top, text, col[key]))
            else:
                for key in ("indikator", "target"):
                    w.put(i_top, col[key], "")
        s_bottom = row - 1
        w.put(s_top, col["sasaran"], sasaran.text)
        w.merge(s_top, col["sasaran"], s_bottom, col["sasaran"])
        w.span_need(s_top, s_bottom, w.need(s_top, sasaran.text, col["sasaran"]))
        if show_no:
            w.put(s_top, col["no"], f"{number}.", align=Alignment(horizontal="center",
                                                                vertical="top"))
            w.merge(s_top, col["no"], s_bottom, col["no"])
    if ops.has_week_notes(plan):  # what "Mg 2, 3" in the month cells stands for
        w.put(row, 1, WEEKS_LEGEND, border=False, align=Alignment(horizontal="left"))
        w.merge(row, 1, row, col["kegiatan"])
        row += 1
    _signature(w, plan, row + 1, max(1, len(keys) - 5), len(keys))
    w.apply_heights()
    _page_setup(ws, plan, landscape=True, header_rows=(top, header_end))


def write_iku(ws, plan: Plan) -> None:
    with_target = any(i.target for s in plan.sasaran for i in s.indikator)
    keys = ["no", "sasaran", "indikator"] + (["target"] if with_target else []) + [
        "keterangan", "sumber"]
    base = {"no": 5, "sasaran": 30, "indikator": 32, "target": 10, "keterangan": 34,
            "sumber": 30}
    widths = [base[k] for k in keys]
    col = {k: i for i, k in enumerate(keys, 1)}
    w = SheetWriter(ws, widths)
    satker = plan.satker
    row = 1
    for text, size in ((f"INDIKATOR KINERJA UTAMA TAHUN {plan.year}", 13),
                       (satker.office_heading.replace("\n", " ") or satker.name, SIZE),
                       (satker.address, SIZE)):
        if text:
            w.put(row, 1, text, bold=True, border=False, size=size,
                  align=Alignment(horizontal="center", wrap_text=True))
            w.merge(row, 1, row, len(keys))
            row += 1
    row += 1
    label = Alignment(vertical="top")
    for name, value in (("Nama / Unit", satker.name), ("Tugas", plan.tugas)):
        if value:
            w.put(row, 1, name, border=False, align=label)
            w.merge(row, 1, row, 2)
            w.put(row, 3, f": {value}", bold=True, border=False, align=WRAP_TOP)
            w.merge(row, 3, row, len(keys))
            w.grow(row, w.need(row, value, 3, len(keys) - 2))
            row += 1
    if plan.fungsi_list:
        w.put(row, 1, "FUNGSI :", bold=True, border=False, align=label)
        row += 1
        for n, fungsi in enumerate(plan.fungsi_list, 1):
            w.put(row, 1, f"{n}.", border=False, align=Alignment(horizontal="right",
                                                                 vertical="top"))
            w.put(row, 2, fungsi, border=False, align=WRAP_TOP)
            w.merge(row, 2, row, len(keys))
            w.grow(row, w.need(row, fungsi, 2, len(keys) - 1))
            row += 1
    row += 1
    w.put(row, 1, f"INDIKATOR KINERJA UTAMA (IKU) {satker.full_name or satker.name} "
                  f"TAHUN {plan.year}", bold=True, border=False,
          align=Alignment(horizontal="center", wrap_text=True))
    w.merge(row, 1, row, len(keys))
    row += 2
    head = {"no": "No", "sasaran": plan.sasaran_header or "SASARAN STRATEGIS",
            "indikator": plan.indikator_header or "INDIKATOR KINERJA", "target": "TARGET",
            "keterangan": "KETERANGAN", "sumber": "SUMBER DATA"}
    top = row
    for key in keys:
        w.put(row, col[key], head[key], bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
    w.grow(row, 26)
    row += 1
    for number, sasaran in enumerate(plan.sasaran, 1):
        s_top = row
        for indikator in sasaran.indikator or [None]:
            values = {"indikator": "", "target": "", "keterangan": "", "sumber": ""}
            if indikator is not None:
                values = {"indikator": indikator.text, "target": indikator.target,
                          "keterangan": indikator.keterangan, "sumber": indikator.sumber_data}
            for key in keys[2:]:
                w.put(row, col[key], values[key])
                w.grow(row, w.need(row, values[key], col[key]))
            row += 1
        w.put(s_top, col["no"], f"{number}.", align=Alignment(horizontal="center",
                                                            vertical="top"))
        w.put(s_top, col["sasaran"], sasaran.text)
        for key in ("no", "sasaran"):
            w.merge(s_top, col[key], row - 1, col[key])
        w.span_need(s_top, row - 1, w.need(s_top, sasaran.text, col["sasaran"]))
    _signature(w, plan, row + 1, len(keys) - 1, len(keys))
    w.apply_heights()
    _page_setup(ws, plan, landscape=False, header_rows=(top, top))


def export_plan(plan: Plan, path: str | os.PathLike) -> Path:
    """Write ``plan`` to ``path`` (beside it first, then renamed into place)."""
    if plan.kind == "SK":
        from rakdesk.core.i18n import tr
        from rakdesk.errors import ValidationError

        raise ValidationError(tr("Keputusan (SK) diekspor ke Word, bukan ke Excel "
                                 "(rakdesk export-docx)."))
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
