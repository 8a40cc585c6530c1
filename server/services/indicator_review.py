"""The economy as the district's meeting reads it: one area's indicators for a month, a
quarter or the year, each compared with the same period last year, the previous year-end,
the leader and the next area above, and the year's target; grouped into the three tiers.

Everything is derived from the monthly cumulative values the bureau publishes (January with
February): a quarter is the cumulative value at its last month (2026-Q1 = 2026-03, 1–3月),
the year is December's (1–12月). Nothing is typed twice.

- **Same period last year:** the stored growth (the bureau's 同比).
- **Previous year-end:** December of the year before: how the growth moved (points) and how
  the ranks moved (positive: places gained).
- **Gaps (赶超):** to the leader (rank 1) and to the next area above (the nearest higher
  one), by value (in the indicator's unit) and by growth (points), each ranking on its own.
- **Target:** the year's target value (年度目标) of the area: the cumulative value against it
  (progress) and against the share of the year gone by (时序进度: months / 12, 1–2月 = 2/12).
- **首季开门红:** for the first quarter, an indicator opens well when its growth is at or
  above its target growth (or above 0 without one) and its growth rank is held or gained
  against the previous year-end.
- **Tiers:** 优势 (growth rank 1–3), 中游 (4–7), 落后 (8–10); what changed since the period
  before (the previous published month of the same year, or the previous year-end for 1–2月).
  Lagging indicators are listed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import IndicatorStreetValue, IndicatorTarget, IndicatorValue, Street
from server.problems import Code, Problem
from server.services.indicators import (
    AREA_NAMES,
    IndicatorInfo,
    competition_ranks,
    indicators,
    ranked_rows,
)

REVIEW_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")
TIER_ORDER = ("lagging", "middle", "advantage")


@dataclass(frozen=True)
class ReviewPeriod:
    """A month, quarter or year, and the month whose cumulative values stand for it."""

    label: str  # as asked: 2026-03, 2026-Q1 or 2026
    kind: str  # month / quarter / year
    year: int
    month: int  # the last month it covers

    @property
    def month_period(self) -> str:
        """The stored period (YYYY-MM) read for it."""
        return f"{self.year}-{self.month:02d}"

    @property
    def first_quarter(self) -> bool:
        """Whether it is the first quarter (首季)."""
        return self.kind == "quarter" and self.month == 3


def parse_review_period(text: str, field: str = "period") -> ReviewPeriod:
    """YYYY-MM (February for 1–2月), YYYY-Qn or YYYY; a 422 saying how to write it."""
    match = REVIEW_PERIOD.match(text.strip())
    problem = None
    if match is None:
        problem = f"'{text}' is not a period: write 2026-10 (a month), 2026-Q1 or 2026"
    else:
        year = int(match.group(1))
        if not 2000 <= year <= 2100:
            problem = f"the year {year} is out of range (2000–2100)"
        elif match.group(2):
            month = int(match.group(2))
            if month == 1:
                problem = f"January is reported together with February: write {year}-02"
            elif not 2 <= month <= 12:
                problem = f"the month {month:02d} does not exist"
            else:
                return ReviewPeriod(text.strip(), "month", year, month)
        elif match.group(3):
            return ReviewPeriod(text.strip(), "quarter", year, 3 * int(match.group(3)))
        else:
            return ReviewPeriod(text.strip(), "year", year, 12)
    raise Problem(422, "Invalid request", problem, code=Code.INVALID, kind="invalid",
                  errors=[{"field": field, "message": problem}])  # fmt: skip


def review(session: Session, area: str, period: ReviewPeriod) -> dict[str, Any]:
    """Every indicator of one area for the period, compared and tiered (see the module)."""
    infos = indicators(session)
    year_end = f"{period.year - 1}-12"
    before = _period_before(session, period)
    wanted = {period.month_period, year_end} | ({before} if before else set())
    stored = list(session.scalars(select(IndicatorValue).where(IndicatorValue.period.in_(wanted))))
    rows = ranked_rows(infos, stored)
    if not any(key[1] == period.month_period for key in rows):
        raise Problem(404, "Not found", f"No values for {period.label} ({period.month_period}) "
                      "have been imported yet.", code=Code.NOT_FOUND, kind="not-found")  # fmt: skip
    targets = {
        t.indicator: t.value
        for t in session.scalars(
            select(IndicatorTarget).where(
                IndicatorTarget.area == area, IndicatorTarget.year == period.year
            )
        )
    }
    items = []
    for info in infos:
        now = rows.get((info.code, period.month_period, area))
        if now is None:
            continue
        item = dict(now)
        item["name"] = info.name
        item["year_end"] = _moved(now, rows.get((info.code, year_end, area)))
        item["since_before"] = _moved(now, rows.get((info.code, before or "", area)))
        item["gap_value"] = _gaps(now, _group(rows, info, period.month_period), "value")
        item["gap_growth"] = _gaps(now, _group(rows, info, period.month_period), "growth")
        item["target_progress"] = _progress(now["value"], targets.get(info.code), period.month)
        if period.first_quarter:
            item["good_start"] = _good_start(now, rows.get((info.code, year_end, area)))
        items.append(item)
    return {
        "area": area,
        "area_name": AREA_NAMES[area],
        "period": period.label,
        "kind": period.kind,
        "month_period": period.month_period,
        "year_end_period": year_end,
        "before_period": before,
        "time_progress": round(period.month / 12, 4),
        "first_quarter": period.first_quarter,
        "good_start_count": sum(1 for i in items if i.get("good_start", {}).get("answer")),
        "indicators": items,
        "tiers": _tiers(items),
    }


def _period_before(session: Session, period: ReviewPeriod) -> str | None:
    """The latest stored month of the same year before the period's month, else the year
    before's December (1–2月 compares with the previous year-end)."""
    stmt = (
        select(IndicatorValue.period)
        .where(
            IndicatorValue.period >= f"{period.year}-02",
            IndicatorValue.period < period.month_period,
        )
        .order_by(IndicatorValue.period.desc())
        .limit(1)
    )
    return session.scalar(stmt) or f"{period.year - 1}-12"


def _group(
    rows: dict[tuple[str, str, str], dict[str, Any]], info: IndicatorInfo, period: str
) -> list[dict[str, Any]]:
    return [
        row for (code, when, _area), row in rows.items() if code == info.code and when == period
    ]


def _moved(now: dict[str, Any], then: dict[str, Any] | None) -> dict[str, Any] | None:
    """How growth and ranks moved from `then` to `now` (ranks: positive = places gained)."""
    if then is None:
        return None
    return {
        "period": then["period"],
        "growth": then["growth"],
        "growth_change": round(now["growth"] - then["growth"], 2),
        "rank_value": then["rank_value"],
        "rank_value_change": then["rank_value"] - now["rank_value"],
        "rank_growth": then["rank_growth"],
        "rank_growth_change": then["rank_growth"] - now["rank_growth"],
        "tier": then["tier"],
    }


def _gaps(now: dict[str, Any], group: list[dict[str, Any]], field: str) -> dict[str, Any]:
    """The gap (赶超 distance) to the leader and to the next area above, by one field."""
    mine = now[field]
    above = [row for row in group if row[field] > mine]
    leader = max(group, key=lambda row: (row[field], row["area"] == now["area"]))
    nearest = min(above, key=lambda row: row[field]) if above else None
    return {
        "rank": now["rank_value" if field == "value" else "rank_growth"],
        "leader": None if leader[field] <= mine else _gap(leader, mine, field),
        "next_above": None if nearest is None else _gap(nearest, mine, field),
    }


def _gap(row: dict[str, Any], mine: float, field: str) -> dict[str, Any]:
    return {
        "area": row["area"],
        "area_name": row["area_name"],
        field: row[field],
        "gap": round(row[field] - mine, 2),
    }


def _progress(value: float, target: float | None, month: int) -> dict[str, Any] | None:
    """Cumulative value against the year's target and against the time gone by."""
    if target is None or target <= 0:
        return None
    share = value / target
    elapsed = month / 12
    return {
        "target": target,
        "progress": round(share, 4),
        "time_progress": round(elapsed, 4),
        "ahead_by": round(share - elapsed, 4),
        "on_pace": share >= elapsed,
    }


def _good_start(now: dict[str, Any], year_end: dict[str, Any] | None) -> dict[str, Any]:
    """开门红: growth at or above its target (above 0 without one), growth rank held."""
    target = now["target"]
    growth_ok = now["growth"] >= (target if target is not None else 0.0)
    rank_ok = year_end is None or now["rank_growth"] <= year_end["rank_growth"]
    return {"answer": growth_ok and rank_ok, "growth_met": growth_ok, "rank_held": rank_ok}


def _tiers(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The indicators by tier, lagging first; in each, the worst growth rank first."""
    tiers = []
    for tier in TIER_ORDER:
        members = sorted(
            (item for item in items if item["tier"] == tier),
            key=lambda item: (-item["rank_growth"], item["indicator"]),
        )
        tiers.append(
            {
                "tier": tier,
                "indicators": [
                    {
                        "indicator": item["indicator"],
                        "name": item["name"],
                        "rank_growth": item["rank_growth"],
                        "growth": item["growth"],
                        "changed": _change_words(item["since_before"]),
                    }
                    for item in members
                ],
            }
        )
    return tiers


def _change_words(moved: dict[str, Any] | None) -> dict[str, Any] | None:
    """What changed since the period before: tier, growth rank, growth points."""
    if moved is None:
        return None
    return {
        "since": moved["period"],
        "tier_before": moved["tier"],
        "rank_growth_change": moved["rank_growth_change"],
        "growth_change": moved["growth_change"],
    }


def streets(session: Session, code: str, period: ReviewPeriod) -> dict[str, Any]:
    """One indicator's values by street (板块) for the period, ranked within the district (by
    value and by growth, competition ranks), so a district figure can be traced to where it
    lags; the streets' share of their sum."""
    info = next((i for i in indicators(session) if i.code == code), None)
    if info is None:
        raise Problem(404, "Not found", f"Indicator '{code}' does not exist",
                      code=Code.NOT_FOUND, kind="not-found")  # fmt: skip
    stored = list(
        session.scalars(
            select(IndicatorStreetValue).where(
                IndicatorStreetValue.indicator == code,
                IndicatorStreetValue.period == period.month_period,
            )
        )
    )
    names = {s.code: s.name for s in session.scalars(select(Street))}
    by_value = competition_ranks({v.street: v.value for v in stored})
    by_growth = competition_ranks({v.street: v.growth for v in stored})
    total = sum(v.value for v in stored)
    rows = sorted(
        (
            {
                "street": v.street,
                "street_name": names.get(v.street, v.street),
                "value": v.value,
                "unit": info.unit,
                "growth": v.growth,
                "share": round(v.value / total, 4) if total else None,
                "rank_value": by_value[v.street],
                "rank_growth": by_growth[v.street],
            }
            for v in stored
        ),
        key=lambda row: (row["rank_growth"], row["street"]),
    )
    return {
        "indicator": info.view(),
        "period": period.label,
        "month_period": period.month_period,
        "rows": rows,
    }
