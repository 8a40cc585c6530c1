"""Which open case has which color now, and when the next one changes: the queue's counters
and its clock transitions at O(changes), never a walk over every case. No Qt here.

Every open case with a running clock has its warn and due instants on a heap; each tick pops
only the instants that have passed. A case's color is remembered as last decided (by an event
or a tick), so a transition is seen exactly once, by whichever comes first: the console's clock
or the server's event.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from console.models.case_filter import OPEN, live_color

COLORS = ("red", "yellow", "green")
Transition = tuple[int, str | None, str | None]  # case id, color before, color now
Case = dict[str, Any]


class SlaWatch:
    """Remembered colors of the open cases, their counts, and a heap of the coming changes."""

    def __init__(self) -> None:
        self._colors: dict[int, str] = {}
        self._counts: Counter[str] = Counter()
        self._heap: list[tuple[float, int, int]] = []  # (instant, case id, version)

    def color(self, case_id: int) -> str | None:
        """The color last decided for an open case (None: not open, or not known)."""
        return self._colors.get(case_id)

    def counts(self) -> dict[str, int]:
        """Open cases by color: red, yellow, green."""
        return {color: self._counts.get(color, 0) for color in COLORS}

    def reset(self, cases: Iterable[Case], now: float) -> list[Transition]:
        """Decide every case afresh (a load); returns the changes of cases known before."""
        before = self._colors
        self._colors, self._counts, self._heap = {}, Counter(), []
        changes: list[Transition] = []
        for case in cases:
            old = before.get(case["id"])
            new = self._decide(case, now)
            if case["id"] in before and new != old:
                changes.append((case["id"], old, new))
        heapq.heapify(self._heap)
        return changes

    def update(self, case: Case, now: float) -> Transition:
        """A new version of the case arrived: its color before and now."""
        old = self._forget(case["id"])
        new = self._decide(case, now, push=heapq.heappush)
        return case["id"], old, new

    def due(self, now: float, case_of: Callable[[int], Case | None]) -> list[Transition]:
        """The cases whose warn or due instant has passed since the last call, decided again."""
        changes: list[Transition] = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            _at, case_id, version = heapq.heappop(heap)
            case = case_of(case_id)
            if case is None or case.get("version") != version or case_id not in self._colors:
                continue  # a newer version brought its own instants
            old = self._colors[case_id]
            new = live_color(case, now)
            if new != old:
                self._forget(case_id)
                self._store(case_id, new)
                changes.append((case_id, old, new))
        return changes

    def bloated(self) -> bool:
        """Whether stale instants (of replaced versions) outnumber the live ones."""
        return len(self._heap) > 4 * len(self._colors) + 1000

    def compact(self, cases: Iterable[Case], now: float) -> None:
        """Rebuild the heap from the current versions only (colors stay as decided)."""
        self._heap = []
        for case in cases:
            if case["id"] in self._colors:
                self._schedule(case, now, self._heap.append)
        heapq.heapify(self._heap)

    # -- internals --------------------------------------------------------------------------

    def _decide(
        self, case: Case, now: float, push: Callable[..., None] | None = None
    ) -> str | None:
        if case.get("state") not in OPEN:
            return None
        color = live_color(case, now)
        if color is None:
            return None
        self._store(case["id"], color)
        if push is None:
            self._schedule(case, now, self._heap.append)
        else:
            self._schedule(case, now, lambda entry: push(self._heap, entry))
        return color

    @staticmethod
    def _schedule(case: Case, now: float, add: Callable[[tuple[float, int, int]], None]) -> None:
        if case.get("sla_paused"):
            return
        version = int(case.get("version") or 0)
        for instant in (case.get("_warn"), case.get("_due")):
            if instant is not None and instant > now:
                add((instant, case["id"], version))

    def _store(self, case_id: int, color: str) -> None:
        self._colors[case_id] = color
        self._counts[color] += 1

    def _forget(self, case_id: int) -> str | None:
        old = self._colors.pop(case_id, None)
        if old is not None:
            self._counts[old] -= 1
        return old
