"""What the server answers about drills: scenarios, runs, scores and the after-action report."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas.case_out import Answer

RunStatus = Literal["running", "paused", "stopped"]


class ScenarioErrorOut(Answer):
    """One error in a scenario file: its line (1-based), the field's path, what is wrong."""

    line: int | None
    path: str
    message: str


class ScenarioListItemOut(Answer):
    """A scenario file: runnable (title, size) or not (its errors)."""

    id: str
    file: str
    valid: bool
    errors: list[ScenarioErrorOut]
    title: str | None = None
    injects: int | None = None
    duration_min: float | None = None
    start_at: AwareDatetime | None = None


class ScenarioListOut(Answer):
    """The scenario files under resources/scenarios/."""

    scenarios: list[ScenarioListItemOut]


class TimelineItemOut(Answer):
    """An inject of a dry run: when it arrives and what it expects."""

    inject: str
    at_min: float
    at: AwareDatetime
    kind: str
    channel: str | None
    title: str
    duplicate_of: str | None
    expect_department: str | None
    expect_state: str
    script: list[str]


class ScenarioCheckOut(Answer):
    """A scenario checked: its errors with their lines, or its dry-run timeline."""

    valid: bool
    errors: list[ScenarioErrorOut]
    scenario: dict[str, object] | None = Field(description="the scenario as read (valid only)")
    timeline: list[TimelineItemOut]


class ClockOut(Answer):
    """A run's drill clock: its speed, first instant and now (drill time)."""

    speed: float
    start: AwareDatetime | None
    now: AwareDatetime = Field(description="the drill clock now")
    elapsed_min: float = Field(description="drill minutes since the start")
    real_now: AwareDatetime = Field(description="the server's real clock when answered")
    duration_min: float | None


class RunSummaryOut(Answer):
    """A run without its injects."""

    id: int
    name: str
    scenario_id: str
    status: RunStatus
    created_by: str
    created_at: AwareDatetime
    ended_at: AwareDatetime | None
    trainees: list[str]
    previous_run_id: int | None
    clock: ClockOut


class RunListOut(Answer):
    """Runs, newest first."""

    runs: list[RunSummaryOut]


class RunInjectOut(Answer):
    """An inject of a run: pending, or done with the drill case it became."""

    inject: str
    at_min: float
    status: Literal["pending", "done"]
    case_id: int | None
    case_ref: str | None
    fired_at: AwareDatetime | None = Field(description="drill time")
    state: str | None
    expected_state: str
    script_step: int = Field(description="the scripted department's next step (0-based)")


class ScoreRowOut(Answer):
    """One trainee's figures in a run."""

    trainee: str
    injects: int
    points: int
    max_points: int
    mean_register_min: float | None
    mean_dispatch_min: float | None
    right_department_first: int
    wrong_department_first: int
    duplicates_merged: int
    duplicates_dispatched: int
    sla_kept: int
    escalations: int
    escalations_handled: int
    keystrokes: int | None
    clicks: int | None


class RunOut(RunSummaryOut):
    """A run's state: clock, injects done and pending, scoreboard."""

    injects: list[RunInjectOut]
    scoreboard: list[ScoreRowOut]


class ScoreboardOut(Answer):
    """The live scoreboard of a run."""

    run_id: int
    status: RunStatus
    clock: ClockOut
    scoreboard: list[ScoreRowOut]


class FindingOut(Answer):
    """Something that went wrong: a stable code and the report's words."""

    code: str
    text: str


class InjectScoreOut(Answer):
    """How one inject was handled, against its targets."""

    inject: str
    kind: str
    case_id: int | None
    case_ref: str | None
    state: str | None
    expected_state: str
    reached_expected_state: bool
    trainee: str | None
    register_target_min: float
    dispatch_target_min: float
    registered_after_min: float | None
    dispatched_after_min: float | None
    register_on_time: bool
    dispatch_on_time: bool | None
    first_department: str | None
    expected_department: str | None
    right_department: bool | None
    duplicate: bool
    merged: bool | None
    dispatched_twice: bool | None
    sla_kept: bool
    escalations: int
    escalations_handled: int
    keystrokes: int | None
    clicks: int | None
    points: int
    max_points: int
    findings: list[FindingOut]


class ReportTimelineOut(Answer):
    """An inject's arrival or an action on a drill case, in drill time."""

    at: AwareDatetime
    minute: float | None = Field(description="drill minutes since the run's start")
    type: Literal["inject", "action"]
    inject: str
    case_id: int | None = None
    case_ref: str | None = None
    action: str | None = None
    actor: str | None = None
    role: str | None = None
    from_state: str | None = None
    to_state: str | None = None
    note: str | None = None


class ReportScenarioOut(Answer):
    """The scenario a report is of."""

    id: str
    title: str
    description: str


class ReportTotalsOut(Answer):
    """The run's points and how many things went wrong."""

    points: int
    max_points: int
    findings: int


class ReportOut(RunSummaryOut):
    """The after-action report of a run."""

    scenario: ReportScenarioOut
    injects: list[InjectScoreOut]
    scoreboard: list[ScoreRowOut]
    totals: ReportTotalsOut
    timeline: list[ReportTimelineOut]
