"""Tests for server.services.workcalendar (working-time and natural-time clocks)."""

from __future__ import annotations

import bisect
import logging
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import chinese_calendar
import pytest

from server.services import workcalendar
from server.services.workcalendar import (
    SHANGHAI,
    WORK_MINUTES_PER_DAY,
    Clock,
    NaturalClock,
    WorkCalendar,
)


def sh(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    """A Shanghai-local aware datetime."""
    return datetime(year, month, day, hour, minute, second, tzinfo=SHANGHAI)


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar()


@pytest.fixture
def fresh_fallback_state() -> Iterator[None]:
    # The default calendar caches answers and remembers warned years module-wide; reset both so
    # the warning test sees a first lookup whatever ran before it.
    workcalendar.official_is_workday.cache_clear()
    workcalendar._warned_years.clear()
    yield
    workcalendar.official_is_workday.cache_clear()
    workcalendar._warned_years.clear()


def days(first: date, last: date) -> list[date]:
    return [first + timedelta(n) for n in range((last - first).days + 1)]


# --- facts about the installed chinese_calendar that the holiday tests rely on ---------------


def test_package_facts_ordinary_week_march_2025() -> None:
    # 2025-03-10 (Mon) .. 2025-03-17 (Mon): an ordinary week, no holiday, no make-up day.
    assert [chinese_calendar.is_workday(d) for d in days(date(2025, 3, 10), date(2025, 3, 17))] == [
        True,  # Mon 10
        True,  # Tue 11
        True,  # Wed 12
        True,  # Thu 13
        True,  # Fri 14
        False,  # Sat 15
        False,  # Sun 16
        True,  # Mon 17
    ]


def test_package_facts_golden_week_2025() -> None:
    # National Day + Mid-Autumn 2025: Oct 1-8 off; Sun Sep 28 and Sat Oct 11 are make-up days.
    working = {
        d for d in days(date(2025, 9, 26), date(2025, 10, 23)) if chinese_calendar.is_workday(d)
    }
    assert working == {
        date(2025, 9, 26),  # Fri
        date(2025, 9, 28),  # Sun, make-up
        date(2025, 9, 29),  # Mon
        date(2025, 9, 30),  # Tue
        date(2025, 10, 9),  # Thu
        date(2025, 10, 10),  # Fri
        date(2025, 10, 11),  # Sat, make-up
        *days(date(2025, 10, 13), date(2025, 10, 17)),  # Mon-Fri
        *days(date(2025, 10, 20), date(2025, 10, 23)),  # Mon-Thu
    }
    assert chinese_calendar.is_holiday(date(2025, 10, 1))


def test_package_facts_spring_festival_2026() -> None:
    # Sat 2026-02-14 is a make-up day, then Feb 15 (Sun) .. Feb 23 (Mon) are all off.
    assert chinese_calendar.is_workday(date(2026, 2, 13))
    assert chinese_calendar.is_workday(date(2026, 2, 14))
    assert not any(
        chinese_calendar.is_workday(d) for d in days(date(2026, 2, 15), date(2026, 2, 23))
    )
    assert chinese_calendar.is_workday(date(2026, 2, 24))


def test_package_does_not_know_2099() -> None:
    with pytest.raises(NotImplementedError):
        chinese_calendar.is_workday(date(2099, 3, 13))


# --- add within a day ---------------------------------------------------------------------------


def test_default_day_is_450_minutes(cal: WorkCalendar) -> None:
    # 08:30-12:00 is 210 min, 13:30-17:30 is 240 min.
    assert WORK_MINUTES_PER_DAY == 450
    assert cal.minutes_per_day == WORK_MINUTES_PER_DAY


def test_add_within_one_period(cal: WorkCalendar) -> None:
    # Wed 09:00 + 60 -> 10:00.
    assert cal.add(sh(2025, 3, 12, 9, 0), 60) == sh(2025, 3, 12, 10, 0)
    # Wed 14:10 + 45.5 -> 14:55:30.
    assert cal.add(sh(2025, 3, 12, 14, 10), 45.5) == sh(2025, 3, 12, 14, 55, 30)


def test_add_across_lunch(cal: WorkCalendar) -> None:
    # 11:30 + 60: 30 min until 12:00, the other 30 from 13:30 -> 14:00.
    assert cal.add(sh(2025, 3, 12, 11, 30), 60) == sh(2025, 3, 12, 14, 0)


def test_add_ending_exactly_at_period_end_returns_period_end(cal: WorkCalendar) -> None:
    # 11:30 + 30 -> exactly 12:00, not 13:30.
    assert cal.add(sh(2025, 3, 12, 11, 30), 30) == sh(2025, 3, 12, 12, 0)
    # 17:00 + 30 -> exactly 17:30 that day, not 08:30 the next.
    assert cal.add(sh(2025, 3, 12, 17, 0), 30) == sh(2025, 3, 12, 17, 30)
    # 08:30 + 450 -> 17:30 the same day.
    assert cal.add(sh(2025, 3, 12, 8, 30), 450) == sh(2025, 3, 12, 17, 30)


def test_add_starting_during_lunch(cal: WorkCalendar) -> None:
    # 12:45 is lunch; counting starts 13:30, + 30 -> 14:00.
    assert cal.add(sh(2025, 3, 12, 12, 45), 30) == sh(2025, 3, 12, 14, 0)
    # Starting exactly at 12:00 (period end) also waits for 13:30.
    assert cal.add(sh(2025, 3, 12, 12, 0), 1) == sh(2025, 3, 12, 13, 31)


def test_add_starting_before_work(cal: WorkCalendar) -> None:
    # 07:00 -> counting starts 08:30, + 30 -> 09:00.
    assert cal.add(sh(2025, 3, 12, 7, 0), 30) == sh(2025, 3, 12, 9, 0)
    # Midnight: 08:30 + 240 = 210 until 12:00, 30 after 13:30 -> 14:00.
    assert cal.add(sh(2025, 3, 12), 240) == sh(2025, 3, 12, 14, 0)


def test_add_starting_after_work(cal: WorkCalendar) -> None:
    # Wed 18:00 -> Thu 08:30 + 30 -> Thu 09:00.
    assert cal.add(sh(2025, 3, 12, 18, 0), 30) == sh(2025, 3, 13, 9, 0)
    # Wed 17:30 exactly (period end) -> Thu 08:30 + 10 -> 08:40.
    assert cal.add(sh(2025, 3, 12, 17, 30), 10) == sh(2025, 3, 13, 8, 40)


def test_add_zero_returns_start_unchanged(cal: WorkCalendar) -> None:
    for start in (sh(2025, 3, 12, 9, 0), sh(2025, 3, 15, 3, 0), datetime(2025, 3, 12, tzinfo=UTC)):
        result = cal.add(start, 0)
        assert result is start


def test_add_result_is_in_calendar_timezone(cal: WorkCalendar) -> None:
    result = cal.add(datetime(2025, 3, 12, 1, 0, tzinfo=UTC), 5)
    assert result.tzinfo is SHANGHAI


# --- add across days, weekends, holidays -------------------------------------------------------


def test_add_across_weekend(cal: WorkCalendar) -> None:
    # Fri 2025-03-14 17:00 + 60: 30 until 17:30, Sat/Sun off, Mon 08:30 + 30 -> Mon 09:00.
    assert cal.add(sh(2025, 3, 14, 17, 0), 60) == sh(2025, 3, 17, 9, 0)
    # Sat 10:00 -> Mon 08:30 + 15 -> 08:45.
    assert cal.add(sh(2025, 3, 15, 10, 0), 15) == sh(2025, 3, 17, 8, 45)


def test_three_working_days_is_1350_minutes(cal: WorkCalendar) -> None:
    assert 3 * WORK_MINUTES_PER_DAY == 1350
    # Mon 08:30 + 1350 -> end of the third day: Wed 17:30 (not Thu 08:30).
    assert cal.add(sh(2025, 3, 10, 8, 30), 1350) == sh(2025, 3, 12, 17, 30)
    # One more minute spills into Thu: 08:31.
    assert cal.add(sh(2025, 3, 10, 8, 30), 1351) == sh(2025, 3, 13, 8, 31)
    # Mon 10:00 + 3 days -> Thu 10:00.
    assert cal.add(sh(2025, 3, 10, 10, 0), 1350) == sh(2025, 3, 13, 10, 0)
    # Wed 10:00 + 3 days crosses the weekend -> Mon 10:00.
    assert cal.add(sh(2025, 3, 12, 10, 0), 1350) == sh(2025, 3, 17, 10, 0)


def test_add_across_golden_week_2025(cal: WorkCalendar) -> None:
    # Tue 2025-09-30 17:00 + 60: 30 until 17:30, Oct 1-8 off, Thu Oct 9 08:30 + 30 -> 09:00.
    assert cal.add(sh(2025, 9, 30, 17, 0), 60) == sh(2025, 10, 9, 9, 0)
    # Starting on the holiday itself waits until Oct 9 08:30.
    assert cal.add(sh(2025, 10, 3, 10, 0), 1) == sh(2025, 10, 9, 8, 31)


def test_make_up_working_days_count(cal: WorkCalendar) -> None:
    assert cal.is_workday(date(2025, 9, 28))  # Sunday, make-up day
    assert cal.is_workday(date(2025, 10, 11))  # Saturday, make-up day
    assert not cal.is_workday(date(2025, 10, 6))  # Monday, Mid-Autumn holiday
    # Fri Sep 26 17:00 + 60: 30 on Fri, Sat 27 off, Sun 28 is a working day -> Sun 09:00.
    assert cal.add(sh(2025, 9, 26, 17, 0), 60) == sh(2025, 9, 28, 9, 0)
    # Fri Oct 10 17:00 + 60: 30 on Fri, Sat 11 is a working day -> Sat 09:00.
    assert cal.add(sh(2025, 10, 10, 17, 0), 60) == sh(2025, 10, 11, 9, 0)
    # A whole make-up Saturday counts 450 minutes.
    assert cal.minutes_between(sh(2025, 10, 11), sh(2025, 10, 12)) == 450


def test_add_across_spring_festival_2026(cal: WorkCalendar) -> None:
    # Fri 2026-02-13 17:00 + 60 -> make-up Sat Feb 14 09:00.
    assert cal.add(sh(2026, 2, 13, 17, 0), 60) == sh(2026, 2, 14, 9, 0)
    # Sat Feb 14 17:00 + 60: 30 that day, Feb 15-23 off -> Tue Feb 24 09:00.
    assert cal.add(sh(2026, 2, 14, 17, 0), 60) == sh(2026, 2, 24, 9, 0)


def test_thirteen_working_days_across_golden_week(cal: WorkCalendar) -> None:
    # From Mon 2025-09-29 08:30 the working days are: Sep 29 (1), Sep 30 (2), Oct 9 (3),
    # Oct 10 (4), Sat Oct 11 (5), Oct 13-17 (6-10), Oct 20 (11), Oct 21 (12), Oct 22 (13).
    # 13 * 450 = 5850 minutes -> the end of Wed Oct 22: 17:30.
    assert cal.add(sh(2025, 9, 29, 8, 30), 13 * 450) == sh(2025, 10, 22, 17, 30)
    # Starting 10:00 instead: 90 min short on day 1, made up on day 14 (Thu Oct 23) -> 10:00.
    assert cal.add(sh(2025, 9, 29, 10, 0), 13 * 450) == sh(2025, 10, 23, 10, 0)
    assert cal.minutes_between(sh(2025, 9, 29, 8, 30), sh(2025, 10, 22, 17, 30)) == 5850


def test_hundred_working_days_round_trip(cal: WorkCalendar) -> None:
    # Speed is measured in benchmarks/, never asserted here.
    start = sh(2025, 1, 2, 9, 15)
    end = cal.add(start, 100 * 450)
    assert cal.minutes_between(start, end) == 100 * 450


# --- minutes_between ---------------------------------------------------------------------------


def test_minutes_between_simple_cases(cal: WorkCalendar) -> None:
    # 11:00 -> 14:00: 60 before lunch + 30 after -> 90.
    assert cal.minutes_between(sh(2025, 3, 12, 11, 0), sh(2025, 3, 12, 14, 0)) == 90
    # Fri 17:00 -> Mon 09:00: 30 + 30 -> 60.
    assert cal.minutes_between(sh(2025, 3, 14, 17, 0), sh(2025, 3, 17, 9, 0)) == 60
    # Lunch to lunch the next day: 240 afternoon + 210 morning -> 450.
    assert cal.minutes_between(sh(2025, 3, 12, 12, 30), sh(2025, 3, 13, 12, 30)) == 450
    # A full ordinary week: 5 * 450 -> 2250.
    assert cal.minutes_between(sh(2025, 3, 10), sh(2025, 3, 17)) == 2250
    # Tue Sep 30 08:30 -> Thu Oct 9 08:30: only Sep 30 counts -> 450.
    assert cal.minutes_between(sh(2025, 9, 30, 8, 30), sh(2025, 10, 9, 8, 30)) == 450
    # Entirely outside working time -> 0.
    assert cal.minutes_between(sh(2025, 3, 12, 12, 0), sh(2025, 3, 12, 13, 30)) == 0
    assert cal.minutes_between(sh(2025, 10, 1), sh(2025, 10, 8, 23, 59)) == 0


def test_minutes_between_empty_or_reversed_is_zero(cal: WorkCalendar) -> None:
    moment = sh(2025, 3, 12, 10, 0)
    assert cal.minutes_between(moment, moment) == 0
    assert cal.minutes_between(moment, moment - timedelta(hours=5)) == 0


def test_minutes_between_is_half_open(cal: WorkCalendar) -> None:
    # [09:00, 09:00:30) is half a minute.
    assert cal.minutes_between(sh(2025, 3, 12, 9, 0), sh(2025, 3, 12, 9, 0, 30)) == 0.5


def test_minutes_between_inverts_add(cal: WorkCalendar) -> None:
    # Starts every 37 minutes over three weeks around Golden Week 2025 (holidays, weekends and
    # both make-up days), in Shanghai and in UTC, against a spread of durations.
    amounts = [0, 0.25, 1, 29.999, 30, 209, 210, 211, 449, 450, 451, 900, 1350, 5850, 12345.678]
    start = sh(2025, 9, 25, 0, 7)
    checked = 0
    while start < sh(2025, 10, 15):
        for origin in (start, start.astimezone(UTC)):
            previous = origin
            for minutes in amounts:
                end = cal.add(origin, minutes)
                assert cal.minutes_between(origin, end) == pytest.approx(minutes, abs=1e-6)
                assert end >= previous  # add is monotonic in minutes
                previous = end
                checked += 1
        start += timedelta(minutes=37)
    assert checked > 10_000


# --- next_working_instant ----------------------------------------------------------------------


def test_next_working_instant(cal: WorkCalendar) -> None:
    inside = sh(2025, 3, 12, 9, 0)
    assert cal.next_working_instant(inside) is inside
    assert cal.next_working_instant(sh(2025, 3, 12, 8, 30)) == sh(2025, 3, 12, 8, 30)
    assert cal.next_working_instant(sh(2025, 3, 12, 7, 0)) == sh(2025, 3, 12, 8, 30)
    # Period ends are not working instants.
    assert cal.next_working_instant(sh(2025, 3, 12, 12, 0)) == sh(2025, 3, 12, 13, 30)
    assert cal.next_working_instant(sh(2025, 3, 12, 17, 30)) == sh(2025, 3, 13, 8, 30)
    assert cal.next_working_instant(sh(2025, 3, 14, 18, 0)) == sh(2025, 3, 17, 8, 30)
    assert cal.next_working_instant(sh(2025, 9, 30, 18, 0)) == sh(2025, 10, 9, 8, 30)
    assert cal.next_working_instant(sh(2025, 9, 27, 12, 0)) == sh(2025, 9, 28, 8, 30)


# --- subtract ----------------------------------------------------------------------------------


def test_subtract_within_one_period_and_across_lunch(cal: WorkCalendar) -> None:
    # Wed 10:00 - 60 -> 09:00; 14:55:30 - 45.5 -> 14:10.
    assert cal.subtract(sh(2025, 3, 12, 10, 0), 60) == sh(2025, 3, 12, 9, 0)
    assert cal.subtract(sh(2025, 3, 12, 14, 55, 30), 45.5) == sh(2025, 3, 12, 14, 10)
    # 14:00 - 60: 30 back to 13:30, the other 30 before 12:00 -> 11:30.
    assert cal.subtract(sh(2025, 3, 12, 14, 0), 60) == sh(2025, 3, 12, 11, 30)


def test_subtract_landing_exactly_on_period_start_returns_period_start(cal: WorkCalendar) -> None:
    # 14:00 - 30 -> exactly 13:30, not 12:00 (the mirror of add returning 12:00).
    assert cal.subtract(sh(2025, 3, 12, 14, 0), 30) == sh(2025, 3, 12, 13, 30)
    # Mon 08:45 - 15 -> Mon 08:30, not Fri 17:30; a whole day back from 17:30 -> 08:30.
    assert cal.subtract(sh(2025, 3, 17, 8, 45), 15) == sh(2025, 3, 17, 8, 30)
    assert cal.subtract(sh(2025, 3, 12, 17, 30), 450) == sh(2025, 3, 12, 8, 30)


def test_subtract_from_outside_working_hours_counts_back_from_previous_working_instant(
    cal: WorkCalendar,
) -> None:
    # Lunch 12:45: counting back starts at 12:00 -> 11:30. At 12:00 or 13:30 exactly, likewise.
    assert cal.subtract(sh(2025, 3, 12, 12, 45), 30) == sh(2025, 3, 12, 11, 30)
    assert cal.subtract(sh(2025, 3, 12, 12, 0), 1) == sh(2025, 3, 12, 11, 59)
    assert cal.subtract(sh(2025, 3, 12, 13, 30), 1) == sh(2025, 3, 12, 11, 59)
    # Wed 07:00 -> from Tue 17:30; Wed 20:00 -> from Wed 17:30; Sat 10:00 -> from Fri 17:30.
    assert cal.subtract(sh(2025, 3, 12, 7, 0), 30) == sh(2025, 3, 11, 17, 0)
    assert cal.subtract(sh(2025, 3, 12, 20, 0), 30) == sh(2025, 3, 12, 17, 0)
    assert cal.subtract(sh(2025, 3, 15, 10, 0), 15) == sh(2025, 3, 14, 17, 15)
    # On a public holiday: from the last working day before it (Tue 2025-09-30 17:30).
    assert cal.subtract(sh(2025, 10, 3, 10, 0), 1) == sh(2025, 9, 30, 17, 29)


def test_subtract_zero_returns_end_unchanged(cal: WorkCalendar) -> None:
    for end in (sh(2025, 3, 12, 9, 0), sh(2025, 3, 15, 3, 0), datetime(2025, 3, 12, tzinfo=UTC)):
        assert cal.subtract(end, 0) is end


def test_subtract_result_is_in_calendar_timezone(cal: WorkCalendar) -> None:
    # 02:00 UTC is 10:00 in Shanghai.
    result = cal.subtract(datetime(2025, 3, 12, 2, 0, tzinfo=UTC), 5)
    assert result == sh(2025, 3, 12, 9, 55)
    assert result.tzinfo is SHANGHAI


def test_subtract_round_trips_add_across_weekend(cal: WorkCalendar) -> None:
    # Mon 2025-03-17 09:00 - 60: 30 back to 08:30, Sat/Sun off, Fri 17:30 - 30 -> Fri 17:00.
    assert cal.subtract(sh(2025, 3, 17, 9, 0), 60) == sh(2025, 3, 14, 17, 0)
    assert cal.add(sh(2025, 3, 14, 17, 0), 60) == sh(2025, 3, 17, 9, 0)
    # Wed 10:00 + 3 working days -> Mon 10:00, and back.
    assert cal.subtract(sh(2025, 3, 17, 10, 0), 1350) == sh(2025, 3, 12, 10, 0)


def test_subtract_round_trips_add_across_lunch(cal: WorkCalendar) -> None:
    start = sh(2025, 3, 12, 11, 30)
    assert cal.add(start, 60) == sh(2025, 3, 12, 14, 0)
    assert cal.subtract(cal.add(start, 60), 60) == start


def test_subtract_round_trips_add_across_national_day_2025(cal: WorkCalendar) -> None:
    # Thu 2025-10-09 09:00 - 60: 30 back to 08:30, Oct 1-8 off, Tue Sep 30 17:00.
    assert cal.subtract(sh(2025, 10, 9, 9, 0), 60) == sh(2025, 9, 30, 17, 0)
    assert cal.add(sh(2025, 9, 30, 17, 0), 60) == sh(2025, 10, 9, 9, 0)
    # 13 working days (make-up Sat Oct 11 included) back from the end of Wed Oct 22.
    assert cal.subtract(sh(2025, 10, 22, 17, 30), 13 * 450) == sh(2025, 9, 29, 8, 30)
    assert cal.subtract(sh(2025, 10, 23, 10, 0), 13 * 450) == sh(2025, 9, 29, 10, 0)
    # Make-up Sun Sep 28 counts, Sat Sep 27 does not: Sun 09:00 - 60 -> Fri Sep 26 17:00.
    assert cal.subtract(sh(2025, 9, 28, 9, 0), 60) == sh(2025, 9, 26, 17, 0)


def test_subtract_and_add_are_exact_inverses_on_working_instants(cal: WorkCalendar) -> None:
    # From 2025-09-20 over six weeks: weekends, lunches and the whole National Day holiday.
    rng = random.Random(1)
    base = sh(2025, 9, 20)
    for _ in range(400):
        moment = base + timedelta(minutes=rng.uniform(0, 42 * 1440))
        minutes = rng.choice((0.5, 15, 60, 450, 1300, 5850)) * rng.uniform(0.1, 1.5)
        # A working instant (a period start included) comes back exactly through add ...
        start = cal.next_working_instant(moment)
        assert cal.subtract(cal.add(start, minutes), minutes) == start
        # ... and so does an instant add can reach (a period end included) through subtract.
        end = cal.add(moment, rng.uniform(0.01, 450))
        assert cal.add(cal.subtract(end, minutes), minutes) == end


def test_subtract_inverts_minutes_between(cal: WorkCalendar) -> None:
    # Any end, working or not: the result lies exactly `minutes` working minutes before it.
    rng = random.Random(2)
    base = datetime(2026, 9, 20, tzinfo=UTC)  # spans the 2026 National Day holiday
    for _ in range(300):
        end = base + timedelta(minutes=rng.uniform(0, 40 * 1440))
        minutes = rng.choice((0.5, 15, 60, 450, 1300, 5850)) * rng.uniform(0.1, 1.5)
        start = cal.subtract(end, minutes)
        assert start <= end
        assert cal.minutes_between(start, end) == pytest.approx(minutes, abs=1e-6)
        assert cal.next_working_instant(start) == start


# --- fallback for years the package does not cover ---------------------------------------------


def test_fallback_to_weekdays_for_unknown_year_warns_once(
    fresh_fallback_state: None, caplog: pytest.LogCaptureFixture
) -> None:
    cal = WorkCalendar()
    with caplog.at_level(logging.WARNING, logger=workcalendar.__name__):
        # 2099-01-01 is a Thursday (New Year's Day): plain weekdays make it a working day.
        assert cal.is_workday(date(2099, 1, 1))
        assert not cal.is_workday(date(2099, 1, 3))  # Saturday
        # Fri 2099-03-13 17:00 + 60 -> Mon 2099-03-16 09:00.
        assert cal.add(sh(2099, 3, 13, 17, 0), 60) == sh(2099, 3, 16, 9, 0)
        # A whole year of lookups: 2099 has 261 weekdays.
        assert cal.minutes_between(sh(2099, 1, 1), sh(2100, 1, 1)) == 261 * 450
        # A second instance shares the module-wide "already warned" state.
        assert WorkCalendar().is_workday(date(2099, 7, 1))
    warnings = [r for r in caplog.records if r.name == workcalendar.__name__]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING
    assert "2099" in warnings[0].getMessage()

    caplog.clear()
    with caplog.at_level(logging.WARNING, logger=workcalendar.__name__):
        # 2098-12-31 is a Wednesday; a different uncovered year gets its own single warning.
        assert cal.is_workday(date(2098, 12, 31))
        assert cal.is_workday(date(2098, 12, 30))
    assert len(caplog.records) == 1
    assert "2098" in caplog.records[0].getMessage()


def test_no_warning_for_covered_years(
    fresh_fallback_state: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=workcalendar.__name__):
        WorkCalendar().minutes_between(sh(2025, 1, 1), sh(2026, 12, 31))
    assert caplog.records == []


# --- injection, caching, validation ------------------------------------------------------------


def test_injected_is_workday_is_used_and_cached() -> None:
    calls: list[date] = []

    def every_day(day: date) -> bool:
        calls.append(day)
        return True

    cal = WorkCalendar(is_workday=every_day)
    # Sat 2025-03-15 17:00 + 60 with every day working -> Sun 09:00.
    assert cal.add(sh(2025, 3, 15, 17, 0), 60) == sh(2025, 3, 16, 9, 0)
    for _ in range(5):
        cal.add(sh(2025, 3, 15, 17, 0), 60)
        cal.minutes_between(sh(2025, 3, 15), sh(2025, 3, 17))
    assert sorted(calls) == [date(2025, 3, 15), date(2025, 3, 16)]


def test_custom_periods() -> None:
    # A single 09:00-17:00 shift: 480 minutes a day.
    cal = WorkCalendar(periods=[(time(9, 0), time(17, 0))], is_workday=lambda d: d.weekday() < 5)
    assert cal.minutes_per_day == 480
    assert cal.add(sh(2025, 3, 12, 16, 0), 120) == sh(2025, 3, 13, 10, 0)


@pytest.mark.parametrize(
    "periods",
    [
        [],
        [(time(12, 0), time(8, 30))],
        [(time(9, 0), time(9, 0))],
        [(time(13, 30), time(17, 30)), (time(8, 30), time(12, 0))],
        [(time(8, 30), time(12, 0)), (time(11, 0), time(17, 30))],
    ],
)
def test_invalid_periods_rejected(periods: list[tuple[time, time]]) -> None:
    with pytest.raises(ValueError):
        WorkCalendar(periods=periods)


def test_calendar_without_working_days_raises_instead_of_hanging() -> None:
    cal = WorkCalendar(is_workday=lambda d: False)
    with pytest.raises(RuntimeError):
        cal.add(sh(2025, 3, 12, 9, 0), 1)
    with pytest.raises(RuntimeError):
        cal.next_working_instant(sh(2025, 3, 12, 9, 0))
    with pytest.raises(RuntimeError, match="before"):
        cal.subtract(sh(2025, 3, 12, 9, 0), 1)


def test_is_workday_rejects_datetime(cal: WorkCalendar) -> None:
    with pytest.raises(TypeError):
        cal.is_workday(sh(2025, 3, 12, 9, 0))


@pytest.mark.parametrize("clock", [WorkCalendar(), NaturalClock()])
@pytest.mark.parametrize("minutes", [-1, float("nan"), float("inf")])
def test_bad_minutes_rejected(clock: Clock, minutes: float) -> None:
    with pytest.raises(ValueError):
        clock.add(sh(2025, 3, 12, 9, 0), minutes)
    with pytest.raises(ValueError):
        clock.subtract(sh(2025, 3, 12, 9, 0), minutes)


# --- timezones and naive datetimes --------------------------------------------------------------


def test_utc_input_matches_shanghai_equivalent(cal: WorkCalendar) -> None:
    # 2025-03-12 01:00 UTC is 09:00 in Shanghai (UTC+8, no DST).
    utc_start = datetime(2025, 3, 12, 1, 0, tzinfo=UTC)
    assert utc_start == sh(2025, 3, 12, 9, 0)
    assert cal.add(utc_start, 60) == cal.add(sh(2025, 3, 12, 9, 0), 60) == sh(2025, 3, 12, 10, 0)
    # 2025-03-13 20:00 UTC is already Fri 2025-03-14 04:00 in Shanghai: the local date decides,
    # so counting starts Fri 08:30 -> + 30 -> 09:00.
    assert cal.add(datetime(2025, 3, 13, 20, 0, tzinfo=UTC), 30) == sh(2025, 3, 14, 9, 0)
    # A fixed +08:00 offset behaves like Shanghai.
    plus8 = timezone(timedelta(hours=8))
    assert cal.add(datetime(2025, 3, 12, 11, 30, tzinfo=plus8), 60) == sh(2025, 3, 12, 14, 0)
    # Mixed zones: 09:00-12:00 is 180, 13:30-14:00 is 30 -> 210.
    assert cal.minutes_between(utc_start, sh(2025, 3, 12, 14, 0)) == 210


@pytest.mark.parametrize("clock", [WorkCalendar(), NaturalClock()])
def test_naive_datetimes_rejected(clock: Clock) -> None:
    naive = datetime(2025, 3, 12, 9, 0)
    aware = sh(2025, 3, 12, 9, 0)
    with pytest.raises(ValueError, match="naive"):
        clock.add(naive, 10)
    with pytest.raises(ValueError, match="naive"):
        clock.subtract(naive, 10)
    with pytest.raises(ValueError, match="naive"):
        clock.minutes_between(naive, aware)
    with pytest.raises(ValueError, match="naive"):
        clock.minutes_between(aware, naive)


def test_next_working_instant_rejects_naive(cal: WorkCalendar) -> None:
    with pytest.raises(ValueError, match="naive"):
        cal.next_working_instant(datetime(2025, 3, 12, 9, 0))


# --- NaturalClock ------------------------------------------------------------------------------


def test_natural_clock_counts_around_the_clock() -> None:
    clock = NaturalClock()
    # Sat 23:30 + 90 -> Sun 01:00; weekends, nights and holidays all count.
    assert clock.add(sh(2025, 3, 15, 23, 30), 90) == sh(2025, 3, 16, 1, 0)
    assert clock.add(sh(2025, 10, 1, 12, 0), 24 * 60) == sh(2025, 10, 2, 12, 0)
    assert (
        clock.minutes_between(sh(2025, 9, 30, 17, 0), sh(2025, 10, 9, 9, 0))
        == 8 * 24 * 60 + 16 * 60
    )
    assert clock.minutes_between(sh(2025, 3, 12, 9, 0), sh(2025, 3, 12, 8, 0)) == 0
    start = sh(2025, 3, 12, 9, 0)
    assert clock.add(start, 0) is start


def test_natural_clock_timezones() -> None:
    clock = NaturalClock()
    result = clock.add(datetime(2025, 3, 12, 1, 0, tzinfo=UTC), 30)
    assert result == sh(2025, 3, 12, 9, 30)
    assert result.tzinfo is SHANGHAI
    # Across the Berlin DST switch (2025-03-30 02:00 CET -> 03:00 CEST) an hour is still an hour:
    # 01:30 CET + 60 -> 03:30 CEST, i.e. 00:30 UTC -> 01:30 UTC.
    berlin = ZoneInfo("Europe/Berlin")
    berlin_clock = NaturalClock(tz=berlin)
    before = datetime(2025, 3, 30, 1, 30, tzinfo=berlin)
    after = berlin_clock.add(before, 60)
    assert after == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert (after.hour, after.minute) == (3, 30)
    assert berlin_clock.minutes_between(before, datetime(2025, 3, 30, 3, 30, tzinfo=berlin)) == 60


def test_natural_clock_subtract() -> None:
    clock = NaturalClock()
    # Sun 01:00 - 90 -> Sat 23:30, and back; nights and holidays count.
    assert clock.subtract(sh(2025, 3, 16, 1, 0), 90) == sh(2025, 3, 15, 23, 30)
    holiday = sh(2025, 10, 2, 12, 0)
    assert clock.add(clock.subtract(holiday, 24 * 60), 24 * 60) == holiday
    end = datetime(2025, 3, 12, 2, 0, tzinfo=UTC)
    assert clock.subtract(end, 0) is end
    result = clock.subtract(end, 30)
    assert result == sh(2025, 3, 12, 9, 30)
    assert result.tzinfo is SHANGHAI
    # Back across the Berlin DST switch: 03:30 CEST - 60 -> 01:30 CET.
    berlin = ZoneInfo("Europe/Berlin")
    before = NaturalClock(tz=berlin).subtract(datetime(2025, 3, 30, 3, 30, tzinfo=berlin), 60)
    assert before == datetime(2025, 3, 30, 0, 30, tzinfo=UTC)
    assert (before.hour, before.minute) == (1, 30)


def test_against_minute_by_minute_oracle(cal: WorkCalendar) -> None:
    # Independent oracle: flag every Shanghai minute from 2025-09-25 to 2025-10-15 as working or
    # not straight from chinese_calendar and the two periods, then compare prefix sums.
    origin = sh(2025, 9, 25)
    total = 20 * 24 * 60
    workdays = {
        d: chinese_calendar.is_workday(d) for d in days(date(2025, 9, 25), date(2025, 10, 15))
    }
    prefix = [0]
    for index in range(total):
        moment = origin + timedelta(minutes=index)
        clock = moment.time()
        working = workdays[moment.date()] and (
            time(8, 30) <= clock < time(12, 0) or time(13, 30) <= clock < time(17, 30)
        )
        prefix.append(prefix[-1] + working)
    for first in range(0, total, 97):
        start = origin + timedelta(minutes=first)
        for last in range(first, total + 1, 389):
            expected = prefix[last] - prefix[first]
            assert cal.minutes_between(start, origin + timedelta(minutes=last)) == expected
            if expected:
                # add lands on the end of the last counted minute: the first instant at which
                # the oracle has counted `expected` minutes (prefix is non-decreasing).
                reached = bisect.bisect_left(prefix, prefix[first] + expected, lo=first)
                assert cal.add(start, expected) == origin + timedelta(minutes=reached)


def test_subtract_against_minute_by_minute_oracle(cal: WorkCalendar) -> None:
    # Same oracle as above, read backwards: subtract lands on the start of the first counted
    # minute, i.e. the latest instant from which the oracle counts `expected` minutes to the end.
    origin = sh(2025, 9, 25)
    total = 20 * 24 * 60
    workdays = {
        d: chinese_calendar.is_workday(d) for d in days(date(2025, 9, 25), date(2025, 10, 15))
    }
    prefix = [0]
    for index in range(total):
        moment = origin + timedelta(minutes=index)
        clock = moment.time()
        working = workdays[moment.date()] and (
            time(8, 30) <= clock < time(12, 0) or time(13, 30) <= clock < time(17, 30)
        )
        prefix.append(prefix[-1] + working)
    for last in range(total, 0, -89):
        end = origin + timedelta(minutes=last)
        for expected in range(1, prefix[last] + 1, 211):
            start = bisect.bisect_right(prefix, prefix[last] - expected, hi=last + 1) - 1
            assert cal.subtract(end, expected) == origin + timedelta(minutes=start)
