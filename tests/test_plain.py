"""Printing reads a plan with sqlite3 alone (rakdesk.core.plain) and prints
exactly what it prints from the plan loaded through the ORM: the same PDF
bytes for every demo plan and monitoring report, every column and
relationship of the model present with the same values in the same order,
and a number of queries that does not grow with the plan."""

from __future__ import annotations

import pytest
from sqlmodel import SQLModel

from rakdesk.core import monitoring, plain
from rakdesk.core import plans as ops
from rakdesk.core.demo import write_demo
from rakdesk.core.loading import load_plan
from rakdesk.core.registry import ENTRIES
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.pdf import render_plan
from rakdesk.pdf.monitoring import render_report, report_names
from tests.test_loading import make_plan as loading_plan


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo with a row in every table: a PK's quarter targets, the PK
    finalised, and a final monitoring report of the Kubu Raya RAK."""
    from rakdesk.core import pk, report_revisions, revisions

    path = write_demo(tmp_path_factory.mktemp("plain") / "demo.sqlite")
    with open_workspace(path) as ws, ws.session() as session:
        plans = [p for s in ops.all_satkers(session) for p in s.plans]
        pk_plan = next(p for p in plans if p.kind == "PK")
        for quarter in (1, 2, 3, 4):
            pk.set_period_target(session, pk_plan.sasaran[0].indikator[0], quarter,
                                 f"{25 * quarter}%")
        revisions.finalize(session, pk_plan, render=render_plan)
        rak = next(p for p in plans if p.kind == "RAK" and p.satker is pk_plan.satker)
        report_revisions.finalize_report(session, rak, "tw1", render=render_report)
        session.commit()
    return path


def _mappers() -> dict[str, object]:
    """The model's mapped classes by table (the machinery's own tables left out)."""
    out = {}
    for mapper in SQLModel._sa_registry.mappers:
        table = mapper.local_table.name
        if mapper.class_ in ENTRIES:
            out[table] = mapper
    return out


def test_every_demo_plan_and_report_prints_the_same_bytes_as_through_the_orm(demo):
    expected, kinds = {}, set()
    with open_workspace(demo, readonly=True) as ws, ws.session() as session:
        ids = [p.id for s in ops.all_satkers(session) for p in s.plans]
        for plan_id in ids:
            plan = load_plan(session, plan_id)
            kinds.add(plan.kind)
            expected[plan_id] = render_plan(plan)
            for kind, _ in report_names(plan):
                expected[plan_id, kind] = render_report(plan, kind)
    assert kinds == {"RAK", "IKU", "PK", "SK"}
    assert any(isinstance(key, tuple) for key in expected), "the demo has monitoring reports"
    with plain.reading(demo) as session:
        for plan_id in ids:
            plan = session.plan(plan_id)
            assert type(plan).__module__ == "rakdesk.core.plain"
            assert render_plan(plan) == expected[plan_id], plan.kind
            for kind, _ in report_names(plan):
                assert render_report(plan, kind) == expected[plan_id, kind], kind


def test_the_plain_links_are_the_models_relationships():
    """A relationship added to the model without its plain link fails here."""
    declared = {(link[0], link[1]): ("many", link[2], link[3], link[5]) for link in plain.LISTS}
    declared |= {(link[2], link[4]): ("one", link[0], link[3], ()) for link in plain.LISTS}
    declared |= {(r[0], r[1]): ("one", r[3], r[2], ()) for r in plain.REFERENCES}
    mappers = _mappers()
    assert set(mappers) == set(plain.TABLES)
    found = {}
    for table, mapper in mappers.items():
        assert mapper.class_.__name__ == plain.class_name(table)
        for rel in mapper.relationships:
            target = rel.mapper.local_table.name
            if rel.uselist:
                (key,) = [c.name for c in rel.remote_side]
                order = tuple(c.name for c in rel.order_by or ())
                found[table, rel.key] = ("many", target, key, order)
            else:
                (key,) = [c.name for c in rel.local_columns]
                found[table, rel.key] = ("one", target, key, ())
    assert found == declared


def test_plain_rows_have_every_column_and_relationship_with_the_orms_values(demo):
    """Walk every row a demo plan reaches (its satker, the satker's other plans,
    officials, revisions...) through the ORM and the plain session side by side."""
    mappers = _mappers()
    with open_workspace(demo, readonly=True) as ws, ws.session() as orm_session, \
            plain.reading(demo) as session:
        seen: set[tuple[str, str]] = set()
        counted: dict[str, int] = {}

        def same(orm, row) -> None:
            mapper = mappers[type(orm).__tablename__]
            if (mapper.local_table.name, orm.id) in seen:
                return
            seen.add((mapper.local_table.name, orm.id))
            counted[mapper.local_table.name] = counted.get(mapper.local_table.name, 0) + 1
            assert type(row).__name__ == type(orm).__name__
            for column in mapper.columns:
                mine, theirs = getattr(row, column.key), getattr(orm, column.key)
                assert (type(mine), mine) == (type(theirs), theirs), column
            for rel in mapper.relationships:
                mine, theirs = getattr(row, rel.key), getattr(orm, rel.key)
                if rel.uselist:
                    assert [r.id for r in mine] == [r.id for r in theirs], rel
                    for a, b in zip(theirs, mine, strict=True):
                        same(a, b)
                elif theirs is None:
                    assert mine is None, rel
                else:
                    assert mine.id == theirs.id, rel
                    same(theirs, mine)

        for satker in ops.all_satkers(orm_session):
            for plan in satker.plans:
                same(load_plan(orm_session, plan.id, monitoring=True), session.plan(plan.id))
        assert set(counted) == set(plain.TABLES), "the demo holds a row of every table"


def test_a_row_is_one_object_and_computed_fields_come_from_the_model(demo):
    with plain.reading(demo) as session:
        sk = next(p for s in session.all_satkers() for p in s.plans if p.kind == "SK")
        member = sk.decree.teams[0].members[0]
        assert member.official in sk.satker.officials
        assert member.name == member.official.name and member.printed_jabatan
        assert sk.decree.section("diktum") and sk.gran.periods in (4, 12)
        rak = next(p for s in session.all_satkers() for p in s.plans if p.kind == "RAK")
        assert rak.signatory is None or rak.signatory in rak.satker.officials
        assert any(k.schedule() for s in rak.sasaran for i in s.indikator for k in i.kegiatan)
        with pytest.raises(AttributeError):
            rak.no_such_field  # noqa: B018


def _plan(session, kegiatan: int):
    """test_loading's plan, with a realisasi per indikator and progress per kegiatan."""
    plan = loading_plan(session, kegiatan)
    session.flush()
    for sasaran in plan.sasaran:
        for indikator in sasaran.indikator:
            monitoring.set_realisasi(session, indikator, 1, value="90%", kendala="Hujan")
            for keg in indikator.kegiatan:
                monitoring.set_progress(session, keg, 1, "terlaksana")
    return plan


def test_queries_do_not_grow_with_the_plan(tmp_path):
    path = tmp_path / "muat.sqlite"
    ws = create_workspace(path)
    with ws.session() as session:
        ids = {n: _plan(session, n).id for n in (6, 90)}
        session.commit()
    ws.close()
    counts, pages = {}, {}
    for n, plan_id in ids.items():
        with plain.reading(path) as session:
            queries = []
            session.con.set_trace_callback(queries.append)
            plan = session.plan(plan_id)
            pages[n] = render_plan(plan).count(b"/Type /Page\n") + len(render_report(plan, "tw1"))
            assert sum(len(k.cells) + len(k.pelaksana) + len(k.progress)
                       for s in plan.sasaran for i in s.indikator for k in i.kegiatan) == n * 4
            assert sum(len(i.realisasi) for s in plan.sasaran for i in s.indikator) == n // 3
            counts[n] = len(queries)
    assert counts[6] == counts[90], counts
    assert counts[6] < 40, counts


def test_an_unknown_plan_and_a_short_prefix_are_named(demo):
    from rakdesk.errors import ValidationError

    with plain.reading(demo) as session:
        rak = next(p for s in session.all_satkers() for p in s.plans if p.kind == "RAK")
        assert session.plan(rak.id[:8], prefix=True) is rak
        with pytest.raises(ValidationError, match="tidak ada"):
            session.plan(rak.id[:3], prefix=True)
        with pytest.raises(ValidationError, match="tidak ada"):
            session.plan("zzzzzzzz", prefix=True)


def test_render_prints_a_final_plan_and_a_final_report_as_stored(demo, run_cli, tmp_path):
    """The command reads the file without the ORM and still writes the stored
    revision byte for byte, or the plan as it is now with --draft."""
    with open_workspace(demo, readonly=True) as ws, ws.session() as session:
        plans = [p for s in ops.all_satkers(session) for p in s.plans]
        pk_plan = next(p for p in plans if p.kind == "PK")
        rak = next(p for p in plans if p.kind == "RAK" and p.satker is pk_plan.satker)
        stored_pk = pk_plan.revisions[-1].pdf
        stored_report = next(r for r in rak.revisions if r.report == "tw1").pdf
        draft = render_plan(load_plan(session, pk_plan.id))
        pk_id, rak_id = pk_plan.id, rak.id
    code, out, err = run_cli("render", demo, "--plan", pk_id[:8], "-o", tmp_path / "pk.pdf")
    assert (code, err) == (0, "") and "revisi final ke-1" in out
    assert (tmp_path / "pk.pdf").read_bytes() == stored_pk
    code, out, err = run_cli("render", demo, "--plan", pk_id, "--draft", "-o", tmp_path / "d.pdf")
    assert (code, err) == (0, "") and "draf" in out
    assert (tmp_path / "d.pdf").read_bytes() == draft
    code, out, err = run_cli("render", demo, "--plan", rak_id, "--report", "tw1", "-o",
                             tmp_path / "tw1.pdf")
    assert (code, err) == (0, "") and "revisi final ke-1" in out
    assert (tmp_path / "tw1.pdf").read_bytes() == stored_report
