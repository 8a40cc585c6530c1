"""The map's drawing surface: one widget painting layers, tiles, cases and cameras itself.

Not a QGraphicsScene of items: 100,000 cases would be 100,000 items to index and sort.
Everything is drawn from arrays in one paint, in this order: basemap tiles, the cached layer
image, patrol tracks, cameras, case clusters, the selection, the schematic badge and the
scale bar. Mouse: drag pans, the wheel zooms about the pointer, Shift+drag (or the pane's
area tool) draws a rubber band that marks the cases inside; keys: arrows pan, +/- zoom,
Home shows the whole district.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QRubberBand, QWidget

from console.map import hits, markers, overlay
from console.map.cluster_book import ClusterBook
from console.map.clusters import Points
from console.map.layers import VectorLayer
from console.map.projection import point_lonlat
from console.map.render import LayerImage, LayerPaint
from console.map.tiles import TileCache
from console.map.view import MAX_ZOOM, MIN_ZOOM, MapView
from console.tasks import TaskRunner

PAN_STEP = 0.25  # an arrow key moves the map by this share of the screen
CLICK_SLOP = 4  # a press and release this close (pixels) are a click, not a drag
# While the officer zooms, the layer image of the last zoom is drawn scaled; the layers are
# drawn anew at the new zoom once no zoom step came for this long (not once per wheel notch).
ZOOM_REST_MS = 150


class MapCanvas(QWidget):
    """Draws the map and turns the officer's mouse and keys into intents."""

    case_clicked = Signal(int)  # a single case's marker
    case_activated = Signal(int)  # double click on a case: open it
    camera_clicked = Signal(object)  # the camera's JSON
    cases_marked = Signal(object)  # rubber band: a list of case ids
    point_picked = Signal(float, float)  # in pick mode: lon, lat (WGS-84)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumSize(QSize(200, 150))
        self.view = MapView()
        self.layers: dict[str, VectorLayer] = {}
        self.hidden: set[str] = set()
        self.paint = LayerPaint()
        self._render_runner = TaskRunner(self, readers=1)  # draws the layers off the GUI thread
        self.layer_image = LayerImage(self._render_runner)
        self.layer_image.ready = self.update
        self.clusters = ClusterBook()
        self._zoom_rest = QTimer(self, singleShot=True, interval=ZOOM_REST_MS)
        self._zoom_rest.timeout.connect(self.update)
        self._last_zoom = self.view.zoom
        # Between frames, the clusters of the levels next to the one drawn are summed ahead,
        # one level a turn of the event loop: a zoom step finds its level ready.
        self._ahead = QTimer(self, singleShot=True, interval=0)
        self._ahead.timeout.connect(self._sum_ahead)
        self.tiles: TileCache | None = None
        self.tile_zooms = (0, -1)  # the basemap's min and max zoom (none: max < min)
        self.cameras: list[dict[str, Any]] = []
        self._camera_xy = np.empty((0, 2))
        self.tracks: list[QPainterPath] = []  # patrol tracks, in metres
        self.selected_id = 0
        self.selected_xy: tuple[float, float] | None = None
        self.marked = np.empty(0, np.int64)
        self.picked: tuple[float, float] | None = None  # the call form's point, metres
        self.pick_mode = False
        self.area_mode = False  # the rubber band without Shift
        self.schematic_text = ""
        self.attribution = ""
        self.frame_seconds = 0.0  # the last paint's duration (benchmarks read it)
        self.frame_cpu_seconds = 0.0  # the GUI thread's CPU time in it (the rest: waiting)
        self._press: QPoint | None = None
        self._last: QPoint | None = None
        self._band: QRubberBand | None = None
        self._banding = False

    # -- what to draw -----------------------------------------------------------------------

    def set_points(self, points: Points) -> None:
        """The cases to draw (the clusters on screen are summed now, others when drawn)."""
        self.clusters.set_points(points, self.view.level)
        self.update()

    def set_layer(self, layer: VectorLayer) -> None:
        """Add or replace a vector layer."""
        self.layers[layer.info.name] = layer
        self.layer_image.invalidate()
        self.update()

    def set_layer_hidden(self, name: str, hidden: bool) -> None:
        """Show or hide a layer."""
        (self.hidden.add if hidden else self.hidden.discard)(name)
        self.layer_image.invalidate()
        self.update()

    def set_layer_paint(self, paint: LayerPaint) -> None:
        """Colors by feature: river segments by patrol, areas by intake heat."""
        self.paint = paint
        self.layer_image.invalidate()
        self.update()

    def set_cameras(self, cameras: list[dict[str, Any]], xy: np.ndarray) -> None:
        """Cameras (JSON) and their metre positions, one row each."""
        self.cameras, self._camera_xy = cameras, xy
        self.update()

    def set_tracks(self, tracks: list[QPainterPath]) -> None:
        """Patrol tracks in metres."""
        self.tracks = tracks
        self.update()

    def set_selected(self, case_id: int, xy: tuple[float, float] | None) -> None:
        """The current case and where it is (None: not on the map)."""
        self.selected_id, self.selected_xy = case_id, xy
        self.update()

    def set_marked(self, case_ids: np.ndarray) -> None:
        """The cases marked for bulk work."""
        self.marked = case_ids
        self.update()

    def center_on(self, x: float, y: float, zoom: float | None = None) -> None:
        """Put a metre point in the middle (at this zoom, if given)."""
        self.view.cx, self.view.cy = x, y
        if zoom is not None:
            self.view.zoom = zoom
        self._view_moved()

    def fit(self, bounds: tuple[float, float, float, float]) -> None:
        """Show the metre rectangle whole."""
        self.view.fit(*bounds)
        self._view_moved()

    def zoom_by(self, steps: float, at: QPointF | None = None) -> None:
        """Zoom in (positive) or out by whole or half levels, about a screen point."""
        where = at if at is not None else QPointF(self.width() / 2, self.height() / 2)
        self.view.zoom_at(self.view.zoom + steps, where.x(), where.y())
        self._view_moved()

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by screen pixels."""
        self.view.pan_pixels(dx, dy)
        self._view_moved()

    def visible_layers(self) -> list[VectorLayer]:
        """The layers drawn now."""
        return [layer for name, layer in self.layers.items() if name not in self.hidden]

    def _view_moved(self) -> None:
        if self.view.zoom != self._last_zoom:
            self._last_zoom = self.view.zoom
            self._zoom_rest.start()  # the layers are drawn at this zoom once it rests
        self.update()
        self.view_changed.emit()

    def render_layers_now(self) -> None:
        """Draw the layers for the present view at once (screenshots and tests), after the
        drawing under way, if any: two threads never read the same paths at once."""
        self._render_runner.wait()
        self.layer_image.render_now(
            self.view, self.visible_layers(), self.paint, self.devicePixelRatioF()
        )
        self.update()

    def shut_down(self) -> None:
        """Start no more drawings and wait for the one under way."""
        self._zoom_rest.stop()
        self._ahead.stop()
        self._render_runner.close()
        self._render_runner.wait(5000)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        started, cpu = time.perf_counter(), time.thread_time()
        view = self.view
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111820"))
        tiles, (low, high) = self.tiles, self.tile_zooms
        if tiles is not None and high >= low:
            overlay.draw_tiles(painter, view, tiles, low, high)
        image = self.layer_image
        zooming = self._zoom_rest.isActive()  # the image of another zoom, scaled, will do
        if not (zooming and image.image is not None) and not image.covers(view):
            image.request(view, self.visible_layers(), self.paint, self.devicePixelRatioF())
        # Smooth scaling costs 4-6 ms a frame: kept for the image at rest.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not zooming)
        image.draw(painter, view)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.tracks:
            overlay.draw_tracks(painter, view, self.tracks)
        self._draw_cameras(painter)
        clusters = self.clusters.at(view.level)
        markers.draw_clusters(painter, view, clusters, markers.visible_clusters(clusters, view))
        self._draw_marks(painter)
        self._draw_overlay(painter)
        painter.end()
        self.frame_seconds = time.perf_counter() - started
        self.frame_cpu_seconds = time.thread_time() - cpu
        if self._levels_ahead() and not self._ahead.isActive():
            self._ahead.start()

    def _levels_ahead(self) -> list[int]:
        """The levels next to the one drawn whose clusters are not summed yet."""
        level = self.view.level
        return [
            near
            for near in (level + 1, level - 1)
            if round(MIN_ZOOM) <= near <= round(MAX_ZOOM) and not self.clusters.fresh(near)
        ]

    def _sum_ahead(self) -> None:
        ahead = self._levels_ahead()
        if ahead:
            self.clusters.at(ahead[0])
        if len(ahead) > 1:
            self._ahead.start()

    def _draw_cameras(self, painter: QPainter) -> None:
        if not self.cameras or self.view.zoom < markers.CAMERA_MIN_ZOOM:
            return
        for i in hits.on_screen(self.view, self._camera_xy).tolist():
            x, y = self._camera_xy[i]
            online = self.cameras[i].get("status", "online") == "online"
            markers.camera_glyph(painter, self.view.to_screen(float(x), float(y)), online)

    def _draw_marks(self, painter: QPainter) -> None:
        points = self.clusters.points
        if len(self.marked) and len(points):
            keep = np.isin(points.ids, self.marked)
            if np.count_nonzero(keep) <= 5000:
                markers.draw_rings(painter, self.view, points.x[keep], points.y[keep],
                                   "#e6edf3", 8.5, 1.6)  # fmt: skip
        if self.selected_xy is not None:
            x, y = self.selected_xy
            markers.draw_rings(painter, self.view, np.array([x]), np.array([y]),
                               "#ffd54f", 12.0, 3.0)  # fmt: skip
        if self.picked is not None:
            overlay.draw_call_point(painter, self.view.to_screen(*self.picked))

    def _draw_overlay(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.schematic_text:
            overlay.draw_badge(painter, self.schematic_text)
        overlay.draw_scale_bar(painter, self.view)
        if self.attribution:
            overlay.draw_attribution(painter, self.view, self.attribution)

    # -- hit testing ------------------------------------------------------------------------

    def camera_at(self, pos: QPointF) -> int:
        """The camera under a screen point, or -1."""
        return hits.camera_at(self.view, self._camera_xy, pos) if self.cameras else -1

    def cluster_at(self, pos: QPointF) -> tuple[int, int, float, float]:
        """The cluster under a screen point: (count, case id, x, y); count 0 for none."""
        return hits.cluster_at(self.view, self.clusters.at(self.view.level), pos)

    # -- mouse and keys ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self.view.width, self.view.height = max(1, self.width()), max(1, self.height())
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._press = self._last = event.position().toPoint()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._banding = (shift or self.area_mode) and not self.pick_mode
        if self._banding:
            if self._band is None:
                self._band = QRubberBand(QRubberBand.Shape.Rectangle, self)
            self._band.setGeometry(QRect(self._press, QSize()))
            self._band.show()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or self._last is None:
            return super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        if self._banding and self._band is not None:
            self._band.setGeometry(QRect(self._press, pos).normalized())
        else:
            delta = pos - self._last
            self.pan_by(delta.x(), delta.y())
        self._last = pos
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        moved = (pos - press).manhattanLength() > CLICK_SLOP
        if self._banding:
            self._banding = False
            if self._band is not None:
                self._band.hide()
            if moved:
                self.mark_area(QRect(press, pos).normalized())
                return
        if not moved:
            self.click(event.position())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        count, case_id, _x, _y = self.cluster_at(event.position())
        if count == 1:
            self.case_activated.emit(case_id)
        else:
            self.zoom_by(1, event.position())

    def click(self, pos: QPointF) -> None:
        """What a click at a screen point means: a pick, a camera, a case, a cluster."""
        if self.pick_mode:
            x, y = self.view.to_world(pos.x(), pos.y())
            self.picked = (x, y)
            self.update()
            self.point_picked.emit(*point_lonlat(x, y))
            return
        camera = self.camera_at(pos)
        if camera >= 0:
            self.camera_clicked.emit(self.cameras[camera])
            return
        count, case_id, x, y = self.cluster_at(pos)
        if count == 1:
            self.case_clicked.emit(case_id)
        elif count > 1:
            self.view.zoom_at(self.view.level + 2, pos.x(), pos.y())
            self._view_moved()

    def mark_area(self, rect: QRect) -> None:
        """Mark the cases inside a screen rectangle (replacing the marks)."""
        x0, y0 = self.view.to_world(rect.left(), rect.bottom())
        x1, y1 = self.view.to_world(rect.right(), rect.top())
        ids = self.clusters.points.inside(x0, y0, x1, y1)
        self.set_marked(ids)
        self.cases_marked.emit(ids.tolist())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 240.0  # a notch is half a level
        if steps:
            self.zoom_by(steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, w, h = event.key(), self.width(), self.height()
        moves: dict[int, tuple[float, float]] = {
            Qt.Key.Key_Left: (w * PAN_STEP, 0),
            Qt.Key.Key_Right: (-w * PAN_STEP, 0),
            Qt.Key.Key_Up: (0, h * PAN_STEP),
            Qt.Key.Key_Down: (0, -h * PAN_STEP),
        }
        if key in moves:  # a Qt.Key is an int
            self.pan_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(-1)
        elif key == Qt.Key.Key_Escape and (self.pick_mode or len(self.marked)):
            self.set_marked(np.empty(0, np.int64))
            self.cases_marked.emit([])
        else:
            super().keyPressEvent(event)
            return
        event.accept()
