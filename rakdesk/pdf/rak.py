"""The printed RAK (Rencana Aksi Kinerja), landscape, as in seeds 001 and 004."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from rakdesk.core import plan_text as ops
from rakdesk.core.schedule import WEEKS_LEGEND
from rakdesk.core.tables import describe
from rakdesk.core.tables.rak import period_key
from rakdesk.pdf.budget import LINE_LINES, TITLE_LINES
from rakdesk.pdf.document import SIGNATURE_GAP as GAP
from rakdesk.pdf.document import Page, cover_page, finish, signature_block
from rakdesk.pdf.fonts import fonts
from rakdesk.pdf.parts import height_of
from rakdesk.pdf.table import Look, body_rows, table_layout
from rakdesk.pdf.text import CELL_PAD, fitted, para, styles

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

SIGNATURE_WIDTH = 95 * mm


def looks(plan: Plan, width: float) -> dict[str, Look]:
    """How each column of the RAK prints on a page ``width`` wide."""
    periods = plan.gran.periods
    # Month columns are a little wider when a cell names weeks, so "Mg 1–4" fits on a line.
    month_w = 10 * mm if ops.has_week_notes(plan) else 8 * mm
    mark_w = (month_w if periods == 12 else 15 * mm) * (width / (273 * mm)) ** 0.5
    no_w = 9 * mm if plan.show_no_column else 0
    target_w = 17 * mm
    flexible = width - no_w - target_w - mark_w * periods
    out = {
        "no": Look(no_w, "center"),
        "sasaran": Look(flexible * 0.24, repeat=True),
        "indikator": Look(flexible * 0.25, repeat=True),
        "target": Look(target_w, "center"),
        "kegiatan": Look(flexible * 0.31),
        "pelaksana": Look(flexible * 0.20),
    }
    out.update({period_key(p): Look(mark_w, "small") for p in range(1, periods + 1)})
    return out


def title_block(plan: Plan, st: dict, width: float) -> list:
    satker = plan.satker
    story = [fitted(ops.plan_title(plan), st["title"], width, TITLE_LINES)]
    if satker.full_name:
        story.append(fitted(satker.full_name, st["center_bold"], width, LINE_LINES))
    story.append(Spacer(1, 3 * mm))
    label_w, value_w = 45 * mm - CELL_PAD, width - 49 * mm - CELL_PAD
    info = Table(
        [[para("Nama/Unit Organisasi", st["line"]), para(":", st["line"]),
          fitted(satker.name, st["line_bold"], value_w, LINE_LINES)],
         [fitted(plan.year_label or "Tahun", st["line"], label_w, LINE_LINES),
          para(":", st["line"]), para(str(plan.year), st["line_bold"])]],
        colWidths=[45 * mm, 4 * mm, width - 49 * mm], hAlign="LEFT",
    )
    info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return story + [info, Spacer(1, 3 * mm)]


def with_weeks_legend(plan: Plan, sign, st: dict, width: float):
    """The signature block, with "Mg = minggu ke-" on a line of its own at the
    left above it when a cell names weeks in the short form."""
    if not ops.has_week_notes(plan):
        return sign
    legend = Table([[para(WEEKS_LEGEND, st["cell"])], [sign]], colWidths=[width])
    legend.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (0, 0), 4),
        ("ALIGN", (0, 1), (0, 1), "RIGHT")]))
    return legend


def render(plan: Plan, stamp=None) -> bytes:
    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=8)
    page = Page.of(plan, "landscape", stamped=stamp is not None)
    table, how = describe(plan), looks(plan, page.width)
    layout = table_layout(table, how, st, fs)

    story = []
    if plan.cover_page:
        story += cover_page(plan, st, page) + [PageBreak()]
    title = title_block(plan, st, page.width)
    sign = with_weeks_legend(plan, signature_block(plan, st, SIGNATURE_WIDTH), st, page.width)
    head = sum(layout.header_heights)
    title_h = height_of(title, page.width, page.height)
    sign_h = sign.wrap(page.width, page.height)[1] + GAP
    rows = body_rows(table, how, st, plan.tick_style)
    pages = layout.paginate(rows, first=page.height - title_h - head, rest=page.height - head,
                            tail=sign_h)
    story += title
    return finish(plan, page, story, layout.tables(pages), sign, fs, stamp)
