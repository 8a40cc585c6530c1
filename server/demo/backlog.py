"""The demo backlog: ten days of cases in every state and SLA color, as if the center had run.

Each case gets a script (its path through the lifecycle with realistic delays, see
server.demo.scripts) whose times are laid out backwards from now (server.demo.timeline), so
that open cases land in the color they were meant for. Here the scripts of all cases are then
replayed through the case services in time order.

"Now" is the app's clock (`AppState.clock`: the wall clock, `cc-server --now`'s shifted one,
or a test's), never the wall clock read here: the same seed then gives the same backlog
relative to whatever instant it is laid out around.
"""

from __future__ import annotations

import logging
import random
import time as timer
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.demo.scripts import Step
from server.demo.timeline import Plan, plan_backlog
from server.models import Case
from server.problems import Problem
from server.schemas.case import ActionRequest
from server.services import escalation
from server.services.cases import apply_action, create_case
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.state import AppState

log = logging.getLogger(__name__)

STEPS_PER_FLUSH = 150
# The escalation ladder is replayed at this granularity while the history is written.
TICK_EVERY = timedelta(hours=1)


def seed_backlog(state: AppState, count: int = 300, seed: int = 20261126) -> int:
    """Fill an empty database with `count` cases of the last ten days; returns how many."""
    if count <= 0:
        return 0
    with state.db.read() as session:
        if session.scalar(select(Case.id).limit(1)) is not None:
            return 0
    started = timer.perf_counter()
    ref = state.reference.get()
    now = state.clock()
    plans = plan_backlog(random.Random(seed), ref, state.sla, count, now)
    failed = _replay(state, ref, plans, now)
    for _ in range(count // 100 + 2):
        # Bring colors and the ladder up to the clock (which ran on meanwhile), in short
        # transactions.
        with state.db.write() as session:
            if _climb(session, ref, state.clock(), limit=100) < 100:
                break
    state.hub.notify()
    log.info(
        "demo backlog: %d cases seeded in %.2f s (%d scripts cut short)",
        len(plans),
        timer.perf_counter() - started,
        failed,
    )
    return len(plans)


def _replay(state: AppState, ref: ReferenceData, plans: list[Plan], now: datetime) -> int:
    """Apply every step in time order, all in one transaction: a seed killed half-way leaves
    no case behind, so the next start seeds again from an empty database (a partial backlog
    was never completed). Returns how many scripts were cut short by a refusal."""
    order = sorted(
        (_dated(step), i, k) for i, plan in enumerate(plans) for k, step in enumerate(plan.steps)
    )
    broken: set[int] = set()
    last_tick = order[0][0] if order else now
    with state.db.write() as session:
        for done, (at, i, k) in enumerate(order, 1):
            if i in broken:
                continue
            if at - last_tick >= TICK_EVERY:
                while _climb(session, ref, at, limit=200) == 200:
                    pass  # each round leaves its cases up to date, so this ends
                last_tick = at
            try:
                _apply(session, ref, state.sla, plans[i], plans[i].steps[k])
            except Problem as problem:
                # Refusals change nothing, so the rest of the backlog can go on.
                broken.add(i)
                log.warning("demo backlog: %s refused: %s", plans[i].steps[k].action, problem)
            if done % STEPS_PER_FLUSH == 0:
                session.flush()
                session.expunge_all()  # memory stays flat; the transaction goes on
    state.hub.notify()
    return len(broken)


def _dated(step: Step) -> datetime:
    assert step.at is not None  # plan_backlog dates every step
    return step.at


def _climb(session: Session, ref: ReferenceData, now: datetime, limit: int) -> int:
    """One batch of the escalation ladder at `now`; returns how many cases were due."""
    ids = escalation.due_ids(session, now, limit)
    if ids:
        escalation.tick(session, ref=ref, now=now, ids=ids)
    return len(ids)


def _apply(session: Session, ref: ReferenceData, sla: SlaClock, plan: Plan, step: Step) -> None:
    assert step.at is not None
    if step.action == "create":
        plan.case_id = create_case(
            session, data=plan.report, actor=step.actor, ref=ref, sla=sla, now=step.at
        ).id
        return
    fields = dict(step.fields)
    if step.action == "merge":
        fields["parent_id"] = plan.parent.case_id if plan.parent else None
    case = session.get(Case, plan.case_id)
    assert case is not None
    # Validated as a client's request is (the action a name the schema knows).
    request = ActionRequest.model_validate({"action": step.action, **fields})
    apply_action(
        session,
        case_id=case.id,
        request=request,
        version=case.version,
        actor=step.actor,
        ref=ref,
        sla=sla,
        now=step.at,
    )
