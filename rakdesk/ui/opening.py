"""Opening a workspace for the window: the per-user lock, read-only when it
cannot be written, a rolling backup first. Used at start-up (rakdesk.ui.app)
and by "Open..." in the main window."""

from __future__ import annotations

from pathlib import Path

from rakdesk.errors import ForeignSchema, ReadOnlyWorkspace


def workspace_lock(path: Path):
    """A lock of this workspace for this user (kept in the user data folder, so
    nothing is left beside the file on a USB stick); None when another rakdesk
    window or process holds it. Locks of crashed processes count as stale."""
    from PySide6.QtCore import QLockFile

    from rakdesk.core.safefiles import lock_file

    where = lock_file(path)
    where.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(where))
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


def open_or_offer_new(parent, path: Path):
    """:func:`open_for_window`; a ``.sqlite`` file that is not there (a name
    typed on the command line or in the Open dialog) is offered as a new empty
    workspace first. None when the user declines; a RakdeskError otherwise."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from rakdesk.core.storage import create_workspace

    path = Path(path)
    if path.suffix.lower() == ".sqlite" and not path.exists() and not path.is_symlink():
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        question = QCoreApplication.translate(
            "app", "{0} does not exist. Create a new empty workspace there?").format(path.name)
        if QMessageBox.question(parent, "rakdesk", question, buttons,
                                QMessageBox.StandardButton.Yes) != QMessageBox.StandardButton.Yes:
            return None
        create_workspace(path).close()
    return open_for_window(path)
