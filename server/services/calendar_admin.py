"""Changes to the holiday calendar: each stores its days, moves the running clocks, and is
recorded in the admin log and the feed, all in the caller's transaction."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from server.models import AdminRecord, CalendarDay
from server.services import admin_log, feed, holidays
from server.services.clock_moves import move_clocks
from server.services.holidays import Entry
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.services.workcalendar import WorkCalendar

# Calendar changes take this transaction-scoped lock on PostgreSQL (SQLite has one writer).
_PG_LOCK_KEY = 0x43414C  # "CAL"


@dataclass
class CalendarChange:
    """What a change did: the days it touched, the clocks it moved, the calendar it made."""

    days: list[date]
    moved: int
    calendar: WorkCalendar
    revision: int


def set_day(
    session: Session,
    *,
    ref: ReferenceData,
    sla: SlaClock,
    entry: Entry,
    actor: Actor,
    now: datetime,
) -> CalendarChange:
    """Enter (or replace) one day."""
    _lock(session)
    old = session.get(CalendarDay, entry.day)
    before = _entry_json(old)
    _store(session, [entry], actor, now)
    return _finish(
        session,
        ref,
        sla,
        [entry.day],
        actor,
        now,
        "set",
        entry.day.isoformat(),
        before,
        {"kind": entry.kind, "name": entry.name},
    )


def delete_day(
    session: Session, *, ref: ReferenceData, sla: SlaClock, day: date, actor: Actor, now: datetime
) -> CalendarChange | None:
    """Go back to the library's answer for a day; None if nothing was entered for it."""
    _lock(session)
    old = session.get(CalendarDay, day)
    if old is None:
        return None
    before = _entry_json(old)
    session.delete(old)
    session.flush()
    return _finish(session, ref, sla, [day], actor, now, "delete", day.isoformat(), before, None)


def import_notice(
    session: Session,
    *,
    ref: ReferenceData,
    sla: SlaClock,
    entries: list[Entry],
    actor: Actor,
    now: datetime,
) -> CalendarChange:
    """Store every day of a checked notice (replacing days entered before)."""
    _lock(session)
    days = sorted(entry.day for entry in entries)
    years = sorted({day.year for day in days})
    _store(session, entries, actor, now)
    after = [
        {"date": e.day.isoformat(), "kind": e.kind, "name": e.name}
        for e in sorted(entries, key=lambda e: e.day)
    ]
    target = f"{days[0].isoformat()}..{days[-1].isoformat()}"
    note = f"{len(entries)} days, {', '.join(map(str, years))}"
    return _finish(session, ref, sla, days, actor, now, "import", target, None, after, note)


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def _store(session: Session, entries: list[Entry], actor: Actor, now: datetime) -> None:
    days = [entry.day for entry in entries]
    session.execute(delete(CalendarDay).where(CalendarDay.day.in_(days)))
    session.add_all(
        CalendarDay(day=e.day, kind=e.kind, name=e.name, updated_at=now, updated_by=actor.name)
        for e in entries
    )
    session.flush()


def _finish(
    session: Session,
    ref: ReferenceData,
    sla: SlaClock,
    days: list[date],
    actor: Actor,
    now: datetime,
    action: str,
    target: str,
    before: Any,
    after: Any,
    note: str = "",
) -> CalendarChange:
    calendar = holidays.calendar_with(holidays.entries(session))
    moved = move_clocks(
        session, ref=ref, sla=sla, calendar=calendar, now=now, days=days, actor=actor
    )
    revision = admin_log.record(
        session,
        kind="calendar",
        action=action,
        actor=actor,
        now=now,
        target=target,
        before=before,
        after=after,
        note=(note + "; " if note else "") + f"{moved} running clocks moved",
    )
    dates = sorted({day.isoformat() for day in days})
    feed.append(session, "calendar.changed", payload={"dates": dates, "moved": moved}, now=now)
    return CalendarChange(days, moved, calendar, revision)


def _entry_json(row: CalendarDay | None) -> dict[str, str] | None:
    return None if row is None else {"kind": row.kind, "name": row.name}


class CalendarSync:
    """Keeps a SlaClock's working calendar in step with the entered days, in every process:
    the process that made a change adopts its calendar at once; the others reload when they
    see the newer revision (the id of the latest calendar record in the admin log)."""

    def __init__(self, sla: SlaClock) -> None:
        self._sla = sla
        self._lock = threading.Lock()
        self.revision = -1

    def refresh(self, session: Session) -> bool:
        """Reload if another process changed the calendar; True if it did."""
        revision = admin_log.latest_id(session, "calendar")
        if revision == self.revision:
            return False
        calendar = holidays.calendar_with(holidays.entries(session))
        self.adopt(calendar, revision)
        return True

    def adopt(self, calendar: WorkCalendar, revision: int) -> None:
        """Count on this calendar from now on (unless a newer one is already in use)."""
        with self._lock:
            if revision > self.revision:
                self._sla.work = calendar
                self.revision = revision


def changes_since(session: Session, after_id: int, until: datetime) -> tuple[int, list[date]]:
    """Calendar records after `after_id` made before `until`: the newest id, and their days
    (a range stands for its first and last day)."""
    rows = session.execute(
        select(AdminRecord.id, AdminRecord.target)
        .where(
            AdminRecord.kind == "calendar",
            AdminRecord.id > after_id,
            AdminRecord.created_at <= until,
        )
        .order_by(AdminRecord.id)
    ).all()
    days: list[date] = []
    for _, target in rows:
        for part in target.split(".."):
            days.append(date.fromisoformat(part))
    return (rows[-1][0] if rows else after_id), days
