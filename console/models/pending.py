"""How a row with actions waiting in the outbox looks: ⏳ in its state, italic, grey, a tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

MARK = "⏳ "
ROLES = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole)
_INK = QColor(150, 165, 185)
_FONT: list[QFont] = []  # made on first use: a QFont needs the application


def pending_data(role: int) -> Any:
    """The font, color or tooltip of a pending row."""
    if role == Qt.ItemDataRole.FontRole:
        if not _FONT:
            font = QFont()
            font.setItalic(True)
            _FONT.append(font)
        return _FONT[0]
    if role == Qt.ItemDataRole.ForegroundRole:
        return _INK
    return QCoreApplication.translate(
        "CaseTableModel", "Not yet synchronized: an action taken here waits to be sent"
    )
