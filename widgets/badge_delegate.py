"""Paints a cell as a colored pill (red / yellow / green) with its text: the SLA badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from widgets import sla_palette
from widgets.pill import PillLook, draw_pill

# The palette's fill and text (contrast ≥ 4.5), made once: the badge is painted on every row.
BADGE_COLORS: dict[str, tuple[QColor, QColor]] = {
    name: (QColor(tone.fill), QColor(tone.text)) for name, tone in sla_palette.TONES.items()
}
NEUTRAL = (QColor(sla_palette.NONE.fill), QColor(sla_palette.NONE.text))
_LOOKS = {name: PillLook(ink=ink, fill=fill) for name, (fill, ink) in BADGE_COLORS.items()}
_NEUTRAL_LOOK = PillLook(ink=NEUTRAL[1], fill=NEUTRAL[0])
BADGE_INSET = (4, 3)  # the pill's margin in its cell: left and right, top and bottom


def badge_look(color: object) -> PillLook:
    """The pill of a color name (red, yellow, green); anything else: the neutral one."""
    return _LOOKS.get(color, _NEUTRAL_LOOK) if isinstance(color, str) else _NEUTRAL_LOOK


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
        text, background.text = background.text, ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
        x, y = BADGE_INSET
        rect = QRectF(option.rect).adjusted(x, y, -x, -y)
        draw_pill(painter, rect, text, badge_look(index.data(self._color_role)), option.font)
