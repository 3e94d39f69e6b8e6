"""The printed IKU (Indikator Kinerja Utama), portrait, as in seed 002."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from rakdesk.core.model import Plan
from rakdesk.pdf.budget import HEADER_LINES, LINE_LINES, LIST_LINES, PASSAGE
from rakdesk.pdf.document import SIGNATURE_GAP as GAP
from rakdesk.pdf.document import Page, finish, signature_block
from rakdesk.pdf.fonts import fonts
from rakdesk.pdf.grid import PAD_X, Column, GridLayout, Group, Row, measure
from rakdesk.pdf.parts import continued, height_of
from rakdesk.pdf.text import CELL_PAD, fitted, fitted_lines, para, styles

# At most this many lines of the first page's office heading, and printed
# lines of the Tugas and of one Fungsi (so each fits on its page).
OFFICE_LINES = 6
TUGAS_LINES = 20
FUNGSI_LINES = 10


def columns(plan: Plan, width: float) -> list[Column]:
    with_target = any(i.target for s in plan.sasaran for i in s.indikator)
    no, target = 10 * mm, (18 * mm if with_target else 0)
    flexible = width - no - target
    cols = [
        Column("no", "No", no, level=0),
        Column("sasaran", plan.sasaran_header or "SASARAN STRATEGIS", flexible * 0.25, level=0),
        Column("indikator", plan.indikator_header or "INDIKATOR KINERJA", flexible * 0.25),
    ]
    if with_target:
        cols.append(Column("target", "TARGET", target))
    cols += [Column("keterangan", "KETERANGAN", flexible * 0.27),
             Column("sumber", "SUMBER DATA", flexible * 0.23)]
    return cols


def header_block(plan: Plan, st: dict, width: float) -> list:
    satker = plan.satker
    story = [para(f"TAHUN {plan.year}", st["center_bold"]), Spacer(1, 2 * mm),
             para("INDIKATOR KINERJA UTAMA", st["title"]),
             para(f"TAHUN {plan.year}", st["center_bold"]), Spacer(1, 4 * mm)]
    office, cut = fitted_lines((satker.office_heading or satker.name).splitlines(),
                               OFFICE_LINES)
    for n, line in enumerate(office):
        story.append(fitted(line, st["center_bold"], width, LINE_LINES,
                            cut=cut and n == len(office) - 1))
    if satker.address:
        story.append(fitted(satker.address, st["center_bold"], width, LINE_LINES))
    story.append(Spacer(1, 8 * mm))
    value_w = width - 32 * mm - CELL_PAD
    rows = [[para("Nama / Unit", st["line"]), para(":", st["line"]),
             fitted(satker.name, st["line_bold"], value_w, LINE_LINES)]]
    if plan.tugas:
        rows.append([para("Tugas", st["line"]), para(":", st["line"]),
                     fitted(plan.tugas, st["line_bold"], value_w, TUGAS_LINES, PASSAGE)])
    info = Table(rows, colWidths=[28 * mm, 4 * mm, width - 32 * mm], hAlign="LEFT")
    info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(info)
    functions, cut = fitted_lines(plan.fungsi_list, LIST_LINES)
    if functions:
        story += [Spacer(1, 3 * mm), para("FUNGSI :", st["line_bold"]), Spacer(1, 1 * mm)]
        item_w = width - 9 * mm - CELL_PAD
        items = [[para(f"{n}.", st["line"]),
                  fitted(text, st["line"], item_w, FUNGSI_LINES, PASSAGE,
                         cut=cut and n == len(functions))]
                 for n, text in enumerate(functions, 1)]
        fungsi = Table(items, colWidths=[9 * mm, width - 9 * mm], hAlign="LEFT")
        fungsi.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story.append(fungsi)
    return story


def rows_of(plan: Plan, st: dict) -> list[Row]:
    rows = []
    for number, sasaran in enumerate(plan.sasaran, 1):
        group = Group(0, {"no": para(f"{number}.", st["center"]),
                          "sasaran": para(sasaran.text, st["cell"])},
                      repeat={"sasaran": continued(sasaran.text, st)})
        for indikator in sasaran.indikator or [None]:
            cells = {}
            if indikator is not None:
                cells = {"indikator": para(indikator.text, st["cell"]),
                         "target": para(indikator.target, st["center"]),
                         "keterangan": para(indikator.keterangan, st["cell"]),
                         "sumber": para(indikator.sumber_data, st["cell"])}
            rows.append(Row((group,), cells))
    return rows


def render(plan: Plan, stamp=None) -> bytes:
    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=9)
    page = Page.of(plan, "portrait", stamped=stamp is not None)
    cols = columns(plan, page.width)
    top = [fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES) for c in cols]
    head_heights = [max(measure(v, c.width) for v, c in zip(top, cols, strict=True))]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#ececec"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    layout = GridLayout(cols, [top], head_heights, [], style, min_row=16)
    title = [para("INDIKATOR KINERJA UTAMA (IKU)", st["center_bold"]),
             fitted(plan.satker.full_name or plan.satker.name, st["center_bold"], page.width,
                    LINE_LINES),
             para(f"TAHUN {plan.year}", st["center_bold"]), Spacer(1, 4 * mm)]
    sign = signature_block(plan, st, 80 * mm)
    title_h = height_of(title, page.width, page.height)
    sign_h = sign.wrap(page.width, page.height)[1] + GAP
    pages = layout.paginate(rows_of(plan, st), first=page.height - title_h - head_heights[0],
                            rest=page.height - head_heights[0], tail=sign_h)
    story = header_block(plan, st, page.width) + [PageBreak()] + title
    return finish(plan, page, story, layout.tables(pages), sign, fs, stamp)
