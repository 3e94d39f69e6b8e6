"""What a document's table shows, described once, without Qt or a renderer.

A :class:`TableDescription` holds a document's columns (key, heading, the rows
one cell covers, the heading over a run of columns), its column-number row,
and one :class:`Row` per printed line with each cell's text; cells that span
rows hold their text on the first row of the span and "" below it, and
:attr:`TableDescription.spans` says how far each reaches. The PDF
(rakdesk.pdf.table), the Excel sheet (rakdesk.xlsx.table), the clipboard rows
and ``list --json`` render this and add only their medium (widths, fonts,
editing); the grid is to follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("sasaran", "indikator", "row")


@dataclass(frozen=True)
class Column:
    key: str  # "no", "sasaran", "indikator", "target", "kegiatan", "p1".., "pelaksana"
    heading: str  # as printed
    level: str  # "sasaran", "indikator" or "row": the rows one of its cells covers
    group: str = ""  # the heading over a run of columns ("RENCANA PELAKSANAAN")
    period: int = 0  # 1..12 (months) or 1..4 (quarters) for a schedule column


@dataclass(frozen=True)
class Row:
    number: int  # the sasaran's number in the plan
    sasaran_id: str
    indikator_id: str | None
    kegiatan_id: str | None
    cells: dict[str, str]  # column key -> text
    pelaksana: tuple[str, ...] = ()  # the kegiatan's pelaksana names, in order
    # key -> the cell's whole text where ``cells`` shortens it for a narrow
    # column (a schedule cell's weeks: "Mg 2, 3" is "Minggu ke 2 dan ke 3")
    whole: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    row: int  # the first row
    key: str  # the column
    rows: int  # how many rows it covers (more than one)


@dataclass
class TableDescription:
    columns: list[Column]
    number_row: list[str]  # "1", "2", ... or "(1)", ...; empty when not printed
    rows: list[Row] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def groups(self) -> list[tuple[str, str, str]]:
        """(heading, first key, last key) of each run of columns under one heading."""
        out: list[tuple[str, str, str]] = []
        previous = ""
        for c in self.columns:
            if c.group and c.group == previous:
                out[-1] = (c.group, out[-1][1], c.key)
            elif c.group:
                out.append((c.group, c.key, c.key))
            previous = c.group
        return out

    def level_keys(self, level: str) -> list[str]:
        return [c.key for c in self.columns if c.level == level]

    def filled(self, whole: bool = False) -> list[dict[str, str]]:
        """Every row's cells with the text of the span above in the cells it
        covers (a sasaran's text on each of its rows), as a list that repeats
        them needs (the clipboard); ``whole`` with the whole texts."""
        out = [dict(r.cells, **r.whole) if whole else dict(r.cells) for r in self.rows]
        for s in self.spans:
            for i in range(1, s.rows):
                out[s.row + i][s.key] = out[s.row][s.key]
        return out

    def first_rows(self) -> dict[str, int]:
        """The first row of each sasaran, indikator and kegiatan by id: the
        row whose cells hold its texts."""
        out: dict[str, int] = {}
        for r, row in enumerate(self.rows):
            for ident in (row.sasaran_id, row.indikator_id, row.kegiatan_id):
                if ident is not None:
                    out.setdefault(ident, r)
        return out

    def covered(self) -> set[tuple[int, str]]:
        """(row, key) of the cells hidden under a span (not its first row)."""
        return {(s.row + i, s.key) for s in self.spans for i in range(1, s.rows)}
