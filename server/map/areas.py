"""Which street (or grid) a point lies in, by the polygons of the stored layers.

An index is built from a layer's features once and kept by the layer's digest: a digest names
the exact content, so an index is never stale, whichever process or database asks, and the
only cost of a lookup after an import is one small query for the digests.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from shapely.geometry import Point, shape
from shapely.strtree import STRtree
from sqlalchemy.orm import Session

from server.map.store import layer_digests, stored_features

# A point in a sliver between two imported polygons (or just outside the district's edge)
# goes to the nearest polygon within this distance: about 50 m at the district's latitude.
SNAP_DEG = 0.0005
_KEPT = 8  # indexes kept (two layers, a few imports back)


@dataclass(frozen=True)
class AreaIndex:
    """The polygons of one layer by code, with a spatial index."""

    codes: tuple[str, ...]
    shapes: tuple[Any, ...]
    tree: Any  # STRtree

    @classmethod
    def of(cls, features: list[dict[str, Any]]) -> AreaIndex:
        """The index of a layer's features (each with a `code` property)."""
        codes = tuple(str(f["properties"]["code"]) for f in features)
        shapes = tuple(shape(f["geometry"]) for f in features)
        return cls(codes, shapes, STRtree(list(shapes)))

    def at(self, lon: float, lat: float) -> str | None:
        """The code of the polygon holding the point (edges included), else of the nearest
        one within SNAP_DEG, else None. On an edge two streets share, the one whose centre is
        nearer wins, so the answer never depends on the order of the file."""
        if not self.codes:
            return None
        point = Point(lon, lat)
        hits = [int(i) for i in self.tree.query(point, predicate="intersects")]
        if not hits:
            near = self.tree.query_nearest(point, max_distance=SNAP_DEG)
            hits = [int(i) for i in near]
        if not hits:
            return None
        best = min(hits, key=lambda i: (self.shapes[i].centroid.distance(point), self.codes[i]))
        return self.codes[best]

    def codes_at(self, lons: Sequence[float], lats: Sequence[float]) -> list[str | None]:
        """`at` for many points at once (inside only, no snapping; for counting)."""
        found: list[str | None] = [None] * len(lons)
        if not self.codes or not len(lons):
            return found
        points = shapely.points(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
        pairs = self.tree.query(points, predicate="intersects")
        for point_index, shape_index in zip(pairs[0], pairs[1], strict=True):
            if found[int(point_index)] is None:
                found[int(point_index)] = self.codes[int(shape_index)]
        return found


@dataclass(frozen=True)
class Areas:
    """The street and grid indexes of the stored layers (None: that layer was not imported)."""

    streets: AreaIndex | None
    grids: AreaIndex | None

    def street_at(self, lon: float, lat: float) -> str | None:
        """The code of the street polygon holding the point, if any."""
        return self.streets.at(lon, lat) if self.streets else None

    def grid_at(self, lon: float, lat: float) -> str | None:
        """The code of the grid polygon holding the point, if any."""
        return self.grids.at(lon, lat) if self.grids else None


_lock = threading.Lock()
_indexes: OrderedDict[str, AreaIndex] = OrderedDict()


def current_areas(session: Session) -> Areas:
    """The indexes of the streets and grids layers as stored now."""
    digests = layer_digests(session, ("streets", "grids"))
    return Areas(
        streets=_index(session, "streets", digests.get("streets")),
        grids=_index(session, "grids", digests.get("grids")),
    )


def _index(session: Session, name: str, digest: str | None) -> AreaIndex | None:
    if digest is None:
        return None
    with _lock:
        index = _indexes.get(digest)
        if index is not None:
            _indexes.move_to_end(digest)
            return index
    found = stored_features(session, name)
    if found is None:  # removed since the digests were read
        return None
    index = AreaIndex.of(found[0])
    with _lock:
        _indexes[digest] = index
        while len(_indexes) > _KEPT:
            _indexes.popitem(last=False)
    return index
