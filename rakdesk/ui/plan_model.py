"""The plan grid: one row per kegiatan (per indikator on the IKU), in the printed
column order. Sasaran and indikator cells span their rows, as on paper.

The model reads the plan's rows as plain values from the core once per
structural change and answers from that cache; a change of contents reads
again only the rows it names. Edits go to the document as undoable commands."""

from __future__ import annotations

import gc
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from rakdesk.core import loading
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
from rakdesk.ui import commands as cmd
from rakdesk.ui.pk_grid import CENTERED, PK_KEYS, pk_command, pk_text

EMPTY_CELL = Cell()

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

# Text columns: which row of the plan holds the text, and in which field.
TEXT_FIELDS = {
    COL_SASARAN: ("sasaran", "text"),
    COL_INDIKATOR: ("indikator", "text"),
    COL_TARGET: ("indikator", "target"),
    COL_KETERANGAN: ("indikator", "keterangan"),
    COL_SUMBER: ("indikator", "sumber_data"),
    COL_KEGIATAN: ("kegiatan", "text"),
    "satuan": ("indikator", "satuan"),  # the PK's optional column
}


def period_key(period: int) -> str:
    return f"{PERIOD_PREFIX}{period}"


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    level: str  # "sasaran", "indikator" or "row": which row kind the cell belongs to
    period: int = 0  # 1..12 for schedule columns

    @property
    def is_period(self) -> bool:
        return self.period > 0


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
    """The printed columns. Their headers are the documents' own Indonesian words
    in either interface language."""
    if plan.kind == "PK":
        from rakdesk.ui.pk_grid import pk_columns

        return pk_columns(plan, Column)
    if plan.kind == "IKU":
        return [
            Column(COL_NO, "No", "sasaran"),
            Column(COL_SASARAN, plan.sasaran_header or "SASARAN STRATEGIS", "sasaran"),
            Column(COL_INDIKATOR, plan.indikator_header or "INDIKATOR KINERJA", "row"),
            Column(COL_TARGET, "TARGET", "row"),
            Column(COL_KETERANGAN, "KETERANGAN", "row"),
            Column(COL_SUMBER, "SUMBER DATA", "row"),
        ]
    gran = plan.gran
    cols = [
        Column(COL_NO, "NO", "sasaran"),
        Column(COL_SASARAN, plan.sasaran_header or "SASARAN", "sasaran"),
        Column(COL_INDIKATOR, plan.indikator_header or "INDIKATOR KINERJA", "indikator"),
        Column(COL_TARGET, "TARGET", "indikator"),
        Column(COL_KEGIATAN, "KEGIATAN", "row"),
    ]
    cols += [
        Column(period_key(p), gran.label(p, plan.numeric_month_labels), "row", p)
        for p in range(1, gran.periods + 1)
    ]
    cols.append(Column(COL_PELAKSANA, "PELAKSANA", "row"))
    return cols


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
        named = [i for i in changes.rows_of(self.plan_id) if i in self._lines_of]
        if not named:
            return
        if changes.schedule_only:  # a tick: only the named kegiatan's cells are read again
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
        last = len(self.columns) - 1
        for first, end in runs:
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

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
        key = column.key
        if key == COL_NO:
            return f"{row.number}."
        if key in TEXT_FIELDS:
            owner, field = TEXT_FIELDS[key]
            holder = getattr(row, owner)
            return getattr(holder, field) if holder is not None else ""
        if key in PK_KEYS:
            return pk_text(row, key)
        if row.kegiatan is None:
            return ""
        if key == COL_PELAKSANA:
            return "; ".join(self.pelaksana_names(row.kegiatan))
        if column.is_period:
            return self.cell(row, column.period).text(self.plan.tick_style, short=True)
        return ""

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.is_period:  # the weeks written out: "Minggu ke 2 dan ke 3"
                cell = self.cell(row, column.period)
                return cell.text(self.plan.tick_style) if cell.weeks or cell.note else None
            text = self.text(row, column)
            return text if len(text) > 40 or "\n" in text else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.is_period or column.key in (COL_NO, COL_TARGET) or column.key in CENTERED:
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
        if not self.editable() or column.is_period or column.key == COL_NO:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = "" if value is None else str(value)
        if value == self.text(row, column):
            return False
        return self.doc.push(self.edit_command(row, column, value))

    # ------------------------------------------------------------ commands

    def edit_command(self, row: GridRow, column: Column, value: str):
        plan_id = self.plan.id
        key = column.key
        if key == COL_SASARAN:
            return cmd.SetFieldCommand(self.doc, plan_id, Sasaran, row.sasaran.id, "text", value)
        if row.indikator is None:  # a sasaran without indikator: typing creates one
            field, sasaran_id = TEXT_FIELDS[key][1], row.sasaran.id
            return cmd.CreateCommand(
                self.doc, translate("commands", "Add indikator"), plan_id,
                lambda session: row_ops.type_new_indikator(session, sasaran_id, field, value))
        if key in PK_KEYS:
            return pk_command(self.doc, plan_id, row, key, value)
        if key in (COL_INDIKATOR, COL_TARGET, COL_KETERANGAN, COL_SUMBER, "satuan"):
            return cmd.SetFieldCommand(
                self.doc, plan_id, Indikator, row.indikator.id, TEXT_FIELDS[key][1], value)
        if row.kegiatan is None:  # an indikator without kegiatan: typing creates one
            indikator_id = row.indikator.id
            text = value if key == COL_KEGIATAN else ""
            names = split_names(value) if key == COL_PELAKSANA else []
            return cmd.CreateCommand(
                self.doc, translate("commands", "Add kegiatan"), plan_id,
                lambda session: row_ops.insert_kegiatan(session, indikator_id, text=text,
                                                        pelaksana=names))
        if key == COL_KEGIATAN:
            return cmd.SetFieldCommand(self.doc, plan_id, Kegiatan, row.kegiatan.id, "text", value)
        if key == COL_PELAKSANA:
            return cmd.SetPelaksanaCommand(self.doc, plan_id, row.kegiatan.id, split_names(value))
        raise ValueError(key)


def split_names(text: str) -> list[str]:
    import re

    return [n.strip() for n in re.split(r"[;\n]", text or "") if n.strip()]
