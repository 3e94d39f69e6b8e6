"""The Rencana Pelaksanaan: one cell per month (B1..B12) or quarter (T1..T4).

A cell is empty, ticked, or names weeks of the month ("Minggu ke 1 - 4"), and
may carry a free note. Cells are plain values here; storage keeps one row per
non-empty cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from rakdesk.core.i18n import tr


class Granularity(StrEnum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"

    @property
    def periods(self) -> int:
        return 12 if self is Granularity.MONTHLY else 4

    def label(self, period: int, numeric: bool = False) -> str:
        """Column label of a period (1-based): ``B3``/``3`` or ``T1``."""
        if self is Granularity.MONTHLY:
            return str(period) if numeric else f"B{period}"
        return f"T{period}"


MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


@dataclass(frozen=True)
class Cell:
    """One schedule cell. Weeks (1-4) take the place of a plain tick when set."""

    ticked: bool = False
    weeks: frozenset[int] = field(default_factory=frozenset)
    note: str = ""

    def __post_init__(self):
        weeks = frozenset(int(w) for w in self.weeks)
        if any(w not in (1, 2, 3, 4) for w in weeks):
            raise ValueError("weeks are 1 to 4")
        object.__setattr__(self, "weeks", weeks)
        if weeks:
            object.__setattr__(self, "ticked", True)

    @property
    def empty(self) -> bool:
        return not self.ticked and not self.note

    def text(self, tick: str = "✓", short: bool = False) -> str:
        """What the cell says: a tick, the weeks, and the note below. ``short``
        writes the weeks the way a narrow month column shows them ("Mg 2, 3",
        explained by WEEKS_LEGEND under the table)."""
        parts = []
        if self.weeks:
            parts.append(weeks_short(self.weeks) if short else weeks_text(self.weeks))
        elif self.ticked:
            parts.append(tick)
        if self.note:
            parts.append(self.note)
        return "\n".join(parts)


EMPTY = Cell()
TICK = Cell(ticked=True)


def weeks_text(weeks) -> str:
    """``{4}`` -> "Minggu ke 4"; ``{1,2,3,4}`` -> "Minggu ke 1 - 4";
    ``{2,3}`` -> "Minggu ke 2 dan ke 3"; ``{1,2,4}`` -> "Minggu ke 1, ke 2 dan ke 4"."""
    numbers = sorted(set(weeks))
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"Minggu ke {numbers[0]}"
    if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"Minggu ke {numbers[0]} - {numbers[-1]}"
    head = ", ".join(f"ke {w}" for w in numbers[:-1])
    return f"Minggu {head} dan ke {numbers[-1]}"


# Under a table whose cells use weeks_short: what "Mg" stands for.
WEEKS_LEGEND = "Mg = minggu ke-"


def weeks_short(weeks) -> str:
    """The weeks in a narrow month column, no word long enough to be broken:
    ``{4}`` -> "Mg 4"; ``{1,2,3,4}`` -> "Mg 1–4"; ``{2,3}`` -> "Mg 2, 3"."""
    numbers = sorted(set(weeks))
    if not numbers:
        return ""
    if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"Mg {numbers[0]}–{numbers[-1]}"
    return "Mg " + ", ".join(str(w) for w in numbers)


_WEEKS_RE = re.compile(r"^\s*(?:minggu\b|mg\.?(?=\s|\d|$))(.*)$", re.IGNORECASE | re.DOTALL)


def parse_weeks(text: str) -> frozenset[int] | None:
    """Read "Minggu ke 1 - 4", "Minggu ke-2 dan ke-3", "minggu 1,3", "Mg 2, 3",
    "Mg 1–4"; ``None`` if not weeks."""
    m = _WEEKS_RE.match(text or "")
    if not m:
        return None
    rest = m.group(1).lower().replace("ke-", " ").replace("ke", " ")
    weeks: set[int] = set()
    for first, last in re.findall(r"(\d)\s*(?:-|–|s\.?d\.?|sampai)\s*(\d)", rest):
        weeks.update(range(int(first), int(last) + 1))
    rest = re.sub(r"(\d)\s*(?:-|–|s\.?d\.?|sampai)\s*(\d)", " ", rest)
    weeks.update(int(d) for d in re.findall(r"\d", rest))
    if not weeks or any(w not in (1, 2, 3, 4) for w in weeks):
        return None
    return frozenset(weeks)


def to_quarterly(cells: dict[int, Cell]) -> tuple[dict[int, Cell], list[str]]:
    """Map month cells (1..12) to quarter cells (1..4).

    A quarter is ticked when any of its months is; its notes are joined. Returns
    the new cells and, for each quarter whose months did not all say the same
    thing, a sentence naming what was lost.
    """
    result: dict[int, Cell] = {}
    losses: list[str] = []
    for q in range(1, 5):
        months = [cells.get(m, EMPTY) for m in range(3 * q - 2, 3 * q + 1)]
        ticked = any(c.ticked for c in months)
        notes = [c.note for c in months if c.note]
        note = "; ".join(dict.fromkeys(notes))
        if ticked or note:
            result[q] = Cell(ticked=ticked, note=note)
        partial = ticked and not all(c.ticked for c in months)
        if partial or any(c.weeks for c in months):
            labels = ", ".join(
                f"B{3 * q - 2 + i}{' (' + weeks_text(c.weeks) + ')' if c.weeks else ''}"
                for i, c in enumerate(months)
                if c.ticked
            )
            losses.append(tr("T{quarter} dicentang dari {months}; rincian bulan/minggu hilang")
                          .format(quarter=q, months=labels))
        if len(notes) > 1:
            losses.append(tr("T{quarter}: catatan dari {count} bulan digabung")
                          .format(quarter=q, count=len(notes)))
    return result, losses


def to_monthly(cells: dict[int, Cell]) -> tuple[dict[int, Cell], list[str]]:
    """Map quarter cells (1..4) to month cells: a ticked quarter ticks its three
    months, its note goes on the first. Nothing is lost this way round."""
    result: dict[int, Cell] = {}
    for q, cell in cells.items():
        if cell.empty:
            continue
        for i, m in enumerate(range(3 * q - 2, 3 * q + 1)):
            note = cell.note if i == 0 else ""
            if cell.ticked or note:
                result[m] = Cell(ticked=cell.ticked, weeks=cell.weeks, note=note)
    return result, []


def convert(cells: dict[int, Cell], source: Granularity, target: Granularity):
    if source == target:
        return dict(cells), []
    if target is Granularity.QUARTERLY:
        return to_quarterly(cells)
    return to_monthly(cells)
