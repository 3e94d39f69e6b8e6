"""Indicator targets: keep what the user typed, and understand it.

Targets in these documents are free text but typed: ``75%``, ``77,5%`` (decimal
comma), ``12 Kali``, ``2.498 Orang`` (dot thousands), ``B`` (a grade), ``WTP`` (an
audit opinion), ``77`` (an index), ``3,5``. :func:`parse_target` reads them into a
:class:`Target`; whatever it cannot read stays valid text of kind ``TEXT``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class TargetKind(StrEnum):
    PERCENT = "percent"
    COUNT = "count"  # a number with a unit: 12 Kali, 2.498 Orang, 1 Dokumen
    GRADE = "grade"  # SAKIP/RB grades: AA, A, BB, B, CC, C, D
    OPINION = "opinion"  # BPK audit opinions: WTP, WDP, TW, TMP
    INDEX = "index"  # a bare number on an indicator that is an index or a score
    NUMBER = "number"  # any other bare number: 3,5
    TEXT = "text"  # anything else, kept as typed


GRADES = ("AA", "A", "BB", "B", "CC", "C", "D", "E")
OPINIONS = ("WTP", "WTP-DPP", "WDP", "TW", "TMP")
# Indicators whose bare-number target is an index or score rather than a quantity.
_INDEX_WORDS = re.compile(r"\b(indeks|index|nilai|skor)\b", re.IGNORECASE)

# Indonesian number: dot thousands, comma decimals ("2.498", "77,5", "1.234.567,25").
# A lone dot followed by one or two digits is read as a decimal point ("2.5"),
# since people type that too; a dot followed by exactly three digits is thousands.
_NUMBER = r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:[,.]\d+)?"
_PERCENT_RE = re.compile(rf"^({_NUMBER})\s*(%|persen)$", re.IGNORECASE)
_COUNT_RE = re.compile(rf"^({_NUMBER})\s+(\S.*)$")
_BARE_RE = re.compile(rf"^({_NUMBER})$")


@dataclass(frozen=True)
class Target:
    text: str
    kind: TargetKind
    value: Decimal | None = None
    unit: str = ""

    def formatted(self) -> str:
        """The canonical Indonesian spelling of the parsed value (text for TEXT)."""
        return format_target(self.kind, self.value, self.unit, fallback=self.text)


def parse_number(text: str) -> Decimal:
    """Read an Indonesian-formatted number. Raises ``ValueError`` when it is not one."""
    s = text.strip()
    if not re.fullmatch(_NUMBER, s):
        raise ValueError(f"not a number: {text!r}")
    sign = ""
    if s[0] in "+-":
        sign, s = s[0], s[1:]
    if "," in s:
        whole, frac = s.rsplit(",", 1)
        whole = whole.replace(".", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        whole, frac = s.replace(".", ""), ""
    elif "." in s:
        whole, frac = s.split(".", 1)
    else:
        whole, frac = s, ""
    try:
        return Decimal(f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}")
    except InvalidOperation as exc:  # pragma: no cover - the regex rules this out
        raise ValueError(f"not a number: {text!r}") from exc


def format_number(value: Decimal) -> str:
    """Spell a number the Indonesian way: ``2.498``, ``77,5``, ``1.234.567,25``."""
    value = Decimal(value)
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    result = ".".join(groups)
    return f"{sign}{result},{frac}" if frac else f"{sign}{result}"


def parse_target(text: str, indikator: str = "") -> Target:
    """Understand a typed target. ``indikator`` (its indicator's text) tells an
    index (``Indeks Reformasi Birokrasi``: ``77``) from a plain number."""
    raw = text if text is not None else ""
    s = " ".join(raw.split())
    if not s:
        return Target(raw, TargetKind.TEXT)
    if m := _PERCENT_RE.match(s):
        return Target(raw, TargetKind.PERCENT, parse_number(m.group(1)))
    upper = s.upper()
    if upper in OPINIONS:
        return Target(raw, TargetKind.OPINION, unit=upper)
    if upper in GRADES or (len(upper) <= 3 and upper.rstrip("+-") in GRADES and upper[-1] in "+-"):
        return Target(raw, TargetKind.GRADE, unit=upper)
    if m := _BARE_RE.match(s):
        kind = TargetKind.INDEX if _INDEX_WORDS.search(indikator or "") else TargetKind.NUMBER
        return Target(raw, kind, parse_number(m.group(1)))
    if m := _COUNT_RE.match(s):
        unit = m.group(2)
        if re.search(r"\d", unit) is None:
            return Target(raw, TargetKind.COUNT, parse_number(m.group(1)), unit)
    return Target(raw, TargetKind.TEXT)


def format_target(
    kind: TargetKind | str, value: Decimal | None, unit: str = "", fallback: str = ""
) -> str:
    kind = TargetKind(kind)
    if kind is TargetKind.PERCENT and value is not None:
        return f"{format_number(value)}%"
    if kind is TargetKind.COUNT and value is not None:
        return f"{format_number(value)} {unit}".strip()
    if kind in (TargetKind.INDEX, TargetKind.NUMBER) and value is not None:
        return format_number(value)
    if kind in (TargetKind.GRADE, TargetKind.OPINION):
        return unit
    return fallback
