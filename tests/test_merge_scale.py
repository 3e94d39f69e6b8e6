"""A copy that adds many kegiatan (issue 13): they come in in their order, and
the merge's work grows with the rows, not with their square: the number of
SQL statements it runs does not depend on how many kegiatan were added."""

from __future__ import annotations

import shutil

from sqlalchemy import event

from rakdesk.core import merge, storage
from rakdesk.core import plans as ops
from rakdesk.core.schedule import Cell
from tests.test_merge import edit, kubu


def copy_adding(demo_file, tmp_path, n: int):
    """A copy of the demo with ``n`` kegiatan added at the end of one indikator."""
    into = tmp_path / f"into-{n}.sqlite"
    other = tmp_path / f"subunit-{n}.sqlite"
    shutil.copyfile(demo_file, into)
    shutil.copyfile(demo_file, other)
    with edit(other) as session:
        indikator = kubu(session).sasaran[0].indikator[0]
        for k in range(n):
            kegiatan = ops.add_kegiatan(session, indikator, f"Tambahan {k}", ["Subbag Umum"])
            ops.set_cell(session, kegiatan, 1 + k % 12, Cell(ticked=True))
        indikator_id = indikator.id
    return into, other, indikator_id


def merged_counting_statements(into, other) -> tuple[int, merge.Summary]:
    workspace = storage.open_workspace(into)
    statements = []
    event.listen(workspace.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(sql))
    try:
        with workspace.session() as session:
            planned = merge.prepare(session, other, into=into)
            statements.clear()  # reading both files: a fixed number of queries
            summary = merge.apply(session, planned)
            session.commit()
    finally:
        workspace.close()
    return len(statements), summary


def test_added_kegiatan_come_in_in_their_order(demo_file, tmp_path):
    into, other, indikator_id = copy_adding(demo_file, tmp_path, 4)
    with edit(other) as session:
        expected = [k.text for k in kubu(session).sasaran[0].indikator[0].kegiatan]
    merge.merge_files(into, other)
    with edit(into) as session:
        kegiatan = kubu(session).sasaran[0].indikator[0].kegiatan
        assert [k.text for k in kegiatan] == expected
        assert [k.position for k in kegiatan] == list(range(len(expected)))
        assert [k.schedule()[1 + n % 12].ticked for n, k in enumerate(kegiatan[-4:])] == [
            True] * 4


def test_merging_added_kegiatan_runs_no_query_per_row(demo_file, tmp_path):
    few, few_summary = merged_counting_statements(*copy_adding(demo_file, tmp_path, 5)[:2])
    many, many_summary = merged_counting_statements(*copy_adding(demo_file, tmp_path, 60)[:2])
    assert few_summary.added["kegiatan"] == 5 and many_summary.added["kegiatan"] == 60
    # 55 more kegiatan (with their cells and pelaksana) would add at least 55 statements
    # if any were read or written one by one; one-off work (a cache the first merge in
    # the process fills) may differ by a few between the two runs.
    assert abs(many - few) <= 10, (few, many)
