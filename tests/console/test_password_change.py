"""A user whose password an administrator set chooses their own in the sign-in dialog."""

from __future__ import annotations

from typing import Any

import requests

from console.api import ApiClient
from console.shell.login_dialog import LoginDialog
from console.tasks import TaskRunner
from tests.console.conftest import WAIT_MS, off_gui


def test_a_new_user_chooses_a_password_at_the_first_sign_in(
    server: Any, qtbot: Any, zh_cn: Any
) -> None:
    created = requests.post(
        f"{server.url}/api/v1/users",
        json={
            "username": "chen.jing",
            "display_name": "陈静",
            "role": "duty_officer",
            "password": "given-by-admin",
        },  # fmt: skip
        headers=server.headers("admin"),
        timeout=30,
    )
    assert created.status_code == 201, created.text
    client = ApiClient(server.url)
    dialog = LoginDialog(client, TaskRunner(), username="chen.jing")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert not dialog.new_password.isVisible()
    dialog.password.setText("given-by-admin")
    dialog.sign_in_button.click()
    qtbot.waitUntil(dialog.new_password.isVisible, timeout=WAIT_MS)
    assert dialog.notice.isVisible() and not dialog.password.isEnabled()
    assert dialog.result() == 0  # still open: nothing works until the password is changed

    dialog.new_password.setText("chen-own-pass")
    dialog.repeat_password.setText("chen-own-typo")
    dialog.sign_in_button.click()
    assert dialog.error.text() == "两次输入的新密码不一致。"
    dialog.repeat_password.setText("chen-own-pass")
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS) as blocker:
        dialog.sign_in_button.click()
    session = blocker.args[0]
    assert session.must_change_password is False and session.role == "duty_officer"
    assert off_gui(lambda: client.request("GET", "/api/v1/auth/me"))["username"] == "chen.jing"
    client.close()
    again = ApiClient(server.url)
    assert off_gui(lambda: again.login("chen.jing", "chen-own-pass")).must_change_password is False
    again.close()
