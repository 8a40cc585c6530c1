"""EmbeddedServer: the console's own cc-server child process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from console.api import ApiClient
from console.config import ConsoleSettings, data_dir
from console.embedded import EmbeddedServer


@pytest.fixture(autouse=True)
def _small_backlog(monkeypatch: pytest.MonkeyPatch) -> None:
    """A short demo backlog: these tests are about the process, not the data."""
    monkeypatch.setenv("CC_DEMO_BACKLOG", "10")


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[EmbeddedServer]:
    """An embedded server in a temp data directory, simulator off (stopped afterwards)."""
    server = EmbeddedServer(tmp_path / "data", rate=0)
    yield server
    server.stop()


def test_starts_serves_demo_users_and_stops(embedded: EmbeddedServer) -> None:
    url = embedded.start()
    assert url == embedded.url and url.startswith("http://127.0.0.1:")
    assert embedded.exit_code() is None
    assert requests.get(url + "/healthz", timeout=5).json()["demo"] is True
    with ApiClient(url) as client:
        assert client.login("duty_officer", "demo").role == "duty_officer"
        assert client.reference()["departments"]
    assert (embedded.data_dir / "cc-server.db").exists()
    assert embedded.log_path.exists()

    embedded.stop()
    assert embedded.exit_code() is not None and not embedded.crashed()
    with pytest.raises(requests.ConnectionError):
        requests.get(url + "/healthz", timeout=2)


def test_exit_code_reports_a_killed_child(embedded: EmbeddedServer) -> None:
    embedded.start()
    assert embedded.pid is not None
    os.kill(embedded.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while embedded.exit_code() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert embedded.exit_code() == -signal.SIGKILL
    assert embedded.crashed()


CONSOLE = """
import pathlib, sys, threading
from console.embedded import EmbeddedServer
server = EmbeddedServer(pathlib.Path(sys.argv[1]), rate=0)
# Started from a worker thread, as the console does: the watchdog must not depend on it.
worker = threading.Thread(target=server.start)
worker.start()
worker.join()
print(server.pid, flush=True)
threading.Event().wait()
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_child_does_not_outlive_a_killed_console(tmp_path: Path) -> None:
    console = subprocess.Popen(
        [sys.executable, "-c", CONSOLE, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert console.stdout is not None
        child = int(console.stdout.readline())
        assert _alive(child)
        console.kill()  # no atexit, no clean-up: only the watchdog can stop the child
        console.wait()
        deadline = time.monotonic() + 15
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child)
    finally:
        console.kill()
        console.wait()


def test_a_failed_start_says_why(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, rate=-1)  # the server refuses a negative rate
    with pytest.raises(RuntimeError, match="could not start") as caught:
        server.start(timeout=30)
    assert str(server.log_path) in str(caught.value)
    assert "simulator_rate" in str(caught.value)  # the log's tail is in the message
    assert server.exit_code() is not None


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CC_CONSOLE_SERVER_URL", "http://cc.example:8700")
    monkeypatch.setenv("CC_CONSOLE_DATA_DIR", str(tmp_path / "nested" / "dir"))
    monkeypatch.setenv("CC_CONSOLE_TIMEOUT", "3.5")
    settings = ConsoleSettings()
    assert settings.server_url == "http://cc.example:8700"
    assert (settings.lang, settings.timeout, settings.simulator_rate) == ("zh_CN", 3.5, 6.0)
    assert settings.password is None
    path = data_dir(settings)
    assert path.is_dir() and path == tmp_path / "nested" / "dir"
