"""The offline basemap: tiles from a small MBTiles file built here (TMS rows flipped to XYZ)
and from a tile folder; a clear 404 when none is configured or a tile is missing."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from tests.server.test_map_layers import map_ready

Headers = Callable[[str], dict[str, str]]


def png(z: int, x: int, y: int) -> bytes:
    """A tile whose colour encodes its XYZ address, so a wrong row is seen."""
    out = io.BytesIO()
    Image.new("RGB", (8, 8), shade(z, x, y)).save(out, format="PNG")
    return out.getvalue()


def shade(z: int, x: int, y: int) -> tuple[int, int, int]:
    return (z * 40 % 256, x * 40 % 256, y * 40 % 256)


def build_mbtiles(path: Path, zooms: range, *, metadata: bool = True) -> None:
    with closing(sqlite3.connect(path)) as db, db:
        if metadata:
            db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        if metadata:
            db.executemany(
                "INSERT INTO metadata VALUES (?, ?)",
                [("name", "崇川区底图"), ("format", "png"), ("attribution", "© 南通测绘 (test)")],
            )
        for z in zooms:
            for x in range(2**z):
                for y in range(2**z):
                    tms_row = 2**z - 1 - y
                    db.execute(
                        "INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, tms_row, png(z, x, y))
                    )
    assert path.stat().st_size > 0


def use_tiles(client: TestClient, configured: str | None) -> None:
    """Point the running app at a tile package (as CC_MAP_TILES would at start)."""
    state = client.app.state.cc  # type: ignore[attr-defined]
    state.settings = state.settings.model_copy(update={"map_tiles": configured})


@pytest.fixture
def api(client: TestClient) -> TestClient:
    return map_ready(client)


def colour(content: bytes) -> tuple[int, int, int]:
    pixel = Image.open(io.BytesIO(content)).convert("RGB").getpixel((0, 0))
    assert isinstance(pixel, tuple)
    return (int(pixel[0]), int(pixel[1]), int(pixel[2]))


def test_mbtiles_serves_each_tile_at_its_xyz_address(
    api: TestClient, headers: Headers, tmp_path: Path
) -> None:
    package = tmp_path / "basemap.mbtiles"
    build_mbtiles(package, range(0, 3))
    use_tiles(api, str(package))
    auth = headers("duty_officer")
    for z, x, y in [(0, 0, 0), (1, 0, 0), (1, 0, 1), (2, 3, 0), (2, 1, 2)]:
        response = api.get(f"/api/v1/map/tiles/{z}/{x}/{y}.png", headers=auth)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "image/png"
        assert colour(response.content) == shade(z, x, y)
    basemap = api.get("/api/v1/map/layers", headers=auth).json()["basemap"]
    assert basemap == {
        "available": True,
        "minzoom": 0,
        "maxzoom": 2,
        "attribution": "© 南通测绘 (test)",
    }


def test_a_package_without_metadata_takes_its_zooms_from_the_tiles(
    api: TestClient, headers: Headers, tmp_path: Path
) -> None:
    package = tmp_path / "bare.mbtiles"
    build_mbtiles(package, range(1, 3), metadata=False)
    use_tiles(api, str(package))
    auth = headers("duty_officer")
    basemap = api.get("/api/v1/map/layers", headers=auth).json()["basemap"]
    assert (basemap["available"], basemap["minzoom"], basemap["maxzoom"]) == (True, 1, 2)
    response = api.get("/api/v1/map/tiles/2/3/1.png", headers=auth)
    assert response.status_code == 200 and colour(response.content) == shade(2, 3, 1)


def test_a_missing_tile_is_a_404_problem(api: TestClient, headers: Headers, tmp_path: Path) -> None:
    package = tmp_path / "basemap.mbtiles"
    build_mbtiles(package, range(1, 2))
    use_tiles(api, str(package))
    auth = headers("duty_officer")
    for path in ("5/0/0", "1/2/0", "0/0/0"):  # beyond maxzoom, beyond the row, below minzoom
        response = api.get(f"/api/v1/map/tiles/{path}.png", headers=auth)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")


def test_without_a_package_tiles_are_404_and_the_basemap_unavailable(
    api: TestClient, headers: Headers
) -> None:
    use_tiles(api, None)
    auth = headers("duty_officer")
    response = api.get("/api/v1/map/tiles/0/0/0.png", headers=auth)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "CC_MAP_TILES" in response.json()["detail"]
    assert api.get("/api/v1/map/layers", headers=auth).json()["basemap"]["available"] is False


def test_a_broken_package_says_why(api: TestClient, headers: Headers, tmp_path: Path) -> None:
    broken = tmp_path / "broken.mbtiles"
    broken.write_bytes(b"not a database at all" * 100)
    use_tiles(api, str(broken))
    auth = headers("duty_officer")
    basemap = api.get("/api/v1/map/layers", headers=auth).json()["basemap"]
    assert basemap["available"] is False and "not a readable MBTiles" in basemap["reason"]
    assert api.get("/api/v1/map/tiles/0/0/0.png", headers=auth).status_code == 404


def test_a_tile_folder_serves_xyz_tiles(api: TestClient, headers: Headers, tmp_path: Path) -> None:
    folder = tmp_path / "tiles"
    for z, x, y in [(3, 6, 2), (4, 13, 5)]:
        (folder / str(z) / str(x)).mkdir(parents=True)
        (folder / str(z) / str(x) / f"{y}.png").write_bytes(png(z, x, y))
    (folder / "metadata.json").write_text(json.dumps({"attribution": "测试瓦片"}), encoding="utf-8")
    use_tiles(api, str(folder))
    auth = headers("duty_officer")
    response = api.get("/api/v1/map/tiles/4/13/5.png", headers=auth)
    assert response.status_code == 200 and colour(response.content) == shade(4, 13, 5)
    assert api.get("/api/v1/map/tiles/4/13/6.png", headers=auth).status_code == 404
    basemap = api.get("/api/v1/map/layers", headers=auth).json()["basemap"]
    assert (basemap["minzoom"], basemap["maxzoom"], basemap["attribution"]) == (3, 4, "测试瓦片")


def test_tiles_need_a_sign_in(api: TestClient) -> None:
    assert api.get("/api/v1/map/tiles/0/0/0.png").status_code == 401
