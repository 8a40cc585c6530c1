"""Economic indicators: the catalogue, and rows with their ranks, tier and color.

Ranks, tier and color are computed on read from the stored values of all ten areas, so they
are right as soon as an import has replaced rows. Ranks are competition ranks (equal values
share a rank, the next rank is skipped: 1, 2, 2, 4), highest value or growth first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Indicator, IndicatorValue
from server.problems import Code, Problem, not_found

DEFAULT_RULE: dict[str, Any] = {"kind": "pace", "pace": 0.0}

# code, name, unit — in the order of the statistics bureau's sheet.
INDICATORS = [
    ("budget_revenue", "一般公共预算收入", "亿元"),
    ("tax_revenue", "地方税收收入", "亿元"),
    ("retail_sales", "社会消费品零售总额", "亿元"),
    ("foreign_trade", "进出口总额", "亿元"),
    ("industrial_output", "规上工业总产值", "亿元"),
    ("industrial_value_added", "规上工业增加值", "亿元"),
    ("power_use", "工业用电量", "亿千瓦时"),
    ("service_revenue", "营利性服务业营业收入", "亿元"),
    ("fixed_investment", "固定资产投资", "亿元"),
]

# code, name — the ten county-level areas of Nantong; the first is the home district.
AREAS = [
    ("chongchuan", "崇川区"),
    ("tongzhou", "通州区"),
    ("haimen", "海门区"),
    ("rugao", "如皋市"),
    ("haian", "海安市"),
    ("qidong", "启东市"),
    ("rudong", "如东县"),
    ("etdz", "南通经济技术开发区"),
    ("sxt", "苏锡通科技产业园区"),
    ("tzw", "通州湾示范区"),
]
HOME_AREA = AREAS[0][0]
# Names a sheet may still use for an indicator (the bureau's older wording).
INDICATOR_ALIASES = {"税收收入": "tax_revenue"}
AREA_NAMES = dict(AREAS)
PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def seed_indicators(session: Session) -> int:
    """Add the catalogue's indicators missing from the table; returns how many were added."""
    known = set(session.scalars(select(Indicator.code)))
    added = 0
    for position, (code, name, unit) in enumerate(INDICATORS):
        if code not in known:
            session.add(
                Indicator(
                    code=code, name=name, unit=unit, position=position, color_rule=DEFAULT_RULE
                )
            )
            added += 1
    session.flush()
    return added


def period_problem(period: str) -> str | None:
    """What is wrong with a period string (YYYY-MM, January reported as YYYY-02), or None."""
    match = PERIOD.match(period)
    if match is None:
        return f"'{period}' is not a period: write YYYY-MM, e.g. 2026-10"
    year, month = int(match.group(1)), int(match.group(2))
    if not 2000 <= year <= 2100:
        return f"the year {year} is out of range (2000–2100)"
    if month == 1:
        return f"January is reported together with February: write {year}-02"
    if not 2 <= month <= 12:
        return f"the month {month:02d} does not exist"
    return None


def check_period(period: str, field: str) -> str:
    """The period, or a 422 that says how to write it."""
    problem = period_problem(period)
    if problem is not None:
        raise Problem(422, "Invalid request", problem, code=Code.INVALID, kind="invalid",
                      errors=[{"field": field, "message": problem}])  # fmt: skip
    return period


def color_of(rule: dict[str, Any], growth: float, target: float | None) -> str:
    """Green, yellow or red for a growth by the indicator's rule.

    Rules: `{"kind": "pace", "pace": p}` (the default, p = 0) — green when growth reaches the
    row's target (or `p` when the row has none); `{"kind": "threshold", "green": g}` — green
    from the fixed growth `g`, whatever the target. Both: red below `red_below` (default 0:
    moving the wrong way), yellow in between (growing, but behind the pace).
    """
    red_below = float(rule.get("red_below", 0.0))
    if rule.get("kind") == "threshold":
        green_from = float(rule.get("green", 0.0))
    else:
        green_from = target if target is not None else float(rule.get("pace", 0.0))
    if growth < red_below:
        return "red"
    if growth >= green_from:
        return "green"
    return "yellow"


def tier_of(rank_growth: int) -> str:
    """优势 for growth ranks 1–3, 中游 for 4–7, 落后 below."""
    if rank_growth <= 3:
        return "advantage"
    if rank_growth <= 7:
        return "middle"
    return "lagging"


def competition_ranks(values: dict[str, float]) -> dict[str, int]:
    """Rank 1 for the highest value; equal values share a rank (1, 2, 2, 4)."""
    ordered = sorted(values.values(), reverse=True)
    first: dict[float, int] = {}
    for index, value in enumerate(ordered, start=1):
        first.setdefault(value, index)
    return {key: first[value] for key, value in values.items()}


@dataclass(frozen=True)
class IndicatorInfo:
    """An indicator as the API shows it."""

    code: str
    name: str
    unit: str
    color_rule: dict[str, Any]

    def view(self) -> dict[str, Any]:
        """The JSON of the indicator."""
        return {"code": self.code, "name": self.name, "unit": self.unit,
                "color_rule": self.color_rule}  # fmt: skip


def indicators(session: Session) -> list[IndicatorInfo]:
    """Every indicator in sheet order."""
    rows = session.scalars(select(Indicator).order_by(Indicator.position, Indicator.id))
    return [IndicatorInfo(i.code, i.name, i.unit, dict(i.color_rule or DEFAULT_RULE)) for i in rows]


def indicator(session: Session, code: str) -> IndicatorInfo:
    """The indicator with this code; 404 otherwise."""
    for info in indicators(session):
        if info.code == code:
            return info
    raise not_found(f"Indicator '{code}'")


def set_color_rule(session: Session, code: str, rule: dict[str, Any]) -> IndicatorInfo:
    """Store a new color rule for the indicator (404 for an unknown code)."""
    row = session.scalar(select(Indicator).where(Indicator.code == code))
    if row is None:
        raise not_found(f"Indicator '{code}'")
    row.color_rule = rule
    return IndicatorInfo(row.code, row.name, row.unit, dict(rule))


def check_area(area: str, field: str = "area") -> str:
    """The area code, or a 422 listing the codes."""
    if area not in AREA_NAMES:
        message = f"unknown area '{area}'; areas: {', '.join(AREA_NAMES)}"
        raise Problem(422, "Invalid request", message, code=Code.INVALID, kind="invalid",
                      errors=[{"field": field, "message": message}])  # fmt: skip
    return area


def periods(session: Session) -> list[str]:
    """Every period with stored values, oldest first."""
    stmt = select(IndicatorValue.period).distinct().order_by(IndicatorValue.period)
    return list(session.scalars(stmt))


def catalogue(session: Session) -> dict[str, Any]:
    """What exists: indicators, areas (the home area marked), periods and quarters."""
    months = periods(session)
    return {
        "indicators": [info.view() for info in indicators(session)],
        "areas": [{"code": c, "name": n, "home": c == HOME_AREA} for c, n in AREAS],
        "periods": months,
        # Derived from the months (a quarter is its last month's cumulative): never imported.
        "quarters": [f"{m[:4]}-Q{int(m[5:7]) // 3}" for m in months if int(m[5:7]) % 3 == 0],
    }


def ranked_rows(
    infos: list[IndicatorInfo], values: list[IndicatorValue]
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Rows keyed (indicator, period, area), ranked within each indicator and period."""
    by_code = {info.code: info for info in infos}
    groups: dict[tuple[str, str], list[IndicatorValue]] = defaultdict(list)
    for value in values:
        if value.indicator in by_code:
            groups[(value.indicator, value.period)].append(value)
    rows: dict[tuple[str, str, str], dict[str, Any]] = {}
    for (code, period), group in groups.items():
        info = by_code[code]
        by_value = competition_ranks({v.area: v.value for v in group})
        by_growth = competition_ranks({v.area: v.growth for v in group})
        for v in group:
            rows[(code, period, v.area)] = {
                "area": v.area,
                "area_name": AREA_NAMES.get(v.area, v.area),
                "indicator": code,
                "period": period,
                "value": v.value,
                "unit": info.unit,
                "growth": v.growth,
                "target": v.target,
                "rank_value": by_value[v.area],
                "rank_growth": by_growth[v.area],
                "tier": tier_of(by_growth[v.area]),
                "color": color_of(info.color_rule, v.growth, v.target),
            }
    return rows


def _values(session: Session, *conditions: Any) -> list[IndicatorValue]:
    return list(session.scalars(select(IndicatorValue).where(*conditions)))


def series(
    session: Session, *, code: str, areas: list[str], since: str | None, until: str | None
) -> dict[str, Any]:
    """Each area's rows of one indicator in period order, within [since, until]."""
    info = indicator(session, code)
    conditions = [IndicatorValue.indicator == code]
    if since:
        conditions.append(IndicatorValue.period >= since)
    if until:
        conditions.append(IndicatorValue.period <= until)
    rows = ranked_rows([info], _values(session, *conditions))
    points: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(rows, key=lambda k: k[1]):
        points[key[2]].append(rows[key])
    return {
        "indicator": info.view(),
        "series": [
            {
                "area": area,
                "area_name": AREA_NAMES[area],
                "home": area == HOME_AREA,
                "points": points.get(area, []),
            }  # fmt: skip
            for area in areas
        ],
    }


def ranking(session: Session, code: str, period: str | None) -> dict[str, Any]:
    """One period's rows of one indicator by value rank (default: its latest period)."""
    info = indicator(session, code)
    if period is None:
        stmt = select(IndicatorValue.period).where(IndicatorValue.indicator == code)
        period = session.scalar(stmt.order_by(IndicatorValue.period.desc()).limit(1))
    if period is None:
        return {"indicator": info.view(), "period": None, "rows": []}
    stored = _values(session, IndicatorValue.indicator == code, IndicatorValue.period == period)
    rows = sorted(ranked_rows([info], stored).values(),
                  key=lambda r: (r["rank_value"], r["area"]))  # fmt: skip
    return {"indicator": info.view(), "period": period, "rows": rows}


def scorecard(session: Session, area: str, period: str | None) -> dict[str, Any]:
    """One area's row of every indicator for a period (default: the latest period)."""
    infos = indicators(session)
    if period is None:
        stmt = select(IndicatorValue.period).order_by(IndicatorValue.period.desc()).limit(1)
        period = session.scalar(stmt)
    rows = ranked_rows(infos, _values(session, IndicatorValue.period == period)) if period else {}
    tiles = [rows[key] for info in infos if (key := (info.code, period or "", area)) in rows]
    return {"area": area, "area_name": AREA_NAMES[area], "period": period, "tiles": tiles}
