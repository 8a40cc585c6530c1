"""Helpers of the map pane's tests: a window with the map pane registered and linked, and
the screen place of a point, as the officer's mouse would find it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt

from console.map.links import MapLinks, install_map
from console.map.pane import MapPane
from console.map.projection import point_xy
from console.panes import registry
from console.panes.registry import PaneSpec
from console.translatable import QT_TRANSLATE_NOOP

WAIT_MS = 60_000

# The block proposed for console/panes/catalog.py (the integrator's): F12, since Ctrl+M is
# "Mute sound" and F9 the alerts pane, F11 the drills pane.
MAP_SPEC = PaneSpec(
    "map",
    QT_TRANSLATE_NOOP("Panes", "Map"),
    MapPane,
    Qt.DockWidgetArea.LeftDockWidgetArea,
    shortcut="F12",
    visible=False,
    tab_with="video",
    size=780,
    compact_size=560,
)


def register_map(monkeypatch: Any) -> None:
    """Windows built from now on (in this test) have the map pane; undone after the test."""
    monkeypatch.setitem(registry._PANES, "map", MAP_SPEC)  # noqa: SLF001 - restored after


def map_window(open_window: Callable[..., Any], server: Any, qtbot: Any, user: str = "duty_officer"
               ) -> tuple[Any, MapPane, MapLinks]:  # fmt: skip
    """A window with its map pane shown, linked and its cases loaded."""
    window = open_window(server, user)
    # The window links its map itself once the catalog has it (the integrator's step).
    links = getattr(window, "map_links", None) or install_map(window)
    assert links is not None
    window.pane_docks.show_pane("map", focus=False)
    pane = window.panes["map"]
    assert isinstance(pane, MapPane)
    qtbot.waitUntil(lambda: pane.isVisible() and pane.canvas.width() > 200, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: pane.cameras_ready, timeout=WAIT_MS)
    return window, pane, links


def on_map(pane: MapPane, case_id: int) -> bool:
    """Whether the case is among the map's markers now."""
    return case_id in set(pane.canvas.clusters.points.ids.tolist())


def look_at(pane: MapPane, lon: float, lat: float, zoom: float = 18.0) -> None:
    """Centre the map on a point, closely, and make the clusters of that zoom exact."""
    pane.canvas.center_on(*point_xy(lon, lat), zoom=zoom)
    pane.canvas.clusters.exact(pane.canvas.view.level)


def screen_point(pane: MapPane, lon: float, lat: float) -> QPoint:
    """Where a WGS-84 point is on the canvas."""
    return pane.canvas.view.to_screen(*point_xy(lon, lat)).toPoint()
