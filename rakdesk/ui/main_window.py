"""The main window: workspace tree on the left, the plan grid in the centre,
the selected row's properties on the right; menus and toolbar with the usual
shortcuts. Every edit is saved to the file at once (there is no Save)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
)

import rakdesk
from rakdesk.core import plans as ops
from rakdesk.core.names import file_name
from rakdesk.core.storage import Workspace
from rakdesk.errors import RakdeskError
from rakdesk.ui import i18n
from rakdesk.ui import settings as user_settings
from rakdesk.ui.document import WorkspaceDocument
from rakdesk.ui.grid_view import PlanGridView
from rakdesk.ui.monitoring_actions import attach_monitoring
from rakdesk.ui.plan_actions import PlanActions
from rakdesk.ui.plan_area import PlanArea
from rakdesk.ui.properties import PropertiesPanel
from rakdesk.ui.workspace_tree import PLAN_ID_ROLE, WorkspaceTree  # noqa: F401  (re-exported)

MAX_RECENT = 8
PREVIEW_MIN_WIDTH = 480
TOOLBAR = ("open", "undo", "redo", "insert_kegiatan", "insert_indikator", "insert_sasaran",
           "delete_rows", "move_up", "move_down", "weeks", "preview", "print", "export_pdf")
FILE_FILTER = "rakdesk (*.sqlite)"


class MainWindow(QMainWindow):
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
        self.doc.sig_reloaded.connect(self._reload_all)
        self.grid = PlanGridView(self.doc, self)
        self.plan_actions = PlanActions(self.doc, self.grid, self)
        self.plan_actions.sig_status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        if not isinstance(self.centralWidget(), PlanArea):
            self.area = PlanArea(self)
            self.area.final_bar.sig_next_revision.connect(self.start_next_revision)
            self.setCentralWidget(self.area)
        self.area.set_grid(self.grid)
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
        if plan_id and self.model.rows:
            self.grid.setCurrentIndex(self.model.index(0, 1))
        if plan_id:
            user_settings.set_last_plan(self.doc.workspace.path, plan_id)
        self._update_actions()

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, "rakdesk", message)

    # ------------------------------------------------------------ actions

    def _action(self, name: str, text: str, slot=None, shortcut=None, tip: str = "",
                checkable=False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{name}")
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        a = self._action
        grid = lambda name: lambda *_: getattr(self.plan_actions, name)()  # noqa: E731
        tree = lambda name: lambda *_: getattr(self.tree, name)()  # noqa: E731
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a("new", self.tr("&New workspace..."), self.new_workspace, std.New))
        file_menu.addAction(a("open", self.tr("&Open..."), self.open_dialog, std.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addAction(a("save_copy", self.tr("Save a &copy as..."), self.save_copy,
                              std.SaveAs))
        file_menu.addAction(a("restore_backup", self.tr("Restore a &backup..."),
                              self.restore_backup))
        file_menu.addAction(a("merge", self.tr("&Merge from another file..."), self.merge_file,
                              "Ctrl+Shift+M",
                              self.tr("Bring in the plans of a sub-unit's or another "
                                      "office's copy")))
        file_menu.addSeparator()
        file_menu.addAction(a("preview", self.tr("Print pre&view"), self._toggle_preview, "F5",
                              checkable=True))
        file_menu.addAction(a("print", self.tr("&Print..."), self.print_current, std.Print))
        file_menu.addAction(a("export_pdf", self.tr("&Export PDF..."), self.export_pdf, "Ctrl+E",
                              self.tr("A final plan: its stored revision, as printed")))
        file_menu.addAction(a("export_draft_pdf", self.tr("Export a &draft PDF..."),
                              lambda: self.export_pdf(draft=True), None,
                              self.tr("A fresh rendering of the plan as it is now, without "
                                      "document code")))
        file_menu.addAction(a("verify", self.tr("Chec&k a document..."), self.verify_document))
        file_menu.addSeparator()
        file_menu.addAction(a("import_xlsx", self.tr("&Import from Excel..."), self.import_xlsx,
                              "Ctrl+I"))
        file_menu.addAction(a("export_xlsx", self.tr("Export to E&xcel..."), self.export_xlsx,
                              "Ctrl+Shift+E"))
        file_menu.addSeparator()
        file_menu.addAction(a("quit", self.tr("&Quit"), self.close, std.Quit))

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = a("undo", self.tr("&Undo"), lambda: self.doc.undo_stack.undo(),
                             std.Undo)
        redo_keys = QKeySequence.keyBindings(std.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Y"))  # what Windows users press
        self.redo_action = a("redo", self.tr("&Redo"), lambda: self.doc.undo_stack.redo(),
                             [k.toString() for k in redo_keys])
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(a("cut", self.tr("Cu&t rows"), grid("cut"), std.Cut))
        edit.addAction(a("copy", self.tr("&Copy rows"), grid("copy"), std.Copy))
        edit.addAction(a("paste", self.tr("&Paste"), grid("paste"), std.Paste))
        clear = a("clear_cells", self.tr("C&lear cells"),
                  lambda: self.grid.clear_selection_contents(), "Del")
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(clear)
        toggle = a("toggle", self.tr("&Tick or clear"), lambda: self.grid.toggle_selection(),
                   "Space")
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(toggle)
        weeks = a("weeks", self.tr("Minggu ke / &note..."), grid("set_weeks"), "Ctrl+M")
        edit.addAction(weeks)
        edit.addSeparator()
        ins = a("insert_kegiatan", self.tr("Insert &kegiatan"), grid("insert_kegiatan"), "Ins")
        ins.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(ins)
        edit.addAction(a("insert_indikator", self.tr("Insert &indikator"),
                         grid("insert_indikator"), "Ctrl+Ins"))
        edit.addAction(a("insert_sasaran", self.tr("Insert &sasaran"), grid("insert_sasaran"),
                         "Ctrl+Shift+Ins"))
        edit.addAction(a("delete_rows", self.tr("&Delete row"), grid("delete_rows"), "Ctrl+Del"))
        edit.addAction(a("move_up", self.tr("Move &up"), lambda: self.plan_actions.move(-1),
                         "Alt+Up"))
        edit.addAction(a("move_down", self.tr("Move do&wn"), lambda: self.plan_actions.move(1),
                         "Alt+Down"))

        plan = self.menuBar().addMenu(self.tr("&Plan"))
        plan.addAction(a("new_plan", self.tr("&New plan..."), tree("new_plan")))
        plan.addAction(a("plan_properties", self.tr("Plan &properties..."),
                         grid("edit_properties"), "Ctrl+Shift+P"))
        plan.addAction(a("quarterly", self.tr("Schedule by &quarter (T1..T4)"),
                         self._toggle_quarterly, checkable=True))
        plan.addAction(a("copy_next_year", self.tr("Copy to &next year"),
                         tree("copy_to_next_year")))
        plan.addSeparator()
        plan.addAction(a("finalize", self.tr("&Finalise..."), self.finalize_plan))
        plan.addAction(a("next_revision", self.tr("Start the next re&vision"),
                         self.start_next_revision))
        plan.addAction(a("revisions", self.tr("Re&visions..."), self.show_revisions))
        plan.addSeparator()
        plan.addAction(a("rename", self.tr("&Rename..."), tree("rename_current"), "F2"))
        self.actions_by_name["rename"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        plan.addAction(a("delete_item", self.tr("&Delete plan or satker..."),
                         tree("delete_current")))

        satker = self.menuBar().addMenu(self.tr("&Satker"))
        satker.addAction(a("new_satker", self.tr("&New satker..."), tree("new_satker")))
        satker.addAction(a("edit_satker", self.tr("&Edit satker..."), tree("edit_satker")))
        satker.addAction(a("sub_units", self.tr("&Sub-units (pelaksana)..."),
                           tree("edit_sub_units")))
        satker.addAction(a("officials", self.tr("&Officials..."), tree("edit_officials")))

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        settings = self.menuBar().addMenu(self.tr("Se&ttings"))
        language = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in i18n.LANGUAGES.items():
            action = a(f"language_{code}", label, lambda _=False, c=code: self._set_language(c),
                       checkable=True)
            action.setChecked(code == i18n.current_language())
            group.addAction(action)
            language.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a("about", self.tr("&About rakdesk"), self.about))

        self.toolbar = toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # The toolbar's labels never change (the menu says what Undo undoes), so
        # the toolbar keeps its width and nothing falls into its overflow menu.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))
        for name in TOOLBAR:
            toolbar.addAction(self.actions_by_name[name])

    def _connect_document_actions(self) -> None:
        stack = self.doc.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        stack.indexChanged.connect(lambda *_: self._update_actions())
        for tree_action in ("new_plan", "copy_next_year", "rename", "delete_item", "new_satker",
                            "edit_satker", "sub_units", "officials"):
            self.tree.addAction(self.actions_by_name[tree_action])
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Undo {0}").format(text).strip())
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Redo {0}").format(text).strip())
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))

    def _update_actions(self) -> None:
        plan = self.model.plan if self.doc else None
        writable = self.doc is not None and not self.doc.readonly
        editable = writable and plan is not None and plan.status != "final"
        for name in ("cut", "paste", "clear_cells", "toggle", "weeks", "insert_kegiatan",
                     "insert_indikator", "insert_sasaran", "delete_rows", "move_up", "move_down",
                     "plan_properties", "quarterly"):
            self.actions_by_name[name].setEnabled(editable)
        for name in ("copy", "preview", "export_pdf", "export_draft_pdf", "export_xlsx", "print",
                     "revisions"):
            self.actions_by_name[name].setEnabled(plan is not None)
        final = plan is not None and plan.status == "final"
        self.actions_by_name["finalize"].setEnabled(writable and plan is not None and not final)
        self.actions_by_name["next_revision"].setEnabled(writable and final)
        self.actions_by_name["revisions"].setEnabled(plan is not None and bool(plan.revisions))
        if final:
            self._final_message = self.tr(
                "This plan is final ({0}); start the next revision to change it.").format(
                plan.revisions[-1].code if plan.revisions else "")
            self.statusBar().showMessage(self._final_message)
        elif self.statusBar().currentMessage() == getattr(self, "_final_message", None):
            self.statusBar().clearMessage()
        for name in ("new_plan", "copy_next_year", "rename", "delete_item", "new_satker",
                     "edit_satker", "sub_units", "officials", "import_xlsx", "merge"):
            self.actions_by_name[name].setEnabled(writable)
        quarterly = self.actions_by_name["quarterly"]
        quarterly.blockSignals(True)
        quarterly.setChecked(plan is not None and plan.granularity == "quarterly")
        quarterly.setEnabled(editable and plan.kind == "RAK")
        quarterly.blockSignals(False)
        if self.doc is not None:
            self.area.show_state(self, plan, editable)

    def _toggle_quarterly(self, checked: bool) -> None:
        self.plan_actions.set_granularity("quarterly" if checked else "monthly")
        self._update_actions()

    def _grid_menu(self, pos) -> None:
        self.grid_menu(pos).exec(self.grid.viewport().mapToGlobal(pos))

    def grid_menu(self, pos):
        """The grid's context menu at ``pos``: cell actions on schedule cells."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        index = self.grid.indexAt(pos)
        if index.isValid() and self.model.column_at(index.column()).is_period:
            menu.addActions([self.actions_by_name[n] for n in ("toggle", "weeks", "clear_cells")])
            menu.addSeparator()
        menu.addActions([self.actions_by_name[n] for n in (
            "insert_kegiatan", "insert_indikator", "insert_sasaran", "delete_rows")])
        menu.addSeparator()
        menu.addActions([self.actions_by_name[n] for n in ("cut", "copy", "paste")])
        return menu

    # ------------------------------------------------------------ files

    def open_path(self, path: Path) -> bool:
        from rakdesk.ui.opening import open_or_offer_new

        try:
            opened = open_or_offer_new(self, Path(path))
        except RakdeskError as exc:
            QMessageBox.critical(self, "rakdesk", str(exc))
            return False
        if opened is None:
            return False
        workspace, warning = opened
        self.set_workspace(workspace)
        if warning:
            QMessageBox.warning(self, "rakdesk", warning)
        return True

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), "", FILE_FILTER)
        if path:
            self.open_path(Path(path))

    def new_workspace(self) -> None:
        from rakdesk.core.storage import create_workspace

        path, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), "rakdesk.sqlite",
                                              FILE_FILTER)
        if not path:
            return
        try:
            workspace = create_workspace(Path(path), overwrite=False)
        except RakdeskError as exc:
            QMessageBox.critical(self, "rakdesk", str(exc))
            return
        self.set_workspace(workspace)

    def save_copy(self) -> None:
        from rakdesk.core.storage import save_copy

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                              f"salinan-{self.doc.workspace.path.name}",
                                              FILE_FILTER)
        if not path:
            return
        try:
            save_copy(self.doc.workspace.path, Path(path))
        except RakdeskError as exc:
            QMessageBox.critical(self, "rakdesk", str(exc))
            return
        self.statusBar().showMessage(self.tr("Copy saved: {0}").format(path), 8000)

    def restore_backup(self) -> None:
        """Put one of the workspace's rolling backups in its place, newest first."""
        from PySide6.QtWidgets import QInputDialog

        from rakdesk.core.storage import backup_reason, backup_time, list_backups, restore_backup

        path = self.doc.workspace.path
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(self, "rakdesk", self.tr("There is no backup of {0} yet.")
                                    .format(path.name))
            return
        labels = [f"{backup_time(b):%d-%m-%Y %H:%M:%S}"
                  + (f" ({backup_reason(b)})" if backup_reason(b) else "") for b in backups]
        choice, ok = QInputDialog.getItem(self, self.tr("Restore a backup"), self.tr(
            "Put this backup in place of {0} (the current file is backed up first):")
            .format(path.name), labels, 0, False)
        if not ok:
            return
        backup = backups[labels.index(choice)]
        self.doc.undo_stack.blockSignals(True)
        self.doc.close()
        try:
            restore_backup(backup, path)
        except RakdeskError as exc:
            QMessageBox.critical(self, "rakdesk", str(exc))
        self.doc = None
        self.open_path(path)

    def merge_file(self, path: str | None = None) -> None:
        """Read both files and plan the merge off the GUI thread (with progress
        and Cancel), show what merging would do with a choice for each
        conflict, and merge it as one undoable step."""
        from rakdesk.core import merge
        from rakdesk.core.storage import rolling_backup
        from rakdesk.ui import commands as cmd
        from rakdesk.ui.merge_dialog import MergeDialog
        from rakdesk.ui.merge_worker import MergePlanner, plan_merge

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge from another file"), "",
                                                  FILE_FILTER)
        if not path:
            return
        path = Path(path)
        into = self.doc.workspace.path
        read: dict = {}

        def replan(plan_ids=None):  # off the GUI thread; each file is read once
            planner = MergePlanner(into, path, plan_ids, read.get("theirs"), read.get("mine"))
            front = QApplication.activeModalWidget() or self  # the merge dialog, when open
            planned = plan_merge(front, planner,
                                 self.tr("Comparing with {0}...").format(path.name))
            read.update(theirs=planner.theirs, mine=planner.mine)
            return planned

        try:
            planned = replan()
            if planned is None:
                return  # cancelled
            dialog = MergeDialog(path.name, planned, replan, self)
            self.sig_merge_planned.emit(dialog)
            accepted = dialog.exec()
            self.activateWindow()  # the grid takes the keys again, whatever was in front
            if not accepted or dialog.merge is None:
                return
        except RakdeskError as exc:
            QMessageBox.warning(self, "rakdesk", str(exc))
            return
        planned, resolutions = dialog.merge, dialog.resolutions()
        rolling_backup(into, reason="sebelum-gabung")  # listed in Restore a backup
        command = cmd.MergeCommand(self.doc, self.tr("Merge {0}").format(path.name),
                                   lambda session: merge.apply(session, planned, resolutions))
        if self.doc.push(command):
            summary = command.summary
            QMessageBox.information(self, self.tr("Merge {0}").format(path.name),
                                    "\n".join(summary.lines()))

    def _reload_all(self) -> None:
        """After the whole file was put back (undo or redo of a merge)."""
        from rakdesk.core.file_copies import loaded_id
        from rakdesk.core.model import Plan

        # The shown plan was loaded by the session that was closed: its id
        # comes from its identity, which needs no database.
        plan = self.model.plan
        plan_id = loaded_id(plan) if plan is not None else None
        self.tree._reload()
        exists = plan_id is not None and self.doc.session.get(Plan, plan_id) is not None
        self.open_plan(plan_id if exists else None)
        self.properties.refresh()
        if exists:
            self.doc.sig_plan_changed.emit(plan_id, True)

    def _add_recent(self, path: Path) -> None:
        settings = user_settings.settings()
        recent = [p for p in (settings.value("recentFiles") or []) if p != str(path)]
        recent.insert(0, str(path))
        settings.setValue("recentFiles", recent[:MAX_RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = user_settings.settings().value("recentFiles") or []
        for path in [recent] if isinstance(recent, str) else recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    # ------------------------------------------------------------ printing

    def _render_current(self) -> bytes | None:
        from rakdesk.pdf import render_plan

        if self.model.plan is None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return render_plan(self.model.full_plan())
        finally:
            QApplication.restoreOverrideCursor()

    def export_pdf(self, draft: bool = False) -> None:
        from rakdesk.ui.pdf_export import export_pdf

        plan = self.model.full_plan()  # every cell, in one query per level
        if plan is not None:
            export_pdf(self, plan, draft)

    def _toggle_preview(self, checked: bool) -> None:
        dock = self.findChild(QDockWidget, "previewDock")
        dock.setVisible(checked)
        if checked and not dock.isFloating():
            # Wide enough to read a landscape page: about 45 % of the window.
            wanted = max(PREVIEW_MIN_WIDTH, int(self.width() * 0.45))
            if dock.width() < wanted:
                self.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)

    def _plan_of_record(self) -> bytes | None:
        """What printing the current plan prints: a final plan's stored PDF (the
        plan of record, byte for byte), otherwise a fresh rendering."""
        from rakdesk.core.revisions import plan_of_record

        plan = self.model.plan
        stored = plan_of_record(plan) if plan is not None else None
        return stored.pdf if stored is not None else self._render_current()

    def print_current(self) -> None:
        data = self._plan_of_record()
        if data is not None:
            self.print_bytes(data, self.model.plan)

    def print_bytes(self, data: bytes, plan) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        from rakdesk.ui.printing import print_pdf, printer_for

        printer = printer_for(plan)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(data, printer)
        except RuntimeError as exc:
            QMessageBox.critical(self, "rakdesk", str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("{0} pages sent to the printer.").format(pages), 8000)
        return True

    # ------------------------------------------------------------ revisions

    def finalize_plan(self) -> None:
        from rakdesk.core import revisions
        from rakdesk.pdf import render_plan
        from rakdesk.ui.revision_dialogs import FinalizeDialog

        plan = self.model.full_plan()
        if plan is None or plan.status == "final":
            return
        dialog = FinalizeDialog(self)
        if not dialog.exec():
            return
        p12, password = dialog.certificate()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            revision = self.doc.apply(lambda s: revisions.finalize(s, plan, p12, password,
                                                                     render=render_plan))
        except RakdeskError as exc:
            QMessageBox.warning(self, "rakdesk", str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        # A finalised revision is the plan of record: earlier edits are no longer undone.
        self.doc.undo_stack.clear()
        self.doc.sig_plan_changed.emit(plan.id, True)
        self.doc.sig_workspace_changed.emit()
        QMessageBox.information(self, self.tr("Finalised"), self.tr(
            "Revision {0} is final. Document code: {1}").format(revision.number, revision.code))

    def start_next_revision(self) -> None:
        from rakdesk.core.model import Plan
        from rakdesk.ui import commands as cmd

        plan = self.model.plan
        if plan is None or plan.status != "final":
            return
        number = max(r.number for r in plan.revisions) + 1
        self.doc.push(cmd.SetAttributesCommand(
            self.doc, self.tr("Start revision {0}").format(number), Plan, plan.id,
            {"status": "draft"}, plan_id=plan.id))

    def _final_edit_attempted(self) -> None:
        """A key or a double click meant to change a final plan. Nothing asks a
        question here (the next typed letter would answer it): the bar above
        the grid says how to change the plan, and the key does nothing."""
        plan = self.model.plan
        if plan is None or plan.status != "final":
            return
        self.area.final_bar.flash()
        self.statusBar().showMessage(self.tr(
            "This plan is final; press \"Start the next revision\" above the grid to change "
            "it."), 8000)

    def show_revisions(self) -> None:
        from rakdesk.ui.revision_dialogs import RevisionsDialog

        if self.model.plan is not None:
            RevisionsDialog(self.model.plan, self, self).exec()

    def verify_document(self) -> None:
        from rakdesk.ui.revision_dialogs import VerifyDialog

        VerifyDialog(self.doc.session, self).exec()

    # ------------------------------------------------------------ excel

    def import_xlsx(self, path: str | None = None) -> None:
        """Read a workbook off the GUI thread, preview it, and add it as one
        undoable step; nothing is written when the user cancels."""
        from rakdesk.ui import commands as cmd
        from rakdesk.ui.import_dialog import ImportDialog
        from rakdesk.ui.progress import run_with_progress
        from rakdesk.xlsx import apply_import, read_workbook
        from rakdesk.xlsx.reader import ImportCancelled

        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), "",
                                                  "Excel (*.xlsx)")
        if not path:
            return
        try:
            imported = run_with_progress(
                self, self.tr("Reading {0}...").format(Path(path).name), read_workbook, path,
                cancel_error=lambda: ImportCancelled("Impor dibatalkan."))
        except ImportCancelled:
            return  # the user pressed Cancel: nothing was read, nothing to say
        except RakdeskError as exc:
            QMessageBox.warning(self, "rakdesk", str(exc))
            return
        dialog = ImportDialog(imported, Path(path).name, self)
        if not dialog.exec():
            return
        satker_name, year = dialog.choice()

        made = {}

        def create(session):
            before = {s.id for s in ops.all_satkers(session)}
            plan = apply_import(session, imported, satker_name, year, load_rows=True)
            made["plan"] = plan.id
            # A satker the import made is undone with it; otherwise just the plan.
            return [plan] if plan.satker_id in before else [plan.satker]

        command = cmd.CreateCommand(self.doc, self.tr("Import {0}").format(Path(path).name),
                                    None, create)
        if self.doc.push(command):
            self.tree.select(made["plan"])

    def export_xlsx(self) -> None:
        from rakdesk.xlsx import export_plan

        plan = self.model.full_plan()
        if plan is None:
            return
        name = file_name(ops.plan_label(plan), plan.satker.name, suffix=".xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                              user_settings.export_path(name), "Excel (*.xlsx)")
        if not path:
            return
        user_settings.remember_export(path)
        try:
            export_plan(plan, Path(path))
        except OSError as exc:
            QMessageBox.critical(self, "rakdesk", str(exc))
            return
        self.statusBar().showMessage(self.tr("Excel file saved: {0}").format(path), 8000)

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
