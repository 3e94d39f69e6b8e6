"""Page setup and the parts every printed plan shares: the page frame with its
footer ("Halaman 2 dari 5"), the cover, and the signature block."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepInFrame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from rakdesk.core import plan_text as ops
from rakdesk.core.records import Stamp  # noqa: F401  (the footer's stamp, made by the core)
from rakdesk.pdf.fonts import FontSet
from rakdesk.pdf.text import fitted, fitted_lines, para

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

F4 = (210 * mm, 330 * mm)
MARGIN = 12 * mm
FOOTER = 9 * mm
STAMPED_FOOTER = 17 * mm  # room for the verification QR code
QR_SIZE = 14 * mm
SIGNATURE_GAP = 5 * mm
FOOTER_CHARS = 150
META_CHARS = 300
# The signature block always fits on a page: each of its fields prints on at
# most SIGN_LINES lines, and it has at most SIGN_HEADING_LINES office lines.
SIGN_LINES = 3
SIGN_HEADING_LINES = 5
COVER_LINES = 3  # printed lines of one text on the cover
COVER_OFFICE_LINES = 4  # office lines on the cover


def short(text: str, limit: int) -> str:
    """``text`` on one line of at most ``limit`` characters, "…" where cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def page_size(plan: Plan, orientation: str):
    size = F4 if plan.paper == "F4" else A4
    return landscape(size) if orientation == "landscape" else portrait(size)


@dataclass
class Page:
    """The printable frame of a page."""

    size: tuple
    width: float  # frame width
    height: float  # frame height
    footer: float = FOOTER

    @classmethod
    def of(cls, plan: Plan, orientation: str, stamped: bool = False) -> Page:
        size = page_size(plan, orientation)
        footer = STAMPED_FOOTER if stamped else FOOTER
        return cls(size, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - footer, footer)


def numbered_canvas(footer_left: str, font: str, stamp: Stamp | None = None):
    """A canvas class that writes "Halaman x dari y" once it knows y, and on a
    finalised PDF the document code and its QR code."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int):
            width = self._pagesize[0]
            self.saveState()
            self.setFont(font, 7)
            self.setFillGray(0.35)
            self.drawString(MARGIN, MARGIN * 0.6, short(footer_left, FOOTER_CHARS))
            self.drawRightString(width - MARGIN, MARGIN * 0.6,
                                 f"Halaman {self._pageNumber} dari {total}")
            if stamp is not None:
                draw_qr(self, stamp.payload, MARGIN, MARGIN * 0.6 + 3 * mm, QR_SIZE)
                self.setFont(font, 7.5)
                self.setFillGray(0.1)
                label = "Dokumen final" + (f" · Revisi ke-{stamp.revision}"
                                           if stamp.revision > 1 else "")
                self.drawString(MARGIN + QR_SIZE + 2 * mm, MARGIN * 0.6 + 9 * mm, label)
                self.drawString(MARGIN + QR_SIZE + 2 * mm, MARGIN * 0.6 + 5 * mm,
                                f"Kode dokumen: {stamp.code}")
            self.restoreState()

    return NumberedCanvas


def draw_qr(canvas, payload: str, x: float, y: float, size: float) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def build_pdf(plan: Plan, page: Page, story: list, fonts: FontSet,
              stamp: Stamp | None = None) -> bytes:
    buffer = io.BytesIO()
    title = f"{ops.plan_title(plan)} {plan.satker.name if plan.satker else ''} {plan.year}"
    doc = BaseDocTemplate(
        buffer, pagesize=page.size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + page.footer, title=short(title.strip(), META_CHARS), author="rakdesk",
        creator="rakdesk", subject=ops.plan_label(plan), invariant=True,
    )
    frame = Frame(MARGIN, MARGIN + page.footer, page.width, page.height, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    footer = f"{ops.plan_label(plan)} · {plan.satker.name if plan.satker else ''}"
    doc.build(story, canvasmaker=numbered_canvas(footer, fonts.regular, stamp))
    return buffer.getvalue()


def image_flowable(data: bytes | None, max_w: float, max_h: float):
    """A user's image (logo, signature, stamp) scaled to fit, or None when the
    bytes are not an image reportlab can read."""
    if not data:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(data))
        w, h = reader.getSize()
        scale = min(max_w / w, max_h / h)
        return Image(io.BytesIO(data), width=w * scale, height=h * scale)
    except Exception:  # a damaged or foreign image must not stop printing
        return None


def signature_block(plan: Plan, st: dict, width: float, date: str | None = None) -> Table:
    """"City, date", the office and position, room to sign (or the scanned
    signature), the name and the NIP: one unsplittable block at the right,
    always shorter than a page (see SIGN_LINES). ``date``: another date line
    than the plan's (a report signed later in the year)."""
    sig = ops.signature_lines(plan)
    if date is not None:
        sig["date"] = date
    line = st["line"].clone("sig", alignment=1)
    bold = st["line_bold"].clone("sig_bold", alignment=1)
    rows = [[fitted(sig["date"], line, width, SIGN_LINES)]] if sig["date"] else []
    heading, cut = sig["heading"], False
    if len(heading) > SIGN_HEADING_LINES:  # keep the position, printed last
        heading, cut = heading[: SIGN_HEADING_LINES - 1] + heading[-1:], True
    rows += [[fitted(text, bold, width, SIGN_LINES, cut=cut and n == len(heading) - 2)]
             for n, text in enumerate(heading)]
    official = plan.signatory
    picture = None
    if official is not None:
        picture = image_flowable(official.signature_image, width * 0.7, 22 * mm)
    rows.append([picture or Spacer(1, 22 * mm)])
    rows.append([fitted(sig["name"], bold, width, SIGN_LINES, template="<u>{}</u>")])
    if sig["nip"]:
        rows.append([fitted(sig["nip"], line, width, SIGN_LINES)])
    table = Table(rows, colWidths=[width], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]))
    stamp = image_flowable(official.stamp_image, 30 * mm, 30 * mm) if official else None
    if stamp is not None:
        wrapper = Table([[stamp, table]], colWidths=[32 * mm, width], hAlign="RIGHT")
        wrapper.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return wrapper
    return table


def cover_page(plan: Plan, st: dict, page: Page) -> list:
    """The optional cover of seed 001: office, title, unit, year, address."""
    satker = plan.satker
    story = [Spacer(1, page.height * 0.1)]
    logo = image_flowable(satker.logo, 45 * mm, 45 * mm)
    if logo is not None:
        story += [logo, Spacer(1, 8 * mm)]
    big = st["title"].clone("cover", fontSize=22, leading=28)
    office, cut = fitted_lines((satker.office_heading or satker.parent_office).splitlines(),
                               COVER_OFFICE_LINES)
    for n, line in enumerate(office):
        story.append(fitted(line, big, page.width, COVER_LINES,
                            cut=cut and n == len(office) - 1))
    story += [Spacer(1, page.height * 0.1),
              fitted(ops.plan_title(plan), big, page.width, COVER_LINES),
              Spacer(1, page.height * 0.08)]
    mid = st["title"].clone("cover_mid", fontSize=16, leading=21)
    story.append(fitted(satker.full_name or satker.name, mid, page.width, COVER_LINES))
    story += [Spacer(1, 6 * mm), para(f"TAHUN {plan.year}", mid)]
    story.append(Spacer(1, page.height * 0.2))
    label = "Sekretariat" if satker.body == "sekretariat" else "Alamat"
    lines = [f"{label} : {satker.address}" if satker.address else "", satker.phone]
    story.append(fitted("\n".join(line for line in lines if line), st["center_bold"],
                        page.width, COVER_LINES + 1))
    height = sum(f.wrap(page.width, page.height)[1] for f in story)
    if height > page.height:  # long texts: the cover still takes one page
        return [KeepInFrame(page.width, page.height, story, mode="shrink")]
    return story


def finish(plan: Plan, page: Page, story: list, tables: list, sign, fonts: FontSet,
           stamp: Stamp | None) -> bytes:
    """Add the paginated tables (one per page) and the signature block, and build."""
    from reportlab.platypus import PageBreak

    for i, table in enumerate(tables):
        if i:
            story.append(PageBreak())
        story.append(table)
    story += [Spacer(1, SIGNATURE_GAP), sign]
    return build_pdf(plan, page, story, fonts, stamp)
