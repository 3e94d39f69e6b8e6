"""The Perjanjian Kinerja's two tables.

The lampiran table: No | SASARAN … | INDIKATOR KINERJA | [SATUAN] | TARGET |
[TW I .. TW IV under "TARGET PER TRIWULAN"]; one row per indikator (a sasaran
without indikator still gets its row); No and the sasaran span its rows.

The budget table: No | PROGRAM (or KEGIATAN) | ANGGARAN, one row per budget
line and a last "Jumlah" row with the total.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rakdesk.core import pk_values as core
from rakdesk.core.tables.cells import field_text, number_text, quarter_target
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

QUARTER_GROUP = "TARGET PER TRIWULAN"
TOTAL_ID = "jumlah"  # the Row.sasaran_id of the budget table's total row


def columns(plan: Plan, all_columns: bool = False) -> list[Column]:
    """The printed columns (``all_columns`` changes nothing: the grid shows
    what the PK prints; Satuan and the quarters are the plan's choice)."""
    cols = [
        Column("no", "No", "sasaran"),
        Column("sasaran", plan.sasaran_header or "SASARAN STRATEGIS", "sasaran"),
        Column("indikator", plan.indikator_header or "INDIKATOR KINERJA", "row"),
    ]
    if plan.show_satuan:
        cols.append(Column("satuan", "SATUAN", "row"))
    cols.append(Column("target", "TARGET", "row"))
    if plan.show_quarters:
        cols += [Column(f"q{n}", label, "row", group=QUARTER_GROUP, period=n)
                 for n, label in enumerate(core.QUARTERS, 1)]
    return cols


def describe(plan: Plan, all_columns: bool = False) -> TableDescription:
    cols = columns(plan, all_columns)
    table = TableDescription(cols, [])
    keys = [c.key for c in cols]
    texts = [c.key for c in cols if c.key not in ("no", "sasaran") and not c.period]
    for number, sasaran in enumerate(plan.sasaran, 1):
        first = len(table.rows)
        for indikator in sasaran.indikator or [None]:
            cells = dict.fromkeys(keys, "")
            if len(table.rows) == first:
                cells.update(no=number_text(number), sasaran=field_text("sasaran", sasaran,
                                                                        None, None))
            if indikator is not None:
                cells.update((key, field_text(key, sasaran, indikator, None)) for key in texts)
                targets = [(t.period, t.target) for t in indikator.period_targets]
                for c in cols:
                    if c.period:
                        cells[c.key] = quarter_target(targets, c.period)
            table.rows.append(Row(number, sasaran.id, indikator and indikator.id, None, cells))
        count = len(table.rows) - first
        if count > 1:
            table.spans += [Span(first, key, count) for key in ("no", "sasaran")]
    return table


def budget_columns(plan: Plan) -> list[Column]:
    return [Column("no", "No", "row"),
            Column("program", (plan.budget_heading or "Program").upper(), "row"),
            Column("anggaran", "ANGGARAN", "row")]


def describe_budget(plan: Plan) -> TableDescription:
    """Rows carry the budget line's id as ``sasaran_id``; the total row's is
    :data:`TOTAL_ID`."""
    table = TableDescription(budget_columns(plan), [])
    for number, line in enumerate(plan.budget_lines, 1):
        table.rows.append(Row(number, line.id, None, None, {
            "no": f"{number}.", "program": line.text,
            "anggaran": core.format_rupiah(line.amount)}))
    table.rows.append(Row(0, TOTAL_ID, None, None, {
        "no": "", "program": "Jumlah", "anggaran": core.format_rupiah(core.budget_total(plan))}))
    return table
