"""A plan's performance through the year, read from what was recorded
(rakdesk.core.monitoring) and computed by rakdesk.core.capaian.

Reports are by triwulan (quarter 1..4) for every plan: a quarter of a
monthly plan takes its three months. Each indikator's target of a period is,
in this order: typed for that period; taken from the Perjanjian Kinerja's
quarterly targets (:func:`pk_period_targets`, through ``Indikator.source_id``
or the indikator's text); counted from the RAK's schedule when the year's target is a count whose
number the schedule matches; or split from the year's target (a cumulative
indikator's target shared among the periods, any other's target the year's
target). A count of whole things is shared in whole things, the later
periods taking what does not divide (:func:`whole_shares`: 1 Laporan is the
fourth triwulan's, not 0,25 a triwulan); a period whose share is nothing has
no target, so an early triwulan is not reported at 0 % for a report due at
the end of the year.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from rakdesk.core import capaian as cp
from rakdesk.core import monitoring_values as monitoring
from rakdesk.core.i18n import tr
from rakdesk.core.schedule import MONTHS_ID

if TYPE_CHECKING:
    from rakdesk.core.model import Indikator, Kegiatan, Plan

QUARTER_NAMES = ("I", "II", "III", "IV")


def quarter_name(quarter: int) -> str:
    return QUARTER_NAMES[quarter - 1]


def quarter_periods(plan: Plan, quarter: int) -> list[int]:
    """The plan's periods (months or quarters) a triwulan holds."""
    if plan.gran.periods == 12:
        return [3 * quarter - 2, 3 * quarter - 1, 3 * quarter]
    return [quarter]


def report_date_line(plan: Plan, quarter: int) -> str:
    """Where and when a triwulan's report is signed: the plan's place and the
    triwulan's last month ("SUNGAI RAYA, JUNI 2024")."""
    place = plan.sign_place or (plan.satker.city if plan.satker else "")
    month = MONTHS_ID[3 * quarter - 1]
    text = f"{place}, {month} {plan.year}" if place else f"{month} {plan.year}"
    return text.upper() if plan.sign_upper else text


# --- the Perjanjian Kinerja this plan implements ------------------------------------------

def _pk_of(plan: Plan) -> Plan | None:
    """The PK a RAK implements: its link, else the PK of its satker and year."""
    if plan.kind == "PK":
        return plan
    if plan.kind != "RAK" or plan.satker is None:
        return None
    plans = plan.satker.plans
    linked = next((p for p in plans if p.id == plan.source_plan_id and p.kind == "PK"), None)
    return linked or next((p for p in plans if p.kind == "PK" and p.year == plan.year), None)


def pk_indikator(indikator: Indikator) -> Indikator | None:
    """The PK indikator a RAK indikator implements: the one its ``source_id``
    names (set when the RAK was made from the PK), else the indikator of the
    same text (spaces and capitals ignored, as the disagreement check does)
    in the PK of the plan's satker and year."""
    plan = indikator.sasaran.plan
    pk = _pk_of(plan) if plan.kind == "RAK" else None
    if pk is None:
        return None
    rows = [i for s in pk.sasaran for i in s.indikator]
    if indikator.source_id:
        linked = next((i for i in rows if i.id == indikator.source_id), None)
        if linked is not None:
            return linked
    key = _norm(indikator.text)
    return next((i for i in rows if _norm(i.text) == key), None)


def _norm(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _pk_quarters(indikator: Indikator) -> dict[int, str]:
    """The PK indikator's quarter targets ({1..4: target as typed})."""
    source = pk_indikator(indikator)
    if source is None:
        return {}
    return {t.period: t.target.strip() for t in source.period_targets
            if 1 <= t.period <= 4 and t.target.strip()}


def whole_shares(value: Decimal, periods: int) -> list[Decimal] | None:
    """``value`` shared among ``periods`` in whole units, the later periods
    taking the remainder (1 in 4: 0, 0, 0, 1; 5 in 4: 1, 1, 1, 2; 12 in 4:
    3 each); None when ``value`` is no whole number."""
    if value < 0 or value != value.to_integral_value():
        return None
    whole = int(value)
    return [Decimal(whole * p // periods - whole * (p - 1) // periods)
            for p in range(1, periods + 1)]


def _shared(value: Decimal, unit: str, periods: int) -> list[str]:
    """A cumulative number's share of each of ``periods``, as printed ("" for
    a period whose share of a count is nothing); a percentage or a number
    with a fraction is shared evenly."""
    shares = whole_shares(value, periods) if unit != "%" else None
    if shares is None:
        return [cp.spell(value / periods, unit)] * periods
    return [cp.spell(share, unit) if share else "" for share in shares]


def pk_period_targets(indikator: Indikator) -> dict[int, str]:
    """Per-period targets from the quarter targets of the PK indikator this
    one implements ({period: target}). A quarterly plan takes them as they
    are; a monthly plan shares a cumulative number's quarter target among
    the quarter's three months (:func:`_shared`), and gives any other
    quarter target to each of its months."""
    quarters = _pk_quarters(indikator)
    plan = indikator.sasaran.plan
    if plan.gran.periods != 12:
        return quarters
    out: dict[int, str] = {}
    for q, text in quarters.items():
        m = cp.measure(text, indikator.text)
        months = quarter_periods(plan, q)
        shares = [text] * len(months)
        if m.kind == "number" and indikator.aggregation == cp.CUMULATIVE:
            shares = _shared(m.value, m.unit, len(months))
        for p, share in zip(months, shares, strict=True):
            if share:
                out[p] = share
    return out


def pk_budget(plan: Plan) -> list[tuple[str, int | None, int | None]]:
    """Realisasi anggaran per program for the plan's year: (program, pagu,
    realisasi) in whole rupiah, from the budget lines of the PK the plan
    implements (pagu: the line's amount; realisasi: its realised amount)."""
    pk = _pk_of(plan)
    if pk is None:
        return []
    return [(b.text, b.amount, b.realised) for b in pk.budget_lines]


# --- a target changed after realisation -----------------------------------------------------

@lru_cache(maxsize=64)
def _revision_targets(revision_id: str, snapshot_text: str) -> dict[str, str]:
    try:
        data = json.loads(snapshot_text)
    except ValueError:
        return {}
    return {i["id"]: i.get("target", "") for s in data.get("sasaran", [])
            for i in s.get("indikator", []) if "id" in i}


def first_target(indikator: Indikator) -> str | None:
    """The indikator's target in its plan's first finalised revision (None:
    the plan was never finalised, or the indikator was added later)."""
    plan = indikator.sasaran.plan
    if not plan.revisions:
        return None
    first = min(plan.revisions, key=lambda r: r.number)
    return _revision_targets(first.id, first.snapshot or "").get(indikator.id)


def target_change_note(indikator: Indikator) -> str:
    """"" or, when the indikator already has realisasi and its target was
    changed after the first signed revision (a PK Perubahan, or a RAK
    revision), a note naming the earlier target (printed: always Indonesian)."""
    if not _measured(indikator):
        return ""
    source = pk_indikator(indikator)
    if source is not None:
        then = first_target(source)
        if then is not None and _norm(then) != _norm(source.target):
            return f"Target diubah pada PK Perubahan (semula {then or '-'})."
    then = first_target(indikator)
    if then is not None and _norm(then) != _norm(indikator.target):
        return f"Target diubah pada revisi RAK (semula {then or '-'})."
    return ""


def changed_with_realisasi(session, plan: Plan) -> list[tuple[Indikator, str, str]]:
    """The PK's (or RAK's) ``changed_targets`` whose indikator already has
    realisasi (for a PK: on the indikator of its RAK that implements it)."""
    from rakdesk.core import pk as pk_core

    changed = pk_core.changed_targets(plan)
    if plan.kind == "RAK" or not changed:
        return [c for c in changed if _measured(c[0])]
    rak = pk_core.linked_rak(session, plan)
    measured = {pk_indikator(i).id for s in (rak.sasaran if rak is not None else [])
                for i in s.indikator if _measured(i) and pk_indikator(i) is not None}
    return [c for c in changed if c[0].id in measured]


def _measured(indikator: Indikator) -> bool:
    return any(r.value.strip() for r in indikator.realisasi)


# --- targets of a period -------------------------------------------------------------------

def _scheduled_counts(indikator: Indikator, periods: int) -> dict[int, int]:
    """How many of the indikator's kegiatan are scheduled in each period."""
    counts = dict.fromkeys(range(1, periods + 1), 0)
    for kegiatan in indikator.kegiatan:
        for period in kegiatan.schedule():
            if period in counts:
                counts[period] += 1
    return counts


TYPED, FROM_PK, FROM_SCHEDULE, FROM_YEAR = "typed", "pk", "schedule", "year"


def period_targets(indikator: Indikator) -> dict[int, str]:
    """The target of each period of the plan, as text ("" when there is none)."""
    return {p: target for p, (target, _) in period_target_sources(indikator).items()}


def period_target_sources(indikator: Indikator) -> dict[int, tuple[str, str]]:
    """Each period's target and where it came from: TYPED for the period, FROM_PK
    (the PK's quarter targets), FROM_SCHEDULE (counted from the RAK's schedule)
    or FROM_YEAR (split from, or equal to, the year's target)."""
    plan = indikator.sasaran.plan
    n = plan.gran.periods
    typed = {r.period: r.target for r in indikator.realisasi if r.target.strip()}
    from_pk = pk_period_targets(indikator)
    derived, how = _derived_targets(indikator, n)
    out = {}
    for p in range(1, n + 1):
        if typed.get(p):
            out[p] = (typed[p], TYPED)
        elif from_pk.get(p):
            out[p] = (from_pk[p], FROM_PK)
        else:
            out[p] = (derived.get(p, ""), how)
    return out


def source_word(source: str) -> str:
    """Where a period's target came from, in words for the window."""
    return {TYPED: tr("diketik"), FROM_PK: tr("dari PK"),
            FROM_SCHEDULE: tr("dihitung dari jadwal"),
            FROM_YEAR: tr("dibagi dari target tahun")}.get(source, "")


def _derived_targets(indikator: Indikator, n: int) -> tuple[dict[int, str], str]:
    year = cp.measure(indikator.target, indikator.text)
    if year.empty or year.kind != "number" or indikator.aggregation != cp.CUMULATIVE:
        return dict.fromkeys(range(1, n + 1), indikator.target), FROM_YEAR
    counts = _scheduled_counts(indikator, n)
    unit = year.unit
    if unit != "%" and Decimal(sum(counts.values())) == year.value:
        return {p: cp.spell(Decimal(c), unit) if c else "" for p, c in counts.items()}, \
            FROM_SCHEDULE
    return dict(enumerate(_shared(year.value, unit, n), start=1)), FROM_YEAR


# --- figures of an indikator ---------------------------------------------------------------

@dataclass
class Figures:
    """One indikator in one span of time (a quarter, or the year so far)."""

    indikator: Indikator
    target: str  # as printed
    realisasi: str  # as printed; "" = belum diisi
    capaian: cp.Capaian
    kategori: str

    @property
    def realisasi_text(self) -> str:
        """As printed: "belum diisi" when something was due, "-" when the span
        has no target and nothing was recorded."""
        if self.realisasi:
            return self.realisasi
        return cp.empty_word() if self.target else "-"


def _figures(indikator: Indikator, targets: list[str], values: list[str],
             scale: cp.Scale) -> Figures:
    how = indikator.aggregation
    target = cp.aggregate(targets, how, indikator.text) if len(targets) > 1 else cp.measure(
        targets[0] if targets else "", indikator.text)
    real = cp.aggregate(values, how, indikator.text)
    if target.empty and real.empty:  # nothing due in this span, nothing to fill in
        result = cp.Capaian(None, "no_target")
    else:
        result = cp.compute(target, real, indikator.polarity, indikator.capaian_formula,
                            indikator.text)
    return Figures(indikator, target.text, real.text, result, scale.kategori(result.value))


def scale_of(plan: Plan) -> cp.Scale:
    try:
        return cp.parse_scale(plan.satker.capaian_scale if plan.satker else "")
    except ValueError:
        return cp.parse_scale("")


def quarter_target(indikator: Indikator, quarter: int) -> list[str]:
    """The targets of a triwulan's periods; a target split from the year's is
    given for the triwulan as a whole, so that no rounding of a month's share
    shows (12 Kali: 3 Kali a triwulan; 1 Perkara: the fourth triwulan's;
    50%: 12,5% a triwulan)."""
    plan = indikator.sasaran.plan
    periods = quarter_periods(plan, quarter)
    n = plan.gran.periods
    typed = {r.period for r in indikator.realisasi if r.target.strip()}
    from_pk = _pk_quarters(indikator)
    if quarter in from_pk and not typed & set(periods):
        return [from_pk[quarter]]  # the PK's target of the triwulan, as typed there
    set_here = typed | set(pk_period_targets(indikator))
    year = cp.measure(indikator.target, indikator.text)
    if (not set_here & set(periods) and len(periods) > 1 and year.kind == "number"
            and indikator.aggregation == cp.CUMULATIVE
            and not (year.unit != "%" and Decimal(sum(
                _scheduled_counts(indikator, n).values())) == year.value)):
        shares = whole_shares(year.value, n) if year.unit != "%" else None
        if shares is None:
            return [cp.spell(year.value * len(periods) / n, year.unit)]
        share = sum((shares[p - 1] for p in periods), Decimal(0))
        return [cp.spell(share, year.unit) if share else ""]
    targets = period_targets(indikator)
    return [targets[p] for p in periods]


def quarter_figures(indikator: Indikator, quarter: int, scale: cp.Scale | None = None) -> Figures:
    """Target, realisasi, capaian and kategori of an indikator in a triwulan."""
    plan = indikator.sasaran.plan
    periods = quarter_periods(plan, quarter)
    rows = monitoring.realisasi_by_period(indikator)
    values = [rows[p].value if p in rows else "" for p in periods]
    return _figures(indikator, quarter_target(indikator, quarter), values,
                    scale or scale_of(plan))


def year_figures(indikator: Indikator, scale: cp.Scale | None = None) -> Figures:
    """The year (so far) against the year's target."""
    plan = indikator.sasaran.plan
    rows = monitoring.realisasi_by_period(indikator)
    values = [rows[p].value if p in rows else "" for p in range(1, plan.gran.periods + 1)]
    return _figures(indikator, [indikator.target], values, scale or scale_of(plan))


def quarters_with_realisasi(plan: Plan) -> list[int]:
    """The triwulan in which any indikator has a realisasi entered."""
    filled = {r.period for s in plan.sasaran for i in s.indikator for r in i.realisasi
              if r.value.strip()}
    return [q for q in range(1, 5) if filled & set(quarter_periods(plan, q))]


def quarter_values(indikator: Indikator) -> list[Decimal | None]:
    """Realisasi of each triwulan as numbers (None: belum diisi or not a number),
    for the chart of realisasi by quarter."""
    plan = indikator.sasaran.plan
    rows = monitoring.realisasi_by_period(indikator)
    out = []
    for q in range(1, 5):
        value = cp.aggregate([rows[p].value if p in rows else ""
                              for p in quarter_periods(plan, q)], indikator.aggregation,
                             indikator.text)
        out.append(value.value if value.kind == "number" else None)
    return out


# --- kegiatan progress ----------------------------------------------------------------------

@dataclass
class Progress:
    scheduled: int = 0  # scheduled kegiatan cells up to the period
    done: Decimal = Decimal(0)  # terlaksana counts 1, sebagian one half
    not_done: list[tuple[Kegiatan, int]] = field(default_factory=list)

    @property
    def percent(self) -> Decimal | None:
        return self.done / self.scheduled * 100 if self.scheduled else None


def plan_progress(plan: Plan, up_to_quarter: int = 4) -> Progress:
    """How much of the plan's schedule was carried out by the end of a triwulan."""
    last = quarter_periods(plan, up_to_quarter)[-1]
    out = Progress()
    for s in plan.sasaran:
        for i in s.indikator:
            for k in i.kegiatan:
                status = {p.period: p.status for p in k.progress}
                for period in k.schedule():
                    if period > last:
                        continue
                    out.scheduled += 1
                    if status.get(period) == "terlaksana":
                        out.done += 1
                    elif status.get(period) == "sebagian":
                        out.done += Decimal("0.5")
                    else:
                        out.not_done.append((k, period))
    return out


def kegiatan_status(kegiatan: Kegiatan, quarter: int) -> str:
    """Whether a kegiatan was carried out in a triwulan, in words: "" when it was
    not scheduled and nothing was said; "Belum diisi" when scheduled and not said."""
    plan = kegiatan.indikator.sasaran.plan
    periods = quarter_periods(plan, quarter)
    statuses = [p.status for p in kegiatan.progress if p.period in periods and p.status]
    scheduled = any(p in kegiatan.schedule() for p in periods)
    if not statuses:
        return cp.empty_word().capitalize() if scheduled else ""
    if all(s == "terlaksana" for s in statuses) and len(statuses) >= sum(
            p in kegiatan.schedule() for p in periods):
        return monitoring.STATUS_WORDS["terlaksana"]
    if all(s == "tidak" for s in statuses):
        return monitoring.STATUS_WORDS["tidak"]
    return monitoring.STATUS_WORDS["sebagian"]


# --- tindak lanjut --------------------------------------------------------------------------

def overdue(plan: Plan, today: dt.date | None = None) -> list:
    """Realisasi rows whose tindak lanjut is past its batas waktu and not done."""
    today = today or dt.date.today()
    return [r for s in plan.sasaran for i in s.indikator for r in i.realisasi
            if r.tindak_lanjut.strip() and r.batas_waktu is not None
            and r.batas_waktu < today and not r.tindak_lanjut_done]


def missed(figures: Figures) -> bool:
    """Below target: a capaian under 100 %."""
    return figures.capaian.value is not None and figures.capaian.value < 100


# --- last year -----------------------------------------------------------------------------

def match_key(text: str) -> str:
    """An indikator's text with spaces, capitals and punctuation ignored."""
    return re.sub(r"[\W_]+", "", text or "").casefold()


def previous_plan(plan: Plan) -> Plan | None:
    """The same satker's plan of the same kind for the year before, in this workspace."""
    if plan.satker is None:
        return None
    return next((p for p in plan.satker.plans
                 if p.kind == plan.kind and p.year == plan.year - 1), None)


def last_year(plan: Plan) -> dict[str, Indikator]:
    """This plan's indikator id -> last year's indikator of the same text."""
    previous = previous_plan(plan)
    if previous is None:
        return {}
    before = {match_key(i.text): i for s in previous.sasaran for i in s.indikator}
    return {i.id: before[match_key(i.text)] for s in plan.sasaran for i in s.indikator
            if match_key(i.text) in before}
