"""The workspace tree (satker -> year -> plans) and what it manages: satkers,
their sub-units and officials, and plans. Every change is one command."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox, QTreeView

from rakdesk.core import loading, registry
from rakdesk.core import plans as ops
from rakdesk.core.model import Official, Plan, Satker, SubUnit
from rakdesk.core.operations import workspace
from rakdesk.ui import commands as cmd
from rakdesk.ui.dialogs import OfficialsDialog, PlanDialog, SatkerDialog, SubUnitsDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "satker", "year" or "plan"
PLAN_ID_ROLE = ID_ROLE  # kept for tests that read plan ids from the tree

# What the satker and plan dialogs edit: the content fields (the plan's schedule
# granularity and status have their own commands).
SATKER_FIELDS = registry.fields(Satker)
PLAN_FIELDS = tuple(f for f in registry.fields(Plan) if f not in ("granularity", "status"))
OFFICIAL_FIELDS = registry.fields(Official)


class WorkspaceTreeModel(QStandardItemModel):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Satker / plan"), self.tr("Contents")])
        session = self.doc.session
        self._summaries = loading.plan_summaries(session)  # counts without loading rows
        for satker in ops.all_satkers(session):
            satker_item = _item(satker.name, satker.id, "satker")
            years: dict[int, QStandardItem] = {}
            for plan in satker.plans:
                if plan.year not in years:
                    years[plan.year] = _item(str(plan.year), satker.id, "year")
                    satker_item.appendRow([years[plan.year], _item("", None, "")])
                label = _item(self.plan_label(plan), plan.id, "plan")
                label.setToolTip(f"{satker.name}\n{label.text()}: {self.counts(plan)}")
                years[plan.year].appendRow([label, _item(self.counts(plan), plan.id, "plan")])
            self.appendRow([satker_item, _item("", None, "")])

    def plan_label(self, plan: Plan) -> str:
        if plan.title:
            base = plan.title
        elif plan.kind == "IKU":
            base = "IKU"
        elif plan.kind == "PK":
            base = self.tr("PK Perubahan") if plan.amendment_reason else "PK"
        else:
            base = "RAK " + (self.tr("(monthly)") if plan.granularity == "monthly"
                             else self.tr("(quarterly)"))
        from rakdesk.core.revisions import label_for

        label = label_for(plan.status, self._summary(plan)["last_revision"])
        return f"{base} — {label}" if label else base

    def _summary(self, plan: Plan) -> dict:
        return self._summaries.get(plan.id) or {"sasaran": 0, "indikator": 0, "kegiatan": 0,
                                                "last_revision": 0}

    def counts(self, plan: Plan) -> str:
        c = self._summary(plan)
        if plan.kind in ("IKU", "PK"):
            return self.tr("{0} sasaran, {1} indikator").format(c["sasaran"], c["indikator"])
        return self.tr("{0} sasaran, {1} indikator, {2} kegiatan").format(
            c["sasaran"], c["indikator"], c["kegiatan"])

    def find(self, row_id: str) -> QModelIndex:
        for index in self._walk(QModelIndex()):
            if index.data(ID_ROLE) == row_id and index.data(KIND_ROLE) in ("plan", "satker"):
                return index
        return QModelIndex()

    def _walk(self, parent):
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            yield index
            yield from self._walk(index)


def _item(text: str, row_id, kind: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    if text:
        item.setToolTip(text)  # the whole name where the tree has to shorten it
    item.setData(row_id, ID_ROLE)
    item.setData(kind, KIND_ROLE)
    return item


class WorkspaceTree(QTreeView):
    sig_plan_selected = Signal(object)  # plan id or None

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.setObjectName("workspaceTree")
        self.doc = doc
        self.tree_model = WorkspaceTreeModel(doc, self)
        self.setModel(self.tree_model)
        self.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        # Long satker names lose their middle, not their end: "SEKRETARIAT KPU
        # KABUPATEN KUBU RAYA" and "... LOMBOK TIMUR" stay apart in a narrow tree.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Once: the selection model outlives every refresh of the tree's items.
        self.selectionModel().currentChanged.connect(self._on_current)
        self._reload()
        doc.sig_changed.connect(self._on_changed)

    def _on_changed(self, changes) -> None:
        """The tree shows satkers, plans and each plan's counts: it reads them
        again when the workspace or a plan's rows changed (not on a typed cell)."""
        if changes.workspace or changes.structure or changes.reload:
            self._reload()

    def _reload(self) -> None:
        current = self.current_plan_id() or self.current_satker_id()
        self.tree_model.refresh()
        self.expandAll()
        # The names column fills the tree (and elides in the middle); the counts
        # are in each plan's tooltip rather than in a column off to the right.
        self.setColumnHidden(1, True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if current:
            self.select(current, emit=False)

    def _on_current(self, current, _previous):
        self.sig_plan_selected.emit(self.current_plan_id())

    def select(self, row_id: str, emit: bool = True) -> None:
        index = self.tree_model.find(row_id)
        if index.isValid():
            if not emit:
                self.selectionModel().blockSignals(True)
            self.setCurrentIndex(index)
            self.selectionModel().blockSignals(False)

    def current_plan_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() and index.data(KIND_ROLE) == "plan" else None

    def current_satker_id(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        if index.data(KIND_ROLE) == "plan":
            plan = self.doc.session.get(Plan, index.data(ID_ROLE))
            return plan.satker_id if plan else None
        return index.data(ID_ROLE) if index.data(KIND_ROLE) in ("satker", "year") else None

    # ------------------------------------------------------------ satkers

    def new_satker(self) -> None:
        dialog = SatkerDialog(parent=self)
        if not dialog.exec():
            return
        values = dialog.values()
        command = cmd.CreateCommand(self.doc, self.tr("Add satker"), None,
                                    lambda session: workspace.add_satker(session, values))
        if self.doc.push(command):
            self.select(command.first_id)

    def edit_satker(self) -> None:
        satker = self._satker()
        if satker is None:
            return
        dialog = SatkerDialog({f: getattr(satker, f) for f in SATKER_FIELDS}, self)
        if dialog.exec():
            self.doc.push(cmd.SetAttributesCommand(self.doc, self.tr("Edit satker"), Satker,
                                                   satker.id, dialog.values()))

    def edit_sub_units(self) -> None:
        satker = self._satker()
        if satker is None:
            return
        dialog = SubUnitsDialog([(u.id, u.name) for u in satker.sub_units], self)
        if not dialog.exec():
            return
        wanted = dialog.units()
        merges = dialog.merges()
        merged = {other for others in merges.values() for other in others}
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Edit sub-units"))
        for keep_id, other_ids in merges.items():
            self.doc.push(cmd.MergeSubUnitsCommand(self.doc, keep_id, other_ids))
        kept = {unit_id for unit_id, _ in wanted if unit_id}
        removed = [(SubUnit, u.id) for u in satker.sub_units
                   if u.id not in kept and u.id not in merged]
        if removed:
            self.doc.push(cmd.DeleteCommand(self.doc, self.tr("Remove sub-units"), None, removed))
        for position, (unit_id, name) in enumerate(wanted):
            if unit_id is None:
                self.doc.push(cmd.CreateCommand(
                    self.doc, self.tr("Add sub-unit"), None,
                    partial(workspace.add_sub_unit, satker_id=satker.id, name=name,
                            position=position)))
            else:
                unit = self.doc.session.get(SubUnit, unit_id)
                if unit.name != name or unit.position != position:
                    self.doc.push(cmd.SetAttributesCommand(
                        self.doc, self.tr("Rename sub-unit"), SubUnit, unit_id,
                        {"name": name, "position": position}))
        stack.endMacro()

    def edit_officials(self) -> None:
        satker = self._satker()
        if satker is None:
            return
        fields = OFFICIAL_FIELDS
        current = [{"id": o.id, **{f: getattr(o, f) for f in fields}} for o in satker.officials]
        dialog = OfficialsDialog(current, self)
        if not dialog.exec():
            return
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Edit officials"))
        if dialog.removed:
            self.doc.push(cmd.DeleteCommand(self.doc, self.tr("Remove officials"), None,
                                            [(Official, i) for i in dialog.removed]))
        before = {o["id"]: o for o in current}
        for values in dialog.officials:
            data = {f: values[f] for f in fields}
            if values.get("id") is None:
                self.doc.push(cmd.CreateCommand(
                    self.doc, self.tr("Add official"), None,
                    partial(workspace.add_official, satker_id=satker.id, data=data)))
            elif any(before[values["id"]][f] != data[f] for f in fields):
                self.doc.push(cmd.SetAttributesCommand(self.doc, self.tr("Edit official"),
                                                       Official, values["id"], data))
        stack.endMacro()

    def delete_current(self) -> None:
        plan_id, satker = self.current_plan_id(), self._satker()
        if plan_id:
            plan = self.doc.session.get(Plan, plan_id)
            question = self.tr("Delete the plan {0} {1} of {2}? (Undo brings it back.)").format(
                plan.kind, plan.year, plan.satker.name)
            rows, text = [(Plan, plan_id)], self.tr("Delete plan")
        elif satker is not None:
            question = self.tr("Delete the satker {0} with all its {1} plans? "
                               "(Undo brings it back.)").format(satker.name, len(satker.plans))
            rows, text = [(Satker, satker.id)], self.tr("Delete satker")
        else:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.doc.push(cmd.DeleteCommand(self.doc, text, None, rows))

    def rename_current(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id:
            plan = self.doc.session.get(Plan, plan_id)
            title, ok = QInputDialog.getText(self, self.tr("Rename plan"),
                                             self.tr("Title printed on the plan:"),
                                             text=ops.plan_title(plan))
            if ok:
                self.doc.push(cmd.SetAttributesCommand(self.doc, self.tr("Rename plan"), Plan,
                                                       plan_id, {"title": title.strip()}))
            return
        satker = self._satker()
        if satker is not None:
            name, ok = QInputDialog.getText(self, self.tr("Rename satker"), self.tr("Name:"),
                                            text=satker.name)
            if ok and name.strip():
                self.doc.push(cmd.SetAttributesCommand(self.doc, self.tr("Rename satker"), Satker,
                                                       satker.id, {"name": name.strip()}))

    # ------------------------------------------------------------ plans

    def new_plan(self) -> None:
        satker = self._satker()
        if satker is None:
            QMessageBox.information(self, "rakdesk", self.tr("Add or choose a satker first."))
            return
        import datetime as dt

        from rakdesk.core.offices import office_line

        defaults = {"year": dt.date.today().year + 1, "sign_place": satker.city,
                    "sign_office": satker.office_heading or office_line(satker.name),
                    "signatory_id": satker.officials[0].id if satker.officials else None}
        dialog = PlanDialog(defaults, officials_of(satker), self)
        if not dialog.exec():
            return
        values = dialog.values()
        satker_id = satker.id
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Add plan"))
        try:
            if not add_new_officials(self.doc, satker_id, dialog, values):
                return
            command = cmd.CreateCommand(
                self.doc, self.tr("Add plan"), None,
                partial(workspace.add_plan, satker_id=satker_id, values=values))
            added = self.doc.push(command)
        finally:
            stack.endMacro()
        if added:
            self.select(command.first_id)

    def copy_to_next_year(self) -> None:
        plan_id = self.current_plan_id()
        if not plan_id:
            return
        command = cmd.CreateCommand(
            self.doc, self.tr("Copy plan to next year"), None,
            partial(workspace.copy_plan_to_next_year, plan_id=plan_id))
        if self.doc.push(command):
            self.select(command.first_id)

    def _satker(self) -> Satker | None:
        satker_id = self.current_satker_id()
        return self.doc.session.get(Satker, satker_id) if satker_id else None


def add_new_officials(doc, satker_id: str, dialog, values: dict) -> bool:
    """Create the officials added in a plan dialog (inside the caller's undo
    macro) and put the chosen one's id into ``values["signatory_id"]``."""
    from rakdesk.ui.dialogs import NEW_OFFICIAL

    made: list[str | None] = []
    for data in dialog.new_officials:
        text = QCoreApplication.translate("WorkspaceTree", "Add official")
        command = cmd.CreateCommand(doc, text, None, partial(workspace.add_official,
                                                             satker_id=satker_id, data=data))
        if not doc.push(command):
            return False
        made.append(command.first_id)
    chosen = values.get("signatory_id")
    if isinstance(chosen, str) and chosen.startswith(NEW_OFFICIAL):
        values["signatory_id"] = made[int(chosen[len(NEW_OFFICIAL):])]
    return True


def officials_of(satker: Satker) -> list[tuple[str, str]]:
    from rakdesk.core.offices import position_text

    return [(o.id, f"{position_text(o.acting, o.title)} — {o.name}".strip())
            for o in satker.officials]
