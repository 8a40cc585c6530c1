"""A patrol's track shown on the window's map pane, when the window has one.

The map pane (console/map/) draws a patrol track given as a path in its metres
(`show_track`); the track is made one with the map's own projection, and the map's dock
is brought forward. Asking whether the window has a map builds nothing: a hidden map
stays unmade until it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from console.map.sources import track_path
from console.patrols.queue_link import window_part


def window_map(widget: QWidget) -> Any | None:
    """The window's map pane, if it has one that can draw a track."""
    panes = window_part(widget, "panes")
    found = panes.get("map") if isinstance(panes, dict) else None
    return found if callable(getattr(found, "show_track", None)) else None


def show_track_on_map(widget: QWidget, track: list[Any]) -> bool:
    """Draw this track alone on the map, fit the map to it and show the map; False when the
    window has no map or the track has fewer than two points."""
    pane = window_map(widget)
    path = track_path(track)
    if pane is None or path.isEmpty():
        return False
    pane.show_track(path)
    docks = window_part(widget, "pane_docks")
    show = getattr(docks, "show_pane", None)
    if show is not None and "map" in getattr(docks, "docks", {}):
        show("map", focus=False)
    return True
