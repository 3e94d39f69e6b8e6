"""A long plan in the grid: rows are measured as they come into view, so a plan
of hundreds of kegiatan opens without measuring them all, and every row still
shows its whole text once the user scrolls to it. Cells read with the plan show
what the file holds, and edits show at once."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from rakdesk.core import plans as ops  # noqa: E402
from rakdesk.core.schedule import TICK  # noqa: E402
from rakdesk.core.storage import create_workspace  # noqa: E402
from rakdesk.ui.plan_model import COL_KEGIATAN, period_key  # noqa: E402
from tests.gui import db, make_window  # noqa: E402

LONG = "Menyusun laporan pertanggungjawaban penggunaan anggaran tepat waktu " * 6
ROWS = 400
FAR = 350


@pytest.fixture
def long_plan(tmp_path):
    path = tmp_path / "panjang.sqlite"
    ws = create_workspace(path)
    with ws.session() as session:
        satker = ops.add_satker(session, name="KPU PANJANG")
        plan = ops.add_plan(session, satker, "RAK", 2025)
        for n in range(ROWS):
            if n % 40 == 0:
                sasaran = ops.add_sasaran(session, plan, f"Sasaran {n}")
            if n % 4 == 0:
                indikator = ops.add_indikator(session, sasaran, f"Indikator {n}", "100%")
            text = LONG if n in (2, FAR) else f"Kegiatan {n}"
            keg = ops.add_kegiatan(session, indikator, text, ["Subbag. Umum"])
            if n == FAR:
                ops.set_cell(session, keg, 3, TICK)
        session.commit()
    ws.close()
    return path


def test_rows_are_measured_when_they_come_into_view(qtbot, long_plan):
    window = make_window(qtbot, long_plan)
    grid, model = window.grid, window.model
    assert model.rowCount() == ROWS
    # Columns share the window's width, so a short row's pelaksana may take two
    # lines: a short row is as high as row 1, a row not measured is one line.
    short, one_line = grid.rowHeight(1), grid.verticalHeader().defaultSectionSize()
    assert grid.rowHeight(2) > 2 * short  # on screen: the long text has room
    assert grid.rowHeight(FAR) == one_line  # far below: not measured yet
    assert len(grid.rows_fitted()) < ROWS / 2

    grid.scrollTo(model.index(FAR, model.column(COL_KEGIATAN)))
    qtbot.waitUntil(lambda: grid.rowHeight(FAR) > 2 * short)
    assert grid.rowHeight(FAR - 1) == short  # a short row stays short


def test_cells_read_with_the_plan_show_the_file_and_follow_edits(qtbot, long_plan):
    window = make_window(qtbot, long_plan)
    grid, model = window.grid, window.model
    march, april = model.column(period_key(3)), model.column(period_key(4))
    assert model.index(FAR, march).data() == "✓"
    assert model.index(FAR, april).data() == ""
    assert model.index(FAR, model.columnCount() - 1).data() == "Subbag. Umum"

    grid.setFocus()
    grid.setCurrentIndex(model.index(FAR, april))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert model.index(FAR, april).data() == "✓"
    grid.setCurrentIndex(model.index(FAR, march))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert model.index(FAR, march).data() == ""
    assert db(long_plan, "SELECT period FROM schedule_cell") == [(4,)]

    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert model.index(FAR, march).data() == "✓"
    assert model.index(FAR, april).data() == ""
    assert db(long_plan, "SELECT period FROM schedule_cell") == [(3,)]


def test_opening_a_long_plan_reads_it_in_a_few_queries(qtbot, long_plan):
    """Opening a plan in the grid costs the same number of queries however
    many kegiatan it has: no query per row (the week-note check once loaded
    every kegiatan's cells one by one). Week notes still widen the months."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from rakdesk.core.schedule import Cell
    from rakdesk.ui import commands as cmd

    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        window = make_window(qtbot, long_plan)
    finally:
        event.remove(Engine, "before_cursor_execute", count)
    model = window.model
    plan_id = model.plan.id
    assert model.rowCount() == ROWS
    assert len(statements) < 40, statements[:50]
    assert not model.has_week_notes()

    march = model.column(period_key(3))
    narrow = window.grid.columnWidth(march)
    kegiatan_id = model.row_at(1).kegiatan.id
    window.doc.undo_stack.push(cmd.SetCellsCommand(
        window.doc, plan_id, {(kegiatan_id, 3): Cell(weeks=frozenset({2, 3}))}, "weeks"))
    assert model.has_week_notes()
    model.set_plan(plan_id)
    assert model.has_week_notes()
    assert window.grid.columnWidth(march) >= narrow
