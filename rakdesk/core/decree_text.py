"""A decree's words and numbers, as printed: ordinal words (KESATU, ...),
menimbang letters, Roman months, the number from its pattern, a section's
items and the members numbered across teams, and the decree as plain data
(``rakdesk list --json``). Read-only, so the plan operations can use it
(rakdesk.core.decree builds and edits)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from rakdesk.core.choices import DECREE_SECTIONS
from rakdesk.core.schedule import MONTHS_ID

if TYPE_CHECKING:
    from rakdesk.core.model import Decree, DecreeItem, DecreeMember, DecreeTeam, Plan

# ---------------------------------------------------------------- words and numbers

_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def number_words(n: int) -> str:
    """A whole number in Indonesian words: 21 -> "dua puluh satu"."""
    if n < 0:
        raise ValueError(n)
    if n == 0:
        return "nol"
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    for size, word in ((1_000_000_000, "miliar"), (1_000_000, "juta"), (1000, "ribu"),
                       (100, "ratus"), (10, "puluh")):
        if n >= size:
            head, rest = divmod(n, size)
            if head == 1 and size in (100, 1000):
                text = f"se{word}"
            else:
                text = f"{number_words(head)} {word}"
            return f"{text} {number_words(rest)}" if rest else text
    raise AssertionError(n)


def ordinal(n: int) -> str:
    """The diktum's ordinal word: 1 -> KESATU, 11 -> KESEBELAS, 20 -> KEDUA PULUH."""
    if n < 1:
        raise ValueError(n)
    return f"KE{number_words(n)}".upper()


def letter(n: int) -> str:
    """a, b, ..., z, aa, bb, ... for menimbang."""
    if n < 1:
        raise ValueError(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def roman(n: int) -> str:
    out = []
    for value, text in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                        (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                        (4, "IV"), (1, "I")):
        while n >= value:
            out.append(text)
            n -= value
    return "".join(out)


def label(section: str, n: int) -> str:
    """How the ``n``-th entry of a section is numbered when printed."""
    if section == "menimbang":
        return f"{letter(n)}."
    if section == "diktum":
        return ordinal(n)
    return f"{n}."


def date_text(date: dt.date | None) -> str:
    """"2 April 2021"."""
    if date is None:
        return ""
    return f"{date.day} {MONTHS_ID[date.month - 1]} {date.year}"


def number_text(plan: Plan) -> str:
    """The decree's number: typed as a whole, or its parts with the month in
    Roman numerals and the year of the sign date (of the plan's year when no
    date): 175/ORT.04-Kpt/6408/KPU-Kab/IV/2021. Without a sequence yet (a
    copy for the next year, a new SK) its place stays blank for the hand that
    numbers the signed decree: "      /ORT.04-Kpt/6408/KPU-Kab/IV/2022"; empty
    if no part is set."""
    decree = plan.decree
    if decree is None:
        return ""
    if decree.number_typed.strip():
        return decree.number_typed.strip()
    parts = [decree.number_sequence, decree.number_classification, decree.number_satker_code,
             decree.number_unit]
    if not any(p.strip() for p in parts):
        return ""
    date = plan.sign_date
    month = roman(date.month) if date else ""
    year = str(date.year if date else plan.year)
    sequence = decree.number_sequence.strip() or SEQUENCE_SLOT
    return "/".join([sequence] + [p.strip() for p in [*parts[1:], month, year] if p.strip()])


SEQUENCE_SLOT = "\u00a0" * 6  # room to write the number in by hand


def split_number(text: str) -> dict | None:
    """The parts of a typed number that follows the pattern (None: it does not)."""
    m = re.fullmatch(r"\s*([^/]+)/([^/]+)/([^/]+)/([^/]+)/([IVXLC]+)/(\d{4})\s*", text or "")
    if not m:
        return None
    return {"number_sequence": m[1], "number_classification": m[2],
            "number_satker_code": m[3], "number_unit": m[4]}


# ---------------------------------------------------------------- reading


def items(decree: Decree, section: str) -> list[DecreeItem]:
    return [i for i in decree.items if i.section == section]


def members(decree: Decree) -> list[tuple[int, DecreeTeam, DecreeMember]]:
    """Every member with its printed number (continuing across teams)."""
    out = []
    for team in decree.teams:
        for member in team.members:
            out.append((len(out) + 1, team, member))
    return out


def decree_to_dict(plan: Plan) -> dict:
    """The decree as printed, for ``rakdesk list --json``."""
    decree = plan.decree
    if decree is None:
        return {}
    data = {"number": number_text(plan), "about": decree.about,
            "issuer_title": decree.issuer_title, "menetapkan": decree.menetapkan,
            "place": plan.sign_place, "date": date_text(plan.sign_date),
            "lampiran_title": decree.lampiran_title}
    for section in DECREE_SECTIONS:
        data[section] = [{"label": label(section, n), "text": i.text,
                          **({"points": [p.text for p in i.points]} if i.points else {})}
                         for n, i in enumerate(items(decree, section), 1)]
    numbers = {m.id: n for n, _, m in members(decree)}
    data["teams"] = [{"heading": t.heading, "tasks": t.task_list,
                      "members": [{"number": numbers[m.id], "name": m.name,
                                   "jabatan": m.printed_jabatan, "kedudukan": m.kedudukan}
                                  for m in t.members]} for t in decree.teams]
    return data
