"""Fixtures for server tests: an app on a fresh SQLite file (a copy of a migrated, seeded
template), a client, signed-in headers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.app import create_app
from server.config import Settings
from server.services.attachments import recover_uploads
from server.state import AppState
from tests.support.factories import bearer_headers, case_body, demo_settings, new_key
from tests.support.template_db import Templates

__all__ = ["new_key"]  # imported by the test files from here


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings on a fresh SQLite file (photos beside it), simulator off."""
    return demo_settings(tmp_path)


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    """Migrated, seeded databases made once per session and copied for each test."""
    return Templates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def client(
    settings: Settings, db_templates: Templates, request: pytest.FixtureRequest
) -> Iterator[TestClient]:
    """A TestClient of the app (scheduler off: tests run the SLA tick themselves), on a copy
    of the session's template database for these settings."""
    postgres = None
    if settings.database_url.startswith("postgresql"):  # then postgres_url started it
        postgres = request.getfixturevalue("postgres_server")
    copied = db_templates.fill(settings, postgres)
    app = create_app(settings, background=False, prepare=not copied)
    if copied:
        # The one per-database step of prepare_database: the photo folder beside the file.
        recover_uploads(app.state.cc.db, settings)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def state(client: TestClient) -> AppState:
    """The app's shared state (database, reference cache, SLA clock, feed hub)."""
    return client.app.state.cc  # type: ignore[attr-defined]


@pytest.fixture
def headers(client: TestClient) -> Callable[[str], dict[str, str]]:
    """headers('duty_officer') → Authorization headers for that demo user (cached)."""
    cache: dict[str, dict[str, str]] = {}

    def for_user(username: str) -> dict[str, str]:
        if username not in cache:
            cache[username] = bearer_headers(client, username)
        return cache[username]

    return for_user


@pytest.fixture
def new_case(client: TestClient, headers: Callable[[str], dict[str, str]]) -> Callable[..., dict]:
    """new_case(**fields) → a case created through the API by the duty officer."""

    def create(**fields: Any) -> dict[str, Any]:
        response = client.post(
            "/api/v1/cases", json=case_body(**fields), headers=headers("duty_officer")
        )
        assert response.status_code == 201, response.text
        return response.json()

    return create


@pytest.fixture
def act(client: TestClient, headers: Callable[[str], dict[str, str]]) -> Callable[..., Any]:
    """act(user, case, action, **fields) → the response of that action on the case's version."""

    def do(user: str, case: dict[str, Any], action: str, **fields: Any):  # type: ignore[no-untyped-def]
        body = {"action": action, "version": case["version"], **fields}
        return client.post(
            f"/api/v1/cases/{case['id']}/actions",
            json=body,
            headers={**headers(user), "Idempotency-Key": new_key()},
        )

    return do
