"""Finalising, the list of revisions, and checking a document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem

from rakdesk.core import records, revisions
from rakdesk.core.model import Plan
from rakdesk.ui.generated.ui_finalize_dialog import Ui_FinalizeDialog
from rakdesk.ui.generated.ui_revisions_dialog import Ui_RevisionsDialog
from rakdesk.ui.generated.ui_verify_dialog import Ui_VerifyDialog


class FinalizeDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = Ui_FinalizeDialog()
        self.ui.setupUi(self)
        self.ui.sign.toggled.connect(self._update)
        self.ui.chooseCert.clicked.connect(self._choose)
        self._update()

    def _choose(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate"), "",
                                              "PKCS#12 (*.p12 *.pfx)")
        if path:
            self.ui.certPath.setText(path)
            self._update()

    def _update(self):
        signing = self.ui.sign.isChecked()
        for widget in (self.ui.certPath, self.ui.chooseCert, self.ui.password):
            widget.setEnabled(signing)
        ok = not signing or bool(self.ui.certPath.text())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def certificate(self) -> tuple[str | None, str]:
        if not self.ui.sign.isChecked():
            return None, ""
        return self.ui.certPath.text(), self.ui.password.text()


class RevisionsDialog(QDialog):
    """Every revision of a plan, each viewable, savable and printable exactly
    as it was finalised."""

    def __init__(self, plan: Plan, window, parent=None):
        super().__init__(parent)
        self.ui = Ui_RevisionsDialog()
        self.ui.setupUi(self)
        self.plan, self.window_ = plan, window
        table = self.ui.revisions
        headers = [self.tr("Revision"), self.tr("Code"), self.tr("Finalised"),
                   self.tr("Digitally signed by"), "SHA-256"]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(plan.revisions))
        for row, rev in enumerate(plan.revisions):
            # a monitoring report's revision is listed with the plan's; a PK
            # Perubahan is marked, its reason in the tooltip
            number = records.revision_label(rev, plan.kind)
            reason = records.amendment_reason(rev) if plan.kind == "PK" else ""
            for col, value in enumerate((number, rev.code,
                                         f"{rev.finalized_at:%d-%m-%Y %H:%M}", rev.signer or "—",
                                         rev.pdf_sha256[:16] + "…")):
                item = QTableWidgetItem(value)
                if reason:
                    item.setToolTip(self.tr("Reason for the change: {0}").format(reason))
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        if plan.revisions:
            table.selectRow(len(plan.revisions) - 1)
        self.ui.viewButton.clicked.connect(self.view)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.printButton.clicked.connect(self.print_)

    def current(self):
        row = self.ui.revisions.currentRow()
        return self.plan.revisions[row] if 0 <= row < len(self.plan.revisions) else None

    def view(self):
        from rakdesk.ui.preview import PreviewDialog

        rev = self.current()
        if rev is not None:
            PreviewDialog(rev.pdf, self, self.tr("Revision {0} — {1}").format(
                rev.number, rev.code)).exec()

    def save(self):
        rev = self.current()
        if rev is None:
            return
        from rakdesk.ui.settings import export_path, remember_export

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                              export_path(f"{rev.code}.pdf"), "PDF (*.pdf)")
        if path:
            remember_export(path)
            Path(path).write_bytes(rev.pdf)

    def print_(self):
        rev = self.current()
        if rev is not None:
            self.window_.print_bytes(rev.pdf, self.plan)


class VerifyDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.session = session
        self.revision = None
        self.ui.choosePdf.clicked.connect(self._choose)
        self.ui.findCode.clicked.connect(lambda: self.find(self.ui.code.text()))
        self.ui.code.returnPressed.connect(lambda: self.find(self.ui.code.text()))
        self.ui.viewRevision.clicked.connect(self._view)
        self.ui.viewRevision.setEnabled(False)

    def _choose(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("PDF to check"), "", "PDF (*.pdf)")
        if path:
            self.check(Path(path).read_bytes())

    def check(self, data: bytes) -> revisions.Verification:
        result = revisions.verify_pdf(self.session, data)
        lines = [result.message] + [r.sentence() for r in result.signatures]
        self._show(lines, result.revision, ok=result.status == "match")
        return result

    def find(self, code: str):
        revision = revisions.find_by_code(self.session, code)
        if revision is None:
            self._show([self.tr("No revision with that code in this workspace.")], None, False)
        else:
            plan = revision.plan
            self._show([self.tr("Found: {0} {1} {2}, revision {3}, finalised {4}.").format(
                plan.kind, plan.year, plan.satker.name, revision.number,
                f"{revision.finalized_at:%d-%m-%Y}")], revision, True)
        return revision

    def _show(self, lines, revision, ok: bool):
        colour = "#1b5e20" if ok else "#b00020"
        self.ui.result.setHtml(f'<p style="color:{colour}"><b>' + "<br>".join(
            line.replace("&", "&amp;").replace("<", "&lt;") for line in lines) + "</b></p>")
        self.revision = revision
        self.ui.viewRevision.setEnabled(revision is not None)

    def _view(self):
        from rakdesk.ui.preview import PreviewDialog

        if self.revision is not None:
            PreviewDialog(self.revision.pdf, self, self.revision.code).exec()
