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
from console.embedded import EMBEDDED_SERVER_FLAG, EmbeddedServer, _RotatingLog, server_command


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
from console.embedded import EMBEDDED_SERVER_FLAG, EmbeddedServer, _RotatingLog, server_command
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


def test_outside_a_bundle_the_child_is_the_interpreter_in_server_mode() -> None:
    command = server_command(["--demo", "--port", "0"])
    assert command[:2] == [sys.executable, "-c"]
    assert "run_embedded_server" in command[2]
    assert command[3:] == ["--demo", "--port", "0"]


def test_in_a_bundle_the_child_is_the_console_program_in_server_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen console's sys.executable is the console: it must run the server mode, never
    `-c` (which started consoles without end). The installed `cc-console` stands in for the
    bundle's program: the same entry point, console.app:main."""
    program = Path(sys.executable).with_name("cc-console")
    if not program.exists():
        pytest.skip("cc-console is not installed next to the interpreter")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    server = EmbeddedServer(tmp_path / "data", rate=0, log_path=tmp_path / "log" / "server.log")
    assert server.command()[:2] == [str(program), EMBEDDED_SERVER_FLAG]
    try:
        url = server.start()
        assert requests.get(url + "/healthz", timeout=5).json()["demo"] is True
        assert server.pid is not None
        maps = Path(f"/proc/{server.pid}/maps")
        if maps.exists():  # the server mode loads no Qt
            assert "libQt6" not in maps.read_text()
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
        if children.exists():  # and starts no console of its own
            assert children.read_text().split() == []
    finally:
        server.stop()
    assert not server.crashed()
    assert "cc-console starts cc-server" in (tmp_path / "log" / "server.log").read_text()


def test_the_server_log_is_bounded(tmp_path: Path) -> None:
    log = _RotatingLog(tmp_path / "cc-server.log", max_bytes=1000)
    for n in range(100):
        log.write(f"line {n:03d} " + "x" * 40 + "\n")
    log.close()
    current = (tmp_path / "cc-server.log").read_text()
    previous = (tmp_path / "cc-server.log.1").read_text()
    assert len(current.encode()) <= 1000 + 60 and "line 099" in current
    assert previous.startswith("line ") and "line 099" not in previous
