"""What the console benchmarks share: a signed-in window against a real demo cc-server.

Offscreen, in zh_CN, with the GUI-thread guard on and the window state in a scratch
directory (the user's own layout is left alone); everything is removed at the end.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, qInstallMessageHandler  # noqa: E402

from console import i18n  # noqa: E402
from console.api import ApiClient, set_thread_guard  # noqa: E402
from console.app import make_application  # noqa: E402
from console.shell.main_window import MainWindow  # noqa: E402
from console.tasks import TaskRunner, gui_thread_guard  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402

TIMEOUT = 90.0


def wait_for(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Run the event loop until the condition holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def off_gui(fn: Callable[[], Any]) -> Any:
    """Run a blocking call on a worker thread (the guard forbids the GUI thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result(timeout=TIMEOUT)


@dataclass
class Bench:
    """The running window, its server and its client."""

    window: MainWindow
    server: LiveServer
    client: ApiClient


@contextmanager
def console_window(name: str, username: str = "duty_officer") -> Iterator[Bench]:
    """A shown, started, online main window signed in to a fresh demo cc-server."""
    # The offscreen platform says this on every dock resize; it is noise here.
    qInstallMessageHandler(
        lambda _kind, _context, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )
    app = make_application()
    translators = i18n.setup(app, "zh_CN")  # noqa: F841 - kept alive while the window runs
    set_thread_guard(gui_thread_guard)
    workdir = Path(tempfile.mkdtemp(prefix=f"cc-{name}-bench-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "qs"))
    server = LiveServer(
        f"sqlite:///{workdir / 'cc.db'}", demo=True, rate=0, log_path=workdir / "server.log"
    )
    server.start()
    client = ApiClient(server.url)
    runner: TaskRunner | None = None
    window: MainWindow | None = None
    try:
        session = off_gui(lambda: client.login(username, "demo"))
        runner = TaskRunner()
        window = MainWindow(
            session,
            client,
            runner,
            server_url=server.url,
            sound=i18n.ALERT_WAV,
            feed_wait=2.0,
            data_dir=workdir / "console",
        )
        window.show()
        window.activateWindow()
        window.start()
        wait_for(lambda: window.ctx.live.status == "online")
        yield Bench(window, server, client)
    finally:
        if window is not None and runner is not None:
            window.close()
            runner.wait(30_000)
        client.close()
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
