"""Switch user and sign out without restarting the console (issue #16): the window is rebuilt
for the new user's role on the same server, and the outgoing officer's unsent actions stay
his, sent under his name when he signs in again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from console.config import ConsoleSettings
from console.panes.registry import panes
from console.shell.launcher import Launcher
from console.shell.login_dialog import LoginDialog
from console.shell.main_window import MainWindow
from console.shell.session_switch import session_switch_of
from console.store.outbox import Outbox
from console.store.paths import outbox_path
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, server_case
from tests.support.live_server import LiveServer


def launch(settings: ConsoleSettings, qtbot: Any) -> tuple[Launcher, MainWindow]:
    """A console as cc-console starts it, signed in and online."""
    launcher = Launcher(settings)
    with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS * 2) as opened:
        launcher.start()
    window: MainWindow = opened.args[0]
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    return launcher, window


def sign_in_as(launcher: Launcher, dialog: Any, username: str, qtbot: Any) -> MainWindow:
    """Type the credentials into the sign-in dialog; the launcher's next window."""
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    dialog.username.setText(username)
    dialog.password.setText("demo")
    with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS) as opened:
        dialog.sign_in_button.click()
    window: MainWindow = opened.args[0]
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    return window


def role_panes(role: str) -> set[str]:
    return {spec.id for spec in panes() if spec.roles is None or role in spec.roles}


def test_switch_to_the_supervisor_rebuilds_the_window_on_the_same_server(
    server: LiveServer, qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    pid = server.process.pid if server.process else 0
    settings = ConsoleSettings(
        server_url=server.url, username="duty_officer", password="demo", data_dir=tmp_path
    )
    launcher, officer = launch(settings, qtbot)
    try:
        assert "值班员" in officer.status.user.text()
        qtbot.waitUntil(lambda: officer.registry.rules is not None, timeout=WAIT_MS)
        assert officer.registry.get("case_approve_extension") is None
        switch = session_switch_of(officer)
        assert switch.actions["session_switch_user"].shortcut().toString() == "Ctrl+Alt+U"
        assert "session_switch_user" in officer.registry.ids()  # F1 lists it

        # Cancel keeps the current user, window and outbox.
        dialog = switch.switch_user()
        assert isinstance(dialog, LoginDialog) and dialog.isVisible()
        dialog.reject()
        assert launcher.window is officer and officer.isVisible()
        assert switch.dialog is None

        supervisor = sign_in_as(launcher, switch.switch_user(), "supervisor", qtbot)
        assert supervisor is not officer and launcher.window is supervisor
        qtbot.waitUntil(lambda: not officer.isVisible(), timeout=WAIT_MS)
        assert "值班长" in supervisor.status.user.text()
        assert supervisor.ctx.session.username == "supervisor"
        title = supervisor.windowTitle()
        assert supervisor.ctx.session.display_name in title
        assert officer.ctx.session.display_name not in title
        assert set(supervisor.panes) == role_panes("supervisor")
        qtbot.waitUntil(lambda: supervisor.registry.rules is not None, timeout=WAIT_MS)
        assert supervisor.registry.get("case_approve_extension") is not None
        assert supervisor.ctx.model.total() > 0
        # The same server, never restarted: same process, same address.
        assert launcher.embedded is None and supervisor.ctx.server_url == server.url
        assert server.process is not None and server.process.pid == pid
        assert server.process.poll() is None
        supervisor.close()
    finally:
        launcher.shutdown()


def test_sign_out_returns_to_the_sign_in_dialog_and_keeps_the_embedded_server(
    qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    settings = ConsoleSettings(
        username="duty_officer", password="demo", data_dir=tmp_path / "data", simulator_rate=0
    )
    launcher, officer = launch(settings, qtbot)
    try:
        assert launcher.embedded is not None
        child = launcher.embedded.pid
        first_dialog = launcher.dialog
        assert session_switch_of(officer).sign_out() is None  # nothing pending: no question
        qtbot.waitUntil(lambda: not officer.isVisible(), timeout=WAIT_MS)
        assert launcher.window is None
        dialog = launcher.dialog
        assert dialog is not None and dialog is not first_dialog and dialog.isVisible()
        assert dialog.username.text() == "" and dialog.password.text() == ""  # no kiosk now
        supervisor = sign_in_as(launcher, dialog, "supervisor", qtbot)
        assert "值班长" in supervisor.status.user.text()
        assert launcher.embedded.running() and launcher.embedded.pid == child
        supervisor.close()
    finally:
        launcher.shutdown()


def test_the_outgoing_officers_unsent_action_stays_his_and_is_sent_under_his_name(
    own_server: LiveServer, qtbot: Any, zh_cn: Any, tmp_path: Path
) -> None:
    api = Api(own_server)
    case = api.create(title="交接时未发出的备注", category="garbage")
    settings = ConsoleSettings(
        server_url=own_server.url, username="duty_officer", password="demo", data_dir=tmp_path
    )
    launcher, officer = launch(settings, qtbot)
    try:
        me = officer.ctx.session.display_name
        shown = caught_up(officer, api, case["id"], qtbot)
        own_server.kill()
        qtbot.waitUntil(lambda: officer.ctx.live.status != "online", timeout=WAIT_MS)
        officer.ctx.sync.submit([(shown, "comment", {"note": "交接前：已联系环卫"})])
        qtbot.waitUntil(lambda: officer.ctx.sync.pending_count() == 1, timeout=WAIT_MS)

        # The switch says how many and what becomes of them, before anything happens.
        switch = session_switch_of(officer)
        box = switch.switch_user()
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "1 项" in box.text() and me in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        own_server.start()  # back while the incoming officer signs in
        supervisor = sign_in_as(launcher, switch.dialog, "supervisor", qtbot)

        # Under the supervisor, the item waits: not sent under his name, not his to send.
        supervisor.ctx.sync.replay_now()
        qtbot.waitUntil(lambda: not supervisor.ctx.runner.busy(), timeout=WAIT_MS)
        assert supervisor.ctx.sync.pending_count() == 0
        assert not [h for h in server_case(api, case["id"])["history"] if h["action"] == "comment"]
        path = outbox_path(tmp_path, own_server.url)
        with Outbox(path) as outbox:
            (item,) = outbox.items(case["id"])
        assert (item.owner, item.status, item.attempts) == ("duty_officer", "pending", 0)

        # He signs in again: his window sends it, under his name.
        back = sign_in_as(
            launcher, session_switch_of(supervisor).switch_user(), "duty_officer", qtbot
        )

        def comments() -> list[dict[str, Any]]:
            history = server_case(api, case["id"])["history"]
            return [entry for entry in history if entry["action"] == "comment"]

        qtbot.waitUntil(lambda: bool(comments()), timeout=WAIT_MS)
        (comment,) = comments()
        assert (comment["actor"], comment["actor_role"]) == (me, "duty_officer")
        assert comment["note"] == "交接前：已联系环卫"
        qtbot.waitUntil(lambda: back.ctx.sync.pending_count() == 0, timeout=WAIT_MS)
        with Outbox(path) as outbox:
            assert outbox.get(item.id).status == "done"
        back.close()
    finally:
        launcher.shutdown()


def test_sigterm_quits_while_only_the_sign_in_dialog_is_up(server: LiveServer) -> None:
    """Nothing but the dialog runs Python then: the launcher's timer lets the handler run."""
    console = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console.app",
            "--server",
            server.url,
            "--user",
            "duty_officer",
            "--password",
            "not-the-password",
            "--log-level",
            "info",
        ],  # fmt: skip
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert console.stderr is not None
        for line in console.stderr:  # the kiosk sign-in failed: the dialog is shown
            if "failed" in line and "Unauthorized" in line:
                break
        console.send_signal(signal.SIGTERM)
        assert console.wait(timeout=60) == 0
    finally:
        if console.poll() is None:
            console.kill()
            console.wait()
