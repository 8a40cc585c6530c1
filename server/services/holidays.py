"""The holiday calendar: the library's days, the days the center entered, and their union.

`chinesecalendar` knows the State Council's 放假调休安排 up to the last year it was released
for; the center enters every later year (and any correction) itself. An entered day wins over
the library; a year the library does not know and nobody entered counts Monday to Friday.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import CalendarDay
from server.services.workcalendar import WorkCalendar, official_is_workday

KINDS = ("holiday", "workday")
FIRST_YEAR, LAST_YEAR = 2000, 2100
NAME_MAX = 20
# Notices write ranges of a week or so; a year-long range is a typo, not a holiday.
RANGE_MAX_DAYS = 31
KIND_WORDS = {
    "holiday": "holiday",
    "放假": "holiday",
    "休": "holiday",
    "假": "holiday",
    "workday": "workday",
    "上班": "workday",
    "班": "workday",
    "调休上班": "workday",
}
LIBRARY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


@dataclass(frozen=True)
class Entry:
    """One entered day."""

    day: date
    kind: str
    name: str


class InvalidDay(ValueError):
    """An entry the calendar cannot take; `field` names what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# -- the library ----------------------------------------------------------------------------


def library_knows(year: int) -> bool:
    """Whether chinesecalendar has the State Council's arrangement for the year."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def library_days(year: int) -> list[dict[str, Any]]:
    """The library's non-ordinary days of a year: weekday holidays, weekend make-up days."""
    if not library_knows(year):
        return []
    days = []
    for day, name in chinese_calendar.holidays.items():
        if day.year == year and day.weekday() < 5:
            days.append(_day(day, "holiday", name, "library"))
    for day, name in chinese_calendar.workdays.items():
        if day.year == year and day.weekday() >= 5:
            days.append(_day(day, "workday", name, "library"))
    return days


def _day(day: date, kind: str, name: object, source: str) -> dict[str, Any]:
    text = LIBRARY_NAMES.get(str(name), str(name or "")) if source == "library" else str(name)
    return {"date": day.isoformat(), "kind": kind, "name": text, "source": source}


def working_anyway(day: date) -> bool:
    """A Monday-Friday the library does not give off: a make-up day there means nothing."""
    if day.weekday() >= 5:
        return False
    return not library_knows(day.year) or bool(chinese_calendar.is_workday(day))


# -- entered days ---------------------------------------------------------------------------


def entries(session: Session) -> dict[date, Entry]:
    """Every entered day."""
    return {
        row.day: Entry(row.day, row.kind, row.name) for row in session.scalars(select(CalendarDay))
    }


def year_view(session: Session, year: int) -> dict[str, Any]:
    """The year's source and its non-ordinary days, the entered ones winning."""
    entered = {
        row.day: _day(row.day, row.kind, row.name, "entered")
        for row in session.scalars(
            select(CalendarDay).where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        )
    }
    known = library_knows(year)
    days = {date.fromisoformat(d["date"]): d for d in library_days(year)}
    days.update(entered)
    source = ("mixed" if entered else "library") if known else ("entered" if entered else "missing")
    return {"year": year, "source": source, "days": [days[d] for d in sorted(days)]}


def year_sources(session: Session, years: list[int]) -> list[dict[str, Any]]:
    """The source of each year, as in `year_view`."""
    return [{"year": y, "source": year_view(session, y)["source"]} for y in years]


def check_entry(day: date, kind: str, name: str) -> Entry:
    """The entry, or InvalidDay naming the field."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidDay("date", f"{day.isoformat()} is outside {FIRST_YEAR}–{LAST_YEAR}")
    if kind not in KINDS:
        raise InvalidDay("kind", f"kind must be holiday or workday, not {kind!r}")
    name = name.strip()
    if not name or len(name) > NAME_MAX:
        raise InvalidDay("name", f"name must be 1–{NAME_MAX} characters (元旦, 春节, …)")
    if kind == "workday" and working_anyway(day):
        raise InvalidDay(
            "kind",
            f"{day.isoformat()} is a working day anyway ({day.strftime('%A')}); a make-up "
            "workday (调休上班) falls on a weekend or a library holiday",
        )
    return Entry(day, kind, name)


def parse_notice(text: str) -> tuple[list[Entry], list[dict[str, Any]]]:
    """The days of a notice table (`date,kind,name`, a date may be `first..last`), and the
    errors by line (line 1 is the first line of the file)."""
    found: dict[date, tuple[int, Entry]] = {}
    errors: list[dict[str, Any]] = []
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:  # a NUL byte, a stray quote: not a table at all
        return [], [{"line": None, "message": f"the file is not a CSV table ({exc})"}]
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if number == 1 and cells[0].lower() in ("date", "日期"):
            continue
        if len(cells) != 3:
            errors.append({"line": number, "message": "write date,kind,name (three columns)"})
            continue
        try:
            days = _date_range(cells[0])
            kind = KIND_WORDS.get(cells[1].lower(), cells[1])
            for day in days:
                entry = check_entry(day, kind, cells[2])
                if day in found and found[day][1] != entry:
                    raise InvalidDay(
                        "date", f"{day.isoformat()} is already on line {found[day][0]}"
                    )
                found[day] = (number, entry)
        except InvalidDay as exc:
            errors.append({"line": number, "field": exc.field, "message": str(exc)})
    if not found and not errors:
        errors.append({"line": None, "message": "the file has no days"})
    return [entry for _, entry in found.values()], errors


def _date_range(text: str) -> list[date]:
    first_text, _, last_text = text.partition("..")
    first = _date(first_text)
    last = _date(last_text) if last_text else first
    if last < first:
        raise InvalidDay("date", f"the range {text} ends before it starts")
    if (last - first).days >= RANGE_MAX_DAYS:
        raise InvalidDay("date", f"the range {text} is longer than {RANGE_MAX_DAYS} days")
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise InvalidDay("date", f"{text!r} is not a date (YYYY-MM-DD)") from None


def decode_notice(raw: bytes) -> str:
    """The notice's text: UTF-8 (with or without BOM), else GBK as Chinese spreadsheets save."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("gbk")
        except UnicodeDecodeError:
            raise InvalidDay("file", "the file is neither UTF-8 nor GBK text") from None


# -- the calendar the SLA clock counts on -------------------------------------------------


def is_workday_with(entered: Mapping[date, Entry]) -> Callable[[date], bool]:
    """`is_workday` with the entered days over the library; a year that has entered days
    but no library data counts its other days Monday to Friday without a warning."""
    kinds = {day: entry.kind for day, entry in entered.items()}
    entered_years = {day.year for day in kinds}

    def is_workday(day: date) -> bool:
        kind = kinds.get(day)
        if kind is not None:
            return kind == "workday"
        if day.year in entered_years and not library_knows(day.year):
            return day.weekday() < 5
        return official_is_workday(day)

    return is_workday


def calendar_with(entered: Mapping[date, Entry]) -> WorkCalendar:
    """The working calendar with these entered days."""
    return WorkCalendar(is_workday=is_workday_with(entered))


def day_bounds(days: list[date], tz: Any) -> tuple[datetime, datetime]:
    """Local midnight before the first day and after the last."""
    first, last = min(days), max(days)
    return (
        datetime.combine(first, datetime.min.time(), tz),
        datetime.combine(last + timedelta(days=1), datetime.min.time(), tz),
    )


def status(session: Session, today: date) -> dict[str, Any]:
    """This year's and next year's sources; from November 1 a missing next year is a warning."""
    years = year_sources(session, [today.year, today.year + 1])
    missing = [y["year"] for y in years if y["source"] == "missing"]
    return {
        "today": today.isoformat(),
        "years": years,
        "missing": missing,
        "warn_missing_next": today.month >= 11 and today.year + 1 in missing,
    }
