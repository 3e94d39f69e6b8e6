"""The RAK's table: NO, SASARAN, INDIKATOR KINERJA, TARGET, KEGIATAN, one
column per month or quarter under RENCANA PELAKSANAAN, PELAKSANA; one row per
kegiatan (an indikator without kegiatan, or a sasaran without indikator, still
gets its row). NO and SASARAN span the sasaran's rows, INDIKATOR and TARGET
the indikator's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rakdesk.core.tables.cells import (
    field_text,
    number_text,
    pelaksana_text,
    schedule_text,
    schedule_whole,
)
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

SCHEDULE_GROUP = "RENCANA PELAKSANAAN"


def period_key(period: int) -> str:
    return f"p{period}"


def columns(plan: Plan, all_columns: bool = False) -> list[Column]:
    """The printed columns; ``all_columns`` with NO also when the print hides
    it (the grid always numbers the sasaran)."""
    gran = plan.gran
    cols = [Column("no", "NO", "sasaran")] if plan.show_no_column or all_columns else []
    cols += [
        Column("sasaran", plan.sasaran_header or "SASARAN", "sasaran"),
        Column("indikator", plan.indikator_header or "INDIKATOR KINERJA", "indikator"),
        Column("target", "TARGET", "indikator"),
        Column("kegiatan", "KEGIATAN", "row"),
    ]
    cols += [Column(period_key(p), gran.label(p, plan.numeric_month_labels), "row",
                    SCHEDULE_GROUP, p) for p in range(1, gran.periods + 1)]
    cols.append(Column("pelaksana", "PELAKSANA", "row"))
    return cols


def number_row(plan: Plan, count: int) -> list[str]:
    if plan.column_numbers not in ("plain", "paren"):
        return []
    fmt = "({})" if plan.column_numbers == "paren" else "{}"
    return [fmt.format(n) for n in range(1, count + 1)]


def describe(plan: Plan, all_columns: bool = False) -> TableDescription:
    cols = columns(plan, all_columns)
    numbered = any(c.key == "no" for c in cols)
    table = TableDescription(cols, number_row(plan, len(cols)))
    periods, tick = plan.gran.periods, plan.tick_style
    for number, sasaran in enumerate(plan.sasaran, 1):
        s_first = len(table.rows)
        for indikator in sasaran.indikator or [None]:
            i_first = len(table.rows)
            for kegiatan in (indikator.kegiatan if indikator else []) or [None]:
                cells = {c.key: "" for c in cols}
                if len(table.rows) == s_first:
                    cells["sasaran"] = field_text("sasaran", sasaran, None, None)
                    if numbered:
                        cells["no"] = number_text(number)
                if indikator is not None and len(table.rows) == i_first:
                    for key in ("indikator", "target"):
                        cells[key] = field_text(key, sasaran, indikator, None)
                names: tuple[str, ...] = ()
                whole: dict[str, str] = {}
                if kegiatan is not None:
                    names = tuple(p.name for p in kegiatan.pelaksana)
                    cells.update(kegiatan=field_text("kegiatan", sasaran, indikator, kegiatan),
                                 pelaksana=pelaksana_text(names))
                    for period, cell in kegiatan.schedule().items():
                        if period <= periods:
                            key = period_key(period)
                            cells[key] = schedule_text(cell, tick)
                            if cell.weeks:
                                whole[key] = schedule_whole(cell, tick)
                table.rows.append(Row(number, sasaran.id, indikator and indikator.id,
                                      kegiatan and kegiatan.id, cells, names, whole))
            _span(table, i_first, ("indikator", "target"))
        _span(table, s_first, ("no", "sasaran") if numbered else ("sasaran",))
    return table


def _span(table: TableDescription, first: int, keys: tuple[str, ...]) -> None:
    count = len(table.rows) - first
    if count > 1:
        table.spans += [Span(first, key, count) for key in keys]
