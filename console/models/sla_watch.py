"""Which open case has which color now, and when the next one changes: the queue's counters
and its clock transitions at O(changes), never a walk over every case. No Qt here.

Every open case with a running clock has its warn and due instants scheduled: each load
batch's instants as a sorted numpy array read from a moving cursor, later versions' on a heap.
Each tick takes only the instants that have passed. A case's color is remembered as last
decided (by an event, a load or a tick), so a transition is seen exactly once, by whichever
comes first: the console's clock or the server's event. Cases are addressed by store slot.
"""

from __future__ import annotations

import heapq
from typing import Any

import numpy as np

from console.models.case_records import COLOR_NAMES, NO_COLOR
from console.models.case_store import OPEN_RANKS, CaseStore

Transition = tuple[int, str | None, str | None]  # slot, color before, color now


def _name(rank: int) -> str | None:
    return None if rank == NO_COLOR else COLOR_NAMES[rank]


def _transitions(
    slots: np.ndarray, old: np.ndarray, new: np.ndarray, changed: np.ndarray
) -> list[Transition]:
    """(slot, color before, color now) of the changed ones."""
    return [
        (slot, _name(o), _name(n))
        for slot, o, n in zip(
            slots[changed].tolist(), old[changed].tolist(), new[changed].tolist(), strict=True
        )
    ]


class SlaWatch:
    """Remembered colors of the open cases, their counts, and the coming changes."""

    def __init__(self) -> None:
        self._color = np.full(1024, NO_COLOR, dtype=np.int8)  # by slot; -1: not open
        self._counts = [0, 0, 0]  # green, yellow, red
        self._heap: list[tuple[float, int, int]] = []  # (instant, slot, version)
        # Each load batch's instants, sorted, with a cursor: [instants, slots, versions, next].
        self._bulks: list[list[Any]] = []

    # -- reading ----------------------------------------------------------------------------

    def color(self, slot: int) -> str | None:
        """The color last decided for an open case (None: not open, or not known)."""
        return _name(int(self._color[slot])) if slot < len(self._color) else None

    def counts(self) -> dict[str, int]:
        """Open cases by color: red, yellow, green."""
        green, yellow, red = self._counts
        return {"red": red, "yellow": yellow, "green": green}

    def recount(self) -> dict[str, int]:
        """The counts computed afresh from the remembered colors (for checks)."""
        ranks = self._color[self._color >= 0]
        green, yellow, red = np.bincount(ranks, minlength=3).tolist()
        return {"red": red, "yellow": yellow, "green": green}

    # -- deciding ---------------------------------------------------------------------------

    def decide_many(self, store: CaseStore, slots: np.ndarray, now: float) -> list[Transition]:
        """Decide these cases afresh (a load): the changes of cases known open before."""
        if not len(slots):
            return []
        old, new, is_open = self._recolor(store, slots, now)
        self._schedule_many(store, slots[is_open], now)
        return _transitions(slots, old, new, (old != NO_COLOR) & (old != new))

    def update(self, store: CaseStore, slot: int, now: float) -> Transition:
        """A new version of the case in this slot was stored: its color before and now."""
        self._grow(store)
        old = int(self._color[slot])
        new = NO_COLOR
        if store.scalar("state", slot) in OPEN_RANKS:
            new = store.color_of(slot, now)
        self._store(slot, old, new)
        if new != NO_COLOR and not store.scalar("paused", slot):
            version = store.scalar("version", slot)
            for name in ("warn", "due"):
                instant = store.scalar(name, slot)
                if instant > now:  # NaN (none) is never later
                    heapq.heappush(self._heap, (instant, slot, version))
        return slot, _name(old), _name(new)

    def update_many(self, store: CaseStore, slots: np.ndarray, now: float) -> list[Transition]:
        """New versions of these cases were stored (a flood of events, each slot once): the
        cases whose color changed, before and now (`update` of each, with numpy)."""
        if not len(slots):
            return []
        old, new, is_open = self._recolor(store, slots, now)
        running = slots[is_open & ~store.column("paused")[slots]]
        versions = store.column("version")[running].tolist()
        for name in ("warn", "due"):
            instants = store.column(name)[running]
            with np.errstate(invalid="ignore"):
                ahead = np.flatnonzero(instants > now)  # NaN (none) is never later
            for i in ahead.tolist():
                heapq.heappush(self._heap, (float(instants[i]), int(running[i]), versions[i]))
        return _transitions(slots, old, new, old != new)

    def forget(self, slots: np.ndarray) -> list[Transition]:
        """These cases left the queue (a reload no longer has them)."""
        if not len(slots):
            return []
        old = self._color[slots]
        self._count(old, -1)
        self._color[slots] = NO_COLOR
        known = old != NO_COLOR
        return [
            (slot, _name(o), None)
            for slot, o in zip(slots[known].tolist(), old[known].tolist(), strict=True)
        ]

    def due(self, store: CaseStore, now: float) -> list[Transition]:
        """The cases whose warn or due instant has passed since the last call, decided again."""
        candidates: list[tuple[int, int]] = []
        for bulk in self._bulks:
            at, slots, versions_of, start = bulk
            end = int(np.searchsorted(at, now, side="right"))
            if end > start:
                candidates += zip(
                    slots[start:end].tolist(), versions_of[start:end].tolist(), strict=True
                )
                bulk[3] = end
        self._bulks = [bulk for bulk in self._bulks if bulk[3] < len(bulk[0])]
        heap = self._heap
        while heap and heap[0][0] <= now:
            _at, slot, version = heapq.heappop(heap)
            candidates.append((slot, version))
        changes: list[Transition] = []
        versions, colors = store.column("version"), self._color
        for slot, version in candidates:
            old = int(colors[slot])
            if old == NO_COLOR or int(versions[slot]) != version:
                continue  # a newer version brought its own instants
            new = store.color_of(slot, now)
            if new != old:
                self._store(slot, old, new)
                changes.append((slot, _name(old), _name(new)))
        return changes

    def bloated(self) -> bool:
        """Whether stale instants (of replaced versions) outnumber the live ones."""
        pending = len(self._heap) + sum(len(bulk[0]) - bulk[3] for bulk in self._bulks)
        return pending > 4 * sum(self._counts) + 1000 or len(self._bulks) > 64

    def compact(self, store: CaseStore, now: float) -> None:
        """Schedule again from the current versions only (colors stay as decided)."""
        self._heap = []
        self._bulks = []
        self._schedule_many(store, np.flatnonzero(self._color[: len(store)] != NO_COLOR), now)

    # -- internals --------------------------------------------------------------------------

    def _recolor(
        self, store: CaseStore, slots: np.ndarray, now: float
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Decide these cases' colors now and keep the counts: (old, new, which are open)."""
        self._grow(store)
        old = self._color[slots]
        is_open = np.isin(store.column("state")[slots], OPEN_RANKS.array)
        new = np.where(is_open, store.colors(slots, now), NO_COLOR).astype(np.int8)
        self._count(old, -1)
        self._count(new, +1)
        self._color[slots] = new
        return old, new, is_open

    def _grow(self, store: CaseStore) -> None:
        if len(store) > len(self._color):
            grown = np.full(max(len(store), 2 * len(self._color)), NO_COLOR, dtype=np.int8)
            grown[: len(self._color)] = self._color
            self._color = grown

    def _count(self, ranks: np.ndarray, sign: int) -> None:
        counted = np.bincount(ranks[ranks != NO_COLOR].astype(np.int64), minlength=3)
        for rank in range(3):
            self._counts[rank] += sign * int(counted[rank])

    def _store(self, slot: int, old: int, new: int) -> None:
        if old != NO_COLOR:
            self._counts[old] -= 1
        if new != NO_COLOR:
            self._counts[new] += 1
        self._color[slot] = new

    def _schedule_many(self, store: CaseStore, slots: np.ndarray, now: float) -> None:
        """Schedule the future warn and due instants of these (open) cases: one sorted
        array more (a tick reads each from its cursor)."""
        slots = slots[~store.column("paused")[slots]]
        ats, owners = [], []
        for name in ("warn", "due"):
            instants = store.column(name)[slots]
            with np.errstate(invalid="ignore"):
                ahead = instants > now
            ats.append(instants[ahead])
            owners.append(slots[ahead])
        at = np.concatenate(ats)
        if not len(at):
            return
        order = np.argsort(at, kind="stable")
        owner = np.concatenate(owners)[order]
        self._bulks.append([at[order], owner, store.column("version")[owner], 0])
