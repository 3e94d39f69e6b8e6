"""One sheet's cells written with the table styles of rakdesk's Excel forms:
the font, borders, wrapped text, header shading, merges that keep their
grid, and row heights tall enough for the whole text (the usual Excel pain
is clipped rows). Text a user typed that starts with = + - @ is written as
text, never as a formula."""

from __future__ import annotations

import math

from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

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
