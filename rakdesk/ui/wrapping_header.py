"""A column header whose titles wrap at word boundaries. Plans carry their own
column titles ("INDIKATOR KINERJA UTAMA", "SASARAN STRATEGIS"), wider than
their columns on a laptop; a plain header cuts them at both ends."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView

WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrappingHeader(QHeaderView):
    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(WRAP)  # the style draws the text wrapped
        self.sectionResized.connect(self._sizes_changed)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        text = self.model().headerData(logical, self.orientation()) if self.model() else None
        if not text:
            return size
        width = self.sectionSize(logical) - 8  # the style's margins
        if width <= 0:
            return size
        metrics = self.fontMetrics()
        lines = metrics.boundingRect(QRect(0, 0, width, 10_000), int(WRAP), str(text))
        one = metrics.height()
        return QSize(size.width(), max(size.height(), size.height() - one + lines.height()))

    def _sizes_changed(self, *_) -> None:
        # The header's height is cached; narrower columns may need more lines.
        self.headerDataChanged(self.orientation(), 0, max(0, self.count() - 1))
