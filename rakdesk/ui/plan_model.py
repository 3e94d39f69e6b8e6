"""The plan grid: one row per kegiatan (per indikator on the IKU), in the printed
column order. Sasaran and indikator cells span their rows, as on paper.

The model reads the plan's rows from the core once per structural change and
answers from that cache; edits go to the document as undoable commands."""

from __future__ import annotations

import gc
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from rakdesk.core import editing, loading
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
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
    sasaran: Sasaran
    indikator: Indikator | None
    kegiatan: Kegiatan | None
    number: int
    sasaran_span: int = 0  # rows the sasaran covers (on its first row; 0 elsewhere)
    indikator_span: int = 0


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


def flatten(plan: Plan) -> list[GridRow]:
    rows: list[GridRow] = []
    iku = plan.kind in ("IKU", "PK")  # one row per indikator
    for number, sasaran in enumerate(plan.sasaran, 1):
        first_s = len(rows)
        for indikator in sasaran.indikator or [None]:
            first_i = len(rows)
            kegiatan = [] if iku or indikator is None else indikator.kegiatan
            for k in kegiatan or [None]:
                rows.append(GridRow(sasaran, indikator, k, number))
            rows[first_i].indikator_span = len(rows) - first_i
        rows[first_s].sasaran_span = len(rows) - first_s
    return rows


class PlanGridModel(QAbstractTableModel):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.plan: Plan | None = None
        self.columns: list[Column] = []
        self.rows: list[GridRow] = []
        self._cells: dict[str, dict[int, Cell]] = {}
        self._pelaksana: dict[str, list[str]] = {}
        self._row_of: dict[str, int] = {}
        self._col_of: dict[str, int] = {}
        doc.sig_plan_changed.connect(self._on_plan_changed)
        doc.sig_cells_changed.connect(self._on_cells_changed)

    # ------------------------------------------------------------ loading

    def set_plan(self, plan_id: str | None) -> None:
        self.beginResetModel()
        session = self.doc.session
        self.plan = loading.load_plan_outline(session, plan_id) if plan_id else None
        # Cells and pelaksana as plain values: objects for the thousands of cells of
        # a long plan would cost most of the time it takes to open it.
        self._cells = loading.plan_cells(session, plan_id) if plan_id else {}
        self._pelaksana = loading.plan_pelaksana(session, plan_id) if plan_id else {}
        self._rebuild()
        self.endResetModel()
        # The rows just read live as long as the plan is shown: keep Python's
        # cycle collector from walking them again every few edits (a full pass
        # over a long plan was the slowest part of some keystrokes).
        gc.freeze()

    def full_plan(self) -> Plan | None:
        """The shown plan with every cell and pelaksana loaded (for printing and
        export), in one query per level."""
        if self.plan is None:
            return None
        return loading.load_plan(self.doc.session, self.plan.id)

    def _rebuild(self) -> None:
        if self.plan is None or self.plan not in self.doc.session:
            self.plan, self.columns, self.rows = None, [], []
        else:
            self.columns = columns_for(self.plan)
            self.rows = flatten(self.plan)
        self._row_of = {r.kegiatan.id: i for i, r in enumerate(self.rows) if r.kegiatan}
        self._col_of = {c.key: i for i, c in enumerate(self.columns)}

    def _on_plan_changed(self, plan_id: str, structural: bool) -> None:
        if self.plan is None or plan_id != self.plan.id:
            return
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _on_cells_changed(self, plan_id: str, kegiatan_ids: list) -> None:
        if self.plan is None or plan_id != self.plan.id or not self.rows:
            return
        rows = [self._row_of[k] for k in kegiatan_ids if k in self._row_of]
        if not rows or len(rows) > 50:
            rows = [0, len(self.rows) - 1]
        self.dataChanged.emit(
            self.index(min(rows), 0), self.index(max(rows), len(self.columns) - 1)
        )

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

    def row_of_kegiatan(self, kegiatan_id: str) -> int:
        return self._row_of[kegiatan_id]

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
        kegiatan = row.kegiatan
        if kegiatan is None:
            return Cell()
        # Once an edit loaded a kegiatan's cells, they are the truth; until then
        # the values read with the plan are.
        if "cells" not in vars(kegiatan):
            return self._cells.get(kegiatan.id, {}).get(period, EMPTY_CELL)
        for c in kegiatan.cells:
            if c.period == period:
                return c.value()
        return EMPTY_CELL

    def has_week_notes(self) -> bool:
        """Whether a shown cell names weeks ("Mg 2, 3"), read from the values
        loaded with the plan: asking the plan itself would load every
        kegiatan's cells, one query each."""
        for row in self.rows:
            kegiatan = row.kegiatan
            if kegiatan is None:
                continue
            if "cells" in vars(kegiatan):
                if any(c.value().weeks for c in kegiatan.cells):
                    return True
            elif any(c.weeks for c in self._cells.get(kegiatan.id, {}).values()):
                return True
        return False

    def pelaksana_names(self, kegiatan: Kegiatan) -> list[str]:
        if "pelaksana" not in vars(kegiatan):
            return self._pelaksana.get(kegiatan.id, [])
        return [p.name for p in kegiatan.pelaksana]

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

    def kegiatan_ids(self, row: GridRow, level: str) -> list[str]:
        """The kegiatan whose rows show a sasaran or indikator (to repaint them)."""
        if level == "sasaran":
            return [r.kegiatan.id for r in self.rows if r.sasaran is row.sasaran and r.kegiatan]
        if level == "indikator":
            return [r.kegiatan.id for r in self.rows if r.indikator is row.indikator and r.kegiatan]
        return [row.kegiatan.id] if row.kegiatan else []

    def edit_command(self, row: GridRow, column: Column, value: str):
        plan_id = self.plan.id
        key = column.key
        if key == COL_SASARAN:
            return cmd.SetFieldCommand(
                self.doc,
                plan_id,
                Sasaran,
                row.sasaran.id,
                "text",
                value,
                self.kegiatan_ids(row, "sasaran"),
            )
        if row.indikator is None:  # a sasaran without indikator: typing creates one
            return self._create_indikator(row, key, value)
        if key in PK_KEYS:
            return pk_command(self.doc, plan_id, row, key, value)
        if key in (COL_INDIKATOR, COL_TARGET, COL_KETERANGAN, COL_SUMBER, "satuan"):
            field = TEXT_FIELDS[key][1]
            level = "indikator" if self.plan.kind == "RAK" else "row"
            return cmd.SetFieldCommand(
                self.doc,
                plan_id,
                Indikator,
                row.indikator.id,
                field,
                value,
                self.kegiatan_ids(row, level),
            )
        if row.kegiatan is None:  # an indikator without kegiatan: typing creates one
            return self._create_kegiatan(row, key, value)
        if key == COL_KEGIATAN:
            return cmd.SetFieldCommand(
                self.doc, plan_id, Kegiatan, row.kegiatan.id, "text", value, [row.kegiatan.id]
            )
        if key == COL_PELAKSANA:
            return cmd.SetPelaksanaCommand(self.doc, plan_id, row.kegiatan.id, split_names(value))
        raise ValueError(key)

    def _create_indikator(self, row: GridRow, key: str, value: str):
        from rakdesk.core import plans as ops

        sasaran_id = row.sasaran.id
        field = TEXT_FIELDS[key][1]

        def create(session):
            ind = ops.add_indikator(session, session.get(Sasaran, sasaran_id), "")
            editing.set_field(ind, field, value)
            return [ind]

        return cmd.CreateCommand(
            self.doc, translate("commands", "Add indikator"), self.plan.id, create
        )

    def _create_kegiatan(self, row: GridRow, key: str, value: str):
        from rakdesk.core import plans as ops

        indikator_id = row.indikator.id

        def create(session):
            text = value if key == COL_KEGIATAN else ""
            names = split_names(value) if key == COL_PELAKSANA else []
            return [ops.add_kegiatan(session, session.get(Indikator, indikator_id), text, names)]

        return cmd.CreateCommand(
            self.doc, translate("commands", "Add kegiatan"), self.plan.id, create
        )


def split_names(text: str) -> list[str]:
    import re

    return [n.strip() for n in re.split(r"[;\n]", text or "") if n.strip()]
