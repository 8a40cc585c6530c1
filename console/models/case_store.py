"""Every case the queue knows, kept in columns: compact at 100,000 cases and quick to filter.

A case is stored as a tuple of its values (its field names shared by every case of the same
shape) plus numpy columns of what the queue filters, sorts and colors by. Filters and colors
are computed for all cases at once with numpy; one case is read or replaced at O(1).
Cases are reached by *slot* (their position in the columns), which never changes once given.
A frozen `Case` is built on demand (`case`), so no reader can change the store by accident.

Cases come prepared (`case_records.prepare_batch`, on any thread), so the GUI thread only
stores them. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from itertools import repeat
from typing import Any

import numpy as np

from console.contract import Case, open_states
from console.models.case_filter import COLOR_RANK, STATES, CaseFilter
from console.models.case_records import (
    CODES,
    COLOR_NAMES,
    NO_COLOR,
    NUMBER_COLUMNS,
    STATE_RANK,
    UNKNOWN_STATE,
    Record,
    RecordBatch,
)
from console.models.case_times import COMPACT, TIME_FIELDS, time_text


class OpenRanks(Set[int]):
    """The state ranks of the open states, as the server declares them now.

    A set that reads console.contract's `open_states()` (the server's rule, installed when
    the reference data arrives) each time it is asked, so that every reader follows the
    server and none keeps a copy made at import; `array` is the same for numpy.
    """

    def __init__(self) -> None:
        self._made: tuple[frozenset[str], frozenset[int], np.ndarray] | None = None

    def _current(self) -> tuple[frozenset[str], frozenset[int], np.ndarray]:
        states = open_states()
        made = self._made
        if made is None or made[0] is not states:
            # States the console does not know cannot be shown, so they have no rank here.
            ranks = frozenset(STATE_RANK[s] for s in states if s in STATE_RANK)
            made = (states, ranks, np.array(sorted(ranks), dtype=np.int16))
            self._made = made  # one assignment: a reader on another thread sees old or new
        return made

    def __contains__(self, rank: object) -> bool:
        return rank in self._current()[1]

    def __iter__(self) -> Iterator[int]:
        return iter(self._current()[1])

    def __len__(self) -> int:
        return len(self._current()[1])

    def __repr__(self) -> str:
        return f"OpenRanks({sorted(self._current()[1])})"

    @property
    def array(self) -> np.ndarray:
        """The ranks as an int16 array, for `np.isin`."""
        return self._current()[2]


OPEN_RANKS = OpenRanks()


class CaseStore:
    """Cases by slot: values, numeric columns, and what the filter needs."""

    _NUMERIC = (
        ("ids", np.int64, 0),
        ("version", np.int64, 0),
        ("due", np.float64, np.nan),
        ("warn", np.float64, np.nan),
        ("created", np.float64, 0.0),
        ("state", np.int16, UNKNOWN_STATE),
        ("paused", np.bool_, False),
        ("server_color", np.int8, NO_COLOR),
        ("urgency", np.int8, 9),
        ("escalation", np.int16, 0),
        ("alert", np.bool_, False),
        ("channel", np.int32, 0),
        ("street", np.int32, 0),
        ("department", np.int32, 0),
        ("updated", np.float64, np.nan),
        ("drill_run", np.int64, 0),  # the drill run of a drill case (0: none)
        ("gone", np.bool_, False),  # dropped by a reload that no longer had it
        ("seen", np.bool_, False),  # brought by the load under way (see CaseTableModel)
    )

    def __init__(self) -> None:
        self.slot_of: dict[int, int] = {}
        self.id_list: list[int] = []  # the case id of each slot, for quick scalar reads
        self.fields: list[dict[str, int]] = []
        self.values: list[tuple[Any, ...]] = []
        self.hay: list[str] = []
        self.size = 0
        self._columns: dict[str, np.ndarray] = {}
        self._allocate(1024)

    # -- reading ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.size

    def column(self, name: str) -> np.ndarray:
        """A numeric column over the used slots (a view: do not keep it across changes)."""
        return self._columns[name][: self.size]

    def get(self, slot: int, name: str, default: Any = None) -> Any:
        """One field of the case in this slot."""
        i = self.fields[slot].get(name)
        if i is None:
            return default
        value = self.values[slot][i]
        if value is COMPACT:
            return time_text(self._columns[TIME_FIELDS[name]][slot].item())
        return value

    def case(self, slot: int) -> Case:
        """The case in this slot as the server sent it (fields the console does not know are
        kept in the store, not in the case)."""
        case = dict(zip(self.fields[slot], self.values[slot], strict=True))
        for name, column in TIME_FIELDS.items():
            if case.get(name) is COMPACT:
                case[name] = time_text(self._columns[column][slot].item())
        return Case.from_json(case)

    def scalar(self, name: str, slot: int) -> Any:
        """One cell of a numeric column as a Python value."""
        return self._columns[name][slot].item()

    def all_slots(self) -> np.ndarray:
        """Every used slot."""
        return np.arange(self.size, dtype=np.int64)

    # -- writing ----------------------------------------------------------------------------

    def put(self, record: Record, alert: bool = False) -> int:
        """Store a case (new, or a newer version of a known one); returns its slot."""
        case_id = record.case_id
        slot = self.slot_of.get(case_id)
        if slot is None:
            slot = self.size
            if slot == len(self._columns["ids"]):
                self._allocate(2 * slot)
            self.size += 1
            self.slot_of[case_id] = slot
            self.id_list.append(case_id)
            self.fields.append(record.fields)
            self.values.append(record.values)
            self.hay.append(record.hay)
        else:
            self.fields[slot] = record.fields
            self.values[slot] = record.values
            self.hay[slot] = record.hay
        cols = self._columns
        for name, number in zip(NUMBER_COLUMNS, record.numbers, strict=True):
            cols[name][slot] = number
        cols["alert"][slot] = alert
        cols["gone"][slot] = False
        return slot

    def put_batch(self, batch: RecordBatch, alerted: set[int] | frozenset[int]) -> np.ndarray:
        """Store a batch: new cases in fresh slots at once, known ones one by one. Returns
        the slots, in the batch's order."""
        slot_of = self.slot_of
        had = list(map(slot_of.get, batch.ids, repeat(-1)))
        if max(had, default=-1) < 0:  # all new (a load): each column taken whole
            return self._appended(batch, alerted)
        new_rows = [i for i, slot in enumerate(had) if slot < 0]
        old_rows = [i for i, slot in enumerate(had) if slot >= 0]
        slots = np.array(had, dtype=np.int64)
        if new_rows:
            slots[new_rows] = self._appended(batch.take(new_rows), alerted)
        # newer versions of known cases: their slots again
        fields, values, hay = self.fields, self.values, self.hay
        at = slots[old_rows]
        for i, slot in zip(old_rows, at.tolist(), strict=True):
            fields[slot], values[slot], hay[slot] = batch.fields[i], batch.values[i], batch.hays[i]
        numbers, cols = batch.numbers[old_rows], self._columns
        for k, name in enumerate(NUMBER_COLUMNS):  # a case twice: its last row wins
            cols[name][at] = numbers[:, k]
        cols["alert"][at] = [batch.ids[i] in alerted for i in old_rows]
        cols["gone"][at] = False
        return slots

    def _appended(self, batch: RecordBatch, alerted: set[int] | frozenset[int]) -> np.ndarray:
        """New cases in fresh slots (each case of the batch once); their slots."""
        first, count = self.size, len(batch)
        end = first + count
        if end > len(self._columns["ids"]):
            self._allocate(max(2 * len(self._columns["ids"]), end))
        cols, numbers = self._columns, batch.numbers
        for k, name in enumerate(NUMBER_COLUMNS):
            cols[name][first:end] = numbers[:, k]
        self.slot_of.update(zip(batch.ids, range(first, end), strict=True))
        self.id_list.extend(batch.ids)
        self.fields.extend(batch.fields)
        self.values.extend(batch.values)
        self.hay.extend(batch.hays)
        if alerted:
            cols["alert"][first:end] = np.isin(numbers[:, 0], list(alerted))
        self.size = end
        return np.arange(first, end, dtype=np.int64)

    def drop(self, slots: np.ndarray) -> None:
        """These cases are no longer the queue's (a reload did not bring them)."""
        self._columns["gone"][slots] = True

    def known(self) -> int:
        """Cases held and not dropped."""
        return self.size - int(np.count_nonzero(self.column("gone")))

    def set_alert(self, slot: int, alert: bool) -> None:
        """Mark the case's unacknowledged alert (it sorts first by time left)."""
        self._columns["alert"][slot] = alert

    def clear(self) -> None:
        """Forget every case."""
        self.__init__()  # type: ignore[misc]

    # -- computing over many cases ----------------------------------------------------------

    def colors(self, slots: np.ndarray, now: float) -> np.ndarray:
        """Rank of each case's live color (0 green, 1 yellow, 2 red, -1 none).

        The clock's color between events, the server's when the clock is not running; the
        worse of the two, since within one version a case's color only worsens.
        """
        state = self._columns["state"][slots]
        due = self._columns["due"][slots]
        warn = self._columns["warn"][slots]
        server = self._columns["server_color"][slots]
        running = (
            np.isin(state, OPEN_RANKS.array) & ~self._columns["paused"][slots] & ~np.isnan(due)
        )
        with np.errstate(invalid="ignore"):
            clock = np.where(now >= due, 2, np.where(now >= warn, 1, 0)).astype(np.int8)
        colors: np.ndarray = np.where(running, np.maximum(clock, server), server)
        return colors

    def color_of(self, slot: int, now: float) -> int:
        """One case's live color rank (see `colors`)."""
        cols = self._columns
        server = int(cols["server_color"][slot])
        due = float(cols["due"][slot])
        state = int(cols["state"][slot])
        if due != due or cols["paused"][slot] or state not in OPEN_RANKS:
            return server
        warn = float(cols["warn"][slot])
        clock = 2 if now >= due else 1 if now >= warn else 0
        return max(clock, server)

    def matches(self, flt: CaseFilter, now: float, slots: np.ndarray | None = None) -> np.ndarray:
        """The slots (of `slots`, default all) whose cases the filter lets through."""
        if slots is None:
            slots = self.all_slots()
        cols = self._columns
        keep = ~cols["gone"][slots]
        state = cols["state"][slots]
        if flt.open_only:
            keep &= np.isin(state, OPEN_RANKS.array)
        if flt.states:
            keep &= np.isin(state, [STATE_RANK[s] for s in flt.states if s in STATE_RANK])
        for name, wanted in (
            ("channel", flt.channels),
            ("street", flt.streets),
            ("department", flt.departments),
        ):
            if wanted:
                keep &= np.isin(cols[name][slots], CODES[name].codes_of(wanted))
        if flt.drill_runs:
            keep &= np.isin(cols["drill_run"][slots], np.fromiter(flt.drill_runs, np.int64))
        if flt.colors:
            ranks = [COLOR_RANK[c] for c in flt.colors if c in COLOR_RANK]
            keep &= np.isin(self.colors(slots, now), ranks)
        slots = slots[keep]
        needle = flt.needle
        if needle:
            hay, values, fields = self.hay, self.values, self.fields
            found = [
                needle in hay[s] or needle in _description(values[s], fields[s])
                for s in slots.tolist()
            ]
            slots = slots[np.array(found, dtype=np.bool_)] if found else slots
        return slots

    def matches_one(self, flt: CaseFilter, slot: int, now: float) -> bool:
        """Whether the filter lets this one case through (the scalar twin of `matches`)."""
        if self._columns["gone"][slot]:
            return False
        state = int(self._columns["state"][slot])
        if flt.open_only and state not in OPEN_RANKS:
            return False
        if flt.states and (STATES[state] if state < len(STATES) else None) not in flt.states:
            return False
        get = self.get
        if flt.channels and get(slot, "channel") not in flt.channels:
            return False
        if flt.streets and get(slot, "street") not in flt.streets:
            return False
        if flt.departments and get(slot, "department") not in flt.departments:
            return False
        if flt.drill_runs and int(self._columns["drill_run"][slot]) not in flt.drill_runs:
            return False
        if flt.colors:
            rank = self.color_of(slot, now)
            if rank == NO_COLOR or COLOR_NAMES[rank] not in flt.colors:
                return False
        needle = flt.needle
        if needle:
            return needle in self.hay[slot] or needle in _description(
                self.values[slot], self.fields[slot]
            )
        return True

    # -- internals --------------------------------------------------------------------------

    def _allocate(self, capacity: int) -> None:
        for name, dtype, empty in self._NUMERIC:
            old = self._columns.get(name)
            new = np.full(capacity, empty, dtype=dtype)
            if old is not None:
                new[: len(old)] = old
            self._columns[name] = new


def _description(values: tuple[Any, ...], fields: dict[str, int]) -> str:
    i = fields.get("description")
    text = values[i] if i is not None else None
    return text.casefold() if isinstance(text, str) else ""
