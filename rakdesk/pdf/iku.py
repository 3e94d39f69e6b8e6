"""The printed IKU (Indikator Kinerja Utama), portrait, as in seed 002."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from rakdesk.core.model import Plan
from rakdesk.pdf.document import SIGNATURE_GAP as GAP
from rakdesk.pdf.document import Page, finish, signature_block
from rakdesk.pdf.fonts import fonts
from rakdesk.pdf.grid import Column, GridLayout, Group, Row, measure
from rakdesk.pdf.parts import continued, height_of
from rakdesk.pdf.text import para, styles


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
    for line in (satker.office_heading or satker.name).splitlines():
        story.append(para(line, st["center_bold"]))
    if satker.address:
        story.append(para(satker.address, st["center_bold"]))
    story.append(Spacer(1, 8 * mm))
    rows = [[para("Nama / Unit", st["line"]), para(":", st["line"]),
             para(satker.name, st["line_bold"])]]
    if plan.tugas:
        rows.append([para("Tugas", st["line"]), para(":", st["line"]),
                     para(plan.tugas, st["line_bold"])])
    info = Table(rows, colWidths=[28 * mm, 4 * mm, width - 32 * mm], hAlign="LEFT")
    info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(info)
    if plan.fungsi_list:
        story += [Spacer(1, 3 * mm), para("FUNGSI :", st["line_bold"]), Spacer(1, 1 * mm)]
        items = [[para(f"{n}.", st["line"]), para(text, st["line"])]
                 for n, text in enumerate(plan.fungsi_list, 1)]
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
    top = [para(c.header, st["head"]) for c in cols]
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
             para(plan.satker.full_name or plan.satker.name, st["center_bold"]),
             para(f"TAHUN {plan.year}", st["center_bold"]), Spacer(1, 4 * mm)]
    sign = signature_block(plan, st, 80 * mm)
    title_h = height_of(title, page.width, page.height)
    sign_h = sign.wrap(page.width, page.height)[1] + GAP
    pages = layout.paginate(rows_of(plan, st), first=page.height - title_h - head_heights[0],
                            rest=page.height - head_heights[0], tail=sign_h)
    story = header_block(plan, st, page.width) + [PageBreak()] + title
    return finish(plan, page, story, layout.tables(pages), sign, fs, stamp)
