"""A clock that runs as the wall clock does but reads another instant: `cc-server --now`.

A demo (or a test of a live server) can then be run as if it were Monday 00:10, New Year's
Eve or a public holiday in Shanghai: the backlog is laid out backwards from that instant, and
every route, the SLA scheduler and the simulator read the same clock (`AppState.clock`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.db import utcnow


class ShiftedClock:
    """The wall clock moved by a fixed offset (the same in every process that is given it)."""

    def __init__(self, offset: timedelta) -> None:
        self.offset = offset

    @classmethod
    def reading(cls, start: datetime) -> ShiftedClock:
        """The clock that reads `start` now, then runs on."""
        if start.tzinfo is None:
            raise ValueError("the clock needs an aware datetime (an offset or Z)")
        return cls(start - utcnow())

    def __call__(self) -> datetime:
        """The current instant by this clock, aware, in UTC (as `server.db.utcnow`)."""
        return utcnow() + self.offset


def parse_instant(text: str) -> datetime:
    """An instant of ISO 8601 text with an offset (2026-12-14T00:10+08:00), in UTC; ValueError
    for anything else (a time without an offset would depend on the machine's zone)."""
    instant = datetime.fromisoformat(text.strip())
    if instant.tzinfo is None:
        raise ValueError(f"{text!r} has no offset: write it as 2026-12-14T00:10+08:00")
    return instant.astimezone(UTC)
