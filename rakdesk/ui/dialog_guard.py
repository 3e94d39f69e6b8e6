"""What every editing dialog does alike: it opens within the available screen,
and closing it with changes made (its X, or Esc) asks before dropping them;
Cancel means "drop them" and does not ask."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from rakdesk.ui.settings import fit_into_screen


class GuardedDialog(QDialog):
    """A dialog whose ``snapshot()`` (by default ``values()``) tells whether
    anything was changed since it was shown."""

    _initial = None
    _cancelled = False

    def snapshot(self):
        return self.values()

    def guard(self, button_box: QDialogButtonBox) -> None:
        """Call after setupUi: Cancel drops the changes without asking."""
        button_box.rejected.disconnect()
        button_box.rejected.connect(self._cancel)

    def showEvent(self, event):
        super().showEvent(event)
        fit_into_screen(self)
        if self._initial is None:
            self._initial = self.snapshot()

    def changed(self) -> bool:
        return self._initial is not None and self.snapshot() != self._initial

    def _cancel(self) -> None:
        self._cancelled = True
        self.reject()

    def reject(self) -> None:
        cancelled, self._cancelled = self._cancelled, False
        if not cancelled and self.changed():
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("Discard the changes made in this window?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
