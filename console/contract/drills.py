"""Drill runs as the console reads them (`/api/v1/drills`, docs/api-drills.md): runs with
their drill clock, injects and scoreboard, and the drill accounts a run may name. The scenarios
are read in drill_scenarios.py, the after-action report in drill_reports.py.

One frozen object per answer, read leniently as `Case` is (drill_fields.py): a field a server
does not send gets an empty value, so a pane shows what there is. The drill clock is worked
out here (`DrillClock.now_at`) from what the server said and when it was received, so the
panes can tick it every second without asking again. No Qt, nothing of ours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from console.contract.drill_fields import float_of, int_of, list_of, moment_of, text_of

SPEEDS = (1, 2, 5)  # what the server's drill clock runs at
STATUSES = ("running", "paused", "stopped")


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
            speed=float_of(data.get("speed")) or 1.0,
            start=moment_of(data.get("start")),
            now=moment_of(data.get("now")),
            elapsed_min=float_of(data.get("elapsed_min")) or 0.0,
            real_now=moment_of(data.get("real_now")),
            duration_min=float_of(data.get("duration_min")),
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
            inject=text_of(data.get("inject")),
            at_min=float_of(data.get("at_min")) or 0.0,
            status=text_of(data.get("status")) or "pending",
            case_id=int_of(data.get("case_id")),
            case_ref=text_of(data.get("case_ref")) or None,
            fired_at=moment_of(data.get("fired_at")),
            state=text_of(data.get("state")) or None,
            expected_state=text_of(data.get("expected_state")),
            script_step=int_of(data.get("script_step")) or 0,
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
            trainee=text_of(data.get("trainee")),
            injects=int_of(data.get("injects")) or 0,
            points=int_of(data.get("points")) or 0,
            max_points=int_of(data.get("max_points")) or 0,
            mean_register_min=float_of(data.get("mean_register_min")),
            mean_dispatch_min=float_of(data.get("mean_dispatch_min")),
            right_department_first=int_of(data.get("right_department_first")) or 0,
            wrong_department_first=int_of(data.get("wrong_department_first")) or 0,
            duplicates_merged=int_of(data.get("duplicates_merged")) or 0,
            duplicates_dispatched=int_of(data.get("duplicates_dispatched")) or 0,
            sla_kept=int_of(data.get("sla_kept")) or 0,
            escalations=int_of(data.get("escalations")) or 0,
            escalations_handled=int_of(data.get("escalations_handled")) or 0,
            keystrokes=int_of(data.get("keystrokes")),
            clicks=int_of(data.get("clicks")),
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
            "id": int_of(data.get("id")) or 0,
            "name": text_of(data.get("name")),
            "scenario_id": text_of(data.get("scenario_id")),
            "status": text_of(data.get("status")) or "stopped",
            "created_by": text_of(data.get("created_by")),
            "created_at": moment_of(data.get("created_at")),
            "ended_at": moment_of(data.get("ended_at")),
            "trainees": tuple(str(t) for t in list_of(data.get("trainees"))),
            "previous_run_id": int_of(data.get("previous_run_id")),
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
    return tuple(RunSummary.from_json(r, received) for r in list_of(data.get("runs")))


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
    for row in list_of(data.get("trainees")):
        if isinstance(row, Mapping) and text_of(row.get("username")):
            found.append(
                Trainee(username=row["username"], display_name=text_of(row.get("display_name")))
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
            injects=tuple(RunInject.from_json(i) for i in list_of(data.get("injects"))),
            scoreboard=tuple(ScoreRow.from_json(s) for s in list_of(data.get("scoreboard"))),
        )

    def inject_of_case(self, case_id: int) -> RunInject | None:
        """The inject that became this case (None for a case of no inject of the run)."""
        return next((i for i in self.injects if i.case_id == case_id), None)

    @property
    def case_ids(self) -> frozenset[int]:
        """The drill cases the run's injects became so far."""
        return frozenset(i.case_id for i in self.injects if i.case_id is not None)
