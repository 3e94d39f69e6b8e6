"""The plan grid: one row per kegiatan (per indikator on the IKU and PK), in
the printed column order. Sasaran and indikator cells span their rows, as on
paper.

The columns (key, heading, level, group, period) are the table description's
(rakdesk.core.tables.columns) and each cell's text comes from the description's
own cell-text functions (rakdesk.core.tables.cells), called on the plain
values the grid reads; the grid adds only what editing needs: which field a
column edits (:data:`EDITS`), the text an editor starts from, tooltips.

The model reads the plan's rows as plain values from the core once per
structural change and answers from that cache; a change of contents reads
again only the rows it names. Edits go to the document as undoable commands."""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from rakdesk.core import loading, tables
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.operations import OpChanges
from rakdesk.core.operations import rows as row_ops
from rakdesk.core.outline import (
    IndikatorValues,
    KegiatanValues,
    Outline,
    SasaranValues,
    read_cells,
    read_outline,
    read_rows,
)
from rakdesk.core.schedule import Cell
from rakdesk.core.tables.cells import (
    FIELDS,
    field_text,
    number_text,
    pelaksana_text,
    quarter_target,
    schedule_text,
)
from rakdesk.core.tables.pk import QUARTER_GROUP
from rakdesk.core.tables.rak import SCHEDULE_GROUP
from rakdesk.ui import commands as cmd
from rakdesk.ui.pk_commands import SetPeriodTargetCommand

EMPTY_CELL = Cell()

# Short texts stand centred (the grid's own look, as the print's).
CENTERED = frozenset({"no", "target", "satuan"})

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)

# Column keys: views and tests name columns by these, never by number.
COL_NO = "no"
COL_SASARAN = "sasaran"
COL_INDIKATOR = "indikator"
COL_TARGET = "target"
COL_KEGIATAN = "kegiatan"
COL_PELAKSANA = "pelaksana"
COL_KETERANGAN = "keterangan"
COL_SUMBER = "sumber_data"
PERIOD_PREFIX = "p"

# What typing into a column changes. A text column (a key of the description's
# cells.FIELDS) sets that field of its sasaran, indikator or kegiatan; the
# others by the description column's key or group heading.
FIELD, PELAKSANA, SCHEDULE, QUARTER, NONE = "field", "pelaksana", "schedule", "quarter", ""
EDITS = {
    COL_NO: NONE,  # numbered by the plan's order
    COL_PELAKSANA: PELAKSANA,  # the kegiatan's pelaksana names, typed "a; b"
    SCHEDULE_GROUP: SCHEDULE,  # a RAK's month or quarter: ticked in its own editor
    QUARTER_GROUP: QUARTER,  # a PK's quarter target, typed like text
    **dict.fromkeys(FIELDS, FIELD),
}
FIELD_MODELS = {"sasaran": Sasaran, "indikator": Indikator, "kegiatan": Kegiatan}


# Up to this many schedule cells changed at once are repainted one by one.
FEW_CELLS = 16


def period_key(period: int) -> str:
    return f"{PERIOD_PREFIX}{period}"


@dataclass(frozen=True)
class Column:
    """A description column as the grid edits it."""

    key: str
    header: str  # the description's heading: the document's Indonesian words in
    # either interface language, as printed
    level: str  # "sasaran", "indikator" or "row": which row kind the cell belongs to
    period: int = 0  # 1..12 for schedule columns, 1..4 for a PK's quarters
    group: str = ""  # the heading over a run of columns (the description's)
    edits: str = FIELD  # one of the EDITS values

    @classmethod
    def of(cls, described: tables.Column) -> Column:
        edits = EDITS[described.group] if described.group else EDITS[described.key]
        return cls(described.key, described.heading, described.level, described.period,
                   described.group, edits)

    @property
    def is_period(self) -> bool:
        """A schedule column (ticked, not typed); a PK's quarter is typed text."""
        return self.edits == SCHEDULE


@dataclass
class GridRow:
    """One line of the grid, as plain values read from the file."""

    sasaran: SasaranValues
    indikator: IndikatorValues | None
    kegiatan: KegiatanValues | None
    number: int
    sasaran_span: int = 0  # rows the sasaran covers (on its first row; 0 elsewhere)
    indikator_span: int = 0

    @property
    def ids(self) -> tuple[str, ...]:
        """The sasaran, indikator and kegiatan this line shows."""
        return (self.sasaran.id, *(r.id for r in (self.indikator, self.kegiatan) if r))


def columns_for(plan: Plan) -> list[Column]:
    """The description's columns, with those the print may leave out: the grid
    always numbers the sasaran (NO) and keeps an IKU's TARGET column so a first
    target can be typed."""
    return [Column.of(c) for c in tables.columns(plan, all_columns=True)]


def flatten(outline: Outline, iku: bool = False) -> list[GridRow]:
    rows: list[GridRow] = []
    for number, sasaran in enumerate(outline.sasaran, 1):
        first_s = len(rows)
        for indikator in outline.indikator.get(sasaran.id) or [None]:
            first_i = len(rows)
            kegiatan = [] if iku or indikator is None else outline.kegiatan.get(indikator.id, [])
            for k in kegiatan or [None]:
                rows.append(GridRow(sasaran, indikator, k, number))
            rows[first_i].indikator_span = len(rows) - first_i
        rows[first_s].sasaran_span = len(rows) - first_s
    return rows


class PlanGridModel(QAbstractTableModel):
    """The grid's rows are plain values read from the file (no ORM object is
    kept between changes). The document's one announcement says what changed:
    rows whose contents changed are read again and repainted (dataChanged);
    only a structural change (rows added, removed or moved, new columns) reads
    the whole plan again and resets the model."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.plan_id: str | None = None
        self.plan: Plan | None = None  # the plan's own attributes (headings, status...)
        self.columns: list[Column] = []
        self.rows: list[GridRow] = []
        self._cells: dict[str, dict[int, Cell]] = {}
        self._pelaksana: dict[str, list[str]] = {}
        self._lines_of: dict[str, list[int]] = {}  # sasaran/indikator/kegiatan id -> grid rows
        self._col_of: dict[str, int] = {}
        doc.sig_changed.connect(self._on_changed)
        doc.sig_cells.connect(self._on_cells)

    # ------------------------------------------------------------ loading

    def set_plan(self, plan_id: str | None) -> None:
        self.beginResetModel()
        self.plan_id = plan_id
        self._read()
        self.endResetModel()
        # The rows just read live as long as the plan is shown: keep Python's
        # cycle collector from walking them again every few edits (a full pass
        # over a long plan was the slowest part of some keystrokes).
        gc.freeze()

    def full_plan(self) -> Plan | None:
        """The shown plan with every cell and pelaksana loaded (for printing and
        export), in one query per level."""
        if self.plan_id is None:
            return None
        return loading.load_plan(self.doc.session, self.plan_id)

    def _read(self) -> None:
        session = self.doc.session
        plan = session.get(Plan, self.plan_id) if self.plan_id else None
        if plan is None:
            self.plan_id, self.plan, self.columns, self.rows = None, None, [], []
            self._cells, self._pelaksana = {}, {}
        else:
            # Cells and pelaksana as plain values: objects for the thousands of cells
            # of a long plan would cost most of the time it takes to open it.
            outline = read_outline(session, plan.id)
            self.plan = plan
            self.columns = columns_for(plan)
            self.rows = flatten(outline, iku=plan.kind in ("IKU", "PK"))  # one row per indikator
            self._cells, self._pelaksana = outline.cells, outline.pelaksana
        self._lines_of = {}
        for r, row in enumerate(self.rows):
            for row_id in row.ids:
                self._lines_of.setdefault(row_id, []).append(r)
        self._col_of = {c.key: i for i, c in enumerate(self.columns)}

    def _on_changed(self, changes: OpChanges) -> None:
        if self.plan_id is None or not changes.touches(self.plan_id):
            return
        if changes.is_structural(self.plan_id):
            self.beginResetModel()
            self._read()
            self.endResetModel()
            return
        if changes.schedule_only and changes.schedule is not None:
            return  # a tick: shown already (_on_cells)
        named = [i for i in changes.rows_of(self.plan_id) if i in self._lines_of]
        if not named:
            return
        self._repaint(named, changes)

    def _on_cells(self, changes: OpChanges) -> None:
        """A tick: the cells as written, shown at once (the next keystroke
        toggles what the grid shows)."""
        if self.plan_id is None or not changes.touches(self.plan_id):
            return
        named = [i for i in changes.rows_of(self.plan_id) if i in self._lines_of]
        if not named:
            return
        self._take_cells(changes.schedule)
        if len(changes.schedule) <= FEW_CELLS:
            self._repaint_cells(changes.schedule)
        else:
            self._repaint(named, changes)

    def _repaint(self, named: list[str], changes: OpChanges) -> None:
        """Read the named rows again (only their cells after a tick, nothing
        when the cells as written were taken) and repaint them."""
        if changes.schedule_only:
            if changes.schedule is None:
                self._cells.update(read_cells(self.doc.session, named))
        elif not self._update_rows(named):
            self.beginResetModel()  # a named row is gone: read the plan again
            self._read()
            self.endResetModel()
            return
        lines = sorted({r for i in named for r in self._lines_of[i]})
        runs: list[list[int]] = []
        for r in lines:
            if runs and r == runs[-1][1] + 1:
                runs[-1][1] = r
            else:
                runs.append([r, r])
        if len(runs) > 50:  # many scattered rows: one signal over their span
            runs = [[lines[0], lines[-1]]]
        left, last = 0, len(self.columns) - 1
        if changes.schedule_only:  # only the schedule columns say something else
            periods = [c for c, column in enumerate(self.columns) if column.is_period]
            left, last = (periods[0], periods[-1]) if periods else (left, last)
        for first, end in runs:
            self.dataChanged.emit(self.index(first, left), self.index(end, last))

    def _repaint_cells(self, written) -> None:
        """A few ticks: one signal per cell, so the view repaints those cells
        rather than everything it shows."""
        for kid, period in written:
            column = self._col_of.get(period_key(period))
            for r in self._lines_of.get(kid, ()) if column is not None else ():
                index = self.index(r, column)
                self.dataChanged.emit(index, index)

    def _take_cells(self, written) -> None:
        """Schedule cells an operation wrote ({(kegiatan id, period): Cell}),
        as shown from now on: the same values the file now holds."""
        for (kid, period), cell in written.items():
            if kid not in self._lines_of:
                continue
            cells = dict(self._cells.get(kid, {}))
            if cell.empty:
                cells.pop(period, None)
            else:
                cells[period] = cell
            self._cells[kid] = cells

    def _update_rows(self, ids: list[str]) -> bool:
        """Read the named rows again into the lines that show them; False when
        one of them is gone."""
        values = read_rows(self.doc.session, ids)
        found = {**values.sasaran, **values.indikator, **values.kegiatan}
        if any(i not in found for i in ids):
            return False
        for row_id in ids:
            new = found[row_id]
            for r in self._lines_of[row_id]:
                line = self.rows[r]
                attr = ("sasaran" if isinstance(new, SasaranValues) else
                        "indikator" if isinstance(new, IndikatorValues) else "kegiatan")
                old = getattr(line, attr)
                setattr(line, attr, replace(new, index=old.index))
        self._cells.update(values.cells)
        self._pelaksana.update(values.pelaksana)
        return True

    # ------------------------------------------------------------ lookup

    def column(self, key: str) -> int:
        """The index of a column by its key (COL_KEGIATAN, period_key(3), ...)."""
        return self._col_of[key]

    def has_column(self, key: str) -> bool:
        return key in self._col_of

    def column_at(self, col: int) -> Column:
        return self.columns[col]

    def row_at(self, row: int) -> GridRow:
        return self.rows[row]

    def lines_of(self, row_id: str) -> list[int]:
        """The grid rows showing a sasaran, indikator or kegiatan."""
        return self._lines_of.get(row_id, [])

    def spans(self):
        """(row, column, row count) for every sasaran and indikator span."""
        levels = [
            (i, c.level) for i, c in enumerate(self.columns) if c.level in ("sasaran", "indikator")
        ]
        for r, row in enumerate(self.rows):
            for col, level in levels:
                span = row.sasaran_span if level == "sasaran" else row.indikator_span
                if span > 1:
                    yield r, col, span

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns) and self.columns[section].is_period):
            from rakdesk.core.schedule import WEEKS_LEGEND

            return WEEKS_LEGEND  # what "Mg 2, 3" in these cells means
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def text(self, row: GridRow, column: Column) -> str:
        """The cell's text as the description says it (on a covered row: the
        text of the span it lies under)."""
        edits = column.edits
        if edits == FIELD:
            return field_text(column.key, row.sasaran, row.indikator, row.kegiatan)
        if edits == QUARTER:
            return quarter_target(row.indikator.targets, column.period) if row.indikator else ""
        if column.key == COL_NO:
            return number_text(row.number)
        if row.kegiatan is None:
            return ""
        if edits == PELAKSANA:
            return pelaksana_text(self.pelaksana_names(row.kegiatan))
        if edits == SCHEDULE:
            return schedule_text(self.cell(row, column.period), self.plan.tick_style)
        return ""

    def edit_text(self, row: GridRow, column: Column) -> str:
        """The text an editor starts from: the displayed text, except pelaksana,
        which are typed as "a; b" (the numbered lines are what print shows)."""
        if column.edits == PELAKSANA and row.kegiatan is not None:
            return "; ".join(self.pelaksana_names(row.kegiatan))
        return self.text(row, column)

    def cell(self, row: GridRow, period: int) -> Cell:
        if row.kegiatan is None:
            return EMPTY_CELL
        return self._cells.get(row.kegiatan.id, {}).get(period, EMPTY_CELL)

    def has_week_notes(self) -> bool:
        """Whether a shown cell names weeks ("Mg 2, 3")."""
        return any(c.weeks for cells in self._cells.values() for c in cells.values())

    def schedule_of(self, kegiatan_id: str) -> dict[int, Cell]:
        """A kegiatan's non-empty cells as shown."""
        return self._cells.get(kegiatan_id, {})

    def pelaksana_names(self, kegiatan: KegiatanValues) -> list[str]:
        return self._pelaksana.get(kegiatan.id, [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # A cell under a span answers the span's text, where the description
            # holds "" (TableDescription.filled() repeats it, as here): the view
            # paints only the span's first cell, and a row asked alone (the
            # properties panel, a repaint of one row) still says what it shows.
            return self.text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The grid's own: the weeks written out, which print shows only in
            # its legend ("Minggu ke 2 dan ke 3" for "Mg 2, 3").
            if column.is_period:
                cell = self.cell(row, column.period)
                return cell.text(self.plan.tick_style) if cell.weeks or cell.note else None
            text = self.text(row, column)
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.period or column.key in CENTERED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def editable(self) -> bool:
        """Whether the plan shown can be changed: not a read-only file, not final."""
        return self.plan is not None and not self.doc.readonly and self.plan.status != "final"

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if not self.editable() or column.edits in (SCHEDULE, NONE):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = "" if value is None else str(value)
        if value == self.edit_text(row, column):
            return False
        command = self.edit_command(row, column, value)
        return command is not None and self.doc.push(command)

    # ------------------------------------------------------------ commands

    def edit_command(self, row: GridRow, column: Column, value: str):
        """The undoable command for typing ``value`` into a cell (None when the
        cell takes no text there)."""
        plan_id = self.plan.id
        key, edits = column.key, column.edits
        level, field = FIELDS.get(key, ("", ""))

        def set_field():  # the field a text column edits, on the row that holds it
            return cmd.SetFieldCommand(self.doc, plan_id, FIELD_MODELS[level],
                                       getattr(row, level).id, field, value)

        if level == "sasaran":
            return set_field()
        if row.indikator is None:  # a sasaran without indikator: typing creates one
            if edits != FIELD:
                return None  # a quarter target or pelaksana needs its indikator first
            sasaran_id = row.sasaran.id
            return cmd.CreateCommand(
                self.doc, translate("commands", "Add indikator"), plan_id,
                lambda session: row_ops.type_new_indikator(session, sasaran_id, field, value))
        if edits == QUARTER:
            return SetPeriodTargetCommand(self.doc, plan_id, row.indikator.id, column.period,
                                          value)
        if level == "indikator":
            return set_field()
        if row.kegiatan is None:  # an indikator without kegiatan: typing creates one
            indikator_id = row.indikator.id
            text = value if key == COL_KEGIATAN else ""
            names = split_names(value) if key == COL_PELAKSANA else []
            return cmd.CreateCommand(
                self.doc, translate("commands", "Add kegiatan"), plan_id,
                lambda session: row_ops.insert_kegiatan(session, indikator_id, text=text,
                                                        pelaksana=names))
        if level == "kegiatan":
            return set_field()
        if edits == PELAKSANA:
            return cmd.SetPelaksanaCommand(self.doc, plan_id, row.kegiatan.id, split_names(value))
        raise ValueError(key)


def split_names(text: str) -> list[str]:
    import re

    return [n.strip() for n in re.split(r"[;\n]", text or "") if n.strip()]
