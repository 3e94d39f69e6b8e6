"""Budget amounts as a workbook holds them: whole rupiah, exactly, from a
number cell ("1234567000", "1.2345E+9") or typed text ("Rp 1.234.567.000",
"Rp. 1.234.567.000,-", "1.234.567.000,00", "Rp1,234,567,000"); anything else,
a fraction, a negative or an absurd amount says why in Indonesian."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from rakdesk.core.i18n import tr
from rakdesk.xlsx.layout import norm

MAX_AMOUNT = 10**15  # Rp 1.000 triliun: beyond any satker's budget line


def rupiah(amount: int) -> str:
    """1234567000 -> "Rp 1.234.567.000"."""
    return "Rp " + f"{amount:,}".replace(",", ".")


class AmountError(ValueError):
    """The message (Indonesian) says why the text is no amount."""


def parse_amount(text: str) -> int | None:
    """Whole rupiah from a cell as the reader gives it: a number ("1234567000",
    "1234567000.0", "1.2e9") or typed text ("Rp 1.234.567.000", "Rp. 1.234.567.000,-",
    "1.234.567.000,00", "Rp1,234,567,000"). None for an empty cell; AmountError
    for anything else, or for a fraction, a negative or an absurd amount."""
    t = norm(text)
    if not t or t in ("-", "–", "Rp", "Rp."):
        return None
    t = re.sub(r"^(?:rp\.?|idr)\s*", "", t, flags=re.IGNORECASE)
    t = re.sub(r"[,.]-+$", "", t).replace(" ", "")
    negative = t.startswith("-") or (t.startswith("(") and t.endswith(")"))
    t = t.strip("-()")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):  # Indonesian: 1.234.567,50
        number = Decimal(t.replace(".", "").replace(",", "."))
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):  # English: 1,234,567.50
        number = Decimal(t.replace(",", ""))
    elif re.fullmatch(r"\d+(,\d{1,2})", t):  # 1234567,50
        number = Decimal(t.replace(",", "."))
    else:
        try:
            number = Decimal(t)  # a number cell: 1234567000, 1234567000.5, 1.2E+9
        except InvalidOperation:
            raise AmountError(tr("'{text}' bukan jumlah rupiah").format(text=text[:40])) \
                from None
        if not number.is_finite():
            raise AmountError(tr("'{text}' bukan jumlah rupiah").format(text=text[:40]))
    if negative and number:
        raise AmountError(tr("anggaran negatif '{text}'").format(text=text[:40]))
    if number >= MAX_AMOUNT:
        raise AmountError(tr("anggaran '{text}' terlalu besar").format(text=text[:40]))
    whole = int(number.to_integral_value(ROUND_HALF_UP))
    if whole != number:
        raise AmountError(tr("'{text}' bukan rupiah utuh; dibaca {amount}").format(
            text=text[:40], amount=rupiah(whole)), whole)
    return whole
