"""Start the application: pick the workspace, open it, show the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

import rakdesk
from rakdesk.errors import ForeignSchema, RakdeskError, ReadOnlyWorkspace

DEFAULT_GC = (700, 10, 10)  # Python's own thresholds


def default_workspace() -> Path:
    """The user's own workspace, created from the demo on first run."""
    from rakdesk.core.demo import write_demo
    from rakdesk.paths import default_workspace as path

    target = path()
    if not target.exists():
        write_demo(target)
    return target


def workspace_lock(path: Path):
    """A lock of this workspace for this user (kept in the user data folder, so
    nothing is left beside the file on a USB stick); None when another rakdesk
    window or process holds it. Locks of crashed processes count as stale."""
    from PySide6.QtCore import QLockFile

    from rakdesk.core.storage import _backup_key
    from rakdesk.paths import data_dir

    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / f"{_backup_key(path)}.lock"))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale
    return lock if lock.tryLock(0) else None


def open_for_window(path: Path):
    """Open a workspace for the window: read-only when another rakdesk has it
    open, or when it carries foreign objects or cannot be written. A writable
    open first takes a rolling backup."""
    from PySide6.QtCore import QCoreApplication

    from rakdesk.core.storage import open_workspace, rolling_backup

    path = Path(path)
    lock = workspace_lock(path)
    if lock is None:
        workspace = open_workspace(path, readonly=True)
        return workspace, QCoreApplication.translate(
            "app", "{0} is already open in another rakdesk window; it opens read-only here."
        ).format(path.name)
    try:
        workspace, warning = open_workspace(path), None
    except (ForeignSchema, ReadOnlyWorkspace) as exc:
        workspace, warning = open_workspace(path, readonly=True), str(exc)
    if not workspace.readonly:
        rolling_backup(path)
    workspace.lock = lock  # released when the workspace is closed
    return workspace, warning


def run(path: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("rakdesk")
    app.setOrganizationName("rakdesk")
    app.setApplicationVersion(rakdesk.__version__)
    from PySide6.QtGui import QIcon

    from rakdesk.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "rakdesk.png")))
    from rakdesk.ui import i18n
    from rakdesk.ui.main_window import MainWindow

    i18n.install(app)
    try:
        workspace, warning = open_for_window(path or default_workspace())
    except RakdeskError as exc:
        QMessageBox.critical(None, "rakdesk", str(exc))
        return 1
    window = MainWindow(workspace)
    window.show()
    gc.freeze()  # what start-up made lives until exit: never walk it again
    gc.set_threshold(*DEFAULT_GC)
    if warning:
        QMessageBox.warning(window, "rakdesk", warning)
    return app.exec()
