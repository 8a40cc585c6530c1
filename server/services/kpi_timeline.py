"""KPIs over time: cases created per hour by channel, and the open-and-overdue count.

The overdue curve is reconstructed from the audit trail rather than sampled by the
scheduler: sampling would know nothing before the feature was deployed or of seeded history,
would leave a gap for every stop of the server and would need a table growing forever,
while the trail already holds every instant a case turned red or left its step. A case is
overdue from the moment its step clock passes due_at until the next state change starts a
new clock or ends it; the trail records both ends:

- the SLA ladder writes `auto_supervise` (督办) when due_at passes, `recolor` when a color
  changes without a new rung, and `approve_extension` (and a `correct` that moved the
  clock) records the color after the move;
- a state change (every lifecycle action between states) starts a fresh clock (not overdue)
  or stops it; `park` pauses the clock and keeps its color (a case parked while overdue
  stays overdue, as the queue shows it red and the KPI table counts it) and `unpark`
  resumes it in that color.

A finished step's red span starts when the ladder recorded it: within a scheduler tick
(CC_SLA_TICK_SECONDS) of due_at, or at the first tick after a stop of the server. The
current step of an open case uses its exact due_at, so the latest points agree with the
live queue even before the next tick. Drill cases never count.

Open cases that nothing changed since the period began (most of them, at district scale)
need no trail: their state and color held all along, so each is overdue throughout if red
now, from its due_at if its clock runs, never otherwise. Only the cases changed since are
read with their trails (at 100,000 open cases: 6 s → a fraction of a second).
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from server.db import Database
from server.models import Case, CaseAction
from server.schemas.case import CHANNELS
from server.services.lifecycle import OPEN_STATES
from server.services.sla import COLORS
from server.services.workcalendar import SHANGHAI

BUCKET = timedelta(hours=1)
STEP = timedelta(minutes=15)
RED_ACTIONS = ("auto_supervise", "auto_notice")
# Besides state changes, the audit records that move the overdue flag.
CLOCK_MOVES = ("approve_extension", "correct")
TRAIL_ACTIONS = (*RED_ACTIONS, "recolor", *CLOCK_MOVES)
NOT_RED = tuple(color for color in COLORS if color != "red")
# State changes that pause or resume the clock and keep its color.
PAUSES = ("park", "unpark")


def _floor(moment: datetime, size: timedelta) -> datetime:
    """The start of the bucket holding `moment`, on Asia/Shanghai's clock (whatever offset
    the caller wrote it with)."""
    local = moment.astimezone(SHANGHAI)
    epoch = datetime(2000, 1, 1, tzinfo=SHANGHAI)
    return local - (local - epoch) % size


def _iso(moment: datetime) -> str:
    return moment.astimezone(SHANGHAI).isoformat()


def intake_per_hour(session: Session, since: datetime, until: datetime) -> dict[str, Any]:
    """Cases created per hour and channel in [since, until), every hour listed."""
    starts = []
    start = _floor(since, BUCKET)
    while start < until:
        starts.append(start)
        start += BUCKET
    counts = [dict.fromkeys(CHANNELS, 0) for _ in starts]
    stmt = select(Case.created_at, Case.channel).where(
        Case.drill.is_(False), Case.created_at >= since, Case.created_at < until
    )
    for created_at, channel in session.execute(stmt):
        index = bisect.bisect_right(starts, created_at) - 1
        if index >= 0:
            counts[index][channel] = counts[index].get(channel, 0) + 1
    return {
        "bucket_minutes": int(BUCKET.total_seconds() // 60),
        "channels": list(CHANNELS),
        "buckets": [{"start": _iso(s), "counts": c} for s, c in zip(starts, counts, strict=True)],
    }


def overdue_intervals(
    case: Any, actions: list[Any], until: datetime
) -> list[tuple[datetime, datetime]]:
    """The spans of [created, until) during which the case was open and past due."""
    flag = False
    marks: list[tuple[datetime, bool]] = [(case.created_at, False)]
    last_clock = case.created_at
    for action in actions:
        if action.from_state is not None and action.from_state != action.to_state:
            if action.action not in PAUSES:
                flag = False
            last_clock = action.created_at
        elif action.action in RED_ACTIONS:
            flag = True
        elif action.action == "recolor":
            flag = action.color == "red"
        elif action.action in CLOCK_MOVES and action.color is not None:
            flag = action.color == "red"
            last_clock = action.created_at
        else:
            continue
        marks.append((action.created_at, flag))
    running = case.state in OPEN_STATES and case.sla_paused_at is None
    if running and case.due_at is not None:
        marks.append((max(case.due_at, last_clock), True))
    elif case.sla_paused_at is not None and case.color == "red" and not flag:
        marks.append((last_clock, True))  # parked just past due, before the ladder's tick
    marks.sort(key=lambda mark: mark[0])
    spans = []
    opened: datetime | None = None
    for at, red in marks:
        if red and opened is None:
            opened = at
        elif not red and opened is not None:
            spans.append((opened, at))
            opened = None
    if opened is not None:
        spans.append((opened, until))
    return spans


def overdue_over_time(
    session: Session, *, since: datetime, until: datetime, now: datetime
) -> dict[str, Any]:
    """The open-and-overdue count every 15 minutes from `since` up to `until` (or now)."""
    end = min(until, now)
    points = _points(since, end)
    delta = [0] * (len(points) + 1)
    red_throughout, turning_red = _unchanged_cases(session, since, end)
    delta[0] += red_throughout
    for due_at in turning_red:
        delta[bisect.bisect_left(points, due_at)] += 1
    for start, stop in _changed_spans(session, since, end):
        delta[bisect.bisect_left(points, start)] += 1
        delta[bisect.bisect_left(points, stop)] -= 1
    counts, running = [], 0
    for change in delta[:-1]:
        running += change
        counts.append(running)
    return {
        "step_minutes": int(STEP.total_seconds() // 60),
        "points": [{"at": _iso(p), "overdue": n} for p, n in zip(points, counts, strict=True)],
    }


def _points(since: datetime, end: datetime) -> list[datetime]:
    """The curve's instants: every STEP on the clock from `since` up to `end`."""
    points = []
    at = since if _floor(since, STEP) == since else _floor(since, STEP) + STEP
    while at <= end:
        points.append(at)
        at += STEP
    return points


class OverdueCurves:
    """Overdue curves kept between requests: every console asks for today's every few
    seconds while cases change (100 ms of the server's interpreter at 100,000 open cases,
    each time), and the curve is the same until its next point.

    A point is an instant past, and what is recorded about it no longer changes once
    `SETTLED` has gone by (a commit in flight, the ladder's tick): the curve of (from, its
    last point) is kept from then on, for `KEPT_FOR` at most (a calendar import moving
    deadlines shows within that). Within `SETTLED` of a new point, or with no point yet, it
    is computed for each request. (Up to the ladder's tick, as above: a case whose step ends
    later counts as red from the tick that saw it late instead of its due time.)
    """

    SETTLED = timedelta(seconds=30)
    KEPT_FOR = timedelta(minutes=2)
    SIZE = 16  # curves kept (periods asked for)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: OrderedDict[tuple[datetime, datetime], tuple[datetime, dict[str, Any]]]
        self._kept = OrderedDict()

    def curve(
        self, db: Database, *, since: datetime, until: datetime, now: datetime
    ) -> dict[str, Any]:
        """`overdue_over_time`, kept or computed (the answer is shared: not to be changed)."""
        points = _points(since, min(until, now))
        settled = bool(points) and now - points[-1] >= self.SETTLED
        key = (since, points[-1]) if points else None
        if settled and key is not None:
            with self._lock:
                kept = self._kept.get(key)
            if kept is not None and timedelta(0) <= now - kept[0] <= self.KEPT_FOR:
                return kept[1]
        with db.read() as session:
            body = overdue_over_time(session, since=since, until=until, now=now)
        if settled and key is not None:
            with self._lock:
                self._kept[key] = (now, body)
                self._kept.move_to_end(key)
                while len(self._kept) > self.SIZE:
                    self._kept.popitem(last=False)
        return body


def _unchanged_cases(session: Session, since: datetime, end: datetime) -> tuple[int, list[Any]]:
    """The open cases nothing changed since `since`: how many were red all along (red now),
    and the due_at of each running clock that turned red by `end`.

    Each color is its own range of ix_cases_overdue (drill, color, state, updated_at): the
    red count reads the index alone, and the clocks not red are read color by color (an OR
    over colors would make the database walk every case unchanged since `since`)."""
    unchanged = (Case.drill.is_(False), Case.state.in_(OPEN_STATES), Case.updated_at < since)
    red = session.scalar(select(func.count()).where(Case.color == "red", *unchanged)) or 0
    running = (Case.sla_paused_at.is_(None), Case.due_at <= end)
    due = session.scalars(
        union_all(
            select(Case.due_at).where(Case.color.in_(NOT_RED), *unchanged, *running),
            select(Case.due_at).where(Case.color.is_(None), *unchanged, *running),
        )
    ).all()
    return red, list(due)


def _changed_spans(
    session: Session, since: datetime, end: datetime
) -> Iterator[tuple[datetime, datetime]]:
    """Overdue spans of the cases changed since `since`, from their trails."""
    changed = (Case.drill.is_(False), Case.created_at < end, Case.updated_at >= since)
    cases = {c.id: c for c in session.execute(
        select(Case.id, Case.state, Case.created_at, Case.due_at, Case.sla_paused_at, Case.color)
        .where(*changed)
    )}  # fmt: skip
    trails: dict[int, list[Any]] = defaultdict(list)
    for action in session.execute(
        select(CaseAction.case_id, CaseAction.action, CaseAction.from_state, CaseAction.to_state,
               CaseAction.created_at, CaseAction.payload["color"].as_string().label("color"))
        .join(Case, Case.id == CaseAction.case_id)
        .where(*changed, CaseAction.created_at <= end, or_(
            CaseAction.from_state != CaseAction.to_state, CaseAction.action.in_(TRAIL_ACTIONS)))
        .order_by(CaseAction.id)
    ):  # fmt: skip
        trails[action.case_id].append(action)
    for case_id, case in cases.items():
        yield from overdue_intervals(case, trails[case_id], end + STEP)
