"""The parties of a PK workbook: the two signature blocks under its tables
(Pihak Kedua left, Pihak Pertama right, the place and date above them), and
the statement page (lembar pernyataan), whose wording is read back with the
two parties' Nama/Jabatan rows marked as the core marks them."""

from __future__ import annotations

import re

from rakdesk.core.i18n import tr
from rakdesk.xlsx.archive import Problem
from rakdesk.xlsx.layout import norm, signature_parts, signing_line

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
    from rakdesk.core.pk_values import split_paragraphs

    return [" ".join(p.split()) for p in split_paragraphs(text)]


def read_parties(rows, start: int, plan) -> None:
    """Pihak Kedua (left) and Pihak Pertama (right), each with its position lines,
    a gap, the name and NIP; the place and date above them. Without the words
    "Pihak ...", the block under the place and date is pihak pertama's."""
    found: dict[str, tuple[int, int]] = {}
    signing = None
    for r in range(start, min(start + 40, len(rows))):
        for c, cell in enumerate(rows[r]):
            if not cell:
                continue
            text = norm(cell)
            if signing is None and signing_line(text):
                signing = (r, c, signing_line(text))
            m = party_label(text)
            if m:
                which = "1" if m.group(1).lower() in ("pertama", "i", "1") else "2"
                found.setdefault(which, (r, c))
    if signing is not None:
        r, c, (place, day, month, year, upper) = signing
        if not _day_exists(year, month, day):
            plan.problems.append(Problem(plan.sheet, r + 1, c + 1, tr(
                "tanggal '{date}' tidak ada di kalender; tanggal tanda tangan dibiarkan kosong")
                .format(date=rows[r][c][:60])))
            day = month = year = None
        plan.signature = {"place": place, "day": day, "month": month, "year": year,
                          "upper": upper}
    else:
        plan.signature = {"place": "", "day": None, "month": None, "year": None,
                          "upper": False}
    if not found and signing is not None:  # one block under the place and date
        plan.signature.update(_block(rows, signing[0] + 1, signing[1], None, label=False))
        return
    columns = sorted(c for _, c in found.values())
    for which, (r, c) in found.items():
        limit = next((x for x in columns if x > c), None)
        block = _block(rows, r, c, limit)
        if which == "1":
            plan.signature.update(block)
        else:
            plan.party2 = block


def _day_exists(year: int, month: int, day: int | None) -> bool:
    """Whether "31 Februari 2024", day 0 or year 0 names a day (as the RAK import
    judges a signing date)."""
    import datetime as dt

    try:
        dt.date(year, month, 1 if day is None else day)
    except ValueError:
        return False
    return 1900 <= year <= 2200


def _block(rows, r: int, c: int, limit: int | None, label: bool = True) -> dict:
    """heading lines, name and NIP under "Pihak ...," at (r, c) (or, without
    ``label``, from row r down)."""
    lines = []
    if label:
        first = PARTY.sub("", norm(rows[r][c])).strip(" ,")
        if first:
            lines.append(first)
    else:
        r -= 1
    for below in rows[r + 1:r + 16]:
        end = limit if limit is not None else c + 4
        text = norm(below[c]) if c < len(below) else ""
        if not text:
            text = next((norm(x) for x in below[c:end] if x), "")
        lines.append(text)
    return signature_parts(lines, name_without_gap=True)
