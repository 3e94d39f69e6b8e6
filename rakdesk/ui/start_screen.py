"""The window a user sees from the first moment: rakdesk's name, version and
the file being opened, while the rest of the program loads and the workspace
is checked and opened (about a second on an office laptop, more from a slow
USB stick). As in Spyder and Orange, it is shown before anything heavy is
imported, so this module imports Qt and nothing else of rakdesk's.

It is a frameless widget of the splash-screen kind rather than a
QSplashScreen: QSplashScreen waits up to a second for the window manager's
word that it is exposed before it maps, which costs that second when the
start is fast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

WIDTH, HEIGHT = 440, 200
BACKGROUND = QColor("#f5f7fa")
ACCENT = QColor("#1f4e79")  # the dark blue of the printed headings


def _picture(icon: QIcon, version: str) -> QPixmap:
    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1
    pixmap = QPixmap(int(WIDTH * ratio), int(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(BACKGROUND)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRect(0, 0, WIDTH, 6), ACCENT)
    painter.setPen(QColor("#c8d0da"))
    painter.drawRect(QRect(0, 0, WIDTH - 1, HEIGHT - 1))
    if not icon.isNull():
        icon.paint(painter, QRect(28, 40, 72, 72))
    title = QFont()
    title.setPointSize(22)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(ACCENT)
    painter.drawText(QRect(120, 38, WIDTH - 140, 40), Qt.AlignmentFlag.AlignVCenter, "rakdesk")
    small = QFont()
    small.setPointSize(10)
    painter.setFont(small)
    painter.setPen(QColor("#3c4650"))
    what = QCoreApplication.translate(
        "StartScreen", "Performance plans: RAK, IKU, Perjanjian Kinerja, Keputusan")
    painter.drawText(QRect(120, 80, WIDTH - 140, 40), Qt.TextFlag.TextWordWrap, what)
    painter.setPen(QColor("#6b7580"))
    painter.drawText(QRect(120, 118, WIDTH - 140, 20), Qt.AlignmentFlag.AlignVCenter,
                     QCoreApplication.translate("StartScreen", "Version {0}").format(version))
    painter.end()
    return pixmap


class StartScreen(QWidget):
    """Shown at once by :func:`rakdesk.ui.app.run`; says what is being opened
    and closes when the main window appears (``finish``)."""

    def __init__(self, icon: QIcon, version: str):
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("startScreen")
        self.setWindowTitle("rakdesk")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        picture = QLabel(self)
        picture.setPixmap(_picture(icon, version))
        layout.addWidget(picture)
        self.message = QLabel(picture)
        self.message.setObjectName("startMessage")
        self.message.setGeometry(16, HEIGHT - 40, WIDTH - 32, 28)
        self.message.setStyleSheet("color: #3c4650;")
        self.setFixedSize(WIDTH, HEIGHT)
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())

    def say(self, text: str) -> None:
        """One line at the foot of the screen, painted before returning: the
        caller goes on with work that keeps the event loop busy."""
        width = self.message.width()
        self.message.setText(self.message.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideMiddle, width))
        self.message.repaint()
        QApplication.processEvents()

    def opening(self, path: Path | None) -> None:
        if path is None:
            self.say(QCoreApplication.translate("StartScreen", "Opening your workspace…"))
        else:
            name = Path(path).name
            self.say(QCoreApplication.translate("StartScreen", "Opening {0}…").format(name))

    def show_now(self) -> None:
        """Show and paint before returning."""
        self.show()
        self.raise_()
        QApplication.processEvents()

    def finish(self, window: QWidget) -> None:
        """Close once ``window`` is up (the main window takes its place)."""
        self.close()
