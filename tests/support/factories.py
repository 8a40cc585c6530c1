"""Shared test data: a test server's settings, new cases' bodies, Idempotency-Keys and
signed-in headers, the same for server, API and console tests (each folder's conftest builds
its fixtures on these)."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path
from typing import Any

from server.config import Settings

_keys = itertools.count()

CASE_TITLE = "夜间施工噪声扰民"


def demo_settings(tmp_path: Path, **overrides: Any) -> Settings:
    """A server's settings for a test: the demo seed on a SQLite file and photos, both in
    tmp_path, simulator off; `overrides` change any setting (a PostgreSQL URL, no patrols)."""
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{tmp_path / 'cc.db'}",
        "demo": True,
        "simulator_rate": 0,
        "data_dir": str(tmp_path / "data"),
    }
    return Settings(**{**values, **overrides})


def new_key(prefix: str = "test") -> str:
    """A fresh Idempotency-Key, unique across processes (parallel workers included)."""
    return f"{prefix}-{uuid.uuid4()}-{next(_keys)}"


def case_body(*, unique_title: bool = False, **fields: Any) -> dict[str, Any]:
    """The body of a valid new case (a noise complaint on the hotline); `fields` override.
    With `unique_title`, the default title gets a random suffix, so that a test on a server
    shared with other tests can find its own cases by title."""
    title = f"{CASE_TITLE} {uuid.uuid4().hex[:8]}" if unique_title else CASE_TITLE
    return {
        "channel": "hotline_12345",
        "category": "noise",
        "title": title,
        "address": "虹桥街道新中社区12幢",
        **fields,
    }


def bearer_headers(
    http: Any, username: str, password: str = "demo", *, base: str = ""
) -> dict[str, str]:
    """Authorization headers of a user signed in through POST /api/v1/auth/token; `http` is
    a FastAPI TestClient (base "") or `requests`/a session (base: the server's URL)."""
    # A timeout for requests only (a TestClient warns about one).
    extra = {"timeout": 30} if base else {}
    response = http.post(
        f"{base}/api/v1/auth/token", data={"username": username, "password": password}, **extra
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
