"""WGS-84 longitude/latitude to Web Mercator metres and back, and the tile grid over them.

The map draws in Web Mercator (EPSG:3857) so that a raster basemap's tiles (the XYZ scheme
every tile package uses) line up with the vector layers. Works on numpy arrays or floats;
no Qt here.
"""

from __future__ import annotations

import math

import numpy as np

RADIUS = 6378137.0  # metres, the WGS-84 semi-major axis Web Mercator uses
HALF_WORLD = math.pi * RADIUS  # the world spans [-HALF_WORLD, HALF_WORLD] both ways
TILE_PX = 256
MAX_LAT = 85.05112878


def to_xy(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator metres of WGS-84 degrees (arrays in, arrays out)."""
    lat = np.clip(lat, -MAX_LAT, MAX_LAT)
    x = np.radians(lon) * RADIUS
    y = np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * RADIUS
    return x, y


def point_xy(lon: float, lat: float) -> tuple[float, float]:
    """Web Mercator metres of one WGS-84 point."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return (
        math.radians(lon) * RADIUS,
        math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * RADIUS,
    )


def point_lonlat(x: float, y: float) -> tuple[float, float]:
    """WGS-84 degrees of a Web Mercator point."""
    return math.degrees(x / RADIUS), math.degrees(2 * math.atan(math.exp(y / RADIUS)) - math.pi / 2)


def scale_of_zoom(zoom: float) -> float:
    """Screen pixels per metre at a (fractional) tile zoom level."""
    return float(TILE_PX * 2.0**zoom / (2 * HALF_WORLD))


def zoom_of_scale(scale: float) -> float:
    """The (fractional) tile zoom level of a scale in pixels per metre."""
    return math.log2(scale * 2 * HALF_WORLD / TILE_PX)


def tile_span(z: int) -> float:
    """The width of one tile of zoom z, in metres."""
    return float(2 * HALF_WORLD / 2**z)


def tiles_covering(z: int, x0: float, y0: float, x1: float, y1: float) -> list[tuple[int, int]]:
    """The (x, y) tiles of zoom z over the metre rectangle (x0, y0)–(x1, y1), centre first."""
    span, count = tile_span(z), 2**z
    left = max(0, int(math.floor((x0 + HALF_WORLD) / span)))
    right = min(count - 1, int(math.floor((x1 + HALF_WORLD) / span)))
    top = max(0, int(math.floor((HALF_WORLD - y1) / span)))
    bottom = min(count - 1, int(math.floor((HALF_WORLD - y0) / span)))
    tiles = [(tx, ty) for tx in range(left, right + 1) for ty in range(top, bottom + 1)]
    mx, my = (left + right) / 2, (top + bottom) / 2
    tiles.sort(key=lambda t: (t[0] - mx) ** 2 + (t[1] - my) ** 2)
    return tiles


def tile_origin(z: int, tx: int, ty: int) -> tuple[float, float]:
    """The metre coordinates of a tile's top-left corner."""
    span = tile_span(z)
    return tx * span - HALF_WORLD, HALF_WORLD - ty * span
