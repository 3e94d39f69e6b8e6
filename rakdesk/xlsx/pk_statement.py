"""The statement page of a PK workbook (lembar pernyataan): its wording read
back, with the two parties' Nama/Jabatan rows marked as the core marks them."""

from __future__ import annotations

import re

from rakdesk.xlsx.layout import norm, signing_line

TITLE = re.compile(r"^PERJANJIAN\s+KINERJA\b", re.IGNORECASE)
PARTY = re.compile(r"^pihak\s+(pertama|kedua|i{1,2}|1|2)\b\s*,?", re.IGNORECASE)


def party_label(text: str):
    """"Pihak Kedua," (a short label, not a sentence that begins with the words)."""
    return PARTY.match(text) if len(text) <= 40 else None


def statement_of(rows: list[list[str]]) -> str | None:
    """The statement's wording on a statement page (title, paragraphs, each
    party's Nama and Jabatan rows, then the signatures), with the parties'
    places marked as the core marks them; "" for the standard wording; None
    when the rows hold no statement."""
    from rakdesk.core import pk as core

    start = next((n for n, cells in enumerate(rows)
                  if any(len(c) <= 80 and TITLE.match(norm(c)) for c in cells if c)), None)
    if start is None:
        return None
    paragraphs: list[str] = []
    parties = 0
    for cells in rows[start + 1:]:
        filled = [norm(c) for c in cells if c]
        if not filled:
            continue
        if any(signing_line(c) or party_label(c) for c in filled):
            break
        label = filled[0].rstrip(" :").lower()
        if label == "nama":
            parties += 1
            paragraphs.append(core.PARTY1 if parties == 1 else core.PARTY2)
        elif label != "jabatan":
            paragraphs.append(" ".join(filled))
    if parties != 2 or len(paragraphs) < 3:
        return None
    text = "\n\n".join(paragraphs)
    standard = _paragraphs(core.STANDARD_STATEMENT)
    return "" if _paragraphs(text) == standard else text


def _paragraphs(text: str) -> list[str]:
    """Paragraphs as the core splits them, whitespace folded."""
    from rakdesk.core import pk as core

    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in block.splitlines() if line.strip()]
        current: list[str] = []
        for line in lines:
            if line in (core.PARTY1, core.PARTY2):
                if current:
                    out.append(" ".join(current))
                    current = []
                out.append(line)
            else:
                current.append(line)
        if current:
            out.append(" ".join(current))
    return out
