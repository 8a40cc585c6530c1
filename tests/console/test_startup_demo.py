"""The demo, said unmistakably: demo users by role in the sign-in dialog (Enter signs in as
the duty officer), 【演示数据】 in the window's title and the banner above the queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from console.config import ConsoleSettings
from console.shell.demo_mode import DEMO_PASSWORD, DEMO_USERS
from console.shell.launcher import Launcher
from server.seed.users import DEMO_PASSWORD as SERVER_DEMO_PASSWORD
from server.seed.users import DEMO_USERS as SERVER_DEMO_USERS
from server.seed.users import department_username
from tests.console.conftest import WAIT_MS
from widgets.banner import Banner


def test_the_offered_demo_users_are_the_servers() -> None:
    server = {username: role for username, _name, role in SERVER_DEMO_USERS}
    server[department_username("urban")] = "department"
    assert {username: server.get(username) for username, _ in DEMO_USERS} == dict(DEMO_USERS)
    assert DEMO_PASSWORD == SERVER_DEMO_PASSWORD
    assert DEMO_USERS[0] == ("duty_officer", "duty_officer")  # what Enter signs in as


def test_the_demo_offers_its_users_and_enter_signs_in_as_the_duty_officer(
    tmp_path: Path, qtbot: Any, zh_cn: Any
) -> None:
    settings = ConsoleSettings(data_dir=tmp_path / "data", simulator_rate=0)
    launcher = Launcher(settings)
    try:
        launcher.start()
        qtbot.waitUntil(
            lambda: launcher.dialog is not None and launcher.dialog.demo_user.isVisible(),
            timeout=WAIT_MS * 2,
        )
        dialog = launcher.dialog
        assert dialog is not None
        assert "演示数据" in dialog.windowTitle()
        assert "演示数据" in dialog.server_note.text() and dialog.server_note.isVisible()
        offered = [dialog.demo_user.itemText(i) for i in range(dialog.demo_user.count())]
        assert offered[:2] == ["值班员 (duty_officer)", "值班长 (supervisor)"]
        assert "承办部门 (dept_urban)" in offered
        assert (dialog.username.text(), dialog.password.text()) == ("duty_officer", "demo")
        # Another role is one choice away.
        dialog.demo_user.setCurrentIndex(1)
        dialog.demo_user.activated.emit(1)
        assert dialog.username.text() == "supervisor"
        dialog.demo_user.setCurrentIndex(0)
        dialog.demo_user.activated.emit(0)
        dialog.activateWindow()
        dialog.demo_user.setFocus()
        with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS) as opened:
            qtbot.keyClick(dialog.demo_user, Qt.Key.Key_Return)
        window = opened.args[0]
        qtbot.addWidget(window)
        assert window.ctx.session.role == "duty_officer"
        assert window.windowTitle().startswith("【演示数据】")
        banner = window.findChild(Banner, "demoBanner")
        assert banner is not None and banner.isVisible()
        assert "演示数据" in banner.text() and "设置" in banner.toolTip()
        window.close()
    finally:
        launcher.shutdown()


def test_a_demo_server_given_by_address_is_marked_too(server: Any, qtbot: Any, zh_cn: Any) -> None:
    settings = ConsoleSettings(server_url=server.url, username="supervisor", password="demo")
    launcher = Launcher(settings)
    try:
        with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS) as opened:
            launcher.start()
        window = opened.args[0]
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.findChild(Banner, "demoBanner") is not None, timeout=WAIT_MS)
        assert window.windowTitle().startswith("【演示数据】")
        assert launcher.embedded is None
        window.close()
    finally:
        launcher.shutdown()
