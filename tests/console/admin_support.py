"""Helpers of the administration screen tests: a screen on a signed-in admin window, and
plain HTTP as another administrator or user would send it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import requests
from PySide6.QtWidgets import QWidget

from console.shell.main_window import MainWindow
from tests.support.live_server import LiveServer

W = TypeVar("W", bound=QWidget)


def open_screen(
    qtbot: Any, open_window: Callable[..., MainWindow], server: LiveServer, cls: type[W]
) -> W:
    """The screen built on a real admin window's context, shown as a window of its own."""
    window = open_window(server, "admin")
    screen = cls(window.ctx)  # type: ignore[call-arg]
    qtbot.addWidget(screen)
    screen._confirm = lambda *_args: True  # type: ignore[attr-defined]  # "Yes" to every question
    screen.resize(1280, 760)
    with qtbot.waitExposed(screen):
        screen.show()
    return screen


class Http:
    """Requests as someone else (another console, a colleague) sends them."""

    def __init__(self, server: LiveServer, username: str = "admin") -> None:
        self.url = server.url
        self.headers = server.headers(username)

    def get(self, path: str, **params: Any) -> Any:
        response = requests.get(self.url + path, params=params, headers=self.headers, timeout=30)
        assert response.ok, response.text
        return response.json()

    def put(self, path: str, body: dict[str, Any]) -> requests.Response:
        return requests.put(self.url + path, json=body, headers=self.headers, timeout=30)


def sign_in(server: LiveServer, username: str, password: str) -> requests.Response:
    """POST /auth/token as a user would."""
    return requests.post(
        server.url + "/api/v1/auth/token",
        data={"username": username, "password": password},
        timeout=30,
    )


def status_with(server: LiveServer, token: str, path: str = "/api/v1/cases/summary") -> int:
    """The status a request with this token gets."""
    headers = {"Authorization": f"Bearer {token}"}
    return requests.get(server.url + path, headers=headers, timeout=30).status_code
