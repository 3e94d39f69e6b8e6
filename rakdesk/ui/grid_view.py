"""The plan grid view: a spreadsheet-like table over PlanGridModel.

Schedule cells toggle with a click or Space; a selected range fills or clears
with Space; Delete clears; Enter or F2 edits text in place (Ctrl+Enter makes a
new line). Everything it changes goes through the document as commands.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
)

from rakdesk.core.schedule import Cell
from rakdesk.ui import commands as cmd
from rakdesk.ui.plan_model import (
    COL_INDIKATOR,
    COL_KEGIATAN,
    COL_NO,
    COL_PELAKSANA,
    COL_SASARAN,
    COL_TARGET,
    PlanGridModel,
)
from rakdesk.ui.wrapping_header import WrappingHeader

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)

MAX_ROW_LINES = 10
FIT_UNIT = 64  # rows sized together at most (a span this long has room for any text)


class TextDelegate(QStyledItemDelegate):
    """A multi-line editor: Enter commits, Ctrl+Enter (or Shift+Enter) adds a line."""

    def createEditor(self, parent, option, index):
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index):
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = QRect(option.rect)
        rect.setHeight(max(rect.height(), QFontMetrics(option.font).lineSpacing() * 5))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            mods = event.modifiers()
            if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                editor.insertPlainText("\n")
                return True
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class PelaksanaCompleter(QCompleter):
    """Completes the name being typed after the last ";" from the satker's
    sub-units and the names typed earlier in its plans."""

    def __init__(self, names: list[str], editor: QLineEdit):
        super().__init__(names, editor)
        self.editor = editor
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setWidget(editor)
        editor.textEdited.connect(self._typed)
        self.activated.connect(self._chosen)

    @staticmethod
    def _split(text: str) -> tuple[str, str]:
        head, sep, last = text.rpartition(";")
        return (head + sep + " " if sep else ""), last.strip()

    def _typed(self, text: str) -> None:
        _, last = self._split(text)
        if not last:
            self.popup().hide()
            return
        self.setCompletionPrefix(last)
        if self.completionCount():
            # As wide as the names it offers (the column may be narrow), so long
            # sub-unit names that begin alike are told apart.
            popup = self.popup()
            width = max(self.editor.width(), popup.sizeHintForColumn(0)
                        + popup.verticalScrollBar().sizeHint().width()
                        + 2 * popup.frameWidth() + 4)
            self.complete(QRect(0, 0, width, self.editor.height()))
        else:
            self.popup().hide()

    def _chosen(self, name: str) -> None:
        head, _ = self._split(self.editor.text())
        self.editor.setText(head + name)


class PelaksanaDelegate(QStyledItemDelegate):
    """Pelaksana typed, or completed from the satker's sub-units and the names
    typed before; several are separated with ";"."""

    def __init__(self, names_provider, parent=None):
        super().__init__(parent)
        self.names_provider = names_provider

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.completer_ = PelaksanaCompleter(self.names_provider(), editor)
        return editor

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        editor.setGeometry(option.rect)


class PlanGridView(QTableView):
    sig_request_weeks = Signal()  # the user asked to set weeks or a note (context menu)
    sig_edit_final = Signal()  # the user tried to change a final plan

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("planGrid")
        self.grid_model = PlanGridModel(doc, self)
        self.setHorizontalHeader(WrappingHeader(self))
        self.setModel(self.grid_model)
        self.text_delegate = TextDelegate(self)
        self.pelaksana_delegate = PelaksanaDelegate(self.sub_unit_names, self)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Rows not measured yet (off screen) are one line high, as a short row is.
        self.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).lineSpacing() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._press_index = None
        self._fit_timer = QTimer(self, singleShot=True, interval=60)
        self._fit_timer.timeout.connect(self.fit_rows)
        self._units: list[tuple[int, int]] = []  # row ranges sized together
        self._unit_starts: list[int] = []
        self._fitted: list[bool] = []  # per unit: its heights are measured
        self._fitting = False
        self._cursor: tuple | None = None  # where the cursor was before a reset
        self._switching = False
        self.horizontalHeader().sectionResized.connect(self._refit_all)
        self.verticalScrollBar().valueChanged.connect(self.fit_rows)
        self.grid_model.modelAboutToBeReset.connect(self._remember_cursor)
        self.grid_model.modelReset.connect(self._after_reset)
        self.grid_model.dataChanged.connect(self._refit_rows)

    # ------------------------------------------------------------ layout

    def set_plan(self, plan_id: str | None) -> None:
        self._switching = True  # another plan: nothing of the old cursor applies
        try:
            self.grid_model.set_plan(plan_id)
        finally:
            self._switching = False

    def _remember_cursor(self) -> None:
        """Before the rows are read again (an edit, undo, redo): which kegiatan,
        indikator and sasaran the cursor is on, its row and its column."""
        self._cursor = None
        index = self.currentIndex()
        model = self.grid_model
        if self._switching or not index.isValid() or index.row() >= len(model.rows):
            return
        row = model.rows[index.row()]
        self._cursor = (row.kegiatan.id if row.kegiatan is not None else None,
                        row.indikator.id if row.indikator is not None else None,
                        row.sasaran.id, index.row(), model.columns[index.column()].key)

    def _restore_cursor(self) -> None:
        """Put the cursor back on the row it was on, wherever that row went (a
        move, an undo); on the row now in its place when it is gone (a delete)."""
        cursor, self._cursor = self._cursor, None
        model = self.grid_model
        if cursor is None or not model.rows:
            return
        kegiatan_id, indikator_id, sasaran_id, old_row, key = cursor
        wanted, attr = next((w, a) for w, a in ((kegiatan_id, "kegiatan"),
                                                (indikator_id, "indikator"),
                                                (sasaran_id, "sasaran")) if w is not None)
        row = next((r for r, grid_row in enumerate(model.rows)
                    if getattr(grid_row, attr) is not None
                    and getattr(grid_row, attr).id == wanted), None)
        if row is None:
            row = min(old_row, len(model.rows) - 1)
        column = model.column(key) if model.has_column(key) else 1
        index = model.index(row, min(column, model.columnCount() - 1))
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def sub_unit_names(self) -> list[str]:
        """The pelaksana names offered while typing (sub-units, then earlier entries)."""
        from rakdesk.core.sub_units import pelaksana_choices

        plan = self.grid_model.plan
        return pelaksana_choices(plan.satker) if plan is not None else []

    def _after_reset(self) -> None:
        model = self.grid_model
        self._units, self._unit_starts, self._fitted = [], [], []
        self.clearSpans()
        for col in range(model.columnCount()):
            self.setItemDelegateForColumn(col, None)
        if not model.columns:
            return
        self.fit_columns()
        for col, column in enumerate(model.columns):
            if column.key == COL_PELAKSANA:
                self.setItemDelegateForColumn(col, self.pelaksana_delegate)
            elif not column.is_period and column.key != COL_NO:
                self.setItemDelegateForColumn(col, self.text_delegate)
        for row, col, span in model.spans():
            self.setSpan(row, col, span, 1)
        # The rows were read again (an edit, a paste, a move, undo): every unit
        # is measured anew as it comes on screen.
        self._units = self._layout_units()
        self._unit_starts = [a for a, _ in self._units]
        self._fitted = [False] * len(self._units)
        self.fit_rows()
        self._restore_cursor()

    def column_widths(self, available: int) -> list[int]:
        """Column widths that fill ``available`` pixels: NO, TARGET and the
        schedule keep their width, the text columns share the rest (each with a
        readable minimum), so PELAKSANA is on screen on a 1366-px laptop. Month
        cells with week notes ("Mg 1–4") get wider only where that still fits;
        narrow, "Mg 2, 3" takes two lines."""
        model = self.grid_model
        weekly = model.plan is not None and model.has_week_notes()
        widths = self._column_widths(available, 32)
        if weekly:
            wider = self._column_widths(available, 40)
            if sum(wider) <= available:
                widths = wider
        return widths

    def _column_widths(self, available: int, week_w: int) -> list[int]:
        model = self.grid_model
        periods = model.plan.gran.periods if model.plan is not None else 12
        from rakdesk.ui.pk_grid import PK_WIDTHS

        fixed = {COL_NO: 34, COL_TARGET: 66, **PK_WIDTHS}
        share = {COL_SASARAN: 2, COL_INDIKATOR: 2, COL_KEGIATAN: 3.5, COL_PELAKSANA: 2.2}
        minimum = {COL_KEGIATAN: 150}
        widths: list[int | None] = []
        for column in model.columns:
            if column.is_period:
                widths.append(week_w if periods == 12 else 60)
            else:
                widths.append(fixed.get(column.key))
        flexible = [(i, share.get(c.key, 2)) for i, c in enumerate(model.columns)
                    if widths[i] is None]
        free = available - sum(w for w in widths if w is not None)
        total = sum(weight for _, weight in flexible) or 1
        for i, weight in flexible:
            key = model.columns[i].key
            widths[i] = max(minimum.get(key, 100), int(free * weight / total))
        return widths

    def fit_columns(self) -> None:
        if not self.grid_model.columns:
            return
        # The scroll bar's room is always kept, so its coming and going never
        # changes the widths (no resize loop).
        available = (self.width() - 2 * self.frameWidth() - self.verticalHeader().width()
                     - self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
                     - 2)
        for col, width in enumerate(self.column_widths(max(available, 600))):
            if self.columnWidth(col) != width:
                self.setColumnWidth(col, width)

    def showEvent(self, event):
        super().showEvent(event)
        self.fit_rows()  # rows measured before the grid was laid out were a guess

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()
        self.fit_rows()  # a taller window shows rows not measured yet

    def _refit_all(self, *_) -> None:
        self._fitted = [False] * len(self._units)
        self._fit_timer.start()

    def _refit_rows(self, top, bottom, *_) -> None:
        for unit in range(self._unit_of(top.row()), self._unit_of(bottom.row()) + 1):
            if 0 <= unit < len(self._fitted):
                self._fitted[unit] = False
        self._fit_timer.start()

    def _layout_units(self) -> list[tuple[int, int]]:
        """The row ranges sized together: a sasaran's rows, or in a sasaran of
        more than FIT_UNIT rows its indikator spans packed up to FIT_UNIT rows (a
        span that long has room for any text; only shorter ones need a range of
        their own to give spanned text room)."""
        rows, units, r = self.grid_model.rows, [], 0
        while r < len(rows):
            end = r + max(1, rows[r].sasaran_span)
            if end - r <= FIT_UNIT:
                units.append((r, end))
            else:
                start = i = r
                while i < end:
                    span_end = min(end, i + max(1, rows[i].indikator_span))
                    if span_end - start > FIT_UNIT and i > start:
                        units.append((start, i))
                        start = i
                    while span_end - start > FIT_UNIT:
                        units.append((start, start + FIT_UNIT))
                        start += FIT_UNIT
                    i = span_end
                if start < end:
                    units.append((start, end))
            r = end
        return units

    def _unit_of(self, row: int) -> int:
        return bisect.bisect_right(self._unit_starts, row) - 1

    def fit_rows(self) -> None:
        """Row heights that show each row's text (up to MAX_ROW_LINES lines),
        with spanned sasaran/indikator text given room across their rows. Only
        rows on screen and a screen above and below are measured: a plan of
        thousands of kegiatan opens as fast as a short one, and the rest is
        sized as it scrolls into view. After an edit only the changed rows'
        sasaran group (or part of it) is measured again."""
        if not self._units or self._fitting:
            return
        viewport = self.viewport().height()
        first = self.rowAt(0)
        first = 0 if first < 0 else first
        last = self.rowAt(viewport - 1)
        if last < 0 and viewport > 0:  # every row fits on screen
            last = len(self.grid_model.rows) - 1
        elif last < 0:
            # Not laid out yet (the grid is shown once a plan is open): a window's
            # height of rows; showing it measures what is really on screen.
            lines = max(1, self.window().height() // self.verticalHeader().defaultSectionSize())
            last = min(len(self.grid_model.rows) - 1, first + lines)
        margin = max(20, last - first + 1)
        lo = self._unit_of(max(0, first - margin))
        hi = self._unit_of(min(len(self.grid_model.rows) - 1, last + margin))
        todo = [u for u in range(lo, hi + 1) if not self._fitted[u]]
        if not todo:
            return
        bar = self.verticalScrollBar()
        top_before = self.rowViewportPosition(first) if first < len(self.grid_model.rows) else 0
        self._fitting = True
        try:
            for unit in todo:
                self._fit_range(*self._units[unit])
                self._fitted[unit] = True
            # Rows above the first one shown grew or shrank: keep it where it was.
            shift = self.rowViewportPosition(first) - top_before
            if shift and bar.value() > 0:
                bar.setValue(bar.value() + shift)
        finally:
            self._fitting = False

    def rows_fitted(self) -> list[int]:
        """The rows whose height has been measured (the rest keep the default)."""
        return [r for u, (a, b) in enumerate(self._units) if self._fitted[u]
                for r in range(a, b)]

    def _fit_range(self, start: int, end: int) -> None:
        model = self.grid_model
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        cap = line * MAX_ROW_LINES + 8
        flags = int(Qt.TextFlag.TextWordWrap)

        def need(text: str, width: int) -> int:
            if not text:
                return 0
            rect = metrics.boundingRect(QRect(0, 0, max(20, width - 8), 10_000), flags, text)
            return min(cap, rect.height() + 8)

        row_cols = [(i, c) for i, c in enumerate(model.columns) if c.level == "row"]
        span_cols = sorted(((i, c) for i, c in enumerate(model.columns)
                            if c.level in ("sasaran", "indikator")),
                           key=lambda item: item[1].level == "sasaran")  # inner spans first
        rows = model.rows[start:end]
        default = line + 8
        heights = []
        for row in rows:
            h = default
            for col, column in row_cols:
                h = max(h, need(model.text(row, column), self.columnWidth(col)))
            heights.append(h)
        for col, column in span_cols:  # spanned text needs room across its rows
            for offset, row in enumerate(rows):
                span = row.sasaran_span if column.level == "sasaran" else row.indikator_span
                if span < 1 or offset + span > len(rows):
                    continue  # a span longer than its range has room for any text
                deficit = need(model.text(row, column), self.columnWidth(col)) - sum(
                    heights[offset:offset + span])
                if deficit > 0:
                    heights[offset + span - 1] += deficit
        for offset, h in enumerate(heights):
            if self.rowHeight(start + offset) != h:
                self.setRowHeight(start + offset, h)

    # ------------------------------------------------------------ schedule cells

    def selected_period_cells(self) -> list[tuple[str, int, Cell]]:
        """(kegiatan id, period, current cell) of every selected schedule cell."""
        model = self.grid_model
        found = []
        for index in self.selectionModel().selectedIndexes():
            column = model.column_at(index.column())
            row = model.row_at(index.row())
            if column.is_period and row.kegiatan is not None:
                found.append((row.kegiatan.id, column.period, model.cell(row, column.period)))
        return found

    def set_cells(self, cells: dict[tuple[str, int], Cell], text: str) -> None:
        """One command for the cells; their old values are what the grid shows."""
        if cells and self.grid_model.editable():
            model = self.grid_model
            old = {(k, p): model.schedule_of(k).get(p, Cell()) for k, p in cells}
            self.doc.push(cmd.SetCellsCommand(self.doc, model.plan.id, cells, text, old))

    def toggle_selection(self) -> None:
        """Space: tick every selected schedule cell, or clear them when all are
        ticked already."""
        cells = self.selected_period_cells()
        if not cells:
            return
        if all(c.ticked for _, _, c in cells):
            self.set_cells(
                {(k, p): Cell(note=c.note) for k, p, c in cells},
                translate("commands", "Clear ticks"),
            )
        else:
            self.set_cells(
                {(k, p): c if c.ticked else Cell(ticked=True, note=c.note) for k, p, c in cells},
                translate("commands", "Tick"),
            )

    def clear_selection_contents(self) -> None:
        """Delete: empty the selected cells (schedule and text) in one step."""
        model = self.grid_model
        if not model.editable():
            return
        stack = self.doc.undo_stack
        cells = {(k, p): Cell() for k, p, c in self.selected_period_cells() if not c.empty}
        texts = [
            i
            for i in self.selectionModel().selectedIndexes()
            if model.flags(i) & Qt.ItemFlag.ItemIsEditable and i.data()
        ]
        if not cells and not texts:
            return
        stack.beginMacro(translate("commands", "Clear cells"))
        self.set_cells(cells, translate("commands", "Clear cells"))
        for index in texts:
            model.setData(index, "")
        stack.endMacro()

    # ------------------------------------------------------------ events

    def _final(self) -> bool:
        plan = self.grid_model.plan
        return plan is not None and plan.status == "final" and not self.doc.readonly

    def mouseDoubleClickEvent(self, event):
        if self._final():
            self.sig_edit_final.emit()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event):
        editing_keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Space,
                        Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Insert)
        typed = event.text() and event.text().isprintable() and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if self._final() and (event.key() in editing_keys or typed):
            self.sig_edit_final.emit()  # a final plan changes only in its next revision
            return
        index = self.currentIndex()
        column = self.grid_model.column_at(index.column()) if index.isValid() else None
        if self.state() != QAbstractItemView.State.EditingState:
            if (
                event.key() == Qt.Key.Key_Space
                and event.modifiers()
                in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
                and column is not None
                and column.is_period
            ):
                self.toggle_selection()
                return
            if (
                event.matches(QKeySequence.StandardKey.Delete)
                or event.key() == Qt.Key.Key_Backspace
            ):
                self.clear_selection_contents()
                return
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and index.isValid()
                and not event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                if self.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    self.edit(index)
                    return
            if (
                column is not None
                and column.is_period
                and event.text()
                and event.text().isprintable()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                return  # typing into a schedule cell does nothing (Space ticks)
        super().keyPressEvent(event)

    def mousePressEvent(self, event):
        self._press_index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event):
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index == self._press_index
            and not event.modifiers()
        ):
            column = self.grid_model.column_at(index.column())
            row = self.grid_model.row_at(index.row())
            if column.is_period and row.kegiatan is not None:
                cell = self.grid_model.cell(row, column.period)
                new = Cell(note=cell.note) if cell.ticked else Cell(ticked=True, note=cell.note)
                self.set_cells(
                    {(row.kegiatan.id, column.period): new},
                    translate("commands", "Clear tick")
                    if cell.ticked
                    else translate("commands", "Tick"),
                )
        self._press_index = None
