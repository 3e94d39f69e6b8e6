"""The printed decree (Keputusan) and its lampiran, portrait (F4 by default),
as in seed 000: office heading with the logo, KEPUTUSAN ..., NOMOR, TENTANG,
the issuer line, Menimbang / Mengingat / Memperhatikan with hanging indents,
MEMUTUSKAN:, Menetapkan, the diktum KESATU ... (a diktum's numbered points
below it), place and date, the issuer's title and name, the certified copy
and the Tembusan; then the lampiran: its heading block, title, the member
table (rakdesk.core.tables.decree) laid out by GridLayout so that a team's
tasks split cleanly across pages with the header rows repeated, and the
signature again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from rakdesk.core import decree_text as sk
from rakdesk.core.tables import decree as lampiran
from rakdesk.pdf.budget import HEADER_LINES, LINE_LINES
from rakdesk.pdf.document import SIGNATURE_GAP, Page, build_pdf, image_flowable
from rakdesk.pdf.fonts import FontSet, fonts
from rakdesk.pdf.grid import PAD_X, Column, GridLayout, Group, Row, measure
from rakdesk.pdf.parts import continued, height_of
from rakdesk.pdf.text import BIG, fitted, para

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

SIGN_WIDTH = 78 * mm
LABEL_W = 30 * mm  # "Memperhatikan"
COLON_W = 4 * mm
NUMBER_W = 8 * mm
LOGO = 22 * mm
OFFICE_LINES = 4


def decree_styles(fs: FontSet, size: float = 10.5) -> dict:
    base = ParagraphStyle("sk", fontName=fs.regular, fontSize=size, leading=size * 1.3,
                          splitLongWords=True)
    bold = ParagraphStyle("sk_bold", parent=base, fontName=fs.bold)
    small = ParagraphStyle("sk_cell", parent=base, fontSize=8.5, leading=10.2)
    return {
        "body": ParagraphStyle("sk_body", parent=base, alignment=4),  # justified
        "text": base,
        "bold": bold,
        "center": ParagraphStyle("sk_center", parent=base, alignment=1),
        "center_bold": ParagraphStyle("sk_center_bold", parent=bold, alignment=1),
        "office": ParagraphStyle("sk_office", parent=bold, fontSize=size + 3.5,
                                 leading=(size + 3.5) * 1.2, alignment=1),
        "cell": small,
        "cell_center": ParagraphStyle("sk_cell_c", parent=small, alignment=1),
        "cell_bold": ParagraphStyle("sk_cell_b", parent=small, fontName=fs.bold),
        "head": ParagraphStyle("sk_head", parent=small, fontName=fs.bold, alignment=1),
        "task": ParagraphStyle("sk_task", parent=small, leftIndent=7, firstLineIndent=-7),
    }


class Stack(Flowable):
    """Paragraphs one below the other in one table cell (a team's tasks), that
    GridLayout can measure and split between two pages."""

    def __init__(self, parts: list, gap: float = 1.5):
        super().__init__()
        self.parts = parts
        self.gap = gap
        self._sizes: list[float] = []

    def wrap(self, width, height):
        self._sizes = [p.wrap(width, BIG)[1] for p in self.parts]
        self.width = width
        self.height = sum(self._sizes) + self.gap * max(0, len(self.parts) - 1)
        return width, self.height

    def draw(self):
        y = self.height
        for part, size in zip(self.parts, self._sizes, strict=True):
            y -= size
            part.drawOn(self.canv, 0, y)
            y -= self.gap

    def split(self, width, height):
        self.wrap(width, height)
        used = 0.0
        for n, (part, size) in enumerate(zip(self.parts, self._sizes, strict=True)):
            if used + size <= height:
                used += size + self.gap
                continue
            pieces = part.split(width, height - used)
            if len(pieces) >= 2:
                return [Stack(self.parts[:n] + [pieces[0]], self.gap),
                        Stack([pieces[1]] + self.parts[n + 1:], self.gap)]
            if n == 0:
                return []
            return [Stack(self.parts[:n], self.gap), Stack(self.parts[n:], self.gap)]
        return [self]


def _plain_table(rows: list, widths: list[float], spans: list = ()) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *spans,
    ]))
    return table


def heading(plan: Plan, st: dict, width: float) -> list:
    """Logo and office, KEPUTUSAN ..., NOMOR, TENTANG, the issuer line."""
    satker, decree = plan.satker, plan.decree
    office = (satker.office_heading or satker.full_name or satker.name).splitlines()[
        :OFFICE_LINES]
    lines = [fitted(line, st["office"], width - LOGO - 4 * mm, LINE_LINES) for line in office]
    logo = image_flowable(satker.logo, LOGO, LOGO)
    story: list = []
    if logo is not None:
        top = Table([[logo, lines]], colWidths=[LOGO + 4 * mm, width - LOGO - 4 * mm])
        top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(top)
    else:
        story += lines
    story += [Spacer(1, 3 * mm), _rule(width), Spacer(1, 5 * mm),
              para(f"KEPUTUSAN {decree.issuer_title}".strip(), st["center_bold"]),
              para(f"NOMOR : {sk.number_text(plan)}", st["center_bold"]),
              para("TENTANG", st["center_bold"]),
              para(decree.about, st["center_bold"]), Spacer(1, 5 * mm),
              para(f"{decree.issuer_title},", st["center_bold"]), Spacer(1, 4 * mm)]
    return story


def _rule(width: float) -> Table:
    line = Table([[""]], colWidths=[width], rowHeights=[1.5])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.6, "black")]))
    return line


def listed(title: str, entries: list[tuple[str, str, list[str]]], st: dict, width: float,
           numbered_title: bool = False) -> list:
    """A titled list with hanging indents: "Menimbang : a. ...". Each entry is
    (label, text, points); a diktum's label stands where the title does."""
    rest = width - LABEL_W - COLON_W
    rows, spans = [], []
    for n, (label, text, points) in enumerate(entries):
        if numbered_title:  # the diktum: KESATU : text
            rows.append([para(label, st["bold"]), para(":", st["text"]),
                         para(text, st["body"]), ""])
            spans.append(("SPAN", (2, len(rows) - 1), (3, len(rows) - 1)))
        else:
            rows.append([para(title if n == 0 else "", st["text"]),
                         para(":" if n == 0 else "", st["text"]),
                         para(label, st["text"]), para(text, st["body"])])
        for m, point in enumerate(points, 1):
            rows.append(["", "", para(f"{m}.", st["text"]), para(point, st["body"])])
    if not rows:
        return []
    return [_plain_table(rows, [LABEL_W, COLON_W, NUMBER_W, rest - NUMBER_W], spans),
            Spacer(1, 2.5 * mm)]


def body(plan: Plan, st: dict, width: float) -> list:
    decree = plan.decree
    story = []
    for section, title in (("menimbang", "Menimbang"), ("mengingat", "Mengingat"),
                           ("memperhatikan", "Memperhatikan")):
        found = sk.items(decree, section)
        story += listed(title, [(sk.label(section, n), i.text, [])
                                for n, i in enumerate(found, 1)], st, width)
    story += [Spacer(1, 2 * mm), para("MEMUTUSKAN:", st["center_bold"]), Spacer(1, 3 * mm)]
    if decree.menetapkan.strip():
        story.append(_plain_table(
            [[para("Menetapkan", st["text"]), para(":", st["text"]),
              para(decree.menetapkan, st["body"]), ""]],
            [LABEL_W, COLON_W, NUMBER_W, width - LABEL_W - COLON_W - NUMBER_W],
            [("SPAN", (2, 0), (3, 0))]))
        story.append(Spacer(1, 2.5 * mm))
    diktum = sk.items(decree, "diktum")
    story += listed("", [(sk.label("diktum", n), i.text, [p.text for p in i.points])
                         for n, i in enumerate(diktum, 1)], st, width, numbered_title=True)
    return story


def signature(plan: Plan, st: dict, lower: bool = True) -> Table:
    """Ditetapkan di ... pada tanggal ..., the issuer's title, room to sign, the name."""
    decree, official = plan.decree, plan.signatory
    left = ParagraphStyle("sk_sig_left", parent=st["text"])
    rows = [[para(f"Ditetapkan di {plan.sign_place}".strip(), left)],
            [para(f"{'pada' if lower else 'Pada'} tanggal {sk.date_text(plan.sign_date)}"
                  .strip(), left)],
            [Spacer(1, 3 * mm)],
            [para(f"{decree.issuer_title},", st["center_bold"])]]
    picture = image_flowable(official.signature_image, SIGN_WIDTH * 0.7, 22 * mm) \
        if official else None
    rows.append([picture or Spacer(1, 22 * mm)])
    rows.append([para(official.name if official else "", st["center_bold"],
                      template="<u>{}</u>")])
    table = Table(rows, colWidths=[SIGN_WIDTH], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("ALIGN", (0, 2), (-1, -1), "CENTER")]))
    return table


def certified_copy(plan: Plan, st: dict) -> list:
    decree = plan.decree
    if not decree.copy_certified:
        return []
    name = decree.copy_official.name if decree.copy_official else decree.copy_name
    rows = [[para("Salinan sesuai dengan aslinya", st["text"])]]
    rows += [[para(line, st["text"])] for line in decree.copy_office.splitlines() if line]
    rows += [[para(f"{decree.copy_title},", st["text"])], [Spacer(1, 18 * mm)],
             [para(name, st["bold"], template="<u>{}</u>") if name else ""]]
    if decree.copy_official and decree.copy_official.nip:
        rows.append([para(f"NIP. {decree.copy_official.nip}", st["text"])])
    table = Table(rows, colWidths=[80 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [Spacer(1, 4 * mm), KeepTogether([table])]


def tembusan(plan: Plan, st: dict, width: float) -> list:
    found = sk.items(plan.decree, "tembusan")
    if not found:
        return []
    rows = [[para(f"{n}.", st["text"]), para(i.text, st["text"])]
            for n, i in enumerate(found, 1)]
    return [Spacer(1, 5 * mm), para("Tembusan:", st["text"]),
            _plain_table(rows, [NUMBER_W, width - NUMBER_W])]


# ---------------------------------------------------------------- lampiran


def lampiran_heading(plan: Plan, st: dict, width: float) -> list:
    decree = plan.decree
    block_w = 100 * mm
    lines = ["LAMPIRAN",
             decree.lampiran_decree or f"KEPUTUSAN {decree.issuer_title}".strip(),
             f"NOMOR : {sk.number_text(plan)}", "TENTANG",
             decree.lampiran_about or decree.about]
    table = Table([[para(line, st["text"])] for line in lines], colWidths=[block_w],
                  hAlign="RIGHT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [table, Spacer(1, 6 * mm), para(decree.lampiran_title, st["center_bold"]),
            Spacer(1, 4 * mm)]


def lampiran_columns(width: float) -> list[Column]:
    no, nama, jabatan, kedudukan = 9 * mm, 36 * mm, 36 * mm, 34 * mm
    widths = {"no": no, "nama": nama, "jabatan": jabatan, "kedudukan": kedudukan,
              "tugas": width - no - nama - jabatan - kedudukan}
    return [Column(c.key, c.heading, widths[c.key], level=0 if c.level == "team" else None)
            for c in lampiran.COLUMNS]


def lampiran_rows(plan: Plan, st: dict) -> list[Row]:
    table = lampiran.describe(plan)
    rows, group, team, heading = [], None, None, ""
    muted = ParagraphStyle("sk_muted", parent=st["cell"], textColor="#666666")
    for row in table.rows:
        if lampiran.is_heading(row):
            heading = row.cells["heading"]
            rows.append(Row((Group(0, {}),), {"no": para(heading, st["cell_bold"])},
                            wide=True))
            group = None
            continue
        if group is None or team != row.sasaran_id:
            if team is not None and team != row.sasaran_id and group is not None:
                heading = ""  # a team without a heading row follows one with it
            tasks = [para(f"-\u00a0{t}", st["task"]) for t in row.cells["tugas"].splitlines()]
            # on a page where the team goes on below the header, which team it is
            repeat = {"tugas": continued(heading, {"muted": muted})} if heading and tasks else {}
            group = Group(0, {"tugas": Stack(tasks) if tasks else ""}, repeat=repeat)
            team = row.sasaran_id
        rows.append(Row((group,), {
            "no": para(row.cells["no"], st["cell_center"]),
            "nama": para(row.cells["nama"], st["cell"]),
            "jabatan": para(row.cells["jabatan"], st["cell"]),
            "kedudukan": para(row.cells["kedudukan"], st["cell"])}))
    return rows


def lampiran_layout(cols: list[Column], st: dict, fs: FontSet) -> GridLayout:
    top = [fitted(c.header, st["head"], c.width - 2 * PAD_X, HEADER_LINES) for c in cols]
    numbers = [str(n) for n in range(1, len(cols) + 1)]
    heights = [max(measure(v, c.width) for v, c in zip(top, cols, strict=True)), 11.0]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("BACKGROUND", (0, 0), (-1, 1), "#ececec"), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"), ("FONTNAME", (0, 1), (-1, 1), fs.regular),
        ("FONTSIZE", (0, 1), (-1, 1), 7), ("TOPPADDING", (0, 1), (-1, 1), 1),
        ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 2), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return GridLayout(cols, [top, numbers], heights, [], style, min_row=14, flow=True)


def render(plan: Plan, stamp=None) -> bytes:
    fs = fonts()
    st = decree_styles(fs)
    page = Page.of(plan, "portrait", stamped=stamp is not None)
    if plan.decree is None:
        sk_missing = para("(Keputusan ini belum berisi apa pun.)", st["text"])
        return build_pdf(plan, page, [sk_missing], fs, stamp)
    story = heading(plan, st, page.width) + body(plan, st, page.width)
    story += [Spacer(1, SIGNATURE_GAP), KeepTogether([signature(plan, st, lower=False)])]
    story += certified_copy(plan, st) + tembusan(plan, st, page.width)
    if plan.decree.teams:
        story.append(PageBreak())
        head = lampiran_heading(plan, st, page.width)
        cols = lampiran_columns(page.width)
        layout = lampiran_layout(cols, st, fs)
        sign = signature(plan, st)
        tail = [Spacer(1, SIGNATURE_GAP), sign] + certified_copy(plan, st)
        head_h = sum(layout.header_heights)
        pages = layout.paginate(
            lampiran_rows(plan, st), first=page.height - height_of(head, page.width,
                                                                    page.height) - head_h,
            rest=page.height - head_h,
            tail=height_of(tail[:2], page.width, page.height))
        story += head
        for n, table in enumerate(layout.tables(pages)):
            if n:
                story.append(PageBreak())
            story.append(table)
        story += [Spacer(1, SIGNATURE_GAP), KeepTogether([sign])] + certified_copy(plan, st)
    return build_pdf(plan, page, story, fs, stamp)
