"""A plan's printed words that every document shares: its title, its short
label, the signature block's lines. Light (no ORM), so printing a plan read
without the ORM (rakdesk.core.plain) uses the very same words;
rakdesk.core.plans re-exports them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rakdesk.core.nip import format_nip
from rakdesk.core.offices import position_text
from rakdesk.core.schedule import MONTHS_ID, Granularity

if TYPE_CHECKING:
    from rakdesk.core.model import Plan


def plan_title(plan: Plan) -> str:
    if plan.title:
        return plan.title
    if plan.kind == "PK":
        return "PERJANJIAN KINERJA PERUBAHAN" if plan.amendment_reason else "PERJANJIAN KINERJA"
    return {"RAK": "RENCANA AKSI KINERJA", "SK": "KEPUTUSAN"}.get(plan.kind,
                                                                 "INDIKATOR KINERJA UTAMA")


def plan_label(plan: Plan) -> str:
    """A short name for lists: "RAK 2024 (bulanan)"."""
    if plan.kind in ("IKU", "SK"):
        return f"{plan.kind} {plan.year}"
    if plan.kind == "PK":
        return f"PK Perubahan {plan.year}" if plan.amendment_reason else f"PK {plan.year}"
    gran = "bulanan" if plan.gran is Granularity.MONTHLY else "triwulan"
    return f"RAK {plan.year} ({gran})"


def sign_date_text(plan: Plan) -> str:
    """"Selong, 22 Januari 2020" or "SUNGAI RAYA, JANUARI 2024"."""
    if plan.sign_date is None:
        date = ""
    else:
        month = MONTHS_ID[plan.sign_date.month - 1]
        if plan.sign_date_precision == "month":
            date = f"{month} {plan.sign_date.year}"
        else:
            date = f"{plan.sign_date.day:02d} {month} {plan.sign_date.year}"
    text = ", ".join(p for p in (plan.sign_place, date) if p)
    return text.upper() if plan.sign_upper else text


def signature_lines(plan: Plan) -> dict:
    """The signature block's parts: date line, heading lines, name, NIP line."""
    official = plan.signatory
    title = ""
    if official:
        title = position_text(official.acting, official.title)
    office = [line for line in plan.sign_office.splitlines() if line.strip()]
    if plan.sign_layout == "position_then_office" and office:
        heading = [f"{title} {office[0]}".strip()] + office[1:]
    else:
        heading = office + ([f"{title}," if title else ""] if title else [])
    return {
        "date": sign_date_text(plan),
        "heading": heading,
        "name": official.name if official else "",
        "nip": f"NIP. {format_nip(official.nip)}" if official and official.nip else "",
    }


def has_week_notes(plan: Plan) -> bool:
    """Whether a cell of the plan names weeks ("Mg 2, 3"): then the printed
    table, the grid and the workbook explain "Mg" under the table."""
    return any(c.value().weeks for s in plan.sasaran for i in s.indikator
               for k in i.kegiatan for c in k.cells)
