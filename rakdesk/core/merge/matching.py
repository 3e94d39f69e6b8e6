"""Rows of a file written separately (no shared ids) matched by their text:
a satker by name, a plan by kind and year, sasaran and indikator by text
(spaces and capitals ignored), and by what they point at: a decree member by
its person, the official here the other file's official was matched with."""

from __future__ import annotations

import re

from rakdesk.core import registry
from rakdesk.core.merge.side import Side
from rakdesk.core.merge.wording import label


def _norm_text(value) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


def match(mine: Side, theirs: Side, table: str, their_id: str, kids_here,
          taken: set[str], idmap: dict[str, str] | None = None) -> str | None:
    """The row here (among ``kids_here``, not ``taken``, not shared with the
    other file) that the other file's row ``their_id`` is the same as by its
    text; a reference among the fields is read through ``idmap`` (the other
    file's ids of rows matched here -> their ids here)."""
    entry = registry.BY_TABLE[table]
    if not entry.match:
        return None
    row, idmap = theirs.rows[table][their_id], idmap or {}
    if any(not row[f] for f in entry.match if f in entry.references):
        return None  # points at nothing: nothing to tell it by
    wanted = tuple(_norm_text(idmap.get(row[f], row[f]) if f in entry.references else row[f])
                   for f in entry.match)
    for kid_table, kid_id in kids_here:
        if kid_table != table or kid_id in taken or kid_id in theirs.rows[table]:
            continue
        if tuple(_norm_text(mine.rows[table][kid_id][f]) for f in entry.match) == wanted:
            return kid_id
    return None


def match_label(mine: Side, table: str, row_id: str) -> str:
    if table == "plan":
        return mine.plan_label(row_id)
    return label(mine, table, mine.rows[table][row_id])
