"""A layer imported as a file: a zipped Shapefile (pyshp writes one here, with GBK text and
DBF's 10-character field names) or a .geojson file, as multipart; projected files refused."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import orjson
import pytest
import shapefile
from fastapi.testclient import TestClient

from tests.server.test_map_layers import TWO_STREETS, map_ready

Headers = Callable[[str], dict[str, str]]
WGS84_PRJ = (
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],'
    'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]'
)
GAUSS_PRJ = (
    'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000"]]'
)


def zipped_grids(*, prj: str | None = WGS84_PRJ, encoding: str = "gbk", cpg: bool = False) -> bytes:
    """A grids Shapefile of one grid, its street named in a truncated DBF field."""
    shp, shx, dbf = io.BytesIO(), io.BytesIO(), io.BytesIO()
    with shapefile.Writer(shp=shp, shx=shx, dbf=dbf, shapeType=shapefile.POLYGON,
                          encoding=encoding) as writer:  # fmt: skip
        writer.field("CODE", "C", size=40)
        writer.field("STREET_COD", "C", size=40)
        writer.field("NAME", "C", size=80)
        writer.field("AREA_M2", "N", size=12)
        ring = [(120.866, 32.040), (120.866, 32.043), (120.869, 32.043), (120.869, 32.040),
                (120.866, 32.040)]  # fmt: skip
        writer.poly([ring])
        writer.record("hongqiao-02-01", "hongqiao", "新中社区第1网格", 90000)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("网格/grids.shp", shp.getvalue())
        archive.writestr("网格/grids.shx", shx.getvalue())
        archive.writestr("网格/grids.dbf", dbf.getvalue())
        if prj is not None:
            archive.writestr("网格/grids.prj", prj)
        if cpg:
            archive.writestr("网格/grids.cpg", encoding.upper())
    return out.getvalue()


@pytest.fixture
def api(client: TestClient) -> TestClient:
    return map_ready(client)


def put_file(api: TestClient, headers: Headers, layer: str, name: str, data: bytes) -> Any:
    return api.put(
        f"/api/v1/map/layers/{layer}", files={"file": (name, data)}, headers=headers("admin")
    )


@pytest.mark.parametrize(("encoding", "cpg"), [("gbk", False), ("utf-8", True)])
def test_a_zipped_shapefile_is_imported(
    api: TestClient, headers: Headers, encoding: str, cpg: bool
) -> None:
    data = zipped_grids(encoding=encoding, cpg=cpg)
    response = put_file(api, headers, "grids", "grids.zip", data)
    assert response.status_code == 200, response.text
    assert response.json()["feature_count"] == 1
    layer = api.get("/api/v1/map/layers/grids", headers=headers("duty_officer")).json()
    (grid,) = layer["features"]
    assert grid["properties"] == {
        "code": "hongqiao-02-01",
        "name": "新中社区第1网格",
        "street_code": "hongqiao",
        "community": "新中社区",
    }
    assert grid["geometry"]["type"] == "Polygon"
    assert [120.866, 32.04] in grid["geometry"]["coordinates"][0]


def test_a_projected_shapefile_is_refused_with_what_to_send(
    api: TestClient, headers: Headers
) -> None:
    before = api.get("/api/v1/map/layers/grids", headers=headers("admin")).headers["etag"]
    response = put_file(api, headers, "grids", "grids.zip", zipped_grids(prj=GAUSS_PRJ))
    assert response.status_code == 422
    assert "EPSG:4326" in response.json()["detail"] and "projected" in response.json()["detail"]
    assert api.get("/api/v1/map/layers/grids", headers=headers("admin")).headers["etag"] == before


def test_a_zip_without_its_dbf_or_a_broken_zip_is_refused(
    api: TestClient, headers: Headers
) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.shp", b"\0" * 100)
        archive.writestr("a.shx", b"\0" * 100)
    response = put_file(api, headers, "grids", "a.zip", out.getvalue())
    assert response.status_code == 422 and "a.dbf" in response.json()["detail"]
    response = put_file(api, headers, "grids", "b.zip", b"PK\x03\x04 not really a zip")
    assert response.status_code == 422 and "not a zip" in response.json()["detail"]


def test_a_geojson_file_is_imported(api: TestClient, headers: Headers) -> None:
    response = put_file(api, headers, "streets", "streets.geojson", orjson.dumps(TWO_STREETS))
    assert response.status_code == 200, response.text
    assert response.json()["feature_count"] == 2


def test_bad_json_and_other_types_are_refused(api: TestClient, headers: Headers) -> None:
    auth = {**headers("admin"), "Content-Type": "application/geo+json"}
    response = api.put("/api/v1/map/layers/streets", content=b"{not json", headers=auth)
    assert response.status_code == 400 and response.json()["code"] == "malformed_json"
    text = {**headers("admin"), "Content-Type": "text/plain"}
    response = api.put("/api/v1/map/layers/streets", content=b"x", headers=text)
    assert response.status_code == 415
