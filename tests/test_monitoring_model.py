"""Realisasi, kegiatan progress and evidence are stored, versioned, signed
apart from the plan, and merged: copies that each filled another quarter keep
both, and evidence attached in both copies is kept once."""

from __future__ import annotations

import shutil

import pytest
from sqlmodel import select

from rakdesk.core import merge, monitoring, registry, revisions, snapshot
from rakdesk.core.model import Evidence, Indikator, Realisasi
from rakdesk.errors import ValidationError
from tests.files import edit, kubu

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n% bukti\n%%EOF\n"




def first_indikator(plan):
    return plan.sasaran[0].indikator[0]


def test_realisasi_of_a_period_is_one_row_and_empty_is_not_zero(demo_file):
    with edit(demo_file) as session:
        ind = first_indikator(kubu(session))
        monitoring.set_realisasi(session, ind, 1, value="0")
        monitoring.set_realisasi(session, ind, 1, note="nol sungguhan")
        monitoring.set_realisasi(session, ind, 2, value="", kendala="data belum masuk",
                                 batas_waktu="30-06-2024")
    with edit(demo_file) as session:
        ind = first_indikator(kubu(session))
        rows = monitoring.realisasi_by_period(ind)
        assert {1, 2} <= set(rows) and len(rows) == len(ind.realisasi)
        assert rows[1].value == "0" and rows[1].note == "nol sungguhan"
        assert rows[2].value == "" and rows[2].batas_waktu.isoformat() == "2024-06-30"


def test_period_outside_the_plan_and_bad_files_are_refused(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        ind = first_indikator(plan)
        with pytest.raises(ValidationError, match="Periode 13"):
            monitoring.set_realisasi(session, ind, 13, value="1")
        with pytest.raises(ValidationError, match="bukan PDF, JPG atau PNG"):
            monitoring.attach_file(session, ind, 1, "virus.exe", b"MZ\x90\x00")
        with pytest.raises(ValidationError, match="terlalu besar"):
            monitoring.attach_file(session, ind, 1, "besar.pdf",
                                   b"%PDF-" + b"0" * monitoring.MAX_EVIDENCE)
        with pytest.raises(ValidationError, match="bukan tanggal"):
            monitoring.set_realisasi(session, ind, 1, batas_waktu="besok")


def test_monitoring_is_recorded_on_a_final_plan_without_changing_what_was_signed(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        revisions.finalize(session, plan, render=lambda p, s: b"%PDF-1.4 test")
        signed = revisions.canonical(plan)
        ind = first_indikator(plan)
        monitoring.set_realisasi(session, ind, 1, value="80%")
        ind.polarity = "lower"
        monitoring.set_progress(session, ind.kegiatan[0], 1, "terlaksana")
        monitoring.attach_link(session, ind, 1, "https://drive.example/bukti")
        session.flush()
        assert revisions.canonical(plan) == signed
        assert plan.status == "final"


def test_copying_a_plan_to_next_year_leaves_the_realisation_behind(demo_file):
    from rakdesk.core import snapshot

    with edit(demo_file) as session:
        plan = kubu(session)
        ind = first_indikator(plan)
        ind.polarity = "lower"
        monitoring.set_realisasi(session, ind, 1, value="80%")
        monitoring.attach_file(session, ind, 1, "foto.png", PNG)
        copy = snapshot.copy_plan(session, plan, 2025)
        session.flush()
        new = first_indikator(copy)
        assert new.polarity == "lower"
        assert new.realisasi == [] and new.evidence == []


def test_merge_of_copies_that_filled_different_quarters_keeps_both_and_evidence_once(
        demo_file, tmp_path):
    a, b = tmp_path / "tw1.sqlite", tmp_path / "tw2.sqlite"
    with edit(demo_file) as session:  # the demo's own example year
        evidence_before = len(session.exec(select(Evidence)).all())
        realisasi_before = len(session.exec(select(Realisasi)).all())
    shutil.copyfile(demo_file, a)
    shutil.copyfile(demo_file, b)
    with edit(a) as session:
        plan = kubu(session)
        ind = first_indikator(plan)
        monitoring.set_realisasi(session, ind, 1, value="20%", note="TW I")
        monitoring.set_progress(session, ind.kegiatan[0], 1, "terlaksana")
        monitoring.attach_file(session, ind, 1, "laporan.pdf", PDF)
        monitoring.attach_file(session, ind, 2, "foto.png", PNG)
    with edit(b) as session:
        plan = kubu(session)
        ind = first_indikator(plan)
        monitoring.set_realisasi(session, ind, 2, value="45%", note="TW II")
        monitoring.set_progress(session, ind.kegiatan[0], 2, "sebagian", "menunggu anggaran")
        monitoring.attach_file(session, ind, 1, "laporan (salinan).pdf", PDF)  # the same file
        monitoring.attach_file(session, ind, 2, "foto.png", PNG)
    summary = merge.merge_files(a, b)
    assert not summary.unresolved, summary.lines()
    with edit(a) as session:
        ind = first_indikator(kubu(session))
        rows = monitoring.realisasi_by_period(ind)
        assert {p: (r.value, r.note) for p, r in rows.items() if p in (1, 2)} == {
            1: ("20%", "TW I"), 2: ("45%", "TW II")}
        assert {p.period: p.status for p in ind.kegiatan[0].progress if p.period in (1, 2)
                } == {1: "terlaksana", 2: "sebagian"}
        files = sorted((e.period, e.sha256[:8]) for e in ind.evidence if e.sha256)
        assert len(files) == 2 and len(set(files)) == 2
        assert len(session.exec(select(Evidence)).all()) == evidence_before + 2
        assert len(session.exec(select(Realisasi)).all()) == realisasi_before + 2
    # and merging back the other way gives the same, once
    merge.merge_files(b, a)
    with edit(b) as session:
        ind = first_indikator(kubu(session))
        assert len([e for e in ind.evidence if e.sha256]) == 2
        assert {1, 2} <= {r.period for r in ind.realisasi}


def test_both_copies_changing_one_quarter_is_a_conflict_not_a_duplicate(demo_file, tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_file, a)
    shutil.copyfile(demo_file, b)
    for path, value in ((a, "20%"), (b, "25%")):
        with edit(path) as session:
            monitoring.set_realisasi(session, first_indikator(kubu(session)), 1, value=value)
    summary = merge.merge_files(a, b, policy="theirs")
    assert len(summary.conflicts) == 1
    assert "Realisasi periode 1" in summary.conflicts[0].what
    with edit(a) as session:
        rows = first_indikator(kubu(session)).realisasi
        assert [(r.period, r.value) for r in rows if r.period == 1] == [(1, "25%")]


def test_removed_evidence_stays_removed_after_a_merge(demo_file, tmp_path):
    a = tmp_path / "a.sqlite"
    with edit(demo_file) as session:
        monitoring.attach_file(session, first_indikator(kubu(session)), 1, "foto.png", PNG)
    shutil.copyfile(demo_file, a)
    with edit(a) as session:
        ind = first_indikator(kubu(session))
        monitoring.remove_evidence(session, next(e for e in ind.evidence if e.sha256))
    merge.merge_files(a, demo_file)
    with edit(a) as session:
        assert [e for e in first_indikator(kubu(session)).evidence if e.sha256] == []


def test_a_quarter_filled_in_a_copy_merges_into_a_signed_plan(demo_file, tmp_path):
    """Realisasi is entered all year on the plan signed in January: a merge takes
    it even though the plan is final here, and the plan stays final."""
    with edit(demo_file) as session:
        revisions.finalize(session, kubu(session), render=lambda p, s: b"%PDF-1.4 test")
    copy = tmp_path / "subbag.sqlite"
    shutil.copyfile(demo_file, copy)
    with edit(copy) as session:
        ind = first_indikator(kubu(session))
        monitoring.set_realisasi(session, ind, 3, value="4 Kali", kendala="Contoh kendala")
        monitoring.attach_file(session, ind, 3, "bukti.pdf", PDF)
    summary = merge.merge_files(demo_file, copy)
    assert not summary.notes, summary.notes
    with edit(demo_file) as session:
        plan = kubu(session)
        ind = first_indikator(plan)
        assert monitoring.realisasi(ind, 3).kendala == "Contoh kendala"
        assert "bukti.pdf" in [e.name for e in ind.evidence if e.period == 3]
        assert plan.status == "final"


def test_measurement_settings_and_scale_are_checked(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        ind = first_indikator(plan)
        monitoring.set_measurement(ind, polarity="lower", aggregation="last",
                                   renstra_target=" 12 Kali ")
        assert (ind.polarity, ind.aggregation, ind.renstra_target) == ("lower", "last", "12 Kali")
        with pytest.raises(ValidationError, match="bukan pilihan"):
            monitoring.set_measurement(ind, polarity="naik")
        monitoring.set_capaian_scale(plan.satker, "≥ 100 Tercapai\n< 100 Belum tercapai")
        with pytest.raises(ValidationError, match="tidak terbaca"):
            monitoring.set_capaian_scale(plan.satker, "bagus")
        assert plan.satker.capaian_scale.startswith("≥ 100")


def test_a_copied_indikator_gets_period_rows_with_ids_of_its_own(demo_file):
    """A copy of a subtree (a conflict kept both ways) makes the ids of its
    period rows from the copy's id, as if filled in there: two copies of the
    file that fill the copy's quarter still hold one row."""
    with edit(demo_file) as session:
        ind = first_indikator(kubu(session))
        monitoring.set_realisasi(session, ind, 1, value="20%")
        copy = snapshot.restore(session, Indikator, snapshot.dump(ind), parent=ind.sasaran,
                                new_ids=True)
        session.flush()
        row = monitoring.realisasi(copy, 1)
        assert row.value == "20%"
        assert row.id == registry.row_id(Realisasi, copy.id, period=1)
        assert row.id != monitoring.realisasi(ind, 1).id
