"""Paints a cell's text as a tag when its kind asks for one: a filled pill that is seen at a
glance (特急), an outlined one (紧急); other cells are painted as usual."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


@dataclass(frozen=True)
class TagStyle:
    """How one kind of tag looks: its fill (None: outlined only), its ink and its edge."""

    ink: QColor
    edge: QColor
    fill: QColor | None = None


URGENCY_TAGS = {
    "emergency": TagStyle(QColor("#ffffff"), QColor("#ff1744"), QColor("#d50000")),
    "urgent": TagStyle(QColor("#ffb74d"), QColor("#ff9800")),
}


class TagDelegate(QStyledItemDelegate):
    """Reads the kind from `kind_role`; kinds without a style are painted as plain cells."""

    def __init__(
        self, kind_role: int, styles: dict[str, TagStyle], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind_role = kind_role
        self._styles = styles

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style = self._styles.get(str(index.data(self._kind_role)))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if style is None or not text:
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
        rect = QRectF(option.rect).adjusted(5, 4, -5, -4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.edge, 1.5))
        painter.setBrush(style.fill if style.fill is not None else Qt.BrushStyle.NoBrush)
        radius = min(6.0, rect.height() / 2)
        painter.drawRoundedRect(rect, radius, radius)
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(style.ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
