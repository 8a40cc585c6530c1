"""GCJ-02 (the offset coordinates of Chinese web maps: 高德, 腾讯, …) to WGS-84 and back.

Maps served in China shift every point by an obfuscating function of its position (a few
hundred metres); the server stores WGS-84 only, so coordinates picked on such a map are
converted on the way in. The forward function is the published one (the same constants as
eviltransform and coordtransform); the inverse has no closed form and is found by iterating
the forward one, which converges to well under a centimetre in a few steps.
"""

from __future__ import annotations

import math

# The Krasovsky 1940 ellipsoid the function is defined on.
_A = 6378245.0
_EE = 0.00669342162296594323
# Iteration of the inverse: stop once a step moves less than this (degrees; ~1 mm).
_TOLERANCE_DEG = 1e-8
_MAX_STEPS = 30


def out_of_china(lon: float, lat: float) -> bool:
    """Outside the rough box where the offset applies (there GCJ-02 equals WGS-84)."""
    return not (72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271)


def wgs_to_gcj(lon: float, lat: float) -> tuple[float, float]:
    """The GCJ-02 (lon, lat) that a Chinese web map shows for a WGS-84 point."""
    if out_of_china(lon, lat):
        return lon, lat
    d_lon, d_lat = _offset(lon, lat)
    return lon + d_lon, lat + d_lat


def gcj_to_wgs(lon: float, lat: float) -> tuple[float, float]:
    """The WGS-84 (lon, lat) of a point given in GCJ-02 (to ~1 mm)."""
    if out_of_china(lon, lat):
        return lon, lat
    wgs_lon, wgs_lat = lon, lat
    for _ in range(_MAX_STEPS):
        got_lon, got_lat = wgs_to_gcj(wgs_lon, wgs_lat)
        step_lon, step_lat = lon - got_lon, lat - got_lat
        wgs_lon, wgs_lat = wgs_lon + step_lon, wgs_lat + step_lat
        if abs(step_lon) < _TOLERANCE_DEG and abs(step_lat) < _TOLERANCE_DEG:
            break
    return wgs_lon, wgs_lat


def _offset(lon: float, lat: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    d_lat = _lat_term(x, y)
    d_lon = _lon_term(x, y)
    rad = lat / 180.0 * math.pi
    magic = 1 - _EE * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((_A * (1 - _EE)) / (magic * sqrt_magic) * math.pi)
    d_lon = (d_lon * 180.0) / (_A / sqrt_magic * math.cos(rad) * math.pi)
    return d_lon, d_lat


def _lat_term(x: float, y: float) -> float:
    ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    return ret


def _lon_term(x: float, y: float) -> float:
    ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    ret += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    ret += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    ret += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    return ret
