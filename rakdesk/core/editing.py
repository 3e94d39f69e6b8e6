"""Edits the grid editor makes, as core functions: each is small, takes ids or
rows, and returns what an undo needs. The GUI wraps each in one QUndoCommand."""

from __future__ import annotations

import re

from sqlmodel import Session

from rakdesk.core import loading, registry
from rakdesk.core import plans as ops
from rakdesk.core.i18n import format_count, tr
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.schedule import EMPTY, TICK, Cell, parse_weeks
from rakdesk.core.tables import describe
from rakdesk.errors import ValidationError

TEXT_FIELDS = {model: e.typed for model, e in registry.ENTRIES.items() if e.typed}
MOVABLE = (Sasaran, Indikator, Kegiatan)  # the grid's rows
MAX_TEXT = 20_000  # characters in one cell; more is refused with a message


def load_plan(session: Session, plan_id: str) -> Plan:
    """A plan with its whole tree loaded in a handful of queries."""
    return loading.load_plan(session, plan_id)


def set_field(row, field: str, value: str) -> str:
    """Set one text field; returns the old value. A target is parsed too."""
    if field not in TEXT_FIELDS.get(type(row), ()):
        raise ValidationError(tr("Kolom {field} tidak bisa diubah di sini.").format(field=field))
    ops.ensure_draft(row)
    value = value or ""
    if len(value) > MAX_TEXT:
        raise ValidationError(
            tr("Teks terlalu panjang ({length} karakter; paling banyak {limit}).").format(
                length=format_count(len(value)), limit=format_count(MAX_TEXT)))
    old = getattr(row, field)
    if field == "target":
        ops.set_target(row, value)
    else:
        setattr(row, field, value)
    if field == "text" and isinstance(row, Indikator):
        ops.set_target(row, row.target)  # an index indicator reads its target differently
    return old


def move(row, delta: int) -> bool:
    """Move a sasaran, indikator or kegiatan up (-1) or down (+1) among its
    siblings. Returns False when it is already at the end."""
    if not isinstance(row, MOVABLE):
        raise TypeError(f"{type(row).__name__} rows are not moved in the grid")
    ops.ensure_draft(row)
    siblings = registry.parent_list(row)
    index = siblings.index(row)
    target = index + delta
    if not 0 <= target < len(siblings):
        return False
    siblings.insert(target, siblings.pop(index))
    ops.renumber(siblings)
    return True


def cell_from_text(text: str) -> Cell:
    """A schedule cell typed or pasted: empty, a week note, or any mark = tick."""
    text = (text or "").strip()
    if not text or text in ("-", "–"):
        return EMPTY
    weeks = parse_weeks(text)
    if weeks:
        return Cell(weeks=weeks)
    return TICK


_NUMBERING = re.compile(r"^\s*\d+\s*[.)]\s*")


def paste_rows(session: Session, plan: Plan, rows: list[list[str]],
               after: Kegiatan | Indikator | Sasaran | None = None,
               into: Indikator | None = None) -> list:
    """Add rows pasted from a spreadsheet or copied in rakdesk: sasaran,
    indikator, target, kegiatan, one cell per period, pelaksana (an optional NO
    column first). They go where the cursor is, never where a matching text is:

    - ``after`` a kegiatan: every row becomes a kegiatan of that indikator,
      below it (the pasted sasaran and indikator texts are not used);
    - ``after`` an indikator: the rows become new indikator (with their
      kegiatan) of that sasaran, below it;
    - ``after`` a sasaran, or nothing: new sasaran below it (or at the end);
    - ``into`` an indikator (one without kegiatan yet): its kegiatan.

    Consecutive rows with the same sasaran or indikator text, or a blank one,
    belong to the same sasaran or indikator, as in the printed table. Returns
    the rows created at the top level (for undo)."""
    periods = plan.gran.periods
    width = 5 + periods
    parsed = []
    for raw in rows:
        cells = [c.strip() for c in raw]
        if len(cells) == width + 1 and re.fullmatch(r"\d+\.?|", cells[0]):
            cells = cells[1:]  # a NO column
        if any(cells):
            parsed.append(cells + [""] * (width - len(cells)))
    created: list = []
    if not parsed:
        return created

    def add_kegiatan(indikator, cells, position=None):
        k_text, marks, pelaksana = cells[3], cells[4:4 + periods], cells[4 + periods]
        if not (k_text or any(marks) or pelaksana):
            return None
        names = [p.strip() for p in re.split(r"[;\n]", pelaksana) if p.strip()]
        kegiatan = ops.add_kegiatan(session, indikator, k_text, names, position=position)
        for period, mark in enumerate(marks, 1):
            cell = cell_from_text(mark)
            if not cell.empty:
                ops.set_cell(session, kegiatan, period, cell)
        return kegiatan

    if isinstance(after, Kegiatan) or into is not None:
        indikator = into if into is not None else after.indikator
        position = 0 if into is not None else indikator.kegiatan.index(after) + 1
        for cells in parsed:
            kegiatan = add_kegiatan(indikator, cells, position)
            if kegiatan is not None:
                created.append(kegiatan)
                position += 1
        return created

    def add_indikators(sasaran, group, position=None):
        """Indikator groups of ``group`` under ``sasaran``; returns them."""
        made, indikator, last = [], None, None
        for cells in group:
            i_text, target = cells[1], cells[2]
            if indikator is None or (i_text and i_text != last):
                indikator = ops.add_indikator(session, sasaran, i_text, target,
                                              position=position)
                made.append(indikator)
                last = i_text
                if position is not None:
                    position += 1
            add_kegiatan(indikator, cells)
        return made

    if isinstance(after, Indikator):
        position = after.sasaran.indikator.index(after) + 1
        return add_indikators(after.sasaran, parsed, position)

    position = plan.sasaran.index(after) + 1 if isinstance(after, Sasaran) else None
    groups: list[list[list[str]]] = []
    last = None
    for cells in parsed:
        s_text = _NUMBERING.sub("", cells[0])
        if not groups or (s_text and s_text != last):
            groups.append([])
            last = s_text or last
        groups[-1].append(cells)
    for group in groups:
        sasaran = ops.add_sasaran(session, plan, _NUMBERING.sub("", group[0][0]), position)
        created.append(sasaran)
        if position is not None:
            position += 1
        add_indikators(sasaran, group)
    return created


def rows_as_tsv(plan: Plan, kegiatan: list[Kegiatan]) -> str:
    """Kegiatan rows as tab-separated text that pastes into Excel: the plan's
    table as described (rakdesk.core.tables) without its NO column, so
    sasaran, indikator, target, kegiatan, one column per period, pelaksana,
    each row whole: the sasaran and indikator texts on every row, weeks
    written out, pelaksana as "a; b" (as :func:`paste_rows` reads them back).
    Cells with tabs or line breaks are quoted the way Excel quotes them."""
    table = describe(plan)
    keys = [k for k in table.keys if k != "no"]
    first, filled = table.first_rows(), table.filled(whole=True)
    lines = []
    for k in kegiatan:
        r = first.get(k.id)
        if r is None:  # not in the table (a kegiatan of an IKU)
            continue
        cells = dict(filled[r], pelaksana="; ".join(table.rows[r].pelaksana))
        lines.append("\t".join(_tsv_cell(cells[key]) for key in keys))
    return "\n".join(lines) + "\n"


def kegiatan_as_tsv(session: Session, plan_id: str, kegiatan_ids: list[str]) -> str:
    """:func:`rows_as_tsv` of kegiatan named by id (the grid's selection), in
    the order given, with the plan loaded in one query per level."""
    plan = load_plan(session, plan_id)
    by_id = {k.id: k for s in plan.sasaran for i in s.indikator for k in i.kegiatan}
    return rows_as_tsv(plan, [by_id[k] for k in kegiatan_ids if k in by_id])


def _tsv_cell(text: str) -> str:
    if any(ch in text for ch in '\t\n"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated text as Excel puts it on the clipboard (quoted cells may
    hold line breaks)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t",
                        quotechar='"')
    return [row for row in reader]
