"""Rows of a file written separately (no shared ids) matched by their text:
a satker by name, a plan by kind and year, sasaran and indikator by text
(spaces and capitals ignored)."""

from __future__ import annotations

import re

from rakdesk.core.merge.side import Side

# How an unmatched row of the other file may still be the same as one here.
MATCH_FIELDS = {"satker": ("name",), "sub_unit": ("name",), "official": ("name",),
                "plan": ("kind", "year"), "sasaran": ("text",), "indikator": ("text",),
                # one row per period; evidence is the same file (or link) of the period
                "realisasi": ("period",), "kegiatan_progress": ("period",),
                "evidence": ("period", "sha256", "link")}


def _norm_text(value) -> str:
    return re.sub(r"\s+", " ", str(value or "")).strip().casefold()


def match(a: Side, b: Side, table: str, b_id: str, a_kids, taken: set[str]) -> str | None:
    """The row here (among ``a_kids``, not ``taken``, not shared with ``b``)
    that the other file's row ``b_id`` is the same as by its text."""
    fields = MATCH_FIELDS.get(table)
    if not fields:
        return None
    theirs = b.rows[table][b_id]
    want = tuple(_norm_text(theirs[f]) for f in fields)
    for kid_table, kid_id in a_kids:
        if kid_table != table or kid_id in taken or kid_id in b.rows[table]:
            continue
        mine = a.rows[table][kid_id]
        if tuple(_norm_text(mine[f]) for f in fields) == want:
            return kid_id
    return None


def match_label(a: Side, table: str, a_id: str) -> str:
    row = a.rows[table][a_id]
    if table == "plan":
        return a.plan_label(a_id)
    return row.get("text") or row.get("name") or ""
