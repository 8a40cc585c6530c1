"""Drills as the console reads them (`/api/v1/drills`, docs/api-drills.md): scenarios, runs
with their drill clock, injects and scoreboard, and the after-action report.

One frozen object per answer, read leniently as `Case` is: a field a server does not send
gets an empty value, so a pane shows what there is. The drill clock is worked out here
(`DrillClock.now_at`) from what the server said and when it was received, so the panes
can tick it every second without asking again. No Qt, nothing of ours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

SPEEDS = (1, 2, 5)  # what the server's drill clock runs at
STATUSES = ("running", "paused", "stopped")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


@dataclass(frozen=True, slots=True)
class ScenarioError:
    """One error of a scenario file: its line (1-based, if known), field path, message."""

    line: int | None
    path: str
    message: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScenarioError:
        """An `errors` entry."""
        return cls(_int(data.get("line")), _text(data.get("path")), _text(data.get("message")))

    def __str__(self) -> str:
        where = f"{self.line}: " if self.line is not None else ""
        path = f"{self.path}: " if self.path else ""
        return f"{where}{path}{self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScenarioInfo:
    """A scenario file of `GET /scenarios`: runnable, or with its errors."""

    id: str
    file: str = ""
    valid: bool = False
    errors: tuple[ScenarioError, ...] = ()
    title: str = ""
    injects: int = 0
    duration_min: float | None = None
    start_at: datetime | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScenarioInfo:
        """A `scenarios` entry."""
        return cls(
            id=_text(data.get("id")),
            file=_text(data.get("file")),
            valid=bool(data.get("valid")),
            errors=tuple(ScenarioError.from_json(e) for e in _list(data.get("errors"))),
            title=_text(data.get("title")),
            injects=_int(data.get("injects")) or 0,
            duration_min=_float(data.get("duration_min")),
            start_at=_moment(data.get("start_at")),
        )


def scenarios_from_json(data: Mapping[str, Any]) -> tuple[ScenarioInfo, ...]:
    """The scenario list of `GET /scenarios`."""
    return tuple(ScenarioInfo.from_json(s) for s in _list(data.get("scenarios")))


@dataclass(frozen=True, slots=True, kw_only=True)
class DrillClock:
    """A run's drill clock as the server answered it, and when the console received it."""

    speed: float = 1.0
    start: datetime | None = None
    now: datetime | None = None  # drill time when answered
    elapsed_min: float = 0.0
    real_now: datetime | None = None  # the server's real clock when answered
    duration_min: float | None = None
    received: float = 0.0  # the console's time.time() when the answer arrived

    @classmethod
    def from_json(cls, data: Any, received: float) -> DrillClock:
        """The `clock` of a run, received at `received` (seconds since the epoch)."""
        data = data if isinstance(data, Mapping) else {}
        return cls(
            speed=_float(data.get("speed")) or 1.0,
            start=_moment(data.get("start")),
            now=_moment(data.get("now")),
            elapsed_min=_float(data.get("elapsed_min")) or 0.0,
            real_now=_moment(data.get("real_now")),
            duration_min=_float(data.get("duration_min")),
            received=received,
        )

    def now_at(self, local: float, running: bool) -> datetime | None:
        """Drill time at the console's `local` time: the answer's, moved on at the clock's
        speed while the run is running (docs/api-drills.md, "The drill clock")."""
        if self.now is None:
            return None
        if not running:
            return self.now
        return self.now + timedelta(seconds=max(0.0, local - self.received) * self.speed)

    def elapsed_at(self, local: float, running: bool) -> float:
        """Drill minutes since the start at the console's `local` time."""
        if not running:
            return self.elapsed_min
        return self.elapsed_min + max(0.0, local - self.received) * self.speed / 60


@dataclass(frozen=True, slots=True, kw_only=True)
class RunInject:
    """An inject of a run: pending, or done with the drill case it became."""

    inject: str
    at_min: float = 0.0
    status: str = "pending"
    case_id: int | None = None
    case_ref: str | None = None
    fired_at: datetime | None = None
    state: str | None = None
    expected_state: str = ""
    script_step: int = 0

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RunInject:
        """An `injects` entry of a run."""
        return cls(
            inject=_text(data.get("inject")),
            at_min=_float(data.get("at_min")) or 0.0,
            status=_text(data.get("status")) or "pending",
            case_id=_int(data.get("case_id")),
            case_ref=_text(data.get("case_ref")) or None,
            fired_at=_moment(data.get("fired_at")),
            state=_text(data.get("state")) or None,
            expected_state=_text(data.get("expected_state")),
            script_step=_int(data.get("script_step")) or 0,
        )

    @property
    def fired(self) -> bool:
        """Whether the inject has arrived (its case exists)."""
        return self.status == "done"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreRow:
    """One trainee's figures in a run (the scoreboard's row)."""

    trainee: str
    injects: int = 0
    points: int = 0
    max_points: int = 0
    mean_register_min: float | None = None
    mean_dispatch_min: float | None = None
    right_department_first: int = 0
    wrong_department_first: int = 0
    duplicates_merged: int = 0
    duplicates_dispatched: int = 0
    sla_kept: int = 0
    escalations: int = 0
    escalations_handled: int = 0
    keystrokes: int | None = None
    clicks: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScoreRow:
        """A `scoreboard` entry."""
        return cls(
            trainee=_text(data.get("trainee")),
            injects=_int(data.get("injects")) or 0,
            points=_int(data.get("points")) or 0,
            max_points=_int(data.get("max_points")) or 0,
            mean_register_min=_float(data.get("mean_register_min")),
            mean_dispatch_min=_float(data.get("mean_dispatch_min")),
            right_department_first=_int(data.get("right_department_first")) or 0,
            wrong_department_first=_int(data.get("wrong_department_first")) or 0,
            duplicates_merged=_int(data.get("duplicates_merged")) or 0,
            duplicates_dispatched=_int(data.get("duplicates_dispatched")) or 0,
            sla_kept=_int(data.get("sla_kept")) or 0,
            escalations=_int(data.get("escalations")) or 0,
            escalations_handled=_int(data.get("escalations_handled")) or 0,
            keystrokes=_int(data.get("keystrokes")),
            clicks=_int(data.get("clicks")),
        )

    @property
    def percent(self) -> float | None:
        """Points as a share of the points possible so far (None before any)."""
        return 100.0 * self.points / self.max_points if self.max_points else None


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSummary:
    """A run without its injects (the list of runs); `Run` adds them."""

    id: int
    name: str = ""
    scenario_id: str = ""
    status: str = "stopped"
    created_by: str = ""
    created_at: datetime | None = None
    ended_at: datetime | None = None
    trainees: tuple[str, ...] = ()
    previous_run_id: int | None = None
    clock: DrillClock = DrillClock()

    @staticmethod
    def fields_of(data: Mapping[str, Any], received: float) -> dict[str, Any]:
        """The summary's fields of a run's JSON (for this class and its subclasses)."""
        return {
            "id": _int(data.get("id")) or 0,
            "name": _text(data.get("name")),
            "scenario_id": _text(data.get("scenario_id")),
            "status": _text(data.get("status")) or "stopped",
            "created_by": _text(data.get("created_by")),
            "created_at": _moment(data.get("created_at")),
            "ended_at": _moment(data.get("ended_at")),
            "trainees": tuple(str(t) for t in _list(data.get("trainees"))),
            "previous_run_id": _int(data.get("previous_run_id")),
            "clock": DrillClock.from_json(data.get("clock"), received),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], received: float = 0.0) -> RunSummary:
        """A run of `GET /runs`."""
        return cls(**cls.fields_of(data, received))

    @property
    def running(self) -> bool:
        """Whether its clock runs now."""
        return self.status == "running"

    @property
    def live(self) -> bool:
        """Running or paused: not ended."""
        return self.status in ("running", "paused")

    def drill_now(self, local: float) -> datetime | None:
        """Drill time at the console's `local` time."""
        return self.clock.now_at(local, self.running)

    def trains(self, username: str) -> bool:
        """Whether this user is one of the run's trainees (not its trainer practising in a
        run he started): the server refuses him the run's controls and stand-ins."""
        return bool(username) and username in self.trainees and username != self.created_by


def runs_from_json(data: Mapping[str, Any], received: float = 0.0) -> tuple[RunSummary, ...]:
    """The runs of `GET /runs`, newest first."""
    return tuple(RunSummary.from_json(r, received) for r in _list(data.get("runs")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Trainee:
    """A drill account a run may name (`GET /drills/trainees`)."""

    username: str
    display_name: str = ""

    @property
    def label(self) -> str:
        """How a list shows it: the name and the username."""
        name = self.display_name
        return f"{name} ({self.username})" if name and name != self.username else self.username


def trainees_from_json(data: Mapping[str, Any]) -> tuple[Trainee, ...]:
    """The accounts of `GET /drills/trainees` (rows without a username left out)."""
    found = []
    for row in _list(data.get("trainees")):
        if isinstance(row, Mapping) and _text(row.get("username")):
            found.append(
                Trainee(username=row["username"], display_name=_text(row.get("display_name")))
            )
    return tuple(found)


@dataclass(frozen=True, slots=True, kw_only=True)
class Run(RunSummary):
    """A run's state: clock, injects done and pending, scoreboard (`GET /runs/{id}`)."""

    injects: tuple[RunInject, ...] = ()
    scoreboard: tuple[ScoreRow, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any], received: float = 0.0) -> Run:
        """A run of `GET /runs/{id}` or of a control's answer."""
        return cls(
            **cls.fields_of(data, received),
            injects=tuple(RunInject.from_json(i) for i in _list(data.get("injects"))),
            scoreboard=tuple(ScoreRow.from_json(s) for s in _list(data.get("scoreboard"))),
        )

    def inject_of_case(self, case_id: int) -> RunInject | None:
        """The inject that became this case (None for a case of no inject of the run)."""
        return next((i for i in self.injects if i.case_id == case_id), None)

    @property
    def case_ids(self) -> frozenset[int]:
        """The drill cases the run's injects became so far."""
        return frozenset(i.case_id for i in self.injects if i.case_id is not None)


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
            inject=_text(data.get("inject")),
            kind=_text(data.get("kind")),
            case_ref=_text(data.get("case_ref")) or None,
            state=_text(data.get("state")) or None,
            expected_state=_text(data.get("expected_state")),
            reached_expected_state=bool(data.get("reached_expected_state")),
            trainee=_text(data.get("trainee")) or None,
            register_target_min=_float(data.get("register_target_min")),
            dispatch_target_min=_float(data.get("dispatch_target_min")),
            registered_after_min=_float(data.get("registered_after_min")),
            dispatched_after_min=_float(data.get("dispatched_after_min")),
            first_department=_text(data.get("first_department")) or None,
            expected_department=_text(data.get("expected_department")) or None,
            right_department=_bool(data.get("right_department")),
            duplicate=bool(data.get("duplicate")),
            merged=_bool(data.get("merged")),
            sla_kept=data.get("sla_kept") is not False,
            escalations=_int(data.get("escalations")) or 0,
            escalations_handled=_int(data.get("escalations_handled")) or 0,
            keystrokes=_int(data.get("keystrokes")),
            clicks=_int(data.get("clicks")),
            points=_int(data.get("points")) or 0,
            max_points=_int(data.get("max_points")) or 0,
            findings=tuple(
                Finding(_text(f.get("code")), _text(f.get("text")))
                for f in _list(data.get("findings"))
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
            at=_moment(data.get("at")),
            minute=_float(data.get("minute")),
            type=_text(data.get("type")) or "action",
            inject=_text(data.get("inject")),
            case_ref=_text(data.get("case_ref")) or None,
            action=_text(data.get("action")) or None,
            actor=_text(data.get("actor")) or None,
            from_state=_text(data.get("from_state")) or None,
            to_state=_text(data.get("to_state")) or None,
            note=_text(data.get("note")) or None,
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
            scenario_title=_text(scenario.get("title")),
            scenario_description=_text(scenario.get("description")),
            injects=tuple(InjectScore.from_json(i) for i in _list(data.get("injects"))),
            scoreboard=tuple(ScoreRow.from_json(s) for s in _list(data.get("scoreboard"))),
            points=_int(totals.get("points")) or 0,
            max_points=_int(totals.get("max_points")) or 0,
            findings=_int(totals.get("findings")) or 0,
            timeline=tuple(TimelineEntry.from_json(t) for t in _list(data.get("timeline"))),
        )
