"""The user's settings (language, window state, recent files, last plan), kept
as an INI file in the user data folder (``RAKDESK_DATA_DIR`` when set), beside
the workspace and backups, never in a system-wide place; and fitting windows
into the screen they open on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, QStandardPaths
from PySide6.QtGui import QGuiApplication

from rakdesk.paths import data_dir

FILE_NAME = "settings.ini"


def settings() -> QSettings:
    """The settings file of this user (and of this data folder)."""
    return QSettings(str(data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def export_path(name: str) -> str:
    """Where a save dialog proposes ``name``: in the folder the user last saved
    a PDF or workbook to, else in Documents; never the folder the program was
    started from (on Windows that is where it is installed)."""
    folder = settings().value("export/folder", "")
    if not folder or not Path(folder).is_dir():
        folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                  or str(Path.home()))
    return str(Path(folder) / name)


def remember_export(path: str) -> None:
    """The folder of a file just saved: the next save dialog starts there."""
    settings().setValue("export/folder", str(Path(path).parent))


def available_geometry(widget=None) -> QRect:
    """The part of the screen windows may use (without taskbars and panels)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_size(widget, wanted: QSize, frame: QSize = QSize(0, 0)) -> QSize:
    """``wanted``, made no larger than the available screen minus ``frame`` (the
    window's title bar and borders, which the window manager adds)."""
    area = available_geometry(widget)
    return QSize(min(wanted.width(), area.width() - frame.width()),
                 min(wanted.height(), area.height() - frame.height()))


def fit_into_screen(widget, frame: QSize = QSize(16, 40)) -> None:
    """Shrink and move a top-level window so that all of it is on screen."""
    area = available_geometry(widget)
    size = fit_size(widget, widget.size(), frame)
    if size != widget.size():
        widget.resize(size)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() - size.width() - frame.width() + 1)
    y = min(max(geometry.y(), area.y()), area.bottom() - size.height() - frame.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        widget.move(max(area.x(), x), max(area.y(), y))


def restore_window(window, default: QSize) -> None:
    """The window's last geometry and docks, or ``default``; either way within
    the available screen (a laptop of 1366x768 under a taskbar, or a screen
    smaller than the one the window was last closed on)."""
    values = settings()
    geometry = values.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(fit_size(window, default, QSize(16, 40)))
        area = available_geometry(window)
        window.move(area.x() + (area.width() - window.width()) // 2,
                    area.y() + max(0, (area.height() - window.height() - 40) // 2))
    if not window.isMaximized():
        fit_into_screen(window)
    state = values.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def _workspace_key(path) -> str:
    import hashlib
    from pathlib import Path

    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def last_plan(workspace_path) -> str | None:
    """The plan last shown of this workspace file."""
    value = settings().value(f"lastPlan/{_workspace_key(workspace_path)}")
    return value if isinstance(value, str) and value else None


def set_last_plan(workspace_path, plan_id: str) -> None:
    settings().setValue(f"lastPlan/{_workspace_key(workspace_path)}", plan_id)


def save_window(window) -> None:
    values = settings()
    values.setValue("window/geometry", window.saveGeometry())
    values.setValue("window/state", window.saveState())
