"""The PK in the plan grid: its columns come from rakdesk.core.tables.pk (No,
the sasaran, INDIKATOR KINERJA, [SATUAN], TARGET, [TW I..IV]); one row per
indikator, as on the IKU. The quarter targets are typed like any cell, each
edit one undoable command."""

from __future__ import annotations

from rakdesk.core.tables import pk as tables
from rakdesk.ui.pk_commands import SetPeriodTargetCommand

QUARTER_PREFIX = "q"
PK_KEYS = frozenset(f"{QUARTER_PREFIX}{n}" for n in range(1, 5))
# Narrow columns keep their width in the grid (the texts share the rest).
PK_WIDTHS = {"satuan": 80, **dict.fromkeys(PK_KEYS, 70)}
CENTERED = frozenset({"satuan", *PK_KEYS})


def pk_columns(plan, column_class) -> list:
    """The grid's columns of a PK, from the table description (``column_class``
    is the grid's own Column). Quarter columns are text columns here."""
    return [column_class(c.key, c.heading, c.level) for c in tables.columns(plan)]


def pk_text(row, key: str) -> str:
    """A quarter's target of the row's indikator (the grid's plain values)."""
    if row.indikator is None:
        return ""
    period = int(key[len(QUARTER_PREFIX):])
    return next((t for p, t in row.indikator.targets if p == period), "")


def pk_command(doc, plan_id: str, row, key: str, value: str):
    return SetPeriodTargetCommand(doc, plan_id, row.indikator.id,
                                  int(key[len(QUARTER_PREFIX):]), value)
