"""The printed Perjanjian Kinerja (PermenPANRB 53/2014), portrait.

Part 1, the lembar pernyataan: the office heading with its logo (as on the
RAK cover), the title, the statement with both parties' Nama and Jabatan,
place and date at the right, and the signatures side by side: "Pihak Kedua,"
at the left, "Pihak Pertama," at the right.

Part 2, the lampiran: title and unit, the table of rakdesk.core.tables.pk
(No | SASARAN … | INDIKATOR KINERJA | [SATUAN] | TARGET | [TW I..IV]) laid out
by GridLayout (a sasaran spans its indikator's rows, on every page), the
budget table (No | PROGRAM | ANGGARAN with its Jumlah row), and the signatures
again.
"""

from __future__ import annotations

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

from rakdesk.core import pk as core
from rakdesk.core import plans as ops
from rakdesk.core.model import Official, Plan
from rakdesk.core.tables import pk as tables
from rakdesk.pdf.budget import HEADER_LINES, LINE_LINES, PASSAGE
from rakdesk.pdf.document import Page, build_pdf, image_flowable
from rakdesk.pdf.fonts import fonts
from rakdesk.pdf.grid import PAD_X, Column, GridLayout, Group, Row, measure
from rakdesk.pdf.parts import continued, height_of
from rakdesk.pdf.text import fitted, fitted_lines, para, styles

OFFICE_LINES = 4
STATEMENT_LINES = 14  # printed lines of one statement paragraph
PROGRAM_LINES = 8  # printed lines of one budget program
SIGN_SPACE = 22 * mm
# Widths of the lampiran's fixed columns.
NO_W, SATUAN_W, TARGET_W, QUARTER_W = 10 * mm, 20 * mm, 22 * mm, 13 * mm


def _style(st: dict) -> dict:
    out = dict(st)
    out["text"] = st["line"].clone("pk_text", alignment=4)  # justified
    out["sig"] = st["line"].clone("pk_sig", alignment=1)
    out["sig_bold"] = st["line_bold"].clone("pk_sig_bold", alignment=1)
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


def _party_block(label: str, party: core.Party, official: Official | None, st: dict,
                 width: float) -> Table:
    rows = [[para(label, st["sig"])]]
    if party.position:
        rows.append([fitted(party.position + ",", st["sig_bold"], width, LINE_LINES)])
    picture = image_flowable(official.signature_image, width * 0.7, SIGN_SPACE) \
        if official is not None else None
    rows.append([picture or Spacer(1, SIGN_SPACE)])
    rows.append([fitted(party.name or " ", st["sig_bold"], width, LINE_LINES,
                        template="<u>{}</u>")])
    if party.nip:
        rows.append([para(party.nip, st["sig"])])
    table = Table(rows, colWidths=[width])
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def signatures(plan: Plan, st: dict, width: float) -> Table:
    """Place and date at the right, then "Pihak Kedua," left and "Pihak
    Pertama," right, each with position, room to sign, name and NIP."""
    half = width / 2 - 4 * mm
    second = _party_block("Pihak Kedua,", core.party2(plan), _official(plan), st, half)
    first = _party_block("Pihak Pertama,", core.party1(plan), plan.signatory, st, half)
    date = ops.sign_date_text(plan)
    rows = [["", fitted(date, st["sig"], half, LINE_LINES) if date else ""], [second, first]]
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
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

def grid_columns(plan: Plan, width: float) -> list[Column]:
    """The lampiran's columns: keys and headings from core.tables.pk, widths here."""
    described = tables.columns(plan)
    fixed = {"no": NO_W, "satuan": SATUAN_W, "target": TARGET_W}
    used = sum(fixed.get(c.key, QUARTER_W if c.period else 0) for c in described)
    flexible = width - used
    share = {"sasaran": 0.42, "indikator": 0.58}
    return [Column(c.key, c.heading,
                   fixed.get(c.key) or (QUARTER_W if c.period else flexible * share[c.key]),
                   level=0 if c.level == "sasaran" else None, group_header=c.group)
            for c in described]


def header(cols: list[Column], st: dict, fs):
    grouped = [i for i, c in enumerate(cols) if c.group_header]
    if not grouped:
        top = [fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES) for c in cols]
        heights = [max(measure(v, c.width) for v, c in zip(top, cols, strict=True))]
        return [top], heights, []
    top, second, spans = [], [], []
    for i, c in enumerate(cols):
        if c.group_header:
            top.append(para(c.group_header, st["head"]) if i == grouped[0] else "")
            second.append(para(c.header, st["head"]))
        else:
            top.append(fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES))
            second.append("")
            spans.append(("SPAN", (i, 0), (i, 1)))
    spans.append(("SPAN", (grouped[0], 0), (grouped[-1], 0)))
    group_w = sum(cols[i].width for i in grouped)
    label_h = 14.0
    titles = max(measure(v, c.width) for v, c in zip(top, cols, strict=True)
                 if not c.group_header)
    heights = [max(measure(top[grouped[0]], group_w), titles - label_h), label_h]
    return [top, second], heights, spans


def rows_of(plan: Plan, st: dict, cols: list[Column]) -> list[Row]:
    described = tables.describe(plan)
    keys = [c.key for c in cols if c.level is None]
    rows, group, group_id = [], None, None
    for row in described.rows:
        if group is None or row.sasaran_id != group_id:
            group_id = row.sasaran_id
            text = row.cells["sasaran"]
            group = Group(0, {"no": para(row.cells["no"], st["center"]),
                              "sasaran": para(text, st["cell"])},
                          repeat={"sasaran": continued(text, st)})
        cells = {k: para(row.cells.get(k, ""), st["cell" if k == "indikator" else "center"])
                 for k in keys}
        rows.append(Row((group,), cells))
    return rows


def budget_table(plan: Plan, st: dict, width: float) -> Table:
    described = tables.describe_budget(plan)
    widths = [NO_W, width - NO_W - 48 * mm, 48 * mm]
    right = st["cell"].clone("pk_amount", alignment=2)
    bold_right = right.clone("pk_amount_bold", fontName=st["head"].fontName)
    data = [[fitted(c.heading, st["head"], w - 2 * PAD_X, HEADER_LINES)
             for c, w in zip(described.columns, widths, strict=True)]]
    for row in described.rows:
        if row.sasaran_id == tables.TOTAL_ID:  # "Jumlah" across No and Program
            data.append([para(row.cells["program"], st["head"]), "",
                         para(row.cells["anggaran"], bold_right)])
            continue
        data.append([
            para(row.cells["no"], st["center"]),
            fitted(row.cells["program"], st["cell"], widths[1] - 2 * PAD_X, PROGRAM_LINES),
            para(row.cells["anggaran"], right)])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#ececec"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"), ("SPAN", (0, -1), (1, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def lampiran(plan: Plan, st: dict, page: Page, fs) -> list:
    cols = grid_columns(plan, page.width)
    head_rows, head_heights, spans = header(cols, st, fs)
    n = len(head_rows)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("BACKGROUND", (0, 0), (-1, n - 1), "#ececec"),
        ("VALIGN", (0, 0), (-1, n - 1), "MIDDLE"), ("VALIGN", (0, n), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ] + spans
    layout = GridLayout(cols, head_rows, head_heights, spans, style, min_row=16)
    satker = plan.satker
    title = [para("LAMPIRAN", st["center_bold"]),
             fitted(core.title(plan), st["center_bold"], page.width, LINE_LINES),
             fitted(satker.full_name or satker.name, st["center_bold"], page.width, LINE_LINES),
             Spacer(1, 4 * mm)]
    head_h = sum(head_heights)
    pages = layout.paginate(rows_of(plan, st, cols),
                            first=page.height - height_of(title, page.width, page.height) - head_h,
                            rest=page.height - head_h)
    story = list(title)
    for i, table in enumerate(layout.tables(pages)):
        if i:
            story.append(PageBreak())
        story.append(table)
    story += [Spacer(1, 6 * mm), CondPageBreak(40 * mm), budget_table(plan, st, page.width),
              Spacer(1, 8 * mm), KeepTogether([signatures(plan, st, page.width)])]
    return story


def render(plan: Plan, stamp=None) -> bytes:
    fs = fonts()
    st = _style(styles(fs.regular, fs.bold, fs.italic, size=9))
    page = Page.of(plan, "portrait", stamped=stamp is not None)
    story = statement_page(plan, st, page) + [PageBreak()] + lampiran(plan, st, page, fs)
    return build_pdf(plan, page, story, fs, stamp)
