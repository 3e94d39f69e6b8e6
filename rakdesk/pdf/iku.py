"""The printed IKU (Indikator Kinerja Utama), portrait, as in seed 002."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from rakdesk.core.tables import describe
from rakdesk.core.tables.iku import has_targets
from rakdesk.pdf.budget import LINE_LINES, LIST_LINES, PASSAGE
from rakdesk.pdf.document import SIGNATURE_GAP as GAP
from rakdesk.pdf.document import Page, finish, signature_block
from rakdesk.pdf.fonts import fonts
from rakdesk.pdf.parts import height_of
from rakdesk.pdf.table import Look, body_rows, table_layout
from rakdesk.pdf.text import CELL_PAD, fitted, fitted_lines, para, styles

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

# At most this many lines of the first page's office heading, and printed
# lines of the Tugas and of one Fungsi (so each fits on its page).
OFFICE_LINES = 6
TUGAS_LINES = 20
FUNGSI_LINES = 10


def looks(plan: Plan, width: float) -> dict[str, Look]:
    """How each column of the IKU prints on a page ``width`` wide."""
    no, target = 10 * mm, (18 * mm if has_targets(plan) else 0)
    flexible = width - no - target
    return {"no": Look(no, "center"), "sasaran": Look(flexible * 0.25, repeat=True),
            "indikator": Look(flexible * 0.25), "target": Look(target, "center"),
            "keterangan": Look(flexible * 0.27), "sumber_data": Look(flexible * 0.23)}


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


def render(plan: Plan, stamp=None) -> bytes:
    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=9)
    page = Page.of(plan, "portrait", stamped=stamp is not None)
    table, how = describe(plan), looks(plan, page.width)
    layout = table_layout(table, how, st, fs, min_row=16)
    head = sum(layout.header_heights)
    title = [para("INDIKATOR KINERJA UTAMA (IKU)", st["center_bold"]),
             fitted(plan.satker.full_name or plan.satker.name, st["center_bold"], page.width,
                    LINE_LINES),
             para(f"TAHUN {plan.year}", st["center_bold"]), Spacer(1, 4 * mm)]
    sign = signature_block(plan, st, 80 * mm)
    title_h = height_of(title, page.width, page.height)
    sign_h = sign.wrap(page.width, page.height)[1] + GAP
    pages = layout.paginate(body_rows(table, how, st), first=page.height - title_h - head,
                            rest=page.height - head, tail=sign_h)
    story = header_block(plan, st, page.width) + [PageBreak()] + title
    return finish(plan, page, story, layout.tables(pages), sign, fs, stamp)
