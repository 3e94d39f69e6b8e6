"""Finalising a plan's monitoring reports, as plans are finalised.

A Laporan Monitoring of one triwulan ("tw1".."tw4") or the Pengukuran Kinerja
("pengukuran") is frozen as a numbered revision of that report, with the
machinery of :mod:`rakdesk.core.revisions`: a snapshot of the realisasi it
shows, the exact PDF bytes and their SHA-256, and a code such as
``MON24-TW2-R1-7F3K9Q2M`` printed with its QR code in every footer, so that
``rakdesk verify`` recognises the paper. While a report is final, the
realisasi of its periods (every period, for the Pengukuran Kinerja) cannot be
changed: starting the report's next revision makes them editable again, and
the earlier revisions keep verifying.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

from sqlmodel import Session

from rakdesk.core import registry
from rakdesk.core import revisions as rv
from rakdesk.core.i18n import tr
from rakdesk.core.model import Plan, Realisasi, Revision
from rakdesk.core.records import (  # noqa: F401  (re-exported: callers use them here)
    final_kinds,
    is_final,
    report_bytes,
    report_of_record,
)
from rakdesk.core.revisions import REPORT_KINDS as KINDS
from rakdesk.core.revisions import report_title
from rakdesk.errors import ValidationError

CODE_PART = {"tw1": "TW1", "tw2": "TW2", "tw3": "TW3", "tw4": "TW4", "pengukuran": "PGK"}

# Prints a plan's report with its footer stamp (rakdesk.pdf.monitoring.render_report).
ReportRenderer = Callable[[Plan, str, rv.Stamp], bytes]


FIELDS = registry.fields(Realisasi)


def check_kind(kind: str) -> str:
    text = (kind or "").strip().lower()
    if text not in KINDS:
        raise ValidationError(tr(
            "Laporan «{kind}» tidak dikenal: pilih tw1, tw2, tw3, tw4 atau pengukuran.").format(
            kind=kind))
    return text


def periods_of(plan: Plan, kind: str) -> list[int]:
    """The periods whose realisasi the report shows."""
    n = plan.gran.periods
    if kind == "pengukuran":
        return list(range(1, n + 1))
    quarter = int(kind[2:])
    return [3 * quarter - 2, 3 * quarter - 1, 3 * quarter] if n == 12 else [quarter]


def content(plan: Plan, kind: str) -> str:
    """What the report shows of the plan's realisasi, as canonical JSON: per
    indikator its periods' realisasi and evidence (by hash or link), per
    kegiatan its periods' pelaksanaan."""
    wanted = set(periods_of(plan, kind))
    indikator, kegiatan = {}, {}
    for s in plan.sasaran:
        for i in s.indikator:
            indikator[i.id] = {
                "text": i.text, "target": i.target,
                "realisasi": {str(r.period): {f: getattr(r, f) for f in FIELDS}
                              for r in i.realisasi if r.period in wanted},
                "evidence": sorted(f"{e.period}:{e.sha256}:{e.link}" for e in i.evidence
                                   if e.period in wanted),
            }
            for k in i.kegiatan:
                kegiatan[k.id] = {str(p.period): [p.status, p.note] for p in k.progress
                                  if p.period in wanted}
    data = {"plan": plan.id, "report": kind, "indikator": indikator, "kegiatan": kegiatan}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)


def short_code(plan: Plan, kind: str, number: int, content_sha256: str) -> str:
    digest = base64.b32encode(bytes.fromhex(content_sha256)[:5]).decode()
    return f"MON{plan.year % 100:02d}-{CODE_PART[kind]}-R{number}-{digest}"


def _set_final(plan: Plan, kind: str, final: bool) -> None:
    kinds = set(final_kinds(plan)) - {kind} | ({kind} if final else set())
    plan.final_reports = " ".join(k for k in KINDS if k in kinds)


def finalize_report(session: Session, plan: Plan, kind: str, p12: str | None = None,
                    password: str = "", *, render: ReportRenderer) -> Revision:
    """Freeze the plan's report ``kind`` as its next revision, printed by ``render``."""
    kind = check_kind(kind)
    if is_final(plan, kind):
        raise ValidationError(tr(
            "{report} sudah final. Mulai revisi berikutnya untuk mengubahnya.").format(
            report=report_title(kind)))
    revision = rv.seal(session, plan, content(plan, kind),
                       lambda number, digest: short_code(plan, kind, number, digest),
                       lambda stamp: render(plan, kind, stamp), p12, password, report=kind)
    _set_final(plan, kind, True)
    return revision


def take_final(plan: Plan, kind: str, number: int, final_there: str | None) -> None:
    """A merge brought in revision ``number`` of the report ``kind``: final in
    the other file and its latest here, the report is final here too."""
    if kind in (final_there or "").split() and number >= rv.next_number(plan, kind) - 1:
        _set_final(plan, kind, True)


def start_next_report_revision(plan: Plan, kind: str) -> int:
    """Make a final report's realisasi editable again; returns the number its
    next revision gets."""
    kind = check_kind(kind)
    if not is_final(plan, kind):
        raise ValidationError(tr("{report} belum final.").format(report=report_title(kind)))
    _set_final(plan, kind, False)
    return rv.next_number(plan, kind)


def locking_report(plan: Plan, period: int) -> str | None:
    """The final report that shows ``period`` (None: the period can be changed)."""
    return locking_kind(plan.final_reports, plan.gran.periods, period)


def locking_kind(final_reports: str | None, periods: int, period: int | None) -> str | None:
    """:func:`locking_report` of a plan as a merge reads it: which reports are
    final, and how many periods its year has (4 or 12)."""
    quarter = None if period is None else period if periods == 4 else (period - 1) // 3 + 1
    for kind in (final_reports or "").split():
        if kind == "pengukuran" or kind == f"tw{quarter}":
            return kind
    return None


def check_open(plan: Plan, period: int) -> None:
    """Refuse a change to the realisasi of a period a final report shows."""
    kind = locking_report(plan, period)
    if kind is not None:
        raise ValidationError(tr(
            "{report} sudah final: realisasinya tidak dapat diubah. Mulai revisi berikutnya "
            "laporan itu untuk mengubahnya.").format(report=report_title(kind)))


# --- as the window calls them ---------------------------------------------------------------

def finalize_in(session: Session, plan_id: str, kind: str, render: ReportRenderer,
                p12: str | None = None, password: str = ""):
    """Finalise a report of the plan ``plan_id`` (not undone: the revision is
    the report of record); returns (OpChanges, Revision)."""
    from rakdesk.core import loading
    from rakdesk.core.operations.changes import OpChanges

    plan = loading.load_plan(session, plan_id)
    revision = finalize_report(session, plan, kind, p12, password, render=render)
    return OpChanges.structural(plan_id, workspace=True), revision


def set_final_reports(session: Session, plan_id: str, text: str):
    """Which of the plan's reports are final, as :attr:`Plan.final_reports`
    says it (what starting a report's next revision changes, and its undo);
    OpChanges with the text before as ``undo``, None when nothing changed."""
    from rakdesk.core.operations.changes import OpChanges

    plan = session.get(Plan, plan_id)
    before = plan.final_reports or ""
    if before == (text or ""):
        return None
    plan.final_reports = text or ""
    return OpChanges.structural(plan_id, undo=before, workspace=True)


def without(plan: Plan, kind: str) -> str:
    """The plan's final reports once ``kind``'s next revision is started."""
    return " ".join(k for k in final_kinds(plan) if k != kind)
