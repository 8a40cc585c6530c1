"""Who may steer a run: its trainees may not (issue #17).

Trainees are drill accounts of the role `trainer` (runs.TRAINEE_ROLE), so the role alone
lets them reach every drill route; a trainee who could pause, stop or reset the run he is
scored in, or answer for its departments, would be marking his own paper. A run's controls
and its stand-ins are therefore refused to the users it names as trainees, except the one
who started it: a trainer may practise a scenario alone (the run names him) and still steer
it. The refusal is 403 `forbidden_role` (his role in this run is the trainee's) with
`kind: drill-trainee` and the run's id.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import DrillRun
from server.problems import Code, Problem
from server.services.lifecycle import Actor

LIVE = ("running", "paused")


def is_trainee(run: DrillRun, actor: Actor) -> bool:
    """Whether the run scores this user (and he did not start it himself)."""
    name = actor.username
    return bool(name) and name in (run.trainees or []) and name != run.created_by


def check_may_steer(run: DrillRun, actor: Actor, verb: str) -> None:
    """403 for a trainee of the run: he may not pause, resume, speed up, stop or reset it,
    nor act for its departments or the supervisor."""
    if is_trainee(run, actor):
        raise refusal(run.id, f"A trainee of drill run {run.id} may not {verb} it.")


def check_may_start(session: Session, actor: Actor) -> None:
    """403 while the user trains in a live run someone else started: a trainee in a drill
    does not start drills (a new run, or the same one over again)."""
    name = actor.username
    if not name:
        return
    live = session.scalars(select(DrillRun).where(DrillRun.status.in_(LIVE)))
    mine = next((run for run in live if is_trainee(run, actor)), None)
    if mine is not None:
        raise refusal(
            mine.id,
            f"You are a trainee of drill run {mine.id}, which is on: trainees do not start runs.",
        )


def refusal(run_id: int, detail: str) -> Problem:
    """The stable 403 for a trainee at a trainer's control."""
    return Problem(
        403,
        "Forbidden",
        detail,
        code=Code.FORBIDDEN_ROLE,
        kind="drill-trainee",
        run_id=run_id,
    )
