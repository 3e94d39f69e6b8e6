"""The PK in the plan grid: its columns and cell texts are the table
description's (rakdesk.core.tables.pk, through rakdesk.ui.plan_model); the
quarter targets are typed like any cell, each edit one undoable command. What
is left here is the grid's own look: narrow columns keep their width."""

from __future__ import annotations

PK_KEYS = frozenset(f"q{n}" for n in range(1, 5))  # the description's quarter keys
PK_WIDTHS = {"satuan": 80, **dict.fromkeys(PK_KEYS, 70)}
