"""A plan's performance through the year: targets of a period (typed, split
from the year's target, counted from the schedule), quarters of a monthly
plan, kegiatan progress, overdue tindak lanjut and last year's comparison."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rakdesk.core import monitoring, performance, snapshot
from tests.files import edit, kubu


def find(plan, start):
    return next(i for s in plan.sasaran for i in s.indikator if i.text.startswith(start))


def test_the_demo_holds_a_year_of_example_figures(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        assert performance.quarters_with_realisasi(plan) == [1, 2, 3, 4]
        notes = {r.note for s in plan.sasaran for i in s.indikator for r in i.realisasi}
        assert notes == {"Contoh"}
        assert sum(len(i.evidence) for s in plan.sasaran for i in s.indikator) == 2


def test_count_target_counted_from_the_schedule(demo_file):
    """"2 Laporan" scheduled in June and December: one a quarter II and IV, none in I and III."""
    with edit(demo_file) as session:
        ind = find(kubu(session), "Jumlah laporan sistem akuntansi")
        targets = performance.period_targets(ind)
        assert targets[6] == "1 Laporan" and targets[12] == "1 Laporan"
        assert targets[1] == ""
        assert performance.quarter_figures(ind, 2).target == "1 Laporan"
        assert performance.quarter_figures(ind, 1).target == ""


def test_count_target_split_when_the_schedule_does_not_match(demo_file):
    """"12 Kali" scheduled in 8 months: one a month, three a quarter."""
    with edit(demo_file) as session:
        ind = find(kubu(session), "Jumlah revisi")
        assert set(performance.period_targets(ind).values()) == {"1 Kali"}
        q = performance.quarter_figures(ind, 1)
        assert q.target == "3 Kali" and q.realisasi == "3 Kali" and q.capaian.value == 100


def test_a_count_of_whole_things_is_shared_in_whole_things():
    """1 Laporan a year is the fourth triwulan's, not 0,25 Laporan a triwulan;
    what does not divide goes to the later periods."""
    shares = performance.whole_shares
    assert shares(Decimal(1), 4) == [0, 0, 0, 1]
    assert shares(Decimal(5), 4) == [1, 1, 1, 2]
    assert shares(Decimal(12), 4) == [3, 3, 3, 3]
    assert shares(Decimal(2498), 4) == [624, 625, 624, 625]
    assert shares(Decimal(1), 12) == [0] * 11 + [1]
    assert shares(Decimal("2.5"), 4) is None


def test_a_yearly_count_has_no_target_in_the_triwulan_before_it_is_due(demo_file):
    """"1 Perkara" in a monthly RAK: December's, the fourth triwulan's; the
    earlier triwulan have no target, so none of them reads 0 % before the
    year is out."""
    with edit(demo_file) as session:
        ind = find(kubu(session), "Jumlah sengketa hukum")
        assert ind.target == "1 Perkara"
        targets = performance.period_targets(ind)
        assert targets[12] == "1 Perkara" and all(targets[m] == "" for m in range(1, 12))
        assert [performance.quarter_target(ind, q) for q in range(1, 5)] == \
            [[""], [""], [""], ["1 Perkara"]]
        for r in list(ind.realisasi):
            monitoring.set_realisasi(session, ind, r.period, value="")
        nothing_due = performance.quarter_figures(ind, 1)
        assert (nothing_due.target, nothing_due.realisasi_text, nothing_due.capaian.text) == \
            ("", "-", "-")  # not "belum diisi": nothing was due
        monitoring.set_realisasi(session, ind, 6, value="0 Perkara")
        early = performance.quarter_figures(ind, 2)
        assert early.target == "" and early.capaian.value is None and early.kategori == ""
        monitoring.set_realisasi(session, ind, 12, value="1 Perkara")
        last = performance.quarter_figures(ind, 4)
        assert (last.target, last.realisasi, last.capaian.value) == ("1 Perkara", "1 Perkara", 100)
        assert performance.year_figures(ind).capaian.value == 100


def test_a_count_that_does_not_divide_gives_the_rest_to_the_later_triwulan(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        counts = {i.target: i for s in plan.sasaran for i in s.indikator}
        assert [performance.quarter_target(counts["5 Dokumen"], q)[0] for q in range(1, 5)] == \
            ["1 Dokumen", "1 Dokumen", "1 Dokumen", "2 Dokumen"]
        assert [performance.quarter_target(counts["2.498 Orang"], q)[0]
                for q in range(1, 5)] == ["624 Orang", "625 Orang", "624 Orang", "625 Orang"]
        # the demo's example realisasi meets each triwulan's share
        assert {performance.quarter_figures(counts["5 Dokumen"], q).capaian.value
                for q in range(1, 5)} == {100}


def test_typed_period_target_wins_and_percent_keeps_the_years_target(demo_file):
    with edit(demo_file) as session:
        ind = find(kubu(session), "Persentase Laporan monitoring")
        assert performance.period_targets(ind)[3] == "75%"  # average: the year's target
        monitoring.set_realisasi(session, ind, 3, target="60%")
        assert performance.period_targets(ind)[3] == "60%"


def test_quarter_of_a_monthly_plan_and_the_year(demo_file):
    with edit(demo_file) as session:
        ind = find(kubu(session), "Persentase Laporan monitoring")
        q2 = performance.quarter_figures(ind, 2)
        assert (q2.target, q2.realisasi) == ("75%", "50%")
        assert q2.capaian.text == "66,67" and q2.kategori == "Cukup"
        year = performance.year_figures(ind)
        # average of 71,25 + 50 + 60 + 71,25 = 63,125 %
        assert year.realisasi == "63,13%" and year.capaian.value == Decimal("63.125") / 75 * 100


def test_empty_quarters_are_belum_diisi(demo_file):
    with edit(demo_file) as session:
        ind = find(kubu(session), "Persentase Laporan monitoring")
        for r in list(ind.realisasi):
            monitoring.set_realisasi(session, ind, r.period, value="")
        figures = performance.quarter_figures(ind, 1)
        assert figures.realisasi_text == "belum diisi" and figures.capaian.text == "belum diisi"
        assert figures.kategori == ""


def test_plan_progress_counts_scheduled_cells_done(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        whole = performance.plan_progress(plan)
        assert whole.scheduled == sum(len(k.schedule()) for s in plan.sasaran
                                      for i in s.indikator for k in i.kegiatan)
        assert whole.done == whole.scheduled - Decimal("1.5")  # one sebagian, one tidak
        assert [p for _, p in whole.not_done] == [8]  # sebagian counts one half
        first = performance.plan_progress(plan, 1)
        assert first.scheduled < whole.scheduled and first.percent == 100
        ind = find(plan, "Persentase Laporan monitoring")
        assert performance.kegiatan_status(ind.kegiatan[0], 2) == "Sebagian"
        assert performance.kegiatan_status(ind.kegiatan[0], 1) == "Terlaksana"


def test_tindak_lanjut_overdue(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        late = performance.overdue(plan, today=dt.date(2024, 11, 15))
        assert [(r.period, r.pic) for r in late] == [(9, "Sekretaris")]
        assert performance.overdue(plan, today=dt.date(2024, 10, 1)) == []


def test_last_year_matched_by_text_ignoring_spaces_capitals_punctuation(demo_file):
    with edit(demo_file) as session:
        plan = kubu(session)
        previous = snapshot.copy_plan(session, plan, 2023)
        session.flush()
        old = find(previous, "Persentase Laporan monitoring")
        old.text = "  PERSENTASE laporan monitoring, dan evaluasi " + old.text[43:] + "."
        session.flush()
        pairs = performance.last_year(plan)
        new = find(plan, "Persentase Laporan monitoring")
        assert pairs[new.id] is old
        assert len(pairs) == sum(len(s.indikator) for s in plan.sasaran)
