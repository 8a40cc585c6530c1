"""A clock tests set: the server's "now" where the test wants it (see AppState.clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class SettableClock:
    """A clock standing at a chosen instant until it is set or moved on.

    Put it on the app (`state.clock = SettableClock(...)`); it answers as the wall clock does:
    an aware datetime in UTC.
    """

    def __init__(self, now: datetime) -> None:
        self._now = self._checked(now)

    def __call__(self) -> datetime:
        return self._now

    def set(self, now: datetime) -> None:
        """Stand at this instant (aware, in any zone)."""
        self._now = self._checked(now)

    def advance(self, delta: timedelta) -> None:
        """Move on (or back, for a negative delta)."""
        self._now += delta

    @staticmethod
    def _checked(now: datetime) -> datetime:
        if now.tzinfo is None:
            raise ValueError("the clock needs an aware datetime")
        return now.astimezone(UTC)
