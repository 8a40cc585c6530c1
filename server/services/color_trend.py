"""The 三色 totals over the last hours: open cases by SLA color at each sample instant.

The wall's trend (GET /api/v1/supervision/color-trend) must show the past day the moment a
wall starts, so it is rebuilt from what the database keeps, as the overdue curve is
(`kpi_timeline.py`), never sampled and stored: a case's color at an instant follows from
its trail and, for the step it runs now, from its exact warn and due instants.

- A case counts from its creation (a new case's accept clock starts green) until a state
  change leaves the open states (closed, voided, merged).
- A state change starts a new clock: green, unless its audit record says the color (the
  handle step counts from the dispatch and may start late; the ladder records it at its
  next tick). `park` and `unpark` keep the color.
- The ladder's records (`auto_remind` yellow, `auto_supervise` and `auto_notice` red,
  `recolor`) and the clock moves that write the color after the move (`approve_extension`,
  `correct`) set it; a holiday-calendar change (`calendar_changed`) moves warn and due and
  the color follows from the new instants.
- The step running now: from its last start or move on, green before `warn_at`, yellow
  before `due_at`, red after (the instants the queue recolors by, so the latest point agrees
  with the live queue even before the ladder's tick); a parked case keeps its color.

Cases nothing changed since the window began (most open cases) are counted from their
columns alone, without their trails. Drill cases never count.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from server.models import Case, CaseAction
from server.services.lifecycle import OPEN_STATES
from server.services.sla import color_at
from server.services.workcalendar import SHANGHAI

COLORS = ("green", "yellow", "red")
# Audit records that carry the color of the case after them (payload "color").
COLORED = (
    "auto_remind",
    "auto_supervise",
    "auto_notice",
    "recolor",
    "approve_extension",
    "correct",
)
# Records that move the running clock: the current step's instants hold only after the last.
CLOCK_MOVES = ("approve_extension", "correct", "calendar_changed")
PAUSES = ("park", "unpark")
MAX_POINTS = 2016  # a week at 5-minute steps

Span = tuple[datetime, datetime | None, str]  # [start, stop) in one color; stop None: still


def sample_instants(since: datetime, until: datetime, step: timedelta) -> list[datetime]:
    """The instants from `since` to `until` (both included when they fall on the grid), on
    multiples of `step` from midnight Asia/Shanghai, so that two walls read the same points."""
    local = since.astimezone(SHANGHAI)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    offset = (local - midnight) % step
    at = local if not offset else local - offset + step
    points = []
    while at <= until:
        points.append(at)
        at += step
    return points


def color_trend(
    session: Session, *, since: datetime, now: datetime, step: timedelta
) -> dict[str, Any]:
    """Open cases by color at every sample instant of (since, now]."""
    points = sample_instants(since, now, step)
    deltas = {color: [0] * (len(points) + 1) for color in COLORS}
    for (start, stop, color), count in _spans(session, since, now):
        delta = deltas[color]
        delta[bisect.bisect_left(points, start)] += count
        if stop is not None:
            delta[bisect.bisect_left(points, stop)] -= count
    running = dict.fromkeys(COLORS, 0)
    answer = []
    for i, at in enumerate(points):
        for color in COLORS:
            running[color] += deltas[color][i]
        answer.append({"at": at.isoformat(), **running})
    return {
        "now": now.astimezone(SHANGHAI).isoformat(),
        "step_minutes": int(step.total_seconds() // 60),
        "points": answer,
    }


def _spans(session: Session, since: datetime, now: datetime) -> Iterator[tuple[Span, int]]:
    """Every span with the number of cases it stands for."""
    yield from _unchanged_spans(session, since)
    for span in _changed_spans(session, since, now):
        yield span, 1


def _unchanged_spans(session: Session, since: datetime) -> Iterator[tuple[Span, int]]:
    """Open cases nothing changed since `since`: state and clock held all along."""
    unchanged = (Case.drill.is_(False), Case.state.in_(OPEN_STATES), Case.updated_at < since)
    # Parked (the color held) or without a clock: one color throughout, counted in SQL.
    held = session.execute(
        select(Case.color, func.count())
        .where(*unchanged, or_(Case.sla_paused_at.is_not(None), Case.due_at.is_(None)))
        .group_by(Case.color)
    )
    for color, count in held:
        if color in COLORS:
            yield (since, None, color), count
    running = session.execute(
        select(Case.warn_at, Case.due_at).where(
            *unchanged, Case.sla_paused_at.is_(None), Case.due_at.is_not(None)
        )
    )
    for warn_at, due_at in running:
        if due_at is not None:
            for span in _clock_spans(since, warn_at or due_at, due_at):
                yield span, 1


def _clock_spans(start: datetime, warn_at: datetime, due_at: datetime) -> Iterator[Span]:
    """A running clock from `start` on: green, yellow, red by its instants."""
    color = color_at(warn_at, due_at, start)
    if color == "green":
        yield start, warn_at, "green"
        start = warn_at
    if color_at(warn_at, due_at, start) == "yellow" and due_at > start:
        yield start, due_at, "yellow"
        start = due_at
    yield start, None, "red"


def _changed_spans(session: Session, since: datetime, now: datetime) -> Iterator[Span]:
    """Cases changed since `since` (or created since): their colors from their trails."""
    changed = (Case.drill.is_(False), Case.created_at <= now, Case.updated_at >= since)
    cases = {c.id: c for c in session.execute(
        select(Case.id, Case.state, Case.created_at, Case.warn_at, Case.due_at,
               Case.sla_paused_at, Case.color)
        .where(*changed)
    )}  # fmt: skip
    trails: dict[int, list[Any]] = defaultdict(list)
    payload = CaseAction.payload
    for action in session.execute(
        select(CaseAction.case_id, CaseAction.action, CaseAction.from_state, CaseAction.to_state,
               CaseAction.created_at, payload["color"].as_string().label("color"),
               payload["new_warn_at"].as_string().label("new_warn_at"),
               payload["new_due_at"].as_string().label("new_due_at"))
        .join(Case, Case.id == CaseAction.case_id)
        .where(*changed, CaseAction.created_at <= now, or_(
            CaseAction.from_state != CaseAction.to_state,
            CaseAction.action.in_((*COLORED, *CLOCK_MOVES))))
        .order_by(CaseAction.id)
    ):  # fmt: skip
        trails[action.case_id].append(action)
    for case_id, case in cases.items():
        yield from case_spans(case, trails[case_id])


def case_spans(case: Any, actions: list[Any]) -> list[Span]:
    """One case's colors over its life: spans [start, stop) while it was open with a color."""
    marks: list[tuple[datetime, str | None]] = [(case.created_at, "green")]
    last_clock = case.created_at
    for action in actions:
        at = action.created_at
        if action.from_state is not None and action.from_state != action.to_state:
            last_clock = at
            if action.to_state not in OPEN_STATES:
                marks.append((at, None))
            elif action.action not in PAUSES:
                marks.append((at, action.color or "green"))
            continue
        if action.action in CLOCK_MOVES:
            last_clock = at
        if action.color in COLORS:
            marks.append((at, action.color))
        elif action.new_warn_at and action.new_due_at:
            warn, due = datetime.fromisoformat(action.new_warn_at), action.new_due_at
            marks.append((at, color_at(warn, datetime.fromisoformat(due), at)))
    open_now = case.state in OPEN_STATES
    if open_now and case.sla_paused_at is None and case.due_at is not None:
        # The running step by its exact instants; the ladder's records of it are late copies.
        marks = [m for m in marks if m[0] < last_clock]
        marks += [(s, c) for s, _stop, c in _clock_spans(last_clock, case.warn_at or case.due_at,
                                                         case.due_at)]  # fmt: skip
    elif open_now and case.sla_paused_at is not None and case.color in COLORS:
        marks.append((last_clock, case.color))  # parked: the color at the pause, held
    marks.sort(key=lambda mark: mark[0])
    spans: list[Span] = []
    for (at, color), following in zip(marks, [*marks[1:], None], strict=True):
        stop = following[0] if following is not None else None
        if color is not None and (stop is None or stop > at):
            spans.append((at, stop, color))
    return spans
