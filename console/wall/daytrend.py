"""The 三色 totals over the last 24 hours: the server's past, the wall's own samples since. Qt-free.

A wall started now must show the past day at once, so the past comes from the server
(GET /api/v1/supervision/color-trend: the totals rebuilt from the cases' clocks and trails,
one point every few minutes) and is read again every few minutes; between two reads the
wall adds the totals it reads itself (GET /cases/summary), at most one a minute, after the
server's last point. Anything older than the window is dropped, so what the wall keeps is
bounded however long it runs: the server's points (288 at 5 minutes) and at most a
window's minutes of its own (1,440, should the server's trend be unavailable).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
COLORS = ("green", "yellow", "red")
WINDOW = timedelta(hours=24)
SLACK = timedelta(minutes=1)  # own samples up to this much after the server's now are kept


@dataclass
class ColorTrend:
    """Open cases by color at instants of the last `window` (times on Shanghai's clock)."""

    window: timedelta = WINDOW
    times: list[datetime] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=lambda: {c: [] for c in COLORS})
    served_until: datetime | None = None  # the server's last point: own samples come after

    def load(self, points: list[dict[str, Any]], until: datetime | None = None) -> None:
        """The server's trend (its `points`), replacing the past; own samples taken after
        its last point (and not after `until`, the server's now) are kept."""
        served = [(_parse(p["at"]), {c: int(p.get(c) or 0) for c in COLORS}) for p in points]
        served.sort(key=lambda point: point[0])
        if not served:
            return
        last = served[-1][0]
        own = [
            (at, {c: self.counts[c][i] for c in COLORS})
            for i, at in enumerate(self.times)
            if at > last and (until is None or at <= until + SLACK)
        ]
        self.times.clear()
        for series in self.counts.values():
            series.clear()
        for at, totals in served + own:
            self._append(at, totals)
        self.served_until = last
        self._trim(self.times[-1])

    def add(self, at: datetime, totals: dict[str, int]) -> None:
        """Keep an own sample (a newer one of the same minute replaces the last; one not
        after the last point is dropped: the server's point stands for that instant)."""
        at = at.astimezone(SHANGHAI)
        if self.times and at <= self.times[-1]:
            return
        last = self.times[-1] if self.times else None
        own_last = last is not None and (self.served_until is None or last > self.served_until)
        if own_last and last is not None and _minute(at) == _minute(last):
            self.times[-1] = at
            for color in COLORS:
                self.counts[color][-1] = int(totals.get(color, 0))
        else:
            self._append(at, totals)
        self._trim(at)

    def _append(self, at: datetime, totals: dict[str, int]) -> None:
        self.times.append(at.astimezone(SHANGHAI))
        for color in COLORS:
            self.counts[color].append(int(totals.get(color, 0)))

    def _trim(self, now: datetime) -> None:
        """Forget what is older than the window."""
        first = now - self.window
        drop = 0
        while drop < len(self.times) and self.times[drop] < first:
            drop += 1
        if drop:
            del self.times[:drop]
            for series in self.counts.values():
                del series[:drop]

    def __len__(self) -> int:
        return len(self.times)


def _parse(value: str) -> datetime:
    return datetime.fromisoformat(value).astimezone(SHANGHAI)


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
