"""The named edits the Monitoring tab's undo commands call, without a window:
each returns what changed and what undoing it needs, and its inverse puts the
file back as it was."""

from __future__ import annotations

import pytest

from rakdesk.core import monitoring_edits as edits
from rakdesk.errors import ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def first_indikator(plan):
    return plan.sasaran[0].indikator[0]


def test_realisasi_set_and_restored(kubu_plan):
    session, plan = kubu_plan
    indikator = first_indikator(plan)
    edit = edits.set_realisasi_fields(session, indikator.id, 11, {"value": "1", "pic": "Kasubbag"})
    assert edit.rows_of(plan.id) == {indikator.id} and edit.undo == (11, None)
    row = next(r for r in indikator.realisasi if r.period == 11)
    assert (row.value, row.pic) == ("1", "Kasubbag")
    again = edits.set_realisasi_fields(session, indikator.id, 11, {"value": "1"})
    assert again is None  # the same value changes nothing
    edits.restore_realisasi(session, indikator.id, edit.undo)
    assert not [r for r in indikator.realisasi if r.period == 11]


def test_a_bad_date_is_refused_and_changes_nothing(kubu_plan):
    session, plan = kubu_plan
    indikator = first_indikator(plan)
    with pytest.raises(ValidationError, match="bukan tanggal"):
        edits.set_realisasi_fields(session, indikator.id, 11, {"batas_waktu": "besok"})


def test_evidence_added_once_removed_and_brought_back(kubu_plan):
    session, plan = kubu_plan
    indikator = first_indikator(plan)
    added = edits.add_file(session, indikator.id, 11, "foto.png", PNG)
    evidence_id = added.undo
    assert added.rows_of(plan.id) == {indikator.id}
    assert edits.add_file(session, indikator.id, 11, "lagi.png", PNG) is None
    removed = edits.remove_evidence(session, evidence_id)
    session.flush()
    assert evidence_id not in {e.id for e in indikator.evidence}
    edits.restore_evidence(session, removed.undo)
    session.flush()
    back = next(e for e in indikator.evidence if e.id == evidence_id)
    assert (back.name, back.data) == ("foto.png", PNG)
    edits.drop_evidence(session, added.undo)
    assert evidence_id not in {e.id for e in indikator.evidence}


def test_a_too_big_or_wrong_file_is_refused_in_indonesian(kubu_plan):
    session, plan = kubu_plan
    indikator = first_indikator(plan)
    with pytest.raises(ValidationError, match="bukan PDF, JPG atau PNG"):
        edits.add_file(session, indikator.id, 11, "catatan.txt", b"teks biasa")
    with pytest.raises(ValidationError, match="terlalu besar"):
        edits.add_file(session, indikator.id, 11, "besar.png", PNG + b"\x00" * (11 << 20))


def test_status_measurement_and_scale_undo(kubu_plan):
    session, plan = kubu_plan
    indikator = first_indikator(plan)
    kegiatan = indikator.kegiatan[0]
    status = edits.set_status(session, kegiatan.id, 2, "tidak")
    assert status.rows_of(plan.id) == {kegiatan.id}
    edits.restore_status(session, kegiatan.id, status.undo)
    measure = edits.set_measurement(session, indikator.id, {"polarity": "lower"})
    assert indikator.polarity == "lower"
    edits.set_measurement(session, indikator.id, measure.undo)
    assert indikator.polarity == "higher"
    scale = edits.set_scale(session, plan.satker.id, "≥ 100 Tercapai\n≤ 99 Belum")
    assert scale.workspace
    assert plan.satker.capaian_scale.startswith("≥ 100")
    edits.set_scale(session, plan.satker.id, scale.undo)
    assert plan.satker.capaian_scale == ""
    with pytest.raises(ValidationError, match="tidak terbaca"):
        edits.set_scale(session, plan.satker.id, "sangat baik sekali")
