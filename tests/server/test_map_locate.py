"""Which street a point lies in: by the streets layer's polygons, also a few metres from a
boundary, for /map/locate and for a new case's street (not the address text alone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.map.areas import AreaIndex, Areas
from server.map.gcj02 import wgs_to_gcj
from server.services import resolve
from server.state import AppState
from tests.server.test_map_layers import collection, feature, map_ready, square
from tests.support.factories import case_body, new_key

Headers = Callable[[str], dict[str, str]]

# Two streets sharing the meridian 120.88 E, and a third south of them leaving a 20 m sliver
# (0.0002° of latitude) between it and the first.
BOUNDARY_LON = 120.88
LAYER = collection(
    feature(square(120.86, 32.00, BOUNDARY_LON, 32.02), code="hepingqiao"),
    feature(square(BOUNDARY_LON, 32.00, 120.90, 32.02), code="chengdong"),
    feature(square(120.86, 31.98, 120.88, 31.9998), code="xuetian"),
)
METRE_LON = 1 / (111_320 * 0.848)  # a metre of longitude at 32° N, in degrees


@pytest.fixture
def api(client: TestClient, headers: Headers) -> TestClient:
    map_ready(client)
    response = client.put("/api/v1/map/layers/streets", json=LAYER, headers=headers("admin"))
    assert response.status_code == 200, response.text
    return client


def locate(api: TestClient, headers: Headers, lon: float, lat: float, **extra: Any) -> Any:
    response = api.post(
        "/api/v1/map/locate",
        json={"lon": lon, "lat": lat, **extra},
        headers=headers("duty_officer"),
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("metres_east", "street"),
    [(-50, "hepingqiao"), (-3, "hepingqiao"), (-0.5, "hepingqiao"), (0.5, "chengdong"),
     (3, "chengdong"), (50, "chengdong")],
)  # fmt: skip
def test_points_either_side_of_a_boundary(
    api: TestClient, headers: Headers, metres_east: float, street: str
) -> None:
    found = locate(api, headers, BOUNDARY_LON + metres_east * METRE_LON, 32.01)
    assert found["street_code"] == street
    assert found["street_by"] == "polygon"


def test_a_point_on_the_boundary_gets_one_street_whatever_the_order(
    api: TestClient, headers: Headers
) -> None:
    on_edge = locate(api, headers, BOUNDARY_LON, 32.01)["street_code"]
    assert on_edge in ("hepingqiao", "chengdong")
    reversed_layer = collection(*reversed(LAYER["features"]))
    api.put("/api/v1/map/layers/streets", json=reversed_layer, headers=headers("admin"))
    assert locate(api, headers, BOUNDARY_LON, 32.01)["street_code"] == on_edge


def test_a_sliver_between_polygons_snaps_to_the_nearest(api: TestClient, headers: Headers) -> None:
    # 5 m below hepingqiao's edge, 15 m above xuetian's: in neither polygon.
    assert locate(api, headers, 120.87, 32.0 - 0.000045)["street_code"] == "hepingqiao"
    assert locate(api, headers, 120.87, 31.9998 + 0.00004)["street_code"] == "xuetian"


def test_outside_every_polygon_no_street(api: TestClient, headers: Headers) -> None:
    found = locate(api, headers, 120.95, 32.05)  # inside the district box, outside the layer
    assert found["street_code"] is None and found["street_by"] is None
    assert found["in_district"] is True


def test_a_gcj02_point_is_converted_before_it_is_placed(api: TestClient, headers: Headers) -> None:
    # 3 m west of the boundary in WGS-84; its GCJ-02 form lies ~500 m away, east of it.
    wgs_lon, wgs_lat = BOUNDARY_LON - 3 * METRE_LON, 32.01
    gcj_lon, gcj_lat = wgs_to_gcj(wgs_lon, wgs_lat)
    assert gcj_lon > BOUNDARY_LON
    found = locate(api, headers, gcj_lon, gcj_lat, crs="gcj02")
    assert found["street_code"] == "hepingqiao"
    assert found["lon"] == pytest.approx(wgs_lon, abs=1e-7)
    assert found["lat"] == pytest.approx(wgs_lat, abs=1e-7)


def test_locate_refuses_an_unknown_crs(api: TestClient, headers: Headers) -> None:
    response = api.post(
        "/api/v1/map/locate",
        json={"lon": 120.87, "lat": 32.01, "crs": "bd09"},
        headers=headers("duty_officer"),
    )
    assert response.status_code == 422


def test_the_demo_grid_of_a_point(client: TestClient, headers: Headers) -> None:
    map_ready(client)
    grids = client.get("/api/v1/map/layers/grids", headers=headers("duty_officer")).json()
    grid = next(f for f in grids["features"] if f["properties"]["code"] == "hongqiao-02-02")
    ring = grid["geometry"]["coordinates"][0]
    # A point well inside the grid: the mean of its ring's vertices (a convex sector).
    lon = sum(p[0] for p in ring[:-1]) / (len(ring) - 1)
    lat = sum(p[1] for p in ring[:-1]) / (len(ring) - 1)
    found = locate(client, headers, lon, lat)
    assert found["grid_code"] == "hongqiao-02-02"
    assert found["street_code"] == "hongqiao"


@pytest.mark.parametrize(("metres_east", "street"), [(-3, "hepingqiao"), (3, "chengdong")])
def test_a_new_case_takes_the_street_of_its_point(
    api: TestClient, headers: Headers, metres_east: float, street: str
) -> None:
    # The address names 城东 on both sides: the point decides.
    body = case_body(
        address="城东街道人民东路88号", lon=BOUNDARY_LON + metres_east * METRE_LON, lat=32.01
    )
    response = api.post(
        "/api/v1/cases",
        json=body,
        headers={**headers("duty_officer"), "Idempotency-Key": new_key()},
    )
    assert response.status_code == 201, response.text
    assert response.json()["street"] == street


def test_a_named_street_wins_and_no_point_leaves_the_address(
    api: TestClient, headers: Headers
) -> None:
    auth = headers("duty_officer")
    named = case_body(street="xuetian", address="城东街道", lon=120.87, lat=32.01)
    response = api.post("/api/v1/cases", json=named, headers={**auth, "Idempotency-Key": new_key()})
    assert response.json()["street"] == "xuetian"
    no_point = case_body(address="城东街道人民东路88号")
    response = api.post(
        "/api/v1/cases", json=no_point, headers={**auth, "Idempotency-Key": new_key()}
    )
    assert response.json()["street"] == "chengdong"
    outside = case_body(address="城东街道人民东路88号", lon=120.95, lat=32.05)
    response = api.post(
        "/api/v1/cases", json=outside, headers={**auth, "Idempotency-Key": new_key()}
    )
    assert response.json()["street"] == "chengdong"  # outside every polygon: the address


def test_the_rule_without_a_streets_layer_is_the_address_then_the_nearest_centre(
    state: AppState,
) -> None:
    ref = state.reference.get()
    no_layer = Areas(streets=None, grids=None)
    # 学田's centre is 31.998 N, 120.862 E: a point 330 m south of it, and one 55 km away.
    near = resolve.street_of_report(ref, address="", lat=31.995, lon=120.862, areas=no_layer)
    assert near is not None and near.code == "xuetian"
    named = resolve.street_of_report(
        ref, address="城东街道", lat=31.995, lon=120.862, areas=no_layer
    )
    assert named is not None and named.code == "chengdong"  # the address before the centre
    assert resolve.street_of_report(ref, address="", lat=32.5, lon=120.862, areas=no_layer) is None
    # With a layer, a point outside every polygon is in no street (not the nearest centre),
    # and the address names the street before nothing does.
    layered = Areas(streets=AreaIndex.of(LAYER["features"][:2]), grids=None)
    assert resolve.street_of_report(ref, address="", lat=31.995, lon=120.862, areas=layered) is None
    inside = resolve.street_of_report(ref, address="城东街道", lat=32.01, lon=120.87, areas=layered)
    assert inside is not None and inside.code == "hepingqiao"  # the polygon before the address
