"""A plan's revisions from the window: finalise it (the plan of record),
start the next revision, list the revisions, check a printed document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from rakdesk.errors import RakdeskError


class RevisionWorkflows:
    """Mixed into MainWindow: the revision workflows."""

    def finalize_plan(self) -> None:
        from rakdesk.core.operations import workspace
        from rakdesk.pdf import render_plan
        from rakdesk.ui.revision_dialogs import FinalizeDialog

        plan = self.model.plan
        if plan is None or plan.status == "final" or not self.pk.confirm_finalize(plan):
            return
        plan_id = plan.id
        dialog = FinalizeDialog(self)
        if not dialog.exec():
            return
        p12, password = dialog.certificate()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            changes, revision = self.doc.apply(lambda session: workspace.finalize(
                session, plan_id, p12, password, render=render_plan))
        except RakdeskError as exc:
            QMessageBox.warning(self, "rakdesk", str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        # A finalised revision is the plan of record: earlier edits are no longer undone.
        self.doc.undo_stack.clear()
        self.doc.announce(changes)
        QMessageBox.information(self, self.tr("Finalised"), self.tr(
            "Revision {0} is final. Document code: {1}").format(revision.number, revision.code))

    def start_next_revision(self) -> None:
        from rakdesk.core.model import Plan
        from rakdesk.ui import commands as cmd

        plan = self.model.plan
        if plan is None or plan.status != "final":
            return
        if plan.kind == "PK":  # the next revision of a PK is a PK Perubahan
            self.pk.amend(plan)
            return
        from rakdesk.core.revisions import next_number

        number = next_number(plan)
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
