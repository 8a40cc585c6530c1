"""Console test fixtures: settings in a temp dir, the GUI-thread guard, a real cc-server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QCoreApplication, QSettings

from console import i18n
from console.api import ApiClient, UserSession, set_thread_guard
from console.app import make_application
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner, gui_thread_guard
from tests.support.factories import case_body, new_key
from tests.support.live_server import LiveServer

WAIT_MS = 60_000  # generous: the machine is shared and has two cores


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, qapp: Any) -> Iterator[None]:
    """QSettings (window state) in a fresh temp dir, never the user's own."""
    make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield


@pytest.fixture(autouse=True)
def _no_io_on_gui_thread() -> Iterator[None]:
    """Every ApiClient request made on the GUI (main) thread raises, failing the test."""
    set_thread_guard(gui_thread_guard)
    yield
    set_thread_guard(None)


@pytest.fixture(scope="session")
def zh_cn(qapp: Any) -> list[Any]:
    """The default language, installed once for the session."""
    make_application()
    return i18n.setup(qapp, "zh_CN")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A real cc-server with the demo backlog, simulator off (the tests make the changes)."""
    path = tmp_path_factory.mktemp("server")
    live = LiveServer(
        f"sqlite:///{path / 'cc.db'}", demo=True, rate=0, log_path=path / "server.log"
    )
    live.start()
    yield live
    live.stop()


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server of this test alone, which it may kill and restart (same port, same database)."""
    live = LiveServer(
        f"sqlite:///{tmp_path / 'cc.db'}", demo=True, rate=0, log_path=tmp_path / "server.log"
    )
    live.start()
    yield live
    live.stop()


def off_gui(fn: Callable[[], Any]) -> Any:
    """Run a blocking call on a worker thread (the guard forbids the GUI thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result(timeout=60)


def signed_in(url: str, username: str) -> tuple[ApiClient, UserSession]:
    """A console client signed in as a demo user."""
    client = ApiClient(url)
    session = off_gui(lambda: client.login(username, "demo"))
    return client, session


class Api:
    """Another user's changes, made over plain HTTP (as a field app or colleague would)."""

    def __init__(self, server: LiveServer, username: str = "supervisor") -> None:
        self.url = server.url
        self.headers = server.headers(username)

    def create(self, **fields: Any) -> dict[str, Any]:
        response = requests.post(
            f"{self.url}/api/v1/cases",
            json=case_body(**fields),
            headers={**self.headers, "Idempotency-Key": new_key("t")},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        return response.json()

    def act(self, case: dict[str, Any], action: str, **fields: Any) -> dict[str, Any]:
        response = requests.post(
            f"{self.url}/api/v1/cases/{case['id']}/actions",
            json={"action": action, "version": case["version"], **fields},
            headers={**self.headers, "Idempotency-Key": new_key("t")},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def all_cases(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 500}
            if cursor:
                params["cursor"] = cursor
            body = requests.get(
                f"{self.url}/api/v1/cases", params=params, headers=self.headers, timeout=30
            ).json()
            items += body["items"]
            cursor = body["next_cursor"]
            if not cursor:
                return items


@pytest.fixture
def open_window(
    qtbot: Any, zh_cn: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[..., MainWindow]]:
    """open_window(server, user) → a shown, loaded, live main window."""
    opened: list[tuple[MainWindow, ApiClient]] = []

    def open_(
        live: LiveServer,
        username: str = "duty_officer",
        data_dir: Path | None = None,
        *,
        wait_online: bool = True,
    ) -> MainWindow:
        client, session = signed_in(live.url, username)
        runner = TaskRunner()
        window = MainWindow(
            session,
            client,
            runner,
            server_url=live.url,
            sound=i18n.ALERT_WAV,
            feed_wait=2.0,
            data_dir=data_dir or tmp_path_factory.mktemp("console"),
        )
        runner.setParent(window)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.start()
        opened.append((window, client))
        if wait_online:
            qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
        return window

    yield open_
    for window, client in opened:
        window.close()
        window.ctx.runner.wait(30_000)
        client.close()
    QCoreApplication.processEvents()
