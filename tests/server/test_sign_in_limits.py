"""Password guessing is limited per account and per client address (issue #18): 429 with
Retry-After, a lock that ends by time or by an administrator, and password checks that run on
threads of their own."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.config import Settings
from server.models import AdminRecord, User
from server.services.sign_in_limits import AddressLimiter, Limits
from server.state import AppState
from tests.support.clock import SettableClock
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
START = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def sign_in(client: TestClient, username: str, password: str) -> Any:
    return client.post("/api/v1/auth/token", data={"username": username, "password": password})


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Refusals answered at once (the delay is checked by its own test)."""
    return demo_settings(tmp_path).model_copy(update={"sign_in_tarpit_seconds": 0.0})


@pytest.fixture
def clock(state: AppState) -> SettableClock:
    state.clock = SettableClock(START)
    return state.clock


class Ticker:
    """A monotonic clock for the per-address window."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(
    client: TestClient, clock: SettableClock, state: AppState
) -> None:
    for _ in range(5):
        assert sign_in(client, "duty_officer", "wrong").status_code == 401
    locked = sign_in(client, "duty_officer", "demo")
    assert locked.status_code == 429
    assert locked.json()["code"] == "too_many_attempts"
    assert int(locked.headers["Retry-After"]) == 15 * 60
    # Other accounts are not affected.
    assert sign_in(client, "supervisor", "demo").status_code == 200
    # The lock ends by time: 15 minutes after the last wrong password.
    clock.advance(timedelta(minutes=14, seconds=59))
    assert sign_in(client, "duty_officer", "demo").status_code == 429
    clock.advance(timedelta(seconds=2))
    assert sign_in(client, "duty_officer", "demo").status_code == 200


def test_a_success_ends_the_row_of_failures(client: TestClient, clock: SettableClock) -> None:
    for _ in range(4):
        assert sign_in(client, "duty_officer", "wrong").status_code == 401
    assert sign_in(client, "duty_officer", "demo").status_code == 200
    for _ in range(4):
        assert sign_in(client, "duty_officer", "wrong").status_code == 401
    assert sign_in(client, "duty_officer", "demo").status_code == 200


def test_a_wrong_password_after_the_lock_locks_again(
    client: TestClient, clock: SettableClock
) -> None:
    for _ in range(5):
        sign_in(client, "duty_officer", "wrong")
    clock.advance(timedelta(minutes=16))
    assert sign_in(client, "duty_officer", "wrong").status_code == 401
    assert sign_in(client, "duty_officer", "demo").status_code == 429


def test_an_administrator_unlocks_at_once_and_it_is_recorded(
    client: TestClient, clock: SettableClock, headers: Headers, state: AppState
) -> None:
    admin = headers("admin")
    for _ in range(5):
        sign_in(client, "duty_officer", "wrong")
    assert sign_in(client, "duty_officer", "demo").status_code == 429
    with state.db.read() as session:
        user_id = session.scalar(select(User.id).where(User.username == "duty_officer"))
    refused = client.post(f"/api/v1/users/{user_id}/unlock", headers=headers("supervisor"))
    assert refused.status_code == 403
    unlocked = client.post(f"/api/v1/users/{user_id}/unlock", headers=admin)
    assert unlocked.status_code == 200, unlocked.text
    assert sign_in(client, "duty_officer", "demo").status_code == 200
    with state.db.read() as session:
        record = session.scalars(select(AdminRecord).where(AdminRecord.action == "unlock")).one()
    assert (record.kind, record.target) == ("sign_in", "duty_officer")
    assert record.note == "unlocked by admin"


def test_an_unknown_username_is_limited_like_a_known_one(
    client: TestClient, clock: SettableClock
) -> None:
    for _ in range(5):
        assert sign_in(client, "nobody", "wrong").status_code == 401
    assert sign_in(client, "nobody", "wrong").status_code == 429


def test_one_address_gets_a_number_of_failures_over_all_accounts(
    client: TestClient, clock: SettableClock, state: AppState
) -> None:
    ticker = Ticker()
    state.sign_in_addresses = AddressLimiter(
        Limits(failures=100, address_failures=6, lock_minutes=15), clock=ticker
    )
    for name in ("a1", "a2", "a3", "a4", "a5", "a6"):
        assert sign_in(client, name, "wrong").status_code == 401
    refused = sign_in(client, "duty_officer", "demo")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) == 15 * 60
    ticker.now += 15 * 60 + 1  # the window slides past the failures
    assert sign_in(client, "duty_officer", "demo").status_code == 200


def test_refusals_are_logged_once_a_minute_without_the_password(
    client: TestClient, clock: SettableClock, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="server.services.sign_in_limits"):
        for _ in range(12):
            sign_in(client, "duty_officer", "hunter2-secret")
    lines = [r.getMessage() for r in caplog.records]
    assert lines and len(lines) <= 2, lines
    assert all("hunter2" not in line for line in lines)
    assert any("duty_officer" in line for line in lines)


def test_a_token_living_longer_than_the_server_issues_is_refused(
    client: TestClient, state: AppState, headers: Headers
) -> None:
    good = headers("duty_officer")
    token = good["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    now = state.clock()
    claims["iat"] = int(now.timestamp())
    claims["exp"] = int((now + timedelta(days=3650)).timestamp())
    long_lived = jwt.encode(claims, state.signing_key, algorithm="HS256")
    answer = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {long_lived}"})
    assert answer.status_code == 401
    assert client.get("/api/v1/auth/me", headers=good).status_code == 200


def test_a_refusal_is_answered_after_a_delay_that_holds_no_thread(
    client: TestClient, clock: SettableClock, state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    import server.routes.auth as auth_routes

    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(auth_routes.asyncio, "sleep", sleep)
    state.settings = state.settings.model_copy(update={"sign_in_tarpit_seconds": 1.5})
    for _ in range(5):
        assert sign_in(client, "duty_officer", "wrong").status_code == 401
    assert slept == []  # a wrong password costs its hash already
    assert sign_in(client, "duty_officer", "demo").status_code == 429
    assert slept == [1.5]
