"""Economic indicators (经济运行): catalogue, series, ranking, scorecard and the CSV import."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, Now, StateDep, require_roles
from server.problems import Code, Problem, not_found
from server.schemas.indicators import IndicatorUpdate
from server.services import (
    admin_log,
    economy_brief,
    indicator_import,
    indicator_review,
    indicators,
)
from server.services.bulletin import render_pdf
from server.services.indicators import AREA_NAMES, HOME_AREA, check_area, check_period
from server.services.lifecycle import Actor
from server.services.pdf_render import PdfError
from server.sheets import SHEET_BODY, read_sheet

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


@router.get("/review")
def review(
    _actor: CurrentActor,
    state: StateDep,
    area: Annotated[str, Query(max_length=20, description="area code")] = HOME_AREA,
    period: Annotated[
        str | None, Query(max_length=7, description="2026-10 (a month), 2026-Q1 or 2026")
    ] = None,
) -> dict[str, Any]:
    """One area's indicators for a month, quarter or year, compared with the same period last
    year, the previous year-end, the leader and the next area above, and the year's target;
    the three tiers, lagging first; 首季开门红 for a first quarter (default: the latest month)."""
    check_area(area)
    with state.db.read() as session:
        if period is None:
            latest = indicators.periods(session)
            if not latest:
                raise not_found("Indicator values")
            period = latest[-1]
        return indicator_review.review(session, area, indicator_review.parse_review_period(period))


@router.get(
    "/brief",
    response_class=Response,
    responses={
        200: {
            "content": {"application/pdf": {}, "text/plain": {}},
            "description": "the 经济运行分析 brief as an A4 PDF, or as printable text",
        }
    },
)
def brief(
    _actor: CurrentActor,
    state: StateDep,
    area: Annotated[str, Query(max_length=20, description="area code")] = HOME_AREA,
    period: Annotated[
        str | None, Query(max_length=7, description="2026-10 (a month), 2026-Q1 or 2026")
    ] = None,
    format: Annotated[Literal["pdf", "txt"], Query(description="pdf or txt")] = "pdf",  # noqa: A002
) -> Response:
    """The 经济运行分析 brief of a period for the meeting (the review as a document: first
    places, tiles, 开门红, tiers lagging first, gaps, targets, this year's growth); 500
    `server_error` where the server has no CJK font for the PDF."""
    check_area(area)
    with state.db.read() as session:
        chosen = _review_period(session, period)
        document = economy_brief.compose(
            session, indicator_review.review(session, area, chosen), chosen
        )
    name = f"economy-brief-{area}-{chosen.label}"
    if format == "txt":
        return Response(
            document.as_text().encode(),
            media_type="text/plain; charset=utf-8",
            headers={"Content-Disposition": f'inline; filename="{name}.txt"'},
        )
    try:
        pdf = render_pdf(document)
    except PdfError as exc:
        raise Problem(500, "PDF unavailable", str(exc), code=Code.SERVER_ERROR) from None
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'},
    )


def _review_period(session: Session, period: str | None) -> indicator_review.ReviewPeriod:
    """The period asked for, or the latest month with values (404 when there is none)."""
    if period is None:
        latest = indicators.periods(session)
        if not latest:
            raise not_found("Indicator values")
        period = latest[-1]
    return indicator_review.parse_review_period(period)


@router.get("/{code}/streets")
def street_ranking(
    _actor: CurrentActor,
    state: StateDep,
    code: Annotated[str, CODE],
    period: Annotated[
        str | None, Query(max_length=7, description="2026-10 (a month), 2026-Q1 or 2026")
    ] = None,
) -> dict[str, Any]:
    """One indicator by street (板块) for a period, ranked within the district, worst growth
    last (default: the latest month)."""
    with state.db.read() as session:
        return indicator_review.streets(session, code, _review_period(session, period))


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
                          code=Code.INVALID, kind="invalid")  # fmt: skip
        chosen = list(dict.fromkeys(chosen))
    first, last = _period(since, "from"), _period(until, "to")
    if first and last and first > last:
        raise Problem(
            422,
            "Invalid request",
            f"from ({first}) is after to ({last})",
            code=Code.INVALID,
            kind="invalid",
        )
    with state.db.read() as session:
        return indicators.series(session, code=code, areas=chosen, since=first, until=last)


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


@router.post("/import", openapi_extra=SHEET_BODY)
async def import_csv(
    request: Request,
    state: StateDep,
    admin: Annotated[Actor, Depends(require_roles("admin"))],
    now: Now,
) -> dict[str, Any]:
    """Import the statistics bureau's sheet (CSV, UTF-8 or GBK): every line or none.

    A bad file gets 422 with an error per bad line (`line` as a spreadsheet numbers it, the
    header being line 1; `column`, null when the whole line is at fault; `message`). A line
    repeated within the file is an error; a row already stored is replaced.
    """
    data = await read_sheet(request, state.settings.max_body_bytes)

    def work() -> dict[str, Any]:
        with state.db.read() as session:
            sheet = indicator_import.check(data, session)
        if sheet.errors:
            raise indicator_import.rejection(sheet)
        try:
            with state.db.write() as session:
                outcome = indicator_import.store(session, sheet.rows, now)
                admin_log.record(session, kind="indicator", action="import", actor=admin, now=now,
                                 target=", ".join(outcome.get("periods", []))[:200],
                                 after=outcome)  # fmt: skip
                return outcome
        except IntegrityError as exc:
            raise Problem(409, "Import collided", "Another import stored some of these rows "
                          "at the same moment; nothing of this one was kept. Send it again.",
                          code=Code.IMPORT_COLLIDED, kind="conflict") from exc  # fmt: skip

    return await run_in_threadpool(work)


@router.patch("/{code}")
def update_indicator(
    code: Annotated[str, CODE],
    change: IndicatorUpdate,
    state: StateDep,
    admin: Annotated[Actor, Depends(require_roles("admin"))],
    now: Now,
) -> dict[str, Any]:
    """Set the indicator's color rule (admin only); rows are colored by it from now on."""
    rule = change.color_rule.model_dump()
    if rule["kind"] == "threshold" and rule["green"] < rule["red_below"]:
        raise Problem(
            422,
            "Invalid request",
            "green must not be below red_below",
            code=Code.INVALID,
            kind="invalid",
            errors=[{"field": "color_rule.green", "message": "below red_below"}],
        )
    with state.db.write() as session:
        before = indicators.indicator(session, code).color_rule
        changed = indicators.set_color_rule(session, code, rule)
        admin_log.record(
            session,
            kind="indicator",
            action="color_rule",
            actor=admin,
            now=now,
            target=code,
            before=before,
            after=rule,
        )
        return changed.view()
