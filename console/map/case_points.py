"""Where the queue's cases are, as numpy columns by store slot (no Qt).

The case store keeps no coordinates among its numeric columns, so the map reads each case's
`lon`/`lat` once, when its slot is new or its version changed, and keeps them projected.
A slot never changes its case, so an update touches only the slots that changed: a feed
event costs a few microseconds, a load of 100,000 cases one pass over their records.
"""

from __future__ import annotations

import math

import numpy as np

from console.map.clusters import Points
from console.map.projection import to_xy
from console.models.case_records import URGENCY_RANK
from console.models.case_store import OPEN_RANKS, CaseStore

URGENT_RANK = URGENCY_RANK["emergency"]  # 特急


def _number(value: object) -> float:
    """A coordinate as the case carries it; NaN for none (or anything not a finite number)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return math.nan


class CasePoints:
    """Projected positions of every case in a store, kept in step with it."""

    def __init__(self) -> None:
        self.x = np.full(0, np.nan)
        self.y = np.full(0, np.nan)
        self._version = np.zeros(0, np.int64)

    def sync(self, store: CaseStore, limit: int = 0) -> int:
        """Read the positions of new slots and of cases whose version changed, at most
        `limit` of them (0: all); returns how many are left for the next call."""
        size = len(store)
        if size > len(self.x):
            grow = max(size, 2 * len(self.x), 1024) - len(self.x)
            self.x = np.r_[self.x, np.full(grow, np.nan)]
            self.y = np.r_[self.y, np.full(grow, np.nan)]
            self._version = np.r_[self._version, np.full(grow, -1, np.int64)]
        versions = store.column("version")
        stale = np.flatnonzero(versions != self._version[:size])
        left = 0
        if limit and len(stale) > limit:
            stale, left = stale[:limit], len(stale) - limit
        get = store.get
        lon = np.array([_number(get(slot, "lon")) for slot in stale.tolist()], dtype=np.float64)
        lat = np.array([_number(get(slot, "lat")) for slot in stale.tolist()], dtype=np.float64)
        self.x[stale], self.y[stale] = to_xy(lon, lat)  # NaN stays NaN: no position
        self._version[stale] = versions[stale]
        return left

    def points(self, store: CaseStore, now: float, *, open_only: bool = True) -> Points:
        """The cases to draw: known (not dropped), placed, open unless asked otherwise."""
        size = len(store)
        x, y = self.x[:size], self.y[:size]
        keep = ~store.column("gone") & ~np.isnan(x)
        if open_only:
            keep &= np.isin(store.column("state"), OPEN_RANKS.array)
        slots = np.flatnonzero(keep)
        return Points(
            ids=store.column("ids")[slots].copy(),
            x=x[slots].copy(),
            y=y[slots].copy(),
            color=store.colors(slots, now).astype(np.int8),
            urgent=store.column("urgency")[slots] == URGENT_RANK,
            slots=slots,  # the clusters start from their last order by slot
        )
