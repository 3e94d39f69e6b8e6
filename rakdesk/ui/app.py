"""Start the application: pick the workspace, open it, show the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

import rakdesk
from rakdesk.errors import RakdeskError
from rakdesk.ui.opening import (  # noqa: F401  (re-exported)
    open_for_window,
    open_or_offer_new,
    workspace_lock,
)

DEFAULT_GC = (700, 10, 10)  # Python's own thresholds


def default_workspace() -> Path:
    """The user's own workspace, created from the demo on first run."""
    from rakdesk.core.demo import write_demo
    from rakdesk.paths import default_workspace as path

    target = path()
    if not target.exists():
        write_demo(target)
    return target


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
        opened = open_or_offer_new(None, path) if path else open_for_window(default_workspace())
    except RakdeskError as exc:
        QMessageBox.critical(None, "rakdesk", str(exc))
        return 1
    if opened is None:  # a new workspace was offered and declined
        return 1
    workspace, warning = opened
    window = MainWindow(workspace)
    window.show()
    gc.freeze()  # what start-up made lives until exit: never walk it again
    gc.set_threshold(*DEFAULT_GC)
    if warning:
        QMessageBox.warning(window, "rakdesk", warning)
    return app.exec()
