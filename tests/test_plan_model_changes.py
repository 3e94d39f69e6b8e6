"""The grid repaints what an edit changed: a typed cell or a tick repaints the
rows that show it (dataChanged; a tick only its cell), without
resetting the model (the cursor, the selection and the row heights of a long
plan stay as they are); only rows added, removed or moved read the plan again
(modelReset)."""

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from rakdesk.ui.plan_model import COL_KEGIATAN, COL_SASARAN, period_key  # noqa: E402
from tests.gui import click_cell, db, focused  # noqa: E402


class Repaints:
    """What the model told its views."""

    def __init__(self, model):
        self.model = model
        self.changed: list[tuple[int, int, int, int]] = []
        self.resets = 0
        model.dataChanged.connect(lambda a, b, *_: self.changed.append(
            (a.row(), b.row(), a.column(), b.column())))
        model.modelReset.connect(self.count_reset)

    def count_reset(self):
        self.resets += 1

    def clear(self):
        self.changed, self.resets = [], 0


def schedule_columns(model) -> tuple[int, int]:
    """The first and last schedule column: what a tick repaints of a row."""
    periods = [c for c in range(model.columnCount()) if model.column_at(c).is_period]
    return periods[0], periods[-1]


def test_a_typed_cell_repaints_just_its_row(qtbot, kubu, demo_file):
    model = kubu.model
    seen = Repaints(model)
    kegiatan_id = model.row_at(2).kegiatan.id
    click_cell(qtbot, kubu, 2, COL_KEGIATAN)
    qtbot.keyClicks(kubu.grid, "R")  # typing opens the editor
    qtbot.keyClicks(focused(), "apat koordinasi baru")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert db(demo_file, "SELECT text FROM kegiatan WHERE id=?", kegiatan_id) == \
        [("Rapat koordinasi baru",)]
    assert seen.resets == 0
    assert seen.changed == [(2, 2, 0, model.columnCount() - 1)]
    assert model.row_at(2).kegiatan.text == "Rapat koordinasi baru"


def test_a_tick_repaints_its_cell_and_undo_repaints_it_again(qtbot, kubu):
    model = kubu.model
    march = model.column(period_key(3))
    row = next(r for r in range(model.rowCount())
               if not model.index(r, march).data() and model.row_at(r).kegiatan)
    kubu.grid.setCurrentIndex(model.index(row, march))
    seen = Repaints(model)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)
    assert model.index(row, march).data()  # ticked, as the grid shows it
    assert seen.changed == [(row, row, march, march)] and seen.resets == 0
    seen.clear()
    kubu.doc.undo_stack.undo()
    assert not model.index(row, march).data()
    assert seen.changed == [(row, row, march, march)] and seen.resets == 0


def test_a_sasaran_text_repaints_the_rows_it_spans(qtbot, kubu):
    model = kubu.model
    first = next(r for r in range(model.rowCount()) if model.row_at(r).sasaran_span > 1)
    span = model.row_at(first).sasaran_span
    click_cell(qtbot, kubu, first, COL_SASARAN)
    seen = Repaints(model)
    assert model.setData(model.index(first, model.column(COL_SASARAN)), "Sasaran baru")
    assert seen.changed == [(first, first + span - 1, 0, model.columnCount() - 1)]
    assert seen.resets == 0
    assert {model.index(r, model.column(COL_SASARAN)).data()
            for r in range(first, first + span)} == {"Sasaran baru"}


def test_inserting_a_row_resets_the_grid(qtbot, kubu):
    model = kubu.model
    rows = model.rowCount()
    click_cell(qtbot, kubu, 0, COL_KEGIATAN)
    seen = Repaints(model)
    kubu.plan_actions.insert_kegiatan()
    assert model.rowCount() == rows + 1 and seen.resets == 1
    seen.clear()
    kubu.doc.undo_stack.undo()
    assert model.rowCount() == rows and seen.resets == 1


def test_an_edit_of_another_plan_leaves_the_grid_alone(qtbot, kubu):
    from rakdesk.core import plans as ops
    from rakdesk.core.model import Kegiatan
    from rakdesk.ui import commands as cmd

    other = next(p for s in ops.all_satkers(kubu.doc.session) for p in s.plans
                 if p.id != kubu.model.plan.id and p.kind == "RAK")
    kegiatan = other.sasaran[0].indikator[0].kegiatan[0]
    seen = Repaints(kubu.model)
    assert kubu.doc.push(cmd.SetFieldCommand(kubu.doc, other.id, Kegiatan, kegiatan.id,
                                             "text", "Lain"))
    assert seen.changed == [] and seen.resets == 0


def test_ticking_two_rows_apart_repaints_those_two_cells_only(qtbot, kubu):
    """Ctrl+click two schedule cells far apart and press Space: one undo step,
    and the rows between them are not repainted."""
    model = kubu.model
    march = model.column(period_key(3))
    empty = [r for r in range(model.rowCount())
             if model.row_at(r).kegiatan and not model.index(r, march).data()]
    top, bottom = empty[0], next(r for r in empty if r > empty[0] + 5)
    click_cell(qtbot, kubu, top, period_key(3))
    kubu.doc.undo_stack.undo()  # the click ticked it; start from empty
    assert not model.index(top, march).data()
    click_cell(qtbot, kubu, bottom, period_key(3), Qt.KeyboardModifier.ControlModifier)
    kubu.doc.undo_stack.undo()
    kubu.grid.selectionModel().select(model.index(top, march),
                                      kubu.grid.selectionModel().SelectionFlag.Select)
    steps = kubu.doc.undo_stack.index()
    seen = Repaints(model)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)
    assert model.index(top, march).data() and model.index(bottom, march).data()
    assert kubu.doc.undo_stack.index() == steps + 1
    assert sorted(seen.changed) == [(top, top, march, march), (bottom, bottom, march, march)]
    assert seen.resets == 0
    kubu.doc.undo_stack.undo()  # one step takes both ticks back
    assert not model.index(top, march).data() and not model.index(bottom, march).data()


def test_ticking_many_cells_repaints_their_rows_schedule_columns(qtbot, kubu):
    """A range of more cells than are worth a signal each: the rows that show
    them are repainted over the schedule columns, and each cell shows its tick."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    model = kubu.model
    first, last = schedule_columns(model)
    rows = [r for r in range(model.rowCount()) if model.row_at(r).kegiatan][:2]
    assert rows[1] == rows[0] + 1
    kubu.grid.setCurrentIndex(model.index(rows[0], first))
    kubu.grid.selectionModel().select(
        QItemSelection(model.index(rows[0], first), model.index(rows[1], last)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    seen = Repaints(model)
    qtbot.keyClick(kubu.grid, Qt.Key.Key_Space)
    assert seen.changed == [(rows[0], rows[1], first, last)] and seen.resets == 0
    assert all(model.index(r, c).data() for r in rows for c in range(first, last + 1))
