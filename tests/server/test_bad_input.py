"""Bad input gets a clear problem+json error and writes nothing (docs/architecture.md rule 7)."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.app import create_app
from server.config import Settings
from server.models import Case, CaseAction, Event, IdempotencyRecord
from server.problem_codes import Code
from server.state import AppState
from tests.server.conftest import new_key

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]

PROBLEM = "application/problem+json"
BIG = 2**63  # one past the largest 64-bit signed integer
CASE_BODY: Json = {"channel": "hotline_12345", "category": "noise", "title": "噪声扰民"}


def cursor(*parts: Any) -> str:
    return raw_cursor(orjson.dumps(list(parts)))


def raw_cursor(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@dataclass(frozen=True)
class Bad:
    """A bad request and the status it must get; {id} in the path is an existing case."""

    method: str
    path: str
    statuses: tuple[int, ...]
    json: Any = None
    content: bytes | None = None
    params: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    user: str | None = "duty_officer"
    # Send header bytes as they are (the TestClient re-encodes header values as UTF-8).
    raw_headers: bool = False


def action(body: Json, *, path: str = "/api/v1/cases/{id}/actions", **kw: Any) -> Bad:
    return Bad("POST", path, json={"version": 1, **body}, **kw)


def create(body: Json, **kw: Any) -> Bad:
    return Bad("POST", "/api/v1/cases", json={**CASE_BODY, **body}, **kw)


def listing(params: dict[str, Any], status: int = 422) -> Bad:
    return Bad("GET", "/api/v1/cases", (status,), params=params)


BAD: dict[str, Any] = {
    # malformed or mistyped bodies
    "malformed-json-create": Bad("POST", "/api/v1/cases", (400,), content=b'{"channel": '),
    "malformed-json-action": Bad(
        "POST", "/api/v1/cases/{id}/actions", (400,), content=b"{action: register}"
    ),
    "body-not-an-object": Bad("POST", "/api/v1/cases", (422,), content=b"[1, 2, 3]"),
    "empty-body": Bad("POST", "/api/v1/cases", (422,), content=b""),
    "text-plain-body": Bad(
        "POST",
        "/api/v1/cases",
        (400, 415, 422),
        content=orjson.dumps(CASE_BODY),
        headers={"Content-Type": "text/plain"},
    ),
    "title-a-number": create({"title": 123}, statuses=(422,)),
    "unknown-channel": create({"channel": "fax"}, statuses=(422,)),
    "unknown-urgency": create({"urgency": "whenever"}, statuses=(422,)),
    "lat-a-word": create({"lat": "north", "lon": 120.9}, statuses=(422,)),
    "lat-out-of-range": create({"lat": 91, "lon": 120.9}, statuses=(422,)),
    "lat-without-lon": create({"lat": 32.0}, statuses=(422,)),
    "lon-without-lat": create({"lon": 120.86}, statuses=(422,)),
    "phone-letters": create({"reporter_phone": "call me"}, statuses=(422,)),
    "unknown-field-create": create({"priority": "high"}, statuses=(422,)),
    "unknown-category": create({"category": "ufo"}, statuses=(422,)),
    "unknown-street": create({"street": "nowhere"}, statuses=(422,)),
    "unknown-community": create({"community": "无名社区"}, statuses=(422,)),
    "unknown-grid": create({"grid": "G-0"}, statuses=(422,)),
    "title-201": create({"title": "长" * 201}, statuses=(422,)),
    "title-blank": create({"title": "   "}, statuses=(422,)),
    "description-5001": create({"description": "x" * 5001}, statuses=(422,)),
    "drill-run-zero": create({"drill_run_id": 0}, statuses=(422,)),
    "unknown-action": action({"action": "teleport"}, statuses=(422,)),
    "version-a-word": action({"action": "register", "version": "three"}, statuses=(422,)),
    "version-zero": action({"action": "register", "version": 0}, statuses=(422,)),
    "unknown-field-action": action({"action": "register", "priority": 1}, statuses=(422,)),
    "note-2001": action({"action": "comment", "note": "注" * 2001}, statuses=(422,)),
    "callback-result-unknown": action({"action": "comment", "result": "meh"}, statuses=(422,)),
    "extension-minutes-negative": action(
        {"action": "comment", "extension_minutes": -5}, statuses=(422,)
    ),
    "escalate-target-unknown": action({"action": "escalate", "target": "god"}, statuses=(422,)),
    "illegal-action-now": action({"action": "verify_pass"}, statuses=(422,)),
    # too large
    "body-2mb": Bad(
        "POST",
        "/api/v1/cases",
        (413,),
        content=orjson.dumps({**CASE_BODY, "description": "x" * 2_000_000}),
    ),
    # ids
    # ids start at 1: a path id below that is invalid input (422), not a missing case
    "negative-id": Bad("GET", "/api/v1/cases/-1", (422,)),
    "zero-id": Bad("GET", "/api/v1/cases/0", (422,)),
    "unknown-id": Bad("GET", "/api/v1/cases/999999", (404,)),
    "word-id": Bad("GET", "/api/v1/cases/abc", (404, 422)),
    "negative-id-action": action(
        {"action": "register"}, path="/api/v1/cases/-1/actions", statuses=(422,)
    ),
    "unknown-id-action": action(
        {"action": "register"}, path="/api/v1/cases/999999/actions", statuses=(404,)
    ),
    "huge-id": Bad("GET", f"/api/v1/cases/{BIG}", (404, 422)),
    "huge-id-action": action(
        {"action": "register"}, path=f"/api/v1/cases/{BIG}/actions", statuses=(404, 422)
    ),
    "huge-version": action({"action": "register", "version": 2**64}, statuses=(409, 422)),
    "huge-parent": action({"action": "merge", "parent_id": BIG}, statuses=(422,)),
    "huge-drill-run": create({"drill_run_id": 2**64}, statuses=(422,)),
    # routes and methods
    "unknown-route": Bad("GET", "/api/v1/nothing-here", (404,)),
    "unknown-version": Bad("GET", "/api/v2/cases", (404,)),
    "unknown-route-anonymous": Bad("GET", "/api/v1/nothing-here", (404,), user=None),
    "delete-case": Bad("DELETE", "/api/v1/cases/{id}", (405,)),
    "put-cases": Bad("PUT", "/api/v1/cases", (405,), json=CASE_BODY),
    "get-actions": Bad("GET", "/api/v1/cases/{id}/actions", (405,)),
    # query parameters
    "state-foo": listing({"state": "foo"}),
    "color-purple": listing({"color": "purple"}),
    "channel-fax": listing({"channel": "fax"}),
    "category-unknown": listing({"category": "ufo"}),
    "street-unknown": listing({"street": "nowhere"}),
    "department-unknown": listing({"department": "nasa"}),
    "escalation-4": listing({"escalation": 4}),
    "limit-0": listing({"limit": 0}),
    "limit-501": listing({"limit": 501}),
    "limit-word": listing({"limit": "many"}),
    "sort-title": listing({"sort": "title"}),
    "sort-double-minus": listing({"sort": "--id"}),
    "q-101": listing({"q": "q" * 101}),
    "cursor-garbage": listing({"cursor": "not a cursor!"}),
    "cursor-empty-json": listing({"cursor": cursor()}),
    "cursor-other-sort": listing({"cursor": cursor("due_at", "2026-01-01T00:00:00+00:00", 1)}),
    "cursor-not-a-list": listing({"cursor": raw_cursor(b'{"id": 1}')}),
    "cursor-date-not-a-date": listing(
        {"sort": "created_at", "cursor": cursor("created_at", "yesterday", 1)}
    ),
    "cursor-naive-date": listing(
        {"sort": "created_at", "cursor": cursor("created_at", "2026-01-01T00:00:00", 1)}
    ),
    "cursor-bool-id": listing({"cursor": raw_cursor(b'["id", 1, true]')}),
    "cursor-huge-id": listing({"cursor": raw_cursor(b'["id", 1, 18446744073709551615]')}),
    "summary-drill-word": Bad("GET", "/api/v1/cases/summary", (422,), params={"drill": "maybe"}),
    "supervision-status": Bad("GET", "/api/v1/supervision", (422,), params={"status": "any"}),
    "events-after-negative": Bad("GET", "/api/v1/events", (422,), params={"after": -1}),
    "events-wait-61": Bad("GET", "/api/v1/events", (422,), params={"wait": 61}),
    "events-limit-0": Bad("GET", "/api/v1/events", (422,), params={"limit": 0}),
    "events-after-huge": Bad("GET", "/api/v1/events", (410, 422), params={"after": BIG}),
    "stream-after-negative": Bad("GET", "/api/v1/events/stream", (422,), params={"after": -1}),
    "stream-last-event-id-word": Bad(
        "GET", "/api/v1/events/stream", (400,), headers={"Last-Event-ID": "abc"}
    ),
    "stream-last-event-id-superscript": Bad(
        "GET",
        "/api/v1/events/stream",
        (400,),
        headers={"Last-Event-ID": b"\xb2"},
        raw_headers=True,
    ),
    "stream-last-event-id-huge": Bad(
        "GET",
        "/api/v1/events/stream",
        (400, 410, 422),
        headers={"Last-Event-ID": "9" * 20},
    ),
    # headers of a write
    "if-match-word": action(
        {"action": "register", "version": None}, statuses=(400,), headers={"If-Match": "abc"}
    ),
    "if-match-fraction": action(
        {"action": "register", "version": None}, statuses=(400,), headers={"If-Match": '"1.5"'}
    ),
    "idempotency-key-201": action(
        {"action": "register"}, statuses=(400, 422), headers={"Idempotency-Key": "k" * 201}
    ),
    "idempotency-key-control": action(
        {"action": "register"}, statuses=(400,), headers={"Idempotency-Key": "a\tb"}
    ),
    # sign-in
    "token-no-form": Bad("POST", "/api/v1/auth/token", (422,), user=None),
    "token-long-username": Bad(
        "POST",
        "/api/v1/auth/token",
        (401,),
        content=b"username=" + b"u" * 81 + b"&password=demo",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        user=None,
    ),
}


@dataclass
class World:
    """One app on its own database, shared by the tests that must write nothing."""

    client: TestClient
    state: AppState
    case: Json
    tokens: dict[str, dict[str, str]] = field(default_factory=dict)

    def headers(self, user: str) -> dict[str, str]:
        if user not in self.tokens:
            response = self.client.post(
                "/api/v1/auth/token", data={"username": user, "password": "demo"}
            )
            assert response.status_code == 200, response.text
            self.tokens[user] = {"Authorization": f"Bearer {response.json()['access_token']}"}
        return self.tokens[user]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """A module-wide app with one reported case; a 500 comes back as a response."""
    url = f"sqlite:///{tmp_path_factory.mktemp('bad-input') / 'cc.db'}"
    app = create_app(Settings(database_url=url, demo=True, simulator_rate=0), background=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        world = World(client, client.app.state.cc, {})  # type: ignore[attr-defined]
        response = client.post(
            "/api/v1/cases", json=CASE_BODY, headers=world.headers("duty_officer")
        )
        assert response.status_code == 201
        world.case = response.json()
        yield world


def counts(state: AppState) -> dict[str, int]:
    with state.db.read() as session:
        return {
            model.__name__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Case, CaseAction, Event, IdempotencyRecord)
        }


def send(world: World, bad: Bad) -> Any:
    """Send the bad request (as its user, with a fresh Idempotency-Key for actions)."""
    request_headers: dict[str, Any] = {}
    if bad.user is not None:
        request_headers.update(world.headers(bad.user))
    if bad.path.endswith("/actions"):
        request_headers["Idempotency-Key"] = new_key()
    request_headers.update(bad.headers)
    body = bad.json
    if isinstance(body, dict) and body.get("version", 0) is None:
        body = {k: v for k, v in body.items() if k != "version"}
    if bad.content is not None and "Content-Type" not in request_headers:
        request_headers["Content-Type"] = "application/json"
    if bad.raw_headers:
        return asyncio.run(_send_raw(world, bad, request_headers))
    return world.client.request(
        bad.method,
        bad.path.format(id=world.case["id"]),
        json=body,
        content=bad.content,
        params=bad.params,
        headers=request_headers,
    )


async def _send_raw(world: World, bad: Bad, headers: dict[str, Any]) -> httpx.Response:
    """Straight to the ASGI app, header bytes untouched (as uvicorn would pass them)."""
    transport = httpx.ASGITransport(app=world.client.app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        raw = [
            (name.encode(), v if isinstance(v, bytes) else v.encode())
            for name, v in headers.items()
        ]
        return await client.request(bad.method, bad.path, params=bad.params, headers=raw)


def assert_problem(response: Any, statuses: tuple[int, ...]) -> Json:
    assert response.status_code in statuses, f"expected {statuses}: {response.text[:500]}"
    content_type = response.headers.get("content-type", "")
    assert content_type.startswith(PROBLEM), f"{content_type}: {response.text[:200]}"
    body = response.json()
    for member in ("type", "title", "status", "detail"):
        assert body.get(member), f"problem without {member}: {body}"
    assert body["status"] == response.status_code
    assert body["type"].startswith("https://"), body["type"]
    # Every problem names its catalogued code, which goes with the status sent.
    assert Code(body["code"]).status in (None, response.status_code), body
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body


@pytest.mark.parametrize("bad", list(BAD.values()), ids=list(BAD))
def test_bad_request_gets_a_problem_and_writes_nothing(world: World, bad: Bad) -> None:
    before = counts(world.state)
    response = send(world, bad)
    assert_problem(response, bad.statuses)
    assert counts(world.state) == before, "a refused request wrote rows"
    detail = world.client.get(
        f"/api/v1/cases/{world.case['id']}", headers=world.headers("duty_officer")
    ).json()
    assert (detail["version"], len(detail["history"])) == (1, 1), "the case was changed"


def test_malformed_json_says_so(world: World) -> None:
    body = assert_problem(send(world, BAD["malformed-json-create"]), (400,))
    assert body["type"].endswith("malformed-json")
    assert body["code"] == "malformed_json"
    assert "JSON" in body["detail"]


def test_validation_errors_name_the_fields(world: World) -> None:
    bad = create({"title": "", "urgency": "now", "extra": 1}, statuses=(422,))
    body = assert_problem(send(world, bad), (422,))
    fields = {error["field"] for error in body["errors"]}
    assert fields == {"title", "urgency", "extra"}, body["errors"]
    for name in fields:
        assert name in body["detail"]


def test_unknown_choices_are_listed(world: World) -> None:
    before = counts(world.state)
    body = assert_problem(send(world, create({"category": "ufo"}, statuses=(422,))), (422,))
    assert "noise" in body["choices"] and "ufo" not in body["choices"]
    body = assert_problem(send(world, listing({"street": "nowhere"})), (422,))
    assert "hongqiao" in body["choices"]
    assert counts(world.state) == before


def test_illegal_action_names_state_and_choices(world: World) -> None:
    body = assert_problem(send(world, BAD["illegal-action-now"]), (422,))
    assert body["state"] == "reported"
    assert body["allowed_actions"] == [
        "register",
        "void",
        "merge",
        "comment",
        "escalate",
        "correct",
    ]


def test_wrong_method_names_the_allowed_ones(world: World) -> None:
    response = send(world, BAD["delete-case"])
    assert_problem(response, (405,))
    assert "GET" in response.headers.get("allow", ""), response.headers


def test_a_chunked_body_over_the_limit_gets_413(world: World) -> None:
    before = counts(world.state)

    def chunks() -> Iterator[bytes]:
        yield b'{"channel": "grid", "category": "noise", "title": "t", "description": "'
        for _ in range(2_000):
            yield b"x" * 1_000
        yield b'"}'

    response = world.client.post(
        "/api/v1/cases",
        content=chunks(),
        headers={**world.headers("duty_officer"), "Content-Type": "application/json"},
    )
    assert counts(world.state) == before
    assert_problem(response, (413,))


# --- the edges are accepted (these write, so each has its own database) -----------------


def test_limits_are_inclusive(client: TestClient, headers: Headers) -> None:
    """The edges of the limits above are accepted: the refusals are about the limits."""
    body = {**CASE_BODY, "title": "长" * 200, "lat": 90, "lon": -180}
    created = client.post("/api/v1/cases", json=body, headers=headers("duty_officer"))
    assert created.status_code == 201, created.text
    response = client.post(
        f"/api/v1/cases/{created.json()['id']}/actions",
        json={"action": "comment", "version": 1, "note": "注" * 2000},
        headers={**headers("duty_officer"), "Idempotency-Key": "k" * 200},
    )
    assert response.status_code == 200, response.text
    page = client.get(
        "/api/v1/cases", params={"limit": 500, "q": "q" * 100}, headers=headers("supervisor")
    )
    assert page.status_code == 200 and len(page.json()["items"]) == 0
    almost = {**CASE_BODY, "description": "x" * 5000}
    response = client.post("/api/v1/cases", json=almost, headers=headers("duty_officer"))
    assert response.status_code == 201, response.text


def test_a_cursor_from_the_server_is_accepted(client: TestClient, headers: Headers) -> None:
    for _ in range(3):
        client.post("/api/v1/cases", json=CASE_BODY, headers=headers("duty_officer"))
    for sort in ("id", "-id", "created_at", "-updated_at", "due_at", "-escalation_level"):
        seen: list[int] = []
        params: dict[str, Any] = {"limit": 1, "sort": sort}
        while True:
            page = client.get("/api/v1/cases", params=params, headers=headers("duty_officer"))
            assert page.status_code == 200, page.text
            seen += [item["id"] for item in page.json()["items"]]
            if page.json()["next_cursor"] is None:
                break
            params["cursor"] = page.json()["next_cursor"]
        assert sorted(seen) == [1, 2, 3], (sort, seen)


# --- an unexpected error ----------------------------------------------------------------


def _boom() -> None:
    raise RuntimeError("kaboom: secret internals")


def _failing_client(client: TestClient) -> TestClient:
    """The app with one route that fails unexpectedly, answering 500 instead of raising."""
    client.app.add_api_route("/api/v1/test-boom", _boom)  # type: ignore[attr-defined]
    return TestClient(client.app, raise_server_exceptions=False)


def test_an_unexpected_error_is_a_500_problem_without_internals(client: TestClient) -> None:
    response = _failing_client(client).get("/api/v1/test-boom")
    body = assert_problem(response, (500,))
    assert "nothing was changed" in body["detail"]
    assert "kaboom" not in response.text and "RuntimeError" not in response.text


def test_an_unexpected_error_is_logged_with_its_traceback(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    failing = _failing_client(client)
    with caplog.at_level(logging.ERROR, logger="server.problem_responses"):
        assert failing.get("/api/v1/test-boom").status_code == 500
    records = [r for r in caplog.records if r.name == "server.problem_responses"]
    assert records, "the 500 was not logged"
    exc_info = records[-1].exc_info
    assert exc_info is not None and isinstance(exc_info[1], RuntimeError), records[-1].exc_info
