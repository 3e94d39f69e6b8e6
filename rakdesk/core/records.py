"""What a final plan or a final monitoring report stands for: the stored
revision whose PDF printing writes byte for byte, and the stamp a finalised
PDF carries. Light (no ORM), so printing a plan read without the ORM
(rakdesk.core.plain) finds the same revision; rakdesk.core.revisions and
rakdesk.core.report_revisions re-export these names."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rakdesk.core.i18n import tr

if TYPE_CHECKING:
    from rakdesk.core.model import Plan, Revision

# A plan's monitoring reports that are finalised as revisions of their own
# (rakdesk.core.report_revisions).
REPORT_KINDS = ("tw1", "tw2", "tw3", "tw4", "pengukuran")


def report_title(kind: str) -> str:
    """"Laporan Monitoring TW II", "Pengukuran Kinerja"."""
    if kind == "pengukuran":
        return tr("Pengukuran Kinerja")
    return tr("Laporan Monitoring TW {quarter}").format(
        quarter=("I", "II", "III", "IV")[int(kind[2:]) - 1])


def amendment_reason(revision: Revision) -> str:
    """The reason a PK Perubahan named when this revision was finalised (""
    for a revision that is no PK Perubahan), read from its snapshot."""
    try:
        data = json.loads(revision.snapshot)
    except (TypeError, ValueError):
        return ""
    reason = data.get("amendment_reason", "") if isinstance(data, dict) else ""
    return reason if isinstance(reason, str) else ""


def revision_label(revision: Revision, kind: str) -> str:
    """How a revision is listed: "2", "2 · PK Perubahan", "3 · Laporan
    Monitoring TW II"."""
    label = str(revision.number)
    if revision.report:
        return f"{label} · {report_title(revision.report)}"
    if kind == "PK" and amendment_reason(revision):
        return f"{label} · {tr('PK Perubahan')}"
    return label


@dataclass(frozen=True)
class Stamp:
    """What a finalised PDF carries in its footer: the short document code and
    a QR code of plan, revision and content hash."""

    code: str
    payload: str
    revision: int


def plan_revisions(plan: Plan, report: str = "") -> list[Revision]:
    """The revisions of the plan itself (``report`` empty) or of one of its
    monitoring reports ("tw2", "pengukuran"), by number."""
    return [r for r in plan.revisions if (r.report or "") == report]


def plan_of_record(plan: Plan) -> Revision | None:
    """The revision a final plan stands for (its stored PDF is what printing and
    exporting write, byte for byte); None for a draft."""
    own = plan_revisions(plan)
    if plan.status != "final" or not own:
        return None
    return max(own, key=lambda r: r.number)


# --- monitoring reports (rakdesk.core.report_revisions)

def final_kinds(plan: Plan) -> list[str]:
    return [k for k in (plan.final_reports or "").split() if k in REPORT_KINDS]


def is_final(plan: Plan, kind: str) -> bool:
    return kind in final_kinds(plan)


def report_of_record(plan: Plan, kind: str) -> Revision | None:
    """The revision a final report stands for (its stored PDF is what printing
    and exporting write); None while the report is not final."""
    own = plan_revisions(plan, kind)
    if not is_final(plan, kind) or not own:
        return None
    return max(own, key=lambda r: r.number)


def report_bytes(plan: Plan, kind: str, render: Callable[[Plan, str], bytes]) -> bytes:
    """A final report's stored bytes; a report not final rendered as it is now."""
    stored = report_of_record(plan, kind)
    return stored.pdf if stored is not None else render(plan, kind)
