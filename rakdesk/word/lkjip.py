"""The tables of LKjIP Bab III as a Word document (python-docx), because the
Laporan Kinerja itself is written in Word: each table is a real Word table
with the same columns as the printed one (merged sasaran cells, the header
row repeated on every page), ready to be pasted into the report."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from rakdesk.core.model import Plan
from rakdesk.core.tables import monitoring as tables
from rakdesk.core.tables.description import TableDescription

FONT = "Arial"
SIZE = Pt(8)
CENTRED = {"no", "satuan", "target", "realisasi", "capaian", "kategori", "target_before",
           "realisasi_before", "capaian_before", "renstra", "persen", "pagu"}
# Relative widths by column key (others 1)
WEIGHTS = {"no": 0.6, "sasaran": 2.3, "indikator": 2.9, "program": 4}
NARROW = 1.4
# Where Arial is missing (LibreOffice on Linux) DejaVu Sans stands in, some 20 % wider
FALLBACK_WIDER = 1.2
PADDING_CM = 0.3  # the cell's margins (1 mm a side) and a little air
_XML_BAD = {c for c in range(32) if c not in (9, 10, 13)}


def clean(text: str) -> str:
    """Text Word can hold: control characters a file may carry are dropped."""
    return "".join(ch for ch in text or "" if ord(ch) not in _XML_BAD)


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    props.append(mark)


def _narrow_margins(table, twips: int = 57) -> None:
    """Cell margins of 1 mm left and right, so that "Realisasi" fits a narrow column."""
    props = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        node = OxmlElement(f"w:{side}")
        node.set(qn("w:w"), str(twips))
        node.set(qn("w:type"), "dxa")
        margins.append(node)
    look = props.find(qn("w:tblLook"))  # the schema's order: before tblLook, or it is ignored
    if look is not None:
        look.addprevious(margins)
    else:
        props.append(margins)


def _shade(cell, fill: str = "ECECEC") -> None:
    props = cell._tc.get_or_add_tcPr()
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:color"), "auto")
    shade.set(qn("w:fill"), fill)
    props.append(shade)


def _write(cell, text: str, bold: bool = False, centre: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    # a zero-width space after a slash: "penyertaan/inpasing/perpindahan" may break there
    lines = re.sub(r"/(?=\w)", "/\u200b", clean(text)).split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = SIZE
        run.font.name = FONT
        if n < len(lines) - 1:
            run.add_break()
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _longest_word_cm(text: str, font: str) -> float:
    """The width of the longest run a line cannot break: at spaces, after a
    hyphen, and after a slash (:func:`_write` lets a line break there)."""
    words = re.split(r"\s+|(?<=[-/])", text or "")
    return max((stringWidth(w, font, SIZE.pt) for w in words), default=0.0) / 72 * 2.54 \
        * FALLBACK_WIDER


def column_widths(desc: TableDescription, width_cm: float) -> list[float]:
    """Widths (cm) by weight, each column at least as wide as its longest word
    ("pertanggungjawaban" split in two otherwise); the others give way."""
    weights = [WEIGHTS.get(c.key, NARROW) for c in desc.columns]
    least = [max([_longest_word_cm(c.heading, "Helvetica-Bold")]
                 + [_longest_word_cm(r.cells.get(c.key, ""), "Helvetica") for r in desc.rows])
             + PADDING_CM for c in desc.columns]
    if sum(least) >= width_cm:  # the text columns keep their words whole, figures squeeze
        text = [i for i, w in enumerate(weights) if w >= 2]
        rest = width_cm - sum(least[i] for i in text)
        others = sum(least[i] for i in range(len(least)) if i not in text)
        if rest <= 0 or not others:
            return [width_cm * w / sum(least) for w in least]
        return [least[i] if i in text else rest * least[i] / others
                for i in range(len(least))]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = width_cm - sum(fixed.values())
        share = sum(weights[i] for i in free)
        widths = {i: room * weights[i] / share for i in free} if free and room > 0 else {}
        short = [i for i in free if widths.get(i, 0) < least[i]]
        if not short:
            widths.update(fixed)
            return [widths[i] for i in range(len(weights))]
        fixed.update({i: least[i] for i in short})


def add_table(doc, desc: TableDescription, width_cm: float) -> None:
    """``desc`` as a Word table: header rows (two under group headings), rows,
    and the spans of sasaran cells merged."""
    grouped = any(c.group for c in desc.columns)
    head_rows = 2 if grouped else 1
    ncols = len(desc.columns)
    table = doc.add_table(rows=head_rows + len(desc.rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _narrow_margins(table)
    widths = [Cm(w) for w in column_widths(desc, width_cm)]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the table grid (LibreOffice reads this one)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width  # each cell (Word reads this one)
    runs = {first: last for _, first, last in desc.groups()}
    col_of = {c.key: i for i, c in enumerate(desc.columns)}
    for i, c in enumerate(desc.columns):
        if grouped and c.group:
            if c.key in runs:
                top = table.cell(0, i).merge(table.cell(0, col_of[runs[c.key]]))
                _write(top, c.group, bold=True, centre=True)
            _write(table.cell(1, i), c.heading, bold=True, centre=True)
        else:
            cell = table.cell(0, i)
            if grouped:
                cell = cell.merge(table.cell(1, i))
            _write(cell, c.heading, bold=True, centre=True)
    for r in range(head_rows):
        _repeat_header(table.rows[r])
        for cell in table.rows[r].cells:
            _shade(cell)
    covered = desc.covered()
    for n, row in enumerate(desc.rows):
        for i, c in enumerate(desc.columns):
            if (n, c.key) in covered:
                continue
            _write(table.cell(head_rows + n, i), row.cells.get(c.key, ""),
                   bold=row.number == 0 and c.key == "program", centre=c.key in CENTRED)
    for span in desc.spans:
        i = col_of[span.key]
        table.cell(head_rows + span.row, i).merge(
            table.cell(head_rows + span.row + span.rows - 1, i))


def _heading(doc, text: str, size: int = 11, centre: bool = False) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(clean(text))
    run.bold = True
    run.font.size = Pt(size)
    run.font.name = FONT
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _note(doc, text: str) -> None:
    run = doc.add_paragraph().add_run(clean(text))
    run.italic = True
    run.font.size = SIZE
    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def lkjip_document(plan: Plan):
    from rakdesk.core import performance as pf

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(33 if plan.paper == "F4" else 29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2))
    width = 17.0
    satker = plan.satker
    _heading(doc, "BAB III", 12, centre=True)
    _heading(doc, "AKUNTABILITAS KINERJA", 12, centre=True)
    _heading(doc, f"{satker.full_name or satker.name} TAHUN {plan.year}", 10, centre=True)
    _heading(doc, "A. Capaian Kinerja")
    _note(doc, f"Tabel 3.1 Pengukuran Kinerja Tahun {plan.year}")
    add_table(doc, tables.describe_pengukuran(plan), width)
    _heading(doc, f"B. Perbandingan Realisasi dan Capaian Tahun {plan.year} dengan Tahun "
                  f"{plan.year - 1}")
    if pf.previous_plan(plan) is None:
        _note(doc, f"Rencana tahun {plan.year - 1} tidak ada di berkas ini; kolom tahun "
                   f"{plan.year - 1} dikosongkan.")
    add_table(doc, tables.describe_last_year(plan), width)
    _heading(doc, "C. Perbandingan Realisasi dengan Target Akhir Renstra")
    add_table(doc, tables.describe_renstra(plan), width)
    _heading(doc, "D. Realisasi Anggaran")
    budget = tables.describe_budget(plan)
    if budget.rows:
        add_table(doc, budget, width)
    else:
        _note(doc, tables.NO_BUDGET)
    doc.core_properties.author = "rakdesk"
    doc.core_properties.title = f"LKjIP Bab III {satker.name} {plan.year}"
    return doc


def export_lkjip(plan: Plan, path: str | os.PathLike) -> Path:
    """Write the Bab III tables to ``path`` (.docx; beside it first, then renamed)."""
    from rakdesk.core.safefiles import write_atomically

    data = io.BytesIO()
    lkjip_document(plan).save(data)
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data.getvalue()))
