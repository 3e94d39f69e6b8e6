"""The preview of a merge: which plans come in, what will be added, updated
and skipped, and a choice for every conflict. Nothing is written until OK."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QTableWidgetItem,
)

from rakdesk.core.merge import BOTH, MINE, THEIRS, MergePlan
from rakdesk.ui.generated.ui_merge_dialog import Ui_MergeDialog


class MergeDialog(QDialog):
    """``replan(plan_ids)`` makes the merge plan for the ticked plans."""

    def __init__(self, source_name: str, merge: MergePlan, replan, parent=None):
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.replan = replan
        self.merge = merge
        self.labels = {MINE: self.tr("Keep mine"), THEIRS: self.tr("Take theirs"),
                       BOTH: self.tr("Keep both")}
        ui = self.ui
        ui.intro.setText(self.tr(
            "Bring the plans of <b>{0}</b> into this file. {0} itself is only read. The "
            "merge is one step: Undo takes all of it back.").format(source_name))
        theirs = merge.theirs
        for plan_id in sorted(theirs.rows["plan"], key=theirs.plan_label):
            item = QListWidgetItem(theirs.plan_label(plan_id))
            item.setData(Qt.ItemDataRole.UserRole, plan_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            ui.plans.addItem(item)
        headers = [self.tr("What"), self.tr("Plan"), self.tr("Here"), self.tr("In the other file"),
                   self.tr("Keep")]
        ui.conflicts.setColumnCount(len(headers))
        ui.conflicts.setHorizontalHeaderLabels(headers)
        ui.plans.itemChanged.connect(self._plans_changed)
        ui.allMine.clicked.connect(lambda: self._choose_all(MINE))
        ui.allTheirs.clicked.connect(lambda: self._choose_all(THEIRS))
        self._show()

    def chosen_plans(self) -> list[str]:
        items = (self.ui.plans.item(i) for i in range(self.ui.plans.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items
                if it.checkState() == Qt.CheckState.Checked]

    def _plans_changed(self, _item) -> None:
        chosen = self.chosen_plans()
        self.merge = self.replan(chosen) if chosen else None
        self._show()

    def _show(self) -> None:
        ui = self.ui
        ui.summary.clear()
        ui.conflicts.setRowCount(0)
        self.combos: dict[str, QComboBox] = {}
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.merge is not None)
        if self.merge is None:
            ui.conflictsLabel.setText(self.tr("Tick at least one plan."))
            return
        ui.summary.addItems(self.merge.summary.lines())
        conflicts = self.merge.conflicts
        ui.conflictsLabel.setText(
            self.tr("Changed in both files: choose what to keep for each ({0}).")
            .format(len(conflicts)) if conflicts else self.tr("No conflicts."))
        ui.conflicts.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            for col, text in enumerate((conflict.what, conflict.where, conflict.mine,
                                        conflict.theirs)):
                ui.conflicts.setItem(row, col, QTableWidgetItem(text))
            combo = QComboBox()
            for option in conflict.options:
                combo.addItem(self.labels[option], option)
            ui.conflicts.setCellWidget(row, 4, combo)
            self.combos[conflict.key] = combo
        ui.conflicts.resizeColumnsToContents()
        for col in range(4):
            ui.conflicts.setColumnWidth(col, min(ui.conflicts.columnWidth(col), 215))
        ui.conflicts.horizontalHeader().setStretchLastSection(True)
        ui.conflicts.resizeRowsToContents()
        ui.allMine.setEnabled(bool(conflicts))
        ui.allTheirs.setEnabled(bool(conflicts))

    def _choose_all(self, choice: str) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(combo.findData(choice))

    def resolutions(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.combos.items()}
