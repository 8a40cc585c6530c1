"""The map pane (Ctrl+M): the district's layers with the cases, cameras and patrols on them.

It follows the queue (its cases, as the store changes: loads and feed events) and the
selection (`ctx.selection`); what the officer does on the map leaves as intents the window
routes (`case_requested`, `camera_requested`, `cases_marked`, `point_located`), so the pane
never reaches into another one. Everything it reads from the server comes through the
runner: layers and cameras when it is first shown, heat and patrols when asked for.

Hidden (its default), the pane costs next to nothing: its canvas, bar and side panel are made,
and the modules they need imported, when it is first shown (`canvas`, `bar` and `side` make
them when first asked for); until then it reads no case positions, draws nothing, loads no
layer, tile or camera and does nothing for the feed. Shown, it catches up from the queue's
store at once.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainterPath, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.api.map import MapApi
from console.controllers.context import PaneContext
from console.map import paint_rules, sources
from console.map.case_points import CasePoints
from console.map.projection import point_xy
from console.map.view import HOME, HOME_ZOOM
from console.models import center_time

if TYPE_CHECKING:  # made (and imported: 1.6 MB) when the pane is first shown
    from console.map.canvas import MapCanvas
    from console.map.pane_parts import PaneParts
    from console.map.panel import MapBar, SidePanel

REFRESH_MS = 250  # cases changed: the markers follow after this pause (a flood is one redraw)
CLOCK_MS = 15_000  # colors turn with the clock: the markers are recolored this often
SYNC_CHUNK = 25_000  # cases read per turn of the event loop while a big load arrives


class MapPane(QWidget):
    """Map of the district: layers, cases (clustered), cameras, patrols and intake heat."""

    case_requested = Signal(int)  # the officer chose this case on the map
    case_open_requested = Signal(int)
    camera_requested = Signal(object)  # play this camera (its JSON) on the video wall
    cases_marked = Signal(object)  # the cases inside the rubber band (list of ids)
    point_located = Signal(object)  # the point set for the call: {lon, lat, street_code, …}
    attention_requested = Signal()

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPane")
        self._ctx = ctx
        self.api = MapApi(ctx.client)
        self.points = CasePoints()
        self.loaded = False  # layers asked for (on first show)
        self.layers_ready = False
        self.cameras_ready = False
        self.patrols: list[dict[str, Any]] = []
        self.heat: dict[str, Any] = {}
        self._sync_left = 0
        self._patrol_info: dict[int, dict[str, Any] | None] = {}
        self._line_colors: dict[str, dict[int, QColor]] = {}
        self._call_street: str | None = None
        self._cameras: tuple[list[dict[str, Any]], np.ndarray] = ([], np.empty((0, 2)))
        self._call_point: tuple[float, float] | None = None  # lat, lon, until the canvas is made
        self._parts: PaneParts | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self._layout = layout
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.refresh_points)
        self._clock = QTimer(self, interval=CLOCK_MS)  # started with the canvas
        self._clock.timeout.connect(self._on_clock_timeout)
        model = ctx.model
        for signal in (model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.modelReset, model.cases_changed):  # fmt: skip
            signal.connect(lambda *_: self._schedule_refresh())
        ctx.selection.changed.connect(self._on_selection_changed)

    # -- the widgets, made on first use -----------------------------------------------------

    @property
    def built(self) -> bool:
        """Whether the canvas, bar and side panel exist (the pane was shown or asked)."""
        return self._parts is not None

    @property
    def canvas(self) -> MapCanvas:
        """The drawing surface (made now if need be)."""
        return self._made().canvas

    @property
    def bar(self) -> MapBar:
        """The controls above the map (made now if need be)."""
        return self._made().bar

    @property
    def side(self) -> SidePanel:
        """The list beside the map (made now if need be)."""
        return self._made().side

    def _made(self) -> PaneParts:
        if self._parts is None:
            from console.map.pane_parts import make_parts  # the canvas and all it draws with

            self._parts = make_parts(self, self._layout, self._ctx, self.api)
            self._wire()
            self._clock.start()
            if self._call_point is not None:
                self.show_call_point(*self._call_point)
        return self._parts

    def _wire(self) -> None:
        canvas, bar = self.canvas, self.bar
        canvas.case_clicked.connect(self.case_requested)
        canvas.case_activated.connect(self._on_canvas_case_activated)
        canvas.camera_clicked.connect(self.camera_requested)
        canvas.cases_marked.connect(self._on_canvas_cases_marked)
        canvas.point_picked.connect(self._on_canvas_point_picked)
        bar.layer_toggled.connect(canvas.set_layer_hidden)
        bar.cameras_toggled.connect(self._on_cameras_toggled)
        bar.heat_period_changed.connect(self.load_heat)
        bar.heat_cell_changed.connect(lambda _cell: self.load_heat(self.bar.heat_days()))
        bar.tracks_day_changed.connect(self.load_tracks)
        bar.area_toggled.connect(self._on_area_toggled)
        bar.pick_toggled.connect(self.set_pick_mode)
        bar.fit_requested.connect(self.fit_district)
        bar.bulk_requested.connect(self._on_bar_bulk_requested)

    # -- public -----------------------------------------------------------------------------

    def take_focus(self) -> None:
        """The keyboard goes to the map (arrows pan, +/- zoom)."""
        self.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def shut_down(self) -> None:
        """Stop the timers and the drawing workers; the window is closing."""
        self._clock.stop()
        self._refresh.stop()
        if self._parts is not None:
            self._parts.canvas.shut_down()

    def load(self) -> None:
        """Ask the server for the layers and cameras, and the rivers' latest patrols."""
        self.loaded = True
        runner, api = self._ctx.runner, self.api
        runner.run(lambda: sources.load_layers(api), self._on_layers_loaded,
                   on_error=self._on_layers_failed, what=self.tr("Loading the map"))  # fmt: skip
        runner.run(lambda: sources.camera_positions(api.cameras()), self._on_cameras_loaded,
                   on_error=lambda exc: self._say(self.tr("Cameras not loaded: %1"), exc),
                   what=self.tr("Loading the cameras"))  # fmt: skip
        self.load_patrol_colors()

    def load_patrol_colors(self) -> None:
        """Color the river segments by their latest patrol (the last 30 days are asked)."""
        now = center_time.at(self._ctx.model.now())
        since = now - paint_rules.PATROL_LOOKBACK
        self._ctx.runner.run(
            lambda: self.api.patrols(since, now + timedelta(minutes=1)),
            self._on_patrols_loaded,
            on_error=lambda exc: self._say(self.tr("Patrols not loaded: %1"), exc),
            what=self.tr("Loading the patrols"),
        )

    def load_heat(self, days: int) -> None:
        """Show the intake of the last `days` days by area (0: hide the heat)."""
        if days <= 0:
            self.heat = {}
            self.side.show_heat(None)
            self._repaint_layers()
            return
        now = center_time.at(self._ctx.model.now())
        start = datetime.combine(now.date() - timedelta(days=days - 1), time(), now.tzinfo)
        cell = self.bar.heat_cell_value()
        self._ctx.runner.run(
            lambda: self.api.heat(start, now, cell),
            self._on_heat_loaded,
            on_error=lambda exc: self._say(self.tr("Intake heat not loaded: %1"), exc),
            what=self.tr("Loading the intake heat"),
        )

    def load_tracks(self, day: QDate | None) -> None:
        """Draw the patrol tracks of a day (None: hide them)."""
        if day is None or not day.isValid():
            self.canvas.set_tracks([])
            self.side.show_tracks(None)
            return
        start = datetime(day.year(), day.month(), day.day(), tzinfo=center_time.CENTER)
        self._ctx.runner.run(
            lambda: sources.load_tracks(self.api, start, start + timedelta(days=1)),
            self._on_tracks_loaded,
            on_error=lambda exc: self._say(self.tr("Patrol tracks not loaded: %1"), exc),
            what=self.tr("Loading the patrol tracks"),
        )

    def fit_district(self) -> None:
        """Show the whole district (the streets' extent; home before the layers arrive)."""
        streets = self.canvas.layers.get("streets")
        if streets is None or not len(streets):
            self.canvas.center_on(*point_xy(*HOME), zoom=HOME_ZOOM)
            return
        b = streets.bounds
        self.canvas.fit((b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()))

    def set_pick_mode(self, on: bool) -> None:
        """A click sets the call's point (the call form asked for it) instead of selecting."""
        self.canvas.pick_mode = on
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.bar.set_pick_checked(on)

    def show_call_point(self, lat: float | None, lon: float | None) -> None:
        """Show the point of the call being taken (None: none), centred if off screen."""
        if self._parts is None:  # shown with the canvas, once there is one
            self._call_point = None if lat is None or lon is None else (lat, lon)
            return
        if lat is None or lon is None:
            self.canvas.picked = None
            self.canvas.update()
            return
        x, y = point_xy(lon, lat)
        self.canvas.picked = (x, y)
        self._bring_into_view(x, y)
        self.canvas.update()

    def show_call_street(self, code: str | None) -> None:
        """Outline the street of the call being taken (None: none): the address's street
        when no point is given yet."""
        if code != self._call_street:
            self._call_street = code
            if self._parts is not None:  # else drawn with the layers, once they are loaded
                self._repaint_layers()

    def refresh_points(self) -> None:
        """Read what changed in the queue's store and redraw the markers."""
        store = self._ctx.model.store  # the map reads the columns, never writes
        self._sync_left = self.points.sync(store, limit=SYNC_CHUNK)
        if self._sync_left:
            self._refresh.start(0)  # the rest on the next turn: the GUI keeps breathing
        self.canvas.set_points(self.points.points(store, self._ctx.model.now()))
        self._follow_selection(self._ctx.selection.case_id, center=False)

    def show_track(self, path: QPainterPath) -> None:
        """Draw this one track (a path in the map's metres) and fit the view around it."""
        box = path.boundingRect()
        pad = max(box.width(), box.height(), 200.0) * 0.15
        self.canvas.set_tracks([path])
        self.canvas.fit((box.left() - pad, box.top() - pad, box.right() + pad, box.bottom() + pad))

    def case_position(self, case_id: int) -> tuple[float, float] | None:
        """Where a case is on the map (metres), None when it has no position."""
        store = self._ctx.model.store
        slot = store.slot_of.get(case_id)
        if slot is None or slot >= len(self.points.x) or np.isnan(self.points.x[slot]):
            return None
        return float(self.points.x[slot]), float(self.points.y[slot])

    # -- handlers ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._made()
        if not self.loaded:
            self.load()
        self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        # Hidden, the map costs the feed nothing: it catches up when it is shown again.
        if self._parts is not None and self.isVisible() and not self._refresh.isActive():
            self._refresh.start()

    def _on_clock_timeout(self) -> None:
        if self.isVisible():
            self._schedule_refresh()

    def _on_layers_loaded(self, loaded: sources.LoadedLayers) -> None:
        first = not self.canvas.layers
        for layer in loaded.layers:
            self.canvas.set_layer(layer)
        self.bar.set_layers([layer.info for layer in loaded.layers])
        schematic = [layer.info.title for layer in loaded.layers if layer.schematic]
        self.canvas.schematic_text = (
            self.tr("Schematic (示意): %1").replace("%1", ", ".join(schematic)) if schematic else ""
        )
        basemap = loaded.basemap
        if basemap.available:
            self.canvas.tile_zooms = (basemap.minzoom, basemap.maxzoom)
            self.canvas.attribution = basemap.attribution
        self.layers_ready = True
        if loaded.failed:
            self._say(self.tr("Layers not drawn: %1"), ", ".join(loaded.failed))
        if first:
            self.fit_district()
        self._apply_patrol_colors()
        self._repaint_layers()

    def _on_layers_failed(self, exc: object) -> None:
        self.loaded = False  # asked again when the pane next shows
        self._say(self.tr("The map layers could not be loaded: %1"), exc)

    def _on_cameras_loaded(self, result: tuple[list[dict[str, Any]], np.ndarray]) -> None:
        cameras, xy = result
        self.cameras_ready = True
        if self.bar.cameras_shown():
            self.canvas.set_cameras(cameras, xy)
        self._cameras = result

    def _on_cameras_toggled(self, on: bool) -> None:
        cameras, xy = self._cameras
        self.canvas.set_cameras(cameras if on else [], xy if on else np.empty((0, 2)))

    def _on_patrols_loaded(self, patrols: list[dict[str, Any]]) -> None:
        self.patrols = patrols
        self._apply_patrol_colors()
        self._repaint_layers()

    def _apply_patrol_colors(self) -> None:
        rivers = self.canvas.layers.get("rivers")
        if rivers is None:
            return
        now = center_time.at(self._ctx.model.now())
        colors, self._patrol_info = paint_rules.segment_colors(rivers, self.patrols, now)
        self._line_colors = {"rivers": colors}

    def _on_heat_loaded(self, body: dict[str, Any]) -> None:
        self.heat = body
        self.side.show_heat(body)
        self._repaint_layers()

    def _on_tracks_loaded(self, tracks: sources.DayTracks) -> None:
        self.canvas.set_tracks(tracks.paths)
        self.side.show_tracks(tracks.patrols)

    def _repaint_layers(self) -> None:
        from console.map.overlay import CALL_POINT  # loaded with the canvas
        from console.map.render import LayerPaint

        paint = LayerPaint(line_colors={k: dict(v) for k, v in self._line_colors.items()})
        streets = self.canvas.layers.get("streets")
        if self._call_street and streets is not None and self._call_street in streets.codes:
            outline = {streets.codes[self._call_street]: QColor(CALL_POINT)}
            paint.line_colors["streets"] = paint.line_colors.get("streets", {}) | outline
        if self.heat:
            counts = paint_rules.heat_counts(self.heat)
            name = "grids" if self.heat.get("cell") == "grid" else "streets"
            layer = self.canvas.layers.get(name)
            if layer is not None:
                paint.fills[name] = paint_rules.heat_fills(layer, counts)
        self.canvas.set_layer_paint(paint)

    def _on_selection_changed(self, case_id: int) -> None:
        if self._parts is not None:  # else followed when the pane is first shown
            self._follow_selection(case_id, center=True)

    def _follow_selection(self, case_id: int, *, center: bool) -> None:
        xy = self.case_position(case_id) if case_id else None
        self.canvas.set_selected(case_id, xy)
        if center and xy is not None:
            self._bring_into_view(*xy)

    def _bring_into_view(self, x: float, y: float) -> None:
        x0, y0, x1, y1 = self.canvas.view.world_rect(margin_px=-40)
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            self.canvas.center_on(x, y)

    def _on_canvas_case_activated(self, case_id: int) -> None:
        self.case_requested.emit(case_id)
        self.case_open_requested.emit(case_id)

    def _on_canvas_cases_marked(self, case_ids: list[int]) -> None:
        self.bar.set_marked(len(case_ids))
        self.cases_marked.emit(case_ids)

    def _on_area_toggled(self, on: bool) -> None:
        self.canvas.area_mode = on
        if on:
            self.set_pick_mode(False)

    def _on_bar_bulk_requested(self, action: str) -> None:
        command = self._ctx.actions.get(f"bulk_{action}")
        if command is not None and command.isEnabled():
            command.trigger()

    def _on_canvas_point_picked(self, lon: float, lat: float) -> None:
        self._ctx.runner.run(
            lambda: self.api.locate(lon, lat),
            self._on_point_located,
            on_error=lambda exc: self._on_locate_failed(lon, lat, exc),
            what=self.tr("Finding the street of the point"),
        )

    def _on_point_located(self, found: dict[str, Any]) -> None:
        self.point_located.emit(found)
        self.set_pick_mode(False)

    def _on_locate_failed(self, lon: float, lat: float, exc: object) -> None:
        # The point stands without its street: the officer chooses the street by hand.
        self.point_located.emit({"lon": lon, "lat": lat, "street_code": None, "grid_code": None})
        self._say(self.tr("The street of the point is not known: %1"), exc)
        self.set_pick_mode(False)

    def _say(self, text: str, detail: object) -> None:
        self.side.say(text.replace("%1", str(detail)))
