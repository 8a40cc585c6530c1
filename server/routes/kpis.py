"""Case KPIs (督考): the per-department or per-street table, intake per hour, overdue over time."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import AwareDatetime

from server.deps import Now, StateDep, require_roles
from server.problems import Code, Problem
from server.services import kpi_timeline, kpis
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI

router = APIRouter(prefix="/api/v1/kpis", tags=["kpis"])

# Who assesses: the center's staff. Departments and trainers (drill data only) do not.
Assessor = Annotated[Actor, Depends(require_roles("duty_officer", "supervisor", "admin"))]
FromQuery = Query(alias="from", description="start, ISO 8601 with offset (default: today 00:00)")
ToQuery = Query(alias="to", description="end, ISO 8601 with offset (default: now)")
MAX_TABLE_SPAN = timedelta(days=366)
MAX_TIMELINE_SPAN = timedelta(days=31)


def _window(
    since: datetime | None, until: datetime | None, longest: timedelta, now: datetime
) -> tuple[datetime, datetime]:
    """(from, to), defaulting to today in Asia/Shanghai up to `now`; 422 for a bad window."""
    if any(m is not None and not 2000 <= m.year <= 2100 for m in (since, until)):
        raise _bad_window("from and to must lie between the years 2000 and 2100")
    if until is None:
        until = now
    if since is None:
        # From the start of `to`'s day; from the day before when `to` is that midnight.
        day = (until - timedelta(microseconds=1)).astimezone(SHANGHAI).date()
        since = datetime.combine(day, time(0, 0), tzinfo=SHANGHAI)
    if since >= until:
        raise _bad_window(f"from ({since.isoformat()}) must be before to ({until.isoformat()})")
    if until - since > longest:
        raise _bad_window(f"the period is longer than {longest.days} days: shorten it")
    return since, until


def _bad_window(message: str) -> Problem:
    return Problem(422, "Invalid request", message, code=Code.INVALID, kind="invalid",
                   errors=[{"field": "from", "message": message}])  # fmt: skip


def _shown(moment: datetime) -> str:
    return moment.astimezone(SHANGHAI).isoformat()


@router.get("")
def kpi_table(
    _actor: Assessor,
    state: StateDep,
    now: Now,
    by: Annotated[Literal["department", "street"], Query()] = "department",
    since: Annotated[AwareDatetime | None, FromQuery] = None,
    until: Annotated[AwareDatetime | None, ToQuery] = None,
) -> dict[str, Any]:
    """Per department or street: intake, rates, mean handling time, overdue now and score.

    The formulas are in server/services/kpis.py; drill cases never count.
    """
    first, last = _window(since, until, MAX_TABLE_SPAN, now)
    with state.db.read() as session:
        table = kpis.kpi_table(
            session, ref=state.reference.get(), by=by, since=first, until=last, now=now
        )
    return {"by": by, "from": _shown(first), "to": _shown(last),
            "rows": table["rows"], "totals": table["totals"]}  # fmt: skip


@router.get("/intake")
def intake(
    _actor: Assessor,
    state: StateDep,
    now: Now,
    since: Annotated[AwareDatetime | None, FromQuery] = None,
    until: Annotated[AwareDatetime | None, ToQuery] = None,
) -> dict[str, Any]:
    """Cases created per hour, by channel (at most 31 days)."""
    first, last = _window(since, until, MAX_TIMELINE_SPAN, now)
    with state.db.read() as session:
        return kpi_timeline.intake_per_hour(session, first, last)


@router.get("/overdue")
def overdue(
    _actor: Assessor,
    state: StateDep,
    now: Now,
    since: Annotated[AwareDatetime | None, FromQuery] = None,
    until: Annotated[AwareDatetime | None, ToQuery] = None,
) -> dict[str, Any]:
    """The open-and-overdue count every 15 minutes (at most 31 days; never past now)."""
    first, last = _window(since, until, MAX_TIMELINE_SPAN, now)
    with state.db.read() as session:
        return kpi_timeline.overdue_over_time(session, since=first, until=last, now=now)
