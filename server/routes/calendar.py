"""The holiday calendar: every signed-in role reads it, administrators enter the notice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, Now, StateDep, require_roles
from server.problems import Code, Problem, invalid_field, not_found
from server.services import calendar_admin, holidays
from server.services.calendar_admin import CalendarChange
from server.services.holidays import InvalidDay
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.sheets import SHEET_BODY, read_sheet
from server.state import AppState

router = APIRouter(prefix="/api/v1/calendar", tags=["calendar"])
Admin = Annotated[Actor, Depends(require_roles("admin"))]
T = TypeVar("T")
DayPath = Annotated[str, Path(max_length=10, description="the day, YYYY-MM-DD")]


class DayIn(BaseModel):
    """An entered day: `holiday` (放假) or `workday` (调休上班) and the holiday's name."""

    kind: str = Field(max_length=20, description="holiday or workday")
    name: str = Field(max_length=200, description="元旦, 春节, … (1–20 characters)")


@router.get("")
def year(
    _actor: CurrentActor,
    state: StateDep,
    year: Annotated[int, Query(ge=holidays.FIRST_YEAR, le=holidays.LAST_YEAR)],
) -> dict[str, Any]:
    """The year's holidays and make-up working days, and where they come from."""
    with state.db.read() as session:
        return holidays.year_view(session, year)


@router.get("/status")
def status(_actor: CurrentActor, state: StateDep, now: Now) -> dict[str, Any]:
    """Whether this year and next are known (library or entered) or missing."""
    with state.db.read() as session:
        return holidays.status(session, now.astimezone(SHANGHAI).date())


@router.put("/days/{day}")
def put_day(day: DayPath, body: DayIn, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """Enter a holiday or a make-up working day; every running clock it moves follows."""
    entry = _checked(lambda: holidays.check_entry(_parse(day), body.kind, body.name))
    with state.db.write() as session:
        change = calendar_admin.set_day(
            session, ref=state.reference.get(), sla=state.sla, entry=entry, actor=admin, now=now
        )
    _adopt(state, change)
    return {
        "day": {"date": day, "kind": entry.kind, "name": entry.name, "source": "entered"},
        "moved": change.moved,
    }


@router.delete("/days/{day}")
def delete_day(day: DayPath, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """Forget an entered day: the library answers for it again."""
    parsed = _checked(lambda: _parse(day))
    with state.db.write() as session:
        change = calendar_admin.delete_day(
            session, ref=state.reference.get(), sla=state.sla, day=parsed, actor=admin, now=now
        )
    if change is None:
        raise not_found(f"An entered day {day}")
    _adopt(state, change)
    return {"date": day, "moved": change.moved}


@router.post("/import", openapi_extra=SHEET_BODY)
async def import_notice(
    request: Request, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """The State Council's notice as `date,kind,name` lines (a date may be `first..last`):
    every line stored, or 422 with the errors by line and nothing stored."""
    raw = await read_sheet(request, state.settings.max_body_bytes)
    text = _checked(lambda: holidays.decode_notice(raw))
    entries, errors = holidays.parse_notice(text)
    if errors:
        raise Problem(
            422,
            "Invalid calendar",
            f"{len(errors)} line(s) of the notice are wrong; nothing was stored.",
            code=Code.INVALID,
            kind="invalid",
            errors=errors,
        )

    def work() -> CalendarChange:
        with state.db.write() as session:
            return calendar_admin.import_notice(
                session,
                ref=state.reference.get(),
                sla=state.sla,
                entries=entries,
                actor=admin,
                now=now,
            )

    change = await run_in_threadpool(work)
    _adopt(state, change)
    return {
        "stored": len(entries),
        "moved": change.moved,
        "years": sorted({entry.day.year for entry in entries}),
    }


def _adopt(state: AppState, change: CalendarChange) -> None:
    state.calendar.adopt(change.calendar, change.revision)
    state.hub.notify()


def _parse(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidDay("date", f"{text!r} is not a date (YYYY-MM-DD)") from None


def _checked(make: Callable[[], T]) -> T:
    """The value, or 422 naming the field the calendar refused."""
    try:
        return make()
    except InvalidDay as exc:
        raise invalid_field(exc.field, str(exc)) from exc
