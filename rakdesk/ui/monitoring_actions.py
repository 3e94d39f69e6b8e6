"""The Monitoring tab in the window: made for each open workspace
(:func:`attach_monitoring`), with its menu and buttons: import realisasi
from Excel (preview, nothing written before OK, one undo step), the
reports of the chosen triwulan and the Pengukuran Kinerja (preview, PDF,
Word .docx, Excel .xlsx), the capaian chart, and the satker's kategori
scale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from rakdesk.core import loading
from rakdesk.core import performance as pf
from rakdesk.core import plans as ops
from rakdesk.core.names import file_name
from rakdesk.errors import RakdeskError
from rakdesk.ui import monitoring_commands as mc
from rakdesk.ui.monitoring_view import MonitoringView
from rakdesk.ui.settings import export_path, remember_export

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


def attach_monitoring(window) -> MonitoringView:
    """Make the Monitoring tab for the window's document (once per workspace)."""
    view = MonitoringView(window.doc, window)
    window.monitoring = view
    window.area.set_monitoring(view)
    window.tree.sig_plan_selected.connect(view.follow_plan)
    view.sig_status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    if getattr(window.area, "monitoring_tab_hook", None) is None:
        window.area.monitoring_tab_hook = _PropertiesFollowTab(window)
    actions = MonitoringActions(window)
    view.add_tool(translate("Monitoring", "Import Excel..."), actions.import_realisasi,
                  name="monitoringImport")
    view.add_tool(translate("Monitoring", "Reports"), menu=actions.report_menu(view),
                  name="monitoringReports")
    view.add_tool(translate("Monitoring", "Chart"), actions.show_chart, name="monitoringChart")
    view.add_tool(translate("Monitoring", "Scale..."), actions.edit_scale,
                  name="monitoringScale")
    if window.findChild(QMenu, "monitoringMenu") is None:  # the menu is the window's child
        menu = QMenu(translate("Monitoring", "&Monitoring"), window)
        menu.setObjectName("monitoringMenu")
        menu.addAction(translate("Monitoring", "Show monitoring"),
                       lambda: window.area.show_monitoring())
        menu.addAction(translate("Monitoring", "Import realisasi from Excel..."),
                       lambda: MonitoringActions(window).import_realisasi())
        menu.addSeparator()
        MonitoringActions(window).fill_report_menu(menu)
        menu.addSeparator()
        menu.addAction(translate("Monitoring", "Capaian chart..."),
                       lambda: MonitoringActions(window).show_chart())
        menu.addAction(translate("Monitoring", "Kategori scale of the satker..."),
                       lambda: MonitoringActions(window).edit_scale())
        window.menuBar().insertMenu(window.view_menu.menuAction(), menu)
    from rakdesk.ui import report_final

    report_final.attach(window, view)  # finalising a report, and its bar
    return view


class ReportCancelled(Exception):
    pass


def make_report(path: Path, plan_id: str, medium: str, kind: str, target: Path | None,
                progress):
    """A report of a plan, from an in-memory copy of the workspace (thread-safe:
    it shares nothing with the window's session). ``medium`` "pdf" with no
    ``target`` returns the PDF's bytes; otherwise the file is written and its
    path returned."""
    from rakdesk.core.file_copies import memory_copy

    progress(0, 2)
    with memory_copy(path) as session:
        plan = loading.load_plan(session, plan_id)
        if medium == "pdf":
            from rakdesk.pdf.monitoring import render_report_to_file, report_of_record_or_render

            if target is None:  # a final report: its stored revision
                data = report_of_record_or_render(plan, kind)
                progress(1, 2)  # a Cancel pressed meanwhile: the preview is not shown
                return data
            return render_report_to_file(plan, kind, target)
        if medium == "docx":
            from rakdesk.word.lkjip import export_lkjip

            return export_lkjip(plan, target)
        from rakdesk.xlsx.monitoring_export import export_monitoring

        return export_monitoring(plan, target)


class _PropertiesFollowTab:
    """The Properties dock edits the plan's rows: out of the way (height is
    short on a laptop) while the Monitoring tab is shown, back after."""

    def __init__(self, window):
        self.window = window
        self.was_visible = True
        window.area.tabs.currentChanged.connect(self.changed)

    def changed(self, index: int) -> None:
        from PySide6.QtWidgets import QDockWidget

        dock = self.window.findChild(QDockWidget, "propertiesDock")
        if dock is None:
            return
        if index == 1:
            self.was_visible = dock.isVisible()
            dock.hide()
        elif self.was_visible:
            dock.show()


class MonitoringActions:
    """What the Monitoring menu and buttons do, for the window's current view."""

    def __init__(self, window):
        self.window = window

    @property
    def view(self) -> MonitoringView:
        return self.window.monitoring

    def _plan(self):
        """The shown plan with its whole tree, or None (with a word why)."""
        view = self.view
        if view.plan_id is None or view.plan is None:
            self.window.statusBar().showMessage(translate(
                "Monitoring", "Choose a RAK in the list on the left first."), 8000)
            return None
        return loading.load_plan(view.doc.session, view.plan_id)

    # ------------------------------------------------------------ reports

    def report_menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        self.fill_report_menu(menu)
        return menu

    def fill_report_menu(self, menu: QMenu) -> None:
        window = self.window
        for text, how in (
                (translate("Monitoring", "Preview the triwulan's Laporan Monitoring"), "preview"),
                (translate("Monitoring", "Laporan Monitoring of the triwulan (PDF)..."), "tw"),
                (translate("Monitoring", "Preview the Pengukuran Kinerja"), "preview_pk"),
                (translate("Monitoring", "Pengukuran Kinerja, LKjIP Bab III (PDF)..."),
                 "pengukuran"),
                (translate("Monitoring", "LKjIP Bab III tables (Word .docx)..."), "docx"),
                (translate("Monitoring", "Monitoring reports (Excel .xlsx)..."), "xlsx")):
            menu.addAction(text, lambda h=how: MonitoringActions(window).report(h))

    def report(self, how: str) -> None:
        """Preview or save a report of the shown plan. It is made off the GUI
        thread, from a private copy of the file (every edit is already in it)."""
        plan = self._plan()
        if plan is None:
            return
        quarter = self.view.quarter()
        kind = "pengukuran" if how in ("pengukuran", "preview_pk") else f"tw{quarter}"
        stem = (translate("Monitoring", "Pengukuran Kinerja") if kind == "pengukuran"
                else f"Monitoring TW {pf.quarter_name(quarter)}")
        if how.startswith("preview"):
            from rakdesk.ui.preview import PreviewDialog

            data = self._produce(plan, "pdf", kind, None, stem)
            if data is not None:
                PreviewDialog(data, self.window, f"{stem} — {ops.plan_label(plan)}").exec()
            return
        suffix = {"docx": ".docx", "xlsx": ".xlsx"}.get(how, ".pdf")
        if how == "docx":
            stem = "LKjIP Bab III"
        elif how == "xlsx":
            stem = "Monitoring"
        name = file_name(f"{ops.plan_label(plan)} {stem}", plan.satker.name, suffix=suffix)
        filters = {".pdf": "PDF (*.pdf)", ".docx": "Word (*.docx)", ".xlsx": "Excel (*.xlsx)"}
        path, _ = QFileDialog.getSaveFileName(self.window, translate("Monitoring", "Save {0}")
                                              .format(stem), export_path(name), filters[suffix])
        if not path:
            return
        remember_export(path)
        if self._produce(plan, suffix[1:], kind, Path(path), stem) is not None:
            self.window.statusBar().showMessage(translate("Monitoring", "Saved: {0}").format(
                path), 10000)

    def _produce(self, plan, medium: str, kind: str, target: Path | None, stem: str):
        from rakdesk.ui.progress import run_with_progress

        try:
            return run_with_progress(
                self.window, translate("Monitoring", "Making {0}...").format(stem),
                make_report, self.view.doc.workspace.path, plan.id, medium, kind, target,
                cancel_error=lambda: ReportCancelled())
        except ReportCancelled:
            return None
        except (OSError, RakdeskError) as exc:
            QMessageBox.critical(self.window, "rakdesk", str(exc))
            return None

    # ------------------------------------------------------------ import

    def import_realisasi(self, path: str | None = None) -> bool:
        """Read a realisasi workbook off the GUI thread, show what matches, and
        record it as one undo step when the user says OK."""
        from rakdesk.ui.monitoring_dialogs import ImportPreviewDialog
        from rakdesk.ui.progress import run_with_progress
        from rakdesk.xlsx import realisasi_import as ri
        from rakdesk.xlsx.archive import ImportCancelled

        plan = self._plan()
        if plan is None:
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, translate(
                "Monitoring", "Import realisasi from Excel"), "", "Excel (*.xlsx)")
        if not path:
            return False

        def read(file, progress):
            progress(0, 1)
            return ri.read_realisasi(file)

        try:
            sheet = run_with_progress(self.window, translate("Monitoring", "Reading {0}...")
                                      .format(Path(path).name), read, path,
                                      cancel_error=lambda: ImportCancelled("Impor dibatalkan."))
        except ImportCancelled:
            return False
        except RakdeskError as exc:  # a refused workbook, named
            QMessageBox.warning(self.window, "rakdesk", str(exc))
            return False
        preview = ri.preview(plan, sheet)
        dialog = ImportPreviewDialog(plan, sheet, preview, self.window)
        if not dialog.exec():
            return False
        command = mc.import_realisasi(self.view.doc, plan.id, preview, sheet, translate(
            "Monitoring", "Import realisasi {0}").format(Path(path).name))
        return self.view.doc.push(command)

    # ------------------------------------------------------------ chart and scale

    def show_chart(self) -> None:
        from rakdesk.ui.monitoring_dialogs import ChartDialog

        plan = self._plan()
        if plan is not None:
            ChartDialog(plan, self.window).exec()

    def edit_scale(self) -> None:
        from rakdesk.ui.monitoring_dialogs import ScaleDialog

        plan = self._plan()
        if plan is None:
            return
        dialog = ScaleDialog(plan.satker, self.window)
        if dialog.exec():
            self.view.doc.push(mc.set_scale(self.view.doc, plan.satker.id, dialog.text(),
                                            translate("Monitoring", "Kategori scale")))
