"""Drawing cases, cameras and patrol tracks over the layers, straight from numpy arrays.

One paint draws the clusters of the current zoom level that are on screen (at most one a
cell, whatever the number of cases), never an item per case. Shapes follow the SLA palette
(widgets/sla_palette.py); a 特急 case is a diamond with a white edge, and a cluster holding
one carries a small diamond, so that it is told apart without relying on color.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF

from console.map.clusters import Clusters
from console.map.view import MapView
from widgets import sla_palette

RANK_COLORS = ("green", "yellow", "red")  # the store's color ranks 0, 1, 2
POINT_RADIUS = 6.0
URGENT_RADIUS = 8.5
CAMERA_MIN_ZOOM = 12.5  # cameras are drawn from this zoom on (a street's worth of them)


def _fill(rank: int) -> QColor:
    return QColor(sla_palette.FILL[RANK_COLORS[rank]] if 0 <= rank < 3 else sla_palette.NONE.fill)


FILLS = {rank: _fill(rank) for rank in (-1, 0, 1, 2)}
EDGE = QColor("#0d1117")
URGENT_EDGE = QColor("#ffffff")


def cluster_radius(count: int) -> float:
    """The radius of a cluster's disc, in pixels (grows with the log of its size)."""
    return POINT_RADIUS if count <= 1 else 10.0 + 4.0 * math.log10(count)


def diamond(center: QPointF, radius: float) -> QPolygonF:
    """A diamond around a point: the 特急 mark."""
    x, y = center.x(), center.y()
    return QPolygonF(
        [QPointF(x, y - radius), QPointF(x + radius, y), QPointF(x, y + radius),
         QPointF(x - radius, y)]
    )  # fmt: skip


def visible_clusters(clusters: Clusters, view: MapView) -> np.ndarray:
    """Indices of the clusters on screen (with a margin for their discs)."""
    x0, y0, x1, y1 = view.world_rect(margin_px=30)
    return clusters.within(x0, y0, x1, y1)


class Sprites:
    """Marker images drawn once and stamped many times: an antialiased disc costs tens of
    microseconds to draw, a small image a few."""

    def __init__(self) -> None:
        self._images: dict[tuple[int, bool, int], QImage] = {}

    def get(self, rank: int, urgent: bool, radius: int) -> QImage:
        """The marker of a color rank, 特急 or not, of a radius (0: a single case)."""
        key = (rank, urgent, radius)
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = _sprite(rank, urgent, radius)
        return image


def _sprite(rank: int, urgent: bool, radius: int) -> QImage:
    side = 2 * (radius or int(URGENT_RADIUS)) + 8
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    at = QPointF(side / 2, side / 2)
    fill = FILLS.get(rank, FILLS[-1])
    painter.setBrush(fill)
    if not radius:
        if urgent:
            painter.setPen(QPen(URGENT_EDGE, 2.0))
            painter.drawPolygon(diamond(at, URGENT_RADIUS))
        else:
            painter.setPen(QPen(EDGE, 1.2))
            painter.drawEllipse(at, POINT_RADIUS, POINT_RADIUS)
    else:
        painter.setPen(QPen(EDGE, 1.2))
        painter.drawEllipse(at, radius, radius)
        if urgent:
            painter.setPen(QPen(URGENT_EDGE, 1.6))
            painter.setBrush(FILLS[2])
            painter.drawPolygon(diamond(at + QPointF(radius * 0.75, -radius * 0.75), 5.0))
    painter.end()
    return image


SPRITES = Sprites()


def draw_clusters(painter: QPainter, view: MapView, clusters: Clusters, shown: np.ndarray) -> None:
    """Draw these clusters: single cases as dots (特急 as diamonds), groups as counted discs."""
    if not len(shown):
        return
    s, w2, h2 = view.scale, view.width / 2, view.height / 2
    sx = ((clusters.x[shown] - view.cx) * s + w2).tolist()
    sy = ((view.cy - clusters.y[shown]) * s + h2).tolist()
    counts = clusters.count[shown].tolist()
    colors = clusters.color[shown].tolist()
    urgent = clusters.urgent[shown].tolist()
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    font.setBold(True)
    painter.setFont(font)
    texts = {rank: QColor(sla_palette.tone(RANK_COLORS[rank] if rank >= 0 else "").text)
             for rank in (-1, 0, 1, 2)}  # fmt: skip
    # Worst last, so that red is on top where discs overlap.
    for k in sorted(range(len(counts)), key=lambda k: (colors[k], urgent[k])):
        count, rank = counts[k], colors[k]
        radius = 0 if count == 1 else int(cluster_radius(count))
        sprite = SPRITES.get(rank, urgent[k], radius)
        half = sprite.width() / 2
        painter.drawImage(QPointF(sx[k] - half, sy[k] - half), sprite)
        if count > 1:
            painter.setPen(texts.get(rank, texts[-1]))
            text = str(count) if count < 10_000 else f"{count // 1000}k"
            painter.drawText(QRectF(sx[k] - radius, sy[k] - radius, 2 * radius, 2 * radius),
                             Qt.AlignmentFlag.AlignCenter, text)  # fmt: skip


def draw_rings(painter: QPainter, view: MapView, xs: np.ndarray, ys: np.ndarray, color: str,
               radius: float, width: float) -> None:  # fmt: skip
    """Rings around metre points (the selected case, the marked ones)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(color), width))
    s, w2, h2 = view.scale, view.width / 2, view.height / 2
    for x, y in zip(((xs - view.cx) * s + w2).tolist(), ((view.cy - ys) * s + h2).tolist(),
                    strict=True):  # fmt: skip
        painter.drawEllipse(QPointF(x, y), radius, radius)


def camera_glyph(painter: QPainter, at: QPointF, online: bool) -> None:
    """A camera: a small body with a lens and a hood (grey when in repair)."""
    body = QColor("#2b6cb0" if online else "#6b7280")
    painter.setPen(QPen(QColor("#e6edf3"), 1.2))
    painter.setBrush(body)
    painter.drawRoundedRect(QRectF(at.x() - 7, at.y() - 5, 11, 10), 2, 2)
    hood = QPainterPath()
    hood.moveTo(at.x() + 4, at.y() - 2)
    hood.lineTo(at.x() + 8, at.y() - 5)
    hood.lineTo(at.x() + 8, at.y() + 5)
    hood.lineTo(at.x() + 4, at.y() + 2)
    hood.closeSubpath()
    painter.drawPath(hood)
    painter.setBrush(QColor("#e6edf3"))
    painter.drawEllipse(at + QPointF(-1.5, 0), 2.2, 2.2)
