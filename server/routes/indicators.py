"""Economic indicators (经济运行): catalogue, series, ranking, scorecard and the CSV import."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from server.deps import CurrentActor, StateDep
from server.problems import Problem
from server.services import indicators
from server.services.indicators import AREA_NAMES, HOME_AREA, check_area, check_period

router = APIRouter(prefix="/api/v1/indicators", tags=["indicators"])

PeriodQuery = Query(max_length=7, description="YYYY-MM; January–February is YYYY-02")
CODE = Path(max_length=40, description="indicator code, e.g. budget_revenue")


def _period(value: str | None, field: str) -> str | None:
    return None if value is None else check_period(value, field)


@router.get("")
def catalogue(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """The indicators (with their color rules), the ten areas and the periods with data."""
    with state.db.read() as session:
        return indicators.catalogue(session)


@router.get("/scorecard")
def scorecard(
    _actor: CurrentActor,
    state: StateDep,
    area: Annotated[str, Query(max_length=20, description="area code")] = HOME_AREA,
    period: Annotated[str | None, PeriodQuery] = None,
) -> dict[str, Any]:
    """One area's row of every indicator for a period (defaults: the home area, latest)."""
    check_area(area)
    chosen = _period(period, "period")
    with state.db.read() as session:
        return indicators.scorecard(session, area, chosen)


@router.get("/{code}/series")
def series(
    _actor: CurrentActor,
    state: StateDep,
    code: Annotated[str, CODE],
    areas: Annotated[
        str | None, Query(max_length=400, description="area codes, comma-separated (all ten)")
    ] = None,
    since: Annotated[str | None, Query(alias="from", max_length=7)] = None,
    until: Annotated[str | None, Query(alias="to", max_length=7)] = None,
) -> dict[str, Any]:
    """Each chosen area's rows of one indicator, in period order."""
    chosen = list(AREA_NAMES)
    if areas is not None:
        chosen = [check_area(a.strip(), "areas") for a in areas.split(",") if a.strip()]
        if not chosen:
            raise Problem(422, "Invalid request", "areas is empty: give area codes or leave it out",
                          kind="invalid")  # fmt: skip
        chosen = list(dict.fromkeys(chosen))
    first, last = _period(since, "from"), _period(until, "to")
    if first and last and first > last:
        raise Problem(
            422, "Invalid request", f"from ({first}) is after to ({last})", kind="invalid"
        )
    with state.db.read() as session:
        return indicators.series(session, code, chosen, first, last)


@router.get("/{code}/ranking")
def ranking(
    _actor: CurrentActor,
    state: StateDep,
    code: Annotated[str, CODE],
    period: Annotated[str | None, PeriodQuery] = None,
) -> dict[str, Any]:
    """One period's rows of one indicator ordered by value rank (default: latest period)."""
    chosen = _period(period, "period")
    with state.db.read() as session:
        return indicators.ranking(session, code, chosen)
