"""Demo economic indicators: 24 months of cumulative values for the ten areas of Nantong.

Scale: annual values in the order of magnitude of the areas' published figures (崇川区's
budget revenue some 60–70 亿元 a year, its retail sales the largest of the ten; the
manufacturing counties lead industrial output). Each area and indicator gets a trend growth
around its target; monthly flows follow a seasonal profile (a weak Spring Festival, a strong
December; investment back-loaded), and the cumulative value of a period is the sum of the
year's flows so far, January and February together. Growth is the cumulative value against
the same period a year before, so every number is consistent with the others.

The newest year's January–February is made true to the bureau's report on it (see
`_DemoYear`); the figures are illustrative, not the bureau's.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from server.models import IndicatorStreetValue, IndicatorTarget, IndicatorValue, Street
from server.services.indicators import AREAS, HOME_AREA, INDICATORS
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
HOME = HOME_AREA
# The bureau's report on 1–2月: 崇川区 first in the city by value for these four ...
FIRST_BY_VALUE = ("budget_revenue", "tax_revenue", "retail_sales", "foreign_trade")
# ... and these seven growing markedly against the same period and the previous year-end.
GROWING = (
    "industrial_output",
    "industrial_value_added",
    "power_use",
    "retail_sales",
    "service_revenue",
    "foreign_trade",
    "fixed_investment",
)
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
    return _DemoYear(now, seed).rows()


def demo_targets(now: datetime, seed: int = 5) -> list[IndicatorTarget]:
    """The year targets (年度目标) of every area and indicator for the years shown: the year
    before's value grown by the area's target growth."""
    return _DemoYear(now, seed).targets()


class _DemoYear:
    """Monthly flows of every area and indicator, made true to the bureau's report.

    The report year is the newest one shown; its January–February (the report's period) has
    崇川区 first by value for its four traditional strengths (`FIRST_BY_VALUE`: the whole
    series of the area scaled, so growth is untouched) and growing markedly, first or second
    by growth and above its previous year-end, for the seven indicators the report names
    (`GROWING`: its first two months' flows raised, so the rest of the year follows).
    """

    def __init__(self, now: datetime, seed: int) -> None:
        rng = random.Random(seed)
        self.shown = demo_periods(now)
        self.stamp = now.astimezone(UTC)
        self.report_year = self.shown[-1][0]
        first_year = self.shown[0][0]
        self.flows: dict[str, dict[str, dict[int, list[float]]]] = {}
        self.target_growth: dict[tuple[str, str], float] = {}
        for code, _name, _unit in INDICATORS:
            season = SEASONS[SEASON_OF.get(code, "default")]
            weights = [w / sum(season) for w in season]
            self.flows[code] = {}
            for index, (area, _area_name) in enumerate(AREAS):
                target = round(BASE_TARGETS[code] + rng.choice((-1.0, -0.5, 0.0, 0.5, 1.0)), 1)
                self.target_growth[(code, area)] = target
                trend = target + rng.gauss(-1.0, 4.0)
                annual = BASE_YEAR_VALUES[code][index] * rng.uniform(0.95, 1.05)
                flows: dict[int, list[float]] = {}
                for year in range(first_year - 1, self.report_year + 1):
                    annual *= 1 + (trend + rng.gauss(0, 2.5)) / 100
                    flows[year] = [annual * w * rng.uniform(0.93, 1.07) for w in weights]
                self.flows[code][area] = flows
        if (self.report_year, 2) in self.shown:
            for code in GROWING:
                self._grow_markedly(code, rng.uniform(0.6, 2.5))
            for code in FIRST_BY_VALUE:
                self._lead_by_value(code, rng.uniform(1.03, 1.08))

    def _cumulative(self, code: str, area: str, year: int, month: int) -> float:
        return sum(self.flows[code][area][year][:month])

    def _growth(self, code: str, area: str, year: int, month: int) -> float:
        before = self._cumulative(code, area, year - 1, month)
        return (self._cumulative(code, area, year, month) / before - 1) * 100

    def _grow_markedly(self, code: str, margin: float) -> None:
        """The home area's 1–2月 growth above the second best of the others and above its
        own previous year-end."""
        year = self.report_year
        others = sorted(
            (self._growth(code, area, year, 2) for area, _ in AREAS if area != HOME), reverse=True
        )
        year_end = (
            self._growth(code, HOME, year - 1, 12) if year - 2 in self.flows[code][HOME] else 0
        )
        wanted = max(others[1] + margin, year_end + 2 * margin, self.target_growth[(code, HOME)])
        factor = (1 + wanted / 100) / (1 + self._growth(code, HOME, year, 2) / 100)
        january_february = self.flows[code][HOME][year]
        january_february[0] *= factor
        january_february[1] *= factor

    def _lead_by_value(self, code: str, lead: float) -> None:
        """The home area's 1–2月 value at least `lead` times the best of the others: every
        year of its series scaled alike (its growth stays as it was)."""
        year = self.report_year
        best = max(self._cumulative(code, area, year, 2) for area, _ in AREAS if area != HOME)
        factor = best * lead / self._cumulative(code, HOME, year, 2)
        if factor <= 1:  # it leads by that much already (retail sales: by far)
            return
        for flows in self.flows[code][HOME].values():
            flows[:] = [flow * factor for flow in flows]

    def rows(self) -> list[IndicatorValue]:
        rows = []
        for code, by_area in self.flows.items():
            for area in by_area:
                for year, month in self.shown:
                    value = self._cumulative(code, area, year, month)
                    rows.append(
                        IndicatorValue(
                            indicator=code,
                            area=area,
                            period=f"{year}-{month:02d}",
                            value=round(value, 2),
                            growth=round(self._growth(code, area, year, month), 1),
                            target=self.target_growth[(code, area)],
                            imported_at=self.stamp,
                        )
                    )
        return rows

    def street_rows(self, streets: list[str]) -> list[IndicatorStreetValue]:
        """The home area's values split among its streets (板块): each street a share of the
        district's flows and a drift of its own (percent a year, so its growth differs), the
        shares of a year summing to the district's, every period as for the areas."""
        rng = random.Random(len(streets) * 7919 + self.report_year)
        rows = []
        for code, by_area in self.flows.items():
            home = by_area[HOME]
            first = min(home)
            weights = {street: rng.uniform(0.4, 1.6) for street in streets}
            drifts = {street: rng.gauss(0.0, 4.0) for street in streets}
            flows: dict[str, dict[int, list[float]]] = {street: {} for street in streets}
            for year, months in home.items():
                shares = {s: weights[s] * (1 + drifts[s] / 100) ** (year - first) for s in streets}
                total = sum(shares.values())
                for street in streets:
                    flows[street][year] = [flow * shares[street] / total for flow in months]
            for street in streets:
                for year, month in self.shown:
                    value = sum(flows[street][year][:month])
                    before = sum(flows[street][year - 1][:month])
                    rows.append(
                        IndicatorStreetValue(
                            indicator=code,
                            street=street,
                            period=f"{year}-{month:02d}",
                            value=round(value, 2),
                            growth=round((value / before - 1) * 100, 1),
                            imported_at=self.stamp,
                        )
                    )
        return rows

    def targets(self) -> list[IndicatorTarget]:
        years = sorted({year for year, _month in self.shown})
        return [
            IndicatorTarget(
                indicator=code,
                area=area,
                year=year,
                value=round(sum(flows[year - 1]) * (1 + self.target_growth[(code, area)] / 100), 2),
                imported_at=self.stamp,
            )
            for code, by_area in self.flows.items()
            for area, flows in by_area.items()
            for year in years
        ]


def seed_demo_indicators(session: Session, now: datetime) -> int:
    """Fill an empty indicator_values table with the demo rows, their year targets and the
    home area's streets (板块); returns how many area values."""
    if session.scalar(select(IndicatorValue.id).limit(1)) is not None:
        return 0
    demo = _DemoYear(now, 5)
    columns = ("indicator", "area", "period", "value", "growth", "target", "imported_at")
    rows = [{name: getattr(row, name) for name in columns} for row in demo.rows()]
    session.execute(insert(IndicatorValue), rows)  # one executemany: every test app seeds it
    if session.scalar(select(IndicatorStreetValue.id).limit(1)) is None:
        streets = sorted(session.scalars(select(Street.code)))
        street_columns = ("indicator", "street", "period", "value", "growth", "imported_at")
        by_street = [
            {name: getattr(v, name) for name in street_columns} for v in demo.street_rows(streets)
        ]
        if by_street:
            session.execute(insert(IndicatorStreetValue), by_street)
    if session.scalar(select(IndicatorTarget.id).limit(1)) is None:
        target_columns = ("indicator", "area", "year", "value", "imported_at")
        targets = [{name: getattr(t, name) for name in target_columns} for t in demo.targets()]
        session.execute(insert(IndicatorTarget), targets)
    return len(rows)
