"""Finalising a monitoring report from the Monitoring tab, as a plan is
finalised from the Plan tab (rakdesk.core.report_revisions).

- a "Finalise" button and menu items: the chosen triwulan's Laporan
  Monitoring, or the Pengukuran Kinerja, becomes a numbered revision of that
  report (code and QR printed in its footer);
- a bar above the table while the chosen period belongs to a final report:
  its cells are read-only, and "Start the next revision" makes them
  editable again (one undoable step);
- printing a final report writes its stored bytes (rakdesk.pdf.monitoring).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
)

from rakdesk.core import report_revisions as rr
from rakdesk.core import revisions
from rakdesk.errors import RakdeskError
from rakdesk.ui.commands import DocumentCommand

translate = QCoreApplication.translate  # lupdate reads translate("context", ...)


class StartReportRevisionCommand(DocumentCommand):
    """A final report's periods become editable again; undo makes it final again."""

    def __init__(self, doc, plan_id: str, text: str, final_reports: str):
        super().__init__(doc, text, plan_id)
        self.new, self.old = final_reports, None

    def do(self, session):
        changes = rr.set_final_reports(session, self.plan_id, self.new)
        if changes is not None:
            self.old = changes.undo
        return changes

    def undo_(self, session):
        return rr.set_final_reports(session, self.plan_id, self.old)


class ReportFinalBar(QFrame):
    """Above the monitoring table: the chosen period is in a final report."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reportFinalBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reportFinalBar { background: #fff4ce; border: 1px solid #e0c36a; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self)
        self.label.setObjectName("reportFinalBarText")
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(120)
        self.button = QPushButton(translate("ReportFinal", "Start the next revision"), self)
        self.button.setObjectName("reportFinalBarButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter and Space never press it
        self.button.setAutoDefault(False)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.kind: str | None = None
        self.hide()

    def show_for(self, plan, period: int, writable: bool) -> None:
        self.kind = rr.locking_report(plan, period) if plan is not None else None
        if self.kind is not None:
            stored = rr.report_of_record(plan, self.kind)
            self.label.setText(translate(
                "ReportFinal", "{0} is final (revision {1}, {2}): the realisasi it shows can "
                "no longer be changed.").format(rr.report_title(self.kind),
                                                stored.number if stored else "",
                                                stored.code if stored else ""))
        self.button.setVisible(writable)
        self.setVisible(self.kind is not None)


class ReportFinalising:
    """Wires finalising into one window's Monitoring view."""

    def __init__(self, window, view):
        self.window, self.view = window, view
        self.bar = ReportFinalBar(view)
        view.layout().insertWidget(1, self.bar)
        view.report_final = self
        self.bar.button.clicked.connect(self.start_next_revision)
        menu = QMenu(view)
        self.fill_menu(menu)
        view.add_tool(translate("ReportFinal", "Finalise"), menu=menu, name="monitoringFinalise")
        view.period_box.currentIndexChanged.connect(lambda *_: self.refresh())
        view.model.modelReset.connect(self.refresh)
        view.model.dataChanged.connect(lambda *_: self.refresh())
        view.doc.sig_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(translate("ReportFinal", "Finalise the triwulan's Laporan Monitoring..."),
                       lambda: self.finalize(f"tw{self.view.quarter()}"))
        menu.addAction(translate("ReportFinal", "Finalise the Pengukuran Kinerja..."),
                       lambda: self.finalize("pengukuran"))

    def refresh(self) -> None:
        view = self.view
        self.bar.show_for(view.plan, view.period, not view.doc.readonly)

    def finalize(self, kind: str, ask: bool = True):
        """Finalise the shown plan's report ``kind``; the Revision, or None."""
        from rakdesk.pdf.monitoring import render_report

        view = self.view
        plan = view.plan
        if plan is None or view.doc.readonly:
            return None
        title = rr.report_title(kind)
        if rr.is_final(plan, kind):
            self.window.statusBar().showMessage(translate(
                "ReportFinal", "{0} is already final.").format(title), 8000)
            return None
        if ask and QMessageBox.question(self.window, translate("ReportFinal", "Finalise"),
                                        translate(
                "ReportFinal", "Finalise {0} as revision {1}? Its realisasi can then no longer "
                "be changed until its next revision is started.").format(
                    title, revisions.next_number(plan, kind))) != QMessageBox.StandardButton.Yes:
            return None
        plan_id = plan.id
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            changes, revision = view.doc.apply(
                lambda session: rr.finalize_in(session, plan_id, kind, render_report))
        except RakdeskError as exc:
            QMessageBox.warning(self.window, "rakdesk", str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        # The stored report is of record: edits before it are no longer undone.
        view.doc.undo_stack.clear()
        view.doc.announce(changes)
        self.window.statusBar().showMessage(translate(
            "ReportFinal", "{0} is final (revision {1}). Document code: {2}").format(
            title, revision.number, revision.code), 10000)
        return revision

    def start_next_revision(self) -> bool:
        plan, kind = self.view.plan, self.bar.kind
        if plan is None or kind is None:
            return False
        number = revisions.next_number(plan, kind)
        return self.view.doc.push(StartReportRevisionCommand(
            self.view.doc, plan.id, translate("ReportFinal", "Start revision {0} of {1}").format(
                number, rr.report_title(kind)), rr.without(plan, kind)))


def attach(window, view) -> ReportFinalising:
    """Finalising in the window's Monitoring view, and in its Monitoring menu
    (made once per window: its items act on the view shown now)."""
    wiring = ReportFinalising(window, view)
    menu = window.findChild(QMenu, "monitoringMenu")
    if menu is not None and menu.property("reportFinalising") is None:
        menu.setProperty("reportFinalising", True)
        menu.addSeparator()
        menu.addAction(translate("ReportFinal", "Finalise the triwulan's Laporan Monitoring..."),
                       lambda: window.monitoring.report_final.finalize(
                           f"tw{window.monitoring.quarter()}"))
        menu.addAction(translate("ReportFinal", "Finalise the Pengukuran Kinerja..."),
                       lambda: window.monitoring.report_final.finalize("pengukuran"))
    return wiring
