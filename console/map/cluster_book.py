"""The clusters the canvas draws: every zoom level's from one order of the cases.

When the cases change, `set_points` puts them in the Z-order of their cells (pyramid.py:
from the previous order, a few milliseconds for a feed event's changes at 100,000 cases)
and sums the level on screen at once, so that the next frame finds it ready. A zoom step to
another level finds it summed already: between frames the canvas sums the levels next to
the one drawn (a linear pass over the same order, no sorting: ~0.1 ms for the district's
levels, 3-4 ms for the closest ones at 100,000 cases), and a level is kept while the cases
stay the same. No frame clusters anew, and nothing runs on a worker thread, so no frame
waits for one (nor shares the GIL with it) either.
"""

from __future__ import annotations

from console.map.clusters import Clusters, Points
from console.map.pyramid import ClusterPyramid


class ClusterBook:
    """Clusters by zoom level for the current points."""

    def __init__(self) -> None:
        self._pyramid = ClusterPyramid()

    @property
    def points(self) -> Points:
        """The cases drawn (in the pyramid's order)."""
        return self._pyramid.points

    def set_points(self, points: Points, level: int | None = None) -> None:
        """New cases, positions or colors; `level`'s clusters (the one on screen) are
        summed now rather than in the next frame."""
        self._pyramid.set_points(points)
        if level is not None:
            self._pyramid.at(level)

    def fresh(self, level: int) -> bool:
        """Whether the level's clusters are at hand (nothing to sum to draw them)."""
        return self._pyramid.has(level)

    def at(self, level: int) -> Clusters:
        """The level's clusters of the current points."""
        return self._pyramid.at(level)

    def exact(self, level: int) -> Clusters:
        """The level's clusters of the current points: the same as `at` (the map has no
        others to show meanwhile; kept for the tests' helpers, which ask for exact ones)."""
        return self._pyramid.at(level)
