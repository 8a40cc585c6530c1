"""The console's settings: every value checked where it comes from, and no pydantic in the
console's process (it cost 28 MB of memory there)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from console.app import CONFIG_INVALID, main
from console.config import ConsoleSettings, SettingsError

ROOT = Path(__file__).resolve().parents[2]


def test_values_given_are_read_and_checked() -> None:
    settings = ConsoleSettings(data_dir="/tmp/cc-x", closed_days=7, timeout="2.5")
    assert settings.data_dir == Path("/tmp/cc-x")
    assert (settings.closed_days, settings.timeout) == (7.0, 2.5)
    with pytest.raises(SettingsError, match=r"closed_days = 500: a number of days \(0-366\)"):
        ConsoleSettings(closed_days=500)
    with pytest.raises(SettingsError, match="lang = 'fr': zh_CN or en"):
        ConsoleSettings(lang="fr")
    with pytest.raises(TypeError, match="unknown console settings: colour"):
        ConsoleSettings(colour="red")


def test_the_environment_fills_what_is_not_given_and_names_the_variable_it_refuses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CC_CONSOLE_CLOSED_DAYS", "14")
    monkeypatch.setenv("CC_CONSOLE_LOG_DIR", "")  # empty: as if not set
    assert ConsoleSettings().closed_days == 14.0
    assert ConsoleSettings().log_dir is None
    assert ConsoleSettings(closed_days=1).closed_days == 1.0  # given wins
    monkeypatch.setenv("CC_CONSOLE_TIMEOUT", "soon")
    with pytest.raises(SettingsError, match="CC_CONSOLE_TIMEOUT = 'soon': seconds, more than 0"):
        ConsoleSettings()


def test_the_password_is_not_in_the_settings_text() -> None:
    assert "s3cret" not in repr(ConsoleSettings(password="s3cret", username="duty_officer"))


def test_cc_console_refuses_an_unusable_setting_with_status_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert main(["--closed-days", "-3", "--user", "x"]) == CONFIG_INVALID
    assert "closed_days = -3.0: a number of days (0-366)" in capsys.readouterr().err


def test_the_console_imports_no_pydantic() -> None:
    """The window's modules and the settings, in a fresh interpreter."""
    code = (
        "import sys\n"
        "import console.app, console.shell.main_window, console.wall.launcher\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'pydantic_settings', 'fastapi', 'sqlalchemy', 'server')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
