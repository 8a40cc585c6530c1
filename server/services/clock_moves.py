"""Running SLA clocks follow a change of the working calendar: each moved case is recorded.

A change of a day can only move a clock that was running on it: one that started before the
end of the last changed day and whose last instant (notice_at) lies after the start of the
first. Each moved case gets a new version, a `calendar_changed` audit record (old → new due)
and a feed event, so that every console's countdown moves without a reload.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Case
from server.services.case_trail import publish, record
from server.services.holidays import day_bounds
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.services.views import iso
from server.services.workcalendar import SHANGHAI, WorkCalendar

BATCH = 500
_SLA_COLUMNS = ("warn_at", "due_at", "notice_at", "color", "sla_next_at")


def affected_ids(session: Session, days: list[date]) -> list[int]:
    """Cases whose running clock may count one of these days."""
    start, end = day_bounds(days, SHANGHAI)
    return list(
        session.scalars(
            select(Case.id)
            .where(
                Case.warn_at.is_not(None),
                Case.sla_started_at < end,
                Case.notice_at >= start,
            )
            .order_by(Case.id)
        )
    )


def move_clocks(
    session: Session,
    ref: ReferenceData,
    sla: SlaClock,
    calendar: WorkCalendar,
    now: datetime,
    *,
    days: list[date],
    actor: Actor,
) -> int:
    """Recompute, on `calendar`, every running clock the days can move; returns how many moved."""
    if not days:
        return 0
    clock = replace(sla, work=calendar)
    dates = sorted({day.isoformat() for day in days})
    moved = 0
    for batch in _chunks(affected_ids(session, days)):
        cases = session.scalars(
            select(Case).where(Case.id.in_(batch)).order_by(Case.id).with_for_update()
        )
        for case in cases:
            if _move(session, ref, clock, case, now, dates, actor):
                moved += 1
    return moved


def _move(
    session: Session,
    ref: ReferenceData,
    clock: SlaClock,
    case: Case,
    now: datetime,
    dates: list[str],
    actor: Actor,
) -> bool:
    if case.warn_at is None or case.sla_paused_at is not None:
        return False  # an action stopped or paused the clock since the ids were read
    before = {name: getattr(case, name) for name in _SLA_COLUMNS}
    clock.recompute(case, now)
    if all(getattr(case, name) == before[name] for name in ("warn_at", "due_at", "notice_at")):
        for name, value in before.items():  # recoloring with time is the ladder's work
            setattr(case, name, value)
        return False
    case.version += 1
    case.updated_at = now
    payload = {
        "dates": dates,
        "old_warn_at": iso(before["warn_at"]),
        "new_warn_at": iso(case.warn_at),
        "old_due_at": iso(before["due_at"]),
        "new_due_at": iso(case.due_at),
    }
    note = f"节假日安排变更：期限 {_short(before['due_at'])} → {_short(case.due_at)}"
    entry = record(
        session,
        case,
        "calendar_changed",
        actor,
        now,
        from_state=case.state,
        note=note,
        payload=payload,
    )
    publish(session, "case.updated", case, entry, ref, now)
    return True


def _short(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]
