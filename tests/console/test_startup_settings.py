"""What a workstation keeps: the address in a configuration file, the settings dialog from
the sign-in dialog, and a configured address that is never silently replaced by the demo."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from console.app_options import parse_args, settings_from
from console.config import ConfigError, WorkstationConfig, server_address
from console.shell.launcher import Launcher
from tests.console.conftest import WAIT_MS


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def no_console_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SERVER_URL", "LANG", "CLOSED_DAYS", "USERNAME", "PASSWORD"):
        monkeypatch.delenv(f"CC_CONSOLE_{name}", raising=False)


def test_the_file_then_the_environment_then_the_command_line(
    monkeypatch: pytest.MonkeyPatch, no_console_env: None
) -> None:
    saved = WorkstationConfig(server_url="http://10.1.2.3:8700", lang="en", closed_days=7)
    settings = settings_from(parse_args([]), saved)
    assert (settings.server_url, settings.lang, settings.closed_days) == (
        "http://10.1.2.3:8700",
        "en",
        7,
    )
    monkeypatch.setenv("CC_CONSOLE_SERVER_URL", "http://10.9.9.9:8700")
    assert settings_from(parse_args([]), saved).server_url == "http://10.9.9.9:8700"
    given = parse_args(["--server", "http://cc.local:8700", "--lang", "zh_CN"])
    assert settings_from(given, saved).server_url == "http://cc.local:8700"
    assert settings_from(given, saved).lang == "zh_CN"
    # --demo: the demo whatever the address given elsewhere.
    assert settings_from(parse_args(["--demo"]), saved).server_url is None
    with pytest.raises(SystemExit):
        parse_args(["--demo", "--server", "http://cc.local:8700"])


def test_the_file_round_trip_and_what_it_refuses(tmp_path: Path) -> None:
    path = tmp_path / "cc" / "cc-console.ini"
    assert WorkstationConfig.load(path) == WorkstationConfig()  # no file: nothing configured
    config = WorkstationConfig(server_url="http://10.1.2.3:8700", lang="en", closed_days=3.5)
    config.save(path)
    assert WorkstationConfig.load(path) == config
    assert "url = http://10.1.2.3:8700" in path.read_text(encoding="utf-8")
    for text, why in (
        ("[server]\nurl = ftp://x\n", "not a server address"),
        ("[console]\nlang = fr\n", "use zh_CN or en"),
        ("[console]\nclosed_days = many\n", "closed_days"),
        ("url = http://x\n", "no section headers"),
    ):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError, match=why) as caught:
            WorkstationConfig.load(path)
        assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("typed", "address"),
    [
        ("http://10.1.2.3:8700/", "http://10.1.2.3:8700"),
        ("10.1.2.3:8700", "http://10.1.2.3:8700"),
        (" https://cc.district.gov.cn ", "https://cc.district.gov.cn"),
    ],
)
def test_server_addresses_as_people_type_them(typed: str, address: str) -> None:
    assert server_address(typed) == address


@pytest.mark.parametrize("typed", ["ftp://x", "http://", "http://h:99999", "http://h/api/v1"])
def test_what_is_no_server_address(typed: str) -> None:
    with pytest.raises(ValueError):
        server_address(typed)


def test_a_configured_server_that_does_not_answer_is_said_and_not_replaced_by_the_demo(
    tmp_path: Path, server: Any, qtbot: Any, zh_cn: Any
) -> None:
    config_file = tmp_path / "config" / "cc-console.ini"
    dead = f"http://127.0.0.1:{_closed_port()}"
    config = WorkstationConfig(server_url=dead)
    config.save(config_file)
    args = parse_args(["--data-dir", str(tmp_path / "data")])
    settings = settings_from(args, WorkstationConfig.load(config_file))
    launcher = Launcher(settings, config=config, config_file=config_file)
    try:
        launcher.start()
        dialog = launcher.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.server_note.isVisible, timeout=WAIT_MS)
        assert "没有响应" in dialog.server_note.text()
        assert "不会自行改用演示数据" in dialog.server_note.text()
        assert dialog.server.text() == dead
        assert launcher.embedded is None and not (tmp_path / "data" / "cc-server.db").exists()
        assert not dialog.demo_user.isVisible()

        # Settings… from the sign-in dialog: a wrong address is refused, a right one saved
        # and used at once.
        assert dialog.settings_button.isVisible()
        dialog.settings_button.click()
        settings_dialog = launcher.settings_dialog
        assert settings_dialog is not None and settings_dialog.isVisible()
        assert settings_dialog.address.text() == dead
        settings_dialog.address.setText("http://cc.local:port")
        settings_dialog.save()
        assert settings_dialog.error.isVisible() and "不是有效的服务器地址" in (
            settings_dialog.error.text()
        )
        assert WorkstationConfig.load(config_file).server_url == dead  # nothing written
        settings_dialog.address.setText(server.url + "/")
        with qtbot.waitSignal(settings_dialog.saved, timeout=WAIT_MS):
            settings_dialog.save()
        assert WorkstationConfig.load(config_file).server_url == server.url
        assert launcher.dialog is not dialog and launcher.dialog is not None
        assert launcher.dialog.server.text() == server.url
        qtbot.waitUntil(launcher.dialog.demo_user.isVisible, timeout=WAIT_MS)  # a demo server
        assert launcher.embedded is None
    finally:
        launcher.shutdown()


def test_no_settings_button_without_a_configuration_file(
    server: Any, qtbot: Any, zh_cn: Any
) -> None:
    launcher = Launcher(settings_from(parse_args(["--server", server.url])))
    try:
        launcher.start()
        assert launcher.dialog is not None
        assert not launcher.dialog.settings_button.isVisible()
    finally:
        launcher.shutdown()
