"""What the File menu does with workspaces: open, create, save a copy,
restore a backup, merge another office's copy, the recent files, and
importing a plan from Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from rakdesk.errors import RakdeskError
from rakdesk.ui import settings as user_settings

MAX_RECENT = 8
FILE_FILTER = "rakdesk (*.sqlite)"


class FileWorkflows:
    """Mixed into MainWindow: the file workflows."""

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

    def import_xlsx(self, path: str | None = None) -> None:
        """Read a workbook off the GUI thread, preview it, and add it as one
        undoable step; nothing is written when the user cancels."""
        from rakdesk.core.operations import workspace
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
        from rakdesk.core import plans as ops

        taken = frozenset((s.name, p.year) for s in ops.all_satkers(self.doc.session)
                          for p in s.plans if p.kind == "PK") if imported.kind == "PK" \
            else frozenset()  # one PK per satker and year
        dialog = ImportDialog(imported, Path(path).name, self, taken)
        if not dialog.exec():
            return
        satker_name, year = dialog.choice()
        command = cmd.CreateCommand(
            self.doc, self.tr("Import {0}").format(Path(path).name), None,
            lambda session: workspace.import_plan(session, apply_import, imported, satker_name,
                                                  year, load_rows=True))
        if self.doc.push(command):
            self.tree.select(command.first_id)
