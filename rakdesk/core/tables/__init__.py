"""What each document's table shows, described once in the core: the classes
in ``description``, one module per document kind (``rak``, ``iku``, ``pk``).
A new document kind is one new module here."""

from __future__ import annotations

from rakdesk.core.model import Plan
from rakdesk.core.tables import iku, pk, rak
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

__all__ = ["Column", "Row", "Span", "TableDescription", "describe"]


def describe(plan: Plan) -> TableDescription:
    """The table of a plan, by its kind."""
    if plan.kind == "PK":
        return pk.describe(plan)  # the lampiran's table; pk.describe_budget the other
    return iku.describe(plan) if plan.kind == "IKU" else rak.describe(plan)
