"""River patrols: the record, its problems as `river_patrol` cases with photos, rivers, stats."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.services import imagecheck
from server.services.dispatch import distance_m
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.server.test_field_reports import TINY_JPEG, jpeg_bytes, png_bytes, snapshot
from tests.support.clock import SettableClock
from tests.support.factories import demo_settings

PROBLEM = "application/problem+json"
# 0.01° of latitude is 1.112 km on the haversine sphere.
KM_PER_STEP = distance_m(32.0, 120.82, 32.01, 120.82) / 1000


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings with the photos in tmp_path/data."""
    return demo_settings(tmp_path, demo_patrols=0)


@pytest.fixture
def data_dir(settings: Settings) -> Path:
    return Path(str(settings.data_dir))


def record(
    *, ended: datetime | None = None, steps: int = 4, problems: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A patrol of金通河唐闸段 northwards, one point every 10 minutes, 0.01° apart."""
    ended = ended or datetime.now(SHANGHAI) - timedelta(minutes=1)
    started = ended - timedelta(minutes=10 * steps)
    track = [
        [round(32.07 + 0.01 * i, 5), 120.82, (started + timedelta(minutes=10 * i)).isoformat()]
        for i in range(steps + 1)
    ]
    return {
        "patroller": "张国强",
        "river": "金通河",
        "segment": "jintong-tangzha",
        "started_at": started.isoformat(),
        "ended_at": ended.isoformat(),
        "track": track,
        "debris_tons": 0.8,
        "problems": problems or [],
    }


PROBLEMS = [
    {"category": "pollution", "description": "排污口有黑水流入", "lat": 32.079, "lon": 120.823,
     "photos": [0, 1]},
    {"category": "bank_dumping", "description": "岸边倾倒建筑垃圾", "lat": 32.081, "lon": 120.825,
     "photo": 2},
    {"category": "weeds", "description": "水葫芦蔓延", "lat": 32.083, "lon": 120.826},
]  # fmt: skip


@pytest.fixture
def patrol(client: TestClient, headers: Callable[[str], dict[str, str]]) -> Callable[..., Any]:
    """patrol(record, photos=[(name, bytes)], user=…) → the response (multipart if photos)."""

    def post(body: dict[str, Any], photos=None, user: str = "duty_officer", key=None):  # type: ignore[no-untyped-def]
        who = {**headers(user), **({"Idempotency-Key": key} if key else {})}
        if photos is None:
            return client.post("/api/v1/patrols", json=body, headers=who)
        files = [("patrol", (None, json.dumps(body)))]
        files += [("photos", (name, data, "image/jpeg")) for name, data in photos]
        return client.post("/api/v1/patrols", files=files, headers=who)

    return post


def test_each_problem_becomes_a_river_patrol_case_with_its_photos(
    client: TestClient, headers: Callable[[str], dict[str, str]], patrol: Callable[..., Any]
) -> None:
    photos = [
        ("黑水.jpg", jpeg_bytes(640, 480)),
        ("排口.png", png_bytes()),
        ("垃圾.jpg", TINY_JPEG),
    ]
    response = patrol(record(problems=PROBLEMS), photos=photos)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["distance_km"] == pytest.approx(4 * KM_PER_STEP, abs=0.002)
    assert (body["problems"], body["debris_tons"], body["river_name"]) == (3, 0.8, "金通河")
    found = body["problem_cases"]
    assert [p["kind"] for p in found] == ["pollution", "bank_dumping", "weeds"]
    assert [p["case"]["category"] for p in found] == ["water_pollution", "garbage", "river_debris"]

    who = headers("duty_officer")
    listed = client.get("/api/v1/cases?channel=river_patrol", headers=who).json()["items"]
    assert sorted(c["id"] for c in listed) == sorted(p["case_id"] for p in found)
    for case in listed:
        assert (case["street"], case["reporter_name"]) == ("tangzha", "张国强")
        assert case["due_at"] and case["state"] == "reported"
        assert case["title"].startswith("金通河唐闸段巡河发现")
    sent = {name: data for name, data in photos}
    expected = [["黑水.jpg", "排口.png"], ["垃圾.jpg"], []]
    for problem, names in zip(found, expected, strict=True):
        detail = client.get(f"/api/v1/cases/{problem['case_id']}", headers=who).json()
        assert [a["filename"] for a in detail["attachments"]] == names
        for attachment in detail["attachments"]:
            url = f"/api/v1/attachments/{attachment['id']}"
            assert client.get(url, headers=who).content == sent[attachment["filename"]]
            thumb = client.get(url + "/thumbnail", headers=who)
            assert thumb.status_code == 200
            assert max(imagecheck.sniff(thumb.content)[1:]) <= imagecheck.THUMB_SIDE


def test_a_patrol_without_problems_comes_as_plain_json(patrol: Callable[..., Any]) -> None:
    response = patrol(record())
    assert response.status_code == 201, response.text
    assert (response.json()["problems"], response.json()["problem_cases"]) == (0, [])


def test_the_reported_distance_is_compared_with_the_track(patrol: Callable[..., Any]) -> None:
    agreeing = patrol({**record(), "reported_km": round(4 * KM_PER_STEP + 0.2, 2)}).json()
    assert agreeing["distance_agrees"] is True
    wrong = patrol({**record(), "reported_km": 12.0}).json()
    assert (wrong["reported_km"], wrong["distance_agrees"]) == (12.0, False)
    assert wrong["distance_km"] == pytest.approx(4 * KM_PER_STEP, abs=0.002)
    assert patrol(record()).json()["distance_agrees"] is None


def later(hours: int) -> str:
    return (datetime.now(SHANGHAI) + timedelta(hours=hours)).isoformat()


INVALID: dict[str, tuple[Callable[[dict[str, Any]], None], int, str]] = {
    "unknown-river": (lambda r: r.update(river="长江"), 422, "金通河"),
    "segment-of-another-river": (lambda r: r.update(segment="haohe-xuetian"), 422, "segment"),
    "end-before-start": (lambda r: r.update(ended_at=r["started_at"]), 422, "ended_at"),
    "in-the-future": (lambda r: r.update(ended_at=later(2)), 422, "future"),
    "naive-time": (lambda r: r.update(started_at="2026-01-01T08:00:00"), 422, "started_at"),
    "track-outside": (lambda r: r["track"].append([32.1, 120.8, later(-30)]), 422, "track"),
    "track-of-one": (lambda r: r.update(track=r["track"][:1]), 422, "track"),
    "track-too-long": (lambda r: r.update(track=r["track"] * 1300), 422, "track"),
    "bad-latitude": (lambda r: r["track"][0].__setitem__(0, 95), 422, "track"),
    "bad-category": (lambda r: r.update(problems=[{**PROBLEMS[2], "category": "fish"}]), 422, ""),
    "photo-not-sent": (lambda r: r.update(problems=[{**PROBLEMS[2], "photo": 4}]), 422, "photo 4"),
    "unknown-field": (lambda r: r.update(weather="晴"), 422, "weather"),
}


@pytest.mark.parametrize("name", list(INVALID))
def test_invalid_patrols_are_refused_and_store_nothing(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    patrol: Callable[..., Any],
    data_dir: Path,
    name: str,
) -> None:
    before = snapshot(data_dir)
    body = record()
    change, status, words = INVALID[name]
    change(body)
    response = patrol(body, photos=[("a.jpg", TINY_JPEG)] if name == "photo-not-sent" else None)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert words in response.text
    assert client.get("/api/v1/patrols", headers=headers("duty_officer")).json()["items"] == []
    assert client.get("/api/v1/cases", headers=headers("duty_officer")).json()["items"] == []
    assert snapshot(data_dir) == before


def test_a_photo_that_belongs_to_no_problem_is_refused(patrol: Callable[..., Any]) -> None:
    response = patrol(record(problems=[PROBLEMS[2]]), photos=[("a.jpg", TINY_JPEG)])
    assert response.status_code == 422
    assert "photo 0 belongs to no problem" in response.json()["detail"]


def test_a_failing_problem_leaves_no_patrol_no_case_no_file(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    patrol: Callable[..., Any],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from server.services import patrols as service

    real = service.create_case
    calls = []

    def second_fails(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the database went away")
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "create_case", second_fails)
    before = snapshot(data_dir)
    quiet = TestClient(client.app, raise_server_exceptions=False)
    files = [("patrol", (None, json.dumps(record(problems=PROBLEMS))))]
    files += [("photos", (f"{i}.jpg", TINY_JPEG)) for i in range(3)]
    response = quiet.post("/api/v1/patrols", files=files, headers=headers("duty_officer"))
    assert response.status_code == 500
    assert len(calls) == 2
    assert client.get("/api/v1/patrols", headers=headers("duty_officer")).json()["items"] == []
    assert client.get("/api/v1/cases", headers=headers("duty_officer")).json()["items"] == []
    assert snapshot(data_dir) == before


def test_who_records_patrols(patrol: Callable[..., Any]) -> None:
    assert patrol(record(), user="dept_water").status_code == 201
    assert patrol(record(), user="supervisor").status_code == 201
    assert patrol(record(), user="trainer").status_code == 403
    assert patrol(record(), user="admin").status_code == 403


def test_a_repeated_key_records_one_patrol(
    client: TestClient, headers: Callable[[str], dict[str, str]], patrol: Callable[..., Any]
) -> None:
    key, body = new_key(), record(problems=[PROBLEMS[2]])
    first, again = patrol(body, key=key), patrol(body, key=key)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers["idempotent-replayed"] == "true"
    assert len(client.get("/api/v1/patrols", headers=headers("duty_officer")).json()["items"]) == 1


def test_patrols_are_listed_by_river_and_time(
    client: TestClient, headers: Callable[[str], dict[str, str]], patrol: Callable[..., Any]
) -> None:
    who = headers("dept_urban")  # anyone signed in may read patrols
    old = patrol(record(ended=datetime.now(SHANGHAI) - timedelta(days=3))).json()
    new = patrol(record(problems=[PROBLEMS[2]])).json()
    other = patrol({**record(), "river": "haohe", "segment": "haohe-xuetian"}).json()

    def ids(query: str) -> list[int]:
        response = client.get(f"/api/v1/patrols{query}", headers=who)
        assert response.status_code == 200, response.text
        return [p["id"] for p in response.json()["items"]]

    assert ids("") == [other["id"], new["id"], old["id"]]
    assert ids("?river=金通河") == [new["id"], old["id"]]
    assert ids("?river=jintong") == [new["id"], old["id"]]
    since = (datetime.now(SHANGHAI) - timedelta(days=1)).isoformat()
    assert ids(f"?since={since.replace('+', '%2B')}") == [other["id"], new["id"]]
    assert ids(f"?until={since.replace('+', '%2B')}") == [old["id"]]
    first = client.get("/api/v1/patrols?limit=2", headers=who).json()
    rest = client.get(f"/api/v1/patrols?limit=2&cursor={first['next_cursor']}", headers=who)
    assert [p["id"] for p in rest.json()["items"]] == [old["id"]]
    assert client.get("/api/v1/patrols?river=长江", headers=who).status_code == 422
    assert client.get("/api/v1/patrols?since=yesterday", headers=who).status_code == 422

    detail = client.get(f"/api/v1/patrols/{new['id']}", headers=who).json()
    assert len(detail["track"]) == 5
    # The department sees that there was a problem, not the case it may not see.
    assert detail["problem_cases"][0]["case"] is None
    assert client.get("/api/v1/patrols/999", headers=who).status_code == 404


def test_rivers_come_with_their_segments_and_chiefs(
    client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    rivers = client.get("/api/v1/rivers", headers=headers("duty_officer")).json()["items"]
    jintong = next(r for r in rivers if r["name"] == "金通河")
    assert jintong["chief_name"]
    assert {s["street"] for s in jintong["segments"]} >= {"tangzha"}
    assert all(s["chief_name"] for s in jintong["segments"])
    assert len(rivers) >= 3


@pytest.mark.parametrize(
    ("now", "back"),
    [
        # The latest patrol began on Sunday 23:29, in last week (this test failed every Monday
        # between 00:00 and 00:41 while it read the wall clock).
        (datetime(2026, 12, 7, 0, 10, tzinfo=SHANGHAI), 1),
        (datetime(2026, 12, 7, 0, 41, tzinfo=SHANGHAI), 0),  # began Monday 00:00
        (datetime(2026, 12, 9, 14, 30, tzinfo=SHANGHAI), 0),  # mid-week
        (datetime(2026, 12, 13, 23, 59, tzinfo=SHANGHAI), 0),  # the week's last minute
    ],
    ids=["monday-0010", "monday-0041", "wednesday", "sunday-2359"],
)
def test_river_stats_count_per_river_and_week(
    client: TestClient,
    state: AppState,
    headers: Callable[[str], dict[str, str]],
    patrol: Callable[..., Any],
    act: Callable[..., Any],
    now: datetime,
    back: int,
) -> None:
    """Each patrol counts in the week (Monday first) it began; `back` weeks before this one
    for the latest patrol, which ended a minute ago."""
    state.clock = SettableClock(now)
    problems = [{**PROBLEMS[1], "photo": None}, PROBLEMS[2]]
    latest = patrol(record(ended=now - timedelta(minutes=1), problems=problems)).json()
    patrol(record(ended=now - timedelta(weeks=2)))
    patrol(record(ended=now - timedelta(weeks=9)))  # outside the 8 weeks
    # Close one problem's case through the whole lifecycle.
    case = latest["problem_cases"][0]["case"]
    for user, action, extra in [
        ("duty_officer", "register", {}),
        ("duty_officer", "dispatch", {"department": "urban"}),
        ("dept_urban", "sign", {}),
        ("dept_urban", "resolve", {}),
        ("duty_officer", "verify_pass", {}),
    ]:
        response = act(user, case, action, **extra)
        assert response.status_code == 200, response.text
        case = response.json()

    stats = client.get("/api/v1/river-stats", headers=headers("supervisor")).json()
    assert len(stats["weeks"]) == 8
    assert stats["weeks"][-1]["start"] == (now.date() - timedelta(days=now.weekday())).isoformat()
    jintong = next(r for r in stats["rivers"] if r["name"] == "金通河")
    step = round(4 * KM_PER_STEP, 2)
    assert jintong["per_week"][-1 - back] == {
        "patrols": 1,
        "km": pytest.approx(step, abs=0.01),
        "problems_found": 2,
        "problems_resolved": 1,
        "debris_tons": 0.8,
    }
    assert jintong["per_week"][-3 - back]["patrols"] == 1
    assert jintong["totals"]["patrols"] == 2
    assert jintong["totals"]["debris_tons"] == pytest.approx(1.6)
    assert stats["all"]["totals"]["patrols"] == 2
    haohe = next(r for r in stats["rivers"] if r["name"] == "濠河")
    assert haohe["totals"]["patrols"] == 0
    assert (
        len(client.get("/api/v1/river-stats?weeks=10", headers=headers("admin")).json()["weeks"])
        == 10
    )
    for weeks in (0, 53):
        url = f"/api/v1/river-stats?weeks={weeks}"
        assert client.get(url, headers=headers("admin")).status_code == 422


def test_a_demo_database_starts_with_patrol_history(tmp_path: Path) -> None:
    from server.app import create_app

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    settings = Settings(database_url=url, demo=True, demo_patrols=12)
    for _restart in range(2):  # a restart keeps the history as it is
        with TestClient(create_app(settings, background=False)) as client:
            sign_in = {"username": "supervisor", "password": "demo"}
            token = client.post("/api/v1/auth/token", data=sign_in).json()["access_token"]
            who = {"Authorization": f"Bearer {token}"}
            patrols = client.get("/api/v1/patrols", headers=who).json()["items"]
            assert len(patrols) == 12
            now = datetime.now(SHANGHAI)
            assert all(datetime.fromisoformat(p["ended_at"]) < now for p in patrols)
            assert all(p["distance_agrees"] for p in patrols)
            stats = client.get("/api/v1/river-stats", headers=who).json()
            assert stats["all"]["totals"]["patrols"] == 12
            assert stats["all"]["totals"]["km"] > 12


def test_a_patrol_is_announced_in_the_feed(
    client: TestClient, headers: Callable[[str], dict[str, str]], patrol: Callable[..., Any]
) -> None:
    who = headers("duty_officer")
    seq = client.get("/api/v1/cases", headers=who).json()["feed_seq"]
    created = patrol(record(problems=[PROBLEMS[2]])).json()
    events = client.get(f"/api/v1/events?after={seq}&wait=10", headers=who).json()["events"]
    assert [e["type"] for e in events] == ["case.created", "patrol.created"]
    assert events[-1]["patrol"]["id"] == created["id"]


@pytest.mark.postgres
def test_patrols_and_stats_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    from server.app import create_app

    settings = Settings(
        database_url=postgres_url, demo=True, data_dir=str(tmp_path / "data"), demo_patrols=0
    )
    with TestClient(create_app(settings, background=False)) as client:
        token = client.post(
            "/api/v1/auth/token", data={"username": "dept_water", "password": "demo"}
        ).json()["access_token"]
        who = {"Authorization": f"Bearer {token}"}
        files = [("patrol", (None, json.dumps(record(problems=PROBLEMS))))]
        files += [("photos", (f"{i}.jpg", TINY_JPEG, "image/jpeg")) for i in range(3)]
        response = client.post("/api/v1/patrols", files=files, headers=who)
        assert response.status_code == 201, response.text
        stats = client.get("/api/v1/river-stats?weeks=2", headers=who).json()
        assert stats["all"]["totals"] == {
            "patrols": 1,
            "km": pytest.approx(round(4 * KM_PER_STEP, 2), abs=0.01),
            "problems_found": 3,
            "problems_resolved": 0,
            "debris_tons": 0.8,
        }
        listed = client.get("/api/v1/patrols?river=金通河", headers=who).json()["items"]
        assert [p["problems"] for p in listed] == [3]
