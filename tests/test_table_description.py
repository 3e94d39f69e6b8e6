"""The RAK's and IKU's table descriptions are what every medium shows, for
every demo plan: the PDF (its rows as built, and read back from the rendered
pages), the Excel sheet, the grid, the clipboard rows and ``list --json``:
headings, column-number row, groups, spans and each cell's text."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from rakdesk.core import editing
from rakdesk.core.model import Plan
from rakdesk.core.storage import open_workspace
from rakdesk.core.tables import describe


@pytest.fixture(scope="module")
def demo_copy(demo_master, tmp_path_factory):
    """The demo, with week notes and a note in the quarterly RAK's schedule
    (the seeds only tick), rows without children, and the PK's Satuan and
    quarter targets shown."""
    import shutil

    from rakdesk.core import pk as pk_ops
    from rakdesk.core import plans as ops
    from rakdesk.core.schedule import Cell

    path = shutil.copyfile(demo_master, tmp_path_factory.mktemp("tables") / "demo.sqlite")
    with open_workspace(path) as ws, ws.session() as session:
        plan = next(p for p in session.exec(select(Plan)) if p.granularity == "quarterly")
        kegiatan = plan.sasaran[0].indikator[0].kegiatan[0]
        ops.set_cell(session, kegiatan, 1, Cell(weeks=frozenset({2, 3})))
        ops.set_cell(session, kegiatan, 2, Cell(ticked=True, note="rapat pleno"))
        ops.set_cell(session, kegiatan, 3, Cell(weeks=frozenset({1, 2, 3, 4}), note="tahap 1"))
        # Rows without children: an indikator without kegiatan, a sasaran without indikator.
        ops.add_indikator(session, plan.sasaran[0], "Indikator tanpa kegiatan")
        ops.add_sasaran(session, plan, "Sasaran tanpa indikator")
        # The PK with its optional Satuan and quarter columns, some quarters set.
        pk = next(p for p in session.exec(select(Plan)) if p.kind == "PK")
        pk.show_satuan = pk.show_quarters = True
        first = pk.sasaran[0].indikator[0]
        first.satuan = "Persen"
        for quarter, target in ((1, "25%"), (3, "75%")):
            pk_ops.set_period_target(session, first, quarter, target)
        ops.add_sasaran(session, pk, "Sasaran tanpa indikator")
        session.commit()
    return path


@pytest.fixture(scope="module")
def demo_plans(demo_copy):
    """(label, plan, description) of every RAK, IKU and PK in the demo, loaded
    read-only (an SK's lampiran table is checked in test_decree)."""
    ws = open_workspace(demo_copy, readonly=True)
    session = ws.session()
    plans = [editing.load_plan(session, p.id) for p in session.exec(select(Plan))
             if p.kind in ("RAK", "IKU", "PK")]
    yield [(f"{p.satker.name} {p.kind} {p.year} {p.granularity}", p, describe(p))
           for p in plans]
    session.close()
    ws.close()


@pytest.fixture(scope="module")
def demo_raks(demo_plans):
    raks = [t for t in demo_plans if t[1].kind == "RAK"]
    assert len(raks) >= 3
    return raks


@pytest.fixture(scope="module")
def demo_ikus(demo_plans):
    ikus = [t for t in demo_plans if t[1].kind == "IKU"]
    assert ikus
    return ikus


def test_the_description_reads_like_the_printed_rak(demo_raks):
    label, plan, table = next(t for t in demo_raks if "KUBU RAYA" in t[0])
    assert table.keys[:4] == ["sasaran", "indikator", "target", "kegiatan"]  # no NO column
    assert [c.heading for c in table.columns][4:7] == ["B1", "B2", "B3"]
    assert table.groups() == [("RENCANA PELAKSANAAN", "p1", "p12")]
    assert table.number_row[:3] == ["1", "2", "3"] and len(table.number_row) == 17
    first = table.rows[0]
    assert first.cells["sasaran"] == plan.sasaran[0].text
    assert first.cells["kegiatan"] == plan.sasaran[0].indikator[0].kegiatan[0].text
    assert sum(1 for r in table.rows if r.cells["sasaran"]) == len(plan.sasaran)
    periods = [c.key for c in table.columns if c.period]
    ticks = [r.cells[k] for r in table.rows for k in periods if r.cells[k]]
    assert ticks and set(ticks) == {plan.tick_style}
    _, quarterly, table = next(t for t in demo_raks if t[1].granularity == "quarterly")
    assert [table.rows[0].cells[f"p{p}"] for p in (1, 2, 3)] == [
        "Mg 2, 3", f"{quarterly.tick_style}\nrapat pleno", "Mg 1–4\ntahap 1"]


def texts_of_pdf(plan, table):
    """Headings, number row and body texts of the printed RAK, from the rows
    pdf.rak builds before reportlab lays them out."""
    from reportlab.lib.units import mm

    from rakdesk.pdf import rak
    from rakdesk.pdf.fonts import fonts
    from rakdesk.pdf.table import body_rows, table_layout
    from rakdesk.pdf.text import styles

    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=8)
    looks = rak.looks(plan, 273 * mm)
    layout = table_layout(table, looks, st, fs)
    return (layout.columns, layout.header_rows, layout.header_spans,
            body_rows(table, looks, st, plan.tick_style))


def pdf_text(content) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    return content.text  # a Paragraph: the markup it was given


def heading_text(content) -> str:
    """A heading's markup, less the break a too-wide word gets after its
    slash ("PROGRAM/<br/>KEGIATAN")."""
    return pdf_text(content).replace("/<br/>", "/")


def test_the_pdf_prints_what_the_description_says(demo_raks):
    from rakdesk.pdf.text import markup

    for label, plan, table in demo_raks:
        cols, head_rows, spans, rows = texts_of_pdf(plan, table)
        assert [c.key for c in cols] == table.keys, label
        top = head_rows[0]
        for i, d in enumerate(table.columns):
            if d.group:
                assert head_rows[1][i] == d.heading, label
            else:
                assert heading_text(top[i]) == markup(d.heading), label
        for heading, first, _last in table.groups():
            assert heading_text(top[table.keys.index(first)]) == markup(heading), label
        assert (head_rows[2] if len(head_rows) > 2 else []) == table.number_row, label
        assert len(rows) == len(table.rows), label
        seen: set[int] = set()  # groups whose cells were already printed
        for r, (row, described) in enumerate(zip(rows, table.rows, strict=True)):
            printed = dict(row.cells)
            for group in row.groups:
                if id(group) not in seen:
                    printed.update(group.cells)
                    seen.add(id(group))
            for key, text in described.cells.items():
                content = printed.get(key)
                expected = text if isinstance(content, str) else markup(text)
                assert pdf_text(content) == expected, (label, r, key)


def test_the_excel_sheet_holds_what_the_description_says(demo_raks, tmp_path):
    from rakdesk.xlsx import export_plan

    for label, plan, table in demo_raks:
        path = export_plan(plan, tmp_path / "rak.xlsx")
        ws = load_workbook(path).active

        def value(r, c, ws=ws):
            return "" if ws.cell(r, c).value is None else str(ws.cell(r, c).value)

        first_heading = table.columns[0].heading
        top = next(r for r in range(1, 30) if value(r, 1) == first_heading)
        keys = table.keys
        for i, d in enumerate(table.columns, 1):
            assert value(top + 1 if d.group else top, i) == d.heading, label
        for heading, first, _last in table.groups():
            assert value(top, keys.index(first) + 1) == heading, label
        body = top + 2
        if table.number_row:
            assert [value(body, i) for i in range(1, len(keys) + 1)] == table.number_row
            body += 1
        for r, described in enumerate(table.rows):
            for key, text in described.cells.items():
                assert value(body + r, keys.index(key) + 1) == text, (label, r, key)
        merged = {(m.min_row - body, keys[m.min_col - 1], m.max_row - m.min_row + 1)
                  for m in ws.merged_cells.ranges
                  if m.min_row >= body and m.min_row < body + len(table.rows)}
        assert merged == {(s.row, s.key, s.rows) for s in table.spans}, label


def test_the_iku_description_reads_like_the_printed_iku(demo_ikus):
    label, plan, table = demo_ikus[0]
    assert [c.heading for c in table.columns][:1] == ["No"] and table.number_row == []
    assert table.keys[-2:] == ["keterangan", "sumber_data"]
    assert len(table.rows) == sum(max(1, len(s.indikator)) for s in plan.sasaran)
    assert table.rows[0].cells["indikator"] == plan.sasaran[0].indikator[0].text


def test_the_iku_pdf_and_excel_hold_what_the_description_says(demo_ikus, tmp_path):
    from reportlab.lib.units import mm

    from rakdesk.pdf import iku
    from rakdesk.pdf.fonts import fonts
    from rakdesk.pdf.table import body_rows, table_layout
    from rakdesk.pdf.text import markup, styles
    from rakdesk.xlsx import export_plan

    fs = fonts()
    st = styles(fs.regular, fs.bold, fs.italic, size=9)
    for label, plan, table in demo_ikus:
        looks = iku.looks(plan, 186 * mm)
        cols = table_layout(table, looks, st, fs).columns
        assert [c.header for c in cols] == [c.heading for c in table.columns], label
        pdf_keys = [c.key for c in cols]
        rows = body_rows(table, looks, st)
        assert len(rows) == len(table.rows), label
        seen: set[int] = set()
        for r, (row, described) in enumerate(zip(rows, table.rows, strict=True)):
            printed = dict(row.cells)
            for group in row.groups:
                if id(group) not in seen:
                    printed.update(group.cells)
                    seen.add(id(group))
            for key, pdf_key in zip(table.keys, pdf_keys, strict=True):
                assert pdf_text(printed.get(pdf_key)) == markup(described.cells[key]), \
                    (label, r, key)

        ws = load_workbook(export_plan(plan, tmp_path / "iku.xlsx")).active

        def value(r, c, ws=ws):
            return "" if ws.cell(r, c).value is None else str(ws.cell(r, c).value)

        top = next(r for r in range(1, 80)
                   if [value(r, i + 1) for i in range(len(table.keys))] ==
                   [c.heading for c in table.columns])
        for r, described in enumerate(table.rows):
            for i, key in enumerate(table.keys, 1):
                assert value(top + 1 + r, i) == described.cells[key], (label, r, key)
        merged = {(m.min_row - top - 1, table.keys[m.min_col - 1], m.max_row - m.min_row + 1)
                  for m in ws.merged_cells.ranges if top < m.min_row <= top + len(table.rows)}
        assert merged == {(s.row, s.key, s.rows) for s in table.spans}, label


GRID_KINDS = ("RAK", "IKU", "PK")  # the SK has its own view
# Columns the print may leave out and the grid keeps (describe(all_columns=True)).
GRID_ONLY = {"RAK": {"no"}, "IKU": {"target"}, "PK": set()}


def grid_shown(model):
    """The grid as a user sees it: headings, every cell's DisplayRole text,
    (row, key, rows) of its spans, and each column's (level, group, period)."""
    from PySide6.QtCore import Qt

    cols, keys = range(model.columnCount()), [c.key for c in model.columns]
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in cols]
    cells = [[model.data(model.index(r, c)) for c in cols] for r in range(model.rowCount())]
    spans = {(row, keys[col], count) for row, col, count in model.spans()}
    shape = [(c.level, c.group, c.period) for c in model.columns]
    return headings, cells, spans, shape


def test_the_grid_shows_what_the_description_says(demo_plans, demo_copy, qapp):
    """For every demo RAK, IKU and PK the grid's headings and every cell's
    text are the description's (a cell under a span the span's text, as
    ``filled()`` gives it: the view paints only the span's first cell), with the
    columns the print may leave out (NO when the RAK hides it, the IKU's TARGET
    when no indikator has one); the printed table is that same table without
    them. Pelaksana are edited as the "a; b" the grid accepts."""
    from PySide6.QtCore import Qt

    from rakdesk.ui.document import WorkspaceDocument
    from rakdesk.ui.plan_model import PlanGridModel

    ws = open_workspace(demo_copy, readonly=True)
    doc = WorkspaceDocument(ws)
    shown_kinds = set()
    try:
        model = PlanGridModel(doc)
        for label, plan, printed in demo_plans:
            if plan.kind not in GRID_KINDS:
                continue
            shown_kinds.add(plan.kind)
            table = describe(plan, all_columns=True)
            model.set_plan(plan.id)
            headings, cells, spans, shape = grid_shown(model)
            assert [c.key for c in model.columns] == table.keys, label
            assert headings == [c.heading for c in table.columns], label
            assert shape == [(c.level, c.group, c.period) for c in table.columns], label
            assert len(cells) == len(table.rows), label
            for r, (line, described) in enumerate(zip(cells, table.filled(), strict=True)):
                assert line == [described[k] for k in table.keys], (label, r)
            assert spans == {(s.row, s.key, s.rows) for s in table.spans}, label
            if "pelaksana" in table.keys:
                col = model.column("pelaksana")
                for r, described in enumerate(table.rows):
                    assert model.data(model.index(r, col), Qt.ItemDataRole.EditRole) == \
                        "; ".join(described.pelaksana), (label, r)

            extra = [k for k in table.keys if k not in printed.keys]
            assert set(extra) <= GRID_ONLY[plan.kind], label
            assert printed.keys == [k for k in table.keys if k not in extra], label
            assert [c.heading for c in printed.columns] == [
                c.heading for c in table.columns if c.key not in extra], label
            assert [r.cells for r in printed.rows] == [
                {k: v for k, v in r.cells.items() if k not in extra} for r in table.rows], label
            assert printed.spans == [s for s in table.spans if s.key not in extra], label
    finally:
        doc.close()
    assert shown_kinds == set(GRID_KINDS)


# ---------------------------------------------------------------- what is printed

CELL_SIZE = {"RAK": 8.0, "IKU": 9.0, "PK": 9.0}  # the table's paragraph size on each document
LABEL_SIZE, NUMBER_SIZE = 7.5, 7.0  # labels under a group heading, the column numbers


def printed_runs(data: bytes) -> list[list[tuple[str, str, float, float, float]]]:
    """Per page, (text, font, size, x, y) of every text run drawn."""
    from tests.pdftext import reader

    pages = []
    for page in reader(data).pages:
        runs = []

        def visit(text, cm, tm, font, size, runs=runs):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                name = str(font.get("/BaseFont", "")) if font else ""
                runs.append((text.strip(), name, round(size, 2), x, y))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def printed_columns(plan, table, data: bytes, budget: bool = False):
    """What the PDF prints in each column, read back from the page: per key
    the body text (regular, at the table's sizes) page by page and top to
    bottom, squashed; per page the bold headings over each column and group,
    and the column numbers. The "(lanjutan)" repeats are italic, the footer
    below the margin, the weeks legend named: none of them is read. On a PK
    the lampiran table is read above the budget table's heading, and with
    ``budget`` the budget table (``table`` is then its description) below it."""
    from rakdesk.core.schedule import WEEKS_LEGEND
    from rakdesk.pdf import iku, pk, rak
    from rakdesk.pdf.document import MARGIN, Page
    from tests.pdftext import squash

    page = Page.of(plan, "landscape" if plan.kind == "RAK" else "portrait")
    if budget:
        looks = pk.budget_looks(page.width)
    else:
        looks = {"IKU": iku, "PK": pk, "RAK": rak}[plan.kind].looks(plan, page.width)
    widths = [looks[k].width for k in table.keys]
    left = MARGIN + (page.width - sum(widths)) / 2
    edges = [left + sum(widths[:i]) for i in range(len(widths) + 1)]

    def column(x: float) -> int | None:
        return next((i for i in range(len(widths)) if edges[i] - 1 <= x < edges[i + 1] - 1),
                    None)

    def budget_top(runs) -> float:
        """The y of the budget table's heading on a PK page (none: below all)."""
        if plan.kind != "PK":
            return -1.0
        return next((y for text, font, _, _, y in runs if text == "ANGGARAN" and "Bold" in font),
                    -1.0)

    keys = table.keys
    group_of = {keys.index(k): first for _, first, last in table.groups()
                for k in keys[keys.index(first):keys.index(last) + 1]}
    size = CELL_SIZE[plan.kind]
    body = {k: [] for k in keys}
    heads, numbers = [], []
    pages = printed_runs(data)
    for runs in pages[1:] if plan.kind == "PK" else pages:  # after the statement page
        head: dict[str, list] = {}
        numbered: dict[int, str] = {}
        top = budget_top(runs)
        for text, font, points, x, y in sorted(runs, key=lambda r: (-r[4], r[3])):
            i = column(x)
            if i is None or y < MARGIN or "Oblique" in font or text == WEEKS_LEGEND:
                continue
            if (y > top + 1) == budget:  # the other table
                continue
            if "Bold" in font and points == size and i in group_of:  # over a run of columns
                head.setdefault(f"group {group_of[i]}", []).append(text)
            elif "Bold" in font and points in (size, LABEL_SIZE):
                head.setdefault(keys[i], []).append(text)
            elif "Bold" not in font and points == NUMBER_SIZE:
                numbered[i] = text
            elif "Bold" not in font and points in (size, 9.0, size - 1.5):
                body[table.keys[i]].append(text)
        if head:
            heads.append({i: squash("".join(t)) for i, t in head.items()})
            numbers.append([numbered.get(i, "") for i in range(len(widths))])
    return {k: squash("".join(v)) for k, v in body.items()}, heads, numbers


def test_every_demo_pdf_prints_the_description_texts(demo_plans):
    """Rendered and read back from the page: each column prints the
    description's cells in order (a covered cell prints nothing), and every
    page's header the headings, group headings and column numbers."""
    from rakdesk.pdf import render_plan
    from tests.pdftext import squash

    for label, plan, table in demo_plans:
        body, heads, numbers = printed_columns(plan, table, render_plan(plan))
        covered = table.covered()
        for key in table.keys:
            expected = "".join(squash(row.cells[key]) for r, row in enumerate(table.rows)
                               if (r, key) not in covered)
            assert body[key] == expected, (label, key)
        keys = table.keys
        expected_head = {c.key: squash(c.heading) for c in table.columns}
        expected_head.update({f"group {first}": squash(heading)
                              for heading, first, _ in table.groups()})
        assert heads, label
        for page_head, page_numbers in zip(heads, numbers, strict=True):
            assert page_head == expected_head, label
            assert page_numbers == (table.number_row or [""] * len(keys)), label


def test_the_pk_pdf_prints_the_budget_description(demo_plans):
    """The PK's budget table, read back below its heading: each line's No,
    Program and Anggaran as described, then the bold "Jumlah" row."""
    from rakdesk.core.tables import pk as pk_tables
    from rakdesk.pdf import render_plan
    from tests.pdftext import squash

    label, plan, _ = next(t for t in demo_plans if t[1].kind == "PK")
    table = pk_tables.describe_budget(plan)
    body, heads, _ = printed_columns(plan, table, render_plan(plan), budget=True)
    *lines, total = table.rows
    assert len(lines) == 2, label
    for key in table.keys:
        assert body[key] == "".join(squash(row.cells[key]) for row in lines), (label, key)
    assert heads == [{"no": "No", "program": squash(f"PROGRAM{total.cells['program']}"),
                      "anggaran": squash(f"ANGGARAN{total.cells['anggaran']}")}], label


def test_copied_rows_hold_the_description_texts(demo_raks):
    """The clipboard repeats the sasaran and indikator on each row, writes
    weeks out and pelaksana as typed, and leaves out the NO column."""
    for label, plan, table in demo_raks:
        kegiatan = [k for s in plan.sasaran for i in s.indikator for k in i.kegiatan]
        copied = editing.parse_tsv(editing.rows_as_tsv(plan, kegiatan))
        keys = [k for k in table.keys if k != "no"]
        rows = [(r, row) for r, row in enumerate(table.rows) if row.kegiatan_id]
        whole = table.filled(whole=True)
        assert len(copied) == len(rows) == len(kegiatan), label
        for line, (r, row) in zip(copied, rows, strict=True):
            expected = dict(whole[r], pelaksana="; ".join(row.pelaksana))
            assert line == [expected[k] for k in keys], (label, r)
    _, plan, _ = next(t for t in demo_raks if t[1].granularity == "quarterly")
    first = editing.parse_tsv(editing.rows_as_tsv(plan, [plan.sasaran[0].indikator[0]
                                                         .kegiatan[0]]))[0]
    assert first[4:7] == ["Minggu ke 2 dan ke 3", f"{plan.tick_style}\nrapat pleno",
                          "Minggu ke 1 - 4\ntahap 1"]


def test_list_json_holds_the_description_texts(demo_plans):
    from rakdesk.core import plans as ops

    for label, plan, table in demo_plans:
        data = ops.plan_to_dict(plan)
        first = table.first_rows()
        periods = [c for c in table.columns if c.period]
        for sasaran in data["sasaran"]:
            row = table.rows[first[sasaran["id"]]]
            assert sasaran["text"] == row.cells["sasaran"], label
            for indikator in sasaran["indikator"]:
                row = table.rows[first[indikator["id"]]]
                assert indikator["text"] == row.cells["indikator"], label
                assert indikator["target"] == row.cells.get("target", ""), label
                for key in ("keterangan", "sumber_data"):
                    assert indikator.get(key, "") == row.cells.get(key, ""), label
                for kegiatan in indikator["kegiatan"]:
                    row = table.rows[first[kegiatan["id"]]]
                    assert kegiatan["text"] == row.cells["kegiatan"], label
                    assert kegiatan["pelaksana"] == list(row.pelaksana), label
                    whole = dict(row.cells, **row.whole)
                    assert kegiatan["schedule"] == {
                        plan.gran.label(c.period): whole[c.key] for c in periods
                        if whole[c.key]}, label
