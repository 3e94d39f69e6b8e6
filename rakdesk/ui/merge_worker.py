"""Planning a merge away from the GUI thread.

Reading both files and deciding every unit of a large merge takes seconds;
the worker does it in a thread, reports progress by signal and stops when
asked. It never touches widgets; :func:`plan_merge` shows a progress dialog
with Cancel and waits in its own event loop, so the window keeps painting.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from rakdesk.core import merge


class MergePlanner(QObject):
    """Reads what is not read yet (the other file, this one) and plans."""

    sig_progress = Signal(int, int)  # rows of the other file walked, rows in all
    sig_planned = Signal(object)  # the MergePlan
    sig_failed = Signal(object)  # the exception (a RakdeskError has a one-line message)
    sig_cancelled = Signal()

    def __init__(self, into: Path, source: Path, plan_ids: list[str] | None = None,
                 theirs: merge.Side | None = None, mine: merge.Side | None = None):
        super().__init__()
        self.into, self.source, self.plan_ids = Path(into), Path(source), plan_ids
        self.theirs, self.mine = theirs, mine
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _check(self) -> None:
        if self._stop.is_set():
            raise merge.Cancelled

    def _progress(self, done: int, total: int) -> None:
        self._check()
        self.sig_progress.emit(done, total)

    def _work(self) -> None:
        try:
            if self.theirs is None:
                self.theirs = merge.read_source(self.source)
            self._check()
            if self.mine is None:
                self.mine = merge.read_this_file(self.into)
            self._check()
            planned = merge.prepare(None, self.source, self.plan_ids, into=self.into,
                                    theirs=self.theirs, mine=self.mine,
                                    progress=self._progress)
            self._check()
        except merge.Cancelled:
            self.sig_cancelled.emit()
        except BaseException as exc:  # handed to the GUI thread, which shows or raises it
            self.sig_failed.emit(exc)
        else:
            self.sig_planned.emit(planned)


def plan_merge(parent, planner: MergePlanner, label: str) -> merge.MergePlan | None:
    """Run ``planner`` behind a progress dialog with Cancel; the plan, or None
    when cancelled. Its error is raised here, on the GUI thread."""
    outcome: dict = {}
    loop = QEventLoop()
    queued = Qt.ConnectionType.QueuedConnection
    dialog = QProgressDialog(parent)  # its own Cancel button
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    dialog.setValue(0)  # at its minimum, so the next line sets when it shows
    dialog.setMinimumDuration(300)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    planner.sig_progress.connect(progressed, queued)
    planner.sig_planned.connect(lambda plan: outcome.update(plan=plan), queued)
    planner.sig_failed.connect(lambda exc: outcome.update(error=exc), queued)
    for signal in (planner.sig_planned, planner.sig_failed, planner.sig_cancelled):
        signal.connect(loop.quit, queued)
    dialog.canceled.connect(planner.cancel)
    planner.start()
    loop.exec()  # the quit is queued, so it arrives even if the work is already done
    planner.wait()
    dialog.canceled.disconnect(planner.cancel)
    dialog.reset()  # stops its show timer: a closed progress dialog must not pop up later
    dialog.hide()
    dialog.deleteLater()
    parent.window().activateWindow()  # what was in front before goes on taking the keys
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("plan")
