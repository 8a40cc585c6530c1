"""Drawing the vector layers: outlines, river segments in their patrol colors, the heat fill.

Layers are drawn into a cached image (`LayerImage`) at one zoom and centre, on a worker
thread (a QImage and its QPainter may live on any thread; the paths are only read): panning
moves the image and zooming scales it until the new one arrives, so no frame waits for
5,000 polygons. Thin outlines are drawn without antialiasing, which costs the most.
Features too small to see at the zoom (under MIN_PX on screen) are skipped: at the
district's scale 5,000 grids are specks, and the streets' outlines say what they would.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen, QTransform

from console.map.layers import VectorLayer
from console.map.view import MapView
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

MIN_PX = 3.0  # features smaller than this on screen are not drawn
LABEL_PX = 70.0  # features this wide on screen get their name written
MARGIN_PX = 256  # the cached image reaches this far beyond the screen
SMOOTH_WIDTH = 1.5  # lines at least this wide are antialiased


@dataclass(frozen=True)
class LayerStyle:
    """How a layer looks: outline, fill, line width (cosmetic pixels)."""

    line: str
    width: float
    fill: str = ""
    label: str = ""  # the text color of names; none: no names


STYLES = {
    "streets": LayerStyle(line="#9fb6d4", width=2.2, fill="#16324f30", label="#d7e3f1"),
    "grids": LayerStyle(line="#52657c", width=0.8, label="#8ea2b8"),
    "rivers": LayerStyle(line="#3d8fd6", width=3.0, label="#7fb8ea"),
    "pois": LayerStyle(line="#c9b26b", width=1.0, fill="#c9b26b", label="#c9b26b"),
}
DEFAULT_STYLE = LayerStyle(line="#8899aa", width=1.0)
ORDER = ("streets", "grids", "rivers", "pois")  # bottom to top


@dataclass
class LayerPaint:
    """What the layers show beyond their style: colors by feature (patrols), the heat."""

    line_colors: dict[str, dict[int, QColor]] = field(default_factory=dict)
    fills: dict[str, dict[int, QColor]] = field(default_factory=dict)


def draw_layers(
    painter: QPainter, view: MapView, layers: list[VectorLayer], paint: LayerPaint
) -> None:
    """Draw the layers (bottom first) in the view, metres through the view's transform."""
    x0, y0, x1, y1 = view.world_rect()
    scale = view.scale
    transform = view.transform()
    labels: list[tuple[QPointF, str, str]] = []
    for layer in sorted(layers, key=lambda lyr: _rank(lyr.info.name)):
        style = STYLES.get(layer.info.name, DEFAULT_STYLE)
        shown = layer.visible(x0, y0, x1, y1)
        if not len(shown):
            continue
        b = layer.bounds[shown]
        size_px = ((b[:, 2] - b[:, 0]) + (b[:, 3] - b[:, 1])) * scale
        big = size_px >= MIN_PX if layer.info.kind != "point" else size_px >= 0
        shown, size_px = shown[big], size_px[big]
        fills = paint.fills.get(layer.info.name, {})
        colors = paint.line_colors.get(layer.info.name, {})
        painter.setTransform(transform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, style.width >= SMOOTH_WIDTH)
        pen = QPen(QColor(style.line), style.width)
        pen.setCosmetic(True)
        base_brush = QBrush(QColor(style.fill)) if style.fill else QBrush(Qt.BrushStyle.NoBrush)
        if layer.info.kind == "point":
            _draw_points(painter, view, layer, shown.tolist(), style)
        else:
            for i in shown.tolist():
                fill = fills.get(i)
                line = colors.get(i)
                if line is not None:
                    special = QPen(line, style.width)
                    special.setCosmetic(True)
                    painter.setPen(special)
                else:
                    painter.setPen(pen)
                if layer.info.kind == "polygon":
                    painter.setBrush(QBrush(fill) if fill is not None else base_brush)
                else:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(layer.paths[i])
        if style.label:
            for i, px in zip(shown.tolist(), size_px.tolist(), strict=True):
                if px >= LABEL_PX or (layer.info.kind == "point" and view.zoom >= 15):
                    name = str(layer.properties[i].get("name") or "")
                    if name:
                        cx, cy = layer.centers[i]
                        labels.append((view.to_screen(float(cx), float(cy)), name, style.label))
    painter.setTransform(QTransform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _draw_labels(painter, labels)


def _rank(name: str) -> int:
    return ORDER.index(name) if name in ORDER else len(ORDER)


def _draw_points(
    painter: QPainter, view: MapView, layer: VectorLayer, shown: list[int], style: LayerStyle
) -> None:
    painter.setTransform(QTransform())
    painter.setPen(QPen(QColor("#1b1f24"), 1))
    painter.setBrush(QColor(style.fill or style.line))
    for i in shown:
        cx, cy = layer.centers[i]
        at = view.to_screen(float(cx), float(cy))
        painter.drawRect(QRectF(at.x() - 3.5, at.y() - 3.5, 7, 7))


def _draw_labels(painter: QPainter, labels: list[tuple[QPointF, str, str]]) -> None:
    if not labels:
        return
    font = QFont(painter.font())
    font.setPointSizeF(9)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    taken: list[QRectF] = []
    for at, text, color in labels:
        width = metrics.horizontalAdvance(text)
        box = QRectF(at.x() - width / 2, at.y() - metrics.height() / 2, width, metrics.height())
        if any(box.intersects(other) for other in taken):
            continue  # names never overlap: the first (lower layer, larger) wins
        taken.append(box)
        painter.setPen(QColor("#0d1117"))
        painter.drawText(box.translated(1, 1), Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QColor(color))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def render_image(
    view: MapView, layers: list[VectorLayer], paint: LayerPaint, ratio: float
) -> QImage:
    """The layers drawn around this view (screen plus margin), on any thread."""
    image = QImage(
        int(view.width * ratio), int(view.height * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    draw_layers(painter, view, layers, paint)
    painter.end()
    return image


def _nothing() -> None:
    return None


class LayerImage:
    """The layers drawn at a zoom and centre, reused while the view pans or zooms; a new one
    is drawn on a worker when the screen leaves it (one at a time, the latest view wins)."""

    def __init__(self, runner: TaskRunner) -> None:
        self._runner = runner
        self.image: QImage | None = None
        self.view: MapView | None = None  # where it was drawn (its size includes the margin)
        self.stale = True
        self.rendering = False
        # Called on the GUI thread when a new image arrived (the canvas repaints).
        self.ready: Callable[[], object] = _nothing
        self._generation = 0

    def invalidate(self) -> None:
        """The layers or their colors changed: draw again."""
        self.stale = True
        self._generation += 1

    def covers(self, view: MapView) -> bool:
        """Whether the image holds the whole screen at this view's zoom."""
        drawn = self.view
        if self.image is None or drawn is None or self.stale or drawn.zoom != view.zoom:
            return False
        x0, y0, x1, y1 = view.world_rect()
        a0, b0, a1, b1 = drawn.world_rect()
        return a0 <= x0 and b0 <= y0 and x1 <= a1 and y1 <= b1

    def request(
        self, view: MapView, layers: list[VectorLayer], paint: LayerPaint, ratio: float
    ) -> None:
        """Draw the layers around this view in the background, unless a drawing is under way
        (the paint after it arrives asks again if the screen has moved on)."""
        if self.rendering:
            return
        self.rendering = True
        target = MapView(
            view.cx, view.cy, view.zoom, view.width + 2 * MARGIN_PX, view.height + 2 * MARGIN_PX
        )
        generation = self._generation
        self._runner.run(
            lambda: render_image(target, list(layers), paint, ratio),
            lambda image: self._on_rendered(image, target, generation),
            on_error=self._on_render_failed,
            what="",
        )

    def render_now(
        self, view: MapView, layers: list[VectorLayer], paint: LayerPaint, ratio: float
    ) -> None:
        """Draw at once, on this thread (screenshots, tests); a drawing that arrives later is
        taken as stale."""
        self._generation += 1
        target = MapView(
            view.cx, view.cy, view.zoom, view.width + 2 * MARGIN_PX, view.height + 2 * MARGIN_PX
        )
        self.image = render_image(target, layers, paint, ratio)
        self.view, self.stale = target, False

    def _on_rendered(self, image: QImage, view: MapView, generation: int) -> None:
        self.rendering = False
        self.image, self.view = image, view
        self.stale = generation != self._generation  # changed meanwhile: draw once more
        self.ready()

    def _on_render_failed(self, exc: object) -> None:
        self.rendering = False
        log.warning("drawing the map layers failed: %s", exc)

    def draw(self, painter: QPainter, view: MapView) -> bool:
        """Draw the image where it belongs in this view (scaled if the zoom differs)."""
        drawn, image = self.view, self.image
        if drawn is None or image is None:
            return False
        factor = view.scale / drawn.scale
        top_left = view.to_screen(*drawn.to_world(0, 0))
        target = QRectF(top_left.x(), top_left.y(), drawn.width * factor, drawn.height * factor)
        painter.drawImage(target, image)
        return True
