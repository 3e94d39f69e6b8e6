"""The named operations behind every edit in the window, without Qt: each
changes the file, says what it changed, and hands back what its inverse needs."""

from __future__ import annotations

import re
import sqlite3

from rakdesk.core import history
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.operations import OpChanges, edits, rows, workspace
from rakdesk.core.outline import read_outline, read_rows
from rakdesk.core.schedule import TICK, Cell


def first_kegiatan(plan):
    return plan.sasaran[0].indikator[0].kegiatan[0]


def test_a_typed_text_names_its_row_not_the_structure(kubu_plan):
    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    old_text = kegiatan.text
    changes = edits.set_text(session, Kegiatan, kegiatan.id, "text", "Rapat baru")
    session.commit()
    assert changes.rows_of(plan.id) == {kegiatan.id}
    assert not changes.is_structural(plan.id) and not changes.workspace
    assert changes.undo == old_text
    back = edits.set_text(session, Kegiatan, kegiatan.id, "text", changes.undo)
    session.commit()
    assert back.rows_of(plan.id) == {kegiatan.id}
    assert read_rows(session, [kegiatan.id]).kegiatan[kegiatan.id].text == old_text


def test_a_sasaran_text_names_the_sasaran(kubu_plan):
    session, plan = kubu_plan
    sasaran = plan.sasaran[1]
    changes = edits.set_text(session, Sasaran, sasaran.id, "text", "Sasaran baru")
    assert changes.rows_of(plan.id) == {sasaran.id}


def test_cells_keep_their_old_values_and_record_a_version(kubu_plan, demo_file):
    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    before = kegiatan.schedule()
    period = next(p for p in range(1, 13) if p not in before)
    changes = edits.set_cells(session, plan.id, {(kegiatan.id, period): TICK})
    session.commit()
    assert changes.rows_of(plan.id) == {kegiatan.id} and not changes.structure
    assert changes.undo == {(kegiatan.id, period): Cell()}
    key = history.cell_key(kegiatan.id, period)
    con = sqlite3.connect(demo_file)
    content = con.execute("SELECT content FROM row_version WHERE key=?", (key,)).fetchone()
    assert content == (history.cell_content((True, "", "")),)
    edits.set_cells(session, plan.id, changes.undo)
    session.commit()
    assert read_outline(session, plan.id).cells.get(kegiatan.id, {}) == before
    revs = con.execute("SELECT count(*) FROM row_history WHERE key=?", (key,)).fetchone()
    assert revs == (2,)  # ticked, then empty again: two versions a merge can tell apart
    con.close()


def test_cells_take_the_old_value_the_caller_knows(kubu_plan):
    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    shown = {(kegiatan.id, 5): Cell(note="as shown")}
    changes = edits.set_cells(session, plan.id, {(kegiatan.id, 5): TICK}, old=shown)
    assert changes.undo == shown


def test_pelaksana_names_the_kegiatan(kubu_plan):
    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    old = [p.name for p in kegiatan.pelaksana]
    changes = edits.set_pelaksana(session, kegiatan.id, ["Subbagian Umum"])
    session.commit()
    assert changes.rows_of(plan.id) == {kegiatan.id} and changes.undo == old
    assert read_rows(session, [kegiatan.id]).pelaksana[kegiatan.id] == ["Subbagian Umum"]


def test_inserted_rows_come_back_with_the_same_ids(kubu_plan):
    session, plan = kubu_plan
    indikator = plan.sasaran[0].indikator[0]
    count = len(indikator.kegiatan)
    changes = rows.insert_kegiatan(session, indikator.id, 1, text="Baru")
    session.commit()
    assert changes.is_structural(plan.id) and not changes.rows
    made = changes.undo
    new_id = made.focus
    assert [k.id for k in indikator.kegiatan][1] == new_id
    assert rows.remove_created(session, made).is_structural(plan.id)
    session.commit()
    assert session.get(Kegiatan, new_id) is None and len(indikator.kegiatan) == count
    rows.redo_created(session, made)
    session.commit()
    assert [k.id for k in indikator.kegiatan][1] == new_id
    assert session.get(Kegiatan, new_id).text == "Baru"


def test_a_new_sasaran_of_a_rak_has_an_indikator_and_a_kegiatan(kubu_plan):
    session, plan = kubu_plan
    made = rows.insert_sasaran(session, plan.id, 0).undo
    session.commit()
    sasaran = session.get(Sasaran, made.focus)
    assert plan.sasaran[0] is sasaran
    assert len(sasaran.indikator) == 1 and len(sasaran.indikator[0].kegiatan) == 1


def test_typing_beside_a_sasaran_without_indikator_makes_one(kubu_plan):
    session, plan = kubu_plan
    sasaran_id = rows.insert_sasaran(session, plan.id).undo.focus
    session.get(Sasaran, sasaran_id).indikator.clear()
    session.commit()
    made = rows.type_new_indikator(session, sasaran_id, "target", "90%").undo
    session.commit()
    indikator = session.get(Indikator, made.focus)
    assert indikator.target == "90%" and indikator.target_kind == "percent"
    assert indikator.kegiatan == []


def test_deleted_rows_come_back_in_their_place(kubu_plan):
    session, plan = kubu_plan
    sasaran = plan.sasaran[1]
    order = [s.id for s in plan.sasaran]
    changes = rows.delete_rows(session, [(Sasaran, sasaran.id)])
    session.commit()
    assert changes.is_structural(plan.id)
    assert sasaran.id not in [s.id for s in plan.sasaran]
    assert rows.undelete_rows(session, changes.undo).is_structural(plan.id)
    session.commit()
    assert [s.id for s in plan.sasaran] == order


def test_a_move_past_the_end_changes_nothing(kubu_plan):
    session, plan = kubu_plan
    first = plan.sasaran[0]
    assert rows.move_row(session, Sasaran, first.id, -1) is None
    changes = rows.move_row(session, Sasaran, first.id, 1)
    assert changes.is_structural(plan.id)
    assert plan.sasaran[1] is first


def test_paste_makes_rows_under_the_cursor(kubu_plan):
    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    pasted = [["", "", "", "Tempel", "v", *[""] * 11, "Sekretaris"]]
    changes = rows.paste_rows(session, plan.id, pasted, after=(Kegiatan, kegiatan.id))
    session.commit()
    made = session.get(Kegiatan, changes.undo.focus)
    assert made.indikator_id == kegiatan.indikator_id and made.text == "Tempel"
    assert 1 in made.schedule() and [p.name for p in made.pelaksana] == ["Sekretaris"]


def test_months_to_quarters_and_back(kubu_plan):
    session, plan = kubu_plan
    before = read_outline(session, plan.id).cells
    changes = edits.set_granularity(session, plan.id, "quarterly")
    session.commit()
    assert changes.is_structural(plan.id) and plan.granularity == "quarterly"
    edits.restore_granularity(session, plan.id, changes.undo)
    session.commit()
    assert plan.granularity == "monthly"
    assert read_outline(session, plan.id).cells == before


def test_plan_attributes_change_its_columns_and_the_tree(kubu_plan):
    session, plan = kubu_plan
    old = plan.sasaran_header
    changes = edits.set_attributes(session, Plan, plan.id, {"sasaran_header": "TUJUAN"},
                                   plan.id)
    assert changes.is_structural(plan.id) and changes.workspace
    assert changes.undo == {"sasaran_header": old} and plan.sasaran_header == "TUJUAN"
    satker = edits.set_attributes(session, type(plan.satker), plan.satker_id, {"city": "X"})
    assert satker.workspace and not satker.structure


def test_workspace_operations_change_the_tree_only(kubu_plan):
    session, plan = kubu_plan
    changes = workspace.add_sub_units(session, plan.satker_id, ["Tim Baru", "Tim Baru"])
    session.commit()
    assert changes.workspace and not changes.plan_ids
    assert len(changes.undo.made) == 1  # the same name once
    copy = workspace.copy_plan_to_next_year(session, plan.id)
    session.commit()
    new_plan = session.get(Plan, copy.undo.focus)
    assert new_plan.year == plan.year + 1 and copy.workspace


def test_changes_combine():
    a = OpChanges.cells("p1", ["k1"], undo="a")
    b = OpChanges.cells("p1", ["k2"]) | OpChanges.structural("p2")
    both = a | b
    assert both.rows_of("p1") == {"k1", "k2"} and both.is_structural("p2")
    assert both.undo == "a" and both.plan_ids == {"p1", "p2"}
    assert not both.is_structural("p1") and not both.workspace
    assert OpChanges().empty and OpChanges.everything().is_structural("any")


def test_the_outline_matches_the_loaded_plan(kubu_plan):
    session, plan = kubu_plan
    outline = read_outline(session, plan.id)
    assert [s.id for s in outline.sasaran] == [s.id for s in plan.sasaran]
    for s in plan.sasaran:
        assert [i.id for i in outline.indikator[s.id]] == [i.id for i in s.indikator]
        for i in s.indikator:
            got = outline.kegiatan.get(i.id, [])
            assert [(k.id, k.text, k.index) for k in got] == \
                [(k.id, k.text, n) for n, k in enumerate(i.kegiatan)]
            for k in i.kegiatan:
                assert outline.cells.get(k.id, {}) == k.schedule()
                assert outline.pelaksana.get(k.id, []) == [p.name for p in k.pelaksana]


def test_a_tick_the_grid_knows_is_written_as_the_orm_would(kubu_plan, demo_file):
    """The toggle path writes in plain SQL: the same rows, tombstone and
    versions as the ORM path, and no stale cell left in the session."""
    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    shown = kegiatan.schedule()  # loaded: the session now holds its cells
    period = next(p for p in range(1, 13) if p not in shown)
    key = (kegiatan.id, period)
    week = Cell(weeks=frozenset({2, 4}), note="rapat")
    changes = edits.set_cells(session, plan.id, {key: week}, old={key: Cell()})
    session.commit()
    assert changes.rows_of(plan.id) == {kegiatan.id} and changes.undo == {key: Cell()}
    assert kegiatan.schedule()[period] == week  # read again, not the stale collection
    con = sqlite3.connect(demo_file)
    assert con.execute("SELECT ticked, weeks, note FROM schedule_cell WHERE kegiatan_id=? "
                       "AND period=?", key).fetchall() == [(1, "24", "rapat")]
    stamp = con.execute("SELECT modified_at FROM schedule_cell WHERE kegiatan_id=? AND period=?",
                        key).fetchone()[0]  # as SQLAlchemy writes a DATETIME
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", stamp), stamp
    stored = con.execute("SELECT content FROM row_version WHERE key=?",
                         (history.cell_key(*key),)).fetchone()[0]
    assert stored == history.cell_content((True, "24", "rapat"))  # as read back after a flush
    cell_id = con.execute("SELECT id FROM schedule_cell WHERE kegiatan_id=? AND period=?",
                          key).fetchone()[0]
    edits.set_cells(session, plan.id, {key: Cell()}, old={key: week})
    session.commit()
    assert period not in kegiatan.schedule()
    assert con.execute("SELECT table_name FROM tombstone WHERE id=?", (cell_id,)).fetchall() \
        == [("schedule_cell",)]
    assert con.execute("SELECT count(*) FROM row_history WHERE key=?",
                       (history.cell_key(*key),)).fetchone() == (2,)
    con.close()


def test_the_toggle_path_refuses_what_the_orm_path_refuses(kubu_plan):
    import pytest

    from rakdesk.errors import ValidationError

    session, plan = kubu_plan
    kegiatan = first_kegiatan(plan)
    with pytest.raises(ValidationError, match="Periode 13"):
        edits.set_cells(session, plan.id, {(kegiatan.id, 13): TICK},
                        old={(kegiatan.id, 13): Cell()})
    session.rollback()
    plan.status = "final"
    with pytest.raises(ValidationError, match="final"):
        edits.set_cells(session, plan.id, {(kegiatan.id, 2): TICK},
                        old={(kegiatan.id, 2): Cell()})
