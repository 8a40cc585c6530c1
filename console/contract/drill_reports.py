"""A drill run's after-action report as the console reads it
(`GET /api/v1/drills/runs/{id}/report`, docs/api-drills.md): every inject's score against
its targets and what went wrong, the scoreboard, the totals and the timeline in drill time.
No Qt, nothing of ours."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.contract.drill_fields import bool_of, float_of, int_of, list_of, moment_of, text_of
from console.contract.drills import RunSummary, ScoreRow


@dataclass(frozen=True, slots=True)
class Finding:
    """Something that went wrong with an inject: a stable code and the server's words."""

    code: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class InjectScore:
    """How one inject was handled, against its targets (a report's `injects` entry)."""

    inject: str
    kind: str = ""
    case_ref: str | None = None
    state: str | None = None
    expected_state: str = ""
    reached_expected_state: bool = False
    trainee: str | None = None
    register_target_min: float | None = None
    dispatch_target_min: float | None = None
    registered_after_min: float | None = None
    dispatched_after_min: float | None = None
    first_department: str | None = None
    expected_department: str | None = None
    right_department: bool | None = None
    duplicate: bool = False
    merged: bool | None = None
    sla_kept: bool = True
    escalations: int = 0
    escalations_handled: int = 0
    keystrokes: int | None = None
    clicks: int | None = None
    points: int = 0
    max_points: int = 0
    findings: tuple[Finding, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> InjectScore:
        """A report's inject."""
        return cls(
            inject=text_of(data.get("inject")),
            kind=text_of(data.get("kind")),
            case_ref=text_of(data.get("case_ref")) or None,
            state=text_of(data.get("state")) or None,
            expected_state=text_of(data.get("expected_state")),
            reached_expected_state=bool(data.get("reached_expected_state")),
            trainee=text_of(data.get("trainee")) or None,
            register_target_min=float_of(data.get("register_target_min")),
            dispatch_target_min=float_of(data.get("dispatch_target_min")),
            registered_after_min=float_of(data.get("registered_after_min")),
            dispatched_after_min=float_of(data.get("dispatched_after_min")),
            first_department=text_of(data.get("first_department")) or None,
            expected_department=text_of(data.get("expected_department")) or None,
            right_department=bool_of(data.get("right_department")),
            duplicate=bool(data.get("duplicate")),
            merged=bool_of(data.get("merged")),
            sla_kept=data.get("sla_kept") is not False,
            escalations=int_of(data.get("escalations")) or 0,
            escalations_handled=int_of(data.get("escalations_handled")) or 0,
            keystrokes=int_of(data.get("keystrokes")),
            clicks=int_of(data.get("clicks")),
            points=int_of(data.get("points")) or 0,
            max_points=int_of(data.get("max_points")) or 0,
            findings=tuple(
                Finding(text_of(f.get("code")), text_of(f.get("text")))
                for f in list_of(data.get("findings"))
                if isinstance(f, Mapping)
            ),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineEntry:
    """An inject's arrival or an action on a drill case, in drill time."""

    at: datetime | None = None
    minute: float | None = None
    type: str = "action"
    inject: str = ""
    case_ref: str | None = None
    action: str | None = None
    actor: str | None = None
    from_state: str | None = None
    to_state: str | None = None
    note: str | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TimelineEntry:
        """A report's `timeline` entry."""
        return cls(
            at=moment_of(data.get("at")),
            minute=float_of(data.get("minute")),
            type=text_of(data.get("type")) or "action",
            inject=text_of(data.get("inject")),
            case_ref=text_of(data.get("case_ref")) or None,
            action=text_of(data.get("action")) or None,
            actor=text_of(data.get("actor")) or None,
            from_state=text_of(data.get("from_state")) or None,
            to_state=text_of(data.get("to_state")) or None,
            note=text_of(data.get("note")) or None,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Report(RunSummary):
    """The after-action report of a run (`GET /runs/{id}/report`)."""

    scenario_title: str = ""
    scenario_description: str = ""
    injects: tuple[InjectScore, ...] = ()
    scoreboard: tuple[ScoreRow, ...] = ()
    points: int = 0
    max_points: int = 0
    findings: int = 0
    timeline: tuple[TimelineEntry, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any], received: float = 0.0) -> Report:
        """The report's JSON."""
        scenario = data.get("scenario")
        scenario = scenario if isinstance(scenario, Mapping) else {}
        totals = data.get("totals")
        totals = totals if isinstance(totals, Mapping) else {}
        return cls(
            **cls.fields_of(data, received),
            scenario_title=text_of(scenario.get("title")),
            scenario_description=text_of(scenario.get("description")),
            injects=tuple(InjectScore.from_json(i) for i in list_of(data.get("injects"))),
            scoreboard=tuple(ScoreRow.from_json(s) for s in list_of(data.get("scoreboard"))),
            points=int_of(totals.get("points")) or 0,
            max_points=int_of(totals.get("max_points")) or 0,
            findings=int_of(totals.get("findings")) or 0,
            timeline=tuple(TimelineEntry.from_json(t) for t in list_of(data.get("timeline"))),
        )
