"""The admin log: every change outside the case trail, append-only in the database itself,
searchable by kind, user, date and text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from server.migrate import upgrade

Headers = Callable[[str], dict[str, str]]


def log(client: TestClient, headers: Headers, **params: object) -> dict:
    response = client.get("/api/v1/admin-log", params=params, headers=headers("admin"))
    assert response.status_code == 200, response.text
    return response.json()


def test_changes_of_every_kind_are_listed_newest_first_and_filtered(
    client: TestClient, headers: Headers
) -> None:
    admin = headers("admin")
    assert client.put("/api/v1/calendar/days/2027-01-01", json={"kind": "holiday", "name": "元旦"},
                      headers=admin).status_code == 200  # fmt: skip
    camera = {"code": "cam-test-1", "name": "测试摄像头", "street": "chengdong", "lat": 32.0,
              "lon": 120.9, "stream_url": "rtsp://10.0.0.1/1"}  # fmt: skip
    created = client.post("/api/v1/cameras", json=camera, headers=admin)
    assert created.status_code == 201, created.text
    assert client.patch(f"/api/v1/cameras/{created.json()['id']}", json={"status": "offline"},
                        headers=admin).status_code == 200  # fmt: skip
    rule = {"color_rule": {"kind": "threshold", "green": 5.0, "red_below": 0.0}}
    assert client.patch("/api/v1/indicators/budget_revenue", json=rule,
                        headers=admin).status_code == 200  # fmt: skip
    user = {"username": "wang.fang", "display_name": "王芳", "role": "supervisor",
            "password": "temporary-1"}  # fmt: skip
    assert client.post("/api/v1/users", json=user, headers=admin).status_code == 201

    everything = log(client, headers)["items"]
    kinds = [(item["kind"], item["action"]) for item in everything]
    assert kinds[:5] == [
        ("user", "create"),
        ("indicator", "color_rule"),
        ("camera", "update"),
        ("camera", "create"),
        ("calendar", "set"),
    ]
    assert ("sign_in", "success") in kinds
    update = everything[2]
    assert update["target"] == "cam-test-1" and update["actor_username"] == "admin"
    assert update["before"]["status"] == "online" and update["after"]["status"] == "offline"
    assert everything[1]["after"] == rule["color_rule"]

    cameras = log(client, headers, kind="camera")["items"]
    assert [item["action"] for item in cameras] == ["update", "create"]
    both = log(client, headers, kind=["camera", "calendar"])["items"]
    assert {item["kind"] for item in both} == {"camera", "calendar"}
    assert log(client, headers, q="2027-01")["items"][0]["kind"] == "calendar"
    assert {i["actor_username"] for i in log(client, headers, user="admin")["items"]} == {"admin"}
    assert log(client, headers, **{"from": "2000-01-01", "to": "2000-01-02"})["items"] == []


def test_pages_follow_the_cursor(client: TestClient, headers: Headers) -> None:
    for _ in range(5):
        client.post("/api/v1/auth/token", data={"username": "duty_officer", "password": "x"})
    first = log(client, headers, kind="sign_in", limit=2)
    second = log(client, headers, kind="sign_in", limit=2, cursor=first["next_cursor"])
    ids = [item["id"] for item in first["items"] + second["items"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 4


def test_bad_queries_and_other_roles_are_refused(client: TestClient, headers: Headers) -> None:
    admin = headers("admin")
    assert (
        client.get("/api/v1/admin-log", params={"kind": "gossip"}, headers=admin).status_code == 422
    )
    assert (
        client.get("/api/v1/admin-log", params={"from": "yesterday"}, headers=admin).status_code
        == 422
    )
    assert client.get("/api/v1/admin-log", params={"limit": 0}, headers=admin).status_code == 422
    for user in ("duty_officer", "supervisor", "trainer", "dept_urban"):
        assert client.get("/api/v1/admin-log", headers=headers(user)).status_code == 403


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'log.db'}"
    else:
        url = str(request.getfixturevalue("postgres_url"))
    engine = create_engine(url)
    upgrade(engine)
    yield engine
    engine.dispose()


def test_records_cannot_be_changed_or_deleted(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO admin_records (kind, action, actor_name, actor_username, actor_role, "
                "target, note, created_at) VALUES ('calendar', 'set', 'x', 'x', 'admin', "
                "'2027-01-01', '', :now)"
            ),
            {"now": datetime.now(UTC)},
        )
    for statement in ("UPDATE admin_records SET note = 'changed'", "DELETE FROM admin_records"):
        with pytest.raises(DBAPIError, match="immutable"), engine.begin() as conn:
            conn.execute(text(statement))
    if engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="immutable"), engine.begin() as conn:
            conn.execute(text("TRUNCATE admin_records"))
