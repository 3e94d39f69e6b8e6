"""Capaian (achievement) of an indikator, computed exactly.

- Higher is better: capaian = realisasi / target × 100.
- Lower is better (``polarity="lower"``, e.g. the share of eligible voters
  missing from the list, target 2 %): capaian = (2 × target − realisasi) /
  target × 100, never below 0; or, where an office writes it so
  (``formula="inverse"``), target / realisasi × 100.
- Grades (SAKIP AA > A > BB > B > CC > C > D) and BPK opinions (WTP > WDP > TW
  > TMP) compare on their ordinal scale: rank of realisasi / rank of target.
- Numbers are read the Indonesian way ("77", "77,5 %", "3,5", "2.498 Orang")
  by rakdesk.core.targets, and computed with Decimal, never float.
- Empty is not zero: a realisasi not entered is "belum diisi", has no
  capaian and is left out of sums and averages; "0" is a real value.
- Over a year (or a quarter of a monthly plan) an indikator's periods add up
  (``cumulative``), or the last filled period counts (``last``), or their
  average (``average``).
- Kategori from a scale the satker can edit (:func:`parse_scale`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from rakdesk.core.i18n import tr
from rakdesk.core.targets import GRADES, TargetKind, format_number, parse_target

HIGHER, LOWER = "higher", "lower"
POLARITIES = (HIGHER, LOWER)
STANDARD, INVERSE = "standard", "inverse"
FORMULAS = (STANDARD, INVERSE)
CUMULATIVE, LAST, AVERAGE = "cumulative", "last", "average"
AGGREGATIONS = (CUMULATIVE, LAST, AVERAGE)
HUNDRED = Decimal(100)

# Ordinal ranks, best highest. A "+"/"-" grade sits just above/below its letter.
GRADE_RANK = {g: len(GRADES) - 1 - i for i, g in enumerate(g for g in GRADES if g != "E")}
GRADE_RANK["E"] = 0
OPINION_RANK = {"WTP": 4, "WTP-DPP": 4, "WDP": 3, "TW": 2, "TMP": 1}

DEFAULT_SCALE = "≥ 91 Sangat Baik\n76 – 90 Baik\n66 – 75 Cukup\n51 – 65 Kurang\n≤ 50 Sangat Kurang"


def empty_word() -> str:
    return tr("belum diisi")


@dataclass(frozen=True)
class Measure:
    """A target or realisasi as typed and as understood."""

    text: str
    kind: str  # "empty", "number", "grade", "opinion", "text"
    value: Decimal | None = None  # number, or the rank of a grade/opinion
    unit: str = ""  # "%" for percentages, the count's unit, the grade itself

    @property
    def empty(self) -> bool:
        return self.kind == "empty"


def measure(text: str | None, indikator: str = "") -> Measure:
    """Read a target or realisasi: numbers with Indonesian decimals, percentages,
    counts, grades, opinions; "" is empty (not zero)."""
    raw = "" if text is None else str(text)
    s = " ".join(raw.split())
    if not s:
        return Measure(raw, "empty")
    target = parse_target(s, indikator)
    if target.kind is TargetKind.PERCENT:
        return Measure(raw, "number", target.value, "%")
    if target.kind in (TargetKind.COUNT, TargetKind.INDEX, TargetKind.NUMBER):
        return Measure(raw, "number", target.value, target.unit)
    if target.kind is TargetKind.GRADE:
        base = target.unit.rstrip("+-")
        rank = Decimal(GRADE_RANK[base])
        if target.unit.endswith("+"):
            rank += Decimal("0.5")
        elif target.unit.endswith("-"):
            rank -= Decimal("0.5")
        return Measure(raw, "grade", rank, target.unit)
    if target.kind is TargetKind.OPINION:
        return Measure(raw, "opinion", Decimal(OPINION_RANK[target.unit]), target.unit)
    return Measure(raw, "text")


@dataclass(frozen=True)
class Capaian:
    """The capaian of one target against one realisasi."""

    value: Decimal | None  # percent, exact; None when there is none
    status: str  # "ok", "empty" (belum diisi), "no_target", "unreadable", "undefined"

    @property
    def text(self) -> str:
        """As printed: "125", "83,33"; "belum diisi" or "-" when there is no figure."""
        if self.status == "empty":
            return empty_word()
        if self.value is None:
            return "-"
        return format_percent(self.value)


def format_percent(value: Decimal) -> str:
    """A capaian as printed: two decimals at most, Indonesian comma."""
    return format_number(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def compute(target: str | Measure, realisasi: str | Measure, polarity: str = HIGHER,
            formula: str = STANDARD, indikator: str = "") -> Capaian:
    """The capaian (percent) of ``realisasi`` against ``target``."""
    t = target if isinstance(target, Measure) else measure(target, indikator)
    r = realisasi if isinstance(realisasi, Measure) else measure(realisasi, indikator)
    if r.empty:
        return Capaian(None, "empty")
    if t.empty:
        return Capaian(None, "no_target")
    if t.kind in ("grade", "opinion") or r.kind in ("grade", "opinion"):
        if t.kind != r.kind or not t.value:
            return Capaian(None, "unreadable")
        return Capaian(r.value / t.value * HUNDRED, "ok")
    if t.kind != "number" or r.kind != "number":
        return Capaian(None, "unreadable")
    return Capaian(*_numeric(t.value, r.value, polarity, formula))


def _numeric(t: Decimal, r: Decimal, polarity: str, formula: str) -> tuple[Decimal | None, str]:
    if polarity == LOWER:
        if formula == INVERSE:
            if r == 0:
                return (None, "undefined") if t != 0 else (HUNDRED, "ok")
            return t / r * HUNDRED, "ok"
        if t == 0:
            return (HUNDRED, "ok") if r == 0 else (Decimal(0), "ok")
        return max(Decimal(0), (2 * t - r) / t * HUNDRED), "ok"
    if t == 0:
        return None, "undefined"
    return r / t * HUNDRED, "ok"


def aggregate(values: Iterable[str | Measure], how: str = CUMULATIVE,
              indikator: str = "") -> Measure:
    """Periods' realisasi (or targets) as one figure: summed, the last filled
    one, or their average. Empty periods are left out; none filled is empty.
    Grades and opinions always take the last filled one."""
    measures = [v if isinstance(v, Measure) else measure(v, indikator) for v in values]
    filled = [m for m in measures if not m.empty]
    if not filled:
        return Measure("", "empty")
    if how == LAST or any(m.kind != "number" for m in filled):
        return filled[-1]
    unit = next((m.unit for m in filled if m.unit), "")
    total = sum((m.value for m in filled), Decimal(0))
    value = total if how == CUMULATIVE else total / len(filled)
    return Measure(spell(value, unit), "number", value, unit)


def spell(value: Decimal, unit: str = "") -> str:
    """A number with its unit, as printed: "45%", "3 Kegiatan", "83,33"."""
    number = format_percent(value) if value != value.to_integral_value() else format_number(
        value)
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


# --- kategori -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Scale:
    """Kategori by lower bound, highest first: [(91, "Sangat Baik"), (76, "Baik"), ...];
    the last band takes everything below."""

    bands: tuple[tuple[Decimal, str], ...]

    def kategori(self, capaian: Decimal | None) -> str:
        if capaian is None:
            return ""
        for bound, label in self.bands:
            if capaian >= bound:
                return label
        return self.bands[-1][1]


_BAND = re.compile(r"^\s*(?:(≥|>=|>|≤|<=|<)\s*)?(\d+(?:[.,]\d+)?)\s*(?:(?:–|-|s\.?d\.?|sampai)"
                   r"\s*(\d+(?:[.,]\d+)?))?\s*[:=]?\s*(.+?)\s*$", re.IGNORECASE)


def parse_scale(text: str | None) -> Scale:
    """A satker's scale, one band per line: "≥ 91 Sangat Baik", "76 – 90 Baik",
    "≤ 50 Sangat Kurang" (or "91 Sangat Baik": the lower bound). Empty: the
    default. Raises ValueError naming the line it cannot read."""
    lines = [line for line in (text or "").splitlines() if line.strip()]
    if not lines:
        lines = DEFAULT_SCALE.splitlines()
    bands: list[tuple[Decimal, str]] = []
    for line in lines:
        m = _BAND.match(line)
        if not m:
            raise ValueError(tr("Baris skala «{line}» tidak terbaca (tulis misalnya «76 – 90 "
                                "Baik»).").format(line=line.strip()))
        sign, low, _high, label = m.groups()
        number = Decimal(low.replace(",", "."))
        if sign in ("≤", "<=", "<"):
            bound = Decimal("-Infinity")
        elif sign == ">":
            bound = number + Decimal("0.0001")
        else:
            bound = number
        bands.append((bound, label))
    bands.sort(key=lambda band: band[0], reverse=True)
    return Scale(tuple(bands))


def kategori(capaian: Capaian | Decimal | None, scale: Scale | str | None = None) -> str:
    """The kategori of a capaian on ``scale`` (a Scale, its text, or None: the default)."""
    value = capaian.value if isinstance(capaian, Capaian) else capaian
    if not isinstance(scale, Scale):
        scale = parse_scale(scale)
    return scale.kategori(value)


def colour(capaian: Capaian) -> str:
    """How a window colours a capaian: "green" (target met), "yellow" (76 up
    to 100), "red" (below), "" (no figure)."""
    if capaian.value is None:
        return ""
    if capaian.value >= HUNDRED:
        return "green"
    return "yellow" if capaian.value >= 76 else "red"
