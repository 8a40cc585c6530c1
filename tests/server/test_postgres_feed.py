"""cc-server on a real PostgreSQL 15: the dispatch race and the exactly-once change feed.

On PostgreSQL writers really run in parallel (SQLite has one writer), so this is where the
feed's promise (docs/architecture.md rule 5: "no event is skipped or applied twice, also when two
transactions commit out of order on PostgreSQL") is put to the proof.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
import requests
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.app import create_app
from server.config import Settings
from server.db import utcnow
from server.models import Case, CaseAction, Event
from server.problems import Problem
from server.schemas.case import ActionRequest, CaseCreate
from server.services import cases, feed
from server.services.lifecycle import Actor
from server.state import AppState
from tests.support.live_server import LiveServer

pytestmark = pytest.mark.postgres

T = TypeVar("T")
TIMEOUT = 30.0
OFFICER = Actor(user_id=None, name="值班员(测试)", role="duty_officer")


# --- helpers -------------------------------------------------------------------------------------


def pg_settings(url: str) -> Settings:
    return Settings(database_url=url, demo=True, simulator_rate=0)


@pytest.fixture
def pg_app(postgres_url: str) -> Iterator[FastAPI]:
    """The app on a fresh PostgreSQL database (migrated and seeded by create_app)."""
    app = create_app(pg_settings(postgres_url), background=False)
    try:
        yield app
    finally:
        app.state.cc.db.dispose()


@pytest.fixture
def pg_state(pg_app: FastAPI) -> AppState:
    return pg_app.state.cc


def sign_in(client: TestClient, *users: str) -> dict[str, dict[str, str]]:
    """Authorization headers per demo user."""
    headers = {}
    for user in users:
        response = client.post("/api/v1/auth/token", data={"username": user, "password": "demo"})
        assert response.status_code == 200, response.text
        headers[user] = {"Authorization": f"Bearer {response.json()['access_token']}"}
    return headers


def run_together(count: int, work: Callable[[int], T]) -> list[T | BaseException]:
    """Run work(0..count-1) in threads released at once; each result or the exception raised."""
    barrier = threading.Barrier(count, timeout=TIMEOUT)
    results: list[Any] = [None] * count

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = work(index)
        except BaseException as error:  # inspected by the caller
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 3)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    return results


def new_case(state: AppState, title: str) -> int:
    data = CaseCreate(channel="hotline_12345", category="noise", title=title)
    with state.db.write() as session:
        return cases.create_case(
            session,
            data=data,
            actor=OFFICER,
            ref=state.reference.get(),
            sla=state.sla,
            now=utcnow(),
        ).id


def comment(state: AppState, case_id: int, note: str, hold: float = 0.0) -> None:
    """Comment on the case's current version; optionally hold the transaction open after
    the event is appended (and so the feed position taken) before committing."""
    with state.db.write() as session:
        version = session.scalar(select(Case.version).where(Case.id == case_id).with_for_update())
        assert version is not None
        cases.apply_action(
            session,
            case_id=case_id,
            request=ActionRequest(action="comment", note=note),
            version=version,
            actor=OFFICER,
            ref=state.reference.get(),
            sla=state.sla,
            now=utcnow(),
        )
        if hold:
            time.sleep(hold)


def dispatches(state: AppState, case_id: int) -> int:
    with state.db.read() as session:
        return len(
            session.scalars(
                select(CaseAction.id).where(
                    CaseAction.case_id == case_id, CaseAction.action == "dispatch"
                )
            ).all()
        )


def assert_exactly_once(seen: list[tuple[int, int | None, int | None]], head: int) -> None:
    """The follower saw 1..head once each, in order, and every case's versions in order."""
    seqs = [seq for seq, _, _ in seen]
    duplicates = sorted({s for s in seqs if seqs.count(s) > 1})
    missing = sorted(set(range(1, head + 1)) - set(seqs))
    assert not duplicates, f"events delivered twice: {duplicates[:20]}"
    assert not missing, f"events skipped: {missing[:20]}"
    assert seqs == list(range(1, head + 1)), "events out of order"
    versions: dict[int, list[int]] = {}
    for _, case_id, version in seen:
        if case_id is not None and version is not None:
            versions.setdefault(case_id, []).append(version)
    for case_id, got in versions.items():
        assert got == list(range(1, len(got) + 1)), (
            f"case {case_id}: versions in the feed must be 1, 2, 3, ... got {got}"
        )


# --- (a) the dispatch race --------------------------------------------------------------------


def test_dispatch_race_on_postgres_exactly_one_wins(pg_app: FastAPI, pg_state: AppState) -> None:
    # Through HTTP: two sync endpoints run in two worker threads on two connections.
    with TestClient(pg_app) as client:
        headers = sign_in(client, "duty_officer", "supervisor")
        created = client.post(
            "/api/v1/cases",
            json={"channel": "grid", "category": "garbage", "title": "垃圾堆放"},
            headers=headers["duty_officer"],
        ).json()
        url = f"/api/v1/cases/{created['id']}/actions"
        registered = client.post(
            url,
            json={"action": "register", "version": created["version"]},
            headers={**headers["duty_officer"], "Idempotency-Key": str(uuid.uuid4())},
        ).json()

        def dispatch(index: int) -> Any:
            user = ("duty_officer", "supervisor")[index]
            return client.post(
                url,
                json={
                    "action": "dispatch",
                    "version": registered["version"],
                    "department": ("urban", "housing")[index],
                },
                headers={**headers[user], "Idempotency-Key": str(uuid.uuid4())},
            )

        responses = run_together(2, dispatch)
    statuses = sorted(r.status_code for r in responses)  # type: ignore[union-attr]
    assert statuses == [200, 409], [r.text for r in responses]  # type: ignore[union-attr]
    assert dispatches(pg_state, created["id"]) == 1

    # Through the services: two transactions race for the case row's lock; the winner holds
    # it a moment before committing, so the loser really waits for it.
    case_id = new_case(pg_state, "两个事务同时派遣")
    with pg_state.db.write() as session:
        cases.apply_action(
            session,
            case_id=case_id,
            request=ActionRequest(action="register"),
            version=1,
            actor=OFFICER,
            ref=pg_state.reference.get(),
            sla=pg_state.sla,
            now=utcnow(),
        )

    def dispatch_in_transaction(index: int) -> int:
        with pg_state.db.write() as session:
            case = cases.apply_action(
                session,
                case_id=case_id,
                request=ActionRequest(action="dispatch", department=("urban", "housing")[index]),
                version=2,
                actor=OFFICER,
                ref=pg_state.reference.get(),
                sla=pg_state.sla,
                now=utcnow(),
            )
            time.sleep(0.2)
            return case.version

    outcomes = run_together(2, dispatch_in_transaction)
    won = [o for o in outcomes if o == 3]
    lost = [o for o in outcomes if isinstance(o, Problem)]
    assert len(won) == 1 and len(lost) == 1, outcomes
    assert lost[0].status == 409  # type: ignore[union-attr]
    assert dispatches(pg_state, case_id) == 1


def test_the_same_idempotency_key_on_postgres_has_one_effect(
    pg_app: FastAPI, pg_state: AppState
) -> None:
    with TestClient(pg_app) as client:
        officer = sign_in(client, "duty_officer")["duty_officer"]
        create_key = {"Idempotency-Key": f"pg-create-{uuid.uuid4()}"}

        def create(_index: int) -> Any:
            return client.post(
                "/api/v1/cases",
                json={"channel": "city", "category": "garbage", "title": "上级交办"},
                headers={**officer, **create_key},
            )

        created = run_together(2, create)
        assert [r.status_code for r in created] == [201, 201], [r.text for r in created]
        assert created[0].content == created[1].content  # type: ignore[union-attr]
        case = created[0].json()  # type: ignore[union-attr]
        action_key = {"Idempotency-Key": f"pg-comment-{uuid.uuid4()}"}

        def comment_once(_index: int) -> Any:
            return client.post(
                f"/api/v1/cases/{case['id']}/actions",
                json={"action": "comment", "version": case["version"], "note": "一次"},
                headers={**officer, **action_key},
            )

        commented = run_together(2, comment_once)
        assert [r.status_code for r in commented] == [200, 200], [r.text for r in commented]
        assert commented[0].content == commented[1].content  # type: ignore[union-attr]
    with pg_state.db.read() as session:
        assert len(session.scalars(select(Case.id)).all()) == 1, "one case for one key"
        history = session.scalars(
            select(CaseAction.action).where(CaseAction.case_id == case["id"])
        ).all()
        head = feed.head(session)[0]
        seqs = session.scalars(select(Event.seq).order_by(Event.seq)).all()
    assert list(history) == ["create", "comment"]
    assert list(seqs) == list(range(1, head + 1)) and head == 2, "gapless, one event per effect"


# --- (b) the exactly-once feed under parallel writers ------------------------------------------


@dataclass
class Writers:
    """Shared bookkeeping of the writer threads."""

    case_ids: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    errors: list[BaseException] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)

    def pick(self, rng: random.Random) -> int | None:
        with self.lock:
            return rng.choice(self.case_ids) if self.case_ids else None

    def add(self, case_id: int) -> None:
        with self.lock:
            self.case_ids.append(case_id)


def service_writer(state: AppState, writers: Writers, index: int, writes: int) -> None:
    """Creates and comments, each its own transaction; every third one holds its feed
    position for a few milliseconds before committing."""
    rng = random.Random(index)
    try:
        for n in range(writes):
            hold = rng.uniform(0.002, 0.015) if n % 3 == 0 else 0.0
            target = writers.pick(rng)
            if target is None or n % 4 == 0:
                data = CaseCreate(channel="grid", category="noise", title=f"w{index}-{n}")
                with state.db.write() as session:
                    case = cases.create_case(
                        session,
                        data=data,
                        actor=OFFICER,
                        ref=state.reference.get(),
                        sla=state.sla,
                        now=utcnow(),
                    )
                    case_id = case.id
                    if hold:
                        time.sleep(hold)
                writers.add(case_id)
            else:
                comment(state, target, f"w{index}-{n}", hold)
    except BaseException as error:  # reported by the main thread
        writers.errors.append(error)


def test_parallel_writers_and_a_follower_see_every_event_exactly_once(
    pg_state: AppState,
) -> None:
    state = pg_state
    writers = Writers()
    seen: list[tuple[int, int | None, int | None]] = []
    follower_errors: list[BaseException] = []

    def follower() -> None:
        last = 0
        deadline = time.monotonic() + TIMEOUT * 3
        try:
            while time.monotonic() < deadline:
                finished = writers.done.is_set()
                with state.db.read() as session:
                    events, head = feed.read_after(session, last, 100)
                    batch = [(e.seq, e.case_id, e.version) for e in events]
                seen.extend(batch)
                if batch:
                    last = batch[-1][0]
                elif finished and last >= head:
                    return
                else:
                    time.sleep(0.002)
            raise AssertionError(f"the follower did not catch up (at {last})")
        except BaseException as error:
            follower_errors.append(error)

    follow = threading.Thread(target=follower)
    follow.start()
    threads = [
        threading.Thread(target=service_writer, args=(state, writers, i, 40)) for i in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 3)
    writers.done.set()
    follow.join(timeout=TIMEOUT * 3)
    assert not writers.errors, writers.errors
    assert not follower_errors, follower_errors

    with state.db.read() as session:
        head = feed.head(session)[0]
        final_versions = dict(session.execute(select(Case.id, Case.version)).all())
    assert head == 6 * 40, "one event per committed write"
    assert_exactly_once(seen, head)
    for case_id, version in final_versions.items():
        in_feed = [v for _, cid, v in seen if cid == case_id]
        assert in_feed == list(range(1, version + 1)), f"case {case_id}: {in_feed}"


# --- a follower over HTTP from a real server on PostgreSQL ------------------------------------


def start_live_server(database_url: str, log_path: Path) -> LiveServer:
    """A real cc-server on `database_url` with the demo users but no demo backlog, so that
    the feed holds only what the test writes."""
    return LiveServer(database_url, env={"CC_DEMO_BACKLOG": "0"}, log_path=log_path).start()


def test_http_long_poll_follower_on_postgres_sees_every_event_exactly_once(
    postgres_url: str, tmp_path: Path
) -> None:
    live = start_live_server(postgres_url, tmp_path / "server.log")
    # This process writes too, as a second cc-server would: the live server only learns of
    # those commits by polling the database.
    other_app = create_app(pg_settings(postgres_url), background=False)
    other: AppState = other_app.state.cc
    try:
        officer = live.headers("duty_officer")
        writers = Writers()
        seen: list[tuple[int, int | None, int | None]] = []
        position = {"last": 0}
        failures: list[str] = []
        stop = threading.Event()

        def follower() -> None:
            http = requests.Session()
            try:
                while not stop.is_set():
                    response = http.get(
                        live.url + "/api/v1/events",
                        params={"after": position["last"], "wait": 2},
                        headers=officer,
                        timeout=TIMEOUT,
                    )
                    if response.status_code != 200:
                        failures.append(f"{response.status_code}: {response.text}")
                        return
                    body = response.json()
                    seen.extend((e["seq"], e["case_id"], e["version"]) for e in body["events"])
                    position["last"] = body["last_seq"]
            except BaseException as error:  # reported by the main thread
                failures.append(repr(error))
            finally:
                http.close()

        def http_writer(index: int) -> None:
            rng = random.Random(100 + index)
            http = requests.Session()
            versions: dict[int, int] = {}
            try:
                for n in range(25):
                    if n % 4 == 0:
                        response = http.post(
                            live.url + "/api/v1/cases",
                            json={"channel": "grid", "category": "noise", "title": f"h{n}"},
                            headers=officer,
                            timeout=TIMEOUT,
                        )
                        assert response.status_code == 201, response.text
                        versions[response.json()["id"]] = response.json()["version"]
                        continue
                    case_id = rng.choice(sorted(versions))
                    response = http.post(
                        f"{live.url}/api/v1/cases/{case_id}/actions",
                        json={"action": "comment", "version": versions[case_id], "note": "跟进"},
                        headers={**officer, "Idempotency-Key": str(uuid.uuid4())},
                        timeout=TIMEOUT,
                    )
                    assert response.status_code == 200, response.text
                    versions[case_id] = response.json()["version"]
            except BaseException as error:  # reported by the main thread
                writers.errors.append(error)
            finally:
                http.close()

        follow = threading.Thread(target=follower, daemon=True)
        follow.start()
        threads = [threading.Thread(target=http_writer, args=(i,)) for i in range(4)] + [
            threading.Thread(target=service_writer, args=(other, writers, 10 + i, 20))
            for i in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=TIMEOUT * 3)
        assert not writers.errors, writers.errors

        with other.db.read() as session:
            head = feed.head(session)[0]
        deadline = time.monotonic() + TIMEOUT
        while position["last"] < head and not failures:
            assert time.monotonic() < deadline, f"follower stuck at {position['last']} < {head}"
            time.sleep(0.05)
        stop.set()
        follow.join(timeout=TIMEOUT)
        assert not failures, failures
        assert head >= 4 * 25 + 2 * 20
        assert_exactly_once([s for s in seen if s[0] <= head], head)
        assert all(s[0] <= position["last"] for s in seen)
        assert len(seen) == len({s[0] for s in seen}), "nothing delivered twice"
    finally:
        live.stop()
        other.db.dispose()
