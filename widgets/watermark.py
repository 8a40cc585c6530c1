"""A transparent overlay that writes a word diagonally across a widget (e.g. 【演练】)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from widgets.present import present


class Watermark(QWidget):
    """Covers its parent, lets every mouse event through, repeats `text` on a diagonal."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._text = text
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(present(self.parentWidget(), "the watermark's parent").rect())
            self.raise_()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSize(28)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(220, 60, 60, 60))
        painter.translate(self.width() / 2, self.height() / 2)
        painter.rotate(-25)
        step_x, step_y = 360, 160
        span = max(self.width(), self.height())
        for y in range(-span, span, step_y):
            for x in range(-span, span, step_x):
                painter.drawText(x, y, self._text)
        painter.end()
