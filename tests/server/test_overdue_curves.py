"""The overdue curve is kept between requests once its last point has settled: read once
until the next point (or for two minutes at most), computed afresh near a new point, and
what is kept equals what a later computation with the same last point gives."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from server.config import Settings
from server.services import kpi_timeline
from server.services.kpi_timeline import OverdueCurves
from server.state import AppState
from tests.server.test_kpis import Day, at

SINCE = at(0, 0)
UNTIL = SINCE + timedelta(days=1)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'cc.db'}", demo=True, simulator_rate=0)


@pytest.fixture
def day(state: AppState) -> Day:
    scenario = Day(state)
    scenario.build()
    return scenario


@pytest.fixture
def computed(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The `now` of every computation of a curve."""
    times: list[datetime] = []
    compute = kpi_timeline.overdue_over_time

    def counted(session: Any, *, since: datetime, until: datetime, now: datetime) -> Any:
        times.append(now)
        return compute(session, since=since, until=until, now=now)

    monkeypatch.setattr(kpi_timeline, "overdue_over_time", counted)
    return times


def test_a_settled_curve_is_read_once_until_its_next_point(
    day: Day, computed: list[datetime]
) -> None:
    curves, db = OverdueCurves(), day.state.db
    first = curves.curve(db, since=SINCE, until=UNTIL, now=at(15, 7))
    assert curves.curve(db, since=SINCE, until=UNTIL, now=at(15, 8)) is first
    assert curves.curve(db, since=SINCE, until=at(15, 9), now=at(15, 9)) is first
    assert len(computed) == 1
    # The next point (15:15) once settled: computed again, one point longer.
    later = curves.curve(db, since=SINCE, until=UNTIL, now=at(15, 16))
    assert len(computed) == 2 and len(later["points"]) == len(first["points"]) + 1
    # Kept two minutes at most.
    curves.curve(db, since=SINCE, until=UNTIL, now=at(15, 16) + timedelta(minutes=2, seconds=1))
    assert len(computed) == 3


def test_near_a_new_point_the_curve_is_computed_for_each_request(
    day: Day, computed: list[datetime]
) -> None:
    curves, db = OverdueCurves(), day.state.db
    fresh = at(15, 0) + OverdueCurves.SETTLED - timedelta(seconds=1)
    before = curves.curve(db, since=SINCE, until=UNTIL, now=fresh)
    day.create("K", at(15, 0) - timedelta(minutes=1), "xuetian", "grid")  # a late commit
    day.tick(fresh)
    after = curves.curve(db, since=SINCE, until=UNTIL, now=fresh)
    assert len(computed) == 2
    assert after is not before


def test_what_is_kept_equals_a_later_computation_with_the_same_last_point(day: Day) -> None:
    """(Up to the ladder's tick: a finished step is red from the tick that saw it late, the
    current one from its due time; here the tick is at the due time.)"""
    curves, db = OverdueCurves(), day.state.db
    day.tick(at(14, 30))  # C turns red (due 14:30)
    kept = curves.curve(db, since=SINCE, until=UNTIL, now=at(15, 1))
    day.act("C", "resolve", at(15, 5), day.dept("urban"))  # after the last point (15:00)
    with db.read() as session:
        later = kpi_timeline.overdue_over_time(session, since=SINCE, until=UNTIL, now=at(15, 14))
    assert later == kept
    assert kept["points"][-1]["overdue"] == 2  # F and C
