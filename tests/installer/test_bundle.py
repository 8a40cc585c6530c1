"""Smoke tests of the built console bundle (installer/cc-console.spec), run on what ships.

    installer/build.sh && installer/smoke.sh      (or: CC_BUNDLE=build/dist/cc-console pytest …)

Skipped unless CC_BUNDLE names the bundle (its folder or its executable): building it takes
minutes, so the suite does not. The console is started as on a fresh workstation: an empty
home, no configuration, no --server; it must start its own demo server as a second role of the
same executable (never a copy of itself without end), sign in, show its window, and on SIGTERM
end with its server.

The window is seen on an Xvfb of the test's own (xdotool finds it by its title and pid) when
both are installed, else offscreen through the console's log ("main window shown"); set
CC_BUNDLE_PLATFORM=offscreen or xvfb to choose.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.installer import processes

BUNDLE_ENV = "CC_BUNDLE"
PLATFORM_ENV = "CC_BUNDLE_PLATFORM"
EMBEDDED_FLAG = "--run-embedded-server"
# Generous bounds for a loaded machine (the demo server seeds its backlog on first start);
# they only bound a failure, nothing asserts how fast the start was.
START_BOUND = 180.0
STOP_BOUND = 60.0
# A console that SIGTERM ended after stopping its server cleanly: 0 (console/app.py), or
# 128+15 as a shell reports a death by that signal.
CLEAN_STOP = (0, 128 + signal.SIGTERM)
MAIN_WINDOW_TITLE = "Command Center"  # "Chongchuan Governance Command Center — Duty Console"

pytestmark = pytest.mark.skipif(
    not os.environ.get(BUNDLE_ENV),
    reason=f"no bundle: build it (installer/build.sh) and set {BUNDLE_ENV} (installer/smoke.sh)",
)


@pytest.fixture(scope="module")
def executable() -> Path:
    """The bundle's cc-console."""
    given = Path(os.environ[BUNDLE_ENV]).resolve()
    found = given / "cc-console" if given.is_dir() else given
    assert os.access(found, os.X_OK), f"{found} is not an executable bundle"
    return found


@dataclass
class Workstation:
    """A fresh user's environment: an empty home and XDG folders inside the test's tmp."""

    home: Path
    env: dict[str, str]

    @property
    def log_dir(self) -> Path:
        return Path(self.env["XDG_STATE_HOME"]) / "cc-console" / "log"


@pytest.fixture
def workstation(tmp_path: Path) -> Workstation:
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "TMPDIR": os.environ.get("TMPDIR", str(tmp_path)),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    return Workstation(home, env)


def _platform() -> str:
    chosen = os.environ.get(PLATFORM_ENV, "")
    if chosen:
        return chosen
    return "xvfb" if shutil.which("Xvfb") and shutil.which("xdotool") else "offscreen"


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment that gives the console a screen: an Xvfb of our own, or offscreen."""
    if _platform() == "offscreen":
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as announced:
        number = announced.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{number}"}
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def _until(what: str, check, bound: float = START_BOUND, process=None):  # type: ignore[no-untyped-def]
    """Poll `check()` until it returns something true; fail (naming `what`) past the bound or
    when `process` ends first."""
    deadline = time.monotonic() + bound
    while True:
        found = check()
        if found:
            return found
        if process is not None and process.poll() is not None:
            pytest.fail(f"the console ended (status {process.returncode}) before {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {bound:.0f} s")
        time.sleep(0.5)


def _get(port: int, path: str, token: str = "") -> bytes:
    """GET from the embedded server (never through a proxy); fails the test on an error."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as answer:
        assert answer.status == 200, f"{path}: {answer.status}"
        return bytes(answer.read())


def _token(port: int, username: str) -> str:
    form = urllib.parse.urlencode({"username": username, "password": "demo"}).encode()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    url = f"http://127.0.0.1:{port}/api/v1/auth/token"
    with opener.open(urllib.request.Request(url, data=form), timeout=10) as answer:
        return str(json.loads(answer.read())["access_token"])


def _server_reads_its_files(port: int) -> None:
    """What the server reads from files in the bundle, not from imports: the demo clip, the
    /docs assets, the drill scenarios (the migrations ran, or nothing would answer)."""
    assert _get(port, "/healthz")
    assert len(_get(port, "/media/demo.mp4")) > 10_000
    assert b"swagger" in _get(port, "/docs-assets/swagger-ui.css")[:4000].lower()
    scenarios = json.loads(_get(port, "/api/v1/drills/scenarios", _token(port, "trainer")))
    assert scenarios["scenarios"] and all(s["valid"] for s in scenarios["scenarios"])


def _window_ids(console_pid: int, env: dict[str, str]) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(console_pid)]
        + ["--name", MAIN_WINDOW_TITLE],
        env={**os.environ, "DISPLAY": env["DISPLAY"]},
        capture_output=True,
        text=True,
        check=False,
    )
    return found.stdout.split()


def _log_says(log: Path, pattern: str) -> bool:
    try:
        return re.search(pattern, log.read_text(encoding="utf-8", errors="replace")) is not None
    except OSError:
        return False


def test_version_names_the_bundle(executable: Path, workstation: Workstation) -> None:
    done = subprocess.run(
        [executable, "--version"], env=workstation.env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert re.fullmatch(r"cc-console \d+\.\d+\S* \(bundle\)", first), done.stdout
    assert "Qt 6." in done.stdout


def test_unknown_option_is_refused_and_starts_nothing(
    executable: Path, workstation: Workstation
) -> None:
    done = subprocess.run(
        [executable, "--sever", "http://10.0.0.1:8700"],
        env={**workstation.env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "usage: cc-console" in done.stderr and "--sever" in done.stderr
    assert not (workstation.home / ".local" / "share" / "cc-console" / "cc-server.db").exists()


def test_bundle_holds_what_is_read_from_files(executable: Path) -> None:
    inside = executable.parent / "_internal"
    for needed in (
        "resources/themes/console.qss",
        "resources/sounds/alert.wav",
        "resources/translations/cc_console_zh_CN.qm",
        "resources/translations/cc_console_en.qm",
        "resources/video/demo.mp4",
        "resources/video/demo.ts",
        "resources/icons/cc-console-256.png",
        "server/migrations/env.py",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
    ):
        assert (inside / needed).is_file(), f"{needed} is missing from the bundle"
    assert list((inside / "resources" / "scenarios").glob("*.yaml"))
    assert list((inside / "server" / "migrations" / "versions").glob("0001_*.py"))
    assert not list(inside.rglob("libQt6WebEngineCore*")), "QtWebEngine must stay out"
    # Every data file of the server's package (served or read from its folder) is there.
    source = Path(__file__).resolve().parents[2] / "server"
    for data in source.rglob("*"):
        if data.is_file() and data.suffix not in (".py", ".pyc") and "__pycache__" not in str(data):
            relative = data.relative_to(source.parent)
            assert (inside / relative).is_file(), f"{relative} is missing from the bundle"
    assert not (inside / "pytest").exists() and not (inside / "_pytest").exists()


def test_fresh_workstation_runs_the_demo_as_one_console_and_one_server(
    executable: Path, workstation: Workstation, display: dict[str, str], tmp_path: Path
) -> None:
    env = {**workstation.env, **display}
    out, err = tmp_path / "console.out", tmp_path / "console.err"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        console = subprocess.Popen(
            [executable, "--lang", "en", "--user", "supervisor", "--password", "demo"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
        )
    server_pid = 0
    try:

        def one_server_listening() -> int:
            children = processes.descendants(console.pid)
            servers = [p for p in children if EMBEDDED_FLAG in processes.command_line(p)]
            if len(servers) == 1 and processes.listening_ports(servers[0]):
                return servers[0]
            return 0

        server_pid = _until("embedded server listening", one_server_listening, process=console)
        command = processes.command_line(server_pid)
        assert Path(command[0]).resolve() == executable, command  # the same program, a mode
        assert command[1] == EMBEDDED_FLAG, command
        (port,) = processes.listening_ports(server_pid)
        _server_reads_its_files(port)

        if "DISPLAY" in display:
            _until("main window", lambda: _window_ids(console.pid, env), process=console)
        else:
            log = workstation.log_dir / "cc-console.log"
            _until("'main window shown' in the log", lambda: _log_says(log, "main window shown"))

        # Exactly the console and one server: no copy of the console, no fork loop.
        assert processes.descendants(console.pid) == [server_pid]
        assert processes.descendants(server_pid) == []
        assert processes.command_line(console.pid)[1:2] != [EMBEDDED_FLAG]

        console.send_signal(signal.SIGTERM)
        status = console.wait(STOP_BOUND)
        assert status in CLEAN_STOP, f"status {status}"
        _until("end of the server", lambda: not processes.alive(server_pid), bound=STOP_BOUND)
    finally:
        if console.poll() is None:
            console.kill()
            console.wait()
        if server_pid and processes.alive(server_pid):
            os.kill(server_pid, signal.SIGKILL)
    errors = err.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in errors, errors[-3000:]
