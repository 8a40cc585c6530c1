"""GeoJSON geometries read strictly: positions checked, GCJ-02 converted, shapes validated.

`read_geometry` turns one GeoJSON geometry object into the stored (WGS-84, rounded) form and a
shapely shape, or raises `GeometryError` with a sentence an administrator can act on.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import shapely
from shapely.errors import GEOSException
from shapely.geometry import shape

from server.map.catalog import Bounds
from server.map.gcj02 import gcj_to_wgs

# 7 decimals of a degree: about 1 cm, finer than any survey a center will import.
DECIMALS = 7
# How deep each type nests its positions: Point 0, LineString 1, Polygon 2, Multi… one more.
DEPTH = {
    "Point": 0,
    "LineString": 1,
    "MultiPoint": 1,
    "Polygon": 2,
    "MultiLineString": 2,
    "MultiPolygon": 3,
}
CRS = ("wgs84", "gcj02")

Convert = Callable[[float, float], tuple[float, float]]


class GeometryError(ValueError):
    """A geometry that cannot be stored, with the reason."""


def read_geometry(
    raw: Any, *, allowed: tuple[str, ...], bounds: Bounds, crs: str
) -> tuple[dict[str, Any], Any]:
    """The geometry as stored (WGS-84) and as a shapely shape; GeometryError otherwise."""
    if not isinstance(raw, dict):
        raise GeometryError("the feature has no geometry object")
    kind = raw.get("type")
    if kind not in allowed:
        expected = " or ".join(allowed)
        raise GeometryError(f"geometry type {kind!r} does not belong in this layer ({expected})")
    convert: Convert = gcj_to_wgs if crs == "gcj02" else _same
    coordinates = _positions(raw.get("coordinates"), DEPTH[kind], convert, bounds)
    if kind in ("Polygon", "MultiPolygon"):
        polygons = [coordinates] if kind == "Polygon" else coordinates
        for polygon in polygons:
            _check_rings(polygon)
    if kind in ("LineString", "MultiLineString"):
        lines = [coordinates] if kind == "LineString" else coordinates
        if any(len(line) < 2 for line in lines):
            raise GeometryError("a line needs at least two positions")
    stored = {"type": kind, "coordinates": coordinates}
    try:
        geometry = shape(stored)
        valid = geometry.is_valid
    except (GEOSException, ValueError) as exc:  # what GEOS cannot even build
        raise GeometryError(f"invalid geometry: {exc}") from exc
    if geometry.is_empty:
        raise GeometryError("the geometry is empty")
    if not valid:
        raise GeometryError(f"invalid geometry: {shapely.is_valid_reason(geometry)}")
    return stored, geometry


def _same(lon: float, lat: float) -> tuple[float, float]:
    return lon, lat


def _positions(value: Any, depth: int, convert: Convert, bounds: Bounds) -> Any:
    if depth == 0:
        return _position(value, convert, bounds)
    if not isinstance(value, list) or not value:
        raise GeometryError("coordinates must be non-empty arrays nested as the type says")
    return [_positions(item, depth - 1, convert, bounds) for item in value]


def _position(value: Any, convert: Convert, bounds: Bounds) -> list[float]:
    if not isinstance(value, list) or len(value) not in (2, 3):
        raise GeometryError("a position is [longitude, latitude] (an altitude may follow)")
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in value):
        raise GeometryError("a position holds numbers only")
    lon, lat = float(value[0]), float(value[1])
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise GeometryError("a position holds finite numbers only")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise GeometryError(
            f"[{lon}, {lat}] is no longitude/latitude pair (projected metres? give WGS-84 degrees)"
        )
    lon, lat = convert(lon, lat)
    if not bounds.holds(lon, lat):
        raise GeometryError(
            f"[{lon:.6f}, {lat:.6f}] lies outside the district "
            f"({bounds.west:.3f}–{bounds.east:.3f} E, {bounds.south:.3f}–{bounds.north:.3f} N); "
            "longitude comes first in GeoJSON"
        )
    return [round(lon, DECIMALS), round(lat, DECIMALS)]


def _check_rings(polygon: list[list[list[float]]]) -> None:
    for ring in polygon:
        if len(ring) < 4:
            raise GeometryError("a polygon ring needs at least four positions")
        if ring[0] != ring[-1]:
            raise GeometryError("a polygon ring must end where it starts (closed)")
