"""What trainers send to run drills (docs/api-drills.md)."""

from __future__ import annotations

from pydantic import AwareDatetime, Field

from server.schemas.case import Strict

MAX_SCENARIO_CHARS = 500_000


class ScenarioText(Strict):
    """A scenario as written in the console's editor (YAML or JSON), to check."""

    text: str = Field(min_length=1, max_length=MAX_SCENARIO_CHARS)


class RunStart(Strict):
    """Start a run: of a scenario file (`scenario`) or of a scenario sent along (`text`)."""

    scenario: str | None = Field(default=None, max_length=80, description="scenario id")
    text: str | None = Field(
        default=None, max_length=MAX_SCENARIO_CHARS, description="or: the scenario itself"
    )
    trainees: list[str] = Field(min_length=1, max_length=50, description="usernames")
    speed: float = Field(default=1.0, description="1, 2 or 5")
    start_at: AwareDatetime | None = Field(
        default=None, description="the drill clock's first instant (default: the scenario's)"
    )


class RunSpeed(Strict):
    """Change the drill clock's speed."""

    speed: float = Field(description="1, 2 or 5")


class InputStats(Strict):
    """Keystrokes and clicks a trainee's console counted while handling one inject."""

    trainee: str = Field(min_length=1, max_length=80)
    inject: str = Field(min_length=1, max_length=60)
    keystrokes: int = Field(ge=0, le=1_000_000)
    clicks: int = Field(ge=0, le=1_000_000)
