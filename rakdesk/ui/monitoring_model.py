"""The monitoring table of one plan: a row per sasaran (a heading), per
indikator and (optionally shown) per kegiatan; per period of the plan the
columns Target, Realisasi and Capaian, then the year's Realisasi, Capaian and
Kategori. Figures come from the core (rakdesk.core.performance, capaian); the
model caches them as plain values and never writes: edits go through the
view's undo commands."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from rakdesk.core import capaian as cp
from rakdesk.core import monitoring
from rakdesk.core import performance as pf
from rakdesk.core.report_revisions import locking_report
from rakdesk.core.schedule import MONTHS_ID

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)

COL_NO, COL_TEXT, COL_YEAR_TARGET = 0, 1, 2
FIRST_PERIOD_COL = 3
PER_PERIOD = 3  # target, realisasi, capaian
TARGET, VALUE, CAPAIAN = 0, 1, 2
YEAR_COLS = 3  # realisasi, capaian, kategori of the year

GREEN, YELLOW, RED = QColor("#c8e6c9"), QColor("#fff1a8"), QColor("#f6c4bf")
GREY = QColor("#6b6b6b")
SASARAN_BG = QColor("#eef2f7")


def period_name(periods: int, period: int) -> str:
    if periods == 12:
        return MONTHS_ID[period - 1][:3]
    return "TW " + pf.quarter_name(period)


def period_long_name(periods: int, period: int) -> str:
    if periods == 12:
        return MONTHS_ID[period - 1]
    return translate("Monitoring", "Triwulan {0}").format(pf.quarter_name(period))


def colour_of(capaian: cp.Capaian, scale: cp.Scale) -> QColor | None:
    """Green when the target is met; yellow down to the lower bound of the
    scale's second band ("Baik", 76 by default); red below it."""
    if capaian.value is None:
        return None
    if capaian.value >= cp.HUNDRED:
        return GREEN
    bound = scale.bands[1][0] if len(scale.bands) > 1 else cp.HUNDRED
    return YELLOW if capaian.value >= bound else RED


@dataclass
class PeriodFigures:
    target: str = ""  # as shown (typed or derived)
    target_typed: str = ""  # "" when derived
    source: str = ""  # where the target came from: performance.TYPED, FROM_PK, ...
    value: str = ""  # "" = belum diisi
    capaian: cp.Capaian = field(default_factory=lambda: cp.Capaian(None, "empty"))
    kategori: str = ""
    overdue: bool = False
    evidence: int = 0
    followup: bool = False  # kendala, upaya or tindak lanjut written


@dataclass
class Row:
    kind: str  # "sasaran", "indikator", "kegiatan"
    id: str
    number: str
    text: str
    year_target: str = ""
    periods: dict[int, PeriodFigures] = field(default_factory=dict)
    year: pf.Figures | None = None
    statuses: dict[int, str] = field(default_factory=dict)  # kegiatan: period -> status
    scheduled: set[int] = field(default_factory=set)
    indikator_id: str = ""  # a kegiatan's indikator


class MonitoringModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan = None
        self.rows: list[Row] = []
        self.periods = 4
        self.scale = cp.parse_scale("")
        self.show_kegiatan = True
        self.writer = None  # (index, value) -> bool: the view pushes an undo command

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or self.writer is None:
            return False
        return self.writer(index, value)

    # ------------------------------------------------------------ loading

    def set_plan(self, plan) -> None:
        self.beginResetModel()
        self.plan = plan
        self.periods = plan.gran.periods if plan is not None else 4
        self.rows = self._rows() if plan is not None else []
        self.endResetModel()

    def refresh(self) -> None:
        """Read the plan's figures again; rows that stay the same are repainted."""
        if self.plan is None:
            return
        periods = self.plan.gran.periods
        rows = self._rows()
        if periods != self.periods or [(r.kind, r.id) for r in rows] != [
                (r.kind, r.id) for r in self.rows]:
            self.beginResetModel()
            self.periods, self.rows = periods, rows
            self.endResetModel()
            return
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))

    def _rows(self) -> list[Row]:
        plan = self.plan
        self.scale = pf.scale_of(plan)
        overdue = {r.id for r in pf.overdue(plan)}
        out: list[Row] = []
        for s_no, sasaran in enumerate(plan.sasaran, 1):
            out.append(Row("sasaran", sasaran.id, str(s_no), sasaran.text))
            for i_no, indikator in enumerate(sasaran.indikator, 1):
                out.append(self._indikator_row(indikator, f"{s_no}.{i_no}", overdue))
                if not self.show_kegiatan:
                    continue
                for kegiatan in indikator.kegiatan:
                    out.append(Row("kegiatan", kegiatan.id, "", kegiatan.text,
                                   statuses={p.period: p.status for p in kegiatan.progress},
                                   scheduled=set(kegiatan.schedule()),
                                   indikator_id=indikator.id))
        return out

    def _indikator_row(self, indikator, number: str, overdue: set[str]) -> Row:
        sources = pf.period_target_sources(indikator)
        targets = {p: target for p, (target, _) in sources.items()}
        rows = monitoring.realisasi_by_period(indikator)
        evidence: dict[int, int] = {}
        for e in indikator.evidence:
            evidence[e.period] = evidence.get(e.period, 0) + 1
        row = Row("indikator", indikator.id, number, indikator.text, indikator.target,
                  year=pf.year_figures(indikator, self.scale))
        for p in range(1, self.plan.gran.periods + 1):
            r = rows.get(p)
            value = r.value if r is not None else ""
            result = cp.compute(targets[p], value, indikator.polarity, indikator.capaian_formula,
                                indikator.text)
            row.periods[p] = PeriodFigures(
                targets[p], r.target if r is not None else "", sources[p][1], value, result,
                self.scale.kategori(result.value), r is not None and r.id in overdue,
                evidence.get(p, 0),
                r is not None and bool(r.kendala or r.upaya or r.tindak_lanjut))
        return row

    # ------------------------------------------------------------ columns

    def period_of(self, column: int) -> tuple[int, int] | None:
        """(period, TARGET/VALUE/CAPAIAN) of a column, or None."""
        c = column - FIRST_PERIOD_COL
        if 0 <= c < self.periods * PER_PERIOD:
            return c // PER_PERIOD + 1, c % PER_PERIOD
        return None

    def column_of(self, period: int, part: int) -> int:
        return FIRST_PERIOD_COL + (period - 1) * PER_PERIOD + part

    @property
    def year_col(self) -> int:
        return FIRST_PERIOD_COL + self.periods * PER_PERIOD

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.year_col + YEAR_COLS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = {COL_NO: translate("Monitoring", "No."),
                 COL_TEXT: translate("Monitoring", "Indikator / kegiatan"),
                 COL_YEAR_TARGET: translate("Monitoring", "Target tahun")}
        if section in fixed:
            return fixed[section]
        where = self.period_of(section)
        if where is not None:
            period, part = where
            word = (translate("Monitoring", "Target"), translate("Monitoring", "Realisasi"),
                    translate("Monitoring", "Capaian"))[part]
            return f"{word}\n{period_name(self.periods, period)}"
        year = (translate("Monitoring", "Realisasi\ntahun"),
                translate("Monitoring", "Capaian\ntahun"),
                translate("Monitoring", "Kategori"))
        return year[section - self.year_col]

    # ------------------------------------------------------------ cells

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        where = self.period_of(index.column())
        if where is None:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if self.plan.final_reports and locking_report(self.plan, where[0]):
            return base  # a final report shows it: read-only until its next revision
        if row.kind == "indikator" and where[1] in (TARGET, VALUE):
            return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDropEnabled
        if row.kind == "kegiatan":
            return base | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if row.kind == "sasaran":
            return self._sasaran_data(row, col, role)
        if row.kind == "kegiatan":
            return self._kegiatan_data(row, col, role)
        return self._indikator_data(row, col, role)

    def _sasaran_data(self, row: Row, col: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return {COL_NO: row.number, COL_TEXT: row.text}.get(col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SASARAN_BG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def status_text(self, row: Row, period: int) -> str:
        status = row.statuses.get(period, "")
        if status:
            return monitoring.STATUS_WORDS[status]
        return cp.empty_word() if period in row.scheduled else ""

    def _kegiatan_data(self, row: Row, col: int, role):
        where = self.period_of(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TEXT:
                return "• " + row.text
            if where is not None and where[1] == TARGET:
                return self.status_text(row, where[0])
            return None
        if role == Qt.ItemDataRole.EditRole and where is not None:
            return row.statuses.get(where[0], "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_TEXT or (where and not row.statuses.get(where[0])):
                return QBrush(GREY)
        if role == Qt.ItemDataRole.BackgroundRole and where is not None:
            status = row.statuses.get(where[0], "")
            return {"terlaksana": QBrush(GREEN), "sebagian": QBrush(YELLOW),
                    "tidak": QBrush(RED)}.get(status)
        if role == Qt.ItemDataRole.TextAlignmentRole and where is not None:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return row.text
        return None

    def _indikator_data(self, row: Row, col: int, role):
        where = self.period_of(col)
        if where is not None:
            return self._period_data(row, row.periods[where[0]], where[1], role)
        year_part = col - self.year_col
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NO:
                return row.number
            if col == COL_TEXT:
                return row.text
            if col == COL_YEAR_TARGET:
                return row.year_target
            if year_part == 0:
                return row.year.realisasi_text
            if year_part == 1:
                return _capaian_text(row.year.capaian)
            return row.year.kategori
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TEXT:
            return row.text
        if role == Qt.ItemDataRole.BackgroundRole and year_part == 1:
            colour = colour_of(row.year.capaian, self.scale)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and year_part in (0, 1) and \
                row.year.capaian.status == "empty":
            return QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (COL_TEXT,):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _period_data(self, row: Row, f: PeriodFigures, part: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if part == TARGET:  # a target from the PK says so where it shows
                return f"{f.target} · PK" if f.source == pf.FROM_PK and f.target else f.target
            if part == VALUE:
                return (f.value or cp.empty_word()) + (" !" if f.overdue else "")
            return _capaian_text(f.capaian)
        if role == Qt.ItemDataRole.DecorationRole and part == VALUE and f.evidence:
            from PySide6.QtWidgets import QApplication, QStyle

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if role == Qt.ItemDataRole.EditRole:
            return f.target_typed if part == TARGET else f.value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if part == VALUE and f.overdue:
                return QBrush(RED.darker(200))
            if (part == TARGET and not f.target_typed) or (part in (VALUE, CAPAIAN)
                                                           and not f.value):
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and part == VALUE and not f.value:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and part == CAPAIAN:
            colour = colour_of(f.capaian, self.scale)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if part == TARGET and not f.target_typed:
                return {
                    pf.FROM_PK: translate("Monitoring", "Target of the period from the PK's "
                                          "quarter targets; type to set it here."),
                    pf.FROM_SCHEDULE: translate("Monitoring", "Target of the period counted "
                                                "from the schedule; type to set it."),
                }.get(f.source, translate("Monitoring", "Target of the period split from the "
                                          "year's target; type to set it."))
            if part == TARGET:
                return translate("Monitoring", "Target of the period as typed.")
            if part == CAPAIAN and f.capaian.value is not None:
                return translate("Monitoring", "Kategori: {0}").format(f.kategori)
            if part == VALUE:
                lines = []
                if f.evidence:
                    lines.append(translate("Monitoring", "{0} bukti dukung").format(f.evidence))
                if f.overdue:
                    lines.append(translate("Monitoring",
                                           "The tindak lanjut is past its batas waktu."))
                return "\n".join(lines) or None
        return None

    # ------------------------------------------------------------ finding

    def row_index(self, kind: str, row_id: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.kind == kind and r.id == row_id),
                    -1)


def _capaian_text(capaian: cp.Capaian) -> str:
    if capaian.value is None:
        return capaian.text  # "belum diisi" or "-"
    return f"{capaian.text} %"
