"""The simulated moments a trainer starts a drill clock at: the scenario's own, or one that
makes deadlines bite (a Friday 16:50 before the weekend, the eve of National Day, a Monday
morning rush). Worked out from a given day, so the same choice means the same moment in a
test and in the duty room; no Qt here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from console.models.center_time import CENTER
from console.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class StartMoment:
    """A named choice: `label` (a source text of the "Drills" context) and its moment
    (None: the scenario's own start)."""

    key: str
    label: str
    at: datetime | None


def _next_weekday(today: date, weekday: int) -> date:
    """The next day of this weekday (0 Monday), today included."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _national_day_eve(today: date) -> date:
    """30 September of this year, or of the next once it is past."""
    eve = date(today.year, 9, 30)
    return eve if eve >= today else date(today.year + 1, 9, 30)


def presets(today: date) -> list[StartMoment]:
    """The choices offered on `today` (the center's date), the scenario's own first."""

    def at(day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), CENTER)

    return [
        StartMoment("scenario", QT_TRANSLATE_NOOP("Drills", "The scenario's own start"), None),
        StartMoment(
            "friday",
            QT_TRANSLATE_NOOP("Drills", "Friday 16:50 (before the weekend)"),
            at(_next_weekday(today, 4), 16, 50),
        ),
        StartMoment(
            "national_day",
            QT_TRANSLATE_NOOP("Drills", "The day before National Day, 16:50"),
            at(_national_day_eve(today), 16, 50),
        ),
        StartMoment(
            "monday",
            QT_TRANSLATE_NOOP("Drills", "Monday 08:30 (the week's first rush)"),
            at(_next_weekday(today, 0), 8, 30),
        ),
        StartMoment("night", QT_TRANSLATE_NOOP("Drills", "Tonight 23:30"), at(today, 23, 30)),
        StartMoment("custom", QT_TRANSLATE_NOOP("Drills", "Another moment…"), None),
    ]
