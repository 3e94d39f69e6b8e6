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
    from rakdesk.ui import i18n
    from rakdesk.ui.start_screen import StartScreen

    icon = QIcon(str(resources_dir() / "icons" / "rakdesk.png"))
    app.setWindowIcon(icon)
    i18n.install(app)
    # Up before the model, storage and document code load (most of start-up):
    # the user sees at once that rakdesk is starting and which file it opens.
    start = StartScreen(icon, rakdesk.__version__)
    start.show_now()
    start.opening(path)
    from rakdesk.ui.main_window import MainWindow

    try:
        if path and not Path(path).exists():
            start.hide()  # out of the way of the question whether to create it
            opened = open_or_offer_new(None, path)
        else:
            opened = open_for_window(path or default_workspace())
    except RakdeskError as exc:
        start.close()
        QMessageBox.critical(None, "rakdesk", str(exc))
        return 1
    if opened is None:  # a new workspace was offered and declined
        start.close()
        return 1
    workspace, warning = opened
    window = MainWindow(workspace)
    window.show()
    start.finish(window)
    gc.freeze()  # what start-up made lives until exit: never walk it again
    gc.set_threshold(*DEFAULT_GC)
    if warning:
        QMessageBox.warning(window, "rakdesk", warning)
    return app.exec()
