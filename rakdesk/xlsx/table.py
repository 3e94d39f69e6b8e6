"""Any table description (rakdesk.core.tables) written into a sheet.

The description says what the table holds; a document adds only how each
column looks in Excel, one :class:`XlLook` per column key (width in
characters, alignment, whether long texts shrink), and where the table
starts:

    looks = {"no": XlLook(5, NUMBER), "sasaran": XlLook(28), ...}
    header_end, next_row = write_table(SheetWriter(ws, widths_of(table, looks)), table,
                                       looks, top=7)

Headings are bold and shaded; a heading over a run of columns (RENCANA
PELAKSANAAN) takes the first row above the labels of its columns, and every
other heading spans both rows. The column-number row follows. A span is one
merged cell over its rows, and its last row grows when its text needs more
room than its rows give.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.styles import Alignment, Font

from rakdesk.core.tables import TableDescription
from rakdesk.core.tables.description import LEVELS
from rakdesk.xlsx.sheet import FONT, HEAD_FILL, SIZE, WRAP_CENTER, WRAP_TOP, SheetWriter

NUMBER = Alignment(horizontal="center", vertical="top")  # "1." in a narrow column
SMALL_SIZE = 7  # a schedule cell longer than a tick (weeks, a note)


@dataclass(frozen=True)
class XlLook:
    """How one column looks in Excel: its width in characters, its body
    cells' alignment, and whether a text longer than two characters is
    written smaller (a narrow schedule column)."""

    width: float
    align: Alignment = WRAP_TOP
    small: bool = False


def widths_of(table: TableDescription, looks: dict[str, XlLook]) -> list[float]:
    return [looks[k].width for k in table.keys]


def write_header(w: SheetWriter, table: TableDescription, top: int,
                 head_points: float) -> int:
    """The heading rows and the column-number row from ``top``; returns the
    last header row."""
    keys = table.keys
    runs = table.groups()
    grouped = {k for _, first, last in runs
               for k in keys[keys.index(first):keys.index(last) + 1]}
    for c, column in enumerate(table.columns, 1):
        if column.key in grouped:
            w.put(top + 1, c, column.heading, bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
        else:
            w.put(top, c, column.heading, bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
            if runs:
                w.merge(top, c, top + 1, c)
    for heading, first, last in runs:
        a, b = keys.index(first) + 1, keys.index(last) + 1
        w.put(top, a, heading, bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
        w.merge(top, a, top, b)
    w.grow(top, head_points)
    end = top + 1 if runs else top
    if table.number_row:
        end += 1
        for c, number in enumerate(table.number_row, 1):
            w.put(end, c, number, align=WRAP_CENTER)
    return end


def write_body(w: SheetWriter, table: TableDescription, looks: dict[str, XlLook],
               first: int) -> int:
    """The rows from ``first``: each row's own cells, then the spanning
    cells, inner levels first; returns the row after the last."""
    col = {k: i for i, k in enumerate(table.keys, 1)}
    for r, row in enumerate(table.rows):
        for key in table.level_keys("row"):
            text, look = row.cells.get(key, ""), looks[key]
            size = SMALL_SIZE if look.small and len(text) > 2 else SIZE
            cell = w.put(first + r, col[key], text, align=look.align)
            if size != SIZE:
                cell.font = Font(name=FONT, size=size)
            w.grow(first + r, w.need(first + r, text, col[key], size=size))
    extent = {(s.row, s.key): s.rows for s in table.spans}
    covered = table.covered()
    for level in reversed(LEVELS[:-1]):  # indikator, then sasaran
        for key in table.level_keys(level):
            for r, row in enumerate(table.rows):
                if (r, key) in covered:
                    continue
                top, text = first + r, row.cells.get(key, "")
                bottom = top + extent.get((r, key), 1) - 1
                w.put(top, col[key], text, align=looks[key].align)
                w.merge(top, col[key], bottom, col[key])
                w.span_need(top, bottom, w.need(top, text, col[key]))
    return first + len(table.rows)


def write_table(w: SheetWriter, table: TableDescription, looks: dict[str, XlLook], top: int,
                head_points: float = 30) -> tuple[int, int]:
    """Header and body from ``top``: returns the last header row (for the
    rows repeated on every printed page) and the row after the table."""
    header_end = write_header(w, table, top, head_points)
    return header_end, write_body(w, table, looks, header_end + 1)
