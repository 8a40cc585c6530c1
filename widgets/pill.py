"""A rounded pill with centred bold text (the SLA badge, the urgency tag), drawn once per
look and then copied: a queue repaints the same few dozen pills many times a second while
the feed runs, and drawing each one anew (antialiased path, font, text layout: ~0.3 ms in
Python) was a third of a paint.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

__all__ = ["PillLook", "draw_pill"]

CACHED = 512  # pills kept: a screenful of countdowns changes every minute, a few hundred
_cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()


@dataclass(frozen=True)
class PillLook:
    """How a pill looks: its fill (None: outlined), its ink, its edge and its corner."""

    ink: QColor
    fill: QColor | None = None
    edge: QColor | None = None
    edge_width: float = 0.0
    max_radius: float | None = None  # None: fully round ends


def draw_pill(painter: QPainter, rect: QRectF, text: str, look: PillLook, font: QFont) -> None:
    """Draw the pill filling `rect` (in the painter's coordinates) with `text` on it."""
    width, height = round(rect.width()), round(rect.height())
    if width <= 0 or height <= 0:
        return
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    colors = (_rgba(look.ink), _rgba(look.fill), _rgba(look.edge))
    key = (width, height, ratio, text, *colors, look.edge_width, look.max_radius, font.key())
    pixmap = _cache.get(key)
    if pixmap is None:
        pixmap = _render(width, height, ratio, text, look, font)
        _cache[key] = pixmap
        if len(_cache) > CACHED:
            _cache.popitem(last=False)
    else:
        _cache.move_to_end(key)
    painter.drawPixmap(round(rect.x()), round(rect.y()), pixmap)


def cached_pills() -> int:
    """How many pills are kept (for tests)."""
    return len(_cache)


def _render(
    width: int, height: int, ratio: float, text: str, look: PillLook, font: QFont
) -> QPixmap:
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = look.edge_width / 2
    shape = QRectF(inset, inset, width - 2 * inset, height - 2 * inset)
    radius = shape.height() / 2
    if look.max_radius is not None:
        radius = min(look.max_radius, radius)
    if look.edge is not None and look.edge_width > 0:
        painter.setPen(QPen(look.edge, look.edge_width))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(look.fill if look.fill is not None else Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(shape, radius, radius)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(look.ink)
    painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def _rgba(color: QColor | None) -> int | None:
    return None if color is None else color.rgba()
