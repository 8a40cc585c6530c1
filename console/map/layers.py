"""Vector layers: GeoJSON FeatureCollections made into painter paths in map metres.

`parse_layer` runs on a worker thread (QPainterPath is plain data, no QObject): the GUI
thread only draws. Each feature keeps its path, its bounding box (one numpy row, so that
drawing and hit-testing skip what is off screen with one comparison over the layer) and
its properties (the reference codes). Points are kept as points, drawn as symbols.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPolygonF

from console.api.map import LayerInfo
from console.map.projection import to_xy


class LayerError(ValueError):
    """The server sent something that is not a FeatureCollection this map can draw."""


@dataclass
class VectorLayer:
    """One layer ready to draw: a path and a bounding box per feature."""

    info: LayerInfo
    paths: list[QPainterPath]
    bounds: np.ndarray  # (n, 4): x0, y0, x1, y1 in metres
    properties: list[dict[str, Any]]
    centers: np.ndarray  # (n, 2): where a label goes
    codes: dict[str, int] = field(default_factory=dict)  # code → feature index
    schematic: bool = False

    def __len__(self) -> int:
        return len(self.paths)

    def visible(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """Indices of the features whose box meets the metre rectangle (x0 < x1, y0 < y1)."""
        b = self.bounds
        if not len(b):
            return np.empty(0, np.int64)
        return np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0))

    def feature_at(self, x: float, y: float, tolerance: float = 0.0) -> int:
        """The feature under a metre point (the smallest polygon holding it), or -1."""
        t = tolerance
        hits = self.visible(x - t, y - t, x + t, y + t)
        if not len(hits):
            return -1
        point = QPointF(x, y)
        best, best_area = -1, float("inf")
        for i in hits.tolist():
            path = self.paths[i]
            if self.info.kind == "polygon" and not path.contains(point):
                continue
            b = self.bounds[i]
            area = (b[2] - b[0]) * (b[3] - b[1])
            if area < best_area:
                best, best_area = i, area
        return best


def _ring(coords: Sequence[Sequence[float]]) -> QPolygonF:
    array = np.asarray(coords, dtype=np.float64)
    if array.ndim != 2 or array.shape[0] < 2 or array.shape[1] < 2:
        raise LayerError("a ring or line needs at least two [lon, lat] positions")
    x, y = to_xy(array[:, 0], array[:, 1])
    return QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist(), strict=True)])


def _parts(geometry: dict[str, Any]) -> tuple[str, list[Any]]:
    """The kind of a geometry and its parts: polygons (lists of rings), lines or points."""
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "Polygon":
        return "polygon", [coords]
    if kind == "MultiPolygon":
        return "polygon", list(coords or [])
    if kind == "LineString":
        return "line", [coords]
    if kind == "MultiLineString":
        return "line", list(coords or [])
    if kind == "Point":
        return "point", [coords]
    if kind == "MultiPoint":
        return "point", list(coords or [])
    raise LayerError(f"geometry type {kind!r} is not drawn")


def _path(kind: str, parts: Iterable[Any]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in parts:
        if kind == "polygon":
            for ring in part:
                path.addPolygon(_ring(ring))
                path.closeSubpath()
        elif kind == "line":
            path.addPolygon(_ring(part))
        else:
            x, y = to_xy(np.array([float(part[0])]), np.array([float(part[1])]))
            path.addRect(float(x[0]) - 0.5, float(y[0]) - 0.5, 1.0, 1.0)
    return path


def parse_layer(info: LayerInfo, collection: dict[str, Any]) -> VectorLayer:
    """A FeatureCollection made ready to draw (on any thread); LayerError if unreadable."""
    if collection.get("type") != "FeatureCollection":
        raise LayerError(f"layer {info.name}: not a FeatureCollection")
    paths: list[QPainterPath] = []
    properties: list[dict[str, Any]] = []
    for feature in collection.get("features") or []:
        geometry = feature.get("geometry") or {}
        try:
            kind, parts = _parts(geometry)
            path = _path(kind, parts)
        except (LayerError, TypeError, ValueError, IndexError):
            continue  # one unreadable feature does not hide the rest of the layer
        paths.append(path)
        properties.append(dict(feature.get("properties") or {}))
    bounds = np.array(
        [(r.left(), r.top(), r.right(), r.bottom()) for r in (p.boundingRect() for p in paths)],
        dtype=np.float64,
    ).reshape(-1, 4)
    centers = np.column_stack(
        ((bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2)
    )
    codes = {str(p.get("code")): i for i, p in enumerate(properties) if p.get("code")}
    schematic = bool(collection.get("schematic", info.schematic))
    return VectorLayer(info, paths, bounds, properties, centers, codes, schematic)
