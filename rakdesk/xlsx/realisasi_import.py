"""Importing realisasi from a workbook an office already keeps.

Columns are found by their headings: Indikator, Target, Realisasi, TW I..IV
(or Triwulan I..IV, T1..T4), Capaian (computed here, not read), Kendala /
Hambatan, Upaya / Solusi, Rencana Tindak Lanjut, PIC / Penanggung Jawab,
Batas Waktu, Bukti / Link. The triwulan comes from the headings ("Realisasi
TW III") or the title above the table ("TRIWULAN III", "s.d. Triwulan III").
Indikator are matched to the plan's by text, spaces, capitals and punctuation
ignored; what does not match is listed, never guessed.

The workbook is read with rakdesk.xlsx.reader, so a hostile file is bounded
exactly as in the RAK import. Nothing is written by :func:`read_realisasi`
or :func:`preview`; :func:`apply_preview` writes (the caller commits) and
returns the changes with their old values, which :func:`undo_changes` puts
back: the window's one undo step.

A triwulan's figure goes to the plan's period for it: the quarter itself, or
on a monthly plan the triwulan's last month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rakdesk.core.i18n import tr
from rakdesk.errors import ValidationError
from rakdesk.xlsx.layout import ROMAN, norm
from rakdesk.xlsx.reader import ImportRefused, Problem, Workbook

if TYPE_CHECKING:  # the ORM is loaded only once a table was found: telling "none" stays quick
    from sqlmodel import Session

    from rakdesk.core.model import Plan, Realisasi

HEADER_SEARCH_ROWS = 40
_QUARTER = r"(?:TW|TRIWULAN|TRW|T|Q)\s*[-.]?\s*(IV|I{1,3}|[1-4])\b"
_QUARTER_RE = re.compile(_QUARTER, re.IGNORECASE)
_YEAR_RE = re.compile(r"\bTAHUN(?:\s+ANGGARAN)?\s*:?\s*(\d{4})\b", re.IGNORECASE)
FOLLOWUP = ("kendala", "upaya", "tindak_lanjut", "pic", "batas_waktu", "bukti")


def _quarter(text: str) -> int | None:
    m = _QUARTER_RE.search(norm(text).upper())
    if not m:
        return None
    token = m.group(1)
    return int(token) if token.isdigit() else ROMAN[token.lower()]


def heading_role(text: str) -> str | None:
    """What a heading of a realisasi table names."""
    t = norm(text).upper().replace(".", " ")
    t = " ".join(t.split())
    if not t:
        return None
    if "INDIKATOR" in t:
        return "indikator"
    if "CAPAIAN" in t:
        return "capaian"
    if "REALISASI" in t:
        return "realisasi"
    if t.startswith("TARGET"):
        return "target"
    if "KENDALA" in t or "HAMBATAN" in t or "PERMASALAHAN" in t:
        return "kendala"
    if "TINDAK LANJUT" in t:
        return "tindak_lanjut"
    if "UPAYA" in t or "SOLUSI" in t:
        return "upaya"
    if t == "PIC" or "PENANGGUNG JAWAB" in t or t.startswith("PIC "):
        return "pic"
    if "BATAS WAKTU" in t or "TENGGAT" in t or "TENGGANG WAKTU" in t:
        return "batas_waktu"
    if "BUKTI" in t or "LINK" in t or "TAUTAN" in t:
        return "bukti"
    if re.fullmatch(_QUARTER, t, re.IGNORECASE):
        return "quarter"
    return None


@dataclass
class Layout:
    header_row: int  # 0-based
    body_start: int
    columns: dict[str, int]  # role -> column
    quarters: dict[int, int]  # triwulan -> column of its realisasi
    quarter: int | None  # the triwulan of the Realisasi column (and of Target TW ..)
    period_target: bool  # the Target column is the triwulan's, not the year's


@dataclass
class ImportedRow:
    row: int  # the sheet's row number
    indikator: str
    target: str = ""
    values: dict[int, str] = field(default_factory=dict)  # triwulan -> realisasi as written
    kendala: str = ""
    upaya: str = ""
    tindak_lanjut: str = ""
    pic: str = ""
    batas_waktu: str = ""
    bukti: str = ""


@dataclass
class RealisasiSheet:
    path: Path
    sheet: str
    rows: list[ImportedRow]
    quarters: list[int]  # the triwulan it holds figures for
    period_target: bool
    satker: str = ""  # from the title lines, when they name one
    year: int | None = None
    problems: list[str] = field(default_factory=list)


def _header(cells: list[str]) -> tuple[dict[str, int], dict[int, int]] | None:
    """(role -> column, triwulan -> column) of a realisasi table's header row;
    None for any other row."""
    roles: dict[str, int] = {}
    quarters: dict[int, int] = {}
    for col, text in enumerate(cells):
        role = heading_role(text)
        if role == "quarter":
            quarters[_quarter(text)] = col
        elif role and role not in roles:
            roles[role] = col
    # Realisasi or Capaian must be named: a quarterly RAK has T1..T4 too
    if "indikator" not in roles or not {"realisasi", "capaian"} & set(roles):
        return None
    return roles, quarters


def find_layout(rows: list[list[str]]) -> Layout | None:
    """The header row of a realisasi table and its columns, or None."""
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _header(cells)
        if found is None:
            continue
        roles, quarters = found
        body = index + 1
        below = rows[index + 1] if index + 1 < len(rows) else []
        sub = {q: col for col, text in enumerate(below)
               if heading_role(text) == "quarter" and (q := _quarter(text))}
        if sub and not quarters:  # "Realisasi" over TW I..TW IV on the next row
            quarters, body = sub, index + 2
            roles.pop("realisasi", None)
        title = " ".join(" ".join(r) for r in rows[:index])
        heading_q = _quarter(cells[roles["realisasi"]]) if "realisasi" in roles else None
        quarter = heading_q or _quarter(title)
        target_q = _quarter(cells[roles["target"]]) if "target" in roles else None
        if body < len(rows) and all(re.fullmatch(r"\(?\d+\)?", c) or not c
                                    for c in rows[body]) and any(rows[body]):
            body += 1  # a row numbering the columns
        return Layout(index, body, roles, quarters, quarter, target_q is not None)
    return None


def _title_facts(rows: list[list[str]], upto: int) -> tuple[str, int | None]:
    """The satker and year the title lines name ("TAHUN 2024"; a line with KPU/SEKRETARIAT)."""
    satker, year = "", None
    for cells in rows[:upto]:
        line = " ".join(c for c in cells if c)
        if year is None and (m := _YEAR_RE.search(line)):
            year = int(m.group(1))
        upper = line.upper()
        if not satker and ("KPU" in upper or "KOMISI PEMILIHAN" in upper or
                           "SEKRETARIAT" in upper) and "LAPORAN" not in upper:
            satker = re.sub(r"^(NAMA\s*/?\s*UNIT\s*(ORGANISASI)?\s*:?)", "", line,
                            flags=re.IGNORECASE).strip(" :")
    return satker, year


def _sheet_rows(book: Workbook, sheet, problems: list[Problem]) -> list[list[str]] | None:
    """The sheet's rows as text, read as a stream; None as soon as the first
    HEADER_SEARCH_ROWS rows have gone by without a realisasi header."""
    rows: list[list[str]] = []
    found = False
    stream = book.rows(sheet, problems)
    try:
        for number, cells in stream:
            if number <= len(rows):
                number = len(rows) + 1
            rows.extend([] for _ in range(number - 1 - len(rows)))
            rows.append([norm(c) for c in cells])
            if not found:
                found = number <= HEADER_SEARCH_ROWS and _header(rows[-1]) is not None
                if not found and number >= HEADER_SEARCH_ROWS:
                    return None
    finally:
        stream.close()
    return rows if found else None


def read_realisasi(path, sheet: str | None = None) -> RealisasiSheet:
    """Read the realisasi table of ``sheet`` (or the first sheet holding one).
    Raises ImportRefused naming the problem when there is none."""
    path = Path(path)
    with Workbook(path) as book:
        for candidate in book.sheets:
            if sheet is not None and candidate.name != sheet:
                continue
            problems: list[Problem] = []
            rows = _sheet_rows(book, candidate, problems)
            layout = find_layout(rows) if rows is not None else None
            if layout is None:
                continue
            return _read(path, candidate.name, rows, layout, [str(p) for p in problems])
    raise ImportRefused(tr("{name}: tidak ada tabel realisasi (judul kolom Indikator dan "
                          "Realisasi atau TW I..IV).").format(name=path.name))


def is_realisasi_workbook(path, sheet: str | None = None) -> bool:
    """Whether a workbook's headings are those of a realisasi table."""
    try:
        read_realisasi(path, sheet)
    except ImportRefused:
        return False
    return True


def _read(path: Path, sheet: str, rows: list[list[str]], layout: Layout,
          problems: list[str]) -> RealisasiSheet:
    cols = layout.columns
    if layout.quarters:
        quarters = sorted(layout.quarters)
    elif layout.quarter is not None:
        quarters = [layout.quarter]
    else:
        raise ImportRefused(tr("{name}: triwulan tidak ditemukan; tulis misalnya «Realisasi TW "
                              "III» pada judul kolom atau «TRIWULAN III» pada judul lembar.")
                           .format(name=path.name))

    def get(cells: list[str], role: str) -> str:
        col = cols.get(role)
        return cells[col] if col is not None and col < len(cells) else ""

    out: list[ImportedRow] = []
    for index in range(layout.body_start, len(rows)):
        cells = rows[index]
        text = get(cells, "indikator")
        if not text or len(text) < 3:
            continue
        item = ImportedRow(index + 1, text, target=get(cells, "target"),
                           **{k: get(cells, k) for k in FOLLOWUP})
        if layout.quarters:
            item.values = {q: cells[c] if c < len(cells) else ""
                           for q, c in layout.quarters.items()}
        else:
            item.values = {quarters[0]: get(cells, "realisasi")}
        out.append(item)
    satker, year = _title_facts(rows, layout.header_row)
    return RealisasiSheet(path, sheet, out, quarters, layout.period_target, satker, year,
                          problems)


# --- preview and apply ------------------------------------------------------------------------

@dataclass
class Preview:
    plan_id: str
    matched: list[tuple[ImportedRow, str]]  # (row, indikator id)
    unmatched: list[ImportedRow]  # rows of the sheet no indikator of the plan has
    missing: list[str]  # texts of the plan's indikator the sheet has no row for
    quarters: list[int]
    problems: list[str]


def preview(plan: Plan, sheet: RealisasiSheet) -> Preview:
    """Which rows of the sheet go to which indikator of the plan; nothing is written."""
    from rakdesk.core import performance as pf
    from rakdesk.core.model import Indikator

    indikator = [i for s in plan.sasaran for i in s.indikator]
    by_key: dict[str, Indikator] = {}
    for i in indikator:
        by_key.setdefault(pf.match_key(i.text), i)
    matched, unmatched, used = [], [], set()
    for row in sheet.rows:
        found = by_key.get(pf.match_key(row.indikator))
        if found is None or found.id in used:
            unmatched.append(row)
        else:
            used.add(found.id)
            matched.append((row, found.id))
    missing = [i.text for i in indikator if i.id not in used]
    return Preview(plan.id, matched, unmatched, missing, sheet.quarters,
                   list(sheet.problems))


@dataclass
class Change:
    """One realisasi row as it was before an import (None: there was none)."""

    indikator_id: str
    period: int
    before: dict | None
    evidence_ids: list[str] = field(default_factory=list)  # evidence the import attached


def _values(row: Realisasi | None) -> dict | None:
    from rakdesk.core import monitoring

    if row is None:
        return None
    return {f: getattr(row, f) for f in monitoring.REALISASI_FIELDS}


def apply_preview(session: Session, plan: Plan, result: Preview,
                  sheet: RealisasiSheet | None = None) -> list[Change]:
    """Record the matched rows (the caller commits). Returns the changes with
    their old values for :func:`undo_changes`. A batas waktu that is no date is
    left out and named in ``result.problems``."""
    from rakdesk.core import monitoring
    from rakdesk.core import performance as pf
    from rakdesk.core.model import Indikator

    changes: list[Change] = []
    for row, indikator_id in result.matched:
        indikator = session.get(Indikator, indikator_id)
        for quarter, value in row.values.items():
            period = pf.quarter_periods(plan, quarter)[-1]
            before = _values(monitoring.realisasi(indikator, period))
            fields: dict = {}
            if value.strip():
                fields["value"] = value
            if row.target.strip() and (sheet is None or sheet.period_target):
                fields["target"] = row.target
            if len(row.values) == 1:  # follow-up belongs to the sheet's one triwulan
                for key in ("kendala", "upaya", "tindak_lanjut", "pic"):
                    if getattr(row, key).strip():
                        fields[key] = getattr(row, key)
                if row.batas_waktu.strip():
                    text = row.batas_waktu.strip()
                    if re.match(r"\d{4}-\d\d-\d\d", text):  # a date cell: "2024-07-31 00:00:00"
                        text = text[:10]
                    try:
                        fields["batas_waktu"] = monitoring.parse_date(text)
                    except ValidationError as exc:
                        result.problems.append(tr("Baris {row}: {error}").format(
                            row=row.row, error=exc))
            if not fields:
                continue
            monitoring.set_realisasi(session, indikator, period, **fields)
            change = Change(indikator_id, period, before)
            link = row.bukti.strip()
            if len(row.values) == 1 and re.match(r"(?i)^(https?://|www\.)", link):
                known = {e.id for e in indikator.evidence}
                evidence = monitoring.attach_link(session, indikator, period, link)
                if evidence.id not in known:
                    change.evidence_ids.append(evidence.id)
            changes.append(change)
    return changes


def undo_changes(session: Session, changes: list[Change]) -> None:
    """Put back what an import changed."""
    from rakdesk.core import monitoring
    from rakdesk.core.model import Evidence, Indikator
    from rakdesk.core.plans import delete_row

    for change in reversed(changes):
        indikator = session.get(Indikator, change.indikator_id)
        if indikator is None:
            continue
        for evidence_id in change.evidence_ids:
            evidence = session.get(Evidence, evidence_id)
            if evidence is not None:
                monitoring.remove_evidence(session, evidence)
        if change.before is None:
            row = monitoring.realisasi(indikator, change.period)
            if row is not None:
                delete_row(session, row)
        else:
            monitoring.set_realisasi(session, indikator, change.period, **change.before)


# --- which plan -------------------------------------------------------------------------------

def target_plan(session: Session, sheet: RealisasiSheet, plan_id: str | None = None,
                satker: str | None = None, year: int | None = None) -> Plan:
    """The plan a realisasi workbook goes to: ``plan_id`` (or its start), else the
    one plan of the satker and year the sheet (or the caller) names."""
    from rakdesk.core import performance as pf
    from rakdesk.core import plans as ops

    plans = [p for s in ops.all_satkers(session) for p in s.plans]
    if plan_id:
        found = [p for p in plans if p.id.startswith(plan_id)]
        if len(found) != 1:
            raise ValidationError(tr("Rencana {id} tidak ada (atau tidak tunggal) di berkas ini.")
                                  .format(id=plan_id))
        if found[0].kind != "RAK":
            raise ValidationError(tr("Realisasi dicatat pada RAK, bukan pada {kind}; pilih RAK "
                                     "tahun itu.").format(kind=found[0].kind))
        return found[0]
    year = year or sheet.year
    name = pf.match_key(satker or sheet.satker)
    # realisasi is kept on a RAK (a PK's targets reach it through its RAK)
    candidates = [p for p in plans if p.kind == "RAK" and (year is None or p.year == year)
                  and (not name or name in pf.match_key(p.satker.name)
                       or pf.match_key(p.satker.name) in name)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ValidationError(tr("Tidak ada rencana untuk {satker} tahun {year} di berkas ini; "
                                 "sebutkan --plan ID.").format(
            satker=satker or sheet.satker or "?", year=year or "?"))
    listed = ", ".join(f"{p.id[:8]} ({p.kind} {p.year} {p.satker.name})" for p in candidates[:6])
    raise ValidationError(tr("Ada beberapa rencana yang cocok: {plans}. Pilih dengan --plan ID.")
                          .format(plans=listed))
