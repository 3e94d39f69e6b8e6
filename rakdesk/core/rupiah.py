"""Rupiah amounts as Indonesian documents write them: "1.234.567.000",
"Rp 1.234.567.000,00". Read to whole rupiah exactly (no floats) and written
back with dots between thousands."""

from __future__ import annotations

import re

from rakdesk.core.i18n import tr
from rakdesk.errors import ValidationError

_RUPIAH_RE = re.compile(r"^(?:rp\.?)?\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d+)|,-+)?\s*$",
                        re.IGNORECASE)


def parse_rupiah(text: str) -> int | None:
    """Whole rupiah from Indonesian text: "1.234.567.000", "Rp 1.234.567.000,00",
    "Rp1.234.567.000,-", "1234567000". Empty: None. Exact (no floats)."""
    raw = " ".join((text or "").split())
    if not raw:
        return None
    m = _RUPIAH_RE.match(raw)
    if m is None:
        raise ValidationError(tr(
            "«{text}» bukan jumlah rupiah; tulis misalnya 1.234.567.000.").format(text=raw))
    if m.group(2) and int(m.group(2)) != 0:
        raise ValidationError(tr(
            "Anggaran ditulis dalam rupiah penuh, tanpa sen: «{text}».").format(text=raw))
    return int(re.sub(r"[.\s]", "", m.group(1)))


def format_thousands(amount: int) -> str:
    """1234567000 -> "1.234.567.000"."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", ".")


def format_rupiah(amount: int | None) -> str:
    """1234567000 -> "Rp 1.234.567.000"; None -> ""."""
    return "" if amount is None else f"Rp {format_thousands(amount)}"
