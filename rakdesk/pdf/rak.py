"""The printed RAK (Rencana Aksi Kinerja), landscape, as in seeds 001 and 004."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from rakdesk.core import plans as ops
from rakdesk.core.model import Plan
from rakdesk.core.schedule import WEEKS_LEGEND
from rakdesk.pdf.budget import HEADER_LINES, LINE_LINES, TITLE_LINES
from rakdesk.pdf.document import SIGNATURE_GAP as GAP
from rakdesk.pdf.document import Page, cover_page, finish, signature_block
from rakdesk.pdf.fonts import FontSet, fonts
from rakdesk.pdf.grid import PAD_X, Column, GridLayout, Group, Row, measure
from rakdesk.pdf.parts import continued, height_of
from rakdesk.pdf.text import CELL_PAD, fitted, para, styles

SIGNATURE_WIDTH = 95 * mm


def columns(plan: Plan, width: float) -> list[Column]:
    gran = plan.gran
    # Month columns are a little wider when a cell names weeks, so "Mg 1–4" fits on a line.
    month_w = 10 * mm if ops.has_week_notes(plan) else 8 * mm
    mark_w = (month_w if gran.periods == 12 else 15 * mm) * (width / (273 * mm)) ** 0.5
    fixed = {"no": 9 * mm if plan.show_no_column else 0, "target": 17 * mm}
    flexible = width - sum(fixed.values()) - mark_w * gran.periods
    share = {"sasaran": 0.24, "indikator": 0.25, "kegiatan": 0.31, "pelaksana": 0.20}
    cols = []
    if plan.show_no_column:
        cols.append(Column("no", "NO", fixed["no"], level=0))
    cols += [
        Column("sasaran", plan.sasaran_header or "SASARAN", flexible * share["sasaran"], level=0),
        Column("indikator", plan.indikator_header or "INDIKATOR KINERJA",
               flexible * share["indikator"], level=1),
        Column("target", "TARGET", fixed["target"], level=1),
        Column("kegiatan", "KEGIATAN", flexible * share["kegiatan"]),
    ]
    for p in range(1, gran.periods + 1):
        cols.append(Column(f"p{p}", gran.label(p, plan.numeric_month_labels), mark_w, mark=True,
                           group_header="RENCANA PELAKSANAAN"))
    cols.append(Column("pelaksana", "PELAKSANA", flexible * share["pelaksana"]))
    return cols


def header(cols: list[Column], plan: Plan, st: dict, fs: FontSet):
    """Header rows (titles, period labels, optional column numbers), their
    heights and spans, and the table's style commands."""
    marks = [i for i, c in enumerate(cols) if c.mark]
    top, second = [], []
    spans = []
    for i, c in enumerate(cols):
        if c.mark:
            top.append(para(c.group_header, st["head"]) if i == marks[0] else "")
            second.append(c.header)
        else:
            top.append(fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES))
            second.append("")
            spans.append(("SPAN", (i, 0), (i, 1)))
    if marks:
        spans.append(("SPAN", (marks[0], 0), (marks[-1], 0)))
    rows = [top, second]
    label_h = 13.0
    span_w = sum(cols[i].width for i in marks)
    titles = max(measure(v, c.width) for v, c in zip(top, cols, strict=True) if not c.mark)
    group = measure(top[marks[0]], span_w) if marks else 0.0
    heights = [max(group, titles - label_h), label_h]
    if plan.column_numbers in ("plain", "paren"):
        fmt = "({})" if plan.column_numbers == "paren" else "{}"
        rows.append([fmt.format(n) for n in range(1, len(cols) + 1)])
        heights.append(11.0)
    n = len(rows)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("BACKGROUND", (0, 0), (-1, n - 1), "#ececec"),
        ("FONTNAME", (0, 0), (-1, n - 1), fs.bold),
        ("FONTSIZE", (0, 0), (-1, n - 1), 7.5),
        ("ALIGN", (0, 0), (-1, n - 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, n - 1), "MIDDLE"),
        ("VALIGN", (0, n), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if plan.column_numbers in ("plain", "paren"):
        style += [("FONTNAME", (0, n - 1), (-1, n - 1), fs.regular),
                  ("FONTSIZE", (0, n - 1), (-1, n - 1), 7),
                  ("TOPPADDING", (0, n - 1), (-1, n - 1), 1)]
    if marks:
        style += [("FONTNAME", (marks[0], n), (marks[-1], -1), fs.symbols),
                  ("FONTSIZE", (marks[0], n), (marks[-1], -1), 9),
                  ("ALIGN", (marks[0], n), (marks[-1], -1), "CENTER"),
                  ("VALIGN", (marks[0], n), (marks[-1], -1), "MIDDLE")]
    no = next((i for i, c in enumerate(cols) if c.key == "no"), None)
    target = next(i for i, c in enumerate(cols) if c.key == "target")
    for col in [target] + ([no] if no is not None else []):
        style.append(("ALIGN", (col, n), (col, -1), "CENTER"))
    return rows, heights, spans, style


def rows_of(plan: Plan, st: dict) -> list[Row]:
    gran = plan.gran
    rows = []
    for number, sasaran in enumerate(plan.sasaran, 1):
        sg = Group(0, {"no": para(f"{number}.", st["center"]), "sasaran": para(sasaran.text,
                                                                               st["cell"])},
                   repeat={"sasaran": continued(sasaran.text, st)})
        indikators = sasaran.indikator or [None]
        for indikator in indikators:
            if indikator is None:
                ig = Group(1, {})
                rows.append(Row((sg, ig), {}))
                continue
            ig = Group(1, {"indikator": para(indikator.text, st["cell"]),
                           "target": para(indikator.target, st["center"])},
                       repeat={"indikator": continued(indikator.text, st)})
            for kegiatan in indikator.kegiatan or [None]:
                cells = {}
                if kegiatan is not None:
                    cells["kegiatan"] = para(kegiatan.text, st["cell"])
                    names = [p.name for p in kegiatan.pelaksana]
                    text = names[0] if len(names) == 1 else "\n".join(
                        f"{i}. {n}" for i, n in enumerate(names, 1))
                    cells["pelaksana"] = para(text, st["cell"])
                    for period, cell in kegiatan.schedule().items():
                        if period > gran.periods:
                            continue
                        if cell.ticked and not cell.weeks and not cell.note:
                            cells[f"p{period}"] = plan.tick_style
                        else:
                            cells[f"p{period}"] = para(cell.text(plan.tick_style, short=True),
                                                       st["small"])
                rows.append(Row((sg, ig), cells))
    return rows


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
    cols = columns(plan, page.width)
    head_rows, head_heights, spans, style = header(cols, plan, st, fs)
    layout = GridLayout(cols, head_rows, head_heights, spans, style)

    story = []
    if plan.cover_page:
        story += cover_page(plan, st, page) + [PageBreak()]
    title = title_block(plan, st, page.width)
    sign = with_weeks_legend(plan, signature_block(plan, st, SIGNATURE_WIDTH), st, page.width)
    head = sum(head_heights)
    title_h = height_of(title, page.width, page.height)
    sign_h = sign.wrap(page.width, page.height)[1] + GAP
    pages = layout.paginate(rows_of(plan, st), first=page.height - title_h - head,
                            rest=page.height - head, tail=sign_h)
    story += title
    return finish(plan, page, story, layout.tables(pages), sign, fs, stamp)
