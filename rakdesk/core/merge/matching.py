"""Rows of a file written separately (no shared ids) matched by their text:
a satker by name, a plan by kind and year, sasaran and indikator by text
(spaces and capitals ignored)."""

from __future__ import annotations

import re

from rakdesk.core import registry
from rakdesk.core.merge.side import Side


def _norm_text(value) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


def match(mine: Side, theirs: Side, table: str, their_id: str, kids_here,
          taken: set[str]) -> str | None:
    """The row here (among ``kids_here``, not ``taken``, not shared with the
    other file) that the other file's row ``their_id`` is the same as by its text."""
    fields = registry.BY_TABLE[table].match
    if not fields:
        return None
    wanted = tuple(_norm_text(theirs.rows[table][their_id][f]) for f in fields)
    for kid_table, kid_id in kids_here:
        if kid_table != table or kid_id in taken or kid_id in theirs.rows[table]:
            continue
        if tuple(_norm_text(mine.rows[table][kid_id][f]) for f in fields) == wanted:
            return kid_id
    return None


def match_label(mine: Side, table: str, row_id: str) -> str:
    if table == "plan":
        return mine.plan_label(row_id)
    row = mine.rows[table][row_id]
    return row.get("text") or row.get("name") or ""
