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
from server.services.case_trail import publish_many, record_many
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
    *,
    ref: ReferenceData,
    sla: SlaClock,
    calendar: WorkCalendar,
    now: datetime,
    days: list[date],
    actor: Actor,
    only: list[int] | None = None,
) -> int:
    """Recompute, on `calendar`, every running clock the days can move (of the cases `only`,
    if given); returns how many moved.

    The moved cases of each batch get their audit records and feed events in one insert each.
    """
    if not days:
        return 0
    clock = replace(sla, work=calendar)
    dates = sorted({day.isoformat() for day in days})
    moved = 0
    for batch in _chunks(affected_ids(session, days) if only is None else only):
        found = session.scalars(
            select(Case).where(Case.id.in_(batch)).order_by(Case.id).with_for_update()
        )
        changes = [change for case in found if (change := _move(clock, case, now)) is not None]
        if not changes:
            continue
        cases = [case for case, _ in changes]
        entries = record_many(
            session,
            cases=cases,
            action="calendar_changed",
            actor=actor,
            now=now,
            notes=[
                f"节假日安排变更：期限 {_short(old_due)} → {_short(case.due_at)}"
                for case, (_, old_due) in changes
            ],
            payloads=[
                {
                    "dates": dates,
                    "old_warn_at": iso(old_warn),
                    "new_warn_at": iso(case.warn_at),
                    "old_due_at": iso(old_due),
                    "new_due_at": iso(case.due_at),
                }
                for case, (old_warn, old_due) in changes
            ],
        )
        publish_many(
            session,
            "case.updated",
            changes=list(zip(cases, entries, strict=True)),
            ref=ref,
            now=now,
        )
        moved += len(changes)
    return moved


def would_move(
    session: Session, *, sla: SlaClock, calendar: WorkCalendar, now: datetime, days: list[date]
) -> list[int]:
    """The cases whose clock `calendar` would move, computed without writing anything (a
    reader's check before taking the write lock for nothing)."""
    clock = replace(sla, work=calendar)
    moving = []
    with session.no_autoflush:
        for batch in _chunks(affected_ids(session, days)):
            for case in session.scalars(select(Case).where(Case.id.in_(batch))):
                if _move(clock, case, now) is not None:
                    moving.append(case.id)
            session.expunge_all()  # the recomputed copies are never written
    return moving


def _move(
    clock: SlaClock, case: Case, now: datetime
) -> tuple[Case, tuple[datetime | None, datetime | None]] | None:
    """Recompute the case's clock; its old warn and due instants if it moved, else None."""
    if case.warn_at is None or case.sla_paused_at is not None:
        return None  # an action stopped or paused the clock since the ids were read
    before = {name: getattr(case, name) for name in _SLA_COLUMNS}
    clock.recompute(case, now)
    if all(getattr(case, name) == before[name] for name in ("warn_at", "due_at", "notice_at")):
        for name, value in before.items():  # recoloring with time is the ladder's work
            setattr(case, name, value)
        return None
    case.version += 1
    case.updated_at = now
    return case, (before["warn_at"], before["due_at"])


def _short(moment: datetime | None) -> str:
    return "—" if moment is None else moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]
