"""Pytest fixtures for a throwaway PostgreSQL server (see tests/support/postgres.py)."""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Iterator

import pytest

from tests.support.postgres import TemporaryPostgres, find_pg_bin

# CI sets this so that a runner without PostgreSQL fails instead of silently skipping.
REQUIRE_ENV = "CC_REQUIRE_POSTGRES"

_counter = itertools.count(1)


def _unavailable(reason: str) -> None:
    """Skip the test, or fail it when the environment demands a real server."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} (and {REQUIRE_ENV}=1 forbids skipping)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TemporaryPostgres]:
    """One PostgreSQL server shared by the whole test session."""
    missing = [name for name in ("initdb", "pg_ctl", "postgres") if find_pg_bin(name) is None]
    if missing:
        _unavailable(
            "PostgreSQL binaries not found on PATH or in /usr/lib/postgresql/*/bin: "
            + ", ".join(missing)
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg (v3) is not installed; pip install 'psycopg[binary]'")
    # A server that is present but fails to start is a real error, never a skip.
    with TemporaryPostgres() as server:
        yield server


@pytest.fixture
def postgres_url(
    postgres_server: TemporaryPostgres, request: pytest.FixtureRequest
) -> Iterator[str]:
    """SQLAlchemy URL of a fresh, empty database private to this test."""
    # Test name in the database name makes leftovers and server logs easy to attribute.
    stem = re.sub(r"[^a-z0-9_]+", "_", request.node.name.lower())[:40].strip("_")
    name = f"t{next(_counter)}_{stem}"[:63]
    url = postgres_server.new_database(name)
    yield url
    postgres_server.drop_database(name)
