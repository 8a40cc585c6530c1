"""Horizontal bars painted in large type: a name, its bar and its count, the largest first."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.wall.scale import WallScale

NAME_SHARE = 0.36  # of the width, for the names
TEXT = QColor("#e3e9f0")
TRACK = QColor("#16212e")


class BarList(QWidget):
    """As many rows as fit the height; the rest is summed up in the last line."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.color = QColor(color)
        self.rows: list[tuple[str, int]] = []
        self.empty_text = ""
        self.more_text = "+%1"  # "%1 more": set translated by the owner
        self.scale = WallScale(1080)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        """(name, count) pairs; shown largest first."""
        self.rows = sorted(rows, key=lambda r: (-r[1], r[0]))
        self.update()

    def apply_scale(self, scale: WallScale) -> None:
        """Type and row height for this screen."""
        self.scale = scale
        self.update()

    def fitting(self) -> int:
        """How many rows the height holds."""
        return max(1, self.height() // self.scale.row)

    def shown(self) -> list[tuple[str, int]]:
        """The rows painted (one fewer than fit when the rest needs its summary line)."""
        fit = self.fitting()
        return self.rows if len(self.rows) <= fit else self.rows[: max(1, fit - 1)]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(self.scale.body)
        font.setBold(True)
        painter.setFont(font)
        row_h = self.scale.row
        width = self.width()
        if not self.rows:
            painter.setPen(QColor("#9fb0c4"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        name_w = round(width * NAME_SHARE)
        count_w = painter.fontMetrics().horizontalAdvance("0000") + self.scale.margin
        bar_w = max(1, width - name_w - count_w - 2 * self.scale.margin)
        top_value = max(1, max(n for _name, n in self.rows))
        shown = self.shown()
        for i, (name, count) in enumerate(shown):
            y = i * row_h
            text_rect = QRect(0, y, name_w, row_h)
            painter.setPen(TEXT)
            elided = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, name_w)
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(text_rect, align, elided)
            x0 = name_w + self.scale.margin
            bar_h = round(row_h * 0.62)
            bar_y = y + (row_h - bar_h) // 2
            painter.fillRect(QRect(x0, bar_y, bar_w, bar_h), TRACK)
            painter.fillRect(QRect(x0, bar_y, round(bar_w * count / top_value), bar_h), self.color)
            painter.setPen(self.color.lighter(135))
            count_rect = QRect(width - count_w, y, count_w, row_h)
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(count_rect, right, str(count))
        rest = self.rows[len(shown) :]
        if rest and len(shown) < self.fitting():
            painter.setPen(QColor("#9fb0c4"))
            y = len(shown) * row_h
            text = self.more_text.replace("%1", str(len(rest)))
            text = text.replace("%2", str(sum(n for _name, n in rest)))
            align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(QRect(0, y, width, row_h), align, text)
        painter.end()
