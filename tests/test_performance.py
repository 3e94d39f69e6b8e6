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
