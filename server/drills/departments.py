"""Scripted departments: what a drill case's department does, as its inject's script says.

A department acts through the normal action service, as a stand-in actor that sees drill
cases only (`Actor.drill`), so every move is audited and in the (drill) feed like a real
department's. A department the case should not have reached returns it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.drills.scenario import Inject
from server.models import Case, CaseAction, Department, DrillInject
from server.schemas.case import ActionRequest
from server.services.lifecycle import Actor, refusal
from server.services.refdata import ReferenceData
from server.services.views import facts_of

SCRIPTED = "scripted"  # what the audit trail shows after the department's name


def department_actor(department: Department, *, by: Actor | None = None) -> Actor:
    """A department acting on drill cases: scripted, or a trainer (`by`) standing in for it."""
    if by is None:
        return Actor(
            user_id=None,
            name=f"{department.name}(演练脚本)",
            role="department",
            department_id=department.id,
            username=SCRIPTED,
            drill=True,
        )
    return Actor(
        user_id=by.user_id,
        name=f"{by.name}(代{department.name})",
        role="department",
        department_id=department.id,
        username=by.username,
        drill=True,
    )


def supervisor_actor(by: Actor) -> Actor:
    """A trainer standing in for the supervisor (值班长) on drill cases."""
    return Actor(
        user_id=by.user_id,
        name=f"{by.name}(代值班长)",
        role="supervisor",
        username=by.username,
        drill=True,
    )


@dataclass(frozen=True)
class Move:
    """A department's next move on a drill case: when, as whom, what; `step` moves the script."""

    at: datetime
    actor: Actor
    request: ActionRequest
    step: bool
    photo: str | None = None  # a scenario photo the department attaches with its move
    photo_caption: str = ""


def next_move(
    session: Session, *, row: DrillInject, inject: Inject, case: Case, ref: ReferenceData
) -> Move | None:
    """The department's next move on the case, or None while it has nothing to do."""
    if case.state not in ("dispatched", "in_progress") or case.department_id is None:
        return None
    department = ref.departments[case.department_id]
    actor = department_actor(department)
    dispatched_at = _last_dispatch(session, case.id) or case.updated_at
    expected = inject.expect.department
    if expected is not None and department.code != expected:
        wrong = inject.wrong_department
        request = ActionRequest(action="return", version=case.version, note=wrong.note)
        move = Move(dispatched_at + timedelta(minutes=wrong.after_min), actor, request, False)
        return move if _allowed(move, case) else None
    if row.script_step >= len(inject.department_script):
        return None
    step = inject.department_script[row.script_step]
    since = max(row.step_since or dispatched_at, dispatched_at)
    request = ActionRequest(
        action=step.do, version=case.version, note=step.note, extension_minutes=step.minutes
    )
    move = Move(
        since + timedelta(minutes=step.after_min),
        actor,
        request,
        True,
        photo=step.photo,
        photo_caption=step.photo_caption or step.note[:200],
    )
    return move if _allowed(move, case) else None


def _allowed(move: Move, case: Case) -> bool:
    # A step the case is not ready for (resolve before sign) waits until it is.
    return refusal(move.request.action, facts_of(case), move.actor) is None


def _last_dispatch(session: Session, case_id: int) -> datetime | None:
    return session.scalar(
        select(CaseAction.created_at)
        .where(CaseAction.case_id == case_id, CaseAction.action == "dispatch")
        .order_by(CaseAction.id.desc())
        .limit(1)
    )
