"""Perjanjian Kinerja in the core: a RAK from its PK and back, where the two
disagree and making them equal, budgets in exact rupiah, the next year, and
two copies with PK edits merged."""

from __future__ import annotations

import shutil

import pytest

from rakdesk.core import merge, storage
from rakdesk.core import pk as core
from rakdesk.core import plans as ops
from rakdesk.core.model import Plan, Satker
from rakdesk.errors import ValidationError
from tests.files import edit

KUBU = "SEKRETARIAT KPU KABUPATEN KUBU RAYA"



def satker_of(session, name=KUBU) -> Satker:
    return next(s for s in ops.all_satkers(session) if s.name == name)


def plan_of(session, kind: str, year: int = 2024, name=KUBU) -> Plan:
    return next(p for p in satker_of(session, name).plans if p.kind == kind and p.year == year)


def indikator(plan: Plan) -> list:
    return [i for s in plan.sasaran for i in s.indikator]


def make_pk(session, satker, year=2026) -> Plan:
    pk = core.new_pk(session, satker, year)
    s1 = ops.add_sasaran(session, pk, "Meningkatnya kualitas perencanaan")
    ops.add_indikator(session, s1, "Nilai SAKIP", "B")
    ops.add_indikator(session, s1, "Persentase realisasi anggaran", "95%")
    s2 = ops.add_sasaran(session, pk, "Terwujudnya reformasi birokrasi")
    ops.add_indikator(session, s2, "Indeks RB", "77,5")
    core.add_budget_line(session, pk, "Program Dukungan Manajemen", "Rp 1.234.567.000,00")
    core.add_budget_line(session, pk, "Program Penyelenggaraan Pemilu", "2.000.000.001")
    session.flush()
    return pk


# ---------------------------------------------------------------- rupiah

@pytest.mark.parametrize("text, amount", [
    ("1.234.567.000", 1_234_567_000), ("Rp 1.234.567.000,00", 1_234_567_000),
    ("Rp1.234.567.000,-", 1_234_567_000), ("1234567000", 1_234_567_000),
    ("rp. 9.007.199.254.740.993", 9_007_199_254_740_993),  # beyond a float's exact range
    ("", None), ("  ", None), ("0", 0),
])
def test_rupiah_text_is_read_exactly(text, amount):
    assert core.parse_rupiah(text) == amount
    if amount is not None:
        assert core.parse_rupiah(core.format_rupiah(amount)) == amount


@pytest.mark.parametrize("text", ["1,5 juta", "Rp 1.234,50", "12.34", "abc", "1.2345.000"])
def test_what_is_not_whole_rupiah_is_refused_in_words(text):
    with pytest.raises(ValidationError, match="rupiah"):
        core.parse_rupiah(text)


def test_budget_sum_is_exact_and_printed_with_dots(tmp_path):
    ws = storage.create_workspace(tmp_path / "a.sqlite")
    with ws.session() as session:
        satker = ops.add_satker(session, name=KUBU)
        pk = core.new_pk(session, satker, 2025)
        for _ in range(10):
            core.add_budget_line(session, pk, "x", "Rp 9.007.199.254.740.993")
        core.add_budget_line(session, pk, "belum diisi", None)
        session.commit()
        assert core.budget_total(pk) == 90_071_992_547_409_930
        assert core.format_rupiah(1_234_567_000) == "Rp 1.234.567.000"
        assert core.format_rupiah(core.budget_total(pk)) == "Rp 90.071.992.547.409.930"
    ws.close()


# ---------------------------------------------------------------- RAK and PK

def test_rak_from_pk_copies_and_links_every_sasaran_indikator_and_target(demo_file):
    with edit(demo_file) as session:
        pk = make_pk(session, satker_of(session))
        rak = core.rak_from_pk(session, pk)
        session.flush()
        assert (rak.kind, rak.year, rak.source_plan_id) == ("RAK", 2026, pk.id)
        assert [s.text for s in rak.sasaran] == [s.text for s in pk.sasaran]
        assert [(i.text, i.target) for i in indikator(rak)] == \
            [(i.text, i.target) for i in indikator(pk)]
        assert [i.source_id for i in indikator(rak)] == [i.id for i in indikator(pk)]
        assert [s.source_id for s in rak.sasaran] == [s.id for s in pk.sasaran]
        assert indikator(rak)[2].target_kind == indikator(pk)[2].target_kind
        assert core.disagreements(rak, pk) == []
        assert core.linked_rak(session, pk) is rak and core.linked_pk(session, rak) is pk
        with pytest.raises(ValidationError, match="sudah punya RAK"):
            core.rak_from_pk(session, pk)


def test_pk_from_rak_takes_the_demo_rak_and_links_it(demo_file):
    with edit(demo_file) as session:
        rak = plan_of(session, "RAK")
        plan_of(session, "PK").year = 2023  # the demo's own PK 2024 was made this way
        rak.source_plan_id = None
        for i in indikator(rak):
            i.source_id = None
        session.flush()
        pk = core.pk_from_rak(session, rak)
        session.flush()
        assert pk.kind == "PK" and pk.year == 2024 and rak.source_plan_id == pk.id
        assert pk.signatory is rak.signatory and pk.signatory.title == "SEKRETARIS"
        assert [(i.text, i.target) for i in indikator(pk)] == \
            [(i.text, i.target) for i in indikator(rak)]
        assert [i.source_id for i in indikator(rak)] == [i.id for i in indikator(pk)]
        assert len(indikator(pk)) >= 5 and core.disagreements(rak, pk) == []
        with pytest.raises(ValidationError, match="sudah punya PK"):
            core.pk_from_rak(session, rak)


def test_disagreements_are_found_and_made_equal_either_way(demo_file):
    with edit(demo_file) as session:
        pk = make_pk(session, satker_of(session))
        rak = core.rak_from_pk(session, pk)
        session.flush()
        r = indikator(rak)
        ops.set_target(r[0], "BB")  # target changed in the RAK
        r[1].text = "Persentase realisasi anggaran (DIPA)"  # reworded
        extra = ops.add_indikator(session, rak.sasaran[1], "Jumlah inovasi", "2 Inovasi")
        p_new = ops.add_indikator(session, pk.sasaran[0], "Nilai IKPA", "90")  # PK only
        session.flush()
        found = {(d.kind, d.pk_value, d.rak_value) for d in core.disagreements(rak, pk)}
        assert found == {
            (core.TARGET, "B", "BB"),
            (core.INDIKATOR_TEXT, "Persentase realisasi anggaran",
             "Persentase realisasi anggaran (DIPA)"),
            (core.MISSING_IN_PK, "", "Jumlah inovasi"),
            (core.MISSING_IN_RAK, "Nilai IKPA", ""),
        }
        messages = [d.message for d in core.disagreements(rak, pk)]
        assert any("PK B, RAK BB" in m for m in messages)
        # The target the PK says goes to the RAK; the RAK's new indikator goes to the PK.
        for d in core.disagreements(rak, pk):
            core.make_equal(session, rak, pk, d, to="pk" if d.kind == core.MISSING_IN_PK
                            else "rak")
        session.flush()
        assert core.disagreements(rak, pk) == []
        assert r[0].target == "B" and r[0].target_kind == indikator(pk)[0].target_kind
        assert r[1].text == "Persentase realisasi anggaran"
        assert [i.text for i in pk.sasaran[1].indikator] == ["Indeks RB", "Jumlah inovasi"]
        assert extra.source_id == pk.sasaran[1].indikator[1].id
        added = next(i for i in rak.sasaran[0].indikator if i.text == "Nilai IKPA")
        assert added.source_id == p_new.id and added.target == "90"


def test_a_final_side_is_not_made_equal(demo_file):
    with edit(demo_file) as session:
        pk = make_pk(session, satker_of(session))
        rak = core.rak_from_pk(session, pk)
        session.flush()
        ops.set_target(indikator(rak)[0], "A")
        pk.status = "final"
        [d] = core.disagreements(rak, pk)
        with pytest.raises(ValidationError, match="final"):
            core.make_equal(session, rak, pk, d, to="pk")
        core.make_equal(session, rak, pk, d, to="rak")
        assert indikator(rak)[0].target == "B"


def test_copy_to_next_year_keeps_pk_fields_budget_and_quarter_targets(demo_file):
    with edit(demo_file) as session:
        satker = satker_of(session)
        pk = make_pk(session, satker, 2025)
        pk.show_quarters, pk.show_satuan, pk.budget_heading = True, True, "Kegiatan"
        pk.party2_name, pk.statement = "BUDI, S.H.", "Dalam mewujudkan ..."
        first = indikator(pk)[0]
        first.satuan = "Nilai"
        core.set_period_target(session, first, 2, "C")
        core.set_period_target(session, first, 4, "B")
        pk.budget_lines[0].realised = 5
        rak = core.rak_from_pk(session, pk)
        session.flush()
        pk26 = core.copy_to_year(session, pk, 2026)
        rak26 = core.copy_to_year(session, rak, 2026)
        session.flush()
        assert (pk26.year, pk26.show_quarters, pk26.show_satuan, pk26.budget_heading,
                pk26.party2_name, pk26.statement) == (2026, True, True, "Kegiatan",
                                                       "BUDI, S.H.", "Dalam mewujudkan ...")
        assert [(b.text, b.amount, b.realised) for b in pk26.budget_lines] == [
            ("Program Dukungan Manajemen", 1_234_567_000, None),
            ("Program Penyelenggaraan Pemilu", 2_000_000_001, None)]
        new_first = indikator(pk26)[0]
        assert new_first.satuan == "Nilai" and new_first.id != first.id
        assert [(t.period, t.target) for t in new_first.period_targets] == [(2, "C"), (4, "B")]
        assert rak26.source_plan_id == pk26.id
        assert [i.source_id for i in indikator(rak26)] == [i.id for i in indikator(pk26)]


def test_period_target_set_changed_and_cleared(demo_file):
    with edit(demo_file) as session:
        pk = make_pk(session, satker_of(session))
        ind = indikator(pk)[0]
        assert core.set_period_target(session, ind, 1, "C") == ""
        assert core.set_period_target(session, ind, 1, "B") == "C"
        assert core.period_target(ind, 1) == "B"
        assert core.set_period_target(session, ind, 1, "") == "B"
        assert ind.period_targets == []


def test_parties_and_statement(demo_file):
    with edit(demo_file) as session:
        satker = satker_of(session)
        ketua = ops.add_official(session, satker, "AHMAD, S.Sos.", "KETUA", acting="Plh.")
        session.flush()
        pk = core.new_pk(session, satker, 2027)
        first_ketua = next(o for o in satker.officials if o.title == "KETUA")
        assert pk.party2_official_id == first_ketua.id and pk.signatory.title == "SEKRETARIS"
        pk.party2_official_id = ketua.id
        assert pk.sasaran_header == "SASARAN KEGIATAN"
        assert core.party2(pk).position == "Plh. KETUA"
        assert core.party2(pk).jabatan == "Plh. KETUA KOMISI PEMILIHAN UMUM KABUPATEN KUBU RAYA"
        pk.party2_official_id = None
        pk.party2_name, pk.party2_title, pk.party2_office = "X, M.Si.", "KETUA", "KPU PROVINSI"
        pk.party2_nip = "197001012000031001"
        assert core.party2(pk).nip == "NIP. 19700101 200003 1 001"
        assert core.statement_paragraphs(pk)[1] == core.PARTY1
        satker.pk_statement = ("Dalam mewujudkan kinerja, kami:\n\n{pihak_pertama}\n"
                               "sebagai pihak pertama")
        assert core.statement_paragraphs(pk) == ["Dalam mewujudkan kinerja, kami:", core.PARTY1,
                                                 "sebagai pihak pertama"]
        assert core.title(pk) == "PERJANJIAN KINERJA TAHUN 2027"
        pk.amendment_reason = "Pergantian pejabat"
        assert core.title(pk) == "PERJANJIAN KINERJA PERUBAHAN TAHUN 2027"


# ---------------------------------------------------------------- merge

def test_two_copies_with_pk_edits_on_both_sides_merge(demo_file, tmp_path):
    with edit(demo_file) as session:
        satker = satker_of(session)
        ops.add_official(session, satker, "AHMAD, S.Sos.", "KETUA")
        session.flush()
        pk = make_pk(session, satker)
        pk_id = pk.id
    a, b = demo_file, tmp_path / "salinan.sqlite"
    shutil.copyfile(a, b)
    with edit(a) as session:  # the secretary: budget amounts, a new line, pihak kedua typed
        pk = session.get(Plan, pk_id)
        core.set_amount(pk.budget_lines[0], "1.500.000.000")
        core.add_budget_line(session, pk, "Program Pendidikan Pemilih", "300.000.000")
        pk.party2_official_id, pk.party2_name = None, "KETUA PROVINSI, S.H."
    with edit(b) as session:  # a sub-unit: targets, a quarter target, a line deleted
        pk = session.get(Plan, pk_id)
        ops.set_target(indikator(pk)[1], "97%")
        core.set_period_target(session, indikator(pk)[0], 3, "BB")
        ops.delete_row(session, pk.budget_lines[1])
    summary = merge.merge_files(a, b)
    assert summary.conflicts == []
    with edit(a) as session:
        pk = session.get(Plan, pk_id)
        assert [(x.text, x.amount) for x in pk.budget_lines] == [
            ("Program Dukungan Manajemen", 1_500_000_000),
            ("Program Pendidikan Pemilih", 300_000_000)]
        assert core.budget_total(pk) == 1_800_000_000
        assert pk.party2_official_id is None and pk.party2_name == "KETUA PROVINSI, S.H."
        assert indikator(pk)[1].target == "97%"
        assert [(t.period, t.target) for t in indikator(pk)[0].period_targets] == [(3, "BB")]
    # Both sides now change the same target: one conflict, named.
    shutil.copyfile(a, b)
    with edit(a) as session:
        ops.set_target(indikator(session.get(Plan, pk_id))[0], "A")
    with edit(b) as session:
        ops.set_target(indikator(session.get(Plan, pk_id))[0], "BB")
    again = merge.merge_files(a, b)
    assert [c.key.split(":")[0] for c in again.conflicts] == ["indikator"]


def test_demo_has_the_kubu_raya_pk_2024_linked_to_its_rak(demo_file):
    with edit(demo_file) as session:
        pk, rak = plan_of(session, "PK"), plan_of(session, "RAK")
        assert rak.source_plan_id == pk.id and core.disagreements(rak, pk) == []
        assert [(i.text, i.target) for i in indikator(pk)] == \
            [(i.text, i.target) for i in indikator(rak)]
        assert len(indikator(pk)) == 53 and indikator(pk)[0].target == "12 Kali"
        assert core.party1(pk).position == "SEKRETARIS" and core.party1(pk).name == "FITRI"
        assert core.party2(pk).position == "KETUA"
        assert pk.budget_lines and all("contoh" in b.text for b in pk.budget_lines)
        assert core.budget_total(pk) == sum(b.amount for b in pk.budget_lines) > 0


def test_an_empty_new_indikator_is_named_empty_in_the_disagreement(demo_file):
    """An indikator row just inserted in the PK has no text yet: the bar says
    «(kosong)», not an empty «»."""
    with edit(demo_file) as session:
        pk = make_pk(session, satker_of(session))
        rak = core.rak_from_pk(session, pk)
        ops.add_indikator(session, pk.sasaran[0], "")
        session.flush()
        messages = [d.message for d in core.disagreements(rak, pk)]
    assert messages == ["Indikator «(kosong)» ada di PK, tidak ada di RAK."]
