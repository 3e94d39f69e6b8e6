"""The IKU's table: No, SASARAN STRATEGIS, INDIKATOR KINERJA, TARGET (only when
an indikator has one), KETERANGAN, SUMBER DATA; one row per indikator (a
sasaran without indikator still gets its row). No and SASARAN span the
sasaran's rows. No column-number row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rakdesk.core.tables.cells import field_text, number_text
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

if TYPE_CHECKING:
    from rakdesk.core.model import Plan


def has_targets(plan: Plan) -> bool:
    return any(i.target for s in plan.sasaran for i in s.indikator)


def columns(plan: Plan, all_columns: bool = False) -> list[Column]:
    """The printed columns; ``all_columns`` with TARGET also when no indikator
    has one (the grid keeps it, so a first target can be typed)."""
    cols = [
        Column("no", "No", "sasaran"),
        Column("sasaran", plan.sasaran_header or "SASARAN STRATEGIS", "sasaran"),
        Column("indikator", plan.indikator_header or "INDIKATOR KINERJA", "row"),
    ]
    if all_columns or has_targets(plan):
        cols.append(Column("target", "TARGET", "row"))
    cols += [Column("keterangan", "KETERANGAN", "row"),
             Column("sumber_data", "SUMBER DATA", "row")]
    return cols


def describe(plan: Plan, all_columns: bool = False) -> TableDescription:
    cols = columns(plan, all_columns)
    table = TableDescription(cols, [])
    keys = [c.key for c in cols]
    texts = [k for k in keys if k != "no"]
    for number, sasaran in enumerate(plan.sasaran, 1):
        first = len(table.rows)
        for indikator in sasaran.indikator or [None]:
            cells = {key: "" for key in keys}
            if len(table.rows) == first:
                cells.update(no=number_text(number), sasaran=field_text("sasaran", sasaran,
                                                                        None, None))
            if indikator is not None:
                cells.update((key, field_text(key, sasaran, indikator, None))
                             for key in texts if key != "sasaran")
            table.rows.append(Row(number, sasaran.id, indikator and indikator.id, None, cells))
        count = len(table.rows) - first
        if count > 1:
            table.spans += [Span(first, key, count) for key in ("no", "sasaran")]
    return table

