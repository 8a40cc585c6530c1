"""Console settings: one pydantic-settings class, overridden by CC_CONSOLE_* variables.

What a workstation keeps between starts (the server's address, the language, the last user,
how many days of ended cases the queue loads) is in an INI file in the user's configuration
folder (`~/.config/cc-console/cc-console.ini` on Linux; `WorkstationConfig`), written by the
settings dialog. The command line wins over the environment, the environment over the file.
Only `cc-console` itself reads the file (console/app.py): a `ConsoleSettings()` built anywhere
else, a test's included, never picks up a workstation's address.
"""

from __future__ import annotations

import configparser
import contextlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = [
    "LANGUAGES",
    "ConfigError",
    "ConsoleSettings",
    "WorkstationConfig",
    "config_path",
    "data_dir",
    "default_log_dir",
    "server_address",
]

APP_DIR = "cc-console"
LANGUAGES = ("zh_CN", "en")


class ConsoleSettings(BaseSettings):
    """Where the console connects and how; window state lives in QSettings instead."""

    model_config = SettingsConfigDict(env_prefix="CC_CONSOLE_", env_file=None, extra="ignore")

    # None starts the embedded server with demo data and the simulator.
    server_url: str | None = None
    username: str | None = None
    password: str | None = Field(default=None, repr=False)
    lang: str = "zh_CN"
    timeout: float = Field(default=10.0, gt=0)
    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_DIR)))
    # Where cc-console.log, cc-server.log and crash.log go; None: the embedded server's
    # output stays in the data folder and nothing else is written (tests, benchmarks).
    log_dir: Path | None = None
    simulator_rate: float = Field(default=6.0, ge=0)
    # Ended cases the queue loads: those of the last days (older ones come when asked for).
    closed_days: float = Field(default=3.0, ge=0, le=366)
    # Wall mode (cc-console --wall; console/wall/options.py names the views).
    wall_views: str = "totals,overdue,supervision,intake,indicators,video"
    wall_layout: str = "rotate"  # rotate | tile
    wall_rotate_seconds: float = Field(default=20.0, ge=5)
    wall_font_scale: float = Field(default=1.0, ge=0.3, le=4)
    wall_screen: int = 0


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
