"""`cc-console` without --server: a local cc-server child, kiosk sign-in, stopped on exit."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from console.config import ConsoleSettings
from console.shell.launcher import Launcher
from tests.console.conftest import WAIT_MS


def test_embedded_server_kiosk_sign_in_and_child_death(
    tmp_path: Path, qtbot: Any, zh_cn: Any
) -> None:
    settings = ConsoleSettings(
        server_url=None,
        username="duty_officer",
        password="demo",
        data_dir=tmp_path / "data",
        simulator_rate=0,
    )
    launcher = Launcher(settings)
    try:
        with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS * 2) as opened:
            launcher.start()
        window = opened.args[0]
        qtbot.addWidget(window)
        assert launcher.embedded is not None and launcher.embedded.running()
        assert (tmp_path / "data" / "cc-server.db").exists()
        assert launcher.dialog is not None and not launcher.dialog.isVisible()  # kiosk
        qtbot.waitUntil(lambda: window.ctx.model.total() > 0, timeout=WAIT_MS)
        # A child that dies is reported in the window, not hidden.
        assert launcher.embedded.pid is not None
        os.kill(launcher.embedded.pid, signal.SIGKILL)
        qtbot.waitUntil(window.error_banner.isVisible, timeout=WAIT_MS)
        assert "本地服务器已停止" in window.error_banner.text()
        window.close()
    finally:
        launcher.shutdown()
    assert launcher.embedded.exit_code() is not None


def test_closing_the_console_stops_its_child(tmp_path: Path, qtbot: Any, zh_cn: Any) -> None:
    settings = ConsoleSettings(
        username="duty_officer", password="demo", data_dir=tmp_path / "data", simulator_rate=0
    )
    launcher = Launcher(settings)
    with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS * 2) as opened:
        launcher.start()
    window = opened.args[0]
    qtbot.addWidget(window)
    embedded = launcher.embedded
    assert embedded is not None and embedded.running()
    window.close()
    launcher.shutdown()
    assert not embedded.running()


def test_server_option_connects_to_a_central_server(server: Any, qtbot: Any, zh_cn: Any) -> None:
    from console.app_options import parse_args, settings_from

    args = parse_args(["--server", server.url, "--user", "supervisor", "--password", "demo"])
    launcher = Launcher(settings_from(args))
    with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS) as opened:
        launcher.start()
    window = opened.args[0]
    qtbot.addWidget(window)
    assert launcher.embedded is None
    assert window.ctx.server_url == server.url
    assert "值班长" in window.status.user.text()
    assert window.registry.get("case_approve_extension") is not None
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    window.close()
    launcher.shutdown()


def test_the_alert_sound_is_harmless_without_an_audio_device(qapp: Any) -> None:
    from console import i18n
    from console.controllers.alert_sound import AlertSound

    sound = AlertSound(i18n.ALERT_WAV)
    sound.play()
    sound.play()
    assert sound.played >= 1
    sound.muted = True
    before = sound.played
    sound.play()
    assert sound.played == before
    assert i18n.ALERT_WAV.stat().st_size > 1000
