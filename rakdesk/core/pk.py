"""Perjanjian Kinerja (PK): the signed promise a year's RAK is built on.

A PK is a plan of kind "PK": its sasaran, indikator and targets, a budget
table, and two parties (the signatory is pihak pertama; pihak kedua is one of
the satker's officials or typed for an office above). A RAK made from a PK (or
a PK from a RAK) points at it: ``Plan.source_plan_id`` on the RAK, and
``source_id`` on each of the RAK's sasaran and indikator naming the PK row it
came from. Nothing is shared silently: :func:`disagreements` lists where the
two differ, and :func:`make_equal` copies one side's value to the other.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlalchemy import inspect as sa_inspect
from sqlmodel import Session, select

from rakdesk.core import plans as ops
from rakdesk.core import revisions, snapshot
from rakdesk.core.i18n import tr
from rakdesk.core.model import BudgetLine, Indikator, Official, PeriodTarget, Plan, Sasaran, Satker
from rakdesk.core.pk_values import (  # noqa: F401  (re-exported: the PK's callers use them here)
    PARTY1,
    PARTY2,
    QUARTERS,
    STANDARD_STATEMENT,
    Party,
    budget_total,
    format_rupiah,
    format_thousands,
    party1,
    party2,
    period_target,
    statement_paragraphs,
    statement_text,
    title,
)
from rakdesk.errors import ValidationError

# Why a final PK is revised (PermenPANRB 53/2014): the PK Perubahan names one.
AMENDMENT_REASONS = (
    "Pergantian pejabat",
    "Perubahan program, kegiatan atau anggaran",
    "Perubahan prioritas",
)
# The sasaran heading by the level of the unit that signs.
SASARAN_HEADINGS = {"ri": "SASARAN STRATEGIS", "provinsi": "SASARAN PROGRAM",
                    "kabupaten": "SASARAN KEGIATAN", "kota": "SASARAN KEGIATAN"}


# ---------------------------------------------------------------- rupiah

_RUPIAH_RE = re.compile(r"^(?:rp\.?)?\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d+)|,-+)?\s*$",
                        re.IGNORECASE)


def parse_rupiah(text: str) -> int | None:
    """Whole rupiah from Indonesian text: "1.234.567.000", "Rp 1.234.567.000,00",
    "Rp1.234.567.000,-", "1234567000". Empty: None. Exact (no floats)."""
    raw = " ".join((text or "").split())
    if not raw:
        return None
    m = _RUPIAH_RE.match(raw)
    if m is None:
        raise ValidationError(tr(
            "«{text}» bukan jumlah rupiah; tulis misalnya 1.234.567.000.").format(text=raw))
    if m.group(2) and int(m.group(2)) != 0:
        raise ValidationError(tr(
            "Anggaran ditulis dalam rupiah penuh, tanpa sen: «{text}».").format(text=raw))
    return int(re.sub(r"[.\s]", "", m.group(1)))


def add_budget_line(session: Session, plan: Plan, text: str, amount: int | str | None = None,
                    position: int | None = None) -> BudgetLine:
    ops.ensure_draft(plan)
    line = BudgetLine(plan_id=plan.id, text=text)
    set_amount(line, amount)
    lines = plan.budget_lines
    lines.insert(len(lines) if position is None else max(0, min(position, len(lines))), line)
    ops.renumber(lines)
    session.add(line)
    return line


def set_amount(line: BudgetLine, amount: int | str | None) -> int | None:
    """Set a budget line's amount from whole rupiah or typed text; returns the old one."""
    if line.plan is not None:
        ops.ensure_draft(line.plan)
    value = parse_rupiah(amount) if isinstance(amount, str) else amount
    if value is not None and (value < 0 or value >= 10**17):
        raise ValidationError(tr("Anggaran harus antara 0 dan 99.999.999.999.999.999 rupiah."))
    old, line.amount = line.amount, value
    return old


def set_realised(line: BudgetLine, realised: int | str | None) -> int | None:
    """Set a budget line's realisasi anggaran from whole rupiah or typed text
    (parsed as the amount); returns the old one. Realisation is entered
    through the year, on a final PK too: it is not what was signed."""
    value = parse_rupiah(realised) if isinstance(realised, str) else realised
    if value is not None and (value < 0 or value >= 10**17):
        raise ValidationError(tr("Realisasi harus antara 0 dan 99.999.999.999.999.999 rupiah."))
    old, line.realised = line.realised, value
    return old


# ---------------------------------------------------------------- period targets

def set_period_target(session: Session, indikator: Indikator, period: int, text: str) -> str:
    """Set the target of one quarter (1..4); empty removes it. Returns the old text."""
    ops.ensure_draft(indikator)
    if not 1 <= period <= 12:
        raise ValidationError(tr("Periode {period} tidak ada.").format(period=period))
    text = (text or "").strip()
    row = next((t for t in indikator.period_targets if t.period == period), None)
    old = row.target if row else ""
    if row is not None and not text:
        if sa_inspect(row).pending:  # added in this same transaction: nothing to tombstone
            indikator.period_targets.remove(row)  # delete-orphan lets it go
            if row in session:
                session.expunge(row)
        else:
            ops.delete_row(session, row)
    elif row is not None:
        row.target = text
    elif text:
        row = PeriodTarget(indikator_id=indikator.id, period=period, target=text)
        indikator.period_targets.append(row)
        session.add(row)
    return old


def find_plan(session: Session, satker: Satker, kind: str, year: int) -> Plan | None:
    return session.exec(select(Plan).where(Plan.satker_id == satker.id, Plan.kind == kind,
                                           Plan.year == year)).first()


def _official_titled(satker: Satker, word: str) -> Official | None:
    return next((o for o in satker.officials if word in o.title.upper()), None)


def new_pk(session: Session, satker: Satker, year: int, **fields) -> Plan:
    """An empty PK for a satker and year, its parties taken from the officials:
    a secretariat's Sekretaris with the Ketua above, a commission's Ketua (with
    the Ketua of the office above typed later)."""
    if find_plan(session, satker, "PK", year) is not None:
        raise ValidationError(tr("{satker} sudah punya PK {year}.").format(
            satker=satker.name, year=year))
    first = _official_titled(satker, "SEKRETARIS" if satker.body == "sekretariat" else "KETUA")
    second = _official_titled(satker, "KETUA") if satker.body == "sekretariat" else None
    defaults = dict(
        granularity="quarterly", sasaran_header=SASARAN_HEADINGS.get(satker.level,
                                                                    "SASARAN STRATEGIS"),
        indikator_header="INDIKATOR KINERJA", sign_place=satker.city,
        sign_date=dt.date(year, 1, 2), sign_date_precision="day",
        show_no_column=True)
    # What the caller left empty keeps its default (a new-plan dialog's blank heading).
    defaults.update({k: v for k, v in fields.items() if k not in defaults or v not in ("", None)})
    plan = ops.add_plan(session, satker, kind="PK", year=year, **defaults)
    if not defaults.get("signatory_id"):
        plan.signatory = first
    if second is not None and not defaults.get("party2_official_id") \
            and not defaults.get("party2_name"):
        plan.party2_official_id = second.id
    return plan


def _copy_rows(session: Session, pk: Plan, rak: Plan) -> None:
    """The PK's sasaran, indikator and targets appended to a RAK, each
    remembering the PK row it came from."""
    for s in pk.sasaran:
        sasaran = ops.add_sasaran(session, rak, s.text)
        sasaran.source_id = s.id
        for i in s.indikator:
            indikator = ops.add_indikator(session, sasaran, i.text, i.target)
            indikator.satuan, indikator.source_id = i.satuan, i.id


def rak_from_pk(session: Session, pk: Plan, granularity: str = "monthly") -> Plan:
    """A RAK of the PK's satker and year with its sasaran, indikator and targets,
    linked to it; the kegiatan are the RAK's own work."""
    _check_kind(pk, "PK")
    session.flush()
    if find_plan(session, pk.satker, "RAK", pk.year) is not None:
        raise ValidationError(tr("{satker} sudah punya RAK {year}; bandingkan lewat "
                                 "Perbedaan RAK dan PK.").format(satker=pk.satker.name,
                                                                 year=pk.year))
    rak = ops.add_plan(session, pk.satker, kind="RAK", year=pk.year, granularity=granularity,
                       paper=pk.paper, sign_place=pk.sign_place, sign_date=pk.sign_date,
                       sign_date_precision=pk.sign_date_precision, sign_upper=pk.sign_upper,
                       sasaran_header=pk.sasaran_header, sign_office=pk.sign_office)
    rak.signatory_id = pk.signatory_id
    rak.source_plan_id = pk.id
    _copy_rows(session, pk, rak)
    return rak


def pk_from_rak(session: Session, rak: Plan) -> Plan:
    """A PK of the RAK's satker and year with its sasaran, indikator and
    targets; the RAK is linked to it."""
    _check_kind(rak, "RAK")
    session.flush()
    link = rak.status != "final"  # a final RAK is not changed: matched by text instead
    pk = new_pk(session, rak.satker, rak.year, paper=rak.paper, sign_place=rak.sign_place,
                sign_date=rak.sign_date, sign_date_precision=rak.sign_date_precision,
                sign_upper=rak.sign_upper)
    if rak.signatory_id:
        pk.signatory_id = rak.signatory_id
    session.flush()
    for s in rak.sasaran:
        sasaran = ops.add_sasaran(session, pk, s.text)
        for i in s.indikator:
            indikator = ops.add_indikator(session, sasaran, i.text, i.target)
            indikator.satuan = i.satuan
            session.flush()
            if link:
                i.source_id = indikator.id
        if link:
            s.source_id = sasaran.id
    if link:
        rak.source_plan_id = pk.id
    return pk


def _check_kind(plan: Plan, kind: str) -> None:
    if plan.kind != kind:
        raise ValidationError(tr("Rencana ini bukan {kind}.").format(kind=kind))


def linked_pk(session: Session, rak: Plan) -> Plan | None:
    """The PK a RAK implements (its link, or else the PK of its satker and year)."""
    if rak.kind != "RAK":
        return None
    if rak.source_plan_id:
        pk = session.get(Plan, rak.source_plan_id)
        if pk is not None:
            return pk
    return find_plan(session, rak.satker, "PK", rak.year) if rak.satker else None


def linked_rak(session: Session, pk: Plan) -> Plan | None:
    """The RAK that implements a PK (linked to it, or else the RAK of its
    satker and year that is linked to no other PK)."""
    if pk.kind != "PK":
        return None
    rak = session.exec(select(Plan).where(Plan.source_plan_id == pk.id,
                                          Plan.kind == "RAK")).first()
    if rak is None and pk.satker is not None:
        rak = find_plan(session, pk.satker, "RAK", pk.year)
        if rak is not None and rak.source_plan_id not in (None, pk.id):
            rak = None
    return rak


# ---------------------------------------------------------------- disagreements

MISSING_IN_RAK, MISSING_IN_PK = "missing_in_rak", "missing_in_pk"
SASARAN_TEXT, INDIKATOR_TEXT, TARGET, SATUAN = "sasaran_text", "indikator_text", "target", "satuan"


@dataclass
class Disagreement:
    kind: str  # one of the constants above
    pk_row: Sasaran | Indikator | None
    rak_row: Sasaran | Indikator | None
    pk_value: str
    rak_value: str

    @property
    def message(self) -> str:
        if self.kind == MISSING_IN_RAK:  # a row just inserted is still empty
            return tr("Indikator «{text}» ada di PK, tidak ada di RAK.").format(
                text=_short(self.pk_value) or tr("(kosong)"))
        if self.kind == MISSING_IN_PK:
            return tr("Indikator «{text}» ada di RAK, tidak ada di PK.").format(
                text=_short(self.rak_value) or tr("(kosong)"))
        if self.kind == TARGET:
            text = tr("Target «{text}»: PK {pk}, RAK {rak}.").format(
                text=_short(self.pk_row.text), pk=self.pk_value or "-",
                rak=self.rak_value or "-")
            if _has_realisasi(self.rak_row):
                text += " " + tr("RAK ini sudah ada realisasinya.")
            return text
        if self.kind == SATUAN:
            return tr("Satuan «{text}»: PK {pk}, RAK {rak}.").format(
                text=_short(self.pk_row.text), pk=self.pk_value or "-",
                rak=self.rak_value or "-")
        what = "Sasaran" if self.kind == SASARAN_TEXT else "Indikator"
        return tr("{what} berbeda: PK «{pk}», RAK «{rak}».").format(
            what=what, pk=_short(self.pk_value), rak=_short(self.rak_value))


def _has_realisasi(indikator: Indikator | None) -> bool:
    return indikator is not None and any(r.value.strip() for r in indikator.realisasi)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _norm(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def _pairs(pk_rows: list, rak_rows: list) -> tuple[list[tuple], list, list]:
    """PK rows paired with RAK rows: by the RAK row's link, else by equal text."""
    pairs, taken = [], set()
    by_source = {r.source_id: r for r in rak_rows if r.source_id}
    unpaired = []
    for p in pk_rows:
        r = by_source.get(p.id)
        if r is not None and id(r) not in taken:
            pairs.append((p, r))
            taken.add(id(r))
        else:
            unpaired.append(p)
    missing_pk = []
    for p in unpaired:
        r = next((r for r in rak_rows if id(r) not in taken and _norm(r.text) == _norm(p.text)
                  and (not r.source_id or r.source_id not in {q.id for q in pk_rows})), None)
        if r is None:
            missing_pk.append(p)
        else:
            pairs.append((p, r))
            taken.add(id(r))
    extra = [r for r in rak_rows if id(r) not in taken]
    return pairs, missing_pk, extra


def disagreements(rak: Plan, pk: Plan) -> list[Disagreement]:
    """Where a RAK and its PK differ: an indikator on one side only, a sasaran
    or indikator worded differently, a different target or satuan."""
    out: list[Disagreement] = []
    s_pairs, s_pk_only, s_rak_only = _pairs(list(pk.sasaran), list(rak.sasaran))
    for ps, rs in s_pairs:
        if ps.text.strip() != rs.text.strip():
            out.append(Disagreement(SASARAN_TEXT, ps, rs, ps.text, rs.text))
        i_pairs, i_pk_only, i_rak_only = _pairs(list(ps.indikator), list(rs.indikator))
        for pi, ri in i_pairs:
            if pi.text.strip() != ri.text.strip():
                out.append(Disagreement(INDIKATOR_TEXT, pi, ri, pi.text, ri.text))
            if _norm(pi.target) != _norm(ri.target):
                out.append(Disagreement(TARGET, pi, ri, pi.target, ri.target))
            if ri.satuan.strip() and _norm(pi.satuan) != _norm(ri.satuan):
                out.append(Disagreement(SATUAN, pi, ri, pi.satuan, ri.satuan))
        out += [Disagreement(MISSING_IN_RAK, pi, rs, pi.text, "") for pi in i_pk_only]
        out += [Disagreement(MISSING_IN_PK, ps, ri, "", ri.text) for ri in i_rak_only]
    for ps in s_pk_only:
        out += [Disagreement(MISSING_IN_RAK, pi, None, pi.text, "") for pi in ps.indikator]
    for rs in s_rak_only:
        out += [Disagreement(MISSING_IN_PK, None, ri, "", ri.text) for ri in rs.indikator]
    return out


def plan_disagreements(session: Session, plan: Plan) -> tuple[Plan | None, list[Disagreement]]:
    """The other side of a linked RAK or PK, and where the two differ."""
    if plan.kind == "RAK":
        pk = linked_pk(session, plan)
        return pk, ([] if pk is None else disagreements(plan, pk))
    if plan.kind == "PK":
        rak = linked_rak(session, plan)
        return rak, ([] if rak is None else disagreements(rak, plan))
    return None, []


def make_equal(session: Session, rak: Plan, pk: Plan, item: Disagreement,
               to: str = "rak") -> None:
    """Copy the PK's value to the RAK (``to="rak"``) or the RAK's to the PK.
    A row on one side only is added to the other (or, copying the other way,
    removed). The side written to must be a draft."""
    ops.ensure_draft(rak if to == "rak" else pk)
    if item.kind in (SASARAN_TEXT, INDIKATOR_TEXT):
        src, dst = (item.pk_row, item.rak_row) if to == "rak" else (item.rak_row, item.pk_row)
        dst.text = src.text
        if isinstance(dst, Indikator):
            ops.set_target(dst, dst.target)
    elif item.kind == TARGET:
        src, dst = (item.pk_row, item.rak_row) if to == "rak" else (item.rak_row, item.pk_row)
        ops.set_target(dst, src.target)
    elif item.kind == SATUAN:
        src, dst = (item.pk_row, item.rak_row) if to == "rak" else (item.rak_row, item.pk_row)
        dst.satuan = src.satuan
    elif item.kind == MISSING_IN_RAK:
        if to == "rak":
            _add_linked(session, item.pk_row, rak, pk)
        else:
            ops.delete_row(session, item.pk_row)
    elif item.kind == MISSING_IN_PK:
        if to == "pk":
            _add_to_pk(session, item.rak_row, pk)
        else:
            ops.delete_row(session, item.rak_row)


def _add_linked(session: Session, pk_ind: Indikator, rak: Plan, pk: Plan) -> None:
    ps = pk_ind.sasaran
    pairs, _, _ = _pairs(list(pk.sasaran), list(rak.sasaran))
    rs = next((r for p, r in pairs if p is ps), None)
    if rs is None:
        rs = ops.add_sasaran(session, rak, ps.text, position=pk.sasaran.index(ps))
        rs.source_id = ps.id
    ind = ops.add_indikator(session, rs, pk_ind.text, pk_ind.target,
                            position=ps.indikator.index(pk_ind))
    ind.satuan, ind.source_id = pk_ind.satuan, pk_ind.id
    rak.source_plan_id = pk.id


def _add_to_pk(session: Session, rak_ind: Indikator, pk: Plan) -> None:
    rs = rak_ind.sasaran
    ps = next((p for p in pk.sasaran if p.id == rs.source_id), None) or next(
        (p for p in pk.sasaran if _norm(p.text) == _norm(rs.text)), None)
    if ps is None:
        ps = ops.add_sasaran(session, pk, rs.text)
        session.flush()
        rs.source_id = ps.id
    ind = ops.add_indikator(session, ps, rak_ind.text, rak_ind.target)
    ind.satuan = rak_ind.satuan
    session.flush()
    rak_ind.source_id = ind.id


def make_all_equal(session: Session, rak: Plan, pk: Plan, to: str = "rak") -> int:
    """Every disagreement settled one way; returns how many there were."""
    items = disagreements(rak, pk)
    for item in items:
        make_equal(session, rak, pk, item, to)
    return len(items)


# ---------------------------------------------------------------- revisions

def amend(session: Session, pk: Plan, reason: str) -> int:
    """Start a PK Perubahan: a final PK becomes editable again as its next
    revision, printed "PERJANJIAN KINERJA PERUBAHAN" with ``reason``. The
    original stays as the earlier revision (its PDF still verifies). Returns
    the new revision's number."""
    _check_kind(pk, "PK")
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(tr("Tulis alasan perubahan PK (mis. pergantian pejabat)."))
    number = revisions.start_next_revision(pk)
    pk.amendment_reason = reason
    return number


def changed_targets(plan: Plan) -> list[tuple[Indikator, str, str]]:
    """Indikator whose target differs from the plan's last finalised revision:
    (indikator, target then, target now). The monitoring reports flag those
    that already have realisation (a changed target after the fact)."""
    if not plan.revisions:
        return []
    last = max(plan.revisions, key=lambda r: r.number)
    try:
        data = json.loads(last.snapshot)
    except ValueError:
        return []
    then = {i["id"]: i.get("target", "") for s in data.get("sasaran", [])
            for i in s.get("indikator", [])}
    return [(i, then[i.id], i.target) for s in plan.sasaran for i in s.indikator
            if i.id in then and then[i.id] != i.target]


# ---------------------------------------------------------------- next year

def copy_to_year(session: Session, plan: Plan, year: int) -> Plan:
    """The same plan for another year (snapshot.copy_plan: every field, budget
    line and period target), with its links fixed: a RAK points at the new
    year's PK when there is one, a copied PK is no PK Perubahan and has no
    realisation yet."""
    copy = snapshot.copy_plan(session, plan, year)
    copy.amendment_reason = ""
    for line in copy.budget_lines:
        line.realised = None
    if plan.kind == "RAK":
        pk = find_plan(session, plan.satker, "PK", year) if plan.satker else None
        copy.source_plan_id = pk.id if pk is not None else None
        for s in copy.sasaran:
            s.source_id = None
            for i in s.indikator:
                i.source_id = None
        if pk is not None:  # re-link by text
            s_pairs, _, _ = _pairs(list(pk.sasaran), list(copy.sasaran))
            for ps, rs in s_pairs:
                rs.source_id = ps.id
                for pi, ri in _pairs(list(ps.indikator), list(rs.indikator))[0]:
                    ri.source_id = pi.id
    else:
        copy.source_plan_id = None
    return copy
