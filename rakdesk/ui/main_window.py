"""The main window: workspace tree on the left, the plan grid in the centre,
the selected row's properties on the right; menus and toolbar with the usual
shortcuts. Every edit is saved to the file at once (there is no Save)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox

import rakdesk
from rakdesk.core import plans as ops
from rakdesk.core.storage import Workspace
from rakdesk.ui import decree_view, i18n
from rakdesk.ui import settings as user_settings
from rakdesk.ui.document import WorkspaceDocument
from rakdesk.ui.file_workflows import FILE_FILTER, MAX_RECENT, FileWorkflows  # noqa: F401
from rakdesk.ui.grid_view import PlanGridView
from rakdesk.ui.monitoring_actions import attach_monitoring
from rakdesk.ui.output_workflows import PREVIEW_MIN_WIDTH, OutputWorkflows  # noqa: F401
from rakdesk.ui.pk_window import PkControls
from rakdesk.ui.plan_actions import PlanActions
from rakdesk.ui.plan_area import PlanArea
from rakdesk.ui.properties import PropertiesPanel
from rakdesk.ui.revision_workflows import RevisionWorkflows
from rakdesk.ui.window_actions import TOOLBAR, WindowActions  # noqa: F401  (re-exported)
from rakdesk.ui.workspace_tree import PLAN_ID_ROLE, WorkspaceTree  # noqa: F401  (re-exported)


class MainWindow(WindowActions, FileWorkflows, OutputWorkflows, RevisionWorkflows,
                 QMainWindow):
    """The window and the document it shows. Its actions (window_actions) and
    workflows (file_workflows, output_workflows, revision_workflows) are mixed
    in, one module per job."""

    sig_merge_planned = Signal(object)  # the merge dialog, filled, before it is shown

    def __init__(self, workspace: Workspace, parent=None, warning: str | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.doc: WorkspaceDocument | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self.set_workspace(workspace)
        self._restore_settings()
        if warning:
            self.statusBar().showMessage(warning, 15000)

    # ------------------------------------------------------------ document

    def set_workspace(self, workspace: Workspace) -> None:
        """Show a workspace (replacing the one shown before)."""
        old = self.doc
        # The docks keep the sizes they had: a new file is not a new layout.
        state = self.saveState() if old is not None else None
        self.doc = WorkspaceDocument(workspace, self)
        self.doc.sig_error.connect(self._show_error)
        self.grid = PlanGridView(self.doc, self)
        self.plan_actions = PlanActions(self.doc, self.grid, self)
        self.plan_actions.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        if not isinstance(self.centralWidget(), PlanArea):
            self.area = PlanArea(self)
            self.area.final_bar.sig_next_revision.connect(self.start_next_revision)
            self.setCentralWidget(self.area)
            self.pk = PkControls(self)  # the PK's bar and budget panel, once per window
        self.area.set_grid(self.grid)
        self.pk.set_doc(self.doc)
        if getattr(self, "decree_view", None) is not None:
            self.decree_view.deleteLater()
        self.decree_view = decree_view.install(self)  # shown instead of the grid for an SK
        self.tree = WorkspaceTree(self.doc, self)
        self.tree.sig_plan_selected.connect(self.open_plan)
        attach_monitoring(self)
        self.properties = PropertiesPanel(self.grid, self)
        self._dock("treeDock", self.tr("Workspace"), self.tree,
                   Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("propertiesDock", self.tr("Properties"), self.properties,
                   Qt.DockWidgetArea.BottomDockWidgetArea)
        from rakdesk.ui.preview import LivePreview

        self.live_preview = LivePreview(self.doc, self.grid.grid_model, self)
        self._dock("previewDock", self.tr("Print preview"), self.live_preview,
                   Qt.DockWidgetArea.RightDockWidgetArea)
        preview_dock = self.findChild(QDockWidget, "previewDock")
        if old is None:
            preview_dock.hide()
        preview_dock.visibilityChanged.connect(self.actions_by_name["preview"].setChecked)
        self.model = self.grid.grid_model
        self.model.modelReset.connect(self._update_actions)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.grid.customContextMenuRequested.connect(self._grid_menu)
        self.grid.sig_edit_final.connect(self._final_edit_attempted)
        self._connect_document_actions()
        for name in ("clear_cells", "toggle", "insert_kegiatan", "weeks"):
            self.grid.addAction(self.actions_by_name[name])
        if old is not None:
            old.close()
            old.deleteLater()
        suffix = self.tr(" (read-only)") if workspace.readonly else ""
        self.setWindowTitle(f"{workspace.path.name}{suffix} — rakdesk")
        self._add_recent(workspace.path)
        if state is not None:
            self.restoreState(state)
        plans = [p.id for satker in ops.all_satkers(self.doc.session) for p in satker.plans]
        last = user_settings.last_plan(workspace.path)
        if plans:
            self.tree.select(last if last in plans else plans[0])
        self._update_actions()

    def _dock(self, name: str, title: str, widget, area) -> None:
        existing = self.findChild(QDockWidget, name)
        if existing is not None:
            old = existing.widget()
            existing.setWidget(widget)
            if old is not None:
                old.deleteLater()
            return
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:
            self.resizeDocks([dock], [170], Qt.Orientation.Vertical)
        else:
            self.resizeDocks([dock], [210], Qt.Orientation.Horizontal)
        self.view_menu.addAction(dock.toggleViewAction())

    def open_plan(self, plan_id: str | None) -> None:
        self.grid.set_plan(plan_id)
        decree_view.show_in(self, plan_id)
        if plan_id and self.model.rows:
            self.grid.setCurrentIndex(self.model.index(0, 1))
        if plan_id:
            user_settings.set_last_plan(self.doc.workspace.path, plan_id)
        self._update_actions()

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, "rakdesk", message)

    # ------------------------------------------------------------ settings

    def _set_language(self, code: str) -> None:
        i18n.set_language(code)
        now = self.tr("The language changes the next time rakdesk starts.")
        chosen = i18n.translate_in(code, "MainWindow",
                                   "The language changes the next time rakdesk starts.")
        QMessageBox.information(self, "rakdesk", now if chosen == now else f"{now}\n{chosen}")

    def about(self) -> None:
        import platform

        from PySide6 import __version__ as qt_version

        from rakdesk.paths import data_dir

        QMessageBox.about(self, self.tr("About rakdesk"), self.tr(
            "<b>rakdesk {0}</b><br>Rencana Aksi Kinerja and Indikator Kinerja Utama for "
            "KPU secretariats.<br><br>Workspace: {1}<br>Your data, backups and default "
            "workspace: {2}<br><br>Python {3}, Qt {4}. Printed with the DejaVu fonts "
            "(Bitstream Vera license) where Arial or Times New Roman are missing.").format(
            rakdesk.__version__, self.doc.workspace.path, data_dir(),
            platform.python_version(), qt_version))

    def _restore_settings(self) -> None:
        user_settings.restore_window(self, QSize(1280, 780))

    def closeEvent(self, event):
        user_settings.save_window(self)
        if self.doc is not None:
            self.doc.undo_stack.blockSignals(True)
            self.doc.close()
        super().closeEvent(event)
