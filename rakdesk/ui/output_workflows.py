"""What the window prints and exports: the live preview panel, printing (a
final plan's stored PDF, byte for byte), PDF and Excel files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox

from rakdesk.core import plans as ops
from rakdesk.core.names import file_name
from rakdesk.ui import settings as user_settings

PREVIEW_MIN_WIDTH = 480


class OutputWorkflows:
    """Mixed into MainWindow: printing and exporting."""

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
