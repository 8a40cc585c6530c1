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
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

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
    microseconds to draw, a small image one or two; so do the clusters' counts (a text
    laid out and drawn costs several microseconds, and a screen may hold 1,800 of them)."""

    def __init__(self) -> None:
        self.images: dict[tuple[int, bool, int], QImage] = {}  # (rank, 特急, radius) → image
        self._labels: dict[tuple[int, str], tuple[QImage, int, int]] = {}
        self._font_key = ("", 1.0)  # the labels' font and device pixel ratio

    def get(self, rank: int, urgent: bool, radius: int) -> QImage:
        """The marker of a color rank, 特急 or not, of a radius (0: a single case)."""
        key = (rank, urgent, radius)
        image = self.images.get(key)
        if image is None:
            image = self.images[key] = _sprite(rank, urgent, radius)
        return image

    def labels(self, font: QFont, ratio: float) -> dict[tuple[int, str], tuple[QImage, int, int]]:
        """The count labels made so far in this font and device pixel ratio: (rank, text) →
        (image, half width, half height); emptied when either changes or they grow many."""
        key = (font.key(), ratio)
        if key != self._font_key or len(self._labels) > MAX_LABELS:
            self._labels.clear()
            self._font_key = key
        return self._labels

    def add_label(self, font: QFont, rank: int, text: str) -> tuple[QImage, int, int]:
        """Make a count's label (the text in its rank's tone, on a transparent image)."""
        metrics = QFontMetrics(font)
        width, height = metrics.horizontalAdvance(text) + 2, metrics.height()
        ratio = self._font_key[1]  # sharp on a high-density screen too
        image = QImage(
            math.ceil(width * ratio), math.ceil(height * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )  # fmt: skip
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(TEXTS.get(rank, TEXTS[-1]))
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        made = self._labels[(rank, text)] = (image, width // 2, height // 2)
        return made


MAX_LABELS = 1000  # count labels kept (each 0.5-2 kB; the benchmark's zoom 11-17 used 522)


def _tone(rank: int) -> QColor:
    return QColor(sla_palette.tone(RANK_COLORS[rank] if rank >= 0 else "").text)


TEXTS = {rank: _tone(rank) for rank in (-1, 0, 1, 2)}


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
    """Draw these clusters: single cases as dots (特急 as diamonds), groups as counted discs.

    Everything per cluster that numpy can do is done over all of them first; the loop only
    stamps images (a screen at a district zoom holds up to ~1,800 clusters)."""
    if not len(shown):
        return
    counts = clusters.count[shown]
    colors = clusters.color[shown]
    urgent = clusters.urgent[shown]
    order = np.lexsort((urgent, colors))  # worst last: red is on top where discs overlap
    counts, colors, urgent = counts[order], colors[order], urgent[order]
    picked = shown[order]
    s, w2, h2 = view.scale, view.width / 2, view.height / 2
    sx = np.rint((clusters.x[picked] - view.cx) * s + w2).astype(np.int64)
    sy = np.rint((view.cy - clusters.y[picked]) * s + h2).astype(np.int64)
    radius = np.where(
        counts > 1, (10.0 + 4.0 * np.log10(np.maximum(counts, 1))).astype(np.int64), 0
    )  # cluster_radius, truncated as the sprites are made
    half = np.where(radius > 0, radius, int(URGENT_RADIUS)) + 4  # half a sprite's side
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    font.setBold(True)
    sprites = SPRITES
    labels = sprites.labels(font, painter.device().devicePixelRatioF())
    images = sprites.images  # the loop asks the dict itself: a call less per cluster
    draw = painter.drawImage
    for x, y, h, rank, urg, rad, count in zip(
        sx.tolist(), sy.tolist(), half.tolist(), colors.tolist(), urgent.tolist(),
        radius.tolist(), counts.tolist(), strict=True,
    ):  # fmt: skip
        sprite = images.get((rank, urg, rad)) or sprites.get(rank, urg, rad)
        draw(x - h, y - h, sprite)
        if count > 1:
            text = str(count) if count < 10_000 else f"{count // 1000}k"
            label = labels.get((rank, text)) or sprites.add_label(font, rank, text)
            draw(x - label[1], y - label[2], label[0])


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
