"""`cc-server --workers 2`: two HTTP processes on one socket, one database, one feed.

The feed's own poll is set to 60 s here, so a follower held by one worker can only see an
event committed by the other worker in time if the commit woke it (server.services.wakeup).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.factories import case_body, new_key
from tests.support.live_server import LiveServer

FOLLOWER_WAIT = 25  # seconds a long poll may wait; well under the feed's 60 s own poll


def start(database_url: str, directory: Path) -> LiveServer:
    return LiveServer(
        database_url,
        demo=True,
        rate=0,
        env={"CC_WORKERS": "2", "CC_FEED_POLL_SECONDS": "60", "CC_DEMO_BACKLOG": "60"},
        log_path=directory / "cc-server.log",
    ).start()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    directory = tmp_path_factory.mktemp("workers")
    live = start(f"sqlite:///{directory / 'cc.db'}", directory)
    yield live
    live.stop()


def both_workers_listen(server: LiveServer, within: float = 30.0) -> bool:
    """Wait until fresh connections reach two worker processes (the second one may start
    listening a moment after the first answers); False if it never does."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        pids = set()
        for _ in range(20):
            with requests.Session() as session:
                pids.add(session.get(server.url + "/healthz", timeout=10).json()["process"])
        if len(pids) == 2:
            return True
        time.sleep(0.2)
    return False


def sessions_on_both_workers(server: LiveServer) -> list[tuple[requests.Session, int]]:
    """Kept-alive connections, each with the worker process that accepted it, both covered."""
    assert both_workers_listen(server), "the second worker never listened"
    opened: list[tuple[requests.Session, int]] = []
    for _ in range(40):
        session = requests.Session()
        pid = session.get(server.url + "/healthz", timeout=10).json()["process"]
        assert session.get(server.url + "/healthz", timeout=10).json()["process"] == pid
        opened.append((session, pid))
        if len(opened) >= 6 and len({p for _s, p in opened}) == 2:
            return opened
    pytest.fail(f"40 connections all went to one worker: {[p for _s, p in opened]}")


def registered_cases(server: LiveServer, headers: dict[str, str], count: int) -> list[Any]:
    """New cases, registered, ready to dispatch."""
    cases = []
    for n in range(count):
        created = requests.post(
            server.url + "/api/v1/cases",
            json=case_body(title=f"多进程{n}"),
            headers={**headers, "Idempotency-Key": new_key()},
            timeout=30,
        ).json()
        registered = requests.post(
            f"{server.url}/api/v1/cases/{created['id']}/actions",
            json={"action": "register", "version": created["version"]},
            headers={**headers, "Idempotency-Key": new_key()},
            timeout=30,
        )
        assert registered.status_code == 200, registered.text
        cases.append(registered.json())
    return cases


def feed_head(server: LiveServer, headers: dict[str, str]) -> int:
    """The feed's last committed seq, as the database says (a hub may lag a moment)."""
    page = requests.get(server.url + "/api/v1/cases?limit=1", headers=headers, timeout=30)
    return int(page.json()["feed_seq"])


def dispatch(session: requests.Session, server: LiveServer, headers: dict[str, str], case: Any):  # type: ignore[no-untyped-def]
    return session.post(
        f"{server.url}/api/v1/cases/{case['id']}/actions",
        json={"action": "dispatch", "version": case["version"], "department": "urban"},
        headers={**headers, "Idempotency-Key": new_key()},
        timeout=30,
    )


def check_followers_on_every_worker_see_a_commit_at_once(server: LiveServer) -> None:
    headers = server.headers("supervisor")
    [case] = registered_cases(server, headers, 1)
    head = feed_head(server, headers)
    followers = sessions_on_both_workers(server)
    received: dict[int, list[Any]] = {}

    def follow(n: int, session: requests.Session) -> None:
        response = session.get(
            server.url + "/api/v1/events",
            params={"after": head, "wait": FOLLOWER_WAIT},
            headers=headers,
            timeout=FOLLOWER_WAIT + 30,
        )
        received[n] = response.json()["events"] if response.ok else [response.text]

    threads = [
        threading.Thread(target=follow, args=(n, session))
        for n, (session, _pid) in enumerate(followers)
    ]
    for thread in threads:
        thread.start()
    for writer, _pid in followers[:1]:
        assert dispatch(writer, server, headers, case).status_code == 200
    for thread in threads:
        thread.join()
    for n, (_session, pid) in enumerate(followers):
        events = received[n]
        assert events, f"the follower on worker {pid} waited {FOLLOWER_WAIT} s for nothing"
        assert events[0]["case_id"] == case["id"] and events[0]["seq"] == head + 1


def check_writes_through_both_workers_are_all_applied_once(server: LiveServer) -> None:
    headers = server.headers("duty_officer")
    writers = sessions_on_both_workers(server)
    cases = registered_cases(server, headers, 24)
    head = feed_head(server, headers)
    statuses: list[int] = []

    def write(session: requests.Session, mine: list[Any]) -> None:
        statuses.extend(dispatch(session, server, headers, case).status_code for case in mine)

    threads = [
        threading.Thread(target=write, args=(session, cases[n :: len(writers)]))
        for n, (session, _pid) in enumerate(writers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * len(cases)
    # Follow the feed as a client would, until every dispatch has come through.
    ours = {c["id"] for c in cases}
    events: list[Any] = []
    for _ in range(10):
        after = events[-1]["seq"] if events else head
        events += requests.get(
            server.url + "/api/v1/events",
            params={"after": after, "limit": 500, "wait": 5},
            headers=headers,
            timeout=30,
        ).json()["events"]
        if ours <= {e["case_id"] for e in events}:
            break
    # Gapless and in order; the SLA scheduler may have added recolors of other cases.
    assert [e["seq"] for e in events] == list(range(head + 1, head + 1 + len(events)))
    dispatched = [e["case_id"] for e in events if e["case_id"] in ours]
    assert sorted(dispatched) == sorted(ours)


def test_followers_on_every_worker_see_a_commit_at_once(server: LiveServer) -> None:
    check_followers_on_every_worker_see_a_commit_at_once(server)


def test_writes_through_both_workers_are_all_applied_once(server: LiveServer) -> None:
    check_writes_through_both_workers_are_all_applied_once(server)


@pytest.mark.postgres
def test_two_workers_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    live = start(postgres_url, tmp_path)
    try:
        check_followers_on_every_worker_see_a_commit_at_once(live)
        check_writes_through_both_workers_are_all_applied_once(live)
    finally:
        live.stop()
