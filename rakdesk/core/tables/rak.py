"""The RAK's table: NO, SASARAN, INDIKATOR KINERJA, TARGET, KEGIATAN, one
column per month or quarter under RENCANA PELAKSANAAN, PELAKSANA; one row per
kegiatan (an indikator without kegiatan, or a sasaran without indikator, still
gets its row). NO and SASARAN span the sasaran's rows, INDIKATOR and TARGET
the indikator's."""

from __future__ import annotations

from rakdesk.core.model import Plan
from rakdesk.core.tables.description import Column, Row, Span, TableDescription

SCHEDULE_GROUP = "RENCANA PELAKSANAAN"


def period_key(period: int) -> str:
    return f"p{period}"


def columns(plan: Plan) -> list[Column]:
    gran = plan.gran
    cols = [Column("no", "NO", "sasaran")] if plan.show_no_column else []
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


def pelaksana_text(names: tuple[str, ...]) -> str:
    """One name as it is; several numbered, one per line."""
    if len(names) <= 1:
        return names[0] if names else ""
    return "\n".join(f"{i}. {n}" for i, n in enumerate(names, 1))


def describe(plan: Plan) -> TableDescription:
    cols = columns(plan)
    table = TableDescription(cols, number_row(plan, len(cols)))
    periods, tick = plan.gran.periods, plan.tick_style
    for number, sasaran in enumerate(plan.sasaran, 1):
        s_first = len(table.rows)
        for indikator in sasaran.indikator or [None]:
            i_first = len(table.rows)
            for kegiatan in (indikator.kegiatan if indikator else []) or [None]:
                cells = {c.key: "" for c in cols}
                if len(table.rows) == s_first:
                    cells.update(no=f"{number}.", sasaran=sasaran.text)
                if indikator is not None and len(table.rows) == i_first:
                    cells.update(indikator=indikator.text, target=indikator.target)
                names: tuple[str, ...] = ()
                whole: dict[str, str] = {}
                if kegiatan is not None:
                    names = tuple(p.name for p in kegiatan.pelaksana)
                    cells.update(kegiatan=kegiatan.text, pelaksana=pelaksana_text(names))
                    for period, cell in kegiatan.schedule().items():
                        if period <= periods:
                            # weeks short ("Mg 2, 3"), as a narrow month column shows them
                            key = period_key(period)
                            cells[key] = cell.text(tick, short=True)
                            if cell.weeks:
                                whole[key] = cell.text(tick)
                if not plan.show_no_column:
                    cells.pop("no", None)
                table.rows.append(Row(number, sasaran.id, indikator and indikator.id,
                                      kegiatan and kegiatan.id, cells, names, whole))
            _span(table, i_first, ("indikator", "target"))
        _span(table, s_first, ("no", "sasaran") if plan.show_no_column else ("sasaran",))
    return table


def _span(table: TableDescription, first: int, keys: tuple[str, ...]) -> None:
    count = len(table.rows) - first
    if count > 1:
        table.spans += [Span(first, key, count) for key in keys]
