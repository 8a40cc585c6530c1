"""Working-time and natural-time clocks for case deadlines (SLA).

Ordinary cases count working minutes: Monday-Friday 08:30-12:00 and 13:30-17:30 in
Asia/Shanghai, with Chinese public holidays off and their make-up working days (调休) on.
Emergency cases count natural minutes around the clock.

All arithmetic is done internally in whole microseconds so that ``add`` and ``minutes_between``
are exact inverses of each other (up to the microsecond rounding of the input minutes) and no
floating-point drift accumulates over long spans. ``subtract`` is ``add`` run backwards: from an
instant outside working hours it counts back from the previous working instant (the last period
end before it), and a result landing exactly on a period start is that period start (13:30, not
12:00). Working periods are local wall-clock times, which is exact for Asia/Shanghai (no DST
since 1991).
"""

from __future__ import annotations

import functools
import logging
import math
import numbers
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeAlias
from zoneinfo import ZoneInfo

import chinese_calendar

__all__ = [
    "SHANGHAI",
    "WORK_MINUTES_PER_DAY",
    "Clock",
    "NaturalClock",
    "WorkCalendar",
    "official_is_workday",
]

logger = logging.getLogger(__name__)

WORK_MINUTES_PER_DAY = 450
SHANGHAI = ZoneInfo("Asia/Shanghai")

_DEFAULT_PERIODS: tuple[tuple[time, time], ...] = (
    (time(8, 30), time(12, 0)),
    (time(13, 30), time(17, 30)),
)

_US_PER_MINUTE = 60_000_000
_US_PER_DAY = 24 * 60 * _US_PER_MINUTE
_ONE_DAY = timedelta(days=1)
# Bounded so that dates coming from API input cannot grow the cache without limit; 8192 days
# (over 20 years) keeps every realistic deadline computation warm.
_CACHE_DAYS = 8192
# The longest run of non-working days in the official calendar is about ten days; a year without
# a single working day means the injected calendar is broken, and looping forever would hang the
# request instead of reporting it.
_MAX_IDLE_DAYS = 366

_warned_years: set[int] = set()
_warned_lock = threading.Lock()


def _warn_uncovered_year(year: int) -> None:
    """Log the fallback to plain weekdays once per year, not on every lookup."""
    with _warned_lock:
        if year in _warned_years:
            return
        _warned_years.add(year)
    logger.warning(
        "chinese_calendar has no data for %d; treating Monday-Friday as working days that year "
        "(public holidays and make-up days are ignored until the package is updated)",
        year,
    )


@functools.lru_cache(maxsize=_CACHE_DAYS)
def official_is_workday(day: date) -> bool:
    """Whether ``day`` is a working day per chinese_calendar, else plain Monday-Friday."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        _warn_uncovered_year(day.year)
        return day.weekday() < 5


def _require_aware(value: datetime, name: str) -> None:
    """Reject naive datetimes: the whole system works with aware instants."""
    if not isinstance(value, datetime):
        raise TypeError(f"{name} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got naive {value!r}")


def _minutes_to_us(minutes: float) -> int:
    """Validate a duration in minutes and convert it to whole microseconds."""
    if isinstance(minutes, bool) or not isinstance(minutes, numbers.Real):
        raise TypeError(f"minutes must be a number, got {type(minutes).__name__}")
    if not math.isfinite(minutes) or minutes < 0:
        raise ValueError(f"minutes must be a finite number >= 0, got {minutes!r}")
    return round(minutes * _US_PER_MINUTE)


def _time_of_day_us(value: datetime | time) -> int:
    """Microseconds since local midnight (wall clock)."""
    return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond


class WorkCalendar:
    """Working-time arithmetic over the Chinese official calendar."""

    def __init__(
        self,
        periods: Sequence[tuple[time, time]] = _DEFAULT_PERIODS,
        is_workday: Callable[[date], bool] | None = None,
        tz: ZoneInfo = SHANGHAI,
    ) -> None:
        """Build a calendar; ``is_workday`` defaults to chinese_calendar with a weekday fallback."""
        self.tz = tz
        self.periods: tuple[tuple[time, time], ...] = tuple((start, end) for start, end in periods)
        self._periods_us = self._validate_periods(self.periods)
        self._day_us = sum(end - start for start, end in self._periods_us)
        self.minutes_per_day: float = self._day_us / _US_PER_MINUTE
        if is_workday is None:
            # Shared module-level cache: every instance benefits and the fallback warning
            # stays once per year across instances.
            self._is_workday: Callable[[date], bool] = official_is_workday
        else:
            self._is_workday = functools.lru_cache(maxsize=_CACHE_DAYS)(is_workday)

    @staticmethod
    def _validate_periods(periods: tuple[tuple[time, time], ...]) -> tuple[tuple[int, int], ...]:
        """Check periods are non-empty, ordered and non-overlapping; return them in microseconds."""
        if not periods:
            raise ValueError("a work calendar needs at least one working period")
        result: list[tuple[int, int]] = []
        previous_end = 0
        for start, end in periods:
            if start.tzinfo is not None or end.tzinfo is not None:
                raise ValueError("working periods are local wall-clock times; drop their tzinfo")
            start_us, end_us = _time_of_day_us(start), _time_of_day_us(end)
            if start_us >= end_us:
                raise ValueError(f"working period {start}-{end} must start before it ends")
            if start_us < previous_end:
                raise ValueError("working periods must be in order and must not overlap")
            result.append((start_us, end_us))
            previous_end = end_us
        return tuple(result)

    def is_workday(self, day: date) -> bool:
        """Whether ``day`` (a local calendar date) is a working day."""
        if isinstance(day, datetime):
            # A datetime's date depends on its zone; make the caller pick the local date.
            raise TypeError("is_workday takes a date; convert the datetime to a local date first")
        return self._is_workday(day)

    def _local(self, moment: datetime) -> tuple[date, int]:
        """Local calendar date and wall-clock microseconds since midnight in ``self.tz``."""
        local = moment.astimezone(self.tz)
        return local.date(), _time_of_day_us(local)

    def _at(self, day: date, offset_us: int) -> datetime:
        """The aware instant ``offset_us`` after local midnight of ``day``."""
        wall = datetime.combine(day, time()) + timedelta(microseconds=offset_us)
        return wall.replace(tzinfo=self.tz)

    def _no_workday_error(self, since: date, direction: str = "after") -> RuntimeError:
        return RuntimeError(
            f"no working day within {_MAX_IDLE_DAYS} days {direction} {since.isoformat()}; "
            "the is_workday calendar looks broken"
        )

    def add(self, start: datetime, minutes: float) -> datetime:
        """Instant at which ``minutes`` working minutes have elapsed after ``start``.

        ``add(start, 0)`` returns ``start`` unchanged, even outside working hours. For
        ``minutes > 0`` counting begins at the next working instant, a result that lands exactly
        on a period end is that period end (12:00, not 13:30), and the result is in ``self.tz``.
        """
        _require_aware(start, "start")
        remaining = _minutes_to_us(minutes)
        if minutes == 0:
            return start
        day, offset = self._local(start)
        first_day = day
        idle_days = 0
        while True:
            if self._is_workday(day):
                idle_days = 0
                # Strictly greater: a duration ending exactly at the close of this day must end
                # at the last period end, which the period walk below produces.
                if offset == 0 and remaining > self._day_us:
                    remaining -= self._day_us
                else:
                    for period_start, period_end in self._periods_us:
                        if period_end <= offset:
                            continue
                        begin = max(offset, period_start)
                        available = period_end - begin
                        if remaining <= available:
                            return self._at(day, begin + remaining)
                        remaining -= available
            else:
                idle_days += 1
                if idle_days > _MAX_IDLE_DAYS:
                    raise self._no_workday_error(first_day)
            day += _ONE_DAY
            offset = 0

    def subtract(self, end: datetime, minutes: float) -> datetime:
        """Instant ``minutes`` working minutes before ``end``, from the previous working instant."""
        _require_aware(end, "end")
        remaining = _minutes_to_us(minutes)
        if minutes == 0:
            return end
        day, offset = self._local(end)
        last_day = day
        idle_days = 0
        while True:
            if self._is_workday(day):
                idle_days = 0
                # Strictly greater, as in add: a duration starting exactly at the opening of this
                # day must start at the first period start, which the period walk produces.
                if offset == _US_PER_DAY and remaining > self._day_us:
                    remaining -= self._day_us
                else:
                    for period_start, period_end in reversed(self._periods_us):
                        if period_start >= offset:
                            continue
                        until = min(offset, period_end)
                        available = until - period_start
                        if remaining <= available:
                            return self._at(day, until - remaining)
                        remaining -= available
            else:
                idle_days += 1
                if idle_days > _MAX_IDLE_DAYS:
                    raise self._no_workday_error(last_day, "before")
            day -= _ONE_DAY
            offset = _US_PER_DAY

    def _working_us_within(self, day: date, begin: int, end: int) -> int:
        """Working microseconds of ``day`` inside the wall-clock window [begin, end)."""
        if end <= begin or not self._is_workday(day):
            return 0
        total = 0
        for period_start, period_end in self._periods_us:
            overlap = min(end, period_end) - max(begin, period_start)
            if overlap > 0:
                total += overlap
        return total

    def minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes in [start, end); 0 when ``end <= start``."""
        _require_aware(start, "start")
        _require_aware(end, "end")
        if end <= start:
            return 0.0
        first_day, first_offset = self._local(start)
        last_day, last_offset = self._local(end)
        if first_day == last_day:
            total = self._working_us_within(first_day, first_offset, last_offset)
        else:
            total = self._working_us_within(first_day, first_offset, _US_PER_DAY)
            day = first_day + _ONE_DAY
            while day < last_day:
                if self._is_workday(day):
                    total += self._day_us
                day += _ONE_DAY
            total += self._working_us_within(last_day, 0, last_offset)
        return total / _US_PER_MINUTE

    def next_working_instant(self, moment: datetime) -> datetime:
        """``moment`` itself if inside a working period, else the next period start (in tz)."""
        _require_aware(moment, "moment")
        day, offset = self._local(moment)
        first_day = day
        idle_days = 0
        while True:
            if self._is_workday(day):
                idle_days = 0
                for period_start, period_end in self._periods_us:
                    if offset < period_end:
                        if offset >= period_start:
                            return moment
                        return self._at(day, period_start)
            else:
                idle_days += 1
                if idle_days > _MAX_IDLE_DAYS:
                    raise self._no_workday_error(first_day)
            day += _ONE_DAY
            offset = 0


class NaturalClock:
    """24/7 clock for emergency cases, with WorkCalendar's add, subtract and minutes_between."""

    def __init__(self, tz: ZoneInfo = SHANGHAI) -> None:
        """Build a natural clock whose results are expressed in ``tz``."""
        self.tz = tz

    def add(self, start: datetime, minutes: float) -> datetime:
        """Instant ``minutes`` elapsed minutes after ``start``; ``add(start, 0)`` is ``start``."""
        _require_aware(start, "start")
        elapsed = _minutes_to_us(minutes)
        if minutes == 0:
            return start
        # Go through UTC: aware + timedelta is wall-clock arithmetic, wrong across DST shifts.
        return (start.astimezone(UTC) + timedelta(microseconds=elapsed)).astimezone(self.tz)

    def subtract(self, end: datetime, minutes: float) -> datetime:
        """Instant ``minutes`` elapsed minutes before ``end``; ``subtract(end, 0)`` is ``end``."""
        _require_aware(end, "end")
        elapsed = _minutes_to_us(minutes)
        if minutes == 0:
            return end
        return (end.astimezone(UTC) - timedelta(microseconds=elapsed)).astimezone(self.tz)

    def minutes_between(self, start: datetime, end: datetime) -> float:
        """Elapsed minutes in [start, end); 0 when ``end <= start``."""
        _require_aware(start, "start")
        _require_aware(end, "end")
        if end <= start:
            return 0.0
        # Subtracting datetimes sharing a tzinfo ignores DST shifts; UTC makes it absolute.
        delta = end.astimezone(UTC) - start.astimezone(UTC)
        return (delta // timedelta(microseconds=1)) / _US_PER_MINUTE


Clock: TypeAlias = WorkCalendar | NaturalClock
