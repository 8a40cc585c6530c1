"""A session that ends (401) asks for the password again in place (issue #16): one dialog
however many requests failed, the same window afterwards with what failed done; cancelled,
a clear "signed out — read only" window, without a loop of dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import requests

from console.api import Unauthorized
from console.config import ConsoleSettings
from console.shell.launcher import Launcher
from console.shell.login_dialog import LoginDialog
from console.shell.main_window import MainWindow
from console.shell.reauth import Reauth, reauth_of
from tests.console.conftest import WAIT_MS
from tests.support.live_server import LiveServer

FIRST, SECOND, THIRD = "first-pass-1", "second-pass-2", "third-pass-3"


def new_officer(server: LiveServer, username: str) -> int:
    """A duty officer of this test alone, with his own password FIRST."""
    created = requests.post(
        f"{server.url}/api/v1/users",
        json={
            "username": username,
            "display_name": "交接测试员",
            "role": "duty_officer",
            "password": "given-by-admin",
        },  # fmt: skip
        headers=server.headers("admin"),
        timeout=30,
    )
    assert created.status_code == 201, created.text
    change_password(server, username, "given-by-admin", FIRST)
    return int(created.json()["id"])


def change_password(server: LiveServer, username: str, old: str, new: str) -> None:
    """Change it elsewhere (another client of the same user): his other tokens stop."""
    token = server.token(username, old)
    changed = requests.post(
        f"{server.url}/api/v1/auth/password",
        json={"old_password": old, "new_password": new},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert changed.status_code == 200, changed.text


def launch(
    server: LiveServer, username: str, tmp_path: Path, qtbot: Any
) -> tuple[Launcher, MainWindow]:
    settings = ConsoleSettings(
        server_url=server.url, username=username, password=FIRST, data_dir=tmp_path
    )
    launcher = Launcher(settings)
    with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS) as opened:
        launcher.start()
    window: MainWindow = opened.args[0]
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    return launcher, window


def ask_summaries(window: MainWindow, count: int) -> tuple[list[Any], list[Any]]:
    """`count` reads at once through the window's runner: (answers, errors)."""
    answers: list[Any] = []
    errors: list[Any] = []
    for _ in range(count):
        window.ctx.runner.run(window.ctx.client.summary, answers.append, on_error=errors.append)
    return answers, errors


def open_dialogs(window: MainWindow) -> list[LoginDialog]:
    return [d for d in window.findChildren(LoginDialog) if d.isVisible()]


def wait_for_dialog(reauth: Reauth, qtbot: Any) -> LoginDialog:
    qtbot.waitUntil(
        lambda: reauth.dialog is not None and reauth.dialog.isVisible(), timeout=WAIT_MS
    )
    assert reauth.dialog is not None
    return reauth.dialog


def test_one_dialog_for_every_failed_request_then_they_succeed_in_the_same_window(
    server: LiveServer, qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    new_officer(server, "reauth.ok")
    launcher, window = launch(server, "reauth.ok", tmp_path, qtbot)
    try:
        reauth = reauth_of(window)
        cases = window.ctx.model.total()
        change_password(server, "reauth.ok", FIRST, SECOND)  # this console's token is revoked
        answers, errors = ask_summaries(window, 4)
        dialog = wait_for_dialog(reauth, qtbot)
        # All four wait for the one dialog (the feed's poll may join them).
        qtbot.waitUntil(lambda: reauth.waiting >= 4, timeout=WAIT_MS)
        assert reauth.asked == 1 and open_dialogs(window) == [dialog]
        assert dialog.objectName() == "reauthDialog" and dialog.isModal()
        assert dialog.username.text() == "reauth.ok" and dialog.username.isReadOnly()
        assert "登录已失效" in dialog.reason.text() and dialog.reason.isVisible()
        assert answers == [] and errors == []

        dialog.password.setText(FIRST)  # the old one: refused, the dialog stays
        dialog.sign_in_button.click()
        qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
        assert reauth.dialog is dialog and answers == []

        dialog.password.setText(SECOND)
        dialog.sign_in_button.click()
        qtbot.waitUntil(lambda: len(answers) == 4, timeout=WAIT_MS)
        assert errors == [] and all(set(a) >= {"color", "state"} for a in answers)
        assert reauth.asked == 1 and reauth.dialog is None and not reauth.is_signed_out
        assert launcher.window is window and window.isVisible()
        assert window.ctx.model.total() == cases  # the queue was kept, not reloaded empty
        qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
        assert not reauth.banner.isVisible()
        window.close()
    finally:
        launcher.shutdown()


def test_cancel_leaves_a_read_only_window_without_a_loop_and_a_way_back(
    server: LiveServer, qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    new_officer(server, "reauth.no")
    launcher, window = launch(server, "reauth.no", tmp_path, qtbot)
    try:
        reauth = reauth_of(window)
        change_password(server, "reauth.no", FIRST, SECOND)
        answers, errors = ask_summaries(window, 2)
        dialog = wait_for_dialog(reauth, qtbot)
        dialog.reject()  # Cancel

        qtbot.waitUntil(lambda: len(errors) == 2, timeout=WAIT_MS)
        assert all(isinstance(e, Unauthorized) for e in errors) and answers == []
        assert reauth.is_signed_out and reauth.banner.isVisible()
        assert "已退出登录 — 只读" in reauth.banner.text()
        assert window.status.connection.property("state") == "unauthorized"
        assert not window.connection_banner.isVisible()  # no "restart the console"
        assert not window.panes["dispatch"].isEnabled()
        assert launcher.window is window and window.isVisible()

        # No loop: later failures are refused at once, without another dialog.
        more, refused = ask_summaries(window, 3)
        qtbot.waitUntil(lambda: len(refused) == 3, timeout=WAIT_MS)
        assert reauth.asked == 1 and reauth.dialog is None and open_dialogs(window) == []

        # The banner's way back: the same window goes on, live again.
        reauth.banner.button.click()
        again = wait_for_dialog(reauth, qtbot)
        assert "只读" in again.reason.text()
        again.password.setText(SECOND)
        again.sign_in_button.click()
        qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
        assert not reauth.is_signed_out and not reauth.banner.isVisible()
        assert window.panes["dispatch"].isEnabled()
        answers, errors = ask_summaries(window, 1)
        qtbot.waitUntil(lambda: len(answers) == 1, timeout=WAIT_MS)
        assert errors == [] and launcher.window is window
        window.close()
    finally:
        launcher.shutdown()


def change_user(server: LiveServer, user_id: int, **fields: Any) -> None:
    changed = requests.patch(
        f"{server.url}/api/v1/users/{user_id}",
        json=fields,
        headers=server.headers("admin"),
        timeout=30,
    )
    assert changed.status_code == 200, changed.text


def test_a_disabled_account_is_said_so_without_asking_for_a_password(
    server: LiveServer, qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    user_id = new_officer(server, "reauth.off")
    launcher, window = launch(server, "reauth.off", tmp_path, qtbot)
    try:
        reauth = reauth_of(window)
        change_user(server, user_id, active=False)
        answers, errors = ask_summaries(window, 1)
        qtbot.waitUntil(lambda: len(errors) == 1, timeout=WAIT_MS)
        qtbot.waitUntil(reauth.banner.isVisible, timeout=WAIT_MS)
        assert "账号已停用" in reauth.banner.text() and reauth.asked == 0
        assert answers == [] and reauth.is_signed_out
        window.close()
    finally:
        launcher.shutdown()


def test_signed_in_again_with_a_new_role_the_window_is_rebuilt_for_it(
    server: LiveServer, qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    user_id = new_officer(server, "reauth.role")
    launcher, window = launch(server, "reauth.role", tmp_path, qtbot)
    try:
        reauth = reauth_of(window)
        change_user(server, user_id, role="supervisor")  # ends the session at once
        ask_summaries(window, 1)
        dialog = wait_for_dialog(reauth, qtbot)
        assert "角色" in dialog.reason.text()
        dialog.password.setText(FIRST)
        with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS) as opened:
            dialog.sign_in_button.click()
        rebuilt: MainWindow = opened.args[0]
        assert rebuilt is not window and rebuilt.ctx.session.role == "supervisor"
        assert "值班长" in rebuilt.status.user.text()
        qtbot.waitUntil(lambda: rebuilt.ctx.live.status == "online", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
        rebuilt.close()
    finally:
        launcher.shutdown()
