"""Export a plan as PDF from the window. A final plan is exported as what
printing prints: its stored revision, byte for byte, which *Check a document*
and ``rakdesk verify`` recognise. A draft rendering is a separate action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from rakdesk.core import plans as ops
from rakdesk.core.names import file_name
from rakdesk.core.revisions import plan_of_record
from rakdesk.ui.settings import export_path, remember_export

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


def export_pdf(window, plan, draft: bool = False) -> Path | None:
    """Ask where, write the PDF, say in the status bar what was written."""
    stored = None if draft else plan_of_record(plan)
    label = ops.plan_label(plan) + (f" {stored.code}" if stored else "")
    if draft:
        label += " " + translate("MainWindow", "draft")
    name = file_name(label, plan.satker.name, suffix=".pdf")
    title = (translate("MainWindow", "Export a draft PDF") if draft
             else translate("MainWindow", "Export PDF"))
    path, _ = QFileDialog.getSaveFileName(window, title, export_path(name), "PDF (*.pdf)")
    if not path:
        return None
    remember_export(path)
    from rakdesk.pdf import render_plan_to_file

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if stored is not None:
            Path(path).write_bytes(stored.pdf)
        else:
            render_plan_to_file(plan, Path(path))
    except OSError as exc:
        QMessageBox.critical(window, "rakdesk", str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    if stored is not None:
        message = translate("MainWindow", "Final revision {0} ({1}) saved as stored: {2}").format(
            stored.number, stored.code, path)
    elif plan.status == "final":
        message = translate("MainWindow", "Draft PDF (not the final revision) saved: {0}").format(
            path)
    else:
        message = translate("MainWindow", "PDF saved: {0}").format(path)
    window.statusBar().showMessage(message, 15000)
    return Path(path)
