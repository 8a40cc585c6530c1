"""An embedded server that cannot start ends with its error and a clear status, not an abort.

The child's watcher thread is blocked reading stdin (the console's life) when cc-server gives
up; left to the interpreter's shutdown, the child aborted (status -6, "Fatal Python error:
… could not acquire lock … at interpreter shutdown") and the officer read that instead of
the reason. Here the reason reaches the console: in the child's stderr and log, in the
error EmbeddedServer raises and in the message the launcher shows.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from console.config import ConsoleSettings
from console.embedded import EMBEDDED_SERVER_FLAG, START_FAILED, EmbeddedServer
from console.shell.launcher import Launcher
from tests.console.conftest import WAIT_MS

ABORTED = "Fatal Python error"
DATABASE_REFUSED = "cc-server: cannot start: the database file cannot be opened"


def unusable_data_dir(root: Path) -> Path:
    """A data folder whose database file is a folder: SQLite cannot open it."""
    data = root / "data"
    (data / "cc-server.db").mkdir(parents=True)
    return data


@pytest.fixture
def occupied_port() -> Iterator[int]:
    """A port on 127.0.0.1 another program listens on."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield int(listener.getsockname()[1])


def test_an_unusable_database_ends_the_child_with_its_reason(tmp_path: Path) -> None:
    server = EmbeddedServer(
        unusable_data_dir(tmp_path), rate=0, log_path=tmp_path / "log" / "cc-server.log"
    )
    try:
        with pytest.raises(RuntimeError) as failure:
            server.start(timeout=WAIT_MS / 1000)
    finally:
        server.stop()
    said = str(failure.value)
    assert f"it exited with status {START_FAILED}" in said
    assert DATABASE_REFUSED in said, said
    assert server.exit_code() == START_FAILED
    assert ABORTED not in server.log_tail(200)


def test_the_console_program_in_its_server_role_reports_a_port_in_use(
    tmp_path: Path, occupied_port: int
) -> None:
    command = [sys.executable, "-m", "console.app", EMBEDDED_SERVER_FLAG]
    command += ["--host", "127.0.0.1", "--port", str(occupied_port), "--log-level", "warning"]
    command += ["--database", f"sqlite:///{tmp_path / 'cc-server.db'}"]
    # stdin stays open, as the console holds it: the child's watcher reads it while it fails.
    child = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        status = child.wait(timeout=WAIT_MS / 1000)
        assert child.stderr is not None
        stderr = child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert status == START_FAILED, stderr
    assert "Address already in use" in stderr.strip().splitlines()[-1]
    assert ABORTED not in stderr


def test_the_launcher_shows_why_the_local_server_did_not_start(
    tmp_path: Path, qtbot: Any, zh_cn: Any
) -> None:
    settings = ConsoleSettings(
        data_dir=unusable_data_dir(tmp_path), log_dir=tmp_path / "log", simulator_rate=0
    )
    launcher = Launcher(settings)
    shown: list[str] = []

    def close_the_box() -> None:  # the launcher's error box is modal: read it, then close it
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.done(0)

    closer = QTimer(interval=50)
    closer.timeout.connect(close_the_box)
    closer.start()
    try:
        with qtbot.waitSignal(launcher.failed, timeout=WAIT_MS * 2) as failed:
            launcher.start()
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    finally:
        closer.stop()
        launcher.shutdown()
    text = failed.args[0]
    assert shown == [text]
    assert f"it exited with status {START_FAILED}" in text
    assert DATABASE_REFUSED in text and ABORTED not in text
    assert launcher.embedded is not None and launcher.embedded.exit_code() == START_FAILED
