"""What the Edit and Plan menus do to the open plan: insert, delete and move
rows, copy and paste through the clipboard, set weeks, switch months and
quarters, edit the plan's properties. Each is one undoable command."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from rakdesk.core import editing
from rakdesk.core.model import Indikator, Kegiatan, Plan, Sasaran
from rakdesk.core.operations import rows as row_ops
from rakdesk.core.schedule import Granularity, convert
from rakdesk.ui import commands as cmd
from rakdesk.ui.dialogs import PlanDialog, WeeksDialog
from rakdesk.ui.plan_model import (
    COL_INDIKATOR,
    COL_KEGIATAN,
    COL_SASARAN,
)
from rakdesk.ui.workspace_tree import PLAN_FIELDS, add_new_officials, officials_of

LEVEL_CLASS = {"sasaran": Sasaran, "indikator": Indikator, "row": Kegiatan}


class PlanActions(QObject):
    sig_status = Signal(str)  # a short note for the status bar

    def __init__(self, doc, view, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.view = view
        self.model = view.grid_model

    # ------------------------------------------------------------ where we are

    @property
    def plan(self) -> Plan | None:
        return self.model.plan

    def _current(self):
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None, None
        return self.model.row_at(index.row()), self.model.column_at(index.column())

    def _level(self) -> str:
        """Which row the current column belongs to: sasaran, indikator or kegiatan."""
        row, column = self._current()
        if column is None:
            return "row"
        if self.plan.kind in ("IKU", "PK") and column.level == "row":
            return "indikator"
        return column.level

    def focus(self, row_id: str | None, key: str, edit: bool = True) -> None:
        """Put the cursor on the row that holds ``row_id`` and start typing there."""
        if row_id is None or not self.model.has_column(key):
            return
        for r in self.model.lines_of(row_id)[:1]:
            index = self.model.index(r, self.model.column(key))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            if edit and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.view.edit(index)

    def _push_create(self, text: str, create, focus_key: str) -> None:
        command = cmd.CreateCommand(self.doc, text, self.plan.id, create)
        if self.doc.push(command):
            self.focus(command.first_id, focus_key)

    # ------------------------------------------------------------ insert

    def insert_sasaran(self) -> None:
        if self.plan is None:
            return
        row, _ = self._current()
        position = row.sasaran.index + 1 if row else None
        plan_id = self.plan.id
        self._push_create(self.tr("Add sasaran"),
                          lambda session: row_ops.insert_sasaran(session, plan_id, position),
                          COL_SASARAN)

    def insert_indikator(self) -> None:
        if self.plan is None:
            return
        row, _ = self._current()
        if row is None:
            self.insert_sasaran()
            return
        sasaran_id = row.sasaran.id
        position = row.indikator.index + 1 if row.indikator else None
        self._push_create(
            self.tr("Add indikator"),
            lambda session: row_ops.insert_indikator(session, sasaran_id, position),
            COL_INDIKATOR)

    def insert_kegiatan(self) -> None:
        """Insert: a new kegiatan under the current indikator, below the current row."""
        if self.plan is None:
            return
        if self.plan.kind in ("IKU", "PK"):
            self.insert_indikator()
            return
        row, _ = self._current()
        if row is None or row.indikator is None:
            self.insert_indikator() if row else self.insert_sasaran()
            return
        indikator_id = row.indikator.id
        position = row.kegiatan.index + 1 if row.kegiatan else None
        self._push_create(
            self.tr("Add kegiatan"),
            lambda session: row_ops.insert_kegiatan(session, indikator_id, position),
            COL_KEGIATAN)

    # ------------------------------------------------------------ delete and move

    def delete_rows(self) -> None:
        """Ctrl+Delete: delete the kegiatan of the selected rows, or the current
        indikator or sasaran (with everything under it) when its column is current."""
        if self.plan is None:
            return
        level = self._level()
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows:
            return
        cls = LEVEL_CLASS[level]
        targets = []
        for r in rows:
            grid_row = self.model.row_at(r)
            row = {"sasaran": grid_row.sasaran, "indikator": grid_row.indikator,
                   "row": grid_row.kegiatan}[level]
            if row is not None and (cls, row.id) not in targets:
                targets.append((cls, row.id))
        if not targets:
            return
        if level != "row":
            kegiatan = sum(1 for r in self.model.rows
                           if any(t[1] in (r.sasaran.id, r.indikator and r.indikator.id)
                                  for t in targets) and r.kegiatan)
            name = cmd.kind_label(cls)
            question = self.tr("Delete {0} {1} with the {2} kegiatan under it? "
                               "(Undo brings it back.)").format(len(targets), name, kegiatan)
            if QMessageBox.question(self.view, self.tr("Delete"), question) != \
                    QMessageBox.StandardButton.Yes:
                return
        text = self.tr("Delete {0}").format(cmd.kind_label(cls))
        self.doc.push(cmd.DeleteCommand(self.doc, text, self.plan.id, targets))

    def move(self, delta: int) -> None:
        if self.plan is None:
            return
        row, column = self._current()
        if row is None:
            return
        level = self._level()
        target = {"sasaran": row.sasaran, "indikator": row.indikator, "row": row.kegiatan}[level]
        if target is None:
            return
        key = column.key
        cls = LEVEL_CLASS[level]
        if self.doc.push(cmd.MoveCommand(self.doc, self.plan.id, cls, target.id, delta)):
            self.focus(target.id, key, edit=False)
            self.sig_status.emit("")  # an earlier "already at the top" is no longer true
        elif not self.doc.readonly:  # nothing moved: say why instead of doing nothing
            self.sig_status.emit(self.tr("Already at the top.") if delta < 0
                                 else self.tr("Already at the bottom."))

    # ------------------------------------------------------------ clipboard

    def selected_lines(self):
        """The selected grid rows that show a kegiatan, top to bottom."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.row_at(r) for r in rows if self.model.row_at(r).kegiatan]

    def copy(self) -> None:
        if self.plan is None:
            return
        lines = self.selected_lines()
        if lines:
            QGuiApplication.clipboard().setText(editing.kegiatan_as_tsv(
                self.doc.session, self.plan.id, [r.kegiatan.id for r in lines]))

    def cut(self) -> None:
        lines = self.selected_lines()
        if not lines:
            return
        self.copy()
        self.doc.push(cmd.DeleteCommand(self.doc, self.tr("Cut"), self.plan.id,
                                        [(Kegiatan, r.kegiatan.id) for r in lines]))

    def paste(self) -> None:
        if self.plan is None:
            return
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        rows = editing.parse_tsv(text)
        index = self.view.currentIndex()
        if len(rows) == 1 and len(rows[0]) == 1 and index.isValid():
            # One value: into the current cell, as typing would.
            if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.model.setData(index, rows[0][0])
            return
        row, column = self._current()
        after = into = None
        if row is not None:  # where the cursor is: its column says at which level
            level = self._level()
            if level == "row" and row.kegiatan is None and row.indikator is not None \
                    and self.plan.kind == "RAK":
                into = row.indikator.id  # an indikator without kegiatan: they become its own
            else:
                cells = {"row": ((Kegiatan, row.kegiatan), (Indikator, row.indikator)),
                         "indikator": ((Indikator, row.indikator),)}.get(level, ())
                cls, values = next(((c, v) for c, v in cells if v is not None),
                                   (Sasaran, row.sasaran))
                after = (cls, values.id)
        plan_id = self.plan.id
        command = cmd.CreateCommand(
            self.doc, self.tr("Paste rows"), plan_id,
            lambda session: row_ops.paste_rows(session, plan_id, rows, after, into))
        if self.doc.push(command):
            # The pasted rows are selected; no editor opens (the next key must
            # not overwrite what was pasted).
            self.select_rows(command.made_ids,
                             column.key if column is not None else COL_KEGIATAN)

    def select_rows(self, row_ids: list[str], key: str) -> None:
        """Select the grid rows that show ``row_ids`` (kegiatan, indikator or
        sasaran), with the cursor on the first, in column ``key``."""
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        rows = sorted({r for row_id in row_ids for r in self.model.lines_of(row_id)})
        if not rows:
            return
        col = self.model.column(key) if self.model.has_column(key) else 1
        first = self.model.index(rows[0], col)
        self.view.setCurrentIndex(first)
        selection = QItemSelection(first, self.model.index(rows[-1], col))
        self.view.selectionModel().select(selection,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(first)

    # ------------------------------------------------------------ schedule

    def set_weeks(self) -> None:
        cells = self.view.selected_period_cells()
        if not cells:
            return
        dialog = WeeksDialog(cells[0][2], self.view)
        if dialog.exec():
            value = dialog.cell()
            self.view.set_cells({(k, p): value for k, p, _ in cells}, self.tr("Set weeks"))

    def granularity_losses(self, target: str) -> list[str]:
        plan = self.view.grid_model.full_plan()  # every cell, in one query per level
        source = plan.gran
        losses = []
        for s in plan.sasaran:
            for i in s.indikator:
                for k in i.kegiatan:
                    _, lost = convert(k.schedule(), source, Granularity(target))
                    name = (k.text.splitlines() or [self.tr("(no text)")])[0][:60]
                    losses += [f"{name}: {msg}" for msg in lost]
        return losses

    def confirm_granularity(self, target: str) -> bool:
        losses = self.granularity_losses(target)
        if not losses:
            return True
        shown = "\n".join(f"• {line}" for line in losses[:12])
        more = self.tr("\n… and {0} more").format(len(losses) - 12) if len(losses) > 12 else ""
        answer = QMessageBox.question(
            self.view, self.tr("Change schedule"),
            self.tr("Some schedule detail cannot be kept:\n\n{0}{1}\n\nChange anyway? "
                    "(Undo brings the detail back.)").format(shown, more))
        return answer == QMessageBox.StandardButton.Yes

    def set_granularity(self, target: str) -> None:
        if self.plan is None or self.plan.granularity == target:
            return
        if self.confirm_granularity(target):
            self.doc.push(cmd.GranularityCommand(self.doc, self.plan.id, target))

    def edit_properties(self) -> None:
        plan = self.plan
        if plan is None:
            return
        values = {f: getattr(plan, f) for f in PLAN_FIELDS}
        values["granularity"] = plan.granularity
        values["_default_statement"] = plan.satker.pk_statement  # the PK's statement default
        if values["signatory_id"] is None and plan.satker.officials:
            values["signatory_id"] = plan.satker.officials[0].id  # offered, not yet saved
        dialog = PlanDialog(values, officials_of(plan.satker), self.view)
        if not dialog.exec():
            return
        new = dialog.values()
        has_new = bool(dialog.new_officials)
        granularity = new.pop("granularity")
        if granularity != plan.granularity and not self.confirm_granularity(granularity):
            return
        changed = {k: v for k, v in new.items() if getattr(plan, k) != v}
        if not changed and granularity == plan.granularity:
            return
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Edit plan properties"))
        if has_new and not add_new_officials(self.doc, plan.satker_id, dialog, changed):
            stack.endMacro()
            return
        if granularity != plan.granularity:
            self.doc.push(cmd.GranularityCommand(self.doc, plan.id, granularity))
        if changed:
            self.doc.push(cmd.SetAttributesCommand(self.doc, self.tr("Edit plan properties"),
                                                   Plan, plan.id, changed, plan_id=plan.id))
        stack.endMacro()
