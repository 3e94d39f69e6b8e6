import pytest
from sqlmodel import select

from rakdesk.core import model
from rakdesk.core import plans as ops
from rakdesk.core.schedule import TICK, Cell
from rakdesk.core.storage import create_workspace, open_workspace
from rakdesk.errors import ValidationError


@pytest.fixture
def workspace(tmp_path):
    ws = create_workspace(tmp_path / "w.sqlite")
    yield ws
    ws.close()


def small_plan(session):
    satker = ops.add_satker(session, name="SEKRETARIAT KPU KABUPATEN CONTOH", city="Contoh")
    ops.add_sub_unit(session, satker, "Subbag. Keuangan, Umum dan Logistik")
    plan = ops.add_plan(session, satker, "RAK", 2025, "monthly")
    s = ops.add_sasaran(session, plan, "Terwujudnya tata kelola")
    i = ops.add_indikator(session, s, "Persentase laporan tepat waktu", "87,5%")
    k = ops.add_kegiatan(session, i, "Menyusun laporan", ["Subbag. Keuangan, Umum dan Logistik",
                                                          "Tim Teknis"])
    return plan, k


def test_edits_are_saved_and_parsed(workspace):
    with workspace.session() as session:
        plan, k = small_plan(session)
        ops.set_cell(session, k, 2, TICK)
        ops.set_cell(session, k, 3, Cell(weeks={2, 3}))
        session.commit()
        plan_id = plan.id
    with open_workspace(workspace.path) as ws, ws.session() as session:
        plan = ops.get_plan(session, plan_id)
        data = ops.plan_to_dict(plan)
        ind = data["sasaran"][0]["indikator"][0]
        assert (ind["target"], ind["target_kind"], ind["target_value"]) == ("87,5%", "percent",
                                                                           "87.5")
        keg = ind["kegiatan"][0]
        assert keg["schedule"] == {"B2": "✓", "B3": "Minggu ke 2 dan ke 3"}
        assert keg["pelaksana"] == ["Subbag. Keuangan, Umum dan Logistik", "Tim Teknis"]
        linked = [p.sub_unit_id is not None for p in plan.sasaran[0].indikator[0].kegiatan[0]
                  .pelaksana]
        assert linked == [True, False]


def test_every_row_has_a_stable_uuid_and_modified_time(workspace):
    with workspace.session() as session:
        small_plan(session)
        session.commit()
        for table in (model.Satker, model.Plan, model.Sasaran, model.Indikator, model.Kegiatan,
                      model.Pelaksana, model.SubUnit):
            for row in session.exec(select(table)):
                assert len(row.id) == 36 and row.modified_at is not None


def test_schedule_period_outside_the_plan_is_refused(workspace):
    with workspace.session() as session:
        _, k = small_plan(session)
        with pytest.raises(ValidationError, match="Periode 13"):
            ops.set_cell(session, k, 13, TICK)


def test_monthly_to_quarterly_and_back_on_a_seed_plan(demo_file):
    with open_workspace(demo_file) as ws, ws.session() as session:
        plan = next(p for s in ops.all_satkers(session) for p in s.plans
                    if s.name.startswith("SEKRETARIAT KPU KABUPATEN KUBU") and p.kind == "RAK")
        keg = plan.sasaran[0].indikator[0].kegiatan[0]  # ticks B2 B4 B6 B8-B12
        assert sorted(keg.schedule()) == [2, 4, 6, 8, 9, 10, 11, 12]
        losses = ops.change_granularity(session, plan, "quarterly")
        session.commit()
        assert plan.granularity == "quarterly"
        assert sorted(keg.schedule()) == [1, 2, 3, 4]
        assert any("Melakukan revisi" in msg and "T1" in msg for msg in losses)
        # Full-year rows lose nothing: no message for them.
        full = plan.sasaran[1].indikator[0].kegiatan[0]
        assert not any(full.text[:40] in msg for msg in losses)
        ops.change_granularity(session, plan, "monthly")
        session.commit()
        assert sorted(full.schedule()) == list(range(1, 13))
        assert sorted(keg.schedule()) == list(range(1, 13))


def test_delete_leaves_tombstones_for_merging(workspace):
    with workspace.session() as session:
        plan, k = small_plan(session)
        ops.set_cell(session, k, 1, TICK)
        session.commit()
        sasaran = plan.sasaran[0]
        ids = {sasaran.id, sasaran.indikator[0].id, k.id}
        ops.delete_row(session, sasaran)
        session.commit()
        assert plan.sasaran == []
        dead = {t.id for t in session.exec(select(model.Tombstone))}
        assert ids <= dead
        assert session.exec(select(model.ScheduleCell)).all() == []


def test_insert_positions_renumber(workspace):
    with workspace.session() as session:
        plan, _ = small_plan(session)
        ops.add_sasaran(session, plan, "kedua")
        ops.add_sasaran(session, plan, "disisipkan", position=1)
        assert [s.text for s in plan.sasaran] == ["Terwujudnya tata kelola", "disisipkan", "kedua"]
        assert [s.position for s in plan.sasaran] == [0, 1, 2]


def test_official_nip_is_validated(workspace):
    with workspace.session() as session:
        satker = ops.add_satker(session, name="X")
        with pytest.raises(ValidationError):
            ops.add_official(session, satker, "A", "SEKRETARIS", nip="1234")
        o = ops.add_official(session, satker, "THOMAS DOHU, S.Hut", "SEKRETARIS",
                             nip="19680411 199303 1 009", acting="Plt.")
        plan = ops.add_plan(session, satker, "RAK", 2024, sign_office="KPU KABUPATEN X")
        plan.signatory = o
        sig = ops.signature_lines(plan)
        assert sig["heading"] == ["KPU KABUPATEN X", "Plt. SEKRETARIS,"]
        assert sig["nip"] == "NIP. 19680411 199303 1 009"
