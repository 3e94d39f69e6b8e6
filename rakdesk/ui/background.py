"""Slow work off the GUI thread: the worker never touches widgets; the window
waits in its own event loop (so it keeps painting) behind a busy dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog


class _Done(QObject):
    finished = Signal()


def run_busy(parent, label: str, fn, *args):
    """Run ``fn(*args)`` in a thread; return its result or raise its error."""
    result: dict = {}
    done = _Done()

    def work():
        try:
            result["value"] = fn(*args)
        except BaseException as exc:  # handed back to the GUI thread below
            result["error"] = exc
        done.finished.emit()

    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    dialog = QProgressDialog(label, None, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    loop.exec()  # the quit is queued, so it arrives even if the work is already done
    thread.join()
    dialog.close()
    if "error" in result:
        raise result["error"]
    return result.get("value")
