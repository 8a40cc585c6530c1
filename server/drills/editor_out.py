"""What the server answers the scenario editor (docs/api-drills.md, "Scenarios"): the check
with its dry run by minute, a scenario's text, a trainer's saved scenario.

Declared beside the drills rather than in `server/schemas/drill_out.py`, whose models the
run routes share; the answers are checked against these in OpenAPI like the others.
"""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas.case_out import Answer
from server.schemas.drill_out import ScenarioErrorOut, ScenarioListItemOut

DryRunKind = Literal["inject", "dispatch_due", "step"]


class DryRunRowOut(Answer):
    """One row of a dry run: an inject arriving, its dispatch falling due, or a scripted
    department's step, at its drill minute."""

    at_min: float = Field(description="drill minutes after the start")
    at: AwareDatetime = Field(description="the drill instant, from the scenario's start_at")
    kind: DryRunKind
    inject: str
    inject_kind: str
    channel: str | None
    title: str
    department: str | None = Field(description="the expected department")
    expect_state: str
    duplicate_of: str | None
    action: str | None = Field(description="a step's action (sign, return, resolve, …)")
    note: str
    photo: str | None = Field(description="the photo a step attaches (scenarios/photos/)")
    extension_minutes: int | None
    assumed_dispatch_min: float | None = Field(
        description="a step's rows assume the trainee dispatches at the dispatch target"
    )


class ScenarioValidateOut(Answer):
    """A scenario checked for the editor: its errors with their lines, or its dry run."""

    valid: bool
    errors: list[ScenarioErrorOut]
    id: str | None = Field(description="the scenario's id (valid only)")
    title: str | None
    start_at: AwareDatetime | None
    duration_min: float | None
    timeline: list[DryRunRowOut]
    photos: list[str] = Field(description="the photo names a step may attach")


class ScenarioTextOut(Answer):
    """A scenario file as written, for the editor to open."""

    id: str
    file: str
    source: Literal["district", "trainer"]
    text: str


class ScenarioSavedOut(Answer):
    """A trainer's scenario as saved under the server's data folder."""

    scenario: ScenarioListItemOut
    source: Literal["trainer"]
