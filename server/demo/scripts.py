"""Case scripts for the demo backlog: each case's path through the lifecycle, step by step.

A script says which actions a case goes through, who takes each one and how long after the
previous step it comes (on the working or the natural clock); server.demo.timeline then lays
the steps out in time.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from server.demo import texts
from server.demo.texts_data import ACTION_NOTES, CALLBACK_BAD, CHANNEL_ACTORS, RESOLVE_NOTES
from server.schemas.case import CaseCreate
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock

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


def write_script(
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
    assert report.urgency is not None  # texts.make_report picks one
    handle_limit = sla.rule_for(ref, category.id, report.urgency, "handle").minutes
    office = Actor(None, rng.choice(DUTY_OFFICERS), "duty_officer")
    chief = Actor(None, rng.choice(SUPERVISORS), "supervisor")
    steps = [Step("create", Actor(None, CHANNEL_ACTORS[report.channel], "system"))]
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
            notes: Sequence[str] | None = (
                CALLBACK_BAD if result == "unsatisfied" else ACTION_NOTES.get(action)
            )
            if action == "resolve":
                notes = RESOLVE_NOTES[handler.code]
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
            # The step whose instant starts the final state's clock: the last one, but a
            # sign's is the dispatch's (the handle step counts from the dispatch).
            anchor = len(steps) - 2 if steps[-1].action == "sign" else len(steps) - 1
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
