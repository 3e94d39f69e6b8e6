"""Slow work with a progress bar and a Cancel button. The work runs in a thread
and never touches widgets: it reports through ``progress(done, total)``, which
raises the caller's cancel error once the user pressed Cancel, so the work
stops at its next report. The window keeps painting in its own event loop."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

STEPS = 1000


class _Bridge(QObject):
    progressed = Signal(int)
    finished = Signal()


def run_with_progress(parent, label: str, fn, *args,
                      cancel_error: Callable[[], BaseException]):
    """Run ``fn(*args, progress=...)`` in a thread behind a progress dialog;
    return its result or raise its error (``cancel_error()`` when cancelled)."""
    result: dict = {}
    bridge = _Bridge()
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if stop.is_set():
            raise cancel_error()
        bridge.progressed.emit(min(STEPS, done * STEPS // total) if total > 0 else 0)

    def work():
        try:
            result["value"] = fn(*args, progress=progress)
        except BaseException as exc:  # handed back to the GUI thread below
            result["error"] = exc
        bridge.finished.emit()

    dialog = QProgressDialog(parent)  # Qt's own (translated) Cancel button
    dialog.setObjectName("progressDialog")
    dialog.setLabelText(label)
    dialog.setRange(0, STEPS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(stop.set)
    bridge.progressed.connect(dialog.setValue, Qt.ConnectionType.QueuedConnection)
    loop = QEventLoop()
    bridge.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    loop.exec()  # the quit is queued, so it arrives even if the work is already done
    thread.join()
    bridge.progressed.disconnect()
    dialog.close()
    dialog.deleteLater()
    if "error" in result:
        raise result["error"]
    return result.get("value")
