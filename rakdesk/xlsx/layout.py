"""Recognising the parts of a hand-made RAK or IKU sheet: header words, period
labels, column-number rows, title lines and the signature block. Pure text
functions, used by the importer."""

from __future__ import annotations

import re

from rakdesk.core.i18n import tr
from rakdesk.core.schedule import MONTHS_ID
from rakdesk.xlsx.archive import Problem

MONTH_WORDS = {m.lower(): i for i, m in enumerate(MONTHS_ID, 1)}
MONTH_WORDS.update({m[:3].lower(): i for i, m in enumerate(MONTHS_ID, 1)})
MONTH_WORDS.update({"agt": 8, "ags": 8, "sept": 9, "nop": 11, "nopember": 11, "pebruari": 2,
                    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
                    "august": 8, "october": 10, "december": 12, "oct": 10, "dec": 12})
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def norm(value) -> str:
    """A cell as one line of text: whitespace folded, no surrounding spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def column_role(text: str) -> str | None:
    """What a header cell names: no, sasaran, indikator, target, kegiatan,
    schedule (the group over the periods), pelaksana, keterangan, sumber."""
    t = norm(text).upper().replace(".", " ").strip()
    if not t:
        return None
    if t in ("NO", "NOMOR", "NO URUT"):
        return "no"
    if "SASARAN" in t or "TUJUAN" in t:
        return "sasaran"
    if "INDIKATOR" in t:
        return "indikator"
    if t.startswith("TARGET"):
        return "target"
    if "RENCANA PELAKSANAAN" in t or "JADWAL" in t or "WAKTU PELAKSANAAN" in t or \
            t.startswith("TRIWULAN") or t.startswith("BULAN") or "TIME SCHEDULE" in t:
        return "schedule"
    if t.startswith("PELAKSANA") or "PENANGGUNG JAWAB" in t or t == "PJ":
        return "pelaksana"
    if "KEGIATAN" in t or "PROGRAM" in t or "RENCANA AKSI" == t:
        return "kegiatan"
    if "KETERANGAN" in t or "FORMULA" in t or "CARA PENGUKURAN" in t or "PENJELASAN" in t:
        return "keterangan"
    if "SUMBER" in t:
        return "sumber"
    return None


def period_of(text: str) -> tuple[str, int] | None:
    """("monthly", 3) for "B3", "3", "Maret", "Mar"; ("quarterly", 2) for "T2",
    "TW II", "Triwulan 2", "II"."""
    t = norm(text).lower().replace(".", "").replace("-", " ")
    if not t:
        return None
    if m := re.fullmatch(r"b\s*(\d{1,2})", t):
        n = int(m.group(1))
        return ("monthly", n) if 1 <= n <= 12 else None
    if m := re.fullmatch(r"(?:t|tw|triwulan|q)\s*(\d|i{1,3}|iv)", t):
        token = m.group(1)
        n = int(token) if token.isdigit() else ROMAN[token]
        return ("quarterly", n) if 1 <= n <= 4 else None
    if t in ROMAN:
        return ("quarterly", ROMAN[t])
    if t.isdigit() and len(t) <= 2 and 1 <= int(t) <= 12:
        return ("monthly", int(t))
    if t in MONTH_WORDS:
        return ("monthly", MONTH_WORDS[t])
    return None


def is_column_number_row(cells: list[str]) -> bool:
    """A row numbering the columns: 1 2 3 ... or (1) (2) (3) ..."""
    values = [c for c in cells if c]
    if len(values) < 3:
        return False
    numbers = []
    for value in values:
        m = re.fullmatch(r"\(?(\d{1,2})\)?", value)
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Za-z]+)\s+(?P<year>\d{4})$")


def signing_line(text: str):
    """(place, day or None, month, year, in capitals) of "Selong, 22 Januari 2020"
    or "SUNGAI RAYA, JANUARI 2024"; None for anything else."""
    m = _DATE.match(norm(text))
    if not m:
        return None
    month = MONTH_WORDS.get(m.group("month").lower())
    if month is None:
        return None
    day = int(m.group("day")) if m.group("day") else None
    upper = m.group("month").isupper() and len(m.group("month")) > 1
    return m.group("place").strip(), day, month, int(m.group("year")), upper


def labelled_value(cells: list[str], *labels: str) -> str | None:
    """The value after "Label : value" in a title row (same cell or the next ones)."""
    for i, cell in enumerate(cells):
        head, sep, rest = cell.partition(":")
        key = norm(head).lower().replace(" ", "").replace("/", "")
        if any(key == label.replace(" ", "").replace("/", "") for label in labels):
            value = norm(rest) if sep else ""
            if not value:
                value = " ".join(c.lstrip(": ").strip() for c in cells[i + 1:] if c.strip(": "))
            return norm(value) or None
    return None


def signature_parts(lines: list[str], name_without_gap: bool = False) -> dict:
    """The heading lines, name and NIP of a signature block read downwards
    (office and position, then a gap left to sign, then the name and NIP).
    ``name_without_gap``: with no gap, the last line is taken as the name."""
    while lines and not lines[-1]:
        lines = lines[:-1]
    heading, rest = [], []
    seen_gap = False
    for text in lines:
        if not text:
            seen_gap = bool(heading)
            continue
        (rest if seen_gap else heading).append(text)
    if name_without_gap and not seen_gap and len(heading) > 1 and not rest:
        rest = [heading.pop()]  # no room left to sign: the last line is the name
    nip = ""
    for text in rest[1:]:
        if text.upper().startswith("NIP"):
            nip = re.sub(r"\D", "", text)
    return {"heading": heading, "name": rest[0] if rest else "", "nip": nip}


def sasaran_of_row(plan, sheet: str, row: int, column: int, text: str,
                   current: dict | None) -> tuple[dict, bool]:
    """The sasaran a table row belongs to (``text``: its sasaran cell, the
    numbering taken off): a new one when the row names another than
    ``current``; ``current`` when it names none; when there is none yet, an
    empty one, noted as a problem at ``row``/``column`` (0-based). True when
    the sasaran is new, so the caller starts its indikator afresh."""
    if text and (current is None or text != current["text"]):
        current = {"text": text, "indikator": []}
        plan.sasaran.append(current)
        return current, True
    if current is None:
        plan.problems.append(Problem(sheet, row + 1, column + 1, tr(
            "baris tanpa sasaran di atasnya; dibuat sasaran kosong")))
        current = {"text": "", "indikator": []}
        plan.sasaran.append(current)
    return current, False


def past_repeated_header(rows: list[list[str]], r: int, label_row) -> int:
    """The row after a table header repeated at ``r`` (on the next printed
    page) and the column-number and period-label rows under it."""
    r += 1
    while r < len(rows) and (is_column_number_row(rows[r]) or label_row(rows[r])):
        r += 1
    return r
