"""What each document's table shows, described once in the core: the classes
in ``description``, each cell's text in ``cells``, one module per document
kind (``rak``, ``iku``, ``pk``). A new document kind is one new module here.

``all_columns`` asks for the columns the print may leave out as well (RAK's
NO when hidden, IKU's TARGET when no indikator has one): the grid shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rakdesk.core.tables import iku, pk, rak
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

__all__ = ["Column", "Row", "Span", "TableDescription", "columns", "describe"]


def _kind(plan: Plan):
    # The PK's lampiran table; pk.describe_budget is its other.
    return pk if plan.kind == "PK" else iku if plan.kind == "IKU" else rak


def columns(plan: Plan, all_columns: bool = False) -> list[Column]:
    """The columns of a plan's table, by its kind, without building its rows."""
    return _kind(plan).columns(plan, all_columns)


def describe(plan: Plan, all_columns: bool = False) -> TableDescription:
    """The table of a plan, by its kind."""
    return _kind(plan).describe(plan, all_columns)
