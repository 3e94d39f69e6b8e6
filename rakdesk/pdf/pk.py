"""The printed Perjanjian Kinerja (PermenPANRB 53/2014), portrait.

Part 1, the lembar pernyataan: the office heading with its logo (as on the
RAK cover), the title, the statement with both parties' Nama and Jabatan,
place and date at the right, and the signatures side by side: "Pihak Kedua,"
at the left, "Pihak Pertama," at the right.

Part 2, the lampiran: title and unit, the table of rakdesk.core.tables.pk
(No | SASARAN … | INDIKATOR KINERJA | [SATUAN] | TARGET | [TW I..IV]) printed
by rakdesk.pdf.table (a sasaran spans its indikator's rows, on every page),
the budget table (No | PROGRAM | ANGGARAN with its Jumlah row) likewise, and
the signatures again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from rakdesk.core import pk_values as core
from rakdesk.core import plan_text as ops
from rakdesk.core.tables import pk as tables
from rakdesk.pdf.budget import LINE_LINES, PASSAGE
from rakdesk.pdf.document import Page, build_pdf, image_flowable
from rakdesk.pdf.fonts import fonts
from rakdesk.pdf.parts import height_of
from rakdesk.pdf.table import Look, body_rows, table_layout
from rakdesk.pdf.text import fitted, fitted_lines, para, styles

if TYPE_CHECKING:
    from rakdesk.core.model import Official, Plan

OFFICE_LINES = 4
STATEMENT_LINES = 14  # printed lines of one statement paragraph
SIGN_SPACE = 22 * mm
# Widths of the lampiran's fixed columns.
NO_W, SATUAN_W, TARGET_W, QUARTER_W = 10 * mm, 20 * mm, 22 * mm, 13 * mm
AMOUNT_W = 48 * mm
MIN_ROW = 16.0


def _style(st: dict) -> dict:
    out = dict(st)
    out["text"] = st["line"].clone("pk_text", alignment=4)  # justified
    out["sig"] = st["line"].clone("pk_sig", alignment=1)
    out["sig_bold"] = st["line_bold"].clone("pk_sig_bold", alignment=1)
    out["amount"] = st["cell"].clone("pk_amount", alignment=2)
    out["amount_bold"] = out["amount"].clone("pk_amount_bold", fontName=st["head"].fontName)
    out["big"] = st["title"].clone("pk_big", fontSize=13, leading=16.5)
    return out


# ---------------------------------------------------------------- part 1

def office_heading(plan: Plan, st: dict, width: float) -> list:
    satker = plan.satker
    story = []
    logo = image_flowable(satker.logo, 24 * mm, 24 * mm)
    if logo is not None:
        story += [logo, Spacer(1, 2 * mm)]
    lines, cut = fitted_lines((satker.office_heading or satker.parent_office
                               or satker.name).splitlines(), OFFICE_LINES)
    for n, line in enumerate(lines):
        story.append(fitted(line, st["big"], width, LINE_LINES,
                            cut=cut and n == len(lines) - 1))
    address = " ".join(p for p in (satker.address, satker.phone) if p)
    if address:
        story.append(fitted(address, st["center"], width, LINE_LINES))
    rule = Table([[""]], colWidths=[width], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, "black")]))
    return story + [Spacer(1, 1 * mm), rule, Spacer(1, 6 * mm)]


def _party_lines(party: core.Party, st: dict, width: float) -> Table:
    value_w = width - 30 * mm
    rows = [[para("Nama", st["line"]), para(":", st["line"]),
             fitted(party.name or "-", st["line"], value_w, LINE_LINES)],
            [para("Jabatan", st["line"]), para(":", st["line"]),
             fitted(party.jabatan or "-", st["line"], value_w, LINE_LINES)]]
    table = Table(rows, colWidths=[24 * mm, 6 * mm, value_w], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def statement(plan: Plan, st: dict, width: float) -> list:
    parties = {core.PARTY1: core.party1(plan), core.PARTY2: core.party2(plan)}
    story = []
    for paragraph in core.statement_paragraphs(plan):
        if paragraph in parties:
            story += [_party_lines(parties[paragraph], st, width), Spacer(1, 1 * mm)]
        else:
            story += [fitted(paragraph, st["text"], width, STATEMENT_LINES, PASSAGE),
                      Spacer(1, 3 * mm)]
    return story


def _party_cells(label: str, party: core.Party, official: Official | None, st: dict,
                 width: float) -> list:
    """One party's label, position, room to sign, name and NIP, top to bottom."""
    picture = image_flowable(official.signature_image, width * 0.7, SIGN_SPACE) \
        if official is not None else None
    return [para(label, st["sig"]),
            fitted(party.position + ",", st["sig_bold"], width, LINE_LINES)
            if party.position else "",
            picture or Spacer(1, SIGN_SPACE),
            fitted(party.name or " ", st["sig_bold"], width, LINE_LINES, template="<u>{}</u>"),
            para(party.nip, st["sig"]) if party.nip else ""]


def signatures(plan: Plan, st: dict, width: float) -> Table:
    """Place and date at the right, then "Pihak Kedua," left and "Pihak
    Pertama," right, each with position, room to sign, name and NIP; one row
    per line, so both names stand level when one position takes two lines."""
    half = width / 2 - 4 * mm
    second = _party_cells("Pihak Kedua,", core.party2(plan), _official(plan), st, half)
    first = _party_cells("Pihak Pertama,", core.party1(plan), plan.signatory, st, half)
    date = ops.sign_date_text(plan)
    rows = [["", fitted(date, st["sig"], half, LINE_LINES) if date else ""]]
    rows += [[a, b] for a, b in zip(second, first, strict=True)]
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4)]))
    return table


def _official(plan: Plan) -> Official | None:
    if not plan.party2_official_id or plan.satker is None:
        return None
    return next((o for o in plan.satker.officials if o.id == plan.party2_official_id), None)


def statement_page(plan: Plan, st: dict, page: Page) -> list:
    story = office_heading(plan, st, page.width)
    story.append(fitted(core.title(plan), st["big"], page.width, LINE_LINES))
    if plan.amendment_reason:
        story.append(fitted(f"Alasan perubahan: {plan.amendment_reason}", st["muted"].clone(
            "pk_reason", alignment=1), page.width, LINE_LINES))
    story.append(Spacer(1, 6 * mm))
    story += statement(plan, st, page.width)
    story += [Spacer(1, 4 * mm), signatures(plan, st, page.width)]
    if height_of(story, page.width, page.height) > page.height:  # long texts: still one page
        return [KeepInFrame(page.width, page.height, story, mode="shrink")]
    return story


# ---------------------------------------------------------------- part 2

def looks(plan: Plan, width: float) -> dict[str, Look]:
    """How each column of the lampiran table prints on a page ``width`` wide;
    its keys and headings come from rakdesk.core.tables.pk."""
    described = tables.columns(plan)
    fixed = {"no": NO_W, "satuan": SATUAN_W, "target": TARGET_W}
    used = sum(fixed.get(c.key, QUARTER_W if c.period else 0) for c in described)
    flexible = width - used
    out = {"no": Look(NO_W, "center"), "sasaran": Look(flexible * 0.42, repeat=True),
           "indikator": Look(flexible * 0.58), "satuan": Look(SATUAN_W, "center"),
           "target": Look(TARGET_W, "center")}
    out.update({c.key: Look(QUARTER_W, "center") for c in described if c.period})
    return out


def budget_looks(width: float) -> dict[str, Look]:
    return {"no": Look(NO_W, "center"), "program": Look(width - NO_W - AMOUNT_W),
            "anggaran": Look(AMOUNT_W, "amount")}


def budget_tables(plan: Plan, st: dict, page: Page, fs) -> list:
    """The budget table of rakdesk.core.tables.pk printed by pdf.table, its
    last row "Jumlah" across No and Program, in bold."""
    described = tables.describe_budget(plan)
    look = budget_looks(page.width)
    layout = table_layout(described, look, st, fs, min_row=MIN_ROW)
    rows = body_rows(described, look, st)
    total = described.rows[-1].cells
    rows[-1].cells.update(program=para(total["program"], st["head"]),
                          anggaran=para(total["anggaran"], st["amount_bold"]))
    room = page.height - sum(layout.header_heights)
    pages = layout.paginate(rows, first=room, rest=room)  # a line taller than a page is cut
    # Measured in the Program column, "Jumlah" prints across No and Program.
    rows[-1].cells.update(no=rows[-1].cells["program"], program="")
    # One table (no spans to keep whole), cut where the page ends, its header repeated.
    whole = ([r for p in pages for r in p[0]], [h for p in pages for h in p[1]],
             {k: v for p in pages for k, v in p[2].items()})
    table = layout.tables([whole])[0]
    table.repeatRows = len(layout.header_rows)
    last = table._nrows - 1
    table.setStyle(TableStyle([("SPAN", (0, last), (1, last))]))
    return [table]


def lampiran(plan: Plan, st: dict, page: Page, fs) -> list:
    described = tables.describe(plan)
    look = looks(plan, page.width)
    layout = table_layout(described, look, st, fs, min_row=MIN_ROW)
    n = len(layout.header_rows)
    layout.base_style += [("VALIGN", (i, n), (i, -1), "TOP")  # targets, not ticks
                          for i, c in enumerate(described.columns) if c.period]
    satker = plan.satker
    title = [para("LAMPIRAN", st["center_bold"]),
             fitted(core.title(plan), st["center_bold"], page.width, LINE_LINES),
             fitted(satker.full_name or satker.name, st["center_bold"], page.width, LINE_LINES),
             Spacer(1, 4 * mm)]
    head_h = sum(layout.header_heights)
    pages = layout.paginate(body_rows(described, look, st),
                            first=page.height - height_of(title, page.width, page.height) - head_h,
                            rest=page.height - head_h)
    story = list(title)
    for i, table in enumerate(layout.tables(pages)):
        if i:
            story.append(PageBreak())
        story.append(table)
    story += [Spacer(1, 6 * mm), CondPageBreak(40 * mm)] + budget_tables(plan, st, page, fs)
    story += [Spacer(1, 8 * mm), KeepTogether([signatures(plan, st, page.width)])]
    return story


def render(plan: Plan, stamp=None) -> bytes:
    fs = fonts()
    st = _style(styles(fs.regular, fs.bold, fs.italic, size=9))
    page = Page.of(plan, "portrait", stamped=stamp is not None)
    story = statement_page(plan, st, page) + [PageBreak()] + lampiran(plan, st, page, fs)
    return build_pdf(plan, page, story, fs, stamp)
