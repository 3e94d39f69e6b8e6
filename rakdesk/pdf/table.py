"""Any table description (rakdesk.core.tables) printed with pdf.grid.

The description says what the table holds: columns, headings, the heading
over a run of columns, the column-number row, spans and each cell's text. A
document adds only how its columns print, one :class:`Look` per column key
(width, paragraph style, whether a continued span repeats its text), and
gets back the grid columns, header rows and body rows that
:class:`rakdesk.pdf.grid.GridLayout` paginates:

    table = describe(plan)
    looks = {"no": Look(9 * mm, "center"), "sasaran": Look(60 * mm, repeat=True), ...}
    layout = table_layout(table, looks, st, fs)
    pages = layout.paginate(body_rows(table, looks, st, plan.tick_style), first=..., rest=...)
    tables = layout.tables(pages)

Schedule columns (a column with a period) print in the symbol font,
centred; a cell holding just the tick prints as a plain string in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from rakdesk.core.tables import TableDescription
from rakdesk.core.tables.description import LEVELS
from rakdesk.pdf.budget import HEADER_LINES
from rakdesk.pdf.fonts import FontSet
from rakdesk.pdf.grid import PAD_X, Column, GridLayout, Group, Row, measure
from rakdesk.pdf.parts import continued
from rakdesk.pdf.text import fitted, para

# A "row" column is each row's own; the other levels (sasaran, indikator)
# group rows on paper, numbered for pdf.grid from the outermost one present.
OWN = "row"
LABEL_HEIGHT = 13.0  # the row of labels under a group heading (B1, B2, ...)
NUMBER_HEIGHT = 11.0  # the column-number row
SCHEDULE_SIZE = 9  # a plain tick, in the symbol font
HEAD_SIZE = 7.5  # labels under a group heading
NUMBER_SIZE = 7


@dataclass(frozen=True)
class Look:
    """How one column prints: its width, the paragraph style of its body
    cells (a key of rakdesk.pdf.text.styles), and whether a span that
    continues on the next page repeats its text there as "(lanjutan) ..."."""

    width: float
    style: str = "cell"
    repeat: bool = False


def grid_levels(table: TableDescription) -> dict[str, int]:
    """pdf.grid's number of each level that groups rows in ``table``."""
    present = {c.level for c in table.columns}
    return {level: n for n, level in
            enumerate(lv for lv in LEVELS if lv != OWN and lv in present)}


def grid_columns(table: TableDescription, looks: dict[str, Look]) -> list[Column]:
    levels = grid_levels(table)
    return [Column(c.key, c.heading, looks[c.key].width, level=levels.get(c.level),
                   mark=bool(c.period), group_header=c.group) for c in table.columns]


def header_rows(table: TableDescription, cols: list[Column], st: dict):
    """The header rows (headings, the labels under a group heading, the
    column numbers), their heights and their SPAN commands."""
    runs = table.groups()
    if not runs:
        top = [fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES) for c in cols]
        rows, heights, spans = [top], [max(measure(v, c.width) for v, c in
                                           zip(top, cols, strict=True))], []
    else:
        keys = table.keys
        grouped = {k for _, first, last in runs
                   for k in keys[keys.index(first):keys.index(last) + 1]}
        top, second, spans = [], [], []
        label_h = LABEL_HEIGHT
        for i, c in enumerate(cols):
            if c.key in grouped:
                top.append("")
                label = c.header
                if stringWidth(label, st["head"].fontName, HEAD_SIZE) > c.width - 2 * PAD_X:
                    # a label wider than its column ("Capaian (%)") wraps
                    label = fitted(label, st["head"], c.width - 2 * PAD_X, HEADER_LINES)
                    label_h = max(label_h, measure(label, c.width))
                second.append(label)
            else:
                top.append(fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES))
                second.append("")
                spans.append(("SPAN", (i, 0), (i, 1)))
        group_h = 0.0
        for heading, first, last in runs:
            a, b = keys.index(first), keys.index(last)
            top[a] = para(heading, st["head"])
            spans.append(("SPAN", (a, 0), (b, 0)))
            group_h = max(group_h, measure(top[a], sum(c.width for c in cols[a:b + 1])))
        titles = max([0.0] + [measure(v, c.width) for v, c in zip(top, cols, strict=True)
                              if c.key not in grouped])
        rows, heights = [top, second], [max(group_h, titles - label_h), label_h]
    if table.number_row:
        rows.append(list(table.number_row))
        heights.append(NUMBER_HEIGHT)
    return rows, heights, spans


def table_style(table: TableDescription, looks: dict[str, Look], fs: FontSet,
                header_count: int) -> list:
    """Grid, header shading and the body's alignment: schedule columns in
    the symbol font, centred; columns whose style is "center" centred."""
    n = header_count
    plain_head = bool(table.groups()) or bool(table.number_row)  # labels, numbers as strings
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("BACKGROUND", (0, 0), (-1, n - 1), "#ececec"),
    ]
    if plain_head:
        style += [("FONTNAME", (0, 0), (-1, n - 1), fs.bold),
                  ("FONTSIZE", (0, 0), (-1, n - 1), HEAD_SIZE),
                  ("ALIGN", (0, 0), (-1, n - 1), "CENTER")]
    style += [
        ("VALIGN", (0, 0), (-1, n - 1), "MIDDLE"),
        ("VALIGN", (0, n), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.number_row:
        style += [("FONTNAME", (0, n - 1), (-1, n - 1), fs.regular),
                  ("FONTSIZE", (0, n - 1), (-1, n - 1), NUMBER_SIZE),
                  ("TOPPADDING", (0, n - 1), (-1, n - 1), 1)]
    for i, c in enumerate(table.columns):
        if c.period:
            style += [("FONTNAME", (i, n), (i, -1), fs.symbols),
                      ("FONTSIZE", (i, n), (i, -1), SCHEDULE_SIZE),
                      ("ALIGN", (i, n), (i, -1), "CENTER"),
                      ("VALIGN", (i, n), (i, -1), "MIDDLE")]
        elif looks[c.key].style == "center":
            style.append(("ALIGN", (i, n), (i, -1), "CENTER"))
    return style


def table_layout(table: TableDescription, looks: dict[str, Look], st: dict, fs: FontSet,
                 min_row: float = 14.0) -> GridLayout:
    """The grid layout of ``table``: its columns, header and style."""
    cols = grid_columns(table, looks)
    rows, heights, spans = header_rows(table, cols, st)
    return GridLayout(cols, rows, heights, spans, table_style(table, looks, fs, len(rows)),
                      min_row=min_row)


def body_rows(table: TableDescription, looks: dict[str, Look], st: dict,
              tick: str = "") -> list[Row]:
    """One grid row per described row, in the groups its spans make: a
    group starts on a row its level's cells are not covered on."""
    schedule = {c.key for c in table.columns if c.period}
    levels = sorted((n, level) for level, n in grid_levels(table).items())
    own = table.level_keys(OWN)
    covered = table.covered()

    def content(key: str, text: str):
        if not text:
            return ""
        if key in schedule and text == tick:
            return text  # a bare tick: a string, in the symbol font
        return para(text, st[looks[key].style])

    rows: list[Row] = []
    current: dict[int, Group] = {}
    for r, described in enumerate(table.rows):
        for number, level in levels:
            keys = table.level_keys(level)
            if number not in current or (r, keys[0]) not in covered:
                cells = {k: content(k, described.cells.get(k, "")) for k in keys}
                repeat = {k: continued(described.cells[k], st) for k in keys
                          if looks[k].repeat and described.cells.get(k)}
                current[number] = Group(number, cells, repeat=repeat)
        rows.append(Row(tuple(current[n] for n, _ in levels),
                        {k: content(k, described.cells.get(k, "")) for k in own}))
    return rows
