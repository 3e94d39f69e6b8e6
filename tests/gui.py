"""Helpers for tests that drive the window the way a user does."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from rakdesk.core.storage import open_workspace
from rakdesk.ui.main_window import MainWindow


def isolate_settings(tmp_path):
    """QSettings of a test go to its own folder."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("rakdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "ini"))


def make_window(qtbot, path, readonly=False):
    """The window on ``path``, opened the way the app opens files (lock, backup)."""
    from rakdesk.ui.opening import open_for_window

    if readonly:
        window = MainWindow(open_workspace(path, readonly=True))
    else:
        workspace, warning = open_for_window(path)
        assert warning is None, warning
        window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.grid.setFocus()
    return window


def db(path, sql, *args):
    """Read the file itself, with a separate connection: what was committed."""
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def focused():
    return QApplication.focusWidget()


def type_cell(qtbot, window, text):
    """Enter opens the cell's editor; the text is typed; Enter commits it."""
    qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    editor = focused()
    assert editor is not window.grid, "no editor opened"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def go(qtbot, window, key_name):
    """Move the cursor with arrow keys to the column ``key_name`` of this row."""
    model = window.model
    target = model.column(key_name)
    while window.grid.currentIndex().column() != target:
        key = Qt.Key.Key_Right if window.grid.currentIndex().column() < target else Qt.Key.Key_Left
        qtbot.keyClick(window.grid, key)


def click_cell(qtbot, window, row, key_name, modifier=Qt.KeyboardModifier.NoModifier):
    index = window.model.index(row, window.model.column(key_name))
    window.grid.scrollTo(index)
    qtbot.mouseClick(window.grid.viewport(), Qt.MouseButton.LeftButton, modifier,
                     window.grid.visualRect(index).center())


def fill_dialog(monkeypatch, cls, fill):
    """Replace a dialog's exec with: show it, type and click into it, press OK."""
    from PySide6.QtWidgets import QDialogButtonBox

    def exec_(self):
        self.show()
        fill(self)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), "the dialog refuses what was typed"
        self.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", exec_)


def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)


