"""What the administration screens say back: a notice strip and the style they share."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from widgets.plain_text import PlainLabel

# On top of resources/themes/console.qss (dark): set on each screen, scoped by object name.
STYLE = """
QLabel#adminNotice { padding: 5px 8px; border-radius: 3px; font-weight: bold; }
QLabel#adminNotice[level="ok"] { background: #1e5631; color: #ffffff; }
QLabel#adminNotice[level="info"] { background: #1f4e89; color: #ffffff; }
QLabel#adminNotice[level="warning"] { background: #8a6100; color: #ffffff; }
QLabel#adminNotice[level="error"] { background: #8e1f1f; color: #ffffff; }
QLabel[fieldError="true"] { color: #ff8a80; font-weight: bold; }
QLabel#adminHint { color: #8fa3ba; }
QLabel#adminTitle { font-size: 13pt; font-weight: bold; }
QLabel#yearSource { padding: 5px 10px; border-radius: 3px; font-weight: bold; }
QLabel#yearSource[source="library"] { background: #223044; color: #cfe3ff; }
QLabel#yearSource[source="entered"] { background: #1e5631; color: #ffffff; }
QLabel#yearSource[source="mixed"] { background: #1f4e89; color: #ffffff; }
QLabel#yearSource[source="missing"] { background: #8e1f1f; color: #ffffff; }
QSpinBox { background: #0f1720; border: 1px solid #34465e; border-radius: 3px; padding: 3px 5px; }
"""


def repolish(widget: QWidget) -> None:
    """Apply a changed dynamic property to the style."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Notice(PlainLabel):
    """One line of outcome: ok and info fade after a while, warnings and errors stay."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminNotice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = ""
        self._fade = QTimer(self, singleShot=True, interval=15_000)
        self._fade.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, level: str = "info", *, sticky: bool = False) -> None:
        """Show the text at a level: ok, info, warning, error (sticky: ok stays too)."""
        self.level = level
        self.setText(text)
        self.setProperty("level", level)
        repolish(self)
        self.show()
        if level in ("ok", "info") and not sticky:
            self._fade.start()
        else:
            self._fade.stop()

    def clear_notice(self) -> None:
        """Hide whatever was said."""
        self._fade.stop()
        self.level = ""
        self.setText("")
        self.hide()
