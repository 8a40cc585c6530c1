"""Each zoom level's clusters, computed on a worker so that no frame waits for them.

Clustering 100,000 cases takes tens of milliseconds; a frame has sixteen. When the cases
change or the officer zooms to a level not yet clustered, the frame shows what is at hand
(the level's previous clusters, or the nearest level's) and the exact ones follow a moment
later. Only the very first clusters, with nothing to show instead, are computed at once.
"""

from __future__ import annotations

from collections.abc import Callable

from console.map.clusters import Clusters, Points, cluster
from console.tasks import TaskRunner


class ClusterBook:
    """Clusters by zoom level for the current points; `ready` is called when more arrive."""

    def __init__(self, runner: TaskRunner, ready: Callable[[], object]) -> None:
        self._runner = runner
        self._ready = ready
        self.points = Points.empty()
        self._generation = 0
        self._levels: dict[int, tuple[int, Clusters]] = {}  # level → (generation, clusters)
        self._asked: set[tuple[int, int]] = set()  # (generation, level) under way

    def set_points(self, points: Points) -> None:
        """New cases, positions or colors: levels are computed again as they are drawn."""
        self.points = points
        self._generation += 1

    def fresh(self, level: int) -> bool:
        """Whether the level's clusters are those of the current points."""
        found = self._levels.get(level)
        return found is not None and found[0] == self._generation

    def at(self, level: int) -> Clusters:
        """The level's clusters as far as they are known now (asking for the exact ones)."""
        found = self._levels.get(level)
        if found is not None and found[0] == self._generation:
            return found[1]
        if not self._levels:  # nothing at all to show: the first ones at once
            clusters = cluster(self.points, level)
            self._levels[level] = (self._generation, clusters)
            return clusters
        self._ask(level)
        if found is not None:
            return found[1]
        nearest = min(self._levels, key=lambda known: abs(known - level))
        return self._levels[nearest][1]

    def exact(self, level: int) -> Clusters:
        """The level's clusters of the current points, computed now if need be (tests)."""
        if not self.fresh(level):
            self._levels[level] = (self._generation, cluster(self.points, level))
        return self._levels[level][1]

    def _ask(self, level: int) -> None:
        generation, points = self._generation, self.points
        if (generation, level) in self._asked:
            return
        self._asked.add((generation, level))
        self._runner.run(
            lambda: cluster(points, level),
            lambda clusters: self._on_clustered(generation, level, clusters),
            on_error=lambda _exc: self._asked.discard((generation, level)),
            what="",
        )

    def _on_clustered(self, generation: int, level: int, clusters: Clusters) -> None:
        self._asked.discard((generation, level))
        known = self._levels.get(level)
        if known is None or known[0] <= generation:
            self._levels[level] = (generation, clusters)
            self._ready()
