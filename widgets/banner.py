"""A strip across the top of the window: offline, a crashed server, a failed request."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from widgets.plain_text import PlainLabel


class Banner(QFrame):
    """A message with a level (error, warning, info) and an optional close button."""

    closed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, closable: bool = True, wrap: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._label = PlainLabel(self)
        self._label.setWordWrap(wrap)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setVisible(closable)
        self._close.clicked.connect(self._on_close_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        """Show the text at a level: 'error' (red), 'warning' (amber) or 'info' (blue)."""
        self.setProperty("level", level)
        for widget in (self, self._label, self._close):  # the children take the level's colors
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._label.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown."""
        return self._label.text()

    def _on_close_clicked(self) -> None:
        self.hide()
        self.closed.emit()
