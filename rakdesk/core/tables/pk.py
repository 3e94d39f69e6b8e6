"""The Perjanjian Kinerja's two tables.

The lampiran table: No | SASARAN … | INDIKATOR KINERJA | [SATUAN] | TARGET |
[TW I .. TW IV under "TARGET PER TRIWULAN"]; one row per indikator (a sasaran
without indikator still gets its row); No and the sasaran span its rows.

The budget table: No | PROGRAM (or KEGIATAN) | ANGGARAN, one row per budget
line and a last "Jumlah" row with the total.
"""

from __future__ import annotations

from rakdesk.core import pk_values as core
from rakdesk.core.model import Plan
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

QUARTER_GROUP = "TARGET PER TRIWULAN"
TOTAL_ID = "jumlah"  # the Row.sasaran_id of the budget table's total row


def columns(plan: Plan) -> list[Column]:
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


def describe(plan: Plan) -> TableDescription:
    cols = columns(plan)
    table = TableDescription(cols, [])
    keys = [c.key for c in cols]
    for number, sasaran in enumerate(plan.sasaran, 1):
        first = len(table.rows)
        for indikator in sasaran.indikator or [None]:
            cells = dict.fromkeys(keys, "")
            if len(table.rows) == first:
                cells.update(no=f"{number}.", sasaran=sasaran.text)
            if indikator is not None:
                cells.update(indikator=indikator.text, target=indikator.target)
                if "satuan" in cells:
                    cells["satuan"] = indikator.satuan
                for c in cols:
                    if c.period:
                        cells[c.key] = core.period_target(indikator, c.period)
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
