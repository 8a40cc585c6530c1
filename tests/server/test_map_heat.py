"""The heat of intake by area over a period: counts by street or grid with the top categories,
on cases seeded at a moment far from the demo backlog; drill cases apart (rule 8)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from tests.server.test_map_layers import map_ready
from tests.support.clock import SettableClock
from tests.support.factories import bearer_headers, case_body, demo_settings, new_key

Headers = Callable[[str], dict[str, str]]
SHANGHAI = ZoneInfo("Asia/Shanghai")
MOMENT = datetime(2031, 3, 3, 10, 0, tzinfo=SHANGHAI)
WINDOW = {"since": "2031-03-01T00:00:00+08:00", "until": "2031-03-08T00:00:00+08:00"}


def grid_point(client: TestClient, headers: Headers, code: str) -> tuple[float, float]:
    grids = client.get("/api/v1/map/layers/grids", headers=headers("duty_officer")).json()
    ring = next(f for f in grids["features"] if f["properties"]["code"] == code)["geometry"][
        "coordinates"
    ][0][:-1]
    return sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return demo_settings(tmp_path)
    return demo_settings(tmp_path, database_url=str(request.getfixturevalue("postgres_url")))


@pytest.fixture
def api(client: TestClient, headers: Headers) -> TestClient:
    map_ready(client)
    clock = SettableClock(MOMENT + timedelta(days=40))
    client.app.state.cc.clock = clock  # type: ignore[attr-defined]
    # After the window first, signed in then (a token lives for hours, not for 40 days).
    later = {**bearer_headers(client, "duty_officer"), "Idempotency-Key": new_key()}
    body = case_body(street="chengdong", category="noise")
    assert client.post("/api/v1/cases", json=body, headers=later).status_code == 201
    clock.set(MOMENT)
    lon, lat = grid_point(client, headers, "hongqiao-02-02")

    def report(user: str = "duty_officer", **fields: Any) -> None:
        response = client.post(
            "/api/v1/cases",
            json=case_body(**fields),
            headers={**headers(user), "Idempotency-Key": new_key()},
        )
        assert response.status_code == 201, response.text

    for _ in range(3):
        report(street="hongqiao", category="noise")
    report(street="hongqiao", category="garbage", grid="hongqiao-02-01")
    report(street="chengdong", category="garbage")
    report(street="chengdong", category="garbage")
    report(address="某小区门口", category="price")  # names no street: unplaced
    report(address="", category="noise", lon=lon, lat=lat)  # a point in grid hongqiao-02-02
    report(user="trainer", street="xuetian", category="noise")  # a drill case
    clock.advance(timedelta(minutes=1))
    return client


def heat(api: TestClient, headers: Headers, user: str = "supervisor", **query: Any) -> Any:
    response = api.get("/api/v1/map/heat", params={**WINDOW, **query}, headers=headers(user))
    assert response.status_code == 200, response.text
    return response.json()


def test_counts_by_street_with_top_categories(api: TestClient, headers: Headers) -> None:
    body = heat(api, headers, cell="street", top=2)
    areas = {a["code"]: a for a in body["areas"]}
    assert len(areas) == 15  # every street, 0 included
    assert areas["hongqiao"]["count"] == 5  # 3 noise, 1 garbage, and the located case
    assert areas["hongqiao"]["top_categories"] == [
        {"code": "noise", "name": "噪声扰民", "count": 4},
        {"code": "garbage", "name": "垃圾暴露与乱堆乱放", "count": 1},
    ]
    assert areas["chengdong"]["count"] == 2
    assert areas["xuetian"]["count"] == 0  # the drill case is not live intake
    assert areas["xuetian"]["top_categories"] == []
    assert body["top_areas"] == ["hongqiao", "chengdong"]
    assert [a["code"] for a in body["areas"][:2]] == ["hongqiao", "chengdong"]
    assert (body["total"], body["unplaced"], body["max_count"]) == (8, 1, 5)
    assert body["since"] == "2031-03-01T00:00:00+08:00" and body["drill"] is False


def test_counts_by_grid_place_a_point_in_its_polygon(api: TestClient, headers: Headers) -> None:
    body = heat(api, headers, cell="grid")
    areas = {a["code"]: a["count"] for a in body["areas"]}
    assert areas["hongqiao-02-01"] == 1  # filed under it
    assert areas["hongqiao-02-02"] == 1  # its point lies there
    assert sum(areas.values()) == 2
    assert body["unplaced"] == 6
    assert body["top_areas"] == ["hongqiao-02-01", "hongqiao-02-02"]


def test_a_trainer_sees_the_drill_intake_only(api: TestClient, headers: Headers) -> None:
    body = heat(api, headers, user="trainer")
    assert body["drill"] is True and body["total"] == 1
    assert body["areas"][0]["code"] == "xuetian" and body["areas"][0]["count"] == 1


def test_the_period_bounds_the_count(api: TestClient, headers: Headers) -> None:
    later = heat(api, headers, since="2031-04-01T00:00:00+08:00", until="2031-04-30T00:00:00+08:00")
    assert later["total"] == 1 and later["top_areas"] == ["chengdong"]
    # Without since/until: the 30 days up to now (the clock), the live cases of MOMENT.
    response = api.get("/api/v1/map/heat", headers=headers("duty_officer"))
    assert response.json()["total"] == 8


@pytest.mark.parametrize(
    "query",
    [
        {"since": "2031-03-08T00:00:00+08:00", "until": "2031-03-01T00:00:00+08:00"},
        {"since": "2029-01-01T00:00:00+08:00", "until": "2031-03-01T00:00:00+08:00"},
        {"since": "2031-03-01T00:00:00"},  # no offset
        {"cell": "community"},
    ],
)
def test_a_bad_period_or_cell_is_422(api: TestClient, headers: Headers, query: Any) -> None:
    response = api.get("/api/v1/map/heat", params=query, headers=headers("supervisor"))
    assert response.status_code == 422, response.text


def test_a_department_may_not_read_the_heat(api: TestClient, headers: Headers) -> None:
    response = api.get("/api/v1/map/heat", params=WINDOW, headers=headers("dept_urban"))
    assert response.status_code == 403
