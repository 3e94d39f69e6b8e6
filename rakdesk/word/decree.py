"""A decree (SK) as a Word document, to be finished in Word as offices do:
real numbered paragraphs (menimbang a., b.; mengingat, memperhatikan, a
diktum's points and tembusan 1., 2.; each list numbered by Word and
restarting), the diktum KESATU ... as labelled paragraphs, and the lampiran
as a real Word table (header rows repeated on every page, team headings
merged across the row, each team's tasks in one cell merged down its
members' rows). F4 or A4 portrait, as the plan says."""

from __future__ import annotations

import io
import os
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from rakdesk.core import decree as sk
from rakdesk.core.model import Plan
from rakdesk.core.tables import decree as lampiran

FONT = "Arial"
SIZE = Pt(11)
LABEL = Mm(37)
COLON = Mm(5)
INDENT = Mm(7)
LAMPIRAN_BLOCK = Mm(100)  # the lampiran's heading block: as wide as in the PDF
# Word numbering: an abstract list per format, a fresh instance per list so
# that each one starts again at 1 (or a).
FORMATS = {"lowerLetter": "%1.", "decimal": "%1."}


class Numbering:
    def __init__(self, document):
        self.part = document.part.numbering_part.element
        self.abstract: dict[str, int] = {}

    def _abstract(self, fmt: str) -> int:
        if fmt in self.abstract:
            return self.abstract[fmt]
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.part.findall(qn("w:abstractNum"))]
        new_id = max(ids, default=0) + 1
        node = OxmlElement("w:abstractNum")
        node.set(qn("w:abstractNumId"), str(new_id))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", FORMATS[fmt]),
                           ("w:lvlJc", "left")):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(int(INDENT.twips)))
        ind.set(qn("w:hanging"), str(int(INDENT.twips)))
        ppr.append(ind)
        lvl.append(ppr)
        node.append(lvl)
        first_num = self.part.find(qn("w:num"))
        if first_num is not None:  # abstract definitions come before the instances
            first_num.addprevious(node)
        else:
            self.part.append(node)
        self.abstract[fmt] = new_id
        return new_id

    def new_list(self, fmt: str) -> int:
        abstract = self._abstract(fmt)
        num = self.part.add_num(abstract)
        override = num.add_lvlOverride(0)
        override.add_startOverride(1)
        return num.numId


def _number(paragraph, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def _para(container, text: str = "", bold: bool = False, align=None, size=None,
          space_after: float = 2, underline: bool = False):
    p = container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.underline = underline
        if size:
            run.font.size = size
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def _no_borders(table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _cell_text(cell, text: str, bold: bool = False, align=None, size=Pt(9)) -> None:
    cell.text = ""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for n, line in enumerate(lines):
        p = first if n == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = size
        p.paragraph_format.space_after = Pt(0)
        if align is not None:
            p.alignment = align


def _widths(table, widths) -> None:
    """Fixed column widths, in the grid (LibreOffice reads) and every cell (Word)."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths, strict=False):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _labelled_lists(doc, numbering: Numbering, plan: Plan, width) -> None:
    """Menimbang, Mengingat, Memperhatikan: label, colon, numbered paragraphs."""
    decree = plan.decree
    sections = [(title, section) for title, section in (
        ("Menimbang", "menimbang"), ("Mengingat", "mengingat"),
        ("Memperhatikan", "memperhatikan")) if sk.items(decree, section)]
    table = doc.add_table(rows=len(sections), cols=3)
    _no_borders(table)
    for row, (title, section) in zip(table.rows, sections, strict=True):
        _cell_text(row.cells[0], title, size=SIZE)
        _cell_text(row.cells[1], ":", size=SIZE)
        content = row.cells[2]
        num = numbering.new_list("lowerLetter" if section == "menimbang" else "decimal")
        for n, item in enumerate(sk.items(decree, section)):
            p = content.paragraphs[0] if n == 0 else content.add_paragraph()
            p.add_run(item.text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(3)
            _number(p, num)
    _widths(table, [LABEL, COLON, width - LABEL - COLON])


def _diktum(doc, numbering: Numbering, plan: Plan, width) -> None:
    decree = plan.decree
    rows = [("Menetapkan", decree.menetapkan, [])] if decree.menetapkan.strip() else []
    rows += [(sk.label("diktum", n), i.text, [p.text for p in i.points])
             for n, i in enumerate(sk.items(decree, "diktum"), 1)]
    table = doc.add_table(rows=len(rows), cols=3)
    _no_borders(table)
    for row, (label, text, points) in zip(table.rows, rows, strict=True):
        _cell_text(row.cells[0], label, bold=label != "Menetapkan", size=SIZE)
        _cell_text(row.cells[1], ":", size=SIZE)
        content = row.cells[2]
        _cell_text(content, text, size=SIZE, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        content.paragraphs[-1].paragraph_format.space_after = Pt(4)
        if points:
            num = numbering.new_list("decimal")
            for point in points:
                p = content.add_paragraph(point)
                p.paragraph_format.space_after = Pt(0)
                _number(p, num)
    _widths(table, [LABEL, COLON, width - LABEL - COLON])


def _signature(doc, plan: Plan, lower: bool) -> None:
    decree, official = plan.decree, plan.signatory
    left = Mm(100)
    lines = [(f"Ditetapkan di {plan.sign_place}", False, None),
             (f"{'pada' if lower else 'Pada'} tanggal {sk.date_text(plan.sign_date)}", False,
              None),
             ("", False, None),
             (f"{decree.issuer_title},", True, WD_ALIGN_PARAGRAPH.CENTER),
             ("\n\n\n", False, None),
             (official.name if official else "", True, WD_ALIGN_PARAGRAPH.CENTER)]
    for n, (text, bold, align) in enumerate(lines):
        p = _para(doc, text, bold=bold, align=align, space_after=0,
                  underline=n == len(lines) - 1)
        p.paragraph_format.left_indent = left
        p.paragraph_format.keep_with_next = n < len(lines) - 1  # one block, on one page


def _certified(doc, plan: Plan) -> None:
    decree = plan.decree
    if not decree.copy_certified:
        return
    _para(doc)
    _para(doc, "Salinan sesuai dengan aslinya", space_after=0)
    for line in decree.copy_office.splitlines():
        _para(doc, line, space_after=0)
    _para(doc, f"{decree.copy_title},", space_after=0)
    _para(doc, "\n\n")
    name = decree.copy_official.name if decree.copy_official else decree.copy_name
    if name:
        _para(doc, name, bold=True, underline=True)


def _lampiran(doc, plan: Plan, width) -> None:
    decree = plan.decree
    doc.add_page_break()
    for text in ("LAMPIRAN", decree.lampiran_decree or f"KEPUTUSAN {decree.issuer_title}",
                 f"NOMOR : {sk.number_text(plan)}", "TENTANG",
                 decree.lampiran_about or decree.about):
        p = _para(doc, text, space_after=0)
        p.paragraph_format.left_indent = width - LAMPIRAN_BLOCK  # at the right, as printed
    _para(doc)
    _para(doc, decree.lampiran_title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    description = lampiran.describe(plan)
    cols = description.columns
    table = doc.add_table(rows=2, cols=len(cols))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for n, c in enumerate(cols):
        _cell_text(table.rows[0].cells[n], c.heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _cell_text(table.rows[1].cells[n], description.number_row[n], size=Pt(8),
                   align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in table.rows:
        _repeat_header(row)
    first_of_team: dict[str, object] = {}
    last_of_team: dict[str, object] = {}
    for row in description.rows:
        cells = table.add_row().cells
        if lampiran.is_heading(row):
            merged = cells[0].merge(cells[-1])
            _cell_text(merged, row.cells[lampiran.HEADING], bold=True)
            continue
        for n, c in enumerate(cols):
            if c.key == "tugas":
                continue
            _cell_text(cells[n], row.cells.get(c.key, ""),
                       align=WD_ALIGN_PARAGRAPH.CENTER if c.key == "no" else None)
        tugas = cells[[c.key for c in cols].index("tugas")]
        if row.sasaran_id not in first_of_team:
            first_of_team[row.sasaran_id] = tugas
            tasks = [t for t in row.cells["tugas"].split("\n") if t]
            tugas.text = ""
            for n, task in enumerate(tasks):
                p = tugas.paragraphs[0] if n == 0 else tugas.add_paragraph()
                run = p.add_run(f"- {task}")
                run.font.size = Pt(9)
                p.paragraph_format.left_indent = Mm(3)
                p.paragraph_format.first_line_indent = -Mm(3)
                p.paragraph_format.space_after = Pt(0)
        last_of_team[row.sasaran_id] = tugas
    for team, first in first_of_team.items():
        last = last_of_team[team]
        if last is not first:
            first.merge(last)
    no, nama, jabatan, kedudukan = Mm(10), Mm(38), Mm(38), Mm(34)
    _widths(table, [no, nama, jabatan, kedudukan, width - no - nama - jabatan - kedudukan])
    _para(doc)
    _signature(doc, plan, lower=True)
    _certified(doc, plan)


def document(plan: Plan):
    """The decree of ``plan`` as a python-docx Document."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = SIZE
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(210), Mm(330) if plan.paper == "F4"
                                               else Mm(297))
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    width = section.page_width - section.left_margin - section.right_margin
    numbering = Numbering(doc)
    decree, satker = plan.decree, plan.satker
    for line in (satker.office_heading or satker.full_name or satker.name).splitlines():
        _para(doc, line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=Pt(14), space_after=0)
    _para(doc)
    if decree is None:
        return doc
    for text in (f"KEPUTUSAN {decree.issuer_title}", f"NOMOR : {sk.number_text(plan)}",
                 "TENTANG", decree.about):
        _para(doc, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    _para(doc)
    _para(doc, f"{decree.issuer_title},", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _labelled_lists(doc, numbering, plan, width)
    _para(doc, "MEMUTUSKAN:", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    _diktum(doc, numbering, plan, width)
    _para(doc)
    _signature(doc, plan, lower=False)
    _certified(doc, plan)
    tembusan = sk.items(decree, "tembusan")
    if tembusan:
        _para(doc)
        _para(doc, "Tembusan:", space_after=0)
        num = numbering.new_list("decimal")
        for item in tembusan:
            _number(_para(doc, item.text, space_after=0), num)
    if decree.teams:
        _lampiran(doc, plan, width)
    return doc


def docx_bytes(plan: Plan) -> bytes:
    buffer = io.BytesIO()
    document(plan).save(buffer)
    return buffer.getvalue()


def write_docx(plan: Plan, path: str | os.PathLike) -> Path:
    """Write the .docx beside the target and move it into place."""
    from rakdesk.core.safefiles import write_atomically

    data = docx_bytes(plan)
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data))
