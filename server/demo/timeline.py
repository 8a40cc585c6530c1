"""The demo backlog's timeline: every case scripted, then timed backwards from now.

Each case gets a script (server.demo.scripts) whose times are laid out backwards from now, so
that open cases land in the SLA color they were meant for; merged cases join an older parent.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from server.demo import texts, texts_data
from server.demo.scripts import DUTY_OFFICERS, Step, write_script
from server.schemas.case import CHANNELS, CaseCreate
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import STEP_OF_STATE, SlaClock
from server.services.workcalendar import Clock

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
            steps, anchor, extra = write_script(rng, ref, sla, final, report, target)
            plan = Plan(report, final, steps, anchor)
            for scale in (1.0, 0.5, 0.2):
                if _place(rng, ref, sla, now, plan, target, extra, scale):
                    return plan
    raise RuntimeError(f"no {final} case fits in the last {WINDOW.days} days")


def _merged(
    rng: random.Random, ref: ReferenceData, now: datetime, parent: Plan, channel: str
) -> Plan:
    """A second report of the parent's matter, merged into it by the duty officer."""
    category = parent.report.category
    if (channel == "river_patrol" and category not in texts_data.RIVER_CATEGORIES) or (
        channel == "video" and category not in texts_data.VIDEO_EVENTS
    ):
        channel = "hotline_12345"
    street = ref.street_in_address(parent.report.address)
    report = texts.make_report(
        rng, ref, channel, category=category, street=street.code if street else None
    )
    office = Actor(None, rng.choice(DUTY_OFFICERS), "duty_officer")
    span = (now - parent.created) / timedelta(minutes=1)
    at = parent.created + timedelta(minutes=min(rng.uniform(20, 2880), span * 0.6))
    steps = [Step("create", Actor(None, texts_data.CHANNEL_ACTORS[channel], "system"), at=at)]
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
            at = sla.work.subtract(at, 1)  # into office hours
    else:
        category = ref.category_by_code[plan.report.category]
        assert plan.report.urgency is not None  # texts.make_report picks one
        rule = sla.rule_for(ref, category.id, plan.report.urgency, STEP_OF_STATE[plan.final])
        clock = sla.clock(rule.clock)
        limit = rule.minutes + extra
        share = _share(rng, color, clock.minutes_between(now - WINDOW * 0.8, now) / limit)
        if share is None:
            return False
        at = clock.subtract(now, share * limit)
        warn_at = clock.add(at, sla.warn_ratio * limit)
    steps[anchor].at = at
    for k in range(anchor, 0, -1):
        kind, minutes = steps[k].delay
        at = _clock(sla, kind).subtract(at, minutes * scale)
        steps[k - 1].at = at
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


def _clock(sla: SlaClock, kind: str) -> Clock:
    return sla.work if kind == "work" else sla.natural
