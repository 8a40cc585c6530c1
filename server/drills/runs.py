"""A drill run's life: start, pause, resume, speed, stop and reset, on the run's own clock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.drills.report import run_summary
from server.drills.scenario import Scenario
from server.models import DrillInject, DrillRun, User
from server.problems import Code, Problem, invalid_field, not_found
from server.services import feed
from server.services.lifecycle import Actor

SPEEDS = (1.0, 2.0, 5.0)
STATUSES = ("running", "paused", "stopped")
TRAINEE_ROLE = "trainer"  # drill accounts: they see drill data only
MAX_TRAINEES = 50


def get_run(session: Session, run_id: int, *, lock: bool = False) -> DrillRun:
    """The run, or 404."""
    stmt = select(DrillRun).where(DrillRun.id == run_id)
    if lock:
        stmt = stmt.with_for_update()
    run = session.scalar(stmt)
    if run is None:
        raise not_found(f"Drill run {run_id}")
    return run


def start_run(
    session: Session,
    *,
    scenario: Scenario,
    trainees: list[str],
    speed: float,
    start_at: datetime | None,
    actor: Actor,
    now: datetime,
    previous_run_id: int | None = None,
) -> DrillRun:
    """Start a run of `scenario` now, its clock at `start_at` (else the scenario's)."""
    _check_speed(speed)
    _check_trainees(session, trainees)
    run = DrillRun(
        name=scenario.title,
        created_by=actor.username or actor.name,
        created_at=now,
        status="running",
        scenario_id=scenario.id,
        scenario=scenario.model_dump(mode="json"),
        trainees=list(dict.fromkeys(trainees)),
        speed=speed,
        sim_start=start_at or scenario.start_at,
        sim_elapsed_s=0.0,
        anchor_at=now,
        previous_run_id=previous_run_id,
    )
    session.add(run)
    session.flush()
    for position, inject in enumerate(scenario.injects):
        session.add(
            DrillInject(
                run_id=run.id,
                key=inject.id,
                position=position,
                at_min=inject.at_min,
                status="pending",
                script_step=0,
                input_stats={},
            )
        )
    session.flush()
    return run


def pause(run: DrillRun, now: datetime) -> None:
    """The drill clock stands still (nothing fires, no deadline comes nearer)."""
    _need(run, "running", "pause")
    _fold(run, now)
    run.status = "paused"
    run.anchor_at = None


def resume(run: DrillRun, now: datetime) -> None:
    """The drill clock runs on from where it stood."""
    _need(run, "paused", "resume")
    run.status = "running"
    run.anchor_at = now


def set_speed(run: DrillRun, speed: float, now: datetime) -> None:
    """From now on the clock runs `speed` times as fast as the real one."""
    _check_speed(speed)
    if run.status == "stopped":
        _need(run, "running", "change the speed of")
    _fold(run, now)
    run.speed = speed
    if run.status == "running":
        run.anchor_at = now


def stop(run: DrillRun, now: datetime) -> None:
    """The run ends: its clock stands for good; its cases stay, for the report."""
    if run.status == "stopped":
        _need(run, "running", "stop")
    _fold(run, now)
    run.status = "stopped"
    run.anchor_at = None
    run.ended_at = now


def reset(session: Session, run: DrillRun, *, actor: Actor, now: datetime) -> DrillRun:
    """Stop the run (if it is not yet) and start the same scenario again as a new run, with
    the same trainees, speed and start moment; the old run and its cases stay comparable."""
    if run.status != "stopped":
        stop(run, now)
    scenario = Scenario.model_validate(run.scenario)
    return start_run(
        session,
        scenario=scenario,
        trainees=list(run.trainees),
        speed=run.speed,
        start_at=run.sim_start,
        actor=actor,
        now=now,
        previous_run_id=run.id,
    )


def announce(session: Session, changed: Sequence[DrillRun], now: datetime) -> None:
    """Put each changed run on the feed as `drill.run` (drill events: trainers only), so
    that a trainee's console enters, follows and leaves it at once rather than at its next
    poll. Call it last in the write (it takes the feed head's lock until commit)."""
    for run in changed:
        payload = {"run": run_summary(run, real_now=now)}
        feed.append(session, "drill.run", payload=payload, now=now, drill=True)


def _fold(run: DrillRun, now: datetime) -> None:
    """Bank the simulated time of the running stretch, so that the clock can stop or turn."""
    run.sim_elapsed_s = run.elapsed_at(now)
    run.anchor_at = now if run.status == "running" else None


def _need(run: DrillRun, status: str, verb: str) -> None:
    if run.status != status:
        raise Problem(
            422,
            "Action not allowed now",
            f"Only a {status} run can {verb}; run {run.id} is {run.status}.",
            code=Code.ILLEGAL_TRANSITION,
            kind="illegal-action",
            state=run.status,
        )


def _check_speed(speed: float) -> None:
    if speed not in SPEEDS:
        raise invalid_field("speed", f"the drill clock runs at {SPEEDS}", [str(s) for s in SPEEDS])


def _check_trainees(session: Session, trainees: list[str]) -> None:
    if not trainees or len(trainees) > MAX_TRAINEES:
        raise invalid_field("trainees", f"name 1 to {MAX_TRAINEES} trainees by username")
    found = {
        username: role
        for username, role in session.execute(
            select(User.username, User.role).where(User.username.in_(trainees), User.active)
        )
    }
    wrong = [name for name in trainees if found.get(name) != TRAINEE_ROLE]
    if wrong:
        raise invalid_field(
            "trainees",
            f"not an active drill account (role {TRAINEE_ROLE}): {', '.join(wrong)}",
        )
