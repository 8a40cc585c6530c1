"""The command center's clock: every time the console shows is Asia/Shanghai time, whatever
zone the machine is set to (the server's histories already are). No Qt here."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _center_zone() -> tzinfo:
    try:
        return ZoneInfo("Asia/Shanghai")
    except ZoneInfoNotFoundError:  # no tz database: China has kept UTC+8 without DST since 1991
        return timezone(timedelta(hours=8), "CST")


CENTER = _center_zone()


def at(timestamp: float) -> datetime:
    """The moment as the center's wall clock reads it."""
    return datetime.fromtimestamp(timestamp, CENTER)


def clock_text(timestamp: float) -> str:
    """'14:03:27' in center time."""
    return at(timestamp).strftime("%H:%M:%S")


def parse(value: object) -> datetime | None:
    """An ISO 8601 time (with offset) in center time; None when absent or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is None:  # no offset given: the API's times are center time
        moment = moment.replace(tzinfo=CENTER)
    return moment.astimezone(CENTER)


def when_text(value: object, *, full: bool = False) -> str:
    """'11-27 10:30' (or '2025-11-27 10:30:05' when full) from ISO 8601, in center time."""
    moment = parse(value)
    if moment is None:
        return str(value or "")
    return moment.strftime("%Y-%m-%d %H:%M:%S" if full else "%m-%d %H:%M")
