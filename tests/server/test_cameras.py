"""The camera registry: roles, validation, nearest cameras, demo seeding, frames as evidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.app import create_app
from server.config import Settings
from server.models import Camera
from server.routes.media import DEMO_CLIP
from server.seed.cameras import DEMO_CAMERAS
from server.seed.reference import STREETS
from server.services.dispatch import distance_m
from server.state import AppState
from tests.server.conftest import new_key
from tests.server.test_field_reports import png_bytes

PROBLEM = "application/problem+json"
READERS = ("duty_officer", "supervisor", "trainer", "dept_urban", "admin")
# A place far from every demo camera, so that only the cameras made here are near it.
FAR_LAT, FAR_LON = 40.0, 116.0

Headers = Callable[[str], dict[str, str]]


def camera_body(**fields: Any) -> dict[str, Any]:
    return {
        "code": "CAM-T-001",
        "name": "学田街道 测试路口",
        "street": "xuetian",
        "lat": 31.999,
        "lon": 120.861,
        "stream_url": "rtsp://10.20.0.8:554/live/1",
        **fields,
    }


@pytest.fixture
def add_camera(client: TestClient, headers: Headers) -> Callable[..., dict[str, Any]]:
    """add_camera(**fields) → the camera created by the admin."""

    def add(**fields: Any) -> dict[str, Any]:
        response = client.post(
            "/api/v1/cameras", json=camera_body(**fields), headers=headers("admin")
        )
        assert response.status_code == 201, response.text
        return response.json()

    return add


def test_every_role_reads_the_registry_but_only_the_admin_changes_it(
    client: TestClient, headers: Headers, add_camera: Callable[..., dict[str, Any]]
) -> None:
    camera = add_camera()
    for user in READERS:
        who = headers(user)
        listed = client.get("/api/v1/cameras", headers=who)
        assert listed.status_code == 200, user
        assert camera["code"] in {c["code"] for c in listed.json()["items"]}
        near = client.get("/api/v1/cameras/nearest?lat=32&lon=120.86", headers=who)
        assert near.status_code == 200, user
        if user == "admin":
            continue
        for method, url, body in (
            ("POST", "/api/v1/cameras", camera_body(code=f"CAM-{user}")),
            ("PATCH", f"/api/v1/cameras/{camera['id']}", {"status": "offline"}),
            ("DELETE", f"/api/v1/cameras/{camera['id']}", None),
        ):
            refused = client.request(method, url, json=body, headers=who)
            assert refused.status_code == 403, (user, method)
            assert refused.headers["content-type"] == PROBLEM
            assert "admin" in refused.json()["detail"]
    for method, url in (
        ("GET", "/api/v1/cameras"),
        ("GET", "/api/v1/cameras/nearest?lat=32&lon=120.86"),
        ("POST", "/api/v1/cameras"),
        ("DELETE", f"/api/v1/cameras/{camera['id']}"),
    ):
        assert client.request(method, url).status_code == 401
    after = client.get("/api/v1/cameras?street=xuetian", headers=headers("admin")).json()
    assert next(c for c in after["items"] if c["id"] == camera["id"]) == camera


def test_create_change_and_delete_a_camera(
    client: TestClient, headers: Headers, add_camera: Callable[..., dict[str, Any]]
) -> None:
    admin = headers("admin")
    camera = add_camera(kind="camera", status="maintenance")
    assert {k: camera[k] for k in ("street", "street_name", "kind", "status")} == {
        "street": "xuetian",
        "street_name": "学田",
        "kind": "camera",
        "status": "maintenance",
    }
    url = f"/api/v1/cameras/{camera['id']}"
    changed = client.patch(url, json={"status": "online", "street": "虹桥街道"}, headers=admin)
    assert changed.status_code == 200, changed.text
    assert (changed.json()["status"], changed.json()["street"]) == ("online", "hongqiao")
    assert changed.json()["name"] == camera["name"]  # fields not sent stay
    listed = client.get("/api/v1/cameras?street=hongqiao&kind=camera", headers=admin).json()
    assert camera["id"] in {c["id"] for c in listed["items"]}
    assert all(c["street"] == "hongqiao" and c["kind"] == "camera" for c in listed["items"])

    assert client.delete(url, headers=admin).status_code == 204
    for method in ("PATCH", "DELETE"):
        gone = client.request(method, url, json={"status": "online"}, headers=admin)
        assert gone.status_code == 404
        assert str(camera["id"]) in gone.json()["detail"]
    assert camera["id"] not in {
        c["id"] for c in client.get("/api/v1/cameras", headers=admin).json()["items"]
    }


def test_every_registry_change_is_in_the_feed(
    client: TestClient, headers: Headers, add_camera: Callable[..., dict[str, Any]]
) -> None:
    officer, admin = headers("duty_officer"), headers("admin")
    head = client.get("/api/v1/cases?limit=1", headers=officer).json()["feed_seq"]
    camera = add_camera()
    url = f"/api/v1/cameras/{camera['id']}"
    client.patch(url, json={"status": "offline"}, headers=admin).raise_for_status()
    client.delete(url, headers=admin).raise_for_status()
    events: list[dict[str, Any]] = []
    while len(events) < 3:  # the feed's poller may not have read the last commit yet
        answer = client.get(f"/api/v1/events?after={head}&wait=10", headers=officer).json()
        events += answer["events"]
        head = answer["last_seq"]
        if not answer["events"]:
            break
    changes = [(e["type"], e["camera"]["id"], e["camera"]["status"], e["removed"]) for e in events]
    assert changes == [
        ("camera.changed", camera["id"], "online", False),
        ("camera.changed", camera["id"], "offline", False),
        ("camera.changed", camera["id"], "offline", True),
    ]


def test_list_is_ordered_by_street_and_name(client: TestClient, headers: Headers) -> None:
    items = client.get("/api/v1/cameras", headers=headers("duty_officer")).json()["items"]
    keys = [(c["street"], c["name"]) for c in items]
    assert keys == sorted(keys)
    relays = client.get("/api/v1/cameras?kind=relay", headers=headers("duty_officer")).json()
    assert [c["kind"] for c in relays["items"]] == ["relay"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"stream_url": "ftp://10.0.0.1/cam"}, "stream_url"),
        ({"stream_url": "javascript:alert(1)"}, "stream_url"),
        ({"stream_url": "//evil.example/cam"}, "stream_url"),
        ({"stream_url": "rtsp:///no-host"}, "stream_url"),
        ({"stream_url": "file://relative.mp4"}, "stream_url"),
        ({"stream_url": "cams/relative.ts"}, "stream_url"),
        ({"stream_url": "http://10.0.0.1/a b"}, "stream_url"),
        ({"street": "nowhere"}, "street"),
        ({"lat": 91}, "lat"),
        ({"lon": -180.5}, "lon"),
        ({"code": "CAM/../1"}, "code"),
        ({"code": ""}, "code"),
        ({"kind": "drone"}, "kind"),
        ({"status": "broken"}, "status"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_cameras_are_refused_with_the_field_to_fix(
    client: TestClient, headers: Headers, fields: dict[str, Any], field: str
) -> None:
    response = client.post("/api/v1/cameras", json=camera_body(**fields), headers=headers("admin"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    assert field in {e["field"] for e in response.json()["errors"]}
    listed = client.get("/api/v1/cameras", headers=headers("admin")).json()["items"]
    assert "CAM-T-001" not in {c["code"] for c in listed}


def test_unknown_street_lists_the_streets(client: TestClient, headers: Headers) -> None:
    body = client.post(
        "/api/v1/cameras", json=camera_body(street="nowhere"), headers=headers("admin")
    ).json()
    assert "nowhere" in body["detail"]
    assert set(body["choices"]) == {code for code, *_ in STREETS}


@pytest.mark.parametrize(
    "url",
    [
        "rtsp://admin:pw@10.20.0.8:554/Streaming/Channels/101",
        "http://10.20.0.9/hls/cam.m3u8",
        "https://video.nantong.example/relay/live.m3u8",
        "file:///srv/video/recording.mp4",
        "/media/live/CAM-T-001",
    ],
)
def test_every_allowed_kind_of_stream_url_is_taken(
    add_camera: Callable[..., dict[str, Any]], url: str
) -> None:
    assert add_camera(stream_url=url)["stream_url"] == url


def test_codes_are_unique(
    client: TestClient, headers: Headers, add_camera: Callable[..., dict[str, Any]]
) -> None:
    admin = headers("admin")
    first = add_camera()
    again = client.post("/api/v1/cameras", json=camera_body(), headers=admin)
    assert again.status_code == 409
    assert "CAM-T-001" in again.json()["detail"]
    second = add_camera(code="CAM-T-002")
    taken = client.patch(
        f"/api/v1/cameras/{second['id']}", json={"code": first["code"]}, headers=admin
    )
    assert taken.status_code == 409
    same = client.patch(f"/api/v1/cameras/{first['id']}", json={"code": "CAM-T-001"}, headers=admin)
    assert same.status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"name": None},
        {"stream_url": "ftp://x/y"},
        {"street": "nowhere"},
        {"lat": -91},
        {"owner": "x"},
    ],
)
def test_bad_changes_are_refused_and_change_nothing(
    client: TestClient,
    headers: Headers,
    add_camera: Callable[..., dict[str, Any]],
    body: dict[str, Any],
) -> None:
    camera = add_camera()
    response = client.patch(
        f"/api/v1/cameras/{camera['id']}",
        json={"status": "offline", **body},
        headers=headers("admin"),
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM
    listed = client.get("/api/v1/cameras", headers=headers("admin")).json()["items"]
    assert next(c for c in listed if c["id"] == camera["id"]) == camera


def test_nearest_cameras_come_nearest_first_without_relays(
    client: TestClient, headers: Headers, add_camera: Callable[..., dict[str, Any]]
) -> None:
    # North of the point by 0.003°, 0.001°, 0.002°: about 334 m, 111 m and 222 m.
    for code, dlat in (("CAM-F-3", 0.003), ("CAM-F-1", 0.001), ("CAM-F-2", 0.002)):
        add_camera(code=code, lat=FAR_LAT + dlat, lon=FAR_LON)
    add_camera(code="RELAY-F", kind="relay", lat=FAR_LAT, lon=FAR_LON)  # right there
    response = client.get(
        f"/api/v1/cameras/nearest?lat={FAR_LAT}&lon={FAR_LON}&limit=3",
        headers=headers("duty_officer"),
    )
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [c["code"] for c in items] == ["CAM-F-1", "CAM-F-2", "CAM-F-3"]
    for camera in items:
        expected = distance_m(FAR_LAT, FAR_LON, camera["lat"], camera["lon"])
        assert camera["distance_m"] == pytest.approx(expected, abs=0.1)
    assert items[0]["distance_m"] == pytest.approx(111.2, abs=0.5)
    wider = client.get(
        f"/api/v1/cameras/nearest?lat={FAR_LAT}&lon={FAR_LON}&limit=50",
        headers=headers("duty_officer"),
    ).json()["items"]
    every = client.get("/api/v1/cameras", headers=headers("duty_officer")).json()["items"]
    assert len(wider) == sum(c["kind"] == "camera" for c in every) < 50
    assert all(c["kind"] == "camera" for c in wider)
    distances = [c["distance_m"] for c in wider]
    assert distances == sorted(distances)


def test_nearest_a_case_uses_its_place_or_its_streets_centre(
    client: TestClient,
    headers: Headers,
    new_case: Callable[..., dict],
    add_camera: Callable[..., dict[str, Any]],
) -> None:
    who = headers("duty_officer")
    add_camera(code="CAM-F-NEAR", lat=FAR_LAT + 0.0005, lon=FAR_LON)
    placed = new_case(lat=FAR_LAT, lon=FAR_LON)
    items = client.get(f"/api/v1/cameras/nearest?case_id={placed['id']}", headers=who).json()
    assert items["items"][0]["code"] == "CAM-F-NEAR"

    in_street = new_case()  # the address names 虹桥街道; no coordinates
    assert in_street["street"] == "hongqiao" and in_street["lat"] is None
    centre = next((lat, lon) for code, _, lat, lon in STREETS if code == "hongqiao")
    by_case = client.get(f"/api/v1/cameras/nearest?case_id={in_street['id']}", headers=who)
    by_point = client.get(f"/api/v1/cameras/nearest?lat={centre[0]}&lon={centre[1]}", headers=who)
    assert by_case.status_code == 200
    assert by_case.json() == by_point.json()
    assert by_case.json()["items"][0]["street"] == "hongqiao"

    nowhere = new_case(address="某小区")
    refused = client.get(f"/api/v1/cameras/nearest?case_id={nowhere['id']}", headers=who)
    assert refused.status_code == 422 and "lat" in refused.json()["detail"]
    # A department sees only its own cases: another's case is not found.
    hidden = client.get(
        f"/api/v1/cameras/nearest?case_id={placed['id']}", headers=headers("dept_urban")
    )
    assert hidden.status_code == 404


@pytest.mark.parametrize(
    "query",
    ["", "lat=32", "lon=120.8", "lat=32&lon=120.8&case_id=1", "lat=95&lon=1", "case_id=0",
     "lat=32&lon=120.8&limit=0", "lat=32&lon=120.8&limit=51", "lat=abc&lon=1"],
)  # fmt: skip
def test_nearest_needs_one_clear_place(client: TestClient, headers: Headers, query: str) -> None:
    response = client.get(f"/api/v1/cameras/nearest?{query}", headers=headers("duty_officer"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == PROBLEM


def test_demo_mode_seeds_cameras_for_every_street_and_the_relay(
    client: TestClient, headers: Headers
) -> None:
    items = client.get("/api/v1/cameras", headers=headers("duty_officer")).json()["items"]
    cameras = [c for c in items if c["kind"] == "camera"]
    relays = [c for c in items if c["kind"] == "relay"]
    assert [r["name"] for r in relays] == ["南通市指挥中心 直播转发"]
    centres = {code: (lat, lon) for code, _, lat, lon in STREETS}
    for street in centres:
        own = [c for c in cameras if c["street"] == street]
        assert 2 <= len(own) <= 3, street
        for camera in own:
            assert camera["name"].startswith(camera["street_name"])
            assert distance_m(*centres[street], camera["lat"], camera["lon"]) < 1000
    assert set(DEMO_CAMERAS) == set(centres)
    assert all(c["stream_url"] == f"/media/live/{c['code']}" for c in items)
    assert {"online", "offline", "maintenance"} == {c["status"] for c in items}
    xuetian = next(c for c in cameras if c["code"] == "CAM-XC-001")
    assert xuetian["name"] == "学田街道 工农路口"


def test_outside_demo_mode_the_registry_starts_empty_and_demo_cameras_go(
    tmp_path: Path, state: AppState, client: TestClient, headers: Headers
) -> None:
    fresh = Settings(database_url=f"sqlite:///{tmp_path / 'prod.db'}", demo=False)
    with TestClient(create_app(fresh, background=False)) as prod:
        with prod.app.state.cc.db.read() as session:  # type: ignore[attr-defined]
            assert session.scalars(select(Camera)).all() == []

    # The demo database, run without --demo: the admin's own camera stays, demo ones go.
    client.post("/api/v1/cameras", json=camera_body(), headers=headers("admin"))
    url = state.settings.database_url
    with TestClient(create_app(Settings(database_url=url, demo=False), background=False)) as prod:
        with prod.app.state.cc.db.read() as session:  # type: ignore[attr-defined]
            assert [c.code for c in session.scalars(select(Camera))] == ["CAM-T-001"]


def test_a_video_frame_becomes_evidence_in_the_cases_history(
    client: TestClient, headers: Headers, new_case: Callable[..., dict]
) -> None:
    case = new_case()
    who = headers("duty_officer")
    frame = png_bytes(640, 360)
    caption = "学田街道 工农路口 2026-11-26 14:03:22"
    response = client.post(
        f"/api/v1/cases/{case['id']}/attachments",
        data={"caption": caption},
        files={"photo": ("CAM-XC-001-20261126-140322.png", frame, "image/png")},
        headers={**who, "Idempotency-Key": new_key()},
    )
    assert response.status_code == 201, response.text
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=who).json()
    attachment = detail["attachments"][-1]
    assert (attachment["caption"], attachment["content_type"]) == (caption, "image/png")
    assert (detail["history"][-1]["action"], detail["history"][-1]["note"]) == ("attach", caption)
    assert client.get(f"/api/v1/attachments/{attachment['id']}", headers=who).content == frame
    # The clip itself is no photo.
    video = client.post(
        f"/api/v1/cases/{case['id']}/attachments",
        data={"caption": caption},
        files={"photo": ("clip.png", DEMO_CLIP.read_bytes(), "image/png")},
        headers={**who, "Idempotency-Key": new_key()},
    )
    assert video.status_code == 415
    after = client.get(f"/api/v1/cases/{case['id']}", headers=who).json()
    assert len(after["attachments"]) == len(detail["attachments"])
