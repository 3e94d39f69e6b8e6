"""Reading the RAK and IKU tables offices already keep in Excel.

The table is found wherever it is on the sheet by its header words; periods
may be labelled B1..B12, 1..12, month names, T1..T4 or TW I..IV; a
column-number row and headers repeated further down (tables copied page by
page) are skipped; merged cells and blanks under a sasaran or indikator carry
down; any non-empty schedule mark is a tick and "Minggu ke ..." gives weeks;
title rows give the unit and the year and a signature block below the table
gives the signing. Anything that cannot be read is reported with its sheet, row
and column. Nothing is written here: :func:`read_workbook` returns a plan as
plain data for a preview, and :func:`apply_import` writes it in one go.

The workbook is read as a stream by :mod:`rakdesk.xlsx.reader`, which bounds
the work (archive, sheets, shared strings, rows, cells) and turns malformed
values into problems; a sheet is given up as soon as its first rows show no
table header.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from rakdesk.core.i18n import tr
from rakdesk.core.schedule import EMPTY, TICK, WEEKS_LEGEND, Cell, parse_weeks
from rakdesk.xlsx.archive import MAX_CELL, ImportCancelled, ImportRefused, Problem, Progress
from rakdesk.xlsx.layout import (
    column_role,
    is_column_number_row,
    labelled_value,
    norm,
    past_repeated_header,
    period_of,
    sasaran_of_row,
    signature_parts,
    signing_line,
)
from rakdesk.xlsx.reader import Sheet, Workbook

__all__ = ["ImportCancelled", "ImportRefused", "ImportedPlan", "MAX_CELL", "Problem",
           "apply_import", "read_workbook"]

TICK_MARKS = {"✓", "✔", "√", "v", "x", "1", "●", "•", "☑", "✅", "ok", "y", "ya", "√√"}
HEADER_SEARCH_ROWS = 400  # a sheet whose first rows hold no header holds no table
_NUMBERING = re.compile(r"^\s*\d{1,3}\s*[.)]\s*")


@dataclass
class ImportedPlan:
    """A plan read from a sheet, as plain data (the demo.json plan format)."""

    sheet: str
    kind: str
    granularity: str
    satker_name: str = ""
    year: int | None = None
    year_label: str = "Tahun"
    sasaran: list[dict] = field(default_factory=list)
    signature: dict = field(default_factory=dict)
    tugas: str = ""
    fungsi: list[str] = field(default_factory=list)
    show_no_column: bool = False
    tick_style: str = "✓"
    problems: list[Problem] = field(default_factory=list)

    def counts(self) -> dict:
        ind = [i for s in self.sasaran for i in s["indikator"]]
        return {"sasaran": len(self.sasaran), "indikator": len(ind),
                "kegiatan": sum(len(i["kegiatan"]) for i in ind)}


# ------------------------------------------------------------ reading rows


def sheet_rows(book: Workbook, sheet: Sheet, problems: list[Problem]) -> list[list[str]] | None:
    """The sheet's rows as text (row n at index n - 1), read as a stream; None
    as soon as the first HEADER_SEARCH_ROWS rows have gone by without a header."""
    from rakdesk.xlsx.pk_import import is_pk_header

    rows: list[list[str]] = []
    found = False
    stream = book.rows(sheet, problems)
    try:
        for number, cells in stream:
            if number <= len(rows):  # rows out of order: read as the next one
                number = len(rows) + 1
            rows.extend([] for _ in range(number - 1 - len(rows)))
            rows.append(cells)
            if not found:
                found = number <= HEADER_SEARCH_ROWS and (header_roles(cells) is not None
                                                          or is_pk_header(cells))
                if not found and number >= HEADER_SEARCH_ROWS:
                    return None
    finally:
        stream.close()
    return rows if found else None


# ------------------------------------------------------------ finding the table


@dataclass
class TableShape:
    header_row: int  # 0-based index into the sheet rows
    body_start: int
    columns: dict[str, int]  # role -> 0-based column
    periods: dict[int, int]  # period -> 0-based column
    granularity: str
    kind: str


def header_roles(cells: list[str]) -> dict[str, int] | None:
    """role -> column of a table header row (SASARAN and INDIKATOR or KEGIATAN); None
    for any other row."""
    roles: dict[str, int] = {}
    for c, cell in enumerate(cells):
        role = column_role(cell)
        if role and role not in roles:
            roles[role] = c
    if "sasaran" not in roles or not ({"indikator", "kegiatan"} & roles.keys()):
        return None
    return roles


def find_table(rows: list[list[str]]) -> TableShape | None:
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = header_roles(cells)
        if roles is None:
            continue
        periods, gran, label_rows = _periods(rows, index, roles)
        kind = "RAK" if periods or "kegiatan" in roles else "IKU"
        body = index + 1 + label_rows
        while body < len(rows) and is_column_number_row(rows[body]):
            body += 1
        return TableShape(index, body, roles, periods, gran, kind)
    return None


def _periods(rows, index, roles):
    """Period columns: labelled in the header row itself, or in the one or two
    rows below it (under a RENCANA PELAKSANAAN group header)."""
    for offset in (0, 1, 2):
        if index + offset >= len(rows):
            break
        cells = rows[index + offset]
        found = {}
        for c, cell in enumerate(cells):
            if c in roles.values() and offset == 0:
                continue
            p = period_of(cell)
            if p:
                found.setdefault(p[0], {})[p[1]] = c
        for gran, count in (("monthly", 12), ("quarterly", 4)):
            cols = found.get(gran, {})
            if len(cols) >= count - 1 and not is_column_number_row(cells[min(cols.values()):]):
                return cols, gran, offset
            if len(cols) >= count - 1:
                # Numbers 1..12 under the group header, not a numbering of every column.
                schedule = roles.get("schedule")
                if schedule is not None and min(cols.values()) == schedule:
                    return cols, gran, offset
    return {}, "monthly", 1 if "schedule" in roles else 0


# ------------------------------------------------------------ reading a sheet


def read_sheet(rows: list[list[str]], sheet: str, problems: list[Problem]) -> ImportedPlan:
    shape = find_table(rows)
    if shape is None:
        raise ImportRefused(_no_table(sheet))
    plan = ImportedPlan(sheet, shape.kind, shape.granularity, problems=problems,
                        show_no_column="no" in shape.columns)
    _read_titles(rows[:shape.header_row], plan)
    end = _read_body(rows, shape, plan)
    _read_signature(rows, end, plan)
    if not plan.sasaran:
        raise ImportRefused(tr("Lembar {sheet}: tabel ditemukan, tetapi tidak ada baris isinya.")
                           .format(sheet=sheet))
    return plan


def _no_table(sheet: str) -> str:
    return tr("Lembar {sheet}: tabel RAK/IKU tidak ditemukan (tidak ada baris judul kolom "
              "dengan SASARAN dan INDIKATOR/KEGIATAN).").format(sheet=sheet)


def _cell(cells: list[str], col: int | None) -> str:
    if col is None or col >= len(cells):
        return ""
    return cells[col]


def _read_titles(rows: list[list[str]], plan: ImportedPlan) -> None:
    """Unit, year, Tugas and the numbered FUNGSI from the rows above the table."""
    in_fungsi = False
    for cells in rows:
        filled = [c for c in cells if c]
        if not filled:
            continue
        unit = labelled_value(cells, "nama/unit organisasi", "nama unit organisasi",
                              "unit organisasi", "nama/unit", "nama unit", "satker",
                              "unit kerja")
        if unit and not plan.satker_name:
            plan.satker_name = unit
        for label in ("tahun anggaran", "tahun"):
            year = labelled_value(cells, label)
            if year and (m := re.search(r"\b(?:19|20|21)\d{2}\b", year)):
                plan.year = int(m.group())
                plan.year_label = "Tahun Anggaran" if label == "tahun anggaran" else "Tahun"
                break
        line = " ".join(filled)
        if plan.year is None and (m := re.search(r"\bTAHUN\s+((?:19|20|21)\d{2})\b", line,
                                                 re.IGNORECASE)):
            plan.year = int(m.group(1))
        tugas = labelled_value(cells, "tugas")
        if tugas:
            plan.tugas = tugas
        if norm(filled[0]).upper().startswith("FUNGSI"):
            in_fungsi = True
            continue
        if in_fungsi:
            m = re.match(r"^(\d{1,2})\s*[.)]?\s*(.*)$", filled[0])
            if m:
                text = m.group(2) or (filled[1] if len(filled) > 1 else "")
                plan.fungsi.append(norm(text))
                continue
            in_fungsi = False


def _is_repeated_header(cells: list[str], shape: TableShape) -> bool:
    if not any("SASARAN" in (upper := c.upper()) or "TUJUAN" in upper for c in cells):
        return False  # most rows: no need to name every cell's role
    roles = {column_role(c) for c in cells if c}
    return "sasaran" in roles and bool({"indikator", "kegiatan"} & roles)


def _read_body(rows, shape: TableShape, plan: ImportedPlan) -> int:
    cols = shape.columns
    sheet = plan.sheet
    sasaran = indikator = None
    r = shape.body_start
    blank_run = 0
    ticks_seen = set()
    while r < len(rows):
        cells = rows[r]
        if _is_repeated_header(cells, shape):
            r = past_repeated_header(rows, r, _label_row)
            continue
        if is_column_number_row(cells):
            r += 1
            continue
        filled = [c for c in cells if c]
        if filled and len(filled) <= 2 and any(signing_line(c) for c in filled):
            break  # "Selong, 22 Januari 2020": the signature block begins
        if filled == [WEEKS_LEGEND]:
            break  # "Mg = minggu ke-" under rakdesk's own table
        values = {role: _cell(cells, c) for role, c in cols.items()}
        marks = {p: _cell(cells, c) for p, c in shape.periods.items()}
        table_text = any(values.get(k) for k in ("sasaran", "indikator", "target", "kegiatan",
                                                   "keterangan", "sumber", "pelaksana"))
        if not table_text and not any(marks.values()):
            blank_run += 1
            if blank_run >= 2 and plan.sasaran:
                break
            r += 1
            continue
        blank_run = 0
        sasaran, new = sasaran_of_row(plan, sheet, r, cols.get("sasaran", 0),
                                      _NUMBERING.sub("", values.get("sasaran", "")), sasaran)
        if new:
            indikator = None
        i_text = values.get("indikator", "")
        target = values.get("target", "")
        new_indikator = indikator is None or (i_text and i_text != indikator["text"]) or \
            (plan.kind == "IKU" and i_text)
        if new_indikator:
            indikator = {"text": i_text, "target": target,
                         "keterangan": values.get("keterangan", ""),
                         "sumber_data": values.get("sumber", ""), "kegiatan": []}
            sasaran["indikator"].append(indikator)
        elif target and not indikator["target"]:
            indikator["target"] = target
        if plan.kind == "RAK":
            _read_kegiatan(values, marks, shape, indikator, plan, r, ticks_seen)
        r += 1
    if ticks_seen:
        plan.tick_style = "√" if "√" in ticks_seen else "✓"
    return r


def _label_row(cells: list[str]) -> bool:
    values = [c for c in cells if c]
    return bool(values) and all(period_of(c) for c in values)


def _read_kegiatan(values, marks, shape, indikator, plan, r, ticks_seen) -> None:
    k_text = values.get("kegiatan", "")
    pelaksana = values.get("pelaksana", "")
    schedule = ""
    period_count = 12 if shape.granularity == "monthly" else 4
    cells: dict[int, Cell] = {}
    for period in range(1, period_count + 1):
        raw = marks.get(period, "")
        cell = read_mark(raw)
        if cell is None:
            cell = Cell(ticked=True, note=raw)
            plan.problems.append(Problem(plan.sheet, r + 1, shape.periods[period] + 1,
                                         tr("tanda '{mark}' dibaca sebagai centang dengan "
                                            "catatan").format(mark=raw[:30])))
        if cell.ticked and not cell.weeks and raw.strip() in ("√", "✓", "✔"):
            ticks_seen.add(raw.strip())
        if not cell.empty:
            cells[period] = cell
        schedule += "v" if cell.ticked else "-"
    if not k_text and not pelaksana and not cells:
        return
    if not k_text and indikator["kegiatan"] and not any(
            values.get(k) for k in ("sasaran", "indikator", "target")) and not cells:
        # A kegiatan's text continued on the next row (a table copied page by page).
        kegiatan = indikator["kegiatan"][-1]
        if pelaksana:
            kegiatan["pelaksana"] = _names(" ".join(kegiatan["pelaksana"] + [pelaksana]))
        return
    if not k_text:
        plan.problems.append(Problem(plan.sheet, r + 1, shape.columns.get("kegiatan", 0) + 1,
                                     tr("kegiatan tanpa teks")))
    indikator["kegiatan"].append({"text": k_text, "schedule": schedule, "cells": cells,
                                  "pelaksana": _names(pelaksana)})


def read_mark(text: str) -> Cell | None:
    """A schedule cell as written: empty, a tick (✓ ✔ √ v V x X 1 ● ...), or
    "Minggu ke ..." weeks. None for text that is neither."""
    t = norm(text)
    if not t or t in ("-", "–", "0"):
        return EMPTY
    weeks = parse_weeks(t)
    if weeks:
        return Cell(weeks=weeks)
    if t.lower() in TICK_MARKS or len(t) <= 2:
        return TICK
    return None


def _names(text: str) -> list[str]:
    """Pelaksana names: one per line or numbered ("1.Divisi A 2.Divisi B"); a
    single name stays whole even when it has commas."""
    text = (text or "").strip()
    if not text:
        return []
    numbered = re.split(r"(?:^|\s|\n)\d{1,2}\s*[.)]\s*", "\n" + text)
    parts = [norm(p).rstrip(",;") for p in numbered if norm(p)]
    if len(parts) > 1:
        return parts
    return [norm(p) for p in re.split(r"[\n;]", text) if norm(p)]


def _read_signature(rows: list[list[str]], start: int, plan: ImportedPlan) -> None:
    """The signature block in the 40 rows from ``start``: place and date, then
    the office and position, a gap, the name and NIP."""
    for r in range(start, min(start + 40, len(rows))):
        cells = rows[r]
        for c, cell in enumerate(cells):
            found = signing_line(cell)
            if not found:
                continue
            place, day, month, year, upper = found
            if not _real_date(year, month, day):
                plan.problems.append(Problem(plan.sheet, r + 1, c + 1,
                                             tr("tanggal '{date}' tidak ada di kalender; "
                                                "tanggal tanda tangan dibiarkan kosong")
                                             .format(date=cell[:60])))
                day = month = year = None
            lines = []
            for below in rows[r + 1:r + 20]:
                text = norm(below[c]) if c < len(below) else ""
                if not text:
                    text = norm(" ".join(x for x in below[c:c + 4] if x))
                lines.append(text)
            plan.signature = {"place": place, "day": day, "month": month, "year": year,
                              "upper": upper, **signature_parts(lines)}
            return


def _real_date(year: int, month: int, day: int | None) -> bool:
    """Whether "31 Februari 2024", "29 Februari 2023", day 0, day 99 or year 0
    names a day that exists."""
    try:
        dt.date(year, month, 1 if day is None else day)
    except ValueError:
        return False
    return 1900 <= year <= 2200


# ------------------------------------------------------------ the workbook


def read_workbook(path: str | os.PathLike, sheet: str | None = None,
                  progress: Progress | None = None) -> ImportedPlan:
    """Read the plan on ``sheet`` (or the first sheet that holds one).
    ``progress(done, total)`` is called as the parts are read; raising
    :class:`ImportCancelled` from it stops the import."""
    path = Path(path)
    with Workbook(path, progress) as book:
        names = [s.name for s in book.sheets]
        if sheet is not None and sheet not in names:
            shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
            raise ImportRefused(tr("Lembar {sheet} tidak ada; yang ada: {sheets}.").format(
                sheet=repr(sheet), sheets=shown))
        errors = []
        for candidate in book.sheets:
            if sheet is not None and candidate.name != sheet:
                continue
            problems: list[Problem] = []
            rows = sheet_rows(book, candidate, problems)
            try:
                if rows is None:
                    raise ImportRefused(_no_table(candidate.name))
                from rakdesk.xlsx import pk_import

                if pk_import.is_pk(rows):  # a Perjanjian Kinerja: its own two tables
                    return pk_import.read_pk_book(book, candidate, rows, problems)
                return read_sheet(rows, candidate.name, problems)
            except ImportRefused as exc:
                errors.append(str(exc))
        raise ImportRefused(errors[0] if len(errors) == 1 else
                            tr("{name}: tidak ada lembar berisi tabel RAK, IKU atau PK.").format(
                                name=path.name))


def apply_import(session, imported: ImportedPlan, satker_name: str | None = None,
                 year: int | None = None, load_rows: bool = False):
    """Write an imported plan (and its satker, when new) in the session; the
    caller commits. Returns the new plan (see rakdesk.xlsx.write.write_plan)."""
    if imported.kind == "PK":
        from rakdesk.xlsx.pk_write import write_pk

        return write_pk(session, imported, satker_name, year, load_rows)
    from rakdesk.xlsx.write import write_plan

    return write_plan(session, imported, satker_name, year, load_rows)
