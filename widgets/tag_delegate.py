"""Paints a cell's text as a tag when its kind asks for one: a filled pill that is seen at a
glance (特急), an outlined one (紧急); other cells are painted as usual."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from widgets.pill import PillLook, draw_pill

URGENCY_TAGS = {
    "emergency": PillLook(
        ink=QColor("#ffffff"), fill=QColor("#d50000"), edge=QColor("#ff1744"), edge_width=1.5
    ),
    "urgent": PillLook(ink=QColor("#ffb74d"), edge=QColor("#ff9800"), edge_width=1.5),
}
_TAG_RADIUS = 6.0
TAG_INSET = (5, 4)  # the tag's margin in its cell: left and right, top and bottom


def tag_looks(looks: dict[str, PillLook]) -> dict[str, PillLook]:
    """The looks as tags: corners of a tag's radius unless a look says otherwise."""
    return {
        kind: PillLook(look.ink, look.fill, look.edge, look.edge_width, _TAG_RADIUS)
        if look.max_radius is None
        else look
        for kind, look in looks.items()
    }


class TagDelegate(QStyledItemDelegate):
    """Reads the kind from `kind_role`; kinds without a look are painted as plain cells."""

    def __init__(
        self, kind_role: int, looks: dict[str, PillLook], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind_role = kind_role
        self._looks = tag_looks(looks)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        look = self._looks.get(str(index.data(self._kind_role)))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if look is None or not text:
            super().paint(painter, option, index)
            return
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget_style = option.widget.style() if option.widget else None
        if widget_style is not None:
            widget_style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
        x, y = TAG_INSET
        draw_pill(painter, QRectF(option.rect).adjusted(x, y, -x, -y), text, look, option.font)
