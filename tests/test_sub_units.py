"""Sub-units as the Pelaksana column uses them, in the core (no window): the
names offered while typing, near-duplicates found, and merged into one."""

from sqlmodel import select

from rakdesk.core import plans as ops
from rakdesk.core.model import Pelaksana, SubUnit
from rakdesk.core.sub_units import (
    merge_sub_units,
    name_key,
    near_duplicates,
    pelaksana_choices,
)

KEEP = "Subbag. Keuangan, Umum dan Logistik"
VARIANTS = ["Subbag. Keuangan, Umum, dan Logistik", "Subbag. Keuangan. Umum, dan Logistik"]


def test_spellings_of_one_sub_unit_share_a_key():
    assert {name_key(n) for n in [KEEP, *VARIANTS]} == {"subbag keuangan umum dan logistik"}
    assert name_key("Divisi Perencanaan Dan Data") == name_key("Divisi Perencanaan dan Data")
    assert name_key("Divisi Hukum") != name_key("Divisi Teknis")


def test_near_duplicates_of_the_demo(kubu_plan):
    _, plan = kubu_plan
    groups = [sorted(u.name for u in g) for g in near_duplicates(plan.satker)]
    assert sorted([KEEP, *VARIANTS]) in groups
    assert ["Subbag. Perencanaan data dan informasi",
            "Subbag. Perencanaan, data dan informasi"] in groups
    assert len(groups) == 2


def test_merge_renames_every_kegiatan_and_deletes_the_others(kubu_plan):
    session, plan = kubu_plan
    satker = plan.satker
    units = {u.name: u for u in satker.sub_units}
    every = [k for s in plan.sasaran for i in s.indikator for k in i.kegiatan]
    naming = [k for k in every if any(p.name in VARIANTS for p in k.pelaksana)]
    assert naming, "the demo names the variants"
    # One kegiatan names the kept unit and a variant: it names it once afterwards.
    ops.set_pelaksana(session, naming[0], [VARIANTS[0], KEEP, "Subbagian Hukum dan SDM"])
    result = merge_sub_units(session, units[KEEP], [units[n] for n in VARIANTS])
    session.commit()
    assert [u.name for u in satker.sub_units].count(KEEP) == 1
    assert not set(VARIANTS) & {u.name for u in satker.sub_units}
    assert [u.position for u in satker.sub_units] == list(range(len(satker.sub_units)))
    names = {p.name for k in every for p in k.pelaksana}
    assert KEEP in names and not set(VARIANTS) & names
    assert [p.name for p in naming[0].pelaksana] == [KEEP, "Subbagian Hukum dan SDM"]
    assert all(p.sub_unit_id == units[KEEP].id
               for p in session.exec(select(Pelaksana).where(Pelaksana.name == KEEP)))
    assert set(result["pelaksana"]) == {k.id for k in naming}
    assert result["pelaksana"][naming[0].id][0] == VARIANTS[0]
    assert session.exec(select(SubUnit).where(SubUnit.name.in_(VARIANTS))).all() == []


def test_merge_leaves_final_plans_as_printed(kubu_plan):
    session, plan = kubu_plan
    units = {u.name: u for u in plan.satker.sub_units}
    plan.status = "final"
    result = merge_sub_units(session, units[KEEP], [units[VARIANTS[0]]])
    assert result["final_plans"] == 1 and result["pelaksana"] == {}
    every = [p.name for s in plan.sasaran for i in s.indikator for k in i.kegiatan
             for p in k.pelaksana]
    assert VARIANTS[0] in every


def test_choices_are_the_sub_units_then_names_typed_before(kubu_plan):
    session, plan = kubu_plan
    k1, k2 = [k for s in plan.sasaran for i in s.indikator for k in i.kegiatan][:2]
    ops.set_pelaksana(session, k1, ["Tim Reformasi Birokrasi", "Sekretaris"])
    ops.set_pelaksana(session, k2, ["Tim Reformasi Birokrasi"])
    choices = pelaksana_choices(plan.satker)
    units = [u.name for u in plan.satker.sub_units]
    assert choices[:len(units)] == units
    assert choices[len(units):] == ["Tim Reformasi Birokrasi", "Sekretaris"]
    assert pelaksana_choices(None) == []
