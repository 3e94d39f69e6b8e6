"""The main window: the workspace tree (satker -> year -> plans)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTreeView

from rakdesk.core import plans as ops
from rakdesk.core.storage import Workspace

PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkspaceTreeModel(QStandardItemModel):
    """Satker -> year -> plan, read from the core once per refresh."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setHorizontalHeaderLabels([self.tr("Satker / rencana"), self.tr("Isi")])
        self.refresh()

    def refresh(self) -> None:
        self.removeRows(0, self.rowCount())
        with self.workspace.session() as session:
            for satker in ops.all_satkers(session):
                satker_item = QStandardItem(satker.name)
                years: dict[int, QStandardItem] = {}
                for plan in satker.plans:
                    if plan.year not in years:
                        years[plan.year] = QStandardItem(str(plan.year))
                        satker_item.appendRow([years[plan.year], QStandardItem()])
                    c = ops.plan_counts(plan)
                    item = QStandardItem(ops.plan_label(plan))
                    item.setData(plan.id, PLAN_ID_ROLE)
                    if plan.kind == "IKU":
                        counts = self.tr("{0} sasaran, {1} indikator").format(
                            c["sasaran"], c["indikator"])
                    else:
                        counts = self.tr("{0} sasaran, {1} indikator, {2} kegiatan").format(
                            c["sasaran"], c["indikator"], c["kegiatan"])
                    years[plan.year].appendRow([item, QStandardItem(counts)])
                self.appendRow([satker_item, QStandardItem()])
        for item in (self.item(r) for r in range(self.rowCount())):
            item.setEditable(False)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.tree = QTreeView(self)
        self.tree.setObjectName("workspaceTree")
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.model = WorkspaceTreeModel(workspace, self)
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.setCentralWidget(self.tree)
        suffix = self.tr(" (hanya-baca)") if workspace.readonly else ""
        self.setWindowTitle(f"{workspace.path.name}{suffix} — rakdesk")
        self.resize(1000, 640)

    def closeEvent(self, event):
        self.workspace.close()
        super().closeEvent(event)
