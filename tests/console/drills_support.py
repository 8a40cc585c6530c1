"""Helpers of the drill console tests: drill accounts made as an administrator makes them,
and live main windows with the drill pane, opened by signing in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

from console import i18n
from console.api import ApiClient
from console.drills.control import DrillControlPane
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner
from tests.console.conftest import WAIT_MS, off_gui
from tests.support.live_server import LiveServer

PASSWORD = "trainee-pass-1"  # a drill account's own password, once it changed the first one


def add_trainee(server: LiveServer, username: str, display_name: str = "学员") -> None:
    """A drill account (role trainer) with its own password, as an administrator makes one."""
    first = "first-pass-1"
    response = requests.post(
        f"{server.url}/api/v1/users",
        json={
            "username": username,
            "display_name": display_name,
            "role": "trainer",
            "password": first,
        },
        headers=server.headers("admin"),
        timeout=30,
    )
    assert response.status_code in (201, 409), response.text
    if response.status_code == 409:
        return
    token = server.token(username, first)
    response = requests.post(
        f"{server.url}/api/v1/auth/password",
        json={"old_password": first, "new_password": PASSWORD},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text


WindowOpener = Callable[..., MainWindow]


@contextmanager
def drill_windows(qtbot: Any, folder: Path, password: str) -> Iterator[WindowOpener]:
    """open_(server, username, password) → a shown, live main window with the drill pane
    (`password` when none is given; the pane as console/panes/catalog.py registers it);
    every window closed at the end."""
    opened: list[tuple[MainWindow, ApiClient]] = []

    def open_(server: LiveServer, username: str, password: str = password) -> MainWindow:
        client = ApiClient(server.url)
        session = off_gui(lambda: client.login(username, password))
        runner = TaskRunner()
        window = MainWindow(
            session,
            client,
            runner,
            server_url=server.url,
            sound=i18n.ALERT_WAV,
            feed_wait=2.0,
            data_dir=folder / f"console-{username}",
        )
        runner.setParent(window)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        window.start()
        opened.append((window, client))
        qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
        return window

    try:
        yield open_
    finally:
        for window, client in opened:
            window.close()
            window.ctx.runner.wait(30_000)
            client.close()


def pane_of(window: MainWindow) -> DrillControlPane:
    """The window's drill control pane."""
    pane = window.panes["drills"]
    assert isinstance(pane, DrillControlPane)
    return pane
