"""cc-console as a program: flags and exit statuses, SIGTERM at the sign-in dialog, one console
per data folder, a configuration file that cannot be read, faulthandler's file.

Each test starts the real `cc-console` offscreen in a folder of its own (HOME and the XDG
folders inside it), and waits for what the console writes to its log file.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.embedded import EMBEDDED_SERVER_FLAG

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals, /proc")

CONSOLE = [sys.executable, "-m", "console.app"]
START_S = 120  # generous: the machine is shared and has two cores


class Home:
    """A user's folders for one console: config, logs, data; and its environment."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.config = root / "config" / "cc-console" / "cc-console.ini"
        self.log_dir = root / "state" / "cc-console" / "log"
        self.data = root / "data" / "cc-console"
        self.env = {
            **os.environ,
            "HOME": str(root / "home"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_STATE_HOME": str(root / "state"),
            "XDG_DATA_HOME": str(root / "data"),
            "XDG_CACHE_HOME": str(root / "cache"),
            "CC_CONSOLE_DATA_DIR": str(self.data),
            "QT_QPA_PLATFORM": "offscreen",
            "CC_DEMO_BACKLOG": "10",
        }
        for name in ("CC_CONSOLE_SERVER_URL", "CC_CONSOLE_USERNAME", "CC_CONSOLE_PASSWORD"):
            self.env.pop(name, None)

    def log(self) -> str:
        try:
            return (self.log_dir / "cc-console.log").read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    def wait_log(self, pattern: str, process: subprocess.Popen[str]) -> re.Match[str]:
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            found = re.search(pattern, self.log())
            if found:
                return found
            if process.poll() is not None:
                pytest.fail(f"cc-console ended ({process.returncode}) before {pattern!r}")
            time.sleep(0.1)
        pytest.fail(f"no {pattern!r} in the log:\n{self.log()}")

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*CONSOLE, "--rate", "0", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def run(self, *args: str, timeout: float = START_S) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*CONSOLE, *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path)


@pytest.fixture
def console(home: Home) -> Iterator[subprocess.Popen[str]]:
    """A console on its embedded demo server, at the sign-in dialog."""
    process = home.start()
    try:
        home.wait_log(r"sign-in dialog shown", process)
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _embedded_pid(home: Home) -> int:
    found = re.search(r"embedded server pid (\d+)", home.log())
    assert found, home.log()
    return int(found.group(1))


def test_version_names_the_app_qt_and_python(home: Home) -> None:
    result = home.run("--version")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("cc-console ")
    assert any(re.fullmatch(r"Qt 6\.\d+\.\d+", line) for line in lines)
    assert any(line.startswith("PySide6 6.") for line in lines)
    assert any(line.startswith("Python 3.") for line in lines)
    assert not home.data.exists()  # --version starts nothing


def test_an_unknown_flag_is_an_error_with_the_usage(home: Home) -> None:
    result = home.run("--sever", "http://10.0.0.1:8700")
    assert result.returncode == 2
    assert "usage: cc-console" in result.stderr
    assert "unrecognized arguments: --sever" in result.stderr
    assert not home.data.exists()  # no demo server was started instead


def test_the_embedded_server_mode_is_not_in_the_help(home: Home) -> None:
    result = home.run("--help")
    assert result.returncode == 0
    assert "--server" in result.stdout and "--version" in result.stdout
    assert EMBEDDED_SERVER_FLAG not in result.stdout


def test_a_configuration_file_that_cannot_be_read_stops_the_start(home: Home) -> None:
    home.config.parent.mkdir(parents=True)
    home.config.write_text("[server]\nurl = http://cc.example:87x0\n", encoding="utf-8")
    result = home.run()
    assert result.returncode == 2
    assert str(home.config) in result.stderr and "not a server address" in result.stderr
    assert not (home.data / "cc-server.db").exists()  # never the demo in its place


def test_sigterm_at_the_sign_in_dialog_ends_console_and_server(
    home: Home, console: subprocess.Popen[str]
) -> None:
    child = _embedded_pid(home)
    assert _alive(child)
    console.send_signal(signal.SIGTERM)
    console.wait(timeout=60)
    assert console.returncode == 0  # asked to stop, it stopped cleanly
    deadline = time.monotonic() + 30
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)
    assert "signal 15: ending" in home.log()
    # The server's output is in the log folder too, next to the console's.
    assert "cc-console starts cc-server" in (home.log_dir / "cc-server.log").read_text()


def test_ctrl_c_at_the_sign_in_dialog_ends_it_too(
    home: Home, console: subprocess.Popen[str]
) -> None:
    child = _embedded_pid(home)
    console.send_signal(signal.SIGINT)
    console.wait(timeout=60)
    assert console.returncode == 0
    deadline = time.monotonic() + 30
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)


def test_a_second_console_on_the_data_folder_is_refused_and_raises_the_first(
    home: Home, console: subprocess.Popen[str]
) -> None:
    second = home.run()
    assert second.returncode == 3
    assert f"already runs on the data folder {home.data}" in second.stderr
    home.wait_log(r"a second start on .*: brought to the front", console)
    assert console.poll() is None  # the first goes on
    assert len(re.findall(r"embedded server pid", home.log())) == 1  # one server only
    console.send_signal(signal.SIGTERM)
    console.wait(timeout=60)
    # Once the first has ended the folder is free again (no stale lock to clear by hand).
    again = home.start()
    try:
        home.wait_log(r"(?s)signal 15: ending.*ends with status 0.*sign-in dialog shown", again)
    finally:
        again.kill()
        again.communicate(timeout=30)


def test_faulthandler_writes_a_crash_into_the_log_folder(home: Home) -> None:
    crash = (
        "import ctypes, pathlib, sys\n"
        "from console.logging_setup import setup_logging\n"
        "setup_logging(pathlib.Path(sys.argv[1]))\n"
        "ctypes.string_at(0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", crash, str(home.log_dir)],
        env=home.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGSEGV
    text = (home.log_dir / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "--- cc-console started at" in text


STOPPED_IN_A_DIALOG = """
import signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog
from console.app import make_application
from console.app_signals import SignalStopper
app = make_application()
stop = SignalStopper(app)
dialog = QDialog()
QTimer.singleShot(50, lambda: signal.raise_signal(signal.SIGTERM))
dialog.exec()  # before the main loop: QApplication.quit() would not end this one
print("dialog ended", stop.signalled, flush=True)
print("main loop", stop.exec(), flush=True)  # not entered: it would never end
sys.exit(stop.exit_status(1))
"""


def test_a_signal_ends_a_modal_dialog_before_the_main_loop(home: Home) -> None:
    result = subprocess.run(
        [sys.executable, "-c", STOPPED_IN_A_DIALOG],
        env=home.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"dialog ended {int(signal.SIGTERM)}", "main loop 0"]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(n) for n in (task / "children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def test_sigterm_while_the_demo_server_starts_leaves_no_server(home: Home) -> None:
    console = home.start()
    try:
        deadline = time.monotonic() + START_S
        children: list[int] = []
        while not children and time.monotonic() < deadline and console.poll() is None:
            children = _children(console.pid)
            time.sleep(0.02)
        assert children, "the console started no server"
        console.send_signal(signal.SIGTERM)
        console.wait(timeout=60)
        assert console.returncode == 0
        deadline = time.monotonic() + 30
        while any(_alive(child) for child in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(child) for child in children)
    finally:
        if console.poll() is None:
            console.kill()
        console.communicate(timeout=30)
