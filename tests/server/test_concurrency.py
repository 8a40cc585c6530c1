"""Concurrent writers against a real cc-server on SQLite: optimistic concurrency, idempotent
writes and a gapless feed under real HTTP from real threads (docs/architecture.md rules 3-5).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import requests
from sqlalchemy import select

from server.db import Database
from server.models import Case, CaseAction, Event
from tests.support.live_server import LiveServer

T = TypeVar("T")
TIMEOUT = 30.0
THREADS = 8
COMMENTS = 20


def start_live_server(database_url: str, log_path: Path) -> LiveServer:
    """A real cc-server on `database_url` with the demo users but no demo backlog, so that
    the feed holds only what the test writes."""
    return LiveServer(database_url, env={"CC_DEMO_BACKLOG": "0"}, log_path=log_path).start()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("concurrency")
    server = start_live_server(f"sqlite:///{root / 'live.db'}", root / "server.log")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def db(live: LiveServer) -> Iterator[Database]:
    """A second connection to the server's database, for checking what it committed."""
    database = Database(live.database_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def officer(live: LiveServer) -> dict[str, str]:
    return live.headers("duty_officer")


def run_together(count: int, work: Callable[[int], T]) -> list[T]:
    """Run work(0..count-1) in threads released at once by a barrier; their results in order."""
    barrier = threading.Barrier(count, timeout=TIMEOUT)
    results: list[Any] = [None] * count
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work(index)
        except BaseException as error:  # reported by the main thread
            errors.append(error)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 3)
    assert not any(thread.is_alive() for thread in threads), "a writer thread hung"
    assert not errors, errors
    return results


def create(live: LiveServer, headers: dict[str, str], title: str) -> dict[str, Any]:
    response = requests.post(
        live.url + "/api/v1/cases",
        json={"channel": "hotline_12345", "category": "noise", "title": title},
        headers=headers,
        timeout=TIMEOUT,
    )
    assert response.status_code == 201, response.text
    return response.json()


def action(
    http: requests.Session | Any,
    live: LiveServer,
    headers: dict[str, str],
    case: dict[str, Any],
    body: dict[str, Any],
    key: str | None = None,
) -> requests.Response:
    return http.post(
        f"{live.url}/api/v1/cases/{case['id']}/actions",
        json={"version": case["version"], **body},
        headers={**headers, "Idempotency-Key": key or f"conc-{uuid.uuid4()}"},
        timeout=TIMEOUT,
    )


def history(db: Database, case_id: int) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(CaseAction.action)
                .where(CaseAction.case_id == case_id)
                .order_by(CaseAction.id)
            )
        )


def events(db: Database, after: int = 0) -> list[tuple[int, int | None, int | None]]:
    """(seq, case_id, version) of every event after `after`."""
    with db.read() as session:
        rows = session.execute(
            select(Event.seq, Event.case_id, Event.version)
            .where(Event.seq > after)
            .order_by(Event.seq)
        ).all()
    return [(int(seq), case_id, version) for seq, case_id, version in rows]


def version_of(db: Database, case_id: int) -> int:
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.version


def test_two_officers_dispatch_the_same_case_exactly_one_wins(
    live: LiveServer, db: Database, officer: dict[str, str]
) -> None:
    case = create(live, officer, "两人同时派遣")
    register = action(requests, live, officer, case, {"action": "register"})
    assert register.status_code == 200, register.text
    case = register.json()
    other = live.headers("supervisor")
    departments = ["ecology", "urban"]

    def dispatch(index: int) -> requests.Response:
        headers = officer if index == 0 else other
        body = {"action": "dispatch", "department": departments[index]}
        return action(requests.Session(), live, headers, case, body)

    responses = run_together(2, dispatch)
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 409], [r.text for r in responses]
    winner = next(r for r in responses if r.status_code == 200).json()
    loser = next(r for r in responses if r.status_code == 409)
    assert loser.headers["content-type"].startswith("application/problem+json")
    problem = loser.json()
    assert problem["case"]["version"] == winner["version"], "the 409 carries the current case"
    assert problem["case"]["department"] == winner["department"]
    assert history(db, case["id"]).count("dispatch") == 1
    assert version_of(db, case["id"]) == case["version"] + 1


def test_many_writers_on_different_cases_all_succeed_and_the_feed_stays_gapless(
    live: LiveServer, db: Database, officer: dict[str, str]
) -> None:
    start = events(db)[-1][0] if events(db) else 0
    cases = [create(live, officer, f"并发评论{n}") for n in range(THREADS)]

    def comment_many(index: int) -> list[int]:
        http = requests.Session()
        case = cases[index]
        versions = []
        for n in range(COMMENTS):
            response = action(http, live, officer, case, {"action": "comment", "note": f"第{n}条"})
            assert response.status_code == 200, response.text
            case = response.json()
            versions.append(case["version"])
        http.close()
        return versions

    results = run_together(THREADS, comment_many)
    for case, versions in zip(cases, results, strict=True):
        assert versions == list(range(2, COMMENTS + 2)), f"case {case['id']}: {versions}"
        assert version_of(db, case["id"]) == COMMENTS + 1
        assert history(db, case["id"]) == ["create"] + ["comment"] * COMMENTS

    feed = events(db, start)
    seqs = [seq for seq, _, _ in feed]
    assert seqs == list(range(start + 1, start + 1 + len(feed))), "the feed has a gap"
    ours = {case["id"] for case in cases}
    for case_id in ours:
        versions = [version for _, cid, version in feed if cid == case_id]
        assert versions == list(range(1, COMMENTS + 2)), (
            f"case {case_id}: one event per version, in order; got {versions}"
        )
    assert len([1 for _, cid, _ in feed if cid in ours]) == THREADS * (COMMENTS + 1)


def test_the_same_idempotency_key_from_two_threads_has_one_effect(
    live: LiveServer, db: Database, officer: dict[str, str]
) -> None:
    case = create(live, officer, "重复提交")
    start = events(db)[-1][0]
    key = f"same-{uuid.uuid4()}"
    body = {"action": "comment", "note": "只应记录一次"}

    def send(_index: int) -> requests.Response:
        return action(requests.Session(), live, officer, case, body, key=key)

    first, second = run_together(2, send)
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    assert first.content == second.content, "both callers get the same result"
    replayed = [r.headers.get("Idempotent-Replayed") for r in (first, second)]
    assert replayed.count("true") == 1, f"exactly one response is a replay: {replayed}"
    assert history(db, case["id"]).count("comment") == 1
    assert version_of(db, case["id"]) == case["version"] + 1
    assert [cid for _, cid, _ in events(db, start) if cid == case["id"]] == [case["id"]]


def test_the_same_idempotency_key_creates_one_case(
    live: LiveServer, db: Database, officer: dict[str, str]
) -> None:
    key = f"create-{uuid.uuid4()}"
    with db.read() as session:
        before = len(session.scalars(select(Case.id)).all())

    def send(_index: int) -> requests.Response:
        return requests.post(
            live.url + "/api/v1/cases",
            json={"channel": "city", "category": "garbage", "title": "上级交办：垃圾堆放"},
            headers={**officer, "Idempotency-Key": key},
            timeout=TIMEOUT,
        )

    first, second = run_together(2, send)
    assert first.status_code == second.status_code == 201, (first.text, second.text)
    assert first.content == second.content
    with db.read() as session:
        after = len(session.scalars(select(Case.id)).all())
    assert after == before + 1, "one case, however many times the request arrived"
