"""Paints a cell as a colored pill (red / yellow / green) with its text: the SLA badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# Fill and text colors chosen for contrast on both light and dark rows.
BADGE_COLORS: dict[str, tuple[QColor, QColor]] = {
    "red": (QColor("#d32f2f"), QColor("#ffffff")),
    "yellow": (QColor("#f9a825"), QColor("#1a1a1a")),
    "green": (QColor("#2e7d32"), QColor("#ffffff")),
}
NEUTRAL = (QColor("#5f6b7a"), QColor("#e8edf2"))


class BadgeDelegate(QStyledItemDelegate):
    """Reads the color name from `color_role` and draws the display text on a pill."""

    def __init__(self, color_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color_role = color_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Selection and row highlight first, then the pill on top.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
        color = index.data(self._color_role)
        fill, ink = BADGE_COLORS.get(color, NEUTRAL) if isinstance(color, str) else NEUTRAL
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
