"""Reading a Perjanjian Kinerja workbook.

The lampiran table (No | Sasaran Strategis/Program/Kegiatan | Indikator
Kinerja | [Satuan] | Target | [TW I..IV]) and the budget table (No |
Program/Kegiatan | Anggaran, with a Jumlah row that is checked against the sum
and not imported) are found by their headings wherever they are on the sheet,
with the RAK import's tolerance: merged cells and blanks under a sasaran carry
down, numbering and column-number rows are skipped, headers repeated page by
page are skipped. Amounts are read exactly from numbers or from text ("Rp
1.234.567.000", "1.234.567.000,-", "Rp1,234,567,000"). The title gives the
year and PERUBAHAN, the line under it (or "Unit Kerja : ...") the unit, and
the two signature blocks (Pihak Kedua, Pihak Pertama) the parties. Anything
that cannot be read exactly is reported with its sheet, row and column;
nothing is written here (see :func:`rakdesk.xlsx.pk_write.write_pk`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rakdesk.core.i18n import tr
from rakdesk.xlsx.amounts import AmountError, parse_amount, rupiah
from rakdesk.xlsx.archive import ImportRefused, Problem
from rakdesk.xlsx.layout import (
    column_role,
    is_column_number_row,
    labelled_value,
    norm,
    past_repeated_header,
    period_of,
    sasaran_of_row,
    signing_line,
)
from rakdesk.xlsx.pk_statement import TITLE, party_label, read_parties, statement_of

_YEAR = re.compile(r"\b((?:19|20|21)\d{2})\b")
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4}|[a-z])\s*[.)]\s+")
_TOTAL = re.compile(r"^(jumlah|total)\b", re.IGNORECASE)
RAK_ONLY = {"kegiatan", "schedule", "pelaksana"}
HEADER_SEARCH_ROWS = 400  # as the RAK import: the table heads the sheet's first rows


@dataclass
class ImportedPK:
    """A Perjanjian Kinerja read from a sheet, as plain data, shaped as the RAK
    import's ImportedPlan (the preview and the command read either):
    ``signature`` is pihak pertama's block, ``party2`` pihak kedua's."""

    sheet: str
    kind: str = "PK"
    granularity: str = "quarterly"  # as a new PK has it (a PK has no schedule)
    satker_name: str = ""
    year: int | None = None
    sasaran: list[dict] = field(default_factory=list)
    signature: dict = field(default_factory=dict)
    show_no_column: bool = False
    problems: list[Problem] = field(default_factory=list)
    budget: list[dict] = field(default_factory=list)  # {"text", "amount" (int or None)}
    budget_heading: str = "Program"
    show_satuan: bool = False
    show_quarters: bool = False
    amended: bool = False  # the title says PERUBAHAN
    amendment_reason: str = ""
    sasaran_header: str = ""
    indikator_header: str = ""
    statement: str = ""  # the statement page's own wording; "" when it is the standard one
    budget_missing_at: int | None = None  # no budget table on the sheet: the row after it
    party2: dict = field(default_factory=dict)  # heading, name, nip

    def counts(self) -> dict:
        return {"sasaran": len(self.sasaran),
                "indikator": sum(len(s["indikator"]) for s in self.sasaran),
                "kegiatan": 0, "budget": len(self.budget)}


# ------------------------------------------------------------ headings


def pk_role(text: str) -> str | tuple[str, int] | None:
    """What a PK header cell names: no, sasaran, indikator, satuan, target,
    quarters (the group over TW I..IV), ("tw", n), program, anggaran, keterangan."""
    if len(text) > 80:  # a heading is a few words; a long cell is table text
        return None
    t = " ".join(norm(text).upper().replace(".", " ").split())
    if not t:
        return None
    if t in ("NO", "NOMOR", "NO URUT"):
        return "no"
    p = period_of(t)
    if p and p[0] == "quarterly":
        return ("tw", p[1])
    if "TRIWULAN" in t or "PREDIKSI" in t:
        return "quarters"
    if "SASARAN" in t or "TUJUAN" in t:
        return "sasaran"
    if "INDIKATOR" in t:
        return "indikator"
    if t.startswith("SATUAN"):
        return "satuan"
    if t.startswith("TARGET"):
        return "target"
    if "ANGGARAN" in t or "PAGU" in t or t.startswith(("JUMLAH (RP", "BIAYA", "DANA")):
        return "anggaran"
    if "PROGRAM" in t or "KEGIATAN" in t:
        return "program"
    if "KETERANGAN" in t:
        return "keterangan"
    return None


def roles_of(cells: list[str]) -> dict:
    roles: dict = {}
    for c, cell in enumerate(cells):
        role = pk_role(cell) if cell else None
        if role is not None and role not in roles:
            roles[role] = c
    return roles


def _is_rak_header(cells: list[str]) -> bool:
    """KEGIATAN, RENCANA PELAKSANAAN or PELAKSANA: a RAK's header ("Triwulan I"
    over a PK's quarterly targets is not)."""
    return any(column_role(c) in RAK_ONLY and not _quarter_label(c) for c in cells if c)


def _quarter_label(text: str) -> bool:
    role = pk_role(text)
    return isinstance(role, tuple) or role == "quarters"


def lampiran_header(cells: list[str]) -> dict | None:
    """role -> column of the lampiran table's header row; None for any other row."""
    if not any(c for c in cells):
        return None
    roles = roles_of(cells)
    if "sasaran" not in roles or not ({"indikator", "target"} & roles.keys()):
        return None
    if "program" in roles or "anggaran" in roles or _is_rak_header(cells):
        return None
    return roles


def budget_header(cells: list[str]) -> dict | None:
    """role -> column of the budget table's header row (PROGRAM/KEGIATAN and ANGGARAN)."""
    if not any(c for c in cells):
        return None
    roles = roles_of(cells)
    if "program" in roles and "anggaran" in roles and "sasaran" not in roles:
        return roles
    return None


_HEADER_WORDS = re.compile(r"sasaran|tujuan|anggaran|pagu|jumlah \(rp|biaya|dana",
                           re.IGNORECASE)


def is_pk_header(cells: list[str]) -> bool:
    """Whether a row heads one of a PK's tables (a sheet with one is not given
    up). Called on every row until a table is found: most rows are turned down
    by a word search alone."""
    if not any(len(c) <= 80 and _HEADER_WORDS.search(c) for c in cells if c):
        return False
    return lampiran_header(cells) is not None or budget_header(cells) is not None


def is_pk(rows: list[list[str]]) -> bool:
    """Whether a sheet holds a Perjanjian Kinerja: a title above its table says
    so, or it has a budget table; a RAK (KEGIATAN, RENCANA PELAKSANAAN,
    PELAKSANA) never is."""
    above_table = True
    for index, cells in enumerate(rows):
        if not cells:
            continue
        line = " ".join(c for c in cells if c).upper()
        if above_table and index < HEADER_SEARCH_ROWS and "PERJANJIAN" in line and any(
                len(c) <= 80 and TITLE.match(norm(c)) for c in cells if c):
            return True
        if "SASARAN" in line and "INDIKATOR" in line:
            if _is_rak_header(cells):
                return False
            above_table = above_table and lampiran_header(cells) is None
        if ("ANGGARAN" in line or "PAGU" in line) and budget_header(cells):
            return True
    return False


# ------------------------------------------------------------ the sheet


@dataclass
class _Lampiran:
    header: int  # 0-based row
    body: int
    columns: dict
    quarters: dict[int, int]  # quarter -> column


def _missing(sheet: str, row: int, column: str) -> str:
    return tr("Lembar {sheet}: tabel Perjanjian Kinerja di baris {row} tidak punya kolom "
              "{column}.").format(sheet=sheet, row=row, column=column)


def find_lampiran(rows: list[list[str]], sheet: str) -> _Lampiran:
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = lampiran_header(cells)
        if roles is None:
            continue
        for role, name in (("indikator", "INDIKATOR KINERJA"), ("target", "TARGET")):
            if role not in roles:
                raise ImportRefused(_missing(sheet, index + 1, name))
        quarters, label_rows = _quarters(rows, index, roles)
        body = index + 1 + label_rows
        while body < len(rows) and is_column_number_row(rows[body]):
            body += 1
        return _Lampiran(index, body, roles, quarters)
    raise ImportRefused(tr("Lembar {sheet}: tabel lampiran Perjanjian Kinerja tidak ditemukan "
                          "(tidak ada baris judul kolom dengan SASARAN, INDIKATOR KINERJA dan "
                          "TARGET).").format(sheet=sheet))


def _quarters(rows, index, roles) -> tuple[dict[int, int], int]:
    """TW I..IV columns: labelled in the header row, or in the row below it
    (under a "Target/Prediksi capaian per triwulan" group header, where "1".."4"
    count too)."""
    found = {role[1]: c for role, c in roles.items() if isinstance(role, tuple)}
    if len(found) == 4:
        return found, 0
    group = roles.get("quarters")
    if index + 1 < len(rows):
        below = rows[index + 1]
        found = {}
        for c, cell in enumerate(below):
            role = pk_role(cell)
            if isinstance(role, tuple):
                found.setdefault(role[1], c)
            elif group is not None and c >= group and re.fullmatch(r"\(?[1-4]\)?", cell):
                found.setdefault(int(cell.strip("()")), c)
        if len(found) == 4:
            return found, 1
    return {}, 1 if group is not None else 0


def _cell(cells: list[str], col: int | None) -> str:
    if col is None or col >= len(cells):
        return ""
    return cells[col]


def _ends_table(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    if not filled:
        return False
    if len(filled) <= 3 and any(signing_line(c) or party_label(norm(c)) for c in filled):
        return True
    return budget_header(cells) is not None


def read_pk_sheet(rows: list[list[str]], sheet: str, problems: list[Problem]) -> ImportedPK:
    lampiran = find_lampiran(rows, sheet)
    plan = ImportedPK(sheet, problems=problems, show_no_column="no" in lampiran.columns,
                      show_satuan="satuan" in lampiran.columns,
                      show_quarters=bool(lampiran.quarters))
    header = rows[lampiran.header]
    plan.sasaran_header = norm(header[lampiran.columns["sasaran"]]).upper()
    plan.indikator_header = norm(header[lampiran.columns["indikator"]]).upper()
    _read_titles(rows[:lampiran.header], plan)
    end = _read_lampiran(rows, lampiran, plan)
    after = _read_budget(rows, end, plan, sheet)
    if after is None:
        _no_budget_column(rows, plan)
        plan.budget_missing_at = end + 1
    read_parties(rows, end if after is None else after, plan)
    if not plan.sasaran:
        raise ImportRefused(tr("Lembar {sheet}: tabel ditemukan, tetapi tidak ada baris isinya.")
                           .format(sheet=sheet))
    return plan


def _read_titles(rows: list[list[str]], plan: ImportedPK) -> None:
    """Year, PERUBAHAN, unit and the reason of a change from the rows above the table."""
    after_title = False
    for cells in rows:
        filled = [norm(c) for c in cells if c]
        if not filled:
            continue
        line = " ".join(filled)
        if TITLE.match(line):
            after_title = True
            plan.amended = plan.amended or "PERUBAHAN" in line.upper()
            if m := _YEAR.search(line):
                plan.year = int(m.group(1))
            continue
        reason = labelled_value(cells, "alasan perubahan", "alasan")
        if reason:
            plan.amendment_reason = reason
            continue
        unit = labelled_value(cells, "nama/unit organisasi", "unit organisasi", "unit kerja",
                              "satuan kerja", "nama unit", "satker", "nama/unit")
        if unit:
            plan.satker_name = unit
            continue
        year = labelled_value(cells, "tahun anggaran", "tahun")
        if year and (m := _YEAR.search(year)):
            plan.year = int(m.group(1))
            continue
        if m := re.fullmatch(r"(?:TAHUN(?: ANGGARAN)?\s+)?((?:19|20|21)\d{2})", line.upper()):
            if plan.year is None:
                plan.year = int(m.group(1))
            continue
        if after_title and not plan.satker_name and len(filled) == 1 and ":" not in line \
                and not line.upper().startswith("LAMPIRAN"):
            plan.satker_name = line


def _read_lampiran(rows, shape: _Lampiran, plan: ImportedPK) -> int:
    cols = shape.columns
    sasaran = indikator = None
    blank_run = 0
    r = shape.body
    while r < len(rows):
        cells = rows[r]
        if lampiran_header(cells) is not None:  # repeated on the next printed page
            r = past_repeated_header(rows, r, _label_row)
            continue
        if is_column_number_row(cells):
            r += 1
            continue
        if _ends_table(cells):
            break
        values = {role: _cell(cells, c) for role, c in cols.items() if isinstance(role, str)}
        quarters = {q: _cell(cells, c) for q, c in shape.quarters.items()}
        if not any(values.get(k) for k in ("sasaran", "indikator", "satuan", "target")) \
                and not any(quarters.values()):
            blank_run += 1
            if blank_run >= 2 and plan.sasaran:
                break
            r += 1
            continue
        blank_run = 0
        sasaran, new = sasaran_of_row(plan, plan.sheet, r, cols["sasaran"],
                                      _NUMBERING.sub("", values.get("sasaran", "")), sasaran)
        if new:
            indikator = None
        i_text = values.get("indikator", "")
        rest = {"target": values.get("target", ""), "satuan": values.get("satuan", ""),
                "quarters": {q: t for q, t in quarters.items() if t}}
        if i_text:
            indikator = {"text": i_text, **rest, "keterangan": "", "sumber_data": "",
                         "kegiatan": []}
            sasaran["indikator"].append(indikator)
        elif rest["target"] or rest["satuan"] or rest["quarters"]:
            if indikator is not None and not indikator["target"] and \
                    indikator in sasaran["indikator"]:
                indikator["target"] = rest["target"]
                indikator["satuan"] = indikator["satuan"] or rest["satuan"]
                indikator["quarters"] = indikator["quarters"] or rest["quarters"]
            else:
                plan.problems.append(Problem(plan.sheet, r + 1, cols["indikator"] + 1,
                                             tr("target tanpa indikator; dibuat indikator "
                                                "kosong")))
                indikator = {"text": "", **rest, "keterangan": "", "sumber_data": "",
                             "kegiatan": []}
                sasaran["indikator"].append(indikator)
        r += 1
    return r


def _label_row(cells: list[str]) -> bool:
    values = [c for c in cells if c]
    return bool(values) and all(_quarter_label(c) for c in values)


def _read_budget(rows, start: int, plan: ImportedPK, sheet: str) -> int | None:
    """The budget table below the lampiran (or, failing that, anywhere on
    ``sheet``); returns the row after it, None when there is none."""
    header = next((r for r in range(start, len(rows)) if budget_header(rows[r])), None)
    if header is None:
        header = next((r for r in range(len(rows)) if budget_header(rows[r])), None)
    if header is None:
        return None
    roles = budget_header(rows[header])
    program, amount_col = roles["program"], roles["anggaran"]
    heading = norm(rows[header][program]).upper()
    plan.budget_heading = "Kegiatan" if "KEGIATAN" in heading and "PROGRAM" not in heading \
        else "Program"
    r = header + 1
    while r < len(rows) and is_column_number_row(rows[r]):
        r += 1
    blank_run = 0
    while r < len(rows):
        cells = rows[r]
        if budget_header(cells):
            r += 1
            continue
        text = norm(_cell(cells, program))
        first = next((norm(c) for c in cells[:amount_col] if c), "")
        raw, col = _amount_cell(cells, amount_col)
        if _TOTAL.match(first) or _TOTAL.match(text):
            _check_total(plan, raw, r, col, sheet)
            r += 1
            break
        if _ends_table(cells) and not raw:
            break
        if not text and not raw:
            blank_run += 1
            if blank_run >= 2:
                break
            r += 1
            continue
        blank_run = 0
        text = _NUMBERING.sub("", text)
        amount = _amount(plan, raw, r, col, sheet)
        if not text:
            plan.problems.append(Problem(sheet, r + 1, program + 1,
                                         tr("anggaran tanpa nama program/kegiatan")))
        plan.budget.append({"text": text, "amount": amount})
        r += 1
    return r


def _no_budget_column(rows, plan: ImportedPK) -> None:
    """A budget table whose ANGGARAN column is missing is refused, naming it."""
    for r, cells in enumerate(rows):
        roles = roles_of(cells)
        if "program" in roles and "no" in roles and "sasaran" not in roles \
                and "indikator" not in roles and len([c for c in cells if c]) <= 4 \
                and pk_role(cells[roles["program"]]) == "program" \
                and len(norm(cells[roles["program"]])) <= 30:
            raise ImportRefused(_missing(plan.sheet, r + 1, "ANGGARAN"))


def _amount_cell(cells: list[str], col: int) -> tuple[str, int]:
    """The amount's text and column: "Rp" may stand in a cell of its own."""
    raw = _cell(cells, col)
    if norm(raw).rstrip(".").lower() in ("rp", ""):
        for c in range(col + 1, min(len(cells), col + 3)):
            if cells[c]:
                return cells[c], c
    return raw, col


def _amount(plan: ImportedPK, raw: str, r: int, col: int, sheet: str) -> int | None:
    try:
        return parse_amount(raw)
    except AmountError as exc:
        plan.problems.append(Problem(sheet, r + 1, col + 1, exc.args[0]))
        return exc.args[1] if len(exc.args) > 1 else None


def _check_total(plan: ImportedPK, raw: str, r: int, col: int, sheet: str) -> None:
    """The Jumlah row is not imported: rakdesk sums the lines itself; a total
    that differs from that sum is named."""
    try:
        total = parse_amount(raw)
    except AmountError as exc:
        total = exc.args[1] if len(exc.args) > 1 else None
        if total is None:
            plan.problems.append(Problem(sheet, r + 1, col + 1, exc.args[0]))
            return
    if total is None:
        return
    summed = sum(line["amount"] or 0 for line in plan.budget)
    if total != summed:
        plan.problems.append(Problem(sheet, r + 1, col + 1, tr(
            "Jumlah di lembar {total} berbeda dari jumlah baris anggaran {sum}; rakdesk "
            "memakai jumlah baris").format(total=rupiah(total), sum=rupiah(summed))))


# ------------------------------------------------------------ the statement page

STATEMENT_ROWS = 200  # a statement page is one page: its sheet is not read further


def read_pk_book(book, sheet, rows: list[list[str]], problems: list[Problem]) -> ImportedPK:
    """The PK on ``sheet``; from the other sheets, the wording of its statement
    page, and its budget table when the PK's sheet has none (a lampiran and
    its budget kept as two sheets). A later sheet the RAK import would never
    have read does not refuse the PK: what is wrong with it is named (its XML
    is never expanded)."""
    plan = read_pk_sheet(rows, sheet.name, problems)
    statement = False
    for other in book.sheets:
        if other is sheet or (statement and plan.budget_missing_at is None):
            continue
        found: list[list[str]] = []
        try:
            stream = book.rows(other, [])
            try:
                for number, cells in stream:
                    if number > STATEMENT_ROWS:
                        break
                    found.extend([] for _ in range(number - 1 - len(found)))
                    found.append(cells)
            finally:
                stream.close()
        except ImportRefused as exc:
            problems.append(Problem(other.name, 1, None, str(exc)))
            continue
        text = statement_of(found) if not statement else None
        if text is not None:
            plan.statement, statement = text, True
        if plan.budget_missing_at is not None and \
                _read_budget(found, 0, plan, other.name) is not None:
            plan.budget_missing_at = None
    if plan.budget_missing_at is not None:
        problems.append(Problem(plan.sheet, plan.budget_missing_at, None, tr(
            "tabel anggaran (PROGRAM/KEGIATAN dan ANGGARAN) tidak ditemukan; PK diimpor "
            "tanpa anggaran")))
    return plan
