"""Draw rakdesk's icon (resources/icons/rakdesk.png and .ico): a plan sheet
with a schedule grid and a tick. Run once when the design changes; the
outputs are committed like any other resource.

    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#8B1A1A"))  # KPU red
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 40 * s, 40 * s)
    p.setBrush(QColor("white"))
    sheet = QRectF(48 * s, 36 * s, 160 * s, 184 * s)
    p.drawRoundedRect(sheet, 10 * s, 10 * s)
    p.setPen(QPen(QColor("#9AA3AD"), max(1.0, 5 * s)))
    for i in range(5):  # schedule rows
        y = (76 + i * 28) * s
        p.drawLine(QPointF(64 * s, y), QPointF(192 * s, y))
    for x in (104, 136, 168):  # month columns
        p.drawLine(QPointF(x * s, 62 * s), QPointF(x * s, 188 * s))
    tick = QPainterPath(QPointF(92 * s, 150 * s))
    tick.lineTo(QPointF(124 * s, 182 * s))
    tick.lineTo(QPointF(196 * s, 96 * s))
    p.setPen(QPen(QColor("#1E7B34"), 22 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                  Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    ok = draw(256).save(str(OUT / "rakdesk.png"))
    ok &= draw(256).save(str(OUT / "rakdesk.ico"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
