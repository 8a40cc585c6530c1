"""Case KPIs (督考): the per-department or per-street table over any period, the cases behind
each figure, the score's weights, intake per hour and overdue over time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Query, Response
from pydantic import AwareDatetime, BaseModel, Field
from sqlalchemy import select

from server.deps import Now, StateDep, require_roles
from server.models import Case
from server.problems import Code, Problem
from server.schemas import MAX_INT
from server.schemas.case_out import CaseOut
from server.services import kpi_timeline, kpi_weights, kpis
from server.services.case_json import KEY_COLUMNS
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI

router = APIRouter(prefix="/api/v1/kpis", tags=["kpis"])

# Who assesses: the center's staff. Departments and trainers (drill data only) do not.
Assessor = Annotated[Actor, Depends(require_roles("duty_officer", "supervisor", "admin"))]
Admin = Annotated[Actor, Depends(require_roles("admin"))]
By = Annotated[Literal["department", "street"], Query()]
Period = Literal["today", "week", "month", "quarter"]
PeriodQuery = Query(description="today, this week (from Monday), this month or this quarter "
                    "in Asia/Shanghai, up to now; instead of from/to")  # fmt: skip
Figure = Literal[
    "intake", "on_time_dispatch_rate", "closure_rate", "on_time_closure_rate", "rework_rate",
    "return_rate", "extension_rate", "satisfaction_rate", "mean_handling_hours",
    "open", "overdue_open", "score",
]  # fmt: skip
CASES_SHOWN = 500  # cases sent whole with their ids; the ids are always all there
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


def period_start(period: str, now: datetime) -> datetime:
    """The start of today, this week (Monday), this month or this quarter in Asia/Shanghai."""
    day = now.astimezone(SHANGHAI).date()
    if period == "week":
        day -= timedelta(days=day.weekday())
    elif period == "month":
        day = day.replace(day=1)
    elif period == "quarter":
        day = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return datetime.combine(day, time(0, 0), tzinfo=SHANGHAI)


def _table_window(
    period: str | None, since: datetime | None, until: datetime | None, now: datetime
) -> tuple[datetime, datetime]:
    """The table's [from, to): a named period up to now (empty at its very first instant,
    not refused), or from/to as given (defaults: today)."""
    if period is None:
        return _window(since, until, MAX_TABLE_SPAN, now)
    if since is not None or until is not None:
        raise _bad_window("send either a period or from/to, not both")
    first = period_start(period, now)
    return first, max(now, first)


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
    by: By = "department",
    period: Annotated[Period | None, PeriodQuery] = None,
    since: Annotated[AwareDatetime | None, FromQuery] = None,
    until: Annotated[AwareDatetime | None, ToQuery] = None,
) -> dict[str, Any]:
    """Per department or street: intake, rates, mean handling time, overdue now and score,
    with the counts behind them (`counts`) and the score's weights.

    The formulas are in server/services/kpis.py; drill cases never count. The rows add up
    to the totals: cases never dispatched have a row of their own (`undispatched`).
    """
    first, last = _table_window(period, since, until, now)
    with state.db.read() as session:
        weights, shown = kpi_weights.current(session)
        table = kpis.kpi_table(
            session, ref=state.reference.get(), by=by, since=first, until=last, now=now,
            weights=weights,
        )  # fmt: skip
    return {"by": by, "period": period, "from": _shown(first), "to": _shown(last),
            "rows": table["rows"], "totals": table["totals"], "weights": shown}  # fmt: skip


class KpiCasesOut(BaseModel):
    """The cases behind one figure of one row."""

    by: Literal["department", "street"]
    key: str = Field(description="the row's key; all for the totals")
    figure: str
    period: str | None
    from_: str = Field(alias="from")
    to: str
    count: int = Field(description="how many cases: the row's counts[...] for the figure")
    case_ids: list[int] = Field(description="every case behind the figure, ascending")
    cases: list[CaseOut] = Field(description=f"the first {CASES_SHOWN} of them, whole")


@router.get("/cases", response_model=KpiCasesOut)
def figure_cases(
    actor: Assessor,
    state: StateDep,
    now: Now,
    key: Annotated[str, Query(max_length=40, description="the row's key (all: the totals)")],
    figure: Annotated[Figure, Query(description="the column clicked")],
    by: By = "department",
    period: Annotated[Period | None, PeriodQuery] = None,
    since: Annotated[AwareDatetime | None, FromQuery] = None,
    until: Annotated[AwareDatetime | None, ToQuery] = None,
) -> Response:
    """The cases a figure counts (a rate: its numerator; the score: the cases scored;
    overdue: open and past due now), for the same period as the table."""
    first, last = _table_window(period, since, until, now)
    ref = state.reference.get()
    with state.db.read() as session:
        ids = kpis.figure_case_ids(
            session, ref=ref, by=by, key=key, figure=figure, since=first, until=last, now=now
        )
    with state.db.snapshot() as connection:
        rows = connection.execute(
            kpi_case_rows(ids[:CASES_SHOWN])
        ).all() if ids else []  # fmt: skip
        items = state.case_json.page_json(connection, rows=rows, ref=ref, actor=actor)
    head = {"by": by, "key": key, "figure": figure, "period": period, "from": _shown(first),
            "to": _shown(last), "count": len(ids), "case_ids": ids}  # fmt: skip
    body = orjson.dumps(head)[:-1] + b',"cases":[' + b",".join(items) + b"]}"
    return Response(body, media_type="application/json")


def kpi_case_rows(ids: list[int]) -> Any:
    """(id, version) of these cases, in the order of their ids."""
    return select(*KEY_COLUMNS).where(Case.id.in_(ids)).order_by(Case.id)


class WeightsIn(BaseModel):
    """The score's weights to put in force, and the version they were edited from."""

    version: int = Field(ge=0, le=MAX_INT, description="the version you edited")
    tier_high: float = Field(description="points for an intake ≥ ⅔ of the largest row's")
    tier_middle: float = Field(description="points for an intake ≥ ⅓ of the largest row's")
    tier_low: float = Field(description="points for any smaller intake")
    closure: float = Field(description="weight of the closure rate (per point)")
    on_time_closure: float = Field(description="weight of the on-time closure rate")
    no_rework: float = Field(description="weight of 100 − the rework rate")
    note: str = Field(default="", max_length=500)


@router.get("/weights")
def get_weights(_actor: Assessor, state: StateDep) -> dict[str, Any]:
    """The score's weights in force (version 0: the domain's default formula)."""
    with state.db.read() as session:
        return kpi_weights.current(session)[1]


@router.put("/weights")
def put_weights(body: WeightsIn, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """New weights (administrators): non-negative, tiers not growing as the intake shrinks,
    the best score exactly 100; 409 with the weights in force if `version` is stale.
    Recorded in the admin log."""
    values = body.model_dump(exclude={"version", "note"})
    errors = kpi_weights.check(values)
    if errors:
        raise Problem(
            422, "Invalid weights", "; ".join(e["message"] for e in errors),
            code=Code.INVALID, kind="invalid", errors=errors,
        )  # fmt: skip
    with state.db.write() as session:
        return kpi_weights.replace(
            session, edited=body.version, values=values, note=body.note, actor=admin, now=now
        )


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
    return state.overdue_curves.curve(state.db, since=first, until=last, now=now)
