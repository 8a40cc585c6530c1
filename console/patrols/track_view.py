"""A patrol's track as a line, scaled to its own bounding box: where the patroller walked,
where the walk started (green) and ended (red), without needing the map's tiles."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN = 14.0
LINE = QColor("#4fc3f7")
START = QColor("#66bb6a")
END = QColor("#ef5350")


def track_points(track: list[Any]) -> list[tuple[float, float]]:
    """(x, y) in metres east and north of the track's first point (a local flat projection:
    a patrol spans a few kilometres at most); points without numbers are skipped."""
    points: list[tuple[float, float]] = []
    for point in track:
        try:
            lat, lon = float(point[0]), float(point[1])
        except (TypeError, ValueError, IndexError):
            continue
        if math.isfinite(lat) and math.isfinite(lon):
            points.append((lat, lon))
    if not points:
        return []
    lat0, lon0 = points[0]
    east = 111_320.0 * math.cos(math.radians(lat0))
    return [((lon - lon0) * east, (lat - lat0) * 110_540.0) for lat, lon in points]


def fitted(points: list[tuple[float, float]], box: QRectF) -> list[QPointF]:
    """The points scaled into the box, one scale for both axes (shapes keep their form),
    north up, centred."""
    if not points:
        return []
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    scale = min(
        box.width() / width if width > 0 else math.inf,
        box.height() / height if height > 0 else math.inf,
    )
    if not math.isfinite(scale):
        scale = 1.0  # one place only: a dot in the middle
    left = box.center().x() - width * scale / 2
    top = box.center().y() + height * scale / 2
    return [QPointF(left + (x - min(xs)) * scale, top - (y - min(ys)) * scale) for x, y in points]


class TrackView(QWidget):
    """Draws one patrol's track; an empty track says so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrolTrack")
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._points: list[tuple[float, float]] = []
        self.length_text = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 220)

    def set_track(self, track: list[Any], length_text: str = "") -> None:
        """Show this track ([[lat, lon, time], …])."""
        self._points = track_points(track)
        self.length_text = length_text
        self.update()

    def point_count(self) -> int:
        """How many points are drawn."""
        return len(self._points)

    def screen_points(self) -> list[QPointF]:
        """Where the points are drawn, in widget coordinates."""
        box = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN - 14)
        return fitted(self._points, box)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#1b2530"))
        shown = self.screen_points()
        if not shown:
            painter.setPen(QColor("#9aa5b1"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No track recorded")
            )
            return
        line = QPen(LINE, 2.5)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(line)
        painter.drawPolyline(shown)
        for point, color in ((shown[0], START), (shown[-1], END)):
            painter.setPen(QPen(QColor("#10161c"), 1.5))
            painter.setBrush(color)
            painter.drawEllipse(point, 5.0, 5.0)
        if self.length_text:
            painter.setPen(QColor("#cfd8dc"))
            painter.drawText(
                QRectF(self.rect()).adjusted(8, 0, -8, -4),
                int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight),
                self.length_text,
            )
        painter.end()
