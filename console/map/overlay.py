"""What the canvas draws around the cases: basemap tiles, patrol tracks, the call's point,
the schematic badge, the scale bar and the basemap's attribution. Plain functions of a
painter and a view; the canvas calls them in its paint."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from console.map.projection import point_lonlat, tile_origin, tile_span, tiles_covering
from console.map.tiles import TileCache
from console.map.view import MapView

TRACK = "#7ee0c3"
CALL_POINT = "#ff4081"
BADGE_TEXT = "#f9c74f"


def draw_tiles(painter: QPainter, view: MapView, tiles: TileCache, low: int, high: int) -> None:
    """The basemap tiles of the view's level (within the package's zooms) that are at hand;
    the others are asked for and drawn when they arrive."""
    z = max(low, min(high, view.level))
    keys = [(z, tx, ty) for tx, ty in tiles_covering(z, *view.world_rect())]
    tiles.want(keys)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    side = tile_span(z) * view.scale
    for key in keys:
        image = tiles.get(key)
        if image is None or image.isNull():
            continue
        at = view.to_screen(*tile_origin(*key))
        painter.drawImage(QRectF(at.x(), at.y(), side, side), image)


def draw_tracks(painter: QPainter, view: MapView, tracks: list[QPainterPath]) -> None:
    """Patrol tracks as dashed lines."""
    painter.save()
    painter.setTransform(view.transform())
    pen = QPen(QColor(TRACK), 2.2, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for path in tracks:
        painter.drawPath(path)
    painter.restore()


def draw_call_point(painter: QPainter, at: QPointF) -> None:
    """The point of the call being taken: a crosshair."""
    painter.setPen(QPen(QColor(CALL_POINT), 2.5))
    painter.drawLine(at + QPointF(-12, 0), at + QPointF(12, 0))
    painter.drawLine(at + QPointF(0, -12), at + QPointF(0, 12))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(at, 7, 7)


def draw_badge(painter: QPainter, text: str) -> None:
    """The schematic label (示意) in the top left corner."""
    metrics = painter.fontMetrics()
    box = QRect(10, 10, metrics.horizontalAdvance(text) + 16, metrics.height() + 8)
    painter.fillRect(box, QColor(20, 28, 38, 220))
    painter.setPen(QColor(BADGE_TEXT))
    painter.setBrush(Qt.BrushStyle.NoBrush)  # the markers' last fill must not cover it
    painter.drawRect(box)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def draw_attribution(painter: QPainter, view: MapView, text: str) -> None:
    """The basemap's source, bottom right."""
    painter.setPen(QColor("#8b98a8"))
    painter.drawText(QRect(0, view.height - 18, view.width - 8, 16),
                     Qt.AlignmentFlag.AlignRight, text)  # fmt: skip


def scale_bar(view: MapView, longest_px: float = 100) -> tuple[float, float]:
    """A round ground distance (metres) that fits in `longest_px`, and its length in pixels.
    Mercator stretches distances by 1/cos(latitude): the bar measures metres on the ground."""
    _lon, lat = point_lonlat(view.cx, view.cy)
    ground = math.cos(math.radians(lat)) / view.scale  # metres per pixel
    target = longest_px * ground
    step = 10 ** math.floor(math.log10(target))
    metres = max(m * step for m in (1, 2, 5) if m * step <= target)
    return metres, metres / ground


def draw_scale_bar(painter: QPainter, view: MapView) -> None:
    """The scale bar, bottom left."""
    metres, px = scale_bar(view)
    x, y = 12, view.height - 14
    painter.setPen(QPen(QColor("#e6edf3"), 2))
    painter.drawLine(x, y, int(x + px), y)
    painter.drawLine(x, y - 4, x, y)
    painter.drawLine(int(x + px), y - 4, int(x + px), y)
    text = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
    painter.drawText(x + 4, y - 5, text)
