"""Space on a schedule cell: the tick is in the file (committed, versioned for
merging) when the key press returns, undo and redo put the file back, and
the keystroke runs only the statements of its own write: nothing is read back
and the other views follow in the next turn of the event loop."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rakdesk.core import history  # noqa: E402
from rakdesk.ui.plan_model import period_key  # noqa: E402
from tests.gui import db  # noqa: E402

MARCH = 3


def empty_march_row(window) -> int:
    model = window.model
    column = model.column(period_key(MARCH))
    return next(r for r in range(model.rowCount())
                if model.row_at(r).kegiatan and not model.index(r, column).data())


def on_disk(path, kegiatan_id):
    """The March cell, its version and how many versions it had, as the file says."""
    key = history.cell_key(kegiatan_id, MARCH)
    cells = db(path, "SELECT ticked, weeks, note FROM schedule_cell "
                     "WHERE kegiatan_id=? AND period=?", kegiatan_id, MARCH)
    version = db(path, "SELECT content FROM row_version WHERE key=?", key)
    revs = db(path, "SELECT count(*) FROM row_history WHERE key=?", key)[0][0]
    return cells, version, revs


def test_a_tick_is_on_disk_and_versioned_when_space_returns(qtbot, kubu, demo_file):
    model = kubu.model
    row = empty_march_row(kubu)
    kegiatan_id = model.row_at(row).kegiatan.id
    kubu.grid.setCurrentIndex(model.index(row, model.column(period_key(MARCH))))
    assert on_disk(demo_file, kegiatan_id)[0] == []
    _, _, revs = on_disk(demo_file, kegiatan_id)

    qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)  # no event loop turn after it
    cells, version, now = on_disk(demo_file, kegiatan_id)
    assert cells == [(1, "", "")]
    assert version == [(history.cell_content((True, "", "")),)]
    assert now == revs + 1  # a new version a merge can tell from the old one

    kubu.doc.undo_stack.undo()
    cells, version, now = on_disk(demo_file, kegiatan_id)
    assert cells == [] and version == [(history.EMPTY_CELL,)] and now == revs + 2
    assert db(demo_file, "SELECT count(*) FROM tombstone WHERE table_name='schedule_cell'")[0][0]
    kubu.doc.undo_stack.redo()
    assert on_disk(demo_file, kegiatan_id)[0] == [(1, "", "")]
    assert model.index(row, model.column(period_key(MARCH))).data()


def test_a_tick_runs_only_its_own_statements(qtbot, kubu):
    """The write, its version and history, and nothing read back: not the
    kegiatan's cells, not the plan, not one query per row."""
    model = kubu.model
    column = model.column(period_key(MARCH))
    row = empty_march_row(kubu)
    kubu.grid.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)  # once per connection: does it keep versions?
    kubu.doc.undo_stack.undo()
    QApplication.processEvents()
    statements: list[str] = []
    raw = kubu.doc.session.connection().connection.driver_connection
    kubu.doc.session.commit()
    raw.set_trace_callback(statements.append)
    try:
        qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)
        during = [s for s in statements if s.split()[0] not in ("BEGIN", "COMMIT")]
        statements.clear()
        QApplication.processEvents()  # the views follow the tick
        after = list(statements)
    finally:
        raw.set_trace_callback(None)
    assert len(during) <= 5, during
    tables = ("schedule_cell", "row_version", "row_history", "kegiatan")
    assert all(any(t in s for t in tables) for s in during), during
    assert not any('FROM "plan"' in s or "FROM plan" in s for s in during + after)
    assert not any("FROM schedule_cell WHERE kegiatan_id IN" in s for s in during + after)
    assert model.index(row, column).data()  # the grid shows it


def test_the_other_views_hear_of_a_tick_in_the_next_event_loop_turn(qtbot, kubu):
    model = kubu.model
    column = model.column(period_key(MARCH))
    row = empty_march_row(kubu)
    kegiatan_id = model.row_at(row).kegiatan.id
    kubu.actions_by_name["preview"].trigger()  # the live preview is shown
    qtbot.waitUntil(kubu.live_preview.isVisible)
    kubu.grid.setCurrentIndex(model.index(row, column))
    kubu.live_preview.timer.stop()
    with qtbot.waitSignal(kubu.doc.sig_changed) as heard:
        qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)
        assert model.index(row, column).data()  # the grid at once
    assert heard.args[0].rows_of(model.plan.id) == {kegiatan_id}
    assert kubu.live_preview.timer.isActive()  # the print preview is drawn again
    assert kubu.properties.row == row  # the panel still shows the row's texts
    said = kubu.doc.undo_stack.undoText()
    qtbot.waitUntil(lambda: kubu.undo_action.text().replace("&", "").endswith(said))


def test_a_tick_that_fails_after_writing_leaves_nothing_behind(qtbot, kubu, demo_file):
    """The tick's statements run beside the session: a failure after them is
    rolled back there too, and the next edit commits only itself."""
    from rakdesk.core.operations import edits
    from rakdesk.core.schedule import TICK, Cell
    from rakdesk.errors import RakdeskError

    model, doc = kubu.model, kubu.doc
    row = empty_march_row(kubu)
    kegiatan_id = model.row_at(row).kegiatan.id
    key = (kegiatan_id, MARCH)
    doc.session.commit()  # nothing open: the tick takes the path beside the session

    def tick_then_fail(session):
        edits.set_cells(session, model.plan.id, {key: TICK}, old={key: Cell()})
        assert not session.in_transaction()  # written beside the session
        raise OSError("disk full")

    with pytest.raises(RakdeskError, match="disk full"):
        doc.apply(tick_then_fail)
    assert on_disk(demo_file, kegiatan_id)[0] == []
    other = model.row_at(next(r for r in range(row + 1, model.rowCount())
                              if model.row_at(r).kegiatan)).kegiatan.id
    doc.apply(lambda session: edits.set_cells(session, model.plan.id, {(other, 5): TICK},
                                              old={(other, 5): model.schedule_of(other)
                                                   .get(5, Cell())}))
    assert on_disk(demo_file, kegiatan_id)[0] == []  # still not there
    assert db(demo_file, "SELECT ticked FROM schedule_cell WHERE kegiatan_id=? AND period=5",
              other) == [(1,)]
