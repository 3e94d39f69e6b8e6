"""A cell of a worksheet as text: its value by its type (shared string,
inline string, boolean, ISO date, number, a number styled as a date), with a
value that does not fit its type reported as a problem, never raised."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from decimal import Decimal

from rakdesk.core.i18n import tr


def printable_name(text: str) -> str:
    """A name from the file as it may be printed: no control characters (a sheet
    named with terminal escape codes must not recolour the user's terminal)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "?", text)[:100]


def to_int(text: str | None, default: int) -> int:
    if text is None:
        return default
    try:
        return int(text)
    except ValueError:
        return default


def column_number(ref: str | None, default: int) -> int:
    if not ref:
        return default
    column = 0
    for ch in ref:
        o = ord(ch) - 64
        if 1 <= o <= 26:
            column = column * 26 + o
            if column > 20_000:
                return column
        else:
            break
    return column or default


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


BUILTIN_DATES = set(range(14, 23)) | set(range(27, 37)) | {45, 46, 47} | set(range(50, 59))
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]')


def is_date_format(code: str) -> bool:
    code = _FORMAT_NOISE.sub("", code.split(";")[0]).lower()
    return code != "general" and bool(re.search(r"[dmyhs]", code))


def is_percent_format(code: str) -> bool:
    return "%" in _FORMAT_NOISE.sub("", code.split(";")[0])


def percent_text(number: str) -> str:
    """A number shown as a percentage, as typed in Indonesian: 0.75 -> "75%",
    0.975 -> "97,5%" (Excel stores a typed 75% as 0.75)."""
    value = (Decimal(number) * 100).quantize(Decimal("1e-9")).normalize()
    text = format(value, "f")
    return text.replace(".", ",") + "%"


def excel_date(serial: float, epoch1904: bool) -> str | None:
    """An Excel date serial as ISO text; None when there is no such day."""
    if not -1 < serial < 2_958_466:
        return None
    if epoch1904:
        base = dt.datetime(1904, 1, 1)
    else:
        base = dt.datetime(1899, 12, 31 if serial < 60 else 30)
    moment = base + dt.timedelta(days=serial)
    if serial < 1:
        return moment.time().isoformat()
    return moment.date().isoformat()


def cell_text(kind: str, raw: str | None, inline: list[str] | None, style: str | None,
              book, problem: Callable[[str], None]) -> str:
    """A cell as text; a value that does not fit its type is reported through
    ``problem``. ``book`` (a :class:`rakdesk.xlsx.reader.Workbook`) gives the
    shared strings, the styles that show dates and the date epoch."""
    if kind == "inlineStr":
        return unescape("".join(inline)) if inline is not None else (raw or "")
    if raw is None:
        return ""
    shown = raw[:30]
    if kind == "s":
        try:
            index = int(raw)
        except ValueError:
            problem(tr("rujukan teks '{value}' bukan angka; sel dibiarkan kosong").format(
                value=shown))
            return ""
        if not 0 <= index < len(book.shared):
            problem(tr("rujukan teks {index} tidak ada di berkas; sel dibiarkan kosong")
                    .format(index=index))
            return ""
        return book.shared[index]
    if kind in ("str", "e"):
        return unescape(raw)
    if kind == "b":
        flag = raw.strip().lower()
        if flag in ("1", "true"):
            return "True"
        if flag in ("0", "false"):
            return "False"
        problem(tr("nilai benar/salah '{value}' tidak terbaca; dibaca sebagai teks").format(
            value=shown))
        return raw
    if kind == "d":
        try:
            return dt.datetime.fromisoformat(raw.strip()).date().isoformat()
        except ValueError:
            problem(tr("tanggal '{value}' tidak terbaca; dibaca sebagai teks").format(
                value=shown))
            return raw
    # a number ("n", or an unknown type read as one)
    text = raw.strip()
    try:
        if "." in text or "e" in text or "E" in text or "n" in text.lower():
            number = float(text)
            if not math.isfinite(number):
                raise ValueError
            whole = number.is_integer()
        else:
            number = int(text)
            whole = True
    except (ValueError, OverflowError):
        problem(tr("angka '{value}' tidak terbaca; dibaca sebagai teks").format(value=shown))
        return raw
    if style is not None and book.percents and to_int(style, -1) in book.percents \
            and abs(number) < 1e12:
        return percent_text(text)
    if style is not None and to_int(style, -1) in book.dates:
        date = excel_date(float(number), book.epoch1904)
        if date is None:
            problem(tr("tanggal (angka {value}) tidak ada di kalender; sel dibiarkan kosong")
                    .format(value=shown))
            return ""
        return date
    if whole:
        return str(int(number))
    return str(number)
