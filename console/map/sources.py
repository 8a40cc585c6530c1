"""What the map loads from the server, made ready on a worker thread (no widgets).

Each function here runs in `TaskRunner.run` and returns plain data or painter paths (not
QObjects), so that the GUI thread only hands them to the canvas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from console.api.map import Basemap, LayerInfo, MapApi
from console.map.layers import VectorLayer, parse_layer
from console.map.projection import to_xy

MAX_TRACKS = 60  # patrol tracks fetched for one day (a district has a few dozen patrols)


@dataclass
class LoadedLayers:
    """Every layer the server offers, parsed, and its basemap."""

    layers: list[VectorLayer]
    basemap: Basemap
    failed: list[str] = field(default_factory=list)  # layers the server offers but sent badly


def load_layers(api: MapApi) -> LoadedLayers:
    """The layer list and every layer in it, parsed."""
    infos, basemap = api.layers()
    layers: list[VectorLayer] = []
    failed: list[str] = []
    for info in infos:
        try:
            layers.append(parse_layer(info, api.layer(info.name)))
        except ValueError:
            failed.append(info.title or info.name)
    return LoadedLayers(layers, basemap, failed)


def load_layer(api: MapApi, info: LayerInfo) -> VectorLayer:
    """One layer again (after an import)."""
    return parse_layer(info, api.layer(info.name))


def camera_positions(cameras: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], np.ndarray]:
    """The cameras that have a position, and their metre positions."""
    placed = [c for c in cameras if c.get("lat") is not None and c.get("lon") is not None]
    lon = np.array([float(c["lon"]) for c in placed], dtype=np.float64)
    lat = np.array([float(c["lat"]) for c in placed], dtype=np.float64)
    x, y = to_xy(lon, lat)
    return placed, np.column_stack((x, y)).reshape(-1, 2)


def track_path(track: list[list[Any]]) -> QPainterPath:
    """A patrol's track ([[lat, lon, time], …]) as a path in metres."""
    path = QPainterPath()
    if len(track) < 2:
        return path
    lat = np.array([float(p[0]) for p in track])
    lon = np.array([float(p[1]) for p in track])
    x, y = to_xy(lon, lat)
    path.moveTo(QPointF(x[0], y[0]))
    for a, b in zip(x[1:].tolist(), y[1:].tolist(), strict=True):
        path.lineTo(QPointF(a, b))
    return path


@dataclass
class DayTracks:
    """The patrols of one day and their tracks."""

    patrols: list[dict[str, Any]]
    paths: list[QPainterPath]


def load_tracks(api: MapApi, since: datetime, until: datetime) -> DayTracks:
    """The patrols started in [since, until) with their tracks (at most MAX_TRACKS)."""
    patrols = api.patrols(since, until)[:MAX_TRACKS]
    paths = []
    for patrol in patrols:
        detail = api.patrol(int(patrol["id"]))
        path = track_path(detail.get("track") or [])
        if not path.isEmpty():
            paths.append(path)
    return DayTracks(patrols, paths)
