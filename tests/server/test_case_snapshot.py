"""GET /api/v1/cases/snapshot: every matching case in one streamed answer, and closed_since.

The snapshot must say what paging through the list says (the same cases, the same JSON),
in the queue's order, with a feed position from which nothing is lost; the cheaper case JSON
of the cache must be byte for byte what `views.case_snapshot` makes.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import astuple
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from console.api.client import ApiClient, set_thread_guard
from console.api.errors import ApiError, Forbidden
from console.api.results import CaseBatch
from server.app import create_app
from server.background import CacheWarmer
from server.config import Settings
from server.db import utcnow
from server.demo.backlog import seed_backlog
from server.models import Case, Department, Event
from server.routes import cases as cases_route
from server.schemas.case import ActionRequest
from server.services import case_query, cases
from server.services.case_entry import SNAPSHOT_COLUMNS, names_of, object_json, snapshot_entry
from server.services.case_json import CaseJsonCache
from server.services.lifecycle import OPEN_STATES, Actor
from server.services.views import case_snapshot, facts_of
from server.state import AppState
from tests.support.factories import bearer_headers, case_body, new_key
from tests.support.live_server import LiveServer

Headers = Callable[[str], dict[str, str]]
SNAPSHOT = "/api/v1/cases/snapshot"
FAR = "9999-12-31T00:00:00+00:00"


# --- helpers -------------------------------------------------------------------------------------


def read_snapshot(
    client: TestClient, headers: dict[str, str], params: Any = None
) -> tuple[dict[str, Any], list[list[dict[str, Any]]], dict[str, Any]]:
    """(first line, the case arrays, last line) of a snapshot; checks the framing."""
    response = client.get(SNAPSHOT, params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/x-ndjson"
    assert response.content.endswith(b"\n")
    lines = [orjson.loads(line) for line in response.content[:-1].split(b"\n")]
    head, arrays, end = lines[0], lines[1:-1], lines[-1]
    assert set(head) == {"feed_seq", "count"}
    assert end == {"end": True, "count": sum(len(a) for a in arrays)}
    assert all(isinstance(a, list) and a for a in arrays)
    return head, arrays, end


def snapshot_items(client: TestClient, headers: dict[str, str], params: Any = None) -> list[dict]:
    head, arrays, end = read_snapshot(client, headers, params)
    items = [item for array in arrays for item in array]
    assert head["count"] == end["count"] == len(items)
    return items


def paged_items(client: TestClient, headers: dict[str, str], params: Any = None) -> list[dict]:
    """Every case of the list with these filters, in the queue's order (sort=due_at)."""
    items: list[dict[str, Any]] = []
    cursor = None
    base = list((params or {}).items()) if isinstance(params, dict) else list(params or [])
    while True:
        query = [*base, ("sort", "due_at"), ("limit", "37")]
        if cursor:
            query.append(("cursor", cursor))
        body = client.get("/api/v1/cases", params=query, headers=headers).json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def queue_key(item: dict[str, Any]) -> tuple[str, int]:
    return (
        datetime.fromisoformat(item["due_at"]).astimezone(UTC).isoformat()
        if item["due_at"]
        else FAR,
        item["id"],
    )


def act(client: TestClient, headers: dict[str, str], case: dict[str, Any], action: str, **fields):  # type: ignore[no-untyped-def]
    response = client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": action, "version": case["version"], **fields},
        headers={**headers, "Idempotency-Key": new_key()},
    )
    assert response.status_code == 200, response.text
    return response.json()


def new_case(client: TestClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    body = case_body(**{"title": "快照测试", **fields})
    response = client.post("/api/v1/cases", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def set_columns(app_state: AppState, case_id: int, **values: Any) -> None:
    """Change a case behind the API's back (a new version, so that no cache serves the old)."""
    with app_state.db.write() as session:
        session.execute(
            update(Case).where(Case.id == case_id).values(version=Case.version + 1, **values)
        )


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The suite's settings with the cache warm-up off: these tests count what is read."""
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'cc.db'}",
        demo=True,
        simulator_rate=0,
        case_cache_warm=False,
    )


@pytest.fixture(scope="module")
def backlog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A server with the demo backlog (300 cases over every state, street and color), some
    drill cases and some cases without street or department; read-only for the tests."""
    directory = tmp_path_factory.mktemp("backlog")
    settings = Settings(
        database_url=f"sqlite:///{directory / 'cc.db'}",
        demo=True,
        simulator_rate=0,
        case_cache_warm=False,
    )
    app = create_app(settings, background=False)
    with TestClient(app) as client:
        state: AppState = app.state.cc
        seed_backlog(state, count=300)
        trainer = bearer_headers(client, "trainer")
        for n in range(4):
            new_case(client, trainer, title=f"演练{n}")
        officer = bearer_headers(client, "duty_officer")
        new_case(client, officer, title="无街道", address="不详")
        yield client


@pytest.fixture(scope="module")
def users(backlog: TestClient) -> dict[str, dict[str, str]]:
    names = ("duty_officer", "supervisor", "trainer", "dept_urban", "dept_police")
    return {name: bearer_headers(backlog, name) for name in names}


# --- the snapshot is what the list says ----------------------------------------------------------


@pytest.mark.parametrize("user", ["duty_officer", "supervisor", "dept_urban", "trainer"])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"open": "true"},
        [("state", "registered"), ("state", "dispatched")],
        {"color": "red"},
        {"street": "hongqiao"},
        {"q": "小区"},
        {"escalation": "1"},
        {"closed_since": "2000-01-01T00:00:00+08:00"},
        {"closed_since": "2100-01-01T00:00:00+08:00", "channel": "hotline_12345"},
    ],
    ids=lambda p: "&".join(f"{k}={v}" for k, v in (p.items() if isinstance(p, dict) else p)),
)
def test_the_snapshot_is_what_paging_the_list_says(
    backlog: TestClient, users: dict[str, dict[str, str]], user: str, params: Any
) -> None:
    snapshot = snapshot_items(backlog, users[user], params)
    assert snapshot == paged_items(backlog, users[user], params)


def test_the_snapshot_of_everything_holds_every_visible_case_once(
    backlog: TestClient, users: dict[str, dict[str, str]]
) -> None:
    state: AppState = backlog.app.state.cc  # type: ignore[attr-defined]
    with state.db.read() as session:
        rows = session.execute(select(Case.id, Case.drill, Case.department_id)).all()
        urban = session.scalars(select(Department.id).where(Department.code == "urban")).one()
    everything = snapshot_items(backlog, users["supervisor"])
    assert sorted(c["id"] for c in everything) == sorted(r.id for r in rows if not r.drill)
    assert len({c["id"] for c in everything}) == len(everything)
    # a department sees its own cases only
    own = snapshot_items(backlog, users["dept_urban"])
    expected = sorted(r.id for r in rows if not r.drill and r.department_id == urban)
    assert expected and sorted(c["id"] for c in own) == expected
    assert {c["department"] for c in own} == {"urban"}
    # drill cases for trainers only, and only drill cases for them
    drill = snapshot_items(backlog, users["trainer"])
    assert sorted(c["id"] for c in drill) == sorted(r.id for r in rows if r.drill)
    assert drill and all(c["drill"] for c in drill)
    assert all("allowed_actions" in c for c in everything + own + drill)


def test_the_order_is_most_urgent_first(
    backlog: TestClient, users: dict[str, dict[str, str]]
) -> None:
    items = snapshot_items(backlog, users["duty_officer"])
    assert [queue_key(c) for c in items] == sorted(queue_key(c) for c in items)
    dues = [c["due_at"] for c in items]
    assert dues[0] is not None and dues[-1] is None  # undated (closed) cases last
    first_undated = dues.index(None)
    assert all(d is None for d in dues[first_undated:])


def test_lines_are_a_small_first_one_then_large_ones(
    backlog: TestClient, users: dict[str, dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    head, arrays, end = read_snapshot(backlog, users["supervisor"])
    assert [len(a) for a in arrays] == [200, head["count"] - 200]
    monkeypatch.setattr(cases_route, "SNAPSHOT_FIRST_BATCH", 7)
    monkeypatch.setattr(cases_route, "SNAPSHOT_BATCH", 50)
    head, arrays, end = read_snapshot(backlog, users["supervisor"])
    sizes = [len(a) for a in arrays]
    assert sizes[0] == 7 and set(sizes[1:-1]) == {50} and 0 < sizes[-1] <= 50
    assert sum(sizes) == head["count"] == end["count"]


def test_every_case_comes_as_the_list_sends_it_byte_for_byte(
    backlog: TestClient, users: dict[str, dict[str, str]]
) -> None:
    """The array lines are the cached objects joined, as list pages are."""
    officer = users["duty_officer"]
    response = backlog.get(SNAPSHOT, params={"open": "true"}, headers=officer)
    lines = response.content.split(b"\n")
    page = backlog.get(
        "/api/v1/cases", params={"open": "true", "sort": "due_at", "limit": 150}, headers=officer
    )
    listed = page.content[len(b'{"items":[') : page.content.index(b'],"next_cursor"')]
    assert lines[1].startswith(b"[" + listed + b",")


def test_an_empty_snapshot_has_its_two_lines(
    backlog: TestClient, users: dict[str, dict[str, str]]
) -> None:
    response = backlog.get(SNAPSHOT, params={"q": "没有这样的案件"}, headers=users["supervisor"])
    head, end = response.content.split(b"\n")[:2]
    assert response.content.count(b"\n") == 2
    assert orjson.loads(end) == {"end": True, "count": 0}
    assert orjson.loads(head)["count"] == 0
    assert orjson.loads(head)["feed_seq"] >= 1


# --- refusals come as problems, before the answer starts -----------------------------------------


def test_refusals_are_problems(backlog: TestClient, users: dict[str, dict[str, str]]) -> None:
    def problem(params: Any, who: dict[str, str] | None, status: int) -> dict[str, Any]:
        response = backlog.get(SNAPSHOT, params=params, headers=who or {})
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
        return response.json()

    assert problem({}, None, 401)["status"] == 401
    assert problem({"drill": "true"}, users["duty_officer"], 403)["type"].endswith("/forbidden")
    assert problem({"phone": "138"}, users["dept_urban"], 403)["type"].endswith("/forbidden")
    assert "nowhere" in problem({"street": "nowhere"}, users["duty_officer"], 422)["detail"]
    invalid = problem({"state": "lost"}, users["duty_officer"], 422)
    assert invalid["errors"][0]["field"] == "state.0"


@pytest.mark.parametrize("path", ["/api/v1/cases", SNAPSHOT])
@pytest.mark.parametrize(
    "value", ["2026-11-01T08:00:00", "2026-11-01", "0001-01-01T00:00:00+08:00", "yesterday"]
)
def test_closed_since_must_be_an_instant_with_its_offset(
    backlog: TestClient, users: dict[str, dict[str, str]], path: str, value: str
) -> None:
    response = backlog.get(path, params={"closed_since": value}, headers=users["duty_officer"])
    assert response.status_code == 422, response.text
    assert [e["field"] for e in response.json()["errors"]] == ["closed_since"]


# --- closed_since --------------------------------------------------------------------------------


@pytest.fixture
def ended(client: TestClient, headers: Headers, state: AppState) -> dict[str, dict[str, Any]]:
    """Cases that ended long ago and lately, and an old open one (changed 30 days ago)."""
    officer = headers("duty_officer")
    now = utcnow()
    made: dict[str, dict[str, Any]] = {}
    for name, days in (("old_void", 10), ("new_void", 1), ("old_open", 30), ("fresh_open", 0)):
        case = new_case(client, officer, title=f"结案筛选{name}")
        if name.endswith("void"):
            case = act(client, officer, case, "void", note="重复来电")
        if days:
            set_columns(state, case["id"], updated_at=now - timedelta(days=days))
        made[name] = case
    set_columns(state, made["old_void"]["id"], state="closed", closed_at=now - timedelta(days=10))
    return made


@pytest.mark.parametrize("path", ["/api/v1/cases", SNAPSHOT])
def test_closed_since_keeps_open_cases_and_what_ended_since(
    client: TestClient, headers: Headers, ended: dict[str, dict[str, Any]], path: str
) -> None:
    def ids(**params: Any) -> set[int]:
        if path == SNAPSHOT:
            items = snapshot_items(client, headers("duty_officer"), params)
        else:
            items = paged_items(client, headers("duty_officer"), params)
        return {c["id"] for c in items}

    every = {name: case["id"] for name, case in ended.items()}
    since = (utcnow() - timedelta(days=7)).astimezone(UTC).isoformat()
    assert ids() == set(every.values())
    assert ids(closed_since=since) == {every["new_void"], every["old_open"], every["fresh_open"]}
    # composes with the other filters
    assert ids(closed_since=since, state="voided") == {every["new_void"]}
    assert ids(closed_since=since, state="closed") == set()
    assert ids(closed_since=since, open="true") == {every["old_open"], every["fresh_open"]}
    assert ids(closed_since=since, q="结案筛选old") == {every["old_open"]}
    # at or after the instant, in any offset
    long_ago = (utcnow() - timedelta(days=11)).astimezone(timezone(timedelta(hours=-5))).isoformat()
    assert ids(closed_since=long_ago) == set(every.values())
    assert ids(closed_since="2999-01-01T00:00:00Z") == {every["old_open"], every["fresh_open"]}


def test_one_statement_serves_every_instant(
    client: TestClient, headers: Headers, ended: dict[str, dict[str, Any]]
) -> None:
    """The instant is a parameter: a cached statement never answers for another instant."""
    officer = headers("duty_officer")
    old = ended["old_void"]["id"]

    def found(since: datetime) -> tuple[bool, bool]:
        params = {"closed_since": since.isoformat()}
        return (
            old in {c["id"] for c in snapshot_items(client, officer, params)},
            old in {c["id"] for c in paged_items(client, officer, params)},
        )

    case_query._STATEMENTS.clear()
    assert found(utcnow() - timedelta(days=7)) == (False, False)
    cached = len(case_query._STATEMENTS)
    assert found(utcnow() - timedelta(days=20)) == (True, True)
    assert len(case_query._STATEMENTS) == cached


# --- the feed position ---------------------------------------------------------------------------


def events_after(state: AppState, after: int) -> list[tuple[int | None, int | None, str]]:
    """(case id, version, state) of every case event after `after`, as the feed keeps them."""
    with state.db.read() as session:
        rows = session.scalars(select(Event).where(Event.seq > after).order_by(Event.seq))
        return [(e.case_id, e.version, e.payload["case"]["state"]) for e in rows]


def test_a_change_after_the_snapshot_is_in_the_feed_after_its_position(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    officer = headers("duty_officer")
    before = new_case(client, officer, title="快照之前")
    head, arrays, _ = read_snapshot(client, officer)
    listed = {c["id"]: c for a in arrays for c in a}
    assert listed[before["id"]]["version"] == before["version"]
    # nothing the snapshot shows comes again from the feed
    assert events_after(state, head["feed_seq"]) == []
    registered = act(client, officer, before, "register")
    after = new_case(client, officer, title="快照之后")
    assert events_after(state, head["feed_seq"]) == [
        (before["id"], registered["version"], "registered"),
        (after["id"], after["version"], "reported"),
    ]


def test_a_change_while_the_snapshot_streams_is_not_lost(
    client: TestClient, headers: Headers, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changed between the key read and its batch: sent as it is now, and in the feed too."""
    officer = headers("duty_officer")
    made = [new_case(client, officer, title=f"流式{n}") for n in range(5)]
    state.case_json = CaseJsonCache()  # nothing cached: every batch reads the cases again
    monkeypatch.setattr(cases_route, "SNAPSHOT_FIRST_BATCH", 2)
    target = made[-1]
    lines = cases_route._snapshot_lines

    def meanwhile(*args: Any, **kwargs: Any) -> Iterator[bytes]:
        stream = lines(*args, **kwargs)
        yield next(stream)  # the first line: keys and feed position read
        with state.db.write() as session:
            actor = Actor(None, "值班员", "duty_officer")
            request = ActionRequest(action="register", version=target["version"])
            cases.apply_action(
                session,
                case_id=target["id"],
                request=request,
                version=target["version"],
                actor=actor,
                ref=state.reference.get(),
                sla=state.sla,
                now=utcnow(),
            )
        yield from stream

    monkeypatch.setattr(cases_route, "_snapshot_lines", meanwhile)
    head, arrays, end = read_snapshot(client, officer)
    sent = {c["id"]: c for a in arrays for c in a}
    assert head["count"] == end["count"] == len(made)
    assert sent[target["id"]]["state"] == "registered"  # read after the change
    assert events_after(state, head["feed_seq"]) == [
        (target["id"], sent[target["id"]]["version"], "registered")
    ]


def test_a_case_that_moved_out_of_sight_meanwhile_is_left_out_and_not_counted(
    client: TestClient, headers: Headers, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, urban = headers("duty_officer"), headers("dept_urban")
    made = []
    for n in range(3):
        case = act(client, officer, new_case(client, officer, title=f"移交{n}"), "register")
        made.append(act(client, officer, case, "dispatch", department="urban"))
    with state.db.read() as session:
        police = session.scalars(select(Department.id).where(Department.code == "police")).one()
    state.case_json = CaseJsonCache()
    lines = cases_route._snapshot_lines

    def meanwhile(*args: Any, **kwargs: Any) -> Iterator[bytes]:
        stream = lines(*args, **kwargs)
        yield next(stream)
        set_columns(state, made[1]["id"], department_id=police)
        yield from stream

    monkeypatch.setattr(cases_route, "_snapshot_lines", meanwhile)
    head, arrays, end = read_snapshot(client, urban)
    assert head["count"] == 3 and end["count"] == 2
    assert [c["id"] for a in arrays for c in a] == [made[0]["id"], made[2]["id"]]


# --- the cheaper case JSON is byte for byte the views' -------------------------------------------


def test_the_cached_json_is_what_views_make_byte_for_byte(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    seed_backlog(state, count=120)
    officer, trainer = headers("duty_officer"), headers("trainer")
    odd = [
        new_case(client, officer, title="电话短", reporter_phone="12345"),
        new_case(client, officer, title="电话空", reporter_phone=""),
        new_case(
            client, officer, title="国际", reporter_phone="+86 138-1234-5678", lat=32.0, lon=120.8
        ),
        new_case(client, trainer, title="演练", drill_run_id=7),
        new_case(client, officer, title="无地址", address="", street=None),
    ]
    ids = [c["id"] for c in odd]
    micro = datetime(2026, 3, 1, 1, 2, 3, 456789, tzinfo=UTC)
    set_columns(state, ids[0], sla_paused_at=micro, warn_at=micro.replace(microsecond=0))
    set_columns(
        state,
        ids[1],
        ref=None,
        lat=None,
        lon=None,
        street_id=None,
        community_id=None,
        grid_id=None,
        department_id=None,
        # before 1992 Shanghai kept summer time, and before 1901 its own mean time
        created_at=datetime(1988, 7, 1, 12, 0, tzinfo=UTC),
        closed_at=datetime(1900, 1, 1, tzinfo=UTC),
        external_due_at=datetime(2200, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
        external_ref="NT-2026-1",
        camera_code="CAM-1",
        extension_pending_min=120,
        last_callback="unsatisfied",
    )
    set_columns(state, ids[2], due_at=datetime(1991, 9, 14, 17, 0, tzinfo=UTC), lon=120.5)
    ref = state.reference.get()
    names = names_of(ref)
    with state.db.read() as session:
        orm = {c.id: c for c in session.scalars(select(Case))}
        core = {r.id: r for r in session.execute(select(Case.__table__))}
        fast = session.execute(select(*SNAPSHOT_COLUMNS)).all()
    assert len(fast) == len(orm) > 120
    for row in fast:
        case_id, version, (json, facts) = snapshot_entry(row, names)
        case = orm[case_id]
        assert version == case.version
        assert object_json(json) + b"}" == orjson.dumps(case_snapshot(case, ref)), case_id
        assert object_json(json) + b"}" == orjson.dumps(case_snapshot(core[case_id], ref))
        assert json + b"]" == orjson.dumps(list(case_snapshot(case, ref).values())), case_id
        assert facts == astuple(facts_of(case))
    shown = {c["id"]: c for c in snapshot_items(client, officer)}
    assert shown[ids[1]]["created_at"] == "1988-07-01T21:00:00+09:00"
    assert shown[ids[1]]["closed_at"] == "1900-01-01T08:05:43+08:05:43"
    assert shown[ids[0]]["sla_paused"] is True
    assert shown[ids[0]]["warn_at"] == "2026-03-01T09:02:03+08:00"
    assert shown[ids[2]]["reporter_phone"] == "+86" + "*" * 10 + "5678"


@pytest.mark.postgres
def test_on_postgres_too_the_snapshot_is_the_list_and_the_views_json(postgres_url: str) -> None:
    """PostgreSQL hands times over as datetimes, and reads each statement in its own
    snapshot: the same answers as on SQLite."""
    settings = Settings(
        database_url=postgres_url, demo=True, simulator_rate=0, case_cache_warm=False
    )
    app = create_app(settings, background=False)
    state: AppState = app.state.cc
    seed_backlog(state, count=60)
    with TestClient(app) as client:
        officer, urban = (
            bearer_headers(client, "duty_officer"),
            bearer_headers(client, "dept_urban"),
        )
        odd = new_case(client, officer, title="旧时间", reporter_phone="12345")
        set_columns(
            state,
            odd["id"],
            created_at=datetime(1988, 7, 1, 12, 0, tzinfo=UTC),
            closed_at=datetime(1900, 1, 1, tzinfo=UTC),
            warn_at=datetime(2026, 3, 1, 1, 2, 3, 456789, tzinfo=UTC),
        )
        since = (utcnow() - timedelta(days=3)).isoformat()
        for who in (officer, urban):
            for params in ({}, {"open": "true"}, {"closed_since": since}):
                assert snapshot_items(client, who, params) == paged_items(client, who, params)
        head, _, _ = read_snapshot(client, officer)
        with state.db.read() as session:
            assert head["feed_seq"] == session.scalar(select(Event.seq).order_by(Event.seq.desc()))
        ref = state.reference.get()
        with state.db.read() as session:
            orm = {c.id: c for c in session.scalars(select(Case))}
            fast = session.execute(select(*SNAPSHOT_COLUMNS)).all()
        for row in fast:
            case_id, _, (json, facts) = snapshot_entry(row, names_of(ref))
            shown = case_snapshot(orm[case_id], ref)
            assert object_json(json) + b"}" == orjson.dumps(shown), case_id
            assert json + b"]" == orjson.dumps(list(shown.values())), case_id
            assert facts == astuple(facts_of(orm[case_id]))
    state.db.dispose()


# --- the cache: its size, its warm-up ------------------------------------------------------------


def test_the_cache_size_is_a_setting(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'cc.db'}", case_cache=1234, case_cache_warm=False
    )
    app = create_app(settings, background=False)
    try:
        assert app.state.cc.case_json.size == 1234
    finally:
        app.state.cc.db.dispose()
    assert Settings().case_cache == 150_000


def test_the_warm_up_reads_open_and_lately_ended_cases(
    client: TestClient, headers: Headers, state: AppState, ended: dict[str, dict[str, Any]]
) -> None:
    drill = new_case(client, headers("trainer"), title="演练不预热")
    state.case_json = CaseJsonCache()
    warmer = CacheWarmer(state)
    assert warmer.warm() == 3
    cached = {
        name: state.case_json.contains(c["id"], c["version"] + 1) for name, c in ended.items()
    }
    assert cached == {"old_void": False, "new_void": True, "old_open": True, "fresh_open": False}
    # (fresh_open was not changed behind the API: its version is the one made)
    assert state.case_json.contains(ended["fresh_open"]["id"], ended["fresh_open"]["version"])
    assert not state.case_json.contains(drill["id"], drill["version"])
    assert warmer.warm() == 0  # nothing left to read
    misses = state.case_json.misses
    since = (utcnow() - timedelta(days=7)).isoformat()
    snapshot_items(client, headers("duty_officer"), {"closed_since": since})
    assert state.case_json.misses == misses


def test_the_server_warms_its_cache_after_start_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CacheWarmer, "DELAY_SECONDS", 0.0)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'cc.db'}", demo=True)
    started = threading.Event()
    original = CacheWarmer.warm

    def warm(self: CacheWarmer) -> int:
        started.set()
        return original(self)

    monkeypatch.setattr(CacheWarmer, "warm", warm)
    app = create_app(settings, background=False)
    state: AppState = app.state.cc
    seed_backlog(state, count=60)
    week_ago = utcnow() - timedelta(days=7)
    with state.db.read() as session:
        expected = {
            (row.id, row.version)
            for row in session.execute(select(Case.id, Case.version, Case.state, Case.updated_at))
            if row.state in OPEN_STATES or row.updated_at >= week_ago
        }
    assert 0 < len(expected) < 60
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        assert started.wait(10)
        for _ in range(200):
            if all(state.case_json.contains(*key) for key in expected):
                break
            threading.Event().wait(0.05)
        assert all(state.case_json.contains(*key) for key in expected)
        assert len(state.case_json) == len(expected)


# --- the console's client ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    directory = tmp_path_factory.mktemp("live-snapshot")
    server = LiveServer(
        f"sqlite:///{directory / 'cc.db'}",
        demo=True,
        env={"CC_DEMO_BACKLOG": "260", "CC_CASE_CACHE_WARM": "false"},
        log_path=directory / "cc-server.log",
    ).start()
    yield server
    server.stop()


def test_the_client_streams_what_it_would_page(live: LiveServer) -> None:
    with ApiClient(live.url) as api:
        api.login("duty_officer", "demo")
        batches = list(api.stream_cases(filters={"open": True}))
        assert all(isinstance(b, CaseBatch) for b in batches)
        assert len(batches) == 1 or len(batches[0].items) == 200
        assert len({(b.feed_seq, b.count) for b in batches}) == 1
        streamed = [c for b in batches for c in b.items]
        assert len(streamed) == batches[0].count
        # (the server's SLA ladder may recolor a case meanwhile: compared by id)
        paged = [
            c["id"]
            for page in api.iter_cases(filters={"open": True}, sort="due_at", limit=500)
            for c in page.items
        ]
        assert [c["id"] for c in streamed] == paged
        since = utcnow() - timedelta(days=3)
        everything = [c for b in api.stream_cases() for c in b.items]
        recent = [c["id"] for b in api.stream_cases(closed_since=since) for c in b.items]
        expected = [
            c["id"]
            for c in everything
            if c["state"] in OPEN_STATES or datetime.fromisoformat(c["updated_at"]) >= since
        ]
        assert recent == expected and len(recent) < len(everything)
        listed = [
            c["id"]
            for page in api.iter_cases(sort="due_at", closed_since=since)
            for c in page.items
        ]
        assert listed == expected
        with pytest.raises(ValueError):
            list(api.stream_cases(closed_since=datetime(2026, 1, 1)))


def test_the_client_gets_refusals_as_errors(live: LiveServer) -> None:
    with ApiClient(live.url) as api:
        api.login("dept_urban", "demo")
        with pytest.raises(Forbidden):
            list(api.stream_cases(filters={"phone": "138"}))


def test_the_client_respects_the_thread_guard(live: LiveServer) -> None:
    def guard() -> None:
        raise RuntimeError("not on this thread")

    with ApiClient(live.url) as api:
        api.login("duty_officer", "demo")
        set_thread_guard(guard)
        try:
            with pytest.raises(RuntimeError):
                next(api.stream_cases())
        finally:
            set_thread_guard(None)


class CutServer(http.server.ThreadingHTTPServer):
    """Answers every GET with `body`, announced whole (Content-Length) or chunked, then
    hangs up: a server that stops midway."""

    def __init__(self, body: bytes, *, declared: int | None = None) -> None:
        self.body, self.declared = body, declared

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                server: CutServer = self.server  # type: ignore[assignment]
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                if server.declared is not None:
                    self.send_header("Content-Length", str(server.declared))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(server.body)
                self.wfile.flush()
                self.close_connection = True

            def log_message(self, *_args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def close(self) -> None:
        self.shutdown()
        self.server_close()


HEAD = b'{"feed_seq":12,"count":3}\n'
CASES = b'[{"id":1,"version":1},{"id":2,"version":1}]\n[{"id":3,"version":2}]\n'
END = b'{"end":true,"count":3}\n'


@pytest.mark.parametrize(
    ("body", "declared"),
    [
        (HEAD + CASES, None),  # no end line
        (HEAD + CASES[:30], None),  # a line cut in the middle
        (HEAD + CASES, len(HEAD + CASES + END)),  # fewer bytes than announced
        (b'{"feed_seq":12,"count":3}\nnot json\n' + END, None),
        (CASES + END, None),  # no first line
        (b"", None),  # nothing at all
    ],
    ids=["no-end", "cut-line", "short-body", "not-json", "no-head", "empty"],
)
def test_a_cut_stream_is_an_error_not_a_short_list(body: bytes, declared: int | None) -> None:
    server = CutServer(body, declared=declared)
    try:
        with ApiClient(server.url, retries=0) as api:
            got: list[CaseBatch] = []
            with pytest.raises(ApiError, match="stopped before the end"):
                got.extend(api.stream_cases())
            assert sum(len(b.items) for b in got) <= 3
    finally:
        server.close()


def test_a_whole_stream_reads_as_batches() -> None:
    server = CutServer(HEAD + CASES + END)
    try:
        with ApiClient(server.url) as api:
            batches = list(api.stream_cases(filters={"state": ["registered"]}))
    finally:
        server.close()
    assert batches == [
        CaseBatch(12, 3, [{"id": 1, "version": 1}, {"id": 2, "version": 1}]),
        CaseBatch(12, 3, [{"id": 3, "version": 2}]),
    ]


def test_an_empty_stream_still_gives_the_feed_position() -> None:
    server = CutServer(b'{"feed_seq":40,"count":0}\n{"end":true,"count":0}\n')
    try:
        with ApiClient(server.url) as api:
            assert list(api.stream_cases()) == [CaseBatch(40, 0, [])]
    finally:
        server.close()
