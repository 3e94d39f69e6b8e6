"""A Perjanjian Kinerja as an .xlsx laid out like its printed lampiran.

The title ("PERJANJIAN KINERJA TAHUN 2024", or "PERJANJIAN KINERJA PERUBAHAN
TAHUN 2024" with the reason of the change), the unit, the lampiran table as
its table description gives it (No | Sasaran ... | Indikator Kinerja |
[Satuan] | Target | [TW I..IV], a sasaran's cells merged over its indicators'
rows), the budget table (No | Program or Kegiatan | Anggaran, the amounts as
exact whole numbers shown "Rp 1.234.567.000", and the Jumlah row), then the
place and date and the two signature blocks: Pihak Kedua on the left, Pihak
Pertama on the right. Portrait, the plan's paper, fitted to the page width,
the table's header repeated on every printed page. A second sheet holds the
statement page (lembar pernyataan).
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Font

from rakdesk.core.tables.description import TableDescription
from rakdesk.xlsx.sheet import (
    FONT,
    HEAD_FILL,
    PAPER,
    SIZE,
    WRAP_CENTER,
    WRAP_TOP,
    SheetWriter,
)
from rakdesk.xlsx.table import XlLook, write_table

# Excel shows the amount with the thousands separator of the format's locale
# where it can (LibreOffice: id-ID, so dots), and always as the exact number.
AMOUNT_FORMAT = '[$-421]"Rp "#,##0'
WIDTHS = {"no": 5, "sasaran": 30, "indikator": 36, "satuan": 10, "target": 14}
QUARTER_WIDTH = 9
AMOUNT_WIDTH = 19  # "Rp 999.999.999.999" at 9 pt
CENTERED = {"no", "satuan", "target"}
TOP_CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
CENTER = Alignment(horizontal="center", wrap_text=True)


def widths_for(keys: list[str]) -> list[float]:
    widths = [WIDTHS.get(k, QUARTER_WIDTH) for k in keys]
    right = keys.index("indikator") + 1  # the budget's amount spans what is right of it
    short = AMOUNT_WIDTH - sum(widths[right:])
    if short > 0:
        widths[keys.index("target")] += short
    return widths


def title_rows(w: SheetWriter, title: str, unit: str, reason: str, ncols: int) -> int:
    w.put(1, 1, title, bold=True, border=False, size=12, align=CENTER)
    w.merge(1, 1, 1, ncols)
    w.grow(1, 20)
    w.put(2, 1, unit, bold=True, border=False, align=CENTER)
    w.merge(2, 1, 2, ncols)
    w.grow(2, w.need(2, unit, 1, ncols))
    row = 3
    if reason:
        w.put(row, 1, f"Alasan perubahan : {reason}", border=False, align=CENTER)
        w.merge(row, 1, row, ncols)
        w.grow(row, w.need(row, reason, 1, ncols) + 2)
        row += 1
    return row + 1


def looks_for(keys: list[str]) -> dict[str, XlLook]:
    """How each column of the lampiran table looks: the texts wrapped at the
    top left, the short values (No, Satuan, Target, the quarters) centred."""
    widths = widths_for(keys)
    return {k: XlLook(width, WRAP_TOP if k in ("sasaran", "indikator") else TOP_CENTER)
            for k, width in zip(keys, widths, strict=True)}


def draw_table(w: SheetWriter, table: TableDescription,
               top: int) -> tuple[int, int, list[tuple[int, int]]]:
    """The table as rakdesk.xlsx.table writes any description (a group's
    heading over its columns, the others merged down both header rows, spans
    merged); (last header row, next free row, each sasaran's first and last
    row)."""
    keys = table.keys
    groups = table.groups()
    # The heading rows as tall as their words: a group's heading on the first
    # row, the other headings down both rows when there is a group.
    singles = [(n, c.heading) for n, c in enumerate(table.columns, 1) if not c.group]
    if groups:
        head_points = max(w.need(top, heading, keys.index(first) + 1,
                                 keys.index(last) - keys.index(first) + 1)
                          for heading, first, last in groups)
    else:
        head_points = max(w.need(top, heading, n) for n, heading in singles)
    header_end, end = write_table(w, table, looks_for(keys), top, head_points=head_points)
    if groups:
        for n, heading in singles:
            w.span_need(top, header_end, w.need(top, heading, n))
    body = end - len(table.rows)
    blocks: list[tuple[int, int]] = []
    for n, row in enumerate(table.rows):
        if n and table.rows[n - 1].number == row.number:
            blocks[-1] = (blocks[-1][0], body + n)
        else:
            blocks.append((body + n, body + n))
    return header_end, end, blocks


def draw_budget(w: SheetWriter, headings: list[str], lines: list[tuple[str, int | None]],
                total: tuple[str, int], ncols: int, amount_col: int, top: int) -> int:
    """No | Program (or Kegiatan) | Anggaran under ``headings``, amounts as whole
    numbers, and the total row (label, amount); returns the next free row."""
    def cells(r, no, text, amount, bold=False):
        w.put(r, 1, no, bold=bold, align=TOP_CENTER)
        w.put(r, 2, text, bold=bold)
        w.merge(r, 2, r, amount_col - 1)
        w.grow(r, w.need(r, text, 2, amount_col - 2))
        cell = w.put(r, amount_col, "", bold=bold,
                     align=Alignment(horizontal="right", vertical="top"))
        if amount is not None:
            cell.value = amount
            cell.number_format = AMOUNT_FORMAT
        w.merge(r, amount_col, r, ncols)

    r = top
    no, heading, anggaran = headings
    w.put(r, 1, no, bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
    w.put(r, 2, heading, bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
    w.merge(r, 2, r, amount_col - 1)
    w.put(r, amount_col, anggaran, bold=True, align=WRAP_CENTER, fill=HEAD_FILL)
    w.merge(r, amount_col, r, ncols)
    w.grow(r, 20)
    for n, (text, amount) in enumerate(lines, 1):
        r += 1
        cells(r, f"{n}.", text, amount)
    r += 1
    w.put(r, 1, total[0], bold=True, align=Alignment(horizontal="center", vertical="top"))
    w.merge(r, 1, r, amount_col - 1)
    cell = w.put(r, amount_col, "", bold=True, align=Alignment(horizontal="right"))
    cell.value = total[1]
    cell.number_format = AMOUNT_FORMAT
    w.merge(r, amount_col, r, ncols)
    return r + 1


def draw_parties(w: SheetWriter, date: str, left: list[tuple[str, str]],
                 right: list[tuple[str, str]], top: int, split: int, ncols: int) -> int:
    """The place and date over the right block, then the two blocks side by
    side: each a list of (text, style) with style "", "bold", "name" or "gap"."""
    r = top
    if date:
        w.put(r, split, date, border=False, align=CENTER)
        w.merge(r, split, r, ncols)
        r += 1
    height = max(len(left), len(right))
    for block, first, last in ((left, 1, split - 1), (right, split, ncols)):
        for n, (text, style) in enumerate(block + [("", "")] * (height - len(block))):
            if style == "gap":
                w.grow(r + n, 48)
                continue
            cell = w.put(r + n, first, text, bold=style in ("bold", "name"), border=False,
                         align=CENTER)
            if style == "name":
                cell.font = Font(name=FONT, size=SIZE, bold=True, underline="single")
            if last > first:
                w.merge(r + n, first, r + n, last)
            w.grow(r + n, w.need(r + n, text, first, last - first + 1))
    return r + height


def page_setup(ws, paper: str, header_rows: tuple[int, int] | None) -> None:
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = PAPER.get(paper, 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if header_rows:
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True


PAPER_POINTS = {"A4": (595, 842), "F4": (612, 936)}  # width, height; F4 printed on Folio
MARGIN_LR, MARGIN_TB = 0.5, 0.6  # inches, as page_setup sets them
DEFAULT_ROW = 12.75


def keep_together(w: SheetWriter, blocks: list[tuple[int, int]], header_rows: tuple[int, int],
                  paper: str) -> list[int]:
    """Page breaks so that no block of rows (a sasaran over its indicators'
    rows, the budget table, the signatures) is cut by a page end: a merged cell
    cut in two prints its text on one page and hides the rest. Heights are
    estimated as Excel lays them out (fitted to the page width); a block taller
    than a page is left to break. Returns the rows a new page starts at."""
    width_pt, height_pt = PAPER_POINTS.get(paper, PAPER_POINTS["A4"])
    sheet_pt = sum(width * 7 + 5 for width in w.widths) * 0.75
    scale = min(1.0, (width_pt - 2 * 72 * MARGIN_LR) / sheet_pt)
    usable = (height_pt - 2 * 72 * MARGIN_TB) / scale * 0.95

    def height(first: int, last: int) -> float:
        return sum(w.heights.get(r, DEFAULT_ROW) for r in range(first, last + 1))

    repeated = height(*header_rows)
    breaks: list[int] = []
    used = height(1, blocks[0][0] - 1) if blocks else 0.0
    page_top = True
    previous_end = blocks[0][0] - 1 if blocks else 0
    for first, last in blocks:
        used += height(previous_end + 1, first - 1)  # rows between blocks
        need = height(first, last)
        if used + need > usable and not page_top:
            breaks.append(first)
            w.ws.row_breaks.append(_break(first - 1))
            used = repeated
        used += need
        page_top = False
        previous_end = last
    return breaks


def _break(row: int):
    from openpyxl.worksheet.pagebreak import Break

    return Break(id=row)


# ------------------------------------------------------------ a PK plan


def party_block(word: str, party) -> list[tuple[str, str]]:
    """"Pihak Kedua," / position / office / room to sign / name / NIP."""
    lines = [(f"{word},", ""), (party.position, "bold")]
    if party.office:
        lines.append((party.office, "bold"))
    lines += [("", "gap"), (party.name, "name")]
    if party.nip:
        lines.append((party.nip, ""))
    return lines


def write_pk(ws, plan, session=None) -> None:
    """The lampiran sheet of a PK (see the module's docstring)."""
    from rakdesk.core import pk as core
    from rakdesk.core import plans as ops
    from rakdesk.core.tables import pk as tables

    table = tables.describe(plan)
    keys = table.keys
    ncols = len(keys)
    w = SheetWriter(ws, widths_for(keys))
    satker = plan.satker
    top = title_rows(w, core.title(plan), satker.name, plan.amendment_reason, ncols)
    header_end, row, blocks = draw_table(w, table, top)
    budget_top = row + 1
    budget = tables.describe_budget(plan)  # headings and the total's label from here;
    lines = [(line.text, line.amount) for line in plan.budget_lines]  # amounts as numbers
    total = (budget.rows[-1].cells["program"], core.budget_total(plan))
    row = draw_budget(w, [c.heading for c in budget.columns], lines, total, ncols,
                      keys.index("indikator") + 2, budget_top)
    left = party_block("Pihak Kedua", core.party2(plan, session))
    right = party_block("Pihak Pertama", core.party1(plan))
    split = keys.index("indikator") + 1
    end = draw_parties(w, ops.sign_date_text(plan), left, right, row + 1, split, ncols)
    keep_together(w, blocks + [(budget_top, row - 1), (row + 1, end - 1)], (top, header_end),
                  plan.paper)
    w.apply_heights()
    page_setup(ws, plan.paper, (top, header_end))
    write_statement(ws.parent.create_sheet("Pernyataan", 0), plan, session)


# ------------------------------------------------------------ the statement page

STATEMENT_WIDTHS = [4, 10, 2, 30, 4, 36]


def write_statement(ws, plan, session=None) -> None:
    """The lembar pernyataan: the office heading (logo, office, address), the
    title, the statement with each party's Nama and Jabatan, the place and
    date, and the two signature blocks."""
    from rakdesk.core import pk as core
    from rakdesk.core import plans as ops

    ncols = len(STATEMENT_WIDTHS)
    w = SheetWriter(ws, STATEMENT_WIDTHS)
    satker = plan.satker
    row = 1
    if _logo(ws, satker.logo):
        w.grow(row, 60)
        row += 1
    heading = [line for line in (satker.office_heading or satker.full_name).splitlines()
               if line.strip()]
    for text, size in [(line, 12) for line in heading] + [(satker.address, SIZE)]:
        if text:
            w.put(row, 1, text, bold=size > SIZE, border=False, size=size, align=CENTER)
            w.merge(row, 1, row, ncols)
            w.grow(row, w.need(row, text, 1, ncols, size=size))
            row += 1
    row += 1
    w.put(row, 1, core.title(plan), bold=True, border=False, size=12, align=CENTER)
    w.merge(row, 1, row, ncols)
    w.grow(row, 20)
    row += 2
    parties = {core.PARTY1: core.party1(plan), core.PARTY2: core.party2(plan, session)}
    justify = Alignment(wrap_text=True, vertical="top", horizontal="justify")
    for paragraph in core.statement_paragraphs(plan):
        party = parties.get(paragraph)
        if party is not None:
            for label, value in (("Nama", party.name), ("Jabatan", party.jabatan)):
                w.put(row, 2, label, border=False, align=WRAP_TOP)
                w.put(row, 3, ":", border=False, align=WRAP_TOP)
                w.put(row, 4, value, border=False, align=WRAP_TOP)
                w.merge(row, 4, row, ncols)
                w.grow(row, w.need(row, value, 4, ncols - 3))
                row += 1
            continue
        w.put(row, 1, paragraph, border=False, align=justify)
        w.merge(row, 1, row, ncols)
        w.grow(row, w.need(row, paragraph, 1, ncols) + 4)
        row += 2
    left = party_block("Pihak Kedua", parties[core.PARTY2])
    right = party_block("Pihak Pertama", parties[core.PARTY1])
    draw_parties(w, ops.sign_date_text(plan), left, right, row, 5, ncols)
    w.apply_heights()
    page_setup(ws, plan.paper, None)


def _logo(ws, data: bytes | None) -> bool:
    """The satker's logo above the heading, 60 points tall; a damaged or foreign
    image is left out."""
    if not data:
        return False
    try:
        import io

        from openpyxl.drawing.image import Image
        from PIL import Image as PILImage

        picture = PILImage.open(io.BytesIO(data))
        picture.load()
        image = Image(picture)
        scale = 80 / max(1, image.height)
        image.width, image.height = image.width * scale, image.height * scale
        ws.add_image(image, "D1")
        return True
    except Exception:  # noqa: BLE001 - a damaged image must not stop the export
        return False


# ------------------------------------------------------------ the entry point


def export_plan(plan, path):
    """Write any plan to ``path`` (``rakdesk.xlsx.export_plan``): a PK here, a
    RAK or IKU by rakdesk.xlsx.export. Built in memory, then written beside the
    target and renamed into place."""
    if plan.kind != "PK":
        from rakdesk.xlsx.export import export_plan as export_rak_or_iku

        return export_rak_or_iku(plan, path)
    import io
    from pathlib import Path

    from openpyxl import Workbook

    from rakdesk.core import pk as core
    from rakdesk.core.safefiles import write_atomically

    wb = Workbook()
    ws = wb.active
    ws.title = f"PK {plan.year}"
    write_pk(ws, plan)
    wb.properties.creator = "rakdesk"
    wb.properties.title = f"{core.title(plan)} {plan.satker.name}"
    data = io.BytesIO()  # a full disk then fails one plain write
    wb.save(data)
    return write_atomically(Path(path), lambda tmp: tmp.write_bytes(data.getvalue()))
