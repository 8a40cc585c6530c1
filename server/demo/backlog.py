"""The demo backlog: ten days of cases in every state and SLA color, as if the center had run.

Each case gets a script (its path through the lifecycle with realistic delays) whose times
are laid out backwards from now, so that open cases land in the color they were meant for.
The scripts of all cases are then replayed through the case services in time order.
"""

from __future__ import annotations

import logging
import random
import time as timer
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db import utcnow
from server.demo import texts
from server.deps import AppState
from server.models import Case
from server.problems import Problem
from server.schemas.case import CHANNELS, ActionRequest, CaseCreate
from server.services import escalation
from server.services.cases import apply_action, create_case
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import STEP_OF_STATE, SlaClock
from server.services.workcalendar import NaturalClock, WorkCalendar

log = logging.getLogger(__name__)

WINDOW = timedelta(days=10)
STATE_SHARES = {
    "reported": 0.05,
    "registered": 0.05,
    "dispatched": 0.09,
    "in_progress": 0.2,
    "returned": 0.04,
    "resolved": 0.07,
    "parked": 0.03,
    "closed": 0.37,
    "voided": 0.05,
    "merged": 0.05,
}
COLOR_SHARES = {"green": 0.65, "yellow": 0.2, "red": 0.15}
STEPS_PER_TRANSACTION = 150
# The escalation ladder is replayed at this granularity while the history is written.
TICK_EVERY = timedelta(hours=1)
DUTY_OFFICERS = ("王静", "陈晓东", "周婷", "刘洋")
SUPERVISORS = ("李建国", "徐卫东")
# Departments that a case of another's is most often sent to by mistake.
CONFUSED_WITH = {
    "urban": ("housing", "market"),
    "housing": ("urban", "civil"),
    "ecology": ("urban", "police"),
    "water": ("ecology", "urban"),
    "emergency": ("housing", "urban"),
    "police": ("urban", "civil"),
    "market": ("urban", "health"),
    "health": ("market", "civil"),
    "civil": ("health", "housing"),
}
# action: (clock, low, high minutes after the previous step) for normal and urgent cases;
# emergencies run on natural time at a tenth of the pace. Departments work office hours.
DELAYS: dict[str, tuple[str, float, float]] = {
    "register": ("natural", 3, 45),
    "dispatch": ("natural", 5, 90),
    "sign": ("work", 15, 300),
    "return": ("work", 30, 400),
    "resolve": ("work", 120, 2700),
    "verify_pass": ("work", 20, 400),
    "verify_fail": ("work", 20, 300),
    "callback": ("work", 60, 900),
    "reopen": ("natural", 10, 120),
    "park": ("work", 450, 1800),
    "unpark": ("natural", 1440, 4320),
    "void": ("natural", 5, 600),
    "request_extension": ("work", 120, 1200),
    "approve_extension": ("natural", 30, 600),
    "reject_extension": ("natural", 30, 600),
    "urge": ("natural", 30, 600),
}
# Share of steps that take two to four times as long as usual.
LATE = 0.12
# How each final state is reached after the dispatch to the right department, and how often.
PATHS = {
    "in_progress": {
        "sign": 65,  # the clock still runs from the dispatch
        "sign resolve verify_fail": 20,  # 返工
        "sign resolve verify_pass callback:unsatisfied reopen": 15,
    },
    "resolved": {"sign resolve": 1},
    "parked": {"sign park": 1},
    "closed": {
        "sign resolve verify_pass": 87,
        "sign park unpark resolve verify_pass": 5,
        "sign resolve verify_fail resolve verify_pass": 8,
    },
}
DEPARTMENT_ACTIONS = frozenset({"sign", "return", "resolve", "request_extension"})
SUPERVISOR_ACTIONS = frozenset({"park", "unpark", "approve_extension", "reject_extension"})


@dataclass
class Step:
    """One scripted action: who takes it, how long after the previous one, and when."""

    action: str
    actor: Actor
    delay: tuple[str, float] = ("natural", 0.0)
    fields: dict[str, Any] = field(default_factory=dict)
    at: datetime | None = None


@dataclass
class Plan:
    """A case's report and script; `anchor` starts the clock running now (or ends the script)."""

    report: CaseCreate
    final: str
    steps: list[Step]
    anchor: int
    case_id: int | None = None
    parent: Plan | None = None

    @property
    def created(self) -> datetime:
        """When the case came in."""
        assert self.steps[0].at is not None
        return self.steps[0].at


def seed_backlog(state: AppState, count: int = 300, seed: int = 20261126) -> int:
    """Fill an empty database with `count` cases of the last ten days; returns how many."""
    if count <= 0:
        return 0
    with state.db.read() as session:
        if session.scalar(select(Case.id).limit(1)) is not None:
            return 0
    started = timer.perf_counter()
    ref = state.reference.get()
    now = utcnow()
    plans = plan_backlog(random.Random(seed), ref, state.sla, count, now)
    failed = _replay(state, ref, plans)
    for _ in range(count // 100 + 2):
        # Bring colors and the ladder up to the real clock, in short transactions.
        with state.db.write() as session:
            if _climb(session, ref, utcnow(), limit=100) < 100:
                break
    state.hub.notify()
    log.info(
        "demo backlog: %d cases seeded in %.2f s (%d scripts cut short)",
        len(plans),
        timer.perf_counter() - started,
        failed,
    )
    return len(plans)


def plan_backlog(
    rng: random.Random, ref: ReferenceData, sla: SlaClock, count: int, now: datetime
) -> list[Plan]:
    """The scripts of `count` cases, every step timed, covering every state and color."""
    finals = quota(rng, STATE_SHARES, count)
    channels = quota(rng, dict.fromkeys(CHANNELS, 1.0), count)
    targeted = [s for s in finals if s in STEP_OF_STATE and s != "parked"]
    colors = iter(quota(rng, COLOR_SHARES, len(targeted)))
    plans: list[Plan] = []
    for final, channel in zip(finals, channels, strict=True):
        if final != "merged":
            color = next(colors) if final in targeted else None
            plans.append(_plan(rng, ref, sla, now, final, channel, color))
    parents = [p for p in plans if p.final != "voided" and p.created < now - timedelta(hours=1)]
    for channel in (c for f, c in zip(finals, channels, strict=True) if f == "merged"):
        if parents:
            plans.append(_merged(rng, ref, now, rng.choice(parents), channel))
        else:  # a tiny backlog may have nothing old enough to merge into
            plans.append(_plan(rng, ref, sla, now, "voided", channel, None))
    return plans


def quota(rng: random.Random, shares: dict[str, float], n: int) -> list[str]:
    """n labels in these shares (each at least once if n allows), shuffled."""
    total = sum(shares.values())
    exact = {k: n * v / total for k, v in shares.items()}
    counts = {k: max(int(x), 1 if n >= len(shares) else 0) for k, x in exact.items()}
    by_remainder = sorted(shares, key=lambda k: exact[k] - int(exact[k]), reverse=True)
    for key in by_remainder[: max(0, n - sum(counts.values()))]:
        counts[key] += 1
    while sum(counts.values()) > n:
        counts[max(counts, key=lambda k: counts[k])] -= 1
    labels = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(labels)
    return labels


def _plan(
    rng: random.Random,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
    final: str,
    channel: str,
    color: str | None,
) -> Plan:
    """A plan whose open case is `color` now, re-rolling the report until the color fits."""
    ladder = ("red", "yellow", "green", None)
    for target in ladder[ladder.index(color) :]:
        for attempt in range(12):
            report = texts.make_report(rng, ref, channel)
            if attempt >= 6 and target in ("yellow", "red"):
                # An overdue open case of the last ten days is most often an urgent one.
                report = report.model_copy(update={"urgency": "urgent"})
            steps, anchor, extra = _script(rng, ref, sla, final, report, target)
            plan = Plan(report, final, steps, anchor)
            for scale in (1.0, 0.5, 0.2):
                if _place(rng, ref, sla, now, plan, target, extra, scale):
                    return plan
    raise RuntimeError(f"no {final} case fits in the last {WINDOW.days} days")


def _script(
    rng: random.Random,
    ref: ReferenceData,
    sla: SlaClock,
    final: str,
    report: CaseCreate,
    color: str | None,
) -> tuple[list[Step], int, int]:
    """The steps of a case to its final state, the anchor index and extension minutes granted."""
    emergency = report.urgency == "emergency"
    category = ref.category_by_code[report.category]
    right = ref.departments[category.department_id]
    handle_limit = sla.rule_for(ref, category.id, report.urgency, "handle").minutes
    office = Actor(None, rng.choice(DUTY_OFFICERS), "duty_officer")
    chief = Actor(None, rng.choice(SUPERVISORS), "supervisor")
    steps = [Step("create", Actor(None, texts.CHANNEL_ACTORS[report.channel], "system"))]
    handler = right

    def add(path: str, actor: Actor | None = None, **fields: Any) -> None:
        nonlocal handler
        for token in path.split():
            action, _, result = token.partition(":")
            kind, low, high = DELAYS[action]
            minutes = rng.uniform(low, high) * (rng.uniform(2, 4) if rng.random() < LATE else 1)
            if emergency:
                kind, minutes = "natural", minutes / 10
            elif report.urgency == "urgent":
                minutes /= 3
            if action == "resolve":
                # Most departments finish well inside the limit; LATE lets some overrun.
                minutes = min(minutes, handle_limit * rng.uniform(0.3, 1.05))
            payload = dict(fields)
            if action == "dispatch":
                handler = ref.department_by_code[payload.pop("department", right.code)]
                payload["department"] = handler.code
            if result:
                payload["result"] = result
            notes = (
                texts.CALLBACK_BAD if result == "unsatisfied" else texts.ACTION_NOTES.get(action)
            )
            if action == "resolve":
                notes = texts.RESOLVE_NOTES[handler.code]
            payload["note"] = texts.note(rng, notes, dept=right.name) if notes else ""
            if action in DEPARTMENT_ACTIONS:
                who = Actor(None, handler.name, "department", handler.id)
            else:
                who = actor or (chief if action in SUPERVISOR_ACTIONS else office)
            steps.append(Step(action, who, (kind, minutes), payload))

    if final == "voided" and rng.random() < 0.6:
        add("void")  # refused at intake (不予受理)
        return steps, 1, 0
    if final != "reported":
        add("register")
    returns = {"returned": rng.choice((1, 1, 1, 2)), "voided": 1, "registered": 0, "reported": 0}
    for wrong in rng.sample(
        CONFUSED_WITH[right.code], returns.get(final, rng.choices((0, 1, 2), (80, 15, 5))[0])
    ):
        add("dispatch", department=wrong)
        add("sign return" if rng.random() < 0.3 else "return")
    if final == "voided":
        add("void", chief)
    if final in ("dispatched", "in_progress", "resolved", "parked", "closed"):
        add("dispatch")
    anchor, extra = len(steps) - 1, 0
    if final in PATHS:
        paths, weights = zip(*PATHS[final].items(), strict=True)
        path = rng.choices(paths, weights)[0]
        add(path)
        if path == "sign" and rng.random() < 0.3:
            # Still handling, with an extension asked for (and mostly decided).
            minutes = 120 if emergency else 450 * rng.choice((1, 3, 5))
            add("request_extension", extension_minutes=minutes)
            decision = rng.choices(("approve_extension", "reject_extension", ""), (50, 15, 35))[0]
            add(decision)
            extra = minutes if decision == "approve_extension" else 0
        else:
            anchor = len(steps) - 1
    if final == "closed":
        callback = rng.random()
        if callback < 0.05:
            add("callback:unsatisfied reopen resolve verify_pass callback:satisfied")
        elif callback < 0.6:
            add("callback:basically_satisfied" if callback > 0.52 else "callback:satisfied")
        anchor = len(steps) - 1
    if color in ("yellow", "red") and final not in ("reported", "resolved") and rng.random() < 0.4:
        add("urge", rng.choice((office, chief)))
    return steps, anchor, extra


def _merged(
    rng: random.Random, ref: ReferenceData, now: datetime, parent: Plan, channel: str
) -> Plan:
    """A second report of the parent's matter, merged into it by the duty officer."""
    category = parent.report.category
    if (channel == "river_patrol" and category not in texts.RIVER_CATEGORIES) or (
        channel == "video" and category not in texts.VIDEO_EVENTS
    ):
        channel = "hotline_12345"
    street = ref.street_in_address(parent.report.address)
    report = texts.make_report(
        rng, ref, channel, category=category, street=street.code if street else None
    )
    office = Actor(None, rng.choice(DUTY_OFFICERS), "duty_officer")
    span = (now - parent.created) / timedelta(minutes=1)
    at = parent.created + timedelta(minutes=min(rng.uniform(20, 2880), span * 0.6))
    steps = [Step("create", Actor(None, texts.CHANNEL_ACTORS[channel], "system"), at=at)]
    actions = ("register", "merge") if rng.random() < 0.4 else ("merge",)
    for action in actions:
        room = (now - at) / timedelta(minutes=1)
        at += timedelta(minutes=min(rng.uniform(5, 90), room * 0.3))
        note = "同一事项重复反映，合并至主件办理。" if action == "merge" else ""
        steps.append(Step(action, office, fields={"note": note}, at=at))
    return Plan(report, "merged", steps, len(steps) - 1, parent=parent)


def _place(
    rng: random.Random,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
    plan: Plan,
    color: str | None,
    extra: int,
    scale: float,
) -> bool:
    """Time the steps around the anchor; False if the case would predate the window."""
    steps, anchor = plan.steps, plan.anchor
    warn_at = now
    if color is None:
        at = now - timedelta(minutes=rng.uniform(30, 8.5 * 1440))
        if steps[anchor].delay[0] == "work":
            at = work_back(sla.work, at, 1)  # into office hours
    else:
        category = ref.category_by_code[plan.report.category]
        rule = sla.rule_for(ref, category.id, plan.report.urgency, STEP_OF_STATE[plan.final])
        clock = sla.clock(rule.clock)
        limit = rule.minutes + extra
        share = _share(rng, color, clock.minutes_between(now - WINDOW * 0.8, now) / limit)
        if share is None:
            return False
        at = _back(clock, now, share * limit)
        warn_at = clock.add(at, sla.warn_ratio * limit)
    steps[anchor].at = at
    for k in range(anchor, 0, -1):
        kind, minutes = steps[k].delay
        steps[k - 1].at = _back(_clock(sla, kind), at, minutes * scale)
        at = steps[k - 1].at
    for k in range(anchor + 1, len(steps)):
        previous = steps[k - 1].at
        assert previous is not None
        if steps[k].action == "urge":
            # Urged once the case has turned yellow, not before.
            base = max(previous, warn_at)
            steps[k].at = base + (now - base) * rng.uniform(0.3, 0.9)
            continue
        kind, minutes = steps[k].delay
        clock = _clock(sla, kind)
        steps[k].at = clock.add(previous, min(minutes, clock.minutes_between(previous, now) / 2))
    return plan.created >= now - WINDOW


def _share(rng: random.Random, color: str, room: float) -> float | None:
    """The share of its limit an open step has used, for this color; None if it cannot fit."""
    if color == "green":
        high = min(0.72, room)
        return rng.uniform(min(0.05, high), high)
    if color == "yellow":
        return rng.uniform(0.83, 0.95) if room >= 0.95 else None
    if room < 1.1:
        return None
    # A few are so late that they are due for 通报 (red five more working days).
    return rng.uniform(1.08, room if rng.random() < 0.12 else min(room, 2.5))


def _clock(sla: SlaClock, kind: str) -> WorkCalendar | NaturalClock:
    return sla.work if kind == "work" else sla.natural


def _back(clock: WorkCalendar | NaturalClock, end: datetime, minutes: float) -> datetime:
    if isinstance(clock, WorkCalendar):
        return work_back(clock, end, minutes)
    return end - timedelta(minutes=minutes)


def work_back(cal: WorkCalendar, end: datetime, minutes: float) -> datetime:
    """The instant `minutes` working minutes before `end`: the inverse of WorkCalendar.add."""
    if minutes <= 0:
        return end
    remaining = timedelta(minutes=minutes)
    local = end.astimezone(cal.tz)
    day = local.date()
    offset = local - datetime.combine(day, time(), cal.tz)
    for _ in range(400):
        if cal.is_workday(day):
            midnight = datetime.combine(day, time(), cal.tz)
            for start, stop in reversed(cal.periods):
                begin = datetime.combine(day, start, cal.tz) - midnight
                until = min(datetime.combine(day, stop, cal.tz) - midnight, offset)
                if until <= begin:
                    continue
                if remaining <= until - begin:
                    return midnight + (until - remaining)
                remaining -= until - begin
        day -= timedelta(days=1)
        offset = timedelta(days=1)
    raise RuntimeError(f"no working time in the 400 days before {end.isoformat()}")


def _replay(state: AppState, ref: ReferenceData, plans: list[Plan]) -> int:
    """Apply every step in time order, a few dozen cases per transaction; returns failures."""
    order = sorted(
        (step.at, i, k) for i, plan in enumerate(plans) for k, step in enumerate(plan.steps)
    )
    broken: set[int] = set()
    last_tick = order[0][0] if order else utcnow()
    for start in range(0, len(order), STEPS_PER_TRANSACTION):
        with state.db.write() as session:
            for at, i, k in order[start : start + STEPS_PER_TRANSACTION]:
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
        state.hub.notify()
    return len(broken)


def _climb(session: Session, ref: ReferenceData, now: datetime, limit: int) -> int:
    """One batch of the escalation ladder at `now`; returns how many cases were due."""
    ids = escalation.due_ids(session, now, limit)
    if ids:
        escalation.tick(session, ref, now, ids)
    return len(ids)


def _apply(session: Session, ref: ReferenceData, sla: SlaClock, plan: Plan, step: Step) -> None:
    assert step.at is not None
    if step.action == "create":
        plan.case_id = create_case(session, plan.report, step.actor, ref, sla, step.at).id
        return
    fields = dict(step.fields)
    if step.action == "merge":
        fields["parent_id"] = plan.parent.case_id if plan.parent else None
    case = session.get(Case, plan.case_id)
    assert case is not None
    request = ActionRequest(action=step.action, **fields)
    apply_action(session, case.id, request, case.version, step.actor, ref, sla, step.at)
