"""The lampiran of a decree: NO, NAMA, JABATAN, KEDUDUKAN DALAM TIM, TUGAS DALAM
TIM, with the column-number row 1..5. Each team prints a heading row (when it
has a heading: the seed prints none for the first team), then one row per
member, numbered on across teams; the team's tasks (one a line) are written
once, in a TUGAS cell spanning its members' rows.

Rows: ``sasaran_id`` holds the team's id, ``kegiatan_id`` the member's (None
on a heading row, whose only cell is ``"heading"``), ``number`` the team's
place in the decree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rakdesk.core.tables.description import Column, Row, Span, TableDescription

if TYPE_CHECKING:
    from rakdesk.core.model import Plan

HEADING = "heading"

COLUMNS = [
    Column("no", "NO", "row"),
    Column("nama", "NAMA", "row"),
    Column("jabatan", "JABATAN", "row"),
    Column("kedudukan", "KEDUDUKAN DALAM TIM", "row"),
    Column("tugas", "TUGAS DALAM TIM", "team"),
]


def is_heading(row: Row) -> bool:
    return HEADING in row.cells


def describe(plan: Plan) -> TableDescription:
    table = TableDescription(list(COLUMNS), [str(n) for n in range(1, len(COLUMNS) + 1)])
    decree = plan.decree
    if decree is None:
        return table
    number = 0
    for place, team in enumerate(decree.teams, 1):
        if team.heading.strip():
            table.rows.append(Row(place, team.id, None, None, {HEADING: team.heading.strip()}))
        first = len(table.rows)
        for member in team.members:
            number += 1
            cells = {"no": f"{number}.", "nama": member.name,
                     "jabatan": member.printed_jabatan, "kedudukan": member.kedudukan,
                     "tugas": "\n".join(team.task_list) if len(table.rows) == first else ""}
            table.rows.append(Row(place, team.id, None, member.id, cells))
        count = len(table.rows) - first
        if count > 1:
            table.spans.append(Span(first, "tugas", count))
    return table
