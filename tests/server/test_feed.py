"""The change feed: one event per change, gapless; long-poll, SSE, resume, 410.

docs/architecture.md rule 5: clients follow `GET /api/v1/events?after=SEQ` or the SSE stream
with `Last-Event-ID` and resume from their last sequence number after any disconnect;
no event is skipped or applied twice; a client too far behind gets 410 and reloads.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.db import Database, utcnow
from server.models import Event
from server.services import feed
from server.services.feedhub import FeedEvent
from server.state import AppState
from tests.support.live_server import LiveServer

Headers = Callable[[str], dict[str, str]]
DEADLINE_SECONDS = 30.0


# --- helpers -------------------------------------------------------------------------------------


def key() -> dict[str, str]:
    return {"Idempotency-Key": f"feed-{uuid.uuid4()}"}


def db_events(state_or_db: AppState | Database, after: int = 0) -> list[FeedEvent]:
    """Every event after `after`, read straight from the database."""
    db = state_or_db if isinstance(state_or_db, Database) else state_or_db.db
    with db.read() as session:
        rows = session.scalars(select(Event).where(Event.seq > after).order_by(Event.seq))
        return [FeedEvent.of(row) for row in rows]


def db_head(state_or_db: AppState | Database) -> int:
    db = state_or_db if isinstance(state_or_db, Database) else state_or_db.db
    with db.read() as session:
        return feed.head(session)[0]


def follow(
    client: TestClient, headers: dict[str, str], after: int, until: int
) -> tuple[list[dict[str, Any]], int]:
    """Long-poll from `after` until last_seq reaches `until`; the events seen and last_seq."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + DEADLINE_SECONDS
    last = after
    while last < until:
        assert time.monotonic() < deadline, f"feed stuck at {last}, expected {until}"
        response = client.get("/api/v1/events", params={"after": last, "wait": 5}, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        seen.extend(body["events"])
        assert body["last_seq"] >= last, "last_seq never moves back"
        last = body["last_seq"]
    return seen, last


def assert_problem_410(response: httpx.Response | requests.Response) -> dict[str, Any]:
    assert response.status_code == 410, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 410
    assert body["type"].endswith("/feed-gone")
    assert body["title"] and body["detail"]
    return body


def start_live_server(database_url: str, log_path: Path) -> LiveServer:
    """A real cc-server on `database_url` with the demo users but no demo backlog, so that
    the feed holds only what the test writes."""
    return LiveServer(database_url, env={"CC_DEMO_BACKLOG": "0"}, log_path=log_path).start()


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(f"sqlite:///{tmp_path / 'live.db'}", tmp_path / "server.log")
    try:
        yield server
    finally:
        server.stop()


def http_create(base: str, headers: dict[str, str], title: str) -> dict[str, Any]:
    response = requests.post(
        base + "/api/v1/cases",
        json={"channel": "hotline_12345", "category": "noise", "title": title},
        headers={**headers, **key()},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()


def http_comment(base: str, headers: dict[str, str], case: dict[str, Any]) -> dict[str, Any]:
    response = requests.post(
        f"{base}/api/v1/cases/{case['id']}/actions",
        json={"action": "comment", "version": case["version"], "note": "跟进"},
        headers={**headers, **key()},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()


# --- one event per change ------------------------------------------------------------------------


def test_every_write_appends_exactly_one_event_with_gapless_seqs(
    client: TestClient,
    state: AppState,
    headers: Headers,
    new_case: Callable[..., dict[str, Any]],
    act: Callable[..., Any],
) -> None:
    start = db_head(state)
    case = new_case()
    expected = [("case.created", 1, "create")]
    steps = [
        ("duty_officer", "register", {}),
        ("duty_officer", "dispatch", {"department": "ecology"}),
        ("dept_ecology", "sign", {}),
        ("dept_ecology", "comment", {"note": "已到现场"}),
        ("duty_officer", "urge", {"note": "请尽快处理"}),
    ]
    stale = case
    for user, action, fields in steps:
        response = act(user, case, action, **fields)
        assert response.status_code == 200, response.text
        case = response.json()
        expected.append(("case.action", case["version"], action))

    # Refused writes leave no trace in the feed.
    assert act("duty_officer", stale, "comment", note="旧版本").status_code == 409
    assert act("duty_officer", case, "verify_pass").status_code == 422
    assert act("dept_urban", case, "comment", note="不是我的").status_code in (403, 404)
    # A replayed write repeats nothing.
    replay_key = key()
    body = {"action": "comment", "version": case["version"], "note": "重试"}
    url = f"/api/v1/cases/{case['id']}/actions"
    first = client.post(url, json=body, headers={**headers("duty_officer"), **replay_key})
    again = client.post(url, json=body, headers={**headers("duty_officer"), **replay_key})
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.content == first.content
    expected.append(("case.action", first.json()["version"], "comment"))

    events = db_events(state, start)
    assert [e.seq for e in events] == list(range(start + 1, start + 1 + len(expected))), (
        "sequence numbers must be gapless"
    )
    assert db_head(state) == events[-1].seq
    got = [(e.type, e.version, e.payload["action"]["action"]) for e in events]
    assert got == expected, "exactly one event per change, in order"
    for event in events:
        assert event.case_id == case["id"]
        assert event.payload["case"]["version"] == event.version

    history = client.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    assert [entry["action"] for entry in history["history"]] == [a for _, _, a in expected]


# --- long-poll -----------------------------------------------------------------------------------


def test_long_poll_returns_the_next_events_and_last_seq(
    client: TestClient, state: AppState, headers: Headers, new_case: Callable[..., dict[str, Any]]
) -> None:
    start = db_head(state)
    ids = [new_case(title=f"第{n}件")["id"] for n in range(3)]
    officer = headers("duty_officer")
    # The feed hub learns of commits asynchronously; once a follower has reached the head,
    # every later read is served in full.
    _, last = follow(client, officer, start, start + 3)
    assert last == start + 3

    first = client.get(
        "/api/v1/events", params={"after": start, "limit": 2}, headers=officer
    ).json()
    assert [e["seq"] for e in first["events"]] == [start + 1, start + 2]
    assert [e["case_id"] for e in first["events"]] == ids[:2]
    assert first["last_seq"] == start + 2
    assert first["events"][0]["type"] == "case.created"
    assert first["events"][0]["case"]["id"] == ids[0]
    assert "allowed_actions" in first["events"][0]["case"]

    rest = client.get("/api/v1/events", params={"after": first["last_seq"]}, headers=officer).json()
    assert [e["seq"] for e in rest["events"]] == [start + 3]
    assert rest["last_seq"] == start + 3

    idle = client.get("/api/v1/events", params={"after": last}, headers=officer)
    assert idle.status_code == 200
    assert idle.json() == {"events": [], "last_seq": last}


def test_long_poll_wait_returns_when_a_write_happens(
    client: TestClient, state: AppState, headers: Headers, new_case: Callable[..., dict[str, Any]]
) -> None:
    new_case()
    officer = headers("duty_officer")
    _, start = follow(client, officer, 0, db_head(state))
    written: list[int] = []
    errors: list[BaseException] = []

    def write_later() -> None:
        try:
            time.sleep(0.3)
            written.append(new_case(title="等待中到达")["id"])
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    writer = threading.Thread(target=write_later)
    writer.start()
    try:
        events: list[dict[str, Any]] = []
        # One long-poll normally sees it; a few more are allowed only for a loaded machine
        # on which the write itself took longer than the wait.
        for _attempt in range(5):
            body = client.get(
                "/api/v1/events", params={"after": start, "wait": 2}, headers=officer
            ).json()
            if body["events"]:
                events = body["events"]
                break
            assert body["last_seq"] == start
    finally:
        writer.join(timeout=DEADLINE_SECONDS)
    assert not errors, errors
    assert [e["case_id"] for e in events] == written, "the waiting poll delivers the new case"
    assert events[0]["seq"] == start + 1


def test_filtered_events_are_skipped_but_last_seq_advances(
    client: TestClient, state: AppState, headers: Headers, act: Callable[..., Any]
) -> None:
    start = db_head(state)

    def create(user: str, category: str) -> dict[str, Any]:
        response = client.post(
            "/api/v1/cases",
            json={"channel": "grid", "category": category, "title": category},
            headers=headers(user),
        )
        assert response.status_code == 201, response.text
        return response.json()

    def dispatched(category: str, department: str) -> dict[str, Any]:
        case = create("duty_officer", category)
        case = act("duty_officer", case, "register").json()
        response = act("duty_officer", case, "dispatch", department=department)
        assert response.status_code == 200, response.text
        return response.json()

    drill = create("trainer", "noise")
    assert drill["drill"] is True
    noise = dispatched("noise", "ecology")
    garbage = dispatched("garbage", "urban")
    head = db_head(state)
    assert head == start + 7

    def seen_by(user: str) -> list[tuple[int, int]]:
        events, last = follow(client, headers(user), start, head)
        assert last == head, f"{user}: last_seq must advance past what {user} may not see"
        return [(e["case_id"], e["version"]) for e in events]

    assert seen_by("duty_officer") == [(noise["id"], v) for v in (1, 2, 3)] + [
        (garbage["id"], v) for v in (1, 2, 3)
    ], "no drill event in the live feed"
    assert seen_by("trainer") == [(drill["id"], 1)], "trainers see drill events only"
    assert seen_by("dept_ecology") == [(noise["id"], 3)], "a department sees its own cases"
    assert seen_by("dept_urban") == [(garbage["id"], 3)]


# --- 410: too far behind, or ahead of the feed --------------------------------------------------


def test_a_position_beyond_the_head_is_gone(
    client: TestClient, state: AppState, headers: Headers, new_case: Callable[..., dict[str, Any]]
) -> None:
    new_case()
    head = db_head(state)
    officer = headers("duty_officer")
    body = assert_problem_410(
        client.get("/api/v1/events", params={"after": head + 5}, headers=officer)
    )
    assert body["oldest_seq"] == 1


def test_a_pruned_window_is_gone_with_problem_json(
    client: TestClient, state: AppState, headers: Headers, new_case: Callable[..., dict[str, Any]]
) -> None:
    for n in range(3):
        new_case(title=f"旧事件{n}")
    head = db_head(state)
    officer = headers("duty_officer")
    with state.db.write() as session:
        pruned = feed.prune(session, utcnow() + timedelta(days=400), retention_days=1)
    assert pruned == head
    state.hub.notify()

    deadline = time.monotonic() + DEADLINE_SECONDS
    response = client.get("/api/v1/events", params={"after": 0}, headers=officer)
    while response.status_code == 200 and time.monotonic() < deadline:
        # The hub learns of the prune at its next poll; until then it may serve from memory.
        time.sleep(0.05)
        response = client.get("/api/v1/events", params={"after": 0}, headers=officer)
    body = assert_problem_410(response)
    assert body["oldest_seq"] == head + 1

    # From the current position the follower carries on.
    current = client.get("/api/v1/events", params={"after": head}, headers=officer)
    assert current.status_code == 200 and current.json() == {"events": [], "last_seq": head}
    fresh = new_case(title="新事件")
    events, _ = follow(client, officer, head, head + 1)
    assert [e["case_id"] for e in events] == [fresh["id"]]


def test_the_sse_stream_refuses_positions_it_cannot_serve(
    client: TestClient, state: AppState, headers: Headers, new_case: Callable[..., dict[str, Any]]
) -> None:
    new_case()
    head = db_head(state)
    officer = headers("duty_officer")
    beyond = client.get(
        "/api/v1/events/stream", headers={**officer, "Last-Event-ID": str(head + 5)}
    )
    assert_problem_410(beyond)
    invalid = client.get("/api/v1/events/stream", headers={**officer, "Last-Event-ID": "abc"})
    assert invalid.status_code == 400, invalid.text
    with state.db.write() as session:
        feed.prune(session, utcnow() + timedelta(days=400), retention_days=1)
    state.hub.notify()
    deadline = time.monotonic() + DEADLINE_SECONDS
    while client.get("/api/v1/events", params={"after": 0}, headers=officer).status_code == 200:
        assert time.monotonic() < deadline, "the hub never learned of the prune"
        time.sleep(0.05)
    assert_problem_410(client.get("/api/v1/events/stream?after=0", headers=officer))


# --- SSE over a real server ----------------------------------------------------------------------


def read_sse(
    response: httpx.Response, *, count: int | None = None, until: int | None = None
) -> list[dict[str, str]]:
    """Parse SSE frames until `count` events, or one with id >= `until`, have arrived."""
    frames: list[dict[str, str]] = []
    fields: dict[str, str] = {}
    deadline = time.monotonic() + DEADLINE_SECONDS
    for line in response.iter_lines():
        assert time.monotonic() < deadline, f"stream too slow; got {frames}"
        if line == "":
            if "data" in fields:
                frames.append(fields)
                if count is not None and len(frames) >= count:
                    return frames
                if until is not None and int(fields.get("id", "0")) >= until:
                    return frames
            fields = {}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        fields[name] = fields[name] + "\n" + value if name == "data" and name in fields else value
    raise AssertionError(f"the stream ended early after {frames}")


def check_frames(frames: list[dict[str, str]]) -> list[int]:
    """Each frame's id, event and data agree; returns the ids."""
    ids = []
    for frame in frames:
        data = json.loads(frame["data"])
        assert frame["id"] == str(data["seq"]), frame
        assert frame["event"] == data["type"], frame
        ids.append(data["seq"])
    return ids


def test_sse_stream_resumes_with_last_event_id(live: LiveServer, tmp_path: Path) -> None:
    officer = live.headers("duty_officer")
    created = [http_create(live.url, officer, f"SSE {n}") for n in range(6)]
    timeout = httpx.Timeout(DEADLINE_SECONDS)
    with httpx.Client(base_url=live.url, headers=officer, timeout=timeout) as http:
        with http.stream("GET", "/api/v1/events/stream", params={"after": 0}) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            first = read_sse(response, count=3)
        # The connection is dropped mid-stream; more happens meanwhile.
        for case in created[:4]:
            http_comment(live.url, officer, case)
        db = Database(live.database_url)
        try:
            head = db_head(db)
            last_id = first[-1]["id"]
            with http.stream(
                "GET", "/api/v1/events/stream", headers={"Last-Event-ID": last_id}
            ) as response:
                assert response.status_code == 200
                second = read_sse(response, until=head)
            expected = [e.seq for e in db_events(db) if not e.drill and e.seq <= head]
        finally:
            db.dispose()
    ids = check_frames(first) + check_frames(second)
    assert ids == expected, "resuming with Last-Event-ID skips nothing and repeats nothing"
    assert ids == list(range(1, head + 1))


def test_a_follower_resumes_across_a_server_crash_and_restart(live: LiveServer) -> None:
    officer = live.headers("duty_officer")
    seen: list[int] = []
    position = {"last": 0}
    stop = threading.Event()
    failures: list[str] = []

    def follower() -> None:
        session = requests.Session()
        while not stop.is_set():
            try:
                response = session.get(
                    live.url + "/api/v1/events",
                    params={"after": position["last"], "wait": 2},
                    headers=officer,
                    timeout=10,
                )
            except requests.RequestException:
                session.close()
                session = requests.Session()
                time.sleep(0.1)  # the server is away: retry from the same position
                continue
            if response.status_code != 200:
                failures.append(f"{response.status_code}: {response.text}")
                return
            body = response.json()
            seen.extend(event["seq"] for event in body["events"])
            position["last"] = body["last_seq"]
        session.close()

    def wait_until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not condition():
            assert not failures, failures
            assert time.monotonic() < deadline, f"timed out waiting for {what}; seen {seen}"
            time.sleep(0.05)

    thread = threading.Thread(target=follower, daemon=True)
    thread.start()
    try:
        before = [http_create(live.url, officer, f"崩溃前{n}") for n in range(3)]
        wait_until(lambda: len(seen) >= 1, "the follower's first event")
        for case in before:
            http_comment(live.url, officer, case)
        live.kill()  # a crash: no clean shutdown, the follower's poll is cut off
        live.start()  # same port, same database
        after = [http_create(live.url, officer, f"重启后{n}") for n in range(3)]
        http_comment(live.url, officer, after[0])
        db = Database(live.database_url)
        try:
            head = db_head(db)
            wait_until(lambda: position["last"] >= head, f"the follower to reach {head}")
            expected = [e.seq for e in db_events(db) if e.seq <= position["last"]]
        finally:
            db.dispose()
    finally:
        stop.set()
        thread.join(timeout=DEADLINE_SECONDS)
    assert not failures, failures
    assert len(seen) == len(set(seen)), f"events applied twice: {seen}"
    assert seen == expected, "every event exactly once, in order, across the crash"
    assert len(expected) >= 10
