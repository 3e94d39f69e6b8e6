"""The preview of a merge: which plans come in, what will be added, updated
and skipped, and a choice for every conflict. Nothing is written until OK.

The conflicts are a model (rakdesk.ui.conflict_model), shown by group, so a
merge with ten thousand of them opens as fast as one with ten."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem

from rakdesk.core.merge import BOTH, MINE, THEIRS, MergePlan
from rakdesk.ui.conflict_model import ALL, KEEP, ChoiceDelegate, ConflictModel
from rakdesk.ui.generated.ui_merge_dialog import Ui_MergeDialog


class MergeDialog(QDialog):
    """``replan(plan_ids)`` makes the merge plan for the ticked plans (off the
    GUI thread); it returns None when the user cancelled it."""

    def __init__(self, source_name: str, merge: MergePlan, replan, parent=None):
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.replan = replan
        self.merge: MergePlan | None = merge
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
        self.model = ConflictModel(headers, self.labels, self)
        self.delegate = ChoiceDelegate(self.labels, ui.conflicts)
        ui.conflicts.setModel(self.model)
        ui.conflicts.setItemDelegateForColumn(KEEP, self.delegate)
        header = ui.conflicts.horizontalHeader()
        for col, width in enumerate((360, 180, 210, 210)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        rows = ui.conflicts.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring of every row
        rows.setDefaultSectionSize(ui.conflicts.fontMetrics().height() + 10)
        ui.conflicts.setTextElideMode(Qt.TextElideMode.ElideRight)
        ui.plans.itemChanged.connect(self._plans_changed)
        ui.groups.currentIndexChanged.connect(self._group_changed)
        ui.allMine.clicked.connect(lambda: self.model.choose_shown(MINE))
        ui.allTheirs.clicked.connect(lambda: self.model.choose_shown(THEIRS))
        self._show()

    def chosen_plans(self) -> list[str]:
        items = (self.ui.plans.item(i) for i in range(self.ui.plans.count()))
        return [it.data(Qt.ItemDataRole.UserRole) for it in items
                if it.checkState() == Qt.CheckState.Checked]

    def _plans_changed(self, item) -> None:
        chosen = self.chosen_plans()
        if not chosen:
            self.merge = None
        else:
            planned = self.replan(chosen)
            if planned is None:  # cancelled: the tick goes back, the plan stays
                self.ui.plans.blockSignals(True)
                ticked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)
                self.ui.plans.blockSignals(False)
                return
            self.merge = planned
        self._show()

    def _show(self) -> None:
        ui = self.ui
        ui.summary.clear()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.merge is not None)
        conflicts = self.merge.conflicts if self.merge is not None else []
        self.model.set_conflicts(conflicts)
        self._fill_groups()
        ui.allMine.setEnabled(bool(conflicts))
        ui.allTheirs.setEnabled(bool(conflicts))
        if self.merge is None:
            ui.conflictsLabel.setText(self.tr("Tick at least one plan."))
            return
        ui.summary.addItems(self.merge.summary.lines())
        ui.conflictsLabel.setText(
            self.tr("Changed in both files: choose what to keep for each ({0}).")
            .format(len(conflicts)) if conflicts else self.tr("No conflicts."))

    def _fill_groups(self) -> None:
        combo = self.ui.groups
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All conflicts ({0})").format(len(self.model.conflicts)))
        self.group_keys = [ALL]
        for (where, noun), count in self.model.groups():
            combo.addItem(f"{where or '—'}: {noun} ({count})")
            self.group_keys.append((where, noun))
        combo.setCurrentIndex(self.group_keys.index(self.model.group))
        combo.blockSignals(False)
        enabled = len(self.model.conflicts) > 0
        combo.setEnabled(enabled)
        self.ui.groupsLabel.setEnabled(enabled)

    def _group_changed(self, index: int) -> None:
        self.model.show_group(self.group_keys[index] if index >= 0 else ALL)

    def resolutions(self) -> dict[str, str]:
        return self.model.resolutions()
