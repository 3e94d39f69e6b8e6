"""A whole plan loads in a fixed number of queries: printing, the grid, Excel
export and ``rakdesk list`` never run a query per row (counted with a
SQLAlchemy event listener, never timed)."""

from contextlib import contextmanager

import pytest
from sqlalchemy import event, inspect

from rakdesk.core import loading
from rakdesk.core import plans as ops
from rakdesk.core.model import Plan
from rakdesk.core.schedule import TICK
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.pdf import render_plan


def make_plan(session, kegiatan: int) -> Plan:
    satker = ops.add_satker(session, name=f"KPU UJI {kegiatan}")
    ops.add_sub_unit(session, satker, "Subbag. Umum")
    official = ops.add_official(session, satker, "BUDI", "SEKRETARIS")
    plan = ops.add_plan(session, satker, "RAK", 2025, sign_place="Kota")
    plan.signatory = official
    for n in range(kegiatan):
        if n % 6 == 0:
            sasaran = ops.add_sasaran(session, plan, f"Sasaran {n}")
        if n % 3 == 0:
            indikator = ops.add_indikator(session, sasaran, f"Indikator {n}", "100%")
        keg = ops.add_kegiatan(session, indikator, f"Kegiatan {n}", ["Subbag. Umum", "Ketua"])
        ops.set_cell(session, keg, 1 + n % 12, TICK)
    return plan


@pytest.fixture
def workspace_file(tmp_path):
    path = tmp_path / "muat.sqlite"
    ws = create_workspace(path)
    with ws.session() as session:
        ids = {n: make_plan(session, n).id for n in (6, 60)}
        session.commit()
    ws.close()
    return path, ids


@contextmanager
def counting(ws):
    queries = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            queries.append(statement)

    event.listen(ws.engine, "before_cursor_execute", count)
    try:
        yield queries
    finally:
        event.remove(ws.engine, "before_cursor_execute", count)


def _walk(plan: Plan) -> int:
    """Touch every relation a printout or the grid reads; returns the cells seen."""
    seen = len(plan.satker.sub_units) + len(plan.satker.officials) + (plan.signatory is not None)
    for sasaran in plan.sasaran:
        for indikator in sasaran.indikator:
            for kegiatan in indikator.kegiatan:
                seen += len(kegiatan.cells) + len(kegiatan.pelaksana)
    return seen


def test_every_relation_is_loaded_and_queries_do_not_grow_with_rows(workspace_file):
    path, ids = workspace_file
    counts = {}
    with open_workspace(path, readonly=True) as ws:
        for n, plan_id in ids.items():
            with ws.session() as session, counting(ws) as queries:
                plan = loading.load_plan(session, plan_id)
                loaded = len(queries)
                assert _walk(plan) == 2 + 1 + n * 3  # units+officials, signatory, cells+pelaksana
                state = inspect(plan)
                assert {"sasaran", "satker", "signatory"}.isdisjoint(state.unloaded)
                kegiatan = plan.sasaran[-1].indikator[-1].kegiatan[-1]
                assert {"cells", "pelaksana"}.isdisjoint(inspect(kegiatan).unloaded)
                assert len(queries) == loaded, "walking the loaded plan ran queries"
                render_plan(plan)
                assert len(queries) == loaded, "printing the loaded plan ran queries"
                counts[n] = loaded
    assert counts[6] == counts[60] <= 10


def test_a_unique_id_prefix_loads_the_plan_and_an_unknown_one_is_refused(workspace_file):
    from rakdesk.errors import ValidationError

    path, ids = workspace_file
    with open_workspace(path, readonly=True) as ws, ws.session() as session:
        assert loading.load_plan(session, ids[60][:8], prefix=True).id == ids[60]
        with pytest.raises(ValidationError, match="tidak ada"):
            loading.load_plan(session, "zzzzzzzz", prefix=True)
        with pytest.raises(ValidationError):
            loading.load_plan(session, ids[60][:8])  # a prefix only when asked


def test_export_and_list_run_no_query_per_row(workspace_file, tmp_path):
    from rakdesk.xlsx import export_plan

    path, ids = workspace_file
    counts = {}
    with open_workspace(path, readonly=True) as ws:
        for n, plan_id in ids.items():
            with ws.session() as session, counting(ws) as queries:
                export_plan(loading.load_plan(session, plan_id), tmp_path / f"{n}.xlsx")
                counts[n] = len(queries)
        assert counts[6] == counts[60]
        with ws.session() as session, counting(ws) as queries:
            data = ops.workspace_to_dict(session, full=True)
        assert sorted(p["counts"]["kegiatan"] for s in data["satkers"] for p in s["plans"]) \
            == [6, 60]
        assert len(queries) <= 12  # one per level, not one per row (a lazy walk is ~250)
        with ws.session() as session, counting(ws) as queries:
            brief = ops.workspace_to_dict(session, full=False)
        assert [p["counts"] for s in brief["satkers"] for p in s["plans"]] == \
            [p["counts"] for s in data["satkers"] for p in s["plans"]]
        assert len(queries) <= 10


def test_a_plans_monitoring_loads_in_queries_that_do_not_grow_with_rows(workspace_file):
    """The Monitoring tab reads every indikator's realisasi and bukti dukung and
    every kegiatan's progress: loaded with the plan, not one query per row (a
    file's bytes stay on disk until it is opened)."""
    path, ids = workspace_file
    counts = {}
    with open_workspace(path, readonly=True) as ws:
        for n, plan_id in ids.items():
            with ws.session() as session, counting(ws) as queries:
                plan = loading.load_plan(session, plan_id, monitoring=True)
                loaded = len(queries)
                rows = sum(len(i.realisasi) + len(i.evidence)
                           + sum(len(k.progress) for k in i.kegiatan)
                           for s in plan.sasaran for i in s.indikator)
                assert rows == 0 and len(queries) == loaded, "walking the monitoring ran queries"
                counts[n] = loaded
    assert counts[6] == counts[60]
