"""The contract of the change feed (server/schemas/event_out.py), held against the real server.

The feed's routes send bytes the hub encoded once per role and only *declare* their models;
these tests drive a server through every kind of change (a case through its lifecycle, the
escalation ladder, a holiday that moves a deadline, a camera added, changed and removed, a
patrol, new SLA rules) and validate every event each kind of reader gets, page by page and
frame by frame of the stream, unknown fields refused. The routes' OpenAPI must name them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, get_args

import orjson
from fastapi.testclient import TestClient
from pydantic import TypeAdapter
from sqlalchemy import select

from server.models import Event
from server.schemas.event_out import (
    EVENT_MODELS,
    AnyEventOut,
    CaseEventType,
    EventPageOut,
    FeedGoneOut,
    VolunteerEventType,
)
from server.services import escalation
from server.services.feedhub import FeedEvent, visible_to
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.support.clock import SettableClock
from tests.support.factories import new_key

Json = dict[str, Any]
Headers = Callable[[str], dict[str, str]]
# A Wednesday's office hours: the sign clock of a case dispatched now ends on Thursday.
MOMENT = datetime(2026, 12, 9, 10, 0, tzinfo=SHANGHAI)
READERS = ("duty_officer", "supervisor", "dept_ecology", "trainer", "admin")
EVENT = TypeAdapter(AnyEventOut)
SERVER = Path(__file__).resolve().parents[2] / "server"
# How the server's code appends an event: feed.append(session, "type", …) or a case's
# publish / publish_many(session, "type", …).
APPENDED = re.compile(r"(?:feed\.append|publish(?:_many)?)\(\s*session,\s*\"([a-z_.]+)\"")
EVERY_TYPE = {*get_args(CaseEventType), "camera.changed", "calendar.changed", "patrol.created",
              "sla_rules.changed", "handover.created", "handover.signed",
              *get_args(VolunteerEventType), "drill.run"}  # fmt: skip


def every_kind_of_change(
    client: TestClient, state: AppState, headers: Headers, act: Callable[..., Any]
) -> None:
    """One change of each kind the feed reports, at MOMENT by the app's clock."""
    officer, admin = headers("duty_officer"), headers("admin")
    sent = {**officer, "Idempotency-Key": new_key()}
    body = {"channel": "hotline_12345", "category": "noise", "title": "夜间施工噪声扰民",
            "address": "虹桥街道新中社区12幢"}  # fmt: skip
    case = client.post("/api/v1/cases", json=body, headers=sent).json()
    for user, action, fields in (
        ("duty_officer", "register", {}),
        ("duty_officer", "dispatch", {"department": "ecology"}),
    ):
        response = act(user, case, action, **fields)
        assert response.status_code == 200, response.text
        case = response.json()
    drill = client.post(
        "/api/v1/cases",
        json={**body, "drill": True},
        headers={**headers("trainer"), "Idempotency-Key": new_key()},
    )
    assert drill.status_code == 201, drill.text

    # Thursday a holiday: the sign clock moves (calendar.changed and case.updated).
    moved = client.put(
        "/api/v1/calendar/days/2026-12-10", json={"kind": "holiday", "name": "测试"}, headers=admin
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["moved"] >= 1

    # The ladder, weeks later (case.escalated), then back to the moment.
    with state.db.write() as session:
        later = MOMENT + timedelta(days=30)
        assert escalation.tick(session, ref=state.reference.get(), now=later) > 0

    camera = {"code": "CAM-EV-001", "name": "学田街道 测试路口", "street": "xuetian",
              "lat": 31.999, "lon": 120.861,
              "stream_url": "rtsp://10.20.0.8:554/live/1"}  # fmt: skip
    added = client.post("/api/v1/cameras", json=camera, headers=admin)
    assert added.status_code == 201, added.text
    url = f"/api/v1/cameras/{added.json()['id']}"
    assert client.patch(url, json={"status": "offline"}, headers=admin).status_code == 200
    assert client.delete(url, headers=admin).status_code == 204

    ended = MOMENT - timedelta(minutes=1)
    started = ended - timedelta(minutes=40)
    track = [[round(32.07 + 0.01 * i, 5), 120.82, (started + timedelta(minutes=10 * i)).isoformat()]
             for i in range(5)]  # fmt: skip
    record = {"patroller": "张国强", "river": "金通河", "segment": "jintong-tangzha",
              "started_at": started.isoformat(), "ended_at": ended.isoformat(), "track": track,
              "reported_km": 4.5, "debris_tons": 0.8,
              "problems": [{"category": "weeds", "description": "水葫芦蔓延", "lat": 32.083,
                            "lon": 120.826}]}  # fmt: skip
    patrol = client.post(
        "/api/v1/patrols",
        files=[("patrol", (None, orjson.dumps(record).decode()))],
        headers={**officer, "Idempotency-Key": new_key()},
    )
    assert patrol.status_code == 201, patrol.text

    rules = client.get("/api/v1/sla-rules", headers=admin).json()
    republished = {"version": rules["version"], "warn_ratio": rules["warn_ratio"],
                   "note": "契约测试", "rules": rules["rules"]}  # fmt: skip
    published = client.put("/api/v1/sla-rules", json=republished, headers=admin)
    assert published.status_code == 200, published.text

    brief = client.post(
        "/api/v1/handovers",
        json={"notes": "契约测试交班"},
        headers={**officer, "Idempotency-Key": new_key()},
    )
    assert brief.status_code == 201, brief.text
    signed = client.post(
        f"/api/v1/handovers/{brief.json()['id']}/sign", headers=headers("supervisor")
    )
    assert signed.status_code == 200, signed.text
    _volunteer_service(client, headers)
    trainer = headers("trainer")
    start = {"scenario": "haohe_morning", "trainees": ["trainer"], "speed": 5}
    run = client.post("/api/v1/drills/runs", headers=trainer, json=start)
    assert run.status_code == 201, run.text  # drill.run (to trainers only)
    stopped = client.post(f"/api/v1/drills/runs/{run.json()['id']}/stop", headers=trainer)
    assert stopped.status_code == 200, stopped.text
    state.hub.notify()


def _volunteer_service(client: TestClient, headers: Headers) -> None:
    """A request through every step (offer, withdraw, decline, accept, done, rate) and one
    cancelled: each volunteer event once or more."""
    officer, lead = headers("duty_officer"), headers("volunteer_lead")
    order = {"category": "minor_repairs", "street": "hongqiao", "description": "水龙头漏水"}
    request = client.post("/api/v1/volunteers/requests", json=order, headers=officer).json()
    for who, action, fields in (
        (officer, "offer", {"team": "feiniu"}), (officer, "withdraw", {"note": "改派"}),
        (officer, "offer", {"team": "feiniu"}), (lead, "decline", {"note": "人手不足"}),
        (officer, "offer", {"team": "feiniu"}), (lead, "accept", {}),
        (lead, "done", {"hours": 1.5}), (officer, "rate", {"rating": 5}),
    ):  # fmt: skip
        response = client.post(f"/api/v1/volunteers/requests/{request['id']}/actions",
            json={"action": action, "version": request["version"], **fields},
            headers={**who, "Idempotency-Key": new_key()})  # fmt: skip
        assert response.status_code == 200, response.text
        request = response.json()
    other = client.post("/api/v1/volunteers/requests", json=order, headers=officer).json()
    cancelled = client.post(f"/api/v1/volunteers/requests/{other['id']}/actions",
        json={"action": "cancel", "version": other["version"], "note": "居民取消"},
        headers={**officer, "Idempotency-Key": new_key()})  # fmt: skip
    assert cancelled.status_code == 200, cancelled.text


def read_feed(client: TestClient, headers: Headers, user: str) -> list[Json]:
    """Every event this reader sees, a few a page, each page validated whole (its bytes)."""
    events: list[Json] = []
    after = 0
    while True:
        response = client.get(
            "/api/v1/events", params={"after": after, "limit": 7}, headers=headers(user)
        )
        assert response.status_code == 200, response.text
        EventPageOut.model_validate_json(response.content)
        page = response.json()
        events += page["events"]
        if page["last_seq"] == after:
            return events
        after = page["last_seq"]


def test_every_feed_event_matches_its_model(
    client: TestClient, state: AppState, headers: Headers, act: Callable[..., Any]
) -> None:
    state.clock = SettableClock(MOMENT)
    every_kind_of_change(client, state, headers, act)
    seen: Counter[str] = Counter()
    for user in READERS:
        events = read_feed(client, headers, user)
        assert events, user
        seen.update(event["type"] for event in events)
    assert set(seen) == EVERY_TYPE, seen
    assert seen["camera.changed"] >= 3  # added, changed, removed

    # The stream's frames: `event` the type, `id` the seq, `data` an event of the same model.
    hub = state.hub
    with state.db.read() as session:
        rows = [FeedEvent.of(row) for row in session.scalars(select(Event).order_by(Event.seq))]
    framed = 0
    for user in READERS:
        actor = _actor(client, headers, user)
        for event in rows:
            if not visible_to(event, actor):
                continue
            lines = dict(
                line.split(b": ", 1) for line in hub.sse_frame(event, actor).strip().split(b"\n")
            )
            assert lines[b"event"].decode() == event.type
            assert int(lines[b"id"]) == event.seq
            validated = EVENT.validate_json(lines[b"data"])
            assert validated.type == event.type and validated.seq == event.seq
            framed += 1
    assert framed > len(rows)


def _actor(client: TestClient, headers: Headers, user: str) -> Any:
    """The actor the server makes of this user's token."""
    state: AppState = client.app.state.cc  # type: ignore[attr-defined]
    token = headers(user)["Authorization"].removeprefix("Bearer ")
    return state.tokens.claims(token, state.signing_key, state.clock()).actor


def test_the_feed_routes_declare_their_models(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    poll = schema["paths"]["/api/v1/events"]["get"]["responses"]["200"]
    assert poll["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/EventPageOut"
    }
    assert components["EventPageOut"]["additionalProperties"] is False
    for model in EVENT_MODELS:
        assert components[model.__name__]["additionalProperties"] is False, model.__name__
    stream = schema["paths"]["/api/v1/events/stream"]["get"]["responses"]["200"]
    frame = stream["content"]["text/event-stream"]["itemSchema"]
    data = frame["properties"]["data"]["contentSchema"]["oneOf"]
    refs = [entry["$ref"].rsplit("/", 1)[1] for entry in data if "$ref" in entry]
    assert refs == [model.__name__ for model in EVENT_MODELS]
    assert all(ref in components for ref in refs)
    [gone] = [entry for entry in data if "$ref" not in entry]
    assert set(gone["properties"]) == set(FeedGoneOut.model_fields)


def test_every_event_type_the_server_appends_has_a_model() -> None:
    appended = {
        found
        for path in SERVER.rglob("*.py")
        for found in APPENDED.findall(path.read_text(encoding="utf-8"))
    }
    assert appended >= {"case.created", "camera.changed", "sla_rules.changed"}  # it reads
    declared = {
        kind for model in EVENT_MODELS for kind in get_args(model.model_fields["type"].annotation)
    }
    assert declared == EVERY_TYPE
    assert appended <= declared, f"events without a model: {sorted(appended - declared)}"
