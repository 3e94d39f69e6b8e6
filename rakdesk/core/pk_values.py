"""A Perjanjian Kinerja's values as its tables print them (quarter labels,
rupiah amounts, a quarter's target): read by the table description
(rakdesk.core.tables.pk) without importing the PK's operations, which import
the plans that import the descriptions."""

from __future__ import annotations

from rakdesk.core.model import Indikator, Plan

QUARTERS = ("TW I", "TW II", "TW III", "TW IV")


def format_thousands(amount: int) -> str:
    """1234567000 -> "1.234.567.000"."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", ".")


def format_rupiah(amount: int | None) -> str:
    """1234567000 -> "Rp 1.234.567.000"; None -> ""."""
    return "" if amount is None else f"Rp {format_thousands(amount)}"


def budget_total(plan: Plan) -> int:
    return sum(line.amount for line in plan.budget_lines if line.amount is not None)


def period_target(indikator: Indikator, period: int) -> str:
    return next((t.target for t in indikator.period_targets if t.period == period), "")
