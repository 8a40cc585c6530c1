"""Map layers: listed, served as GeoJSON with an ETag, imported by an admin after checks that
refuse a bad layer whole (faults by feature, nothing stored, nothing logged)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.map.demo import seed_demo_layers
from server.map.gcj02 import wgs_to_gcj
from server.routes import map as map_routes
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]


def map_ready(client: TestClient) -> TestClient:
    """The app with the map's routes and the demo's schematic layers, as create_app gives
    them once the map is wired in (then this adds nothing)."""
    app: Any = client.app
    if not any(str(getattr(r, "path", "")).startswith("/api/v1/map/") for r in app.routes):
        app.include_router(map_routes.router)
    state = app.state.cc
    with state.db.write() as session:
        seed_demo_layers(session, state.clock())
    return client


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return demo_settings(tmp_path)
    return demo_settings(tmp_path, database_url=str(request.getfixturevalue("postgres_url")))


@pytest.fixture
def api(client: TestClient) -> TestClient:
    return map_ready(client)


def square(west: float, south: float, east: float, north: float) -> dict[str, Any]:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def feature(geometry: dict[str, Any], **properties: Any) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def collection(*features: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


TWO_STREETS = collection(
    feature(square(120.86, 32.00, 120.88, 32.02), code="hepingqiao"),
    feature(square(120.88, 32.00, 120.90, 32.02), code="chengdong"),
)


def admin_log(api: TestClient, headers: Headers) -> list[dict[str, Any]]:
    response = api.get("/api/v1/admin-log", headers=headers("admin"))
    assert response.status_code == 200, response.text
    return [e for e in response.json()["items"] if e["kind"] == "map_layer"]


def test_the_demo_lists_every_layer_schematic(api: TestClient, headers: Headers) -> None:
    response = api.get("/api/v1/map/layers", headers=headers("duty_officer"))
    assert response.status_code == 200, response.text
    body = response.json()
    layers = {layer["name"]: layer for layer in body["layers"]}
    assert set(layers) == {"streets", "communities", "grids", "rivers", "pois"}
    assert layers["streets"]["feature_count"] == 15
    assert layers["grids"]["feature_count"] == 15
    assert layers["rivers"]["feature_count"] == 11
    assert all(layer["schematic"] for layer in layers.values())
    assert (layers["streets"]["title"], layers["streets"]["kind"]) == ("街道", "polygon")
    assert layers["rivers"]["kind"] == "line" and layers["pois"]["kind"] == "point"
    assert body["basemap"]["available"] is False
    west, south, east, north = body["bounds"]
    assert west < 120.86 < east and south < 32.0 < north


def test_a_layer_is_geojson_with_the_reference_codes(api: TestClient, headers: Headers) -> None:
    response = api.get("/api/v1/map/layers/streets", headers=headers("duty_officer"))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection" and body["schematic"] is True
    codes = {f["properties"]["code"]: f["properties"]["name"] for f in body["features"]}
    assert codes["chengdong"] == "城东" and codes["tangzha"] == "唐闸镇" and len(codes) == 15
    assert {f["geometry"]["type"] for f in body["features"]} <= {"Polygon", "MultiPolygon"}
    grids = api.get("/api/v1/map/layers/grids", headers=headers("duty_officer")).json()
    grid = next(f for f in grids["features"] if f["properties"]["code"] == "hongqiao-02-01")
    assert grid["properties"]["street_code"] == "hongqiao"
    assert grid["properties"]["name"] == "新中社区第1网格"
    rivers = api.get("/api/v1/map/layers/rivers", headers=headers("duty_officer")).json()
    haohe = [f for f in rivers["features"] if f["properties"]["code"] == "haohe"]
    assert {f["properties"]["segment_code"] for f in haohe} == {
        "haohe-hepingqiao",
        "haohe-xuetian",
        "haohe-chengdong",
    }
    chiefs = {f["properties"]["segment_code"]: f["properties"]["chief"] for f in haohe}
    assert chiefs["haohe-xuetian"] == "吴志明"
    assert all(f["properties"]["name"] == "濠河" for f in haohe)
    assert {f["geometry"]["type"] for f in rivers["features"]} <= {
        "LineString",
        "MultiLineString",
    }


def test_an_unchanged_layer_answers_304(api: TestClient, headers: Headers) -> None:
    first = api.get("/api/v1/map/layers/grids", headers=headers("duty_officer"))
    etag = first.headers["etag"]
    again = api.get(
        "/api/v1/map/layers/grids", headers={**headers("duty_officer"), "If-None-Match": etag}
    )
    assert again.status_code == 304 and again.content == b""
    listed = [f'W/"other", {etag}', "*"]
    for header in listed:
        response = api.get(
            "/api/v1/map/layers/grids",
            headers={**headers("duty_officer"), "If-None-Match": header},
        )
        assert response.status_code == 304, header
    other = api.get(
        "/api/v1/map/layers/grids", headers={**headers("duty_officer"), "If-None-Match": '"x"'}
    )
    assert other.status_code == 200


def test_an_unknown_layer_is_404(api: TestClient, headers: Headers) -> None:
    response = api.get("/api/v1/map/layers/roads", headers=headers("duty_officer"))
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_an_admin_imports_a_valid_layer(api: TestClient, headers: Headers) -> None:
    before = api.get("/api/v1/map/layers/streets", headers=headers("admin")).headers["etag"]
    response = api.put("/api/v1/map/layers/streets", json=TWO_STREETS, headers=headers("admin"))
    assert response.status_code == 200, response.text
    assert response.json()["feature_count"] == 2 and response.json()["schematic"] is False
    served = api.get("/api/v1/map/layers/streets", headers=headers("duty_officer"))
    assert served.headers["etag"] != before
    body = served.json()
    assert body["schematic"] is False
    assert [f["properties"] for f in body["features"]] == [
        {"code": "hepingqiao", "name": "和平桥"},
        {"code": "chengdong", "name": "城东"},
    ]
    entries = admin_log(api, headers)
    assert [(e["action"], e["target"]) for e in entries] == [("import", "streets")]
    assert entries[0]["after"]["feature_count"] == 2
    assert entries[0]["before"]["feature_count"] == 15


def test_gcj02_coordinates_are_converted_on_import(api: TestClient, headers: Headers) -> None:
    wgs = [[120.86, 32.00], [120.88, 32.00], [120.88, 32.02], [120.86, 32.02], [120.86, 32.00]]
    gcj = [list(wgs_to_gcj(lon, lat)) for lon, lat in wgs]
    body = collection(feature({"type": "Polygon", "coordinates": [gcj]}, code="xuetian"))
    response = api.put("/api/v1/map/layers/streets?crs=gcj02", json=body, headers=headers("admin"))
    assert response.status_code == 200, response.text
    stored = api.get("/api/v1/map/layers/streets", headers=headers("admin")).json()
    ring = stored["features"][0]["geometry"]["coordinates"][0]
    for (lon, lat), (want_lon, want_lat) in zip(ring, wgs, strict=True):
        assert lon == pytest.approx(want_lon, abs=1e-6)
        assert lat == pytest.approx(want_lat, abs=1e-6)


BOWTIE = {
    "type": "Polygon",
    "coordinates": [
        [[120.86, 32.0], [120.88, 32.02], [120.88, 32.0], [120.86, 32.02], [120.86, 32.0]]
    ],
}
BAD_LAYERS = {
    "unknown street code": (
        "streets",
        collection(feature(square(120.86, 32.0, 120.88, 32.02), code="nowhere")),
        "unknown street code 'nowhere'",
    ),
    "self-intersecting": (
        "streets", collection(feature(BOWTIE, code="xuetian")), "Self-intersection"
    ),
    "outside the district": (
        "streets",
        collection(feature(square(121.5, 31.2, 121.52, 31.22), code="xuetian")),
        "outside the district",
    ),
    "latitude first": (
        "streets",
        collection(feature(square(32.0, 120.86, 32.02, 120.88), code="xuetian")),
        "no longitude/latitude pair",
    ),
    "a line in a polygon layer": (
        "streets",
        collection(
            feature({"type": "LineString", "coordinates": [[120.86, 32.0], [120.87, 32.01]]},
                    code="xuetian")
        ),
        "does not belong in this layer",
    ),
    "ring not closed": (
        "streets",
        collection(
            feature({"type": "Polygon", "coordinates": [square(120.86, 32.0, 120.88, 32.02)[
                "coordinates"][0][:-1]]}, code="xuetian")
        ),
        "closed",
    ),
    "a grid of another street": (
        "grids",
        collection(
            feature(square(120.86, 32.0, 120.87, 32.01), code="hongqiao-02-01",
                    street_code="chengdong")
        ),
        "belongs to street hongqiao",
    ),
    "a segment of another river": (
        "rivers",
        collection(
            feature({"type": "LineString", "coordinates": [[120.86, 32.0], [120.87, 32.01]]},
                    code="haohe", segment_code="jintong-tangzha")
        ),
        "濠河 has no segment",
    ),
    "a poi without a category": (
        "pois",
        collection(feature({"type": "Point", "coordinates": [120.86, 32.0]}, code="p1", name="x")),
        '"category" is required',
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("layer", "body", "reason"), list(BAD_LAYERS.values()), ids=list(BAD_LAYERS)
)
def test_a_bad_layer_is_refused_and_nothing_is_stored(
    api: TestClient, headers: Headers, layer: str, body: dict[str, Any], reason: str
) -> None:
    before = api.get(f"/api/v1/map/layers/{layer}", headers=headers("admin"))
    good = collection(*[f for f in before.json()["features"][:2]])
    # One good feature first: the refusal is of the whole layer, not of the bad feature.
    sent = collection(*good["features"][:1], *body["features"])
    response = api.put(f"/api/v1/map/layers/{layer}", json=sent, headers=headers("admin"))
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "invalid"
    assert "nothing was stored" in problem["detail"]
    fault = next(e for e in problem["errors"] if e["index"] == 1)
    assert reason in fault["reason"], fault
    assert fault["field"].startswith("features[1].")
    after = api.get(f"/api/v1/map/layers/{layer}", headers=headers("admin"))
    assert after.headers["etag"] == before.headers["etag"]
    assert admin_log(api, headers) == []


def test_every_fault_is_listed_with_its_index_and_code(api: TestClient, headers: Headers) -> None:
    body = collection(
        feature(square(120.86, 32.0, 120.88, 32.02), code="hepingqiao"),
        feature(square(120.87, 32.0, 120.89, 32.02), code="chengdong"),  # half on the first
        feature(BOWTIE, code="xuetian"),
        feature(square(120.90, 32.0, 120.91, 32.01), code="hepingqiao"),  # twice
    )
    response = api.put("/api/v1/map/layers/streets", json=body, headers=headers("admin"))
    assert response.status_code == 422
    faults = [(e["index"], e["code"]) for e in response.json()["errors"]]
    assert faults == [(1, "chengdong"), (2, "xuetian"), (3, "hepingqiao")]
    assert response.json()["error_count"] == 3
    overlap = response.json()["errors"][0]["reason"]
    assert "overlaps hepingqiao (feature 0)" in overlap


def test_not_a_feature_collection_is_refused(api: TestClient, headers: Headers) -> None:
    response = api.put(
        "/api/v1/map/layers/pois", json={"type": "Feature"}, headers=headers("admin")
    )
    assert response.status_code == 422
    assert "FeatureCollection" in response.json()["detail"]


@pytest.mark.parametrize("user", ["duty_officer", "supervisor"])
def test_only_an_admin_imports(api: TestClient, headers: Headers, user: str) -> None:
    response = api.put("/api/v1/map/layers/streets", json=TWO_STREETS, headers=headers(user))
    assert response.status_code == 403
    served = api.get("/api/v1/map/layers/streets", headers=headers(user)).json()
    assert served["schematic"] is True and len(served["features"]) == 15


def test_reading_needs_a_sign_in(api: TestClient) -> None:
    assert api.get("/api/v1/map/layers").status_code == 401
    assert api.get("/api/v1/map/layers/streets").status_code == 401
