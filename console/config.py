"""Console settings: one pydantic-settings class, overridden by CC_CONSOLE_* variables."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["ConsoleSettings", "data_dir"]


class ConsoleSettings(BaseSettings):
    """Where the console connects and how; window state lives in QSettings instead."""

    model_config = SettingsConfigDict(env_prefix="CC_CONSOLE_", env_file=None, extra="ignore")

    # None starts the embedded server with demo data and the simulator.
    server_url: str | None = None
    username: str | None = None
    password: str | None = Field(default=None, repr=False)
    lang: str = "zh_CN"
    timeout: float = Field(default=10.0, gt=0)
    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("cc-console")))
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
