"""The preview pane: it never re-lays itself out forever, and zoom steps go
from the zoom on screen."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtPdfWidgets import QPdfView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rakdesk.pdf import render_plan  # noqa: E402
from rakdesk.ui.preview import PdfPane  # noqa: E402

RUNAWAY = 500  # viewport resizes after one window resize: a layout that never settles


class _ResizeCounter(QObject):
    """Counts the viewport's resizes; a runaway layout is stopped (and
    recorded) so that a failing test fails instead of hanging."""

    def __init__(self, view):
        super().__init__()
        self.view, self.count, self.runaway = view, 0, None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Resize:
            self.count += 1
            if self.count > RUNAWAY and self.runaway is None:
                self.runaway = (self.view.width(), self.view.height(), self.view.zoomMode())
                self.view.setZoomMode(QPdfView.ZoomMode.Custom)  # breaks the loop
        return False


@pytest.fixture
def pane(qtbot, kubu_plan):
    _, plan = kubu_plan
    pane = PdfPane()
    qtbot.addWidget(pane)
    pane.load(render_plan(plan))
    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _settle(counter):
    counter.count = 0
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("mode", ["fit_width", "fit_view", "custom"])
def test_resizing_across_the_scrollbar_threshold_settles(pane, mode):
    view = pane.view
    page = pane.document.pagePointSize(0)
    aspect = page.width() / page.height()  # landscape A4
    margins = view.documentMargins()
    height = 300
    pane.resize(600, height)
    _settle(_ResizeCounter(view))
    chrome_w = pane.width() - view.viewport().width()
    chrome_h = pane.height() - view.viewport().height()
    # The width at which the fitted page becomes exactly as tall as the view.
    threshold = round((height - chrome_h - margins.top() - margins.bottom()) * aspect
                      + margins.left() + margins.right() + chrome_w)
    if mode == "fit_width":
        pane.fit()
    elif mode == "fit_view":
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
    else:
        pane.resize(threshold, height)
        _settle(_ResizeCounter(view))
        zoom = pane.effective_zoom()
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(zoom)
    counter = _ResizeCounter(view)
    view.viewport().installEventFilter(counter)
    for width in range(threshold - 24, threshold + 25):
        pane.resize(width, height)
        _settle(counter)
        assert counter.runaway is None, f"the preview kept re-laying itself out at {width} px"
        assert counter.count < 10


def test_zoom_steps_go_from_the_zoom_on_screen(pane, qtbot):
    pane.fit()
    QApplication.processEvents()
    fitted = pane.effective_zoom()
    assert 0.2 < fitted < 1.0  # a landscape page fitted into 600 px
    page_width = pane.document.pagePointSize(0).width()

    def shown_width():  # the page's width on screen, in pixels
        return page_width * pane.effective_zoom() * pane.view.logicalDpiX() / 72

    fitted_width = shown_width()
    pane.zoom(1.25)  # "+"
    assert pane.effective_zoom() == pytest.approx(fitted * 1.25, rel=0.01)
    assert fitted_width < shown_width() < fitted_width * 1.3
    pane.fit()
    QApplication.processEvents()
    pane.zoom(1 / 1.25)  # "−" from fit-to-width makes the page smaller, not bigger
    assert pane.effective_zoom() == pytest.approx(fitted / 1.25, rel=0.01)
    assert shown_width() < fitted_width
