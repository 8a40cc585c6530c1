"""GET /events shows a client its own write as soon as the write was answered (issue #15).

The feed hub answers from memory and reads the database when a commit wakes it; the wake-up
travels through the event loop (or, from another worker process, a datagram) and may arrive
after the writer's client has its answer and asks for the feed. Here the hub is made as late
as it can be: no wake-ups at all and no polling of its own, so only the catch-up that a poll
asks for can bring it the write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.routes import events as events_route
from server.services import feed
from server.services.feedhub import FeedEvent, FeedHub
from server.state import AppState

Headers = Callable[[str], dict[str, str]]
NEVER = 3600.0  # the hub's own polling period here: not within any test


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings whose feed hub polls only when woken."""
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'cc.db'}",
        demo=True,
        simulator_rate=0,
        feed_poll_seconds=NEVER,
    )


@pytest.fixture
def officer(headers: Headers) -> dict[str, str]:
    return headers("duty_officer")


@pytest.fixture
def silent_hub(state: AppState, monkeypatch: pytest.MonkeyPatch) -> None:
    """Commits from now on do not wake the hub (their wake-ups are "still on the way")."""
    monkeypatch.setattr(state.hub, "notify", lambda: None)


def feed_position(client: TestClient, officer: dict[str, str]) -> int:
    return client.get("/api/v1/cases?limit=1", headers=officer).json()["feed_seq"]


def create_case(client: TestClient, officer: dict[str, str], title: str) -> dict[str, Any]:
    body = {"channel": "hotline_12345", "category": "noise", "title": title}
    response = client.post("/api/v1/cases", json=body, headers=officer)
    assert response.status_code == 201, response.text
    return response.json()


def poll(client: TestClient, officer: dict[str, str], after: int, wait: float = 0) -> Any:
    response = client.get(f"/api/v1/events?after={after}&wait={wait}", headers=officer)
    assert response.status_code == 200, response.text
    return response.json()


def created_ids(answer: dict[str, Any]) -> list[int]:
    return [e["case_id"] for e in answer["events"] if e["type"] == "case.created"]


def test_a_write_is_in_the_feed_before_the_hub_hears_of_it(
    client: TestClient, officer: dict[str, str], silent_hub: None
) -> None:
    start = feed_position(client, officer)
    case = create_case(client, officer, "刚写入")
    answer = poll(client, officer, start)
    assert created_ids(answer) == [case["id"]]
    assert answer["last_seq"] > start


def test_an_answer_ending_at_a_late_hub_is_completed(
    client: TestClient, state: AppState, officer: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    start = feed_position(client, officer)
    known = create_case(client, officer, "集线器已读")
    assert created_ids(poll(client, officer, start, wait=10)) == [known["id"]]
    monkeypatch.setattr(state.hub, "notify", lambda: None)
    fresh = create_case(client, officer, "集线器未读")
    # Not only a first event that the hub already holds: everything up to the request.
    assert created_ids(poll(client, officer, start)) == [known["id"], fresh["id"]]


def test_a_commit_of_another_process_is_in_the_feed(
    client: TestClient, state: AppState, officer: dict[str, str], silent_hub: None
) -> None:
    start = feed_position(client, officer)
    with state.db.write() as session:  # as another worker process writes: no wake-up here
        seq = feed.append(session, "test.marker", payload={"note": "另一进程"}, now=state.clock())
    answer = poll(client, officer, start)
    assert [e["seq"] for e in answer["events"]] == [seq]
    assert answer["last_seq"] == seq


def test_the_database_answers_when_the_hub_cannot_read_it(
    client: TestClient,
    state: AppState,
    officer: dict[str, str],
    silent_hub: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = feed_position(client, officer)
    case = create_case(client, officer, "集线器读不到")

    def broken(_after: int) -> tuple[list[FeedEvent], int, int]:
        raise OSError("the database is away for the hub")

    monkeypatch.setattr(state.hub, "_fetch", broken)
    monkeypatch.setattr(events_route, "CATCH_UP_SECONDS", 0.2)
    assert created_ids(poll(client, officer, start)) == [case["id"]]


def test_waiting_followers_share_one_read() -> None:
    reads: list[int] = []

    def fetch(after: int) -> tuple[list[FeedEvent], int, int]:
        reads.append(after)
        return [], 0, 0

    async def scenario() -> None:
        hub = FeedHub(fetch, poll_seconds=NEVER)
        await hub.start()
        try:
            before = len(reads)
            arrived = hub.mark()
            assert not hub.has_read_since(arrived)
            caught_up = await asyncio.gather(*(hub.catch_up(arrived, 10) for _ in range(50)))
            assert all(caught_up) and hub.has_read_since(arrived)
            assert len(reads) == before + 1, "fifty followers, one read of the database"
        finally:
            await hub.stop()

    asyncio.run(asyncio.wait_for(scenario(), timeout=60))
