"""The 三色 totals over the day: the wall's own samples, one a minute at most. Qt-free.

The server reconstructs the red count over the day (GET /kpis/overdue); yellow and green it
does not keep, so the wall samples the totals it reads and keeps today's: at most one sample
a minute (1,440 a day), dropped at midnight, so memory stays flat however long it runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")
COLORS = ("green", "yellow", "red")


@dataclass
class DayTrend:
    """Today's samples of the open totals by color (times on Shanghai's clock)."""

    times: list[datetime] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=lambda: {c: [] for c in COLORS})

    def add(self, at: datetime, totals: dict[str, int]) -> None:
        """Keep a sample (a newer one of the same minute replaces the last)."""
        at = at.astimezone(SHANGHAI)
        if self.times and self.times[-1].date() != at.date():
            self.clear()
        if self.times and _minute(at) == _minute(self.times[-1]):
            self.times[-1] = at
            for color in COLORS:
                self.counts[color][-1] = int(totals.get(color, 0))
            return
        self.times.append(at)
        for color in COLORS:
            self.counts[color].append(int(totals.get(color, 0)))

    def clear(self) -> None:
        """Forget every sample (a new day)."""
        self.times.clear()
        for series in self.counts.values():
            series.clear()

    def hours(self) -> list[float]:
        """The samples' times as hours since today's midnight."""
        return [t.hour + t.minute / 60 + t.second / 3600 for t in self.times]


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
