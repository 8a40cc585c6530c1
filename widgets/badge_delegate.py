"""Paints a cell as a colored pill (red / yellow / green) with its text: the SLA badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from widgets import sla_palette

# The palette's fill and text (contrast ≥ 4.5), made once: the badge is painted on every row.
BADGE_COLORS: dict[str, tuple[QColor, QColor]] = {
    name: (QColor(tone.fill), QColor(tone.text)) for name, tone in sla_palette.TONES.items()
}
NEUTRAL = (QColor(sla_palette.NONE.fill), QColor(sla_palette.NONE.text))


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
