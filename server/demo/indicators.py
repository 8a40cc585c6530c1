"""Demo economic indicators: 24 months of cumulative values for the ten areas of Nantong.

Scale: annual values in the order of magnitude of the areas' published figures (崇川区's
budget revenue some 60–70 亿元 a year, its retail sales the largest of the ten; the
manufacturing counties lead industrial output). Each area and indicator gets a trend growth
around its target; monthly flows follow a seasonal profile (a weak Spring Festival, a strong
December; investment back-loaded), and the cumulative value of a period is the sum of the
year's flows so far, January and February together. Growth is the cumulative value against
the same period a year before, so every number is consistent with the others.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from server.models import IndicatorValue
from server.services.indicators import AREAS, INDICATORS
from server.services.workcalendar import SHANGHAI

MONTHS_SHOWN = 24

# Annual values of the base year, in AREAS order (亿元; power use in 亿千瓦时).
BASE_YEAR_VALUES = {
    "budget_revenue": [66, 82, 92, 78, 70, 76, 72, 56, 24, 15],
    "tax_revenue": [54, 64, 74, 62, 55, 60, 57, 46, 19, 11],
    "retail_sales": [980, 460, 410, 430, 360, 390, 330, 150, 42, 21],
    "foreign_trade": [360, 350, 400, 300, 250, 350, 300, 700, 200, 80],
    "industrial_output": [1150, 2200, 2050, 2300, 2200, 1800, 1650, 2000, 820, 520],
    "industrial_value_added": [270, 520, 480, 560, 530, 430, 400, 470, 190, 120],
    "power_use": [19, 41, 36, 46, 40, 31, 45, 35, 12, 15],
    "service_revenue": [420, 150, 130, 120, 110, 100, 90, 125, 40, 15],
    "fixed_investment": [480, 610, 560, 600, 560, 510, 530, 450, 250, 340],
}
# Target growth (目标增速, %) of each indicator before the per-area adjustment.
BASE_TARGETS = {
    "budget_revenue": 5.0,
    "tax_revenue": 5.0,
    "retail_sales": 6.0,
    "foreign_trade": 5.0,
    "industrial_output": 8.0,
    "industrial_value_added": 7.5,
    "power_use": 6.0,
    "service_revenue": 8.0,
    "fixed_investment": 6.0,
}
# Share of the year's flow per month, January first (normalized below).
SEASONS: dict[str, list[float]] = {
    "revenue": [12, 7, 9, 10, 8, 8, 8, 7, 8, 8, 7, 8],
    "investment": [4, 4, 8, 8, 9, 10, 8, 8, 9, 9, 10, 13],
    "default": [7.5, 6.5, 8.5, 8, 8.5, 9, 8, 8, 8.5, 8.5, 9, 10],
}
SEASON_OF = {
    "budget_revenue": "revenue",
    "tax_revenue": "revenue",
    "fixed_investment": "investment",
}


def demo_periods(now: datetime) -> list[tuple[int, int]]:
    """(year, month) of the periods covering the 24 months up to the last published one.

    A month's figures come out in the next month, so the newest period is last month's;
    January is never a period of its own (it is in February's).
    """
    local = now.astimezone(SHANGHAI)
    year, month = local.year, local.month - 1
    if month == 0:
        year, month = year - 1, 12
    if month == 1:
        year, month = year - 1, 12
    months = []
    for _ in range(MONTHS_SHOWN):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return sorted(ym for ym in months if ym[1] != 1)


def demo_values(now: datetime, seed: int = 5) -> list[IndicatorValue]:
    """The demo rows: every area, indicator and period of `demo_periods(now)`."""
    rng = random.Random(seed)
    shown = demo_periods(now)
    first_year, last_year = shown[0][0], shown[-1][0]
    stamp = now.astimezone(UTC)
    rows = []
    for code, _name, _unit in INDICATORS:
        season = SEASONS[SEASON_OF.get(code, "default")]
        weights = [w / sum(season) for w in season]
        for index, (area, _area_name) in enumerate(AREAS):
            target = round(BASE_TARGETS[code] + rng.choice((-1.0, -0.5, 0.0, 0.5, 1.0)), 1)
            trend = target + rng.gauss(-1.0, 4.0)
            annual = BASE_YEAR_VALUES[code][index] * rng.uniform(0.95, 1.05)
            flows: dict[int, list[float]] = {}
            for year in range(first_year - 1, last_year + 1):
                annual *= 1 + (trend + rng.gauss(0, 2.5)) / 100
                flows[year] = [annual * w * rng.uniform(0.93, 1.07) for w in weights]
            for year, month in shown:
                now_value = sum(flows[year][:month])
                before = sum(flows[year - 1][:month])
                rows.append(
                    IndicatorValue(
                        indicator=code,
                        area=area,
                        period=f"{year}-{month:02d}",
                        value=round(now_value, 2),
                        growth=round((now_value / before - 1) * 100, 1),
                        target=target,
                        imported_at=stamp,
                    )
                )
    return rows


def seed_demo_indicators(session: Session, now: datetime) -> int:
    """Fill an empty indicator_values table with the demo rows; returns how many."""
    if session.scalar(select(IndicatorValue.id).limit(1)) is not None:
        return 0
    columns = ("indicator", "area", "period", "value", "growth", "target", "imported_at")
    rows = [{name: getattr(row, name) for name in columns} for row in demo_values(now)]
    session.execute(insert(IndicatorValue), rows)  # one executemany: every test app seeds it
    return len(rows)
