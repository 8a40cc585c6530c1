"""API client tests against a real cc-server in a child process (no Qt, no mocks)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from console.api import ApiClient, set_thread_guard
from tests.support import factories
from tests.support.live_server import LiveServer


def start_live_server(directory: Path, *, backlog: int | None = None) -> LiveServer:
    """A demo cc-server (simulator off) on a fresh SQLite file in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    return LiveServer(
        f"sqlite:///{directory / 'cc.db'}",
        demo=True,
        rate=0,
        env={} if backlog is None else {"CC_DEMO_BACKLOG": str(backlog)},
        log_path=directory / "cc-server.log",
    ).start()


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One cc-server shared by the tests that leave it running."""
    server = start_live_server(tmp_path_factory.mktemp("live"))
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _no_thread_guard() -> Iterator[None]:
    """A test that installs a guard must not leave it behind."""
    yield
    set_thread_guard(None)


@pytest.fixture
def login(live: LiveServer) -> Iterator[Callable[[str], ApiClient]]:
    """login('duty_officer') → a signed-in client of the shared server (closed afterwards)."""
    clients: list[ApiClient] = []

    def sign_in(username: str) -> ApiClient:
        client = ApiClient(live.url, timeout=10)
        client.login(username, "demo")
        clients.append(client)
        return client

    yield sign_in
    for client in clients:
        client.close()


@pytest.fixture
def officer(login: Callable[[str], ApiClient]) -> ApiClient:
    """The duty officer, signed in."""
    return login("duty_officer")


def case_body(**fields: Any) -> dict[str, Any]:
    """A valid new case; a unique title unless one is given."""
    return factories.case_body(unique_title=True, **fields)


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
