"""Volunteer service (点单-派单-接单-评单): teams and categories kept by admins, a request's
lifecycle with versions, idempotency keys, declines, deadlines and ratings, its feed events,
what a team lead sees, and the figures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.routes import volunteers as volunteer_routes
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.server.test_field_reports import jpeg_bytes, snapshot
from tests.support.clock import SettableClock
from tests.support.factories import bearer_headers, demo_settings

Headers = Callable[[str], dict[str, str]]
START = datetime(2026, 12, 9, 9, 0, tzinfo=SHANGHAI)
REQUESTS = "/api/v1/volunteers/requests"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return demo_settings(tmp_path, demo_patrols=0)


@pytest.fixture
def api(client: TestClient, state: AppState) -> Iterator[TestClient]:
    """The client with the volunteer routes (server/app.py includes them once integrated),
    the app's clock standing at START."""
    if not any(getattr(r, "path", "") == REQUESTS for r in client.app.routes):  # type: ignore[attr-defined]
        client.app.include_router(volunteer_routes.router)  # type: ignore[attr-defined]
    state.clock = SettableClock(START)
    yield client


@pytest.fixture
def clock(api: TestClient, state: AppState) -> SettableClock:
    assert isinstance(state.clock, SettableClock)
    return state.clock


@pytest.fixture
def order(api: TestClient, headers: Headers) -> Callable[..., dict[str, Any]]:
    """order(**fields) → a request taken by the duty officer from a 12345 call."""

    def make(**fields: Any) -> dict[str, Any]:
        body = {"category": "minor_repairs", "street": "hongqiao", "address": "虹桥新村8幢",
                "description": "独居老人家水龙头漏水", "resident_name": "王阿姨",
                "resident_phone": "13800001234", **fields}  # fmt: skip
        sent = {**headers("duty_officer"), "Idempotency-Key": new_key()}
        response = api.post(REQUESTS, json=body, headers=sent)
        assert response.status_code == 201, response.text
        return dict(response.json())

    return make


@pytest.fixture
def act(api: TestClient, headers: Headers) -> Callable[..., Any]:
    """act(user, request, action, key=…, **fields) → the response, on the request's version."""

    def post(
        user: str, request: dict[str, Any], action: str, key: str | None = None, **fields: Any
    ) -> Any:
        body = {"action": action, "version": request["version"], **fields}
        sent = {**headers(user), "Idempotency-Key": key or new_key()}
        return api.post(f"{REQUESTS}/{request['id']}/actions", json=body, headers=sent)

    return post


def ok(response: Any) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    return dict(response.json())


def done(api: TestClient, headers: Headers, request: dict[str, Any], hours: float,
         photos: int = 0, key: str | None = None, user: str = "volunteer_lead") -> Any:  # fmt: skip
    form = {"version": str(request["version"]), "hours": str(hours), "note": "换了阀芯"}
    files: list[Any] = [(k, (None, v)) for k, v in form.items()]
    files += [
        ("photos", (f"d{i}.jpg", jpeg_bytes(24 + i, 16), "image/jpeg")) for i in range(photos)
    ]
    return api.post(
        f"{REQUESTS}/{request['id']}/done",
        files=files,
        headers={**headers(user), "Idempotency-Key": key or new_key()},
    )


# --- the lifecycle ---------------------------------------------------------------------


def test_a_request_goes_from_order_to_rating(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any],
    clock: SettableClock, settings: Settings,
) -> None:  # fmt: skip
    request = order()
    assert (request["state"], request["version"], request["channel"]) == (
        "requested", 1, "hotline_12345")  # fmt: skip
    assert request["due_at"] == (START + timedelta(hours=2)).isoformat()
    assert request["allowed_actions"] == ["offer", "cancel"]
    clock.advance(timedelta(minutes=30))
    request = ok(act("duty_officer", request, "offer", team="feiniu"))
    assert (request["state"], request["version"], request["team"]) == ("offered", 2, "feiniu")
    clock.advance(timedelta(minutes=45))
    lead = headers("volunteer_lead")
    seen = ok(api.get(f"{REQUESTS}/{request['id']}", headers=lead))
    assert seen["allowed_actions"] == ["accept", "decline"]
    assert seen["resident_phone"] == "138****1234"  # the number once the team takes it
    request = ok(act("volunteer_lead", request, "accept"))
    assert request["state"] == "accepted" and request["resident_phone"] == "13800001234"
    clock.advance(timedelta(hours=3))
    before = snapshot(Path(str(settings.data_dir)))
    finished = done(api, headers, request, 1.5, photos=2)
    request = ok(finished)
    assert (request["state"], request["hours"], len(request["photos"])) == ("done", 1.5, 2)
    assert snapshot(Path(str(settings.data_dir))) != before
    photo = api.get(f"{REQUESTS}/{request['id']}/photos/{request['photos'][0]['id']}",
                    headers=headers("duty_officer"))  # fmt: skip
    assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
    request = ok(act("duty_officer", request, "rate", rating=5, note="师傅很耐心"))
    assert (request["state"], request["rating"], request["rating_comment"]) == (
        "rated", 5, "师傅很耐心")  # fmt: skip
    detail = ok(api.get(f"{REQUESTS}/{request['id']}", headers=headers("supervisor")))
    assert [s["action"] for s in detail["history"]] == ["create", "offer", "accept", "done", "rate"]
    assert [s["version"] for s in detail["history"]] == [1, 2, 3, 4, 5]
    assert detail["history"][2]["payload"] == {"minutes_to_accept": 45.0}
    assert detail["allowed_actions"] == []


def test_a_replayed_action_answers_the_same_and_changes_nothing(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any]
) -> None:
    request = order()
    key = new_key()
    first = act("duty_officer", request, "offer", key=key, team="feiniu")
    again = act("duty_officer", request, "offer", key=key, team="feiniu")
    assert (first.status_code, again.status_code) == (200, 200)
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    detail = ok(api.get(f"{REQUESTS}/{request['id']}", headers=headers("duty_officer")))
    assert detail["version"] == 2 and len(detail["history"]) == 2
    other = act("duty_officer", request, "offer", key=key, team="weiai")
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_a_replayed_done_report_keeps_its_photos_once(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any]
) -> None:
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    request = ok(act("volunteer_lead", request, "accept"))
    key = new_key()
    first = done(api, headers, request, 2, photos=1, key=key)
    again = done(api, headers, request, 2, photos=1, key=key)
    assert again.json() == first.json() and again.headers["Idempotent-Replayed"] == "true"
    detail = ok(api.get(f"{REQUESTS}/{request['id']}", headers=headers("duty_officer")))
    assert (detail["version"], len(detail["photos"]), detail["hours"]) == (4, 1, 2.0)


def test_a_replayed_order_is_taken_once(api: TestClient, headers: Headers) -> None:
    body = {"category": "cleaning", "description": "楼道清扫"}
    sent = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    first, again = (api.post(REQUESTS, json=body, headers=sent) for _ in range(2))
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    assert len(api.get(REQUESTS, headers=headers("duty_officer")).json()["items"]) == 1


def test_a_stale_version_gets_409_with_the_current_request(
    order: Callable[..., Any], act: Callable[..., Any]
) -> None:
    request = order()
    ok(act("duty_officer", request, "offer", team="feiniu"))
    stale = act("supervisor", request, "cancel", note="居民已自行解决")
    assert stale.status_code == 409
    body = stale.json()
    assert body["code"] == "stale_version" and body["request"]["version"] == 2
    assert body["last_change"]["action"] == "offer"


def test_actions_need_a_key_and_a_version(
    api: TestClient, headers: Headers, order: Callable[..., Any]
) -> None:
    request = order()
    path = f"{REQUESTS}/{request['id']}/actions"
    no_key = api.post(path, json={"action": "offer", "version": 1, "team": "feiniu"},
                      headers=headers("duty_officer"))  # fmt: skip
    assert no_key.status_code == 400 and no_key.json()["code"] == "idempotency_key_required"
    sent = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    no_version = api.post(path, json={"action": "offer", "team": "feiniu"}, headers=sent)
    assert no_version.status_code == 428
    by_header = api.post(path, json={"action": "offer", "team": "feiniu"},
                         headers={**sent, "If-Match": '"1"'})  # fmt: skip
    assert by_header.status_code == 200 and by_header.json()["version"] == 2


def test_a_decline_needs_a_reason_and_sends_the_request_back(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any],
    clock: SettableClock,
) -> None:  # fmt: skip
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    silent = act("volunteer_lead", request, "decline")
    assert silent.status_code == 422 and silent.json()["code"] == "reason_required"
    clock.advance(timedelta(minutes=10))
    request = ok(act("volunteer_lead", request, "decline", note="本周人手不足"))
    assert (request["state"], request["team"]) == ("requested", None)
    assert request["due_at"] == (START + timedelta(minutes=130)).isoformat()
    lead = headers("volunteer_lead")
    assert api.get(f"{REQUESTS}/{request['id']}", headers=lead).status_code == 404
    assert api.get(REQUESTS, headers=lead).json()["items"] == []
    ranked = api.get(f"{REQUESTS}/{request['id']}/suggest", headers=headers("duty_officer"))
    teams = ranked.json()["items"]
    assert teams[-1]["team"] == "feiniu" and teams[-1]["declined"]
    again = ok(act("duty_officer", request, "offer", team="weiai"))
    assert again["team"] == "weiai" and again["version"] == 4


def test_the_suggestion_ranks_street_then_skill(
    api: TestClient, headers: Headers, order: Callable[..., Any]
) -> None:
    def ranked(**fields: Any) -> list[str]:
        request = order(**fields)
        found = api.get(f"{REQUESTS}/{request['id']}/suggest", headers=headers("supervisor"))
        return [t["team"] for t in found.json()["items"]]

    # 飞牛 is in 虹桥 and repairs; 微爱 in 新城桥 helps the elderly; 青年 in 城东 cleans.
    assert ranked(category="minor_repairs", street="hongqiao")[0] == "feiniu"
    assert ranked(category="cleaning", street="xinchengqiao")[:2] == ["weiai", "youth"]
    assert ranked(category="river_patrol", street="qinzao")[0] == "youth"
    lead = api.get(f"{REQUESTS}/1/suggest", headers=headers("volunteer_lead"))
    assert lead.status_code == 403


@pytest.mark.parametrize(
    ("user", "action", "fields", "status", "code"),
    [
        # Not offered to the lead's team: not there for the lead.
        ("volunteer_lead", "offer", {"team": "feiniu"}, 404, "not_found"),
        ("duty_officer", "accept", {}, 403, "forbidden_role"),
        ("duty_officer", "rate", {"rating": 4}, 422, "illegal_transition"),
        ("duty_officer", "offer", {"team": "no-team"}, 422, "invalid"),
        ("duty_officer", "offer", {}, 422, "invalid"),
        ("duty_officer", "offer", {"team": "feiniu", "rating": 3}, 422, "invalid"),
        ("dept_urban", "offer", {"team": "feiniu"}, 403, "forbidden_role"),
        ("trainer", "offer", {"team": "feiniu"}, 403, "forbidden_role"),
    ],
)
def test_refused_actions_change_nothing(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any],
    user: str, action: str, fields: dict[str, Any], status: int, code: str,
) -> None:  # fmt: skip
    request = order()
    response = act(user, request, action, **fields)
    assert (response.status_code, response.json()["code"]) == (status, code), response.text
    detail = ok(api.get(f"{REQUESTS}/{request['id']}", headers=headers("duty_officer")))
    assert (detail["version"], detail["state"], len(detail["history"])) == (1, "requested", 1)


def test_a_rating_is_one_to_five(order: Callable[..., Any], act: Callable[..., Any],
                                 api: TestClient, headers: Headers) -> None:  # fmt: skip
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    request = ok(act("volunteer_lead", request, "accept"))
    request = ok(done(api, headers, request, 1))
    for bad in (0, 6):
        refused = act("duty_officer", request, "rate", rating=bad)
        assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "rating"
    assert ok(act("supervisor", request, "rate", rating=3))["rating"] == 3


def test_done_needs_plausible_hours(order: Callable[..., Any], act: Callable[..., Any],
                                    api: TestClient, headers: Headers) -> None:  # fmt: skip
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    request = ok(act("volunteer_lead", request, "accept"))
    for hours in (0, -1, 25):
        refused = done(api, headers, request, hours)
        assert refused.status_code == 422, refused.text
    assert ok(done(api, headers, request, 24))["state"] == "done"


def test_an_offer_past_its_deadline_shows_overdue_and_can_be_withdrawn(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any],
    clock: SettableClock,
) -> None:  # fmt: skip
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    clock.advance(timedelta(hours=2, minutes=1))
    seen = ok(api.get(f"{REQUESTS}/{request['id']}", headers=headers("duty_officer")))
    assert seen["overdue"] and "withdraw" in seen["allowed_actions"]
    back = ok(act("duty_officer", seen, "withdraw", note="队伍未按时接单"))
    assert (back["state"], back["team"], back["overdue"]) == ("requested", None, False)


# --- who sees what -------------------------------------------------------------------------


def test_a_lead_sees_only_requests_offered_to_the_team(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any]
) -> None:
    ours = ok(act("duty_officer", order(), "offer", team="feiniu"))
    theirs = ok(act("duty_officer", order(category="elderly_help"), "offer", team="weiai"))
    waiting = order(category="cleaning")
    lead = headers("volunteer_lead")
    listed = ok(api.get(REQUESTS, headers=lead))["items"]
    assert [r["id"] for r in listed] == [ours["id"]]
    for hidden in (theirs, waiting):
        assert api.get(f"{REQUESTS}/{hidden['id']}", headers=lead).status_code == 404
        refused = act("volunteer_lead", hidden, "accept")
        assert refused.status_code == 404
    refused = act("volunteer_lead", ours, "offer", team="feiniu")
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden_role"
    center = ok(api.get(REQUESTS, headers=headers("duty_officer"), params={"open": True}))
    assert len(center["items"]) == 3
    by_team = api.get(REQUESTS, headers=headers("duty_officer"), params={"team": "weiai"})
    assert [r["id"] for r in by_team.json()["items"]] == [theirs["id"]]


def test_another_teams_lead_cannot_act_on_our_offer(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any]
) -> None:
    admin = headers("admin")
    made = api.post("/api/v1/users", headers=admin, json={
        "username": "weiai_lead", "display_name": "微爱队长", "role": "volunteer_lead",
        "team": "weiai", "password": "temp-pass-1"})  # fmt: skip
    assert made.status_code == 201, made.text
    token = api.post(
        "/api/v1/auth/token", data={"username": "weiai_lead", "password": "temp-pass-1"}
    )
    first = {"Authorization": f"Bearer {token.json()['access_token']}"}
    api.post("/api/v1/auth/password", headers=first,
             json={"old_password": "temp-pass-1", "new_password": "weiai-pass-2"})  # fmt: skip
    other = bearer_headers(api, "weiai_lead", "weiai-pass-2")
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    sent = {**other, "Idempotency-Key": new_key()}
    refused = api.post(
        f"{REQUESTS}/{request['id']}/actions", headers=sent, json={"action": "accept", "version": 2}
    )
    assert refused.status_code == 404
    assert ok(api.get(REQUESTS, headers=other))["items"] == []


def test_only_the_duty_room_takes_orders(api: TestClient, headers: Headers) -> None:
    body = {"category": "cleaning", "description": "楼道清扫"}
    for user in ("volunteer_lead", "dept_civil", "admin"):
        sent = {**headers(user), "Idempotency-Key": new_key()}
        assert api.post(REQUESTS, json=body, headers=sent).status_code == 403, user
    officer = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    unknown = api.post(REQUESTS, json={**body, "category": "haircut"}, headers=officer)
    assert unknown.status_code == 422 and "elderly_help" in unknown.json()["choices"]


# --- the feed --------------------------------------------------------------------------------


def test_every_step_is_a_feed_event(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any]
) -> None:
    from pydantic import TypeAdapter

    from server.schemas.event_out import AnyEventOut

    officer = headers("duty_officer")
    start = api.get("/api/v1/events", params={"after": 0, "wait": 0}, headers=officer)
    after = start.json()["last_seq"]
    request = ok(act("duty_officer", order(), "offer", team="feiniu"))
    request = ok(act("volunteer_lead", request, "decline", note="人手不足"))
    ok(act("duty_officer", request, "cancel", note="居民取消"))
    page = api.get("/api/v1/events", params={"after": after, "wait": 0}, headers=officer).json()
    events = [e for e in page["events"] if e["type"].startswith("volunteer.")]
    assert [e["type"] for e in events] == [
        "volunteer.requested", "volunteer.offered", "volunteer.declined", "volunteer.cancelled"
    ]  # fmt: skip
    assert [e["request"]["version"] for e in events] == [1, 2, 3, 4]
    assert events[0]["request"]["resident_phone"] == "138****1234"
    adapter = TypeAdapter(AnyEventOut)
    for event in events:
        adapter.validate_python(event)


# --- teams and categories --------------------------------------------------------------------


def test_the_district_teams_and_categories_are_seeded(api: TestClient, headers: Headers) -> None:
    teams = ok(api.get("/api/v1/volunteers/teams", headers=headers("duty_officer")))["items"]
    assert [t["name"] for t in teams] == [
        "飞牛小匠志愿服务队",
        "微爱公益小分队",
        "崇川区青年志愿者",
    ]
    assert teams[0]["lead"] == "volunteer_lead"
    categories = ok(api.get("/api/v1/volunteers/categories", headers=headers("duty_officer")))
    assert {"elderly_help", "minor_repairs", "cleaning", "river_patrol"} <= {
        c["code"] for c in categories["items"]
    }


def test_admins_keep_teams_and_categories_in_the_admin_log(
    api: TestClient, headers: Headers, order: Callable[..., Any]
) -> None:
    admin = headers("admin")
    made = api.post("/api/v1/volunteers/categories", headers=admin,
                    json={"code": "haircut", "name": "义剪"})  # fmt: skip
    assert made.status_code == 201, made.text
    team = api.post("/api/v1/volunteers/teams", headers=admin, json={
        "code": "wenfeng-silver", "name": "文峰银发志愿队", "street": "文峰",
        "skills": ["haircut", "elderly_help"], "members": 12})  # fmt: skip
    assert team.status_code == 201, team.text
    assert team.json()["street"] == "wenfeng"
    taken = api.post("/api/v1/volunteers/teams", headers=admin,
                     json={"code": "other", "name": "文峰银发志愿队"})  # fmt: skip
    assert taken.status_code == 409
    bad = api.post("/api/v1/volunteers/teams", headers=admin,
                   json={"code": "x2", "name": "某队", "skills": ["juggling"]})  # fmt: skip
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "skills"
    changed = api.patch("/api/v1/volunteers/teams/wenfeng-silver", headers=admin,
                        json={"members": 15, "active": False})  # fmt: skip
    assert changed.status_code == 200 and changed.json()["members"] == 15
    retired = api.patch("/api/v1/volunteers/categories/haircut", headers=admin,
                        json={"active": False})  # fmt: skip
    assert retired.json()["active"] is False
    officer = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    refused = api.post(
        REQUESTS, json={"category": "haircut", "description": "理发"}, headers=officer
    )
    assert refused.status_code == 422
    staff = api.post("/api/v1/volunteers/teams", headers=headers("supervisor"),
                     json={"code": "x3", "name": "某队"})  # fmt: skip
    assert staff.status_code == 403
    # (Read whole: the admin log's kind filter names `volunteer` once admin_log.KINDS does.)
    log = api.get("/api/v1/admin-log", headers=admin).json()
    log["items"] = [e for e in log["items"] if e["kind"] == "volunteer"]
    assert [e["action"] for e in log["items"]] == [
        "update_category", "update_team", "create_team", "create_category"
    ]  # fmt: skip
    assert log["items"][1]["before"]["members"] == 12 and log["items"][1]["after"]["members"] == 15
    request = order()
    retired_offer = api.post(f"{REQUESTS}/{request['id']}/actions", json={"action": "offer",
        "version": 1, "team": "wenfeng-silver"},
        headers={**headers("duty_officer"), "Idempotency-Key": new_key()})  # fmt: skip
    assert retired_offer.status_code == 422


# --- the figures ---------------------------------------------------------------------------


def test_the_figures_on_a_hand_computed_set(
    api: TestClient, headers: Headers, order: Callable[..., Any], act: Callable[..., Any],
    clock: SettableClock,
) -> None:  # fmt: skip
    # A: 虹桥, 飞牛 accepts after 30 min, 2 h done, rated 5.
    a = order(street="hongqiao")
    a = ok(act("duty_officer", a, "offer", team="feiniu"))
    clock.advance(timedelta(minutes=30))
    a = ok(act("volunteer_lead", a, "accept"))
    a = ok(done(api, headers, a, 2))
    ok(act("duty_officer", a, "rate", rating=5))
    # B: 虹桥, 飞牛 declines; then 微爱 (lead: the duty room cannot accept for it) stays offered.
    b = order(street="hongqiao", category="elderly_help")
    b = ok(act("duty_officer", b, "offer", team="feiniu"))
    b = ok(act("volunteer_lead", b, "decline", note="人手不足"))
    ok(act("duty_officer", b, "offer", team="weiai"))
    # C: 新城桥, 飞牛 accepts after 90 min, 1.5 h done, rated 2.
    c = order(street="xinchengqiao")
    c = ok(act("duty_officer", c, "offer", team="feiniu"))
    clock.advance(timedelta(minutes=90))
    c = ok(act("volunteer_lead", c, "accept"))
    c = ok(done(api, headers, c, 1.5))
    ok(act("supervisor", c, "rate", rating=2))
    # D: no street, cancelled; E: made later, outside the period asked for.
    ok(act("supervisor", order(street=None), "cancel", note="重复来电"))
    clock.advance(timedelta(hours=2))
    order()
    until = (START + timedelta(hours=3)).isoformat()
    figures = ok(api.get("/api/v1/volunteers/stats", headers=headers("supervisor"),
                         params={"since": START.isoformat(), "until": until}))  # fmt: skip
    assert figures["totals"] == {
        "requests": 4, "offered": 4, "declined": 1, "accepted": 2, "done": 2, "hours": 3.5,
        "rated": 2, "average_rating": 3.5, "median_accept_minutes": 60.0,
    }  # fmt: skip
    streets = {s["street"]: s for s in figures["streets"]}
    assert streets["hongqiao"] == {"street": "hongqiao", "name": "虹桥", "requests": 2, "done": 1,
                                   "hours": 2.0, "rated": 1, "average_rating": 5.0}  # fmt: skip
    assert streets["xinchengqiao"]["hours"] == 1.5 and streets[None]["name"] == "未定街道"
    teams = {t["team"]: t for t in figures["teams"]}
    assert teams["feiniu"] == {
        "team": "feiniu", "name": "飞牛小匠志愿服务队", "requests": 3, "offered": 3, "declined": 1,
        "accepted": 2, "done": 2, "hours": 3.5, "rated": 2, "average_rating": 3.5,
        "median_accept_minutes": 60.0,
    }  # fmt: skip
    assert (teams["weiai"]["offered"], teams["weiai"]["accepted"]) == (1, 0)
    assert "youth" not in teams
    everything = ok(api.get("/api/v1/volunteers/stats", headers=headers("admin")))
    assert everything["totals"]["requests"] == 5
    assert api.get("/api/v1/volunteers/stats", headers=headers("dept_civil")).status_code == 403
