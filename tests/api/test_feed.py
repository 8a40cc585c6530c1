"""FeedFollower against a real cc-server: order, exactly once, resume, gone, prompt stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from console.api import ApiClient, FeedFollower
from tests.api.conftest import case_body, start_live_server
from tests.support.live_server import LiveServer


class Following:
    """A follower running in its own thread, recording what it hands over."""

    def __init__(self, client: ApiClient, after: int, **options: Any) -> None:
        self.batches: list[tuple[list[dict[str, Any]], int]] = []
        self.statuses: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.follower = FeedFollower(
            client, after, on_batch=self._on_batch, on_status=self._on_status, **options
        )
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.follower.run, args=(self.stop,), daemon=True)
        self.thread.start()

    def _on_batch(self, events: list[dict[str, Any]], last_seq: int) -> None:
        with self.lock:
            self.batches.append((events, last_seq))

    def _on_status(self, status: str, detail: str) -> None:
        with self.lock:
            self.statuses.append((status, detail))

    @property
    def events(self) -> list[dict[str, Any]]:
        with self.lock:
            return [event for events, _ in self.batches for event in events]

    @property
    def status_names(self) -> list[str]:
        with self.lock:
            return [status for status, _ in self.statuses]

    def saw(self, case_id: int, version: int) -> bool:
        return any(e["case_id"] == case_id and e["version"] == version for e in self.events)

    def finish(self) -> None:
        """Stop; run() must return (the bound is generous: speed is not what is tested)."""
        self.stop.set()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "run() did not return after stop"


def wait_until(condition: Callable[[], bool], timeout: float = 20) -> None:
    """Poll until `condition` holds; fail the test if it does not in time."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.05)


def assert_contiguous(events: list[dict[str, Any]], after: int) -> None:
    """The duty officer sees every live event: no sequence number missing or repeated."""
    seqs = [event["seq"] for event in events]
    assert seqs == list(range(after + 1, after + 1 + len(seqs)))


@pytest.fixture
def following(officer: ApiClient) -> Iterator[Callable[..., Following]]:
    """following(after=None, client=None, **options) → a running follower, stopped afterwards."""
    started: list[Following] = []

    def start(after: int | None = None, client: ApiClient | None = None, **kw: Any) -> Following:
        client = client or officer
        position = client.health()["feed_seq"] if after is None else after
        started.append(Following(client, position, **kw))
        return started[-1]

    yield start
    for follow in started:
        follow.finish()


def test_follower_sees_each_change_once_and_in_order(
    officer: ApiClient, following: Callable[..., Following]
) -> None:
    start = officer.list_cases(limit=1).feed_seq
    follow = following(start, wait=5)
    created = officer.create_case(case_body())
    registered = officer.act(created.id, "register", created.version)
    dispatched = officer.act(created.id, "dispatch", registered.version, department="ecology")
    wait_until(lambda: follow.saw(created.id, dispatched.version))
    mine = [(e["type"], e["version"]) for e in follow.events if e["case_id"] == created.id]
    assert [version for _, version in mine] == [1, 2, 3]
    assert mine[-1][0] and follow.events[-1]["case"]["state"] == "dispatched"
    assert_contiguous(follow.events, start)
    assert follow.status_names == ["online"]
    last_seq = follow.batches[-1][1]
    wait_until(lambda: follow.follower.position == last_seq)
    assert follow.follower.lag_seconds is not None and follow.follower.lag_seconds < 10


def test_follower_resumes_after_a_crash_with_nothing_lost(tmp_path: Path) -> None:
    server = start_live_server(tmp_path / "crash", backlog=10)  # quick restarts
    client = ApiClient(server.url, timeout=2, retries=1)
    writer = ApiClient(server.url)
    try:
        client.login("duty_officer", "demo")
        writer.login("duty_officer", "demo")
        start = writer.health()["feed_seq"]
        follow = Following(client, start, wait=5, max_backoff=0.5)
        before = writer.create_case(case_body())
        wait_until(lambda: follow.saw(before.id, 1))

        server.kill()
        wait_until(lambda: "offline" in follow.status_names)
        assert follow.status_names[:3] == ["online", "reconnecting", "offline"]
        server.start()  # same port, same database
        after = writer.create_case(case_body())  # made before the follower is back
        later = writer.act(after.id, "register", after.version)
        wait_until(lambda: follow.saw(after.id, later.version))
        assert follow.status_names == ["online", "reconnecting", "offline", "online"]
        assert "Cannot reach the server" in follow.statuses[1][1]
        assert_contiguous(follow.events, start)
        follow.finish()
    finally:
        client.close()
        writer.close()
        server.stop()


def test_position_beyond_the_feed_is_gone(
    officer: ApiClient, following: Callable[..., Following]
) -> None:
    head = officer.health()["feed_seq"]
    follow = following(head + 1000, wait=1)
    follow.thread.join(timeout=10)
    assert not follow.thread.is_alive()  # the follower stopped by itself
    assert follow.status_names == ["gone"]
    assert "reload" in follow.statuses[0][1]


def test_a_rejected_token_stops_the_follower(
    live: LiveServer, following: Callable[..., Following]
) -> None:
    with ApiClient(live.url) as anonymous:
        follow = following(0, client=anonymous, wait=1)
        follow.thread.join(timeout=10)
        assert follow.status_names == ["unauthorized"]


def test_stop_ends_run_promptly_during_a_long_poll(
    officer: ApiClient, following: Callable[..., Following]
) -> None:
    follow = following(wait=25)
    wait_until(lambda: follow.status_names == ["online"])
    time.sleep(0.5)  # well inside a 25-second poll
    follow.finish()
    officer.create_case(case_body())  # ends the abandoned poll; its answer must be dropped
    time.sleep(0.5)
    assert follow.batches == []
