"""Print preview: the rendered PDF in a QPdfView with page navigation and zoom.

The live panel re-renders after edits without blocking typing: a worker thread
copies the file into memory with SQLite's backup API (a read lock of a few
milliseconds), renders from that copy, and hands the bytes back by signal. The
worker never touches widgets; a result for an older edit is dropped."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def render_from_file(path: Path, plan_id: str) -> bytes:
    """Render a plan from an in-memory copy of the workspace (thread-safe: it
    shares nothing with the GUI's session)."""
    from rakdesk.core import editing
    from rakdesk.core.file_copies import memory_copy
    from rakdesk.pdf import render_plan

    with memory_copy(path) as session:
        return render_plan(editing.load_plan(session, plan_id))


class PdfPane(QWidget):
    """A QPdfView with page navigation and zoom buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)  # a page at a time, like paper
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # The vertical scrollbar is always there: if it came and went, fitting the
        # page to the width would change the page's height, which would take the
        # scrollbar away again, and Qt would re-lay the view out forever.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        bar = QHBoxLayout()
        self.page_label = QLabel(self)
        for text, tip, slot in (("◀", self.tr("Previous page"), lambda: self.go(-1)),
                                ("▶", self.tr("Next page"), lambda: self.go(1)),
                                ("−", self.tr("Zoom out"), lambda: self.zoom(1 / 1.25)),
                                ("+", self.tr("Zoom in"), lambda: self.zoom(1.25)),
                                ("↔", self.tr("Fit to width"), self.fit)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.page_label)
        bar.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.view.pageNavigator().currentPageChanged.connect(lambda *_: self._label())

    def load(self, pdf: bytes) -> None:
        page = self.view.pageNavigator().currentPage()
        self.document.close()
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self.buffer)
        if 0 < page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator()
                                           .currentZoom())
        self._label()

    def page_count(self) -> int:
        return self.document.pageCount()

    def go(self, delta: int) -> None:
        nav = self.view.pageNavigator()
        target = max(0, min(self.page_count() - 1, nav.currentPage() + delta))
        nav.jump(target, QPointF(), nav.currentZoom())

    def effective_zoom(self) -> float:
        """The zoom on screen (1.0 = actual size), also when fitted to the width,
        where QPdfView's own zoomFactor() keeps its last custom value."""
        view = self.view
        if view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return view.zoomFactor()
        page = self.document.pagePointSize(max(0, view.pageNavigator().currentPage()))
        dpi = (view.screen() or QGuiApplication.primaryScreen()).logicalDotsPerInch() / 72.0
        margins = view.documentMargins()
        width = page.width() * dpi
        if width <= 0:
            return view.zoomFactor()
        fit = (view.viewport().width() - margins.left() - margins.right()) / width
        if view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = (view.viewport().height() - margins.top() - margins.bottom())
            fit = min(fit, height / (page.height() * dpi))
        return max(0.01, fit)

    def zoom(self, factor: float) -> None:
        """One step in or out from the zoom on screen."""
        current = self.effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    def fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _label(self) -> None:
        count = self.page_count()
        current = self.view.pageNavigator().currentPage() + 1 if count else 0
        self.page_label.setText(self.tr("Page {0} of {1}").format(current, count))


class _Rendered(QObject):
    done = Signal(int, bytes, str)  # generation, pdf, error


class LivePreview(PdfPane):
    """The preview panel: re-rendered (debounced) after each edit, off-thread."""

    sig_rendered = Signal()

    def __init__(self, doc, model, parent=None):
        super().__init__(parent)
        self.setObjectName("livePreview")
        self.doc, self.model = doc, model
        self.generation = 0
        self.rendering = False
        self.pending = False
        self.error = ""
        self._result = _Rendered(self)
        self._result.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.timer = QTimer(self, singleShot=True, interval=700)
        self.timer.timeout.connect(self.refresh)
        doc.sig_changed.connect(lambda *_: self.schedule())
        model.modelReset.connect(self.schedule)

    def schedule(self) -> None:
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event):
        super().showEvent(event)
        self.schedule()

    def refresh(self) -> None:
        plan = self.model.plan
        if plan is None:
            return
        if self.rendering:
            self.pending = True
            return
        self.generation += 1
        self.rendering = True
        generation, path, plan_id = self.generation, self.doc.workspace.path, plan.id
        result = self._result

        def work():
            try:
                result.done.emit(generation, render_from_file(path, plan_id), "")
            except Exception as exc:  # shown in the panel, never raised into Qt
                result.done.emit(generation, b"", str(exc))

        threading.Thread(target=work, daemon=True).start()

    def _on_done(self, generation: int, pdf: bytes, error: str) -> None:
        self.rendering = False
        self.error = error
        if generation == self.generation and pdf:
            self.load(pdf)
            self.sig_rendered.emit()
        if self.pending:
            self.pending = False
            self.timer.start()


class PreviewDialog(QDialog):
    """A stored or freshly rendered PDF, in a window of its own."""

    def __init__(self, pdf: bytes, parent=None, title: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Print preview"))
        self.resize(1000, 760)
        self.pane = PdfPane(self)
        self.pane.load(pdf)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pane)

    def page_count(self) -> int:
        return self.pane.page_count()
