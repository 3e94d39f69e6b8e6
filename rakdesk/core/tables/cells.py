"""Each cell's text, from plain values: the one place that says what a table
cell shows. The descriptions (``rak``, ``iku``, ``pk``) call these on the
plan's rows as loaded, the grid on the plain values it reads through
rakdesk.core.outline, so the grid and the print cannot say different things.

A sasaran, indikator or kegiatan is anything with the fields named in
:data:`FIELDS` (an ORM row or an outline value): both spell them alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rakdesk.core.schedule import Cell

# Text columns: which row of the plan holds the cell's text, and in which field.
FIELDS: dict[str, tuple[str, str]] = {
    "sasaran": ("sasaran", "text"),
    "indikator": ("indikator", "text"),
    "target": ("indikator", "target"),
    "keterangan": ("indikator", "keterangan"),  # IKU
    "sumber_data": ("indikator", "sumber_data"),  # IKU
    "satuan": ("indikator", "satuan"),  # PK
    "kegiatan": ("kegiatan", "text"),  # RAK
}


def number_text(number: int) -> str:
    """The sasaran's number: "1."."""
    return f"{number}."


def field_text(key: str, sasaran, indikator, kegiatan) -> str:
    """A text column's cell (a key of :data:`FIELDS`); "" when its row is absent
    (an indikator's cell on a sasaran without indikator)."""
    level, name = FIELDS[key]
    holder = sasaran if level == "sasaran" else indikator if level == "indikator" else kegiatan
    return getattr(holder, name) if holder is not None else ""


def pelaksana_text(names: Sequence[str]) -> str:
    """One name as it is; several numbered, one per line."""
    if len(names) <= 1:
        return names[0] if names else ""
    return "\n".join(f"{i}. {n}" for i, n in enumerate(names, 1))


def schedule_text(cell: Cell, tick: str) -> str:
    """A schedule cell as a narrow month column shows it: the weeks short
    ("Mg 2, 3"), the tick, the note below."""
    return cell.text(tick, short=True)


def schedule_whole(cell: Cell, tick: str) -> str:
    """The cell with its weeks written out ("Minggu ke 2 dan ke 3"); "" when
    :func:`schedule_text` already says all (no weeks)."""
    return cell.text(tick) if cell.weeks else ""


def quarter_target(targets: Iterable[tuple[int, str]], period: int) -> str:
    """The PK's target for one quarter, from (quarter, target) pairs."""
    return next((t for p, t in targets if p == period), "")
