"""Where the map looks: centre (Web Mercator metres), zoom level, size; screen ↔ metres.

Screen y grows downwards, map y upwards: `transform()` is the painter's transform that draws
metre coordinates at their screen place. No widgets here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from console.map.projection import scale_of_zoom

MIN_ZOOM = 8.0
MAX_ZOOM = 20.0
HOME = (120.8644, 32.0108)  # 崇川区's centre: where the map starts before its layers arrive
HOME_ZOOM = 12.5


@dataclass
class MapView:
    """The visible part of the map."""

    cx: float = 0.0
    cy: float = 0.0
    zoom: float = 12.0
    width: int = 1
    height: int = 1

    @property
    def scale(self) -> float:
        """Screen pixels per metre."""
        return scale_of_zoom(self.zoom)

    @property
    def level(self) -> int:
        """The whole zoom level whose clusters and tiles are drawn."""
        return int(round(self.zoom))

    def transform(self) -> QTransform:
        """Metres → screen pixels."""
        s = self.scale
        t = QTransform()
        t.translate(self.width / 2, self.height / 2)
        t.scale(s, -s)
        t.translate(-self.cx, -self.cy)
        return t

    def to_screen(self, x: float, y: float) -> QPointF:
        """The screen point of a metre point."""
        s = self.scale
        return QPointF((x - self.cx) * s + self.width / 2, (self.cy - y) * s + self.height / 2)

    def to_world(self, px: float, py: float) -> tuple[float, float]:
        """The metre point under a screen point."""
        s = self.scale
        return self.cx + (px - self.width / 2) / s, self.cy - (py - self.height / 2) / s

    def world_rect(self, margin_px: float = 0.0) -> tuple[float, float, float, float]:
        """The metre rectangle on screen (x0, y0, x1, y1), widened by a margin in pixels."""
        s = self.scale
        half_w = (self.width / 2 + margin_px) / s
        half_h = (self.height / 2 + margin_px) / s
        return self.cx - half_w, self.cy - half_h, self.cx + half_w, self.cy + half_h

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map by screen pixels (the content follows the mouse)."""
        s = self.scale
        self.cx -= dx / s
        self.cy += dy / s

    def zoom_at(self, zoom: float, px: float, py: float) -> None:
        """Change the zoom keeping the metre point under (px, py) where it is."""
        x, y = self.to_world(px, py)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        s = self.scale
        self.cx = x - (px - self.width / 2) / s
        self.cy = y + (py - self.height / 2) / s

    def fit(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Show the metre rectangle whole, centred."""
        self.cx, self.cy = (x0 + x1) / 2, (y0 + y1) / 2
        span_x, span_y = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
        fit_scale = min(self.width / span_x, self.height / span_y) * 0.9
        base = scale_of_zoom(0)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, math.log2(max(fit_scale / base, 1e-9))))

    def screen_rect(self) -> QRectF:
        """The widget's rectangle."""
        return QRectF(0, 0, self.width, self.height)
