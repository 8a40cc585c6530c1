"""Console settings: one class, overridden by CC_CONSOLE_* variables.

What a workstation keeps between starts (the server's address, the language, the last user,
how many days of ended cases the queue loads) is in an INI file in the user's configuration
folder (`~/.config/cc-console/cc-console.ini` on Linux; `WorkstationConfig`), written by the
settings dialog. The command line wins over the environment, the environment over the file.
Only `cc-console` itself reads the file (console/app.py): a `ConsoleSettings()` built anywhere
else, a test's included, never picks up a workstation's address.

Plain Python, no pydantic: pydantic-settings cost the console 28 MB of memory for a dozen
values (the server keeps it, console and server share nothing here).
"""

from __future__ import annotations

import configparser
import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

__all__ = [
    "LANGUAGES",
    "ConfigError",
    "ConsoleSettings",
    "SettingsError",
    "WorkstationConfig",
    "config_path",
    "data_dir",
    "default_log_dir",
    "server_address",
]

APP_DIR = "cc-console"
LANGUAGES = ("zh_CN", "en")
ENV_PREFIX = "CC_CONSOLE_"


class SettingsError(ValueError):
    """A setting given (on the command line, by a caller or in CC_CONSOLE_*) is unusable;
    the text names it and what it must be."""


@dataclass(frozen=True)
class _Setting:
    """How one setting is read from its text and checked."""

    default: Callable[[], Any]
    read: Callable[[Any], Any] = str  # from a value given or an environment variable's text
    rule: str = ""  # what a value must be, for the error
    valid: Callable[[Any], bool] = lambda _value: True


def _number(low: float | None = None, high: float | None = None, *, above: bool = False) -> Any:
    def valid(value: float) -> bool:
        if low is not None and (value <= low if above else value < low):
            return False
        return high is None or value <= high

    return valid


def _path(value: Any) -> Path:
    return Path(value)


def _optional_path(value: Any) -> Path | None:
    return None if value is None or value == "" else Path(value)


def _optional(value: Any) -> str | None:
    return None if value is None else str(value)


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR))


_SETTINGS: dict[str, _Setting] = {
    # None starts the embedded server with demo data and the simulator.
    "server_url": _Setting(lambda: None, _optional),
    "username": _Setting(lambda: None, _optional),
    "password": _Setting(lambda: None, _optional),
    "lang": _Setting(lambda: "zh_CN", str, "zh_CN or en", lambda v: v in LANGUAGES),
    "timeout": _Setting(lambda: 10.0, float, "seconds, more than 0", _number(0, above=True)),
    "data_dir": _Setting(_default_data_dir, _path),
    # Where cc-console.log, cc-server.log and crash.log go; None: the embedded server's
    # output stays in the data folder and nothing else is written (tests, benchmarks).
    "log_dir": _Setting(lambda: None, _optional_path),
    "simulator_rate": _Setting(lambda: 6.0, float, "cases a minute, 0 or more", _number(0)),
    # Ended cases the queue loads: those of the last days (older ones come when asked for).
    "closed_days": _Setting(lambda: 3.0, float, "a number of days (0-366)", _number(0, 366)),
    # Wall mode (cc-console --wall; console/wall/options.py names the views).
    "wall_views": _Setting(lambda: "totals,overdue,supervision,intake,indicators,video"),
    "wall_layout": _Setting(lambda: "rotate"),  # rotate | tile (checked by the wall's options)
    "wall_rotate_seconds": _Setting(lambda: 20.0, float, "seconds, 5 or more", _number(5)),
    "wall_font_scale": _Setting(lambda: 1.0, float, "a factor from 0.3 to 4", _number(0.3, 4)),
    "wall_screen": _Setting(lambda: 0, int, "a screen number"),
}


class ConsoleSettings:
    """Where the console connects and how; window state lives in QSettings instead.

    Each setting not given is read from its CC_CONSOLE_<NAME> variable when that is set (and
    not empty), else it has its default; every value is checked (SettingsError names the one
    that is unusable and where it came from). The launcher fills in what the officer types.
    """

    server_url: str | None
    username: str | None
    password: str | None
    lang: str
    timeout: float
    data_dir: Path
    log_dir: Path | None
    simulator_rate: float
    closed_days: float
    wall_views: str
    wall_layout: str
    wall_rotate_seconds: float
    wall_font_scale: float
    wall_screen: int

    def __init__(self, **values: Any) -> None:
        unknown = sorted(set(values) - set(_SETTINGS))
        if unknown:
            raise TypeError(f"unknown console settings: {', '.join(unknown)}")
        for name, setting in _SETTINGS.items():
            variable = ENV_PREFIX + name.upper()
            if name in values:
                given, origin = values[name], name
            elif os.environ.get(variable):
                given, origin = os.environ[variable], variable
            else:
                setattr(self, name, setting.default())
                continue
            setattr(self, name, _checked(setting, given, origin))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in _SETTINGS if name != "password"
        )
        return f"ConsoleSettings({shown})"


def _checked(setting: _Setting, given: Any, origin: str) -> Any:
    rule = setting.rule or "a text"
    try:
        value = setting.read(given)
    except (TypeError, ValueError):
        raise SettingsError(f"{origin} = {given!r}: {rule}") from None
    if value is not None and not setting.valid(value):
        raise SettingsError(f"{origin} = {given!r}: {rule}")
    return value


def data_dir(settings: ConsoleSettings) -> Path:
    """The settings' data directory, created if missing."""
    path = Path(settings.data_dir).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_path() -> Path:
    """The workstation's configuration file (XDG_CONFIG_HOME is honoured)."""
    return platformdirs.user_config_path(APP_DIR) / "cc-console.ini"


def default_log_dir() -> Path:
    """The user's log folder for the console (XDG_STATE_HOME/cc-console/log on Linux)."""
    return platformdirs.user_log_path(APP_DIR)


class ConfigError(ValueError):
    """The configuration file cannot be read as it stands; the text names the file."""


def server_address(text: str) -> str:
    """A cc-server address as typed (`http://host:8700`), checked and without a trailing /.

    Raises ValueError with a sentence an officer can act on.
    """
    text = text.strip()
    if "://" not in text and text:
        text = "http://" + text  # a bare host:port is what people type
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises on a port that is no number or out of range
    except ValueError:
        raise ValueError(f"{text!r} is not a server address") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{text!r} is not a server address (http://host:port)")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError(f"{text!r}: give the server's address only, without a path")
    return text.rstrip("/")


@dataclass(frozen=True)
class WorkstationConfig:
    """The file's contents; None or "" where the file says nothing."""

    server_url: str | None = None
    lang: str | None = None
    closed_days: float | None = None
    username: str | None = None  # the last user who signed in here

    @classmethod
    def load(cls, path: Path) -> WorkstationConfig:
        """The file's settings; an empty config when there is no file.

        Raises ConfigError for a file that exists but cannot be used: the console must not
        guess (a lost address would silently become the demo).
        """
        parser = configparser.ConfigParser(interpolation=None)
        try:
            with open(path, encoding="utf-8") as file:
                parser.read_file(file)
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError, configparser.Error) as exc:
            raise ConfigError(f"{path}: {_first_line(exc)}") from exc
        server = parser["server"] if parser.has_section("server") else {}
        console = parser["console"] if parser.has_section("console") else {}
        try:
            url = server.get("url", "").strip()
            config = cls(
                server_url=server_address(url) if url else None,
                lang=_language(console.get("lang", "").strip() or None),
                closed_days=_days(console.get("closed_days", "").strip() or None),
                username=console.get("username", "").strip() or None,
            )
        except ValueError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        return config

    def save(self, path: Path) -> None:
        """Write the file whole (a temp file renamed over it: never half a file)."""
        parser = configparser.ConfigParser(interpolation=None)
        parser["server"] = {"url": self.server_url or ""}
        parser["console"] = {
            "lang": self.lang or "",
            "closed_days": "" if self.closed_days is None else f"{self.closed_days:g}",
            "username": self.username or "",
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(path.name + ".tmp")
        with open(temp, "w", encoding="utf-8") as file:
            file.write(
                "# cc-console: this workstation's settings (the console's Settings dialog).\n"
                "# [server] url: the district's cc-server, e.g. http://10.1.2.3:8700;\n"
                "# empty: the console runs its own demo server with demo data.\n"
            )
            parser.write(file)
            file.flush()
            with contextlib.suppress(OSError):
                os.fsync(file.fileno())
        temp.replace(path)

    def with_values(self, **values: object) -> WorkstationConfig:
        """A copy with some values changed."""
        return replace(self, **values)  # type: ignore[arg-type]


def _language(value: str | None) -> str | None:
    if value is not None and value not in LANGUAGES:
        raise ValueError(f"lang = {value!r}: use zh_CN or en")
    return value


def _days(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        days = float(value)
    except ValueError:
        raise ValueError(f"closed_days = {value!r}: a number of days (0-366)") from None
    if not 0 <= days <= 366:
        raise ValueError(f"closed_days = {value!r}: a number of days (0-366)")
    return days


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
