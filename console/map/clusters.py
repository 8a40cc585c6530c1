"""Grid clustering of case markers, per zoom level, with numpy (no Qt).

Markers closer than a cell (CELL_PX on screen at the level's scale) are drawn as one
cluster: its count, the worst SLA color among its cases and whether one of them is 特急.
The cells are fixed in map metres for a zoom level, so a cluster does not jump while the
officer pans. `cluster` computes one level with a sort of its own; the map computes every
level from one order of the cases (pyramid.py), with the same result. A screen holds at
most one cluster per cell, whatever the number of cases: drawing stays bounded at 100,000
cases.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from console.map.projection import scale_of_zoom

CELL_PX = 44  # the side of a clustering cell on screen, in pixels
_OFFSET = 1 << 30  # keeps cell indices positive before they are packed into one int64 key


@dataclass(frozen=True)
class Points:
    """The cases the map shows, one entry each (arrays of equal length)."""

    ids: np.ndarray  # int64 case ids
    x: np.ndarray  # float64 Web Mercator metres
    y: np.ndarray
    color: np.ndarray  # int8: -1 none, 0 green, 1 yellow, 2 red
    urgent: np.ndarray  # bool: 特急
    slots: np.ndarray | None = None  # int64 store slots, when the points come from a store

    @staticmethod
    def empty() -> Points:
        """No cases."""
        return Points(
            np.empty(0, np.int64),
            np.empty(0),
            np.empty(0),
            np.empty(0, np.int8),
            np.empty(0, np.bool_),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def inside(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """The ids of the cases within the metre rectangle (corners in any order)."""
        lo_x, hi_x = min(x0, x1), max(x0, x1)
        lo_y, hi_y = min(y0, y1), max(y0, y1)
        keep = (self.x >= lo_x) & (self.x <= hi_x) & (self.y >= lo_y) & (self.y <= hi_y)
        return self.ids[keep]


@dataclass(frozen=True)
class Clusters:
    """The clusters of one zoom level: position (mean of the members), size and looks."""

    x: np.ndarray
    y: np.ndarray
    count: np.ndarray  # int64
    color: np.ndarray  # int8, the worst of the members
    urgent: np.ndarray  # bool, some member is 特急
    case_id: np.ndarray  # int64, the case of a cluster of one (else its first member)

    @staticmethod
    def empty() -> Clusters:
        """No clusters."""
        empty = np.empty(0)
        return Clusters(empty, empty, np.empty(0, np.int64), np.empty(0, np.int8),
                        np.empty(0, np.bool_), np.empty(0, np.int64))  # fmt: skip

    def __len__(self) -> int:
        return len(self.x)

    def within(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """Indices of the clusters inside the metre rectangle (x0 < x1, y0 < y1)."""
        return np.flatnonzero((self.x >= x0) & (self.x <= x1) & (self.y >= y0) & (self.y <= y1))


def cell_metres(level: int) -> float:
    """The side of a clustering cell at a zoom level, in metres."""
    return CELL_PX / scale_of_zoom(level)


def cluster(points: Points, level: int) -> Clusters:
    """The clusters of these points at a zoom level."""
    if not len(points):
        return Clusters.empty()
    cell = cell_metres(level)
    ix = np.floor(points.x / cell).astype(np.int64) + _OFFSET
    iy = np.floor(points.y / cell).astype(np.int64) + _OFFSET
    keys = (ix << 31) | iy
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    count = np.diff(np.r_[starts, len(order)])
    x, y = points.x[order], points.y[order]
    return Clusters(
        x=np.add.reduceat(x, starts) / count,
        y=np.add.reduceat(y, starts) / count,
        count=count,
        color=np.maximum.reduceat(points.color[order], starts).astype(np.int8),
        urgent=np.logical_or.reduceat(points.urgent[order], starts),
        case_id=points.ids[order][starts],
    )
