"""GCJ-02 ↔ WGS-84 on published point pairs.

The pairs are the test data of two widely used open implementations:
- googollee/eviltransform (python/test.py, go/transform_test.go): WGS-84 → GCJ-02 for
  Shanghai, Shenzhen and Beijing, to 6 decimals, and the inverse within 0.5 m ("exact");
- wandergis/coordtransform (test/app.js): wgs84togcj02(116.404, 39.915) =
  [116.41024449916938, 39.91640428150164].
"""

from __future__ import annotations

import math

import pytest

from server.map.gcj02 import gcj_to_wgs, out_of_china, wgs_to_gcj

# (wgs lon, wgs lat, gcj lon, gcj lat)
EVILTRANSFORM = [
    (121.5272106, 31.1774276, 121.531541859215, 31.17530398364597),  # shanghai
    (113.912316, 22.543847, 113.9171764808363, 22.540796131694766),  # shenzhen
    (116.377817, 39.911954, 116.38404722455657, 39.91334545536069),  # beijing
]
COORDTRANSFORM = [(116.404, 39.915, 116.41024449916938, 39.91640428150164)]
PAIRS = EVILTRANSFORM + COORDTRANSFORM


def metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    dy = (lat2 - lat1) * 111_320
    dx = (lon2 - lon1) * 111_320 * math.cos(math.radians(lat1))
    return math.hypot(dx, dy)


@pytest.mark.parametrize(("wgs_lon", "wgs_lat", "gcj_lon", "gcj_lat"), PAIRS)
def test_wgs_to_gcj_gives_the_published_point(
    wgs_lon: float, wgs_lat: float, gcj_lon: float, gcj_lat: float
) -> None:
    lon, lat = wgs_to_gcj(wgs_lon, wgs_lat)
    assert lon == pytest.approx(gcj_lon, abs=1e-6)
    assert lat == pytest.approx(gcj_lat, abs=1e-6)


@pytest.mark.parametrize(("wgs_lon", "wgs_lat", "gcj_lon", "gcj_lat"), PAIRS)
def test_gcj_to_wgs_recovers_the_published_point(
    wgs_lon: float, wgs_lat: float, gcj_lon: float, gcj_lat: float
) -> None:
    lon, lat = gcj_to_wgs(gcj_lon, gcj_lat)
    assert metres(lon, lat, wgs_lon, wgs_lat) < 0.5  # eviltransform's bound for the exact inverse


def test_the_offset_in_the_district_is_hundreds_of_metres_and_inverts() -> None:
    # 南通 濠河 (the district's centre): the shift a web map applies, and its undoing.
    lon, lat = 120.868, 32.018
    shifted = wgs_to_gcj(lon, lat)
    assert 100 < metres(lon, lat, *shifted) < 1000
    back = gcj_to_wgs(*shifted)
    assert metres(lon, lat, *back) < 0.01


def test_outside_china_nothing_moves() -> None:
    assert out_of_china(2.35, 48.85)
    assert wgs_to_gcj(2.35, 48.85) == (2.35, 48.85)
    assert gcj_to_wgs(2.35, 48.85) == (2.35, 48.85)
