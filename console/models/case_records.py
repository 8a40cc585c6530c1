"""Cases from the server made ready for the case store, on any thread: `prepare_batch`.

The loading worker and the feed follower prepare what they read, so the GUI thread only
stores it. A batch comes as columns (ids, field positions, values, search texts) and one
array of the numbers the queue filters, sorts and colors by (`NUMBER_COLUMNS`): the store
takes them whole. Short values repeated across cases (codes, names, states) are shared,
not copied per case; times in the server's own form are kept as numbers only (COMPACT).
No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from console.models.case_filter import COLOR_RANK, SEARCHED, STATES
from console.models.case_times import COMPACT, TIME_FIELDS, instants, time_text

STATE_RANK = {code: i for i, code in enumerate(STATES)}
UNKNOWN_STATE = 99
URGENCY_RANK = {"emergency": 0, "urgent": 1}
# The numeric columns a record brings, in the order of `Record.numbers`.
NUMBER_COLUMNS = (
    "ids",
    "version",
    "due",
    "warn",
    "created",
    "state",
    "paused",
    "server_color",
    "urgency",
    "escalation",
    "channel",
    "street",
    "department",
    "updated",
    "drill_run",
)
NUMBER_INDEX = {name: i for i, name in enumerate(NUMBER_COLUMNS)}
NO_COLOR = -1
COLOR_NAMES = ("green", "yellow", "red")
# Short values repeated across cases (codes, names, states) are shared, not copied per case.
_SHARED_FIELDS = frozenset(
    {
        "channel",
        "category",
        "category_name",
        "urgency",
        "street",
        "street_name",
        "community",
        "grid",
        "state",
        "department",
        "department_name",
        "sla_step",
        "sla_clock",
        "color",
    }
)
_SHARED: dict[Any, Any] = {}
_SHARED_LIMIT = 100_000


@dataclass(slots=True)
class Record:
    """A case made ready for the store (on any thread)."""

    case_id: int
    fields: dict[str, int]  # field name → position in values (shared by cases of one shape)
    values: tuple[Any, ...]
    hay: str  # the short searched fields, casefolded (the description is searched apart)
    numbers: Sequence[float]  # the values of NUMBER_COLUMNS

    def get(self, name: str, default: Any = None) -> Any:
        """A field's value."""
        i = self.fields.get(name)
        if i is None:
            return default
        value = self.values[i]
        if value is COMPACT:
            return time_text(self.numbers[NUMBER_INDEX[TIME_FIELDS[name]]])
        return value


def prepare(case: dict[str, Any]) -> Record:
    """The record of one case dict from the server (thread-safe; the dict is not kept)."""
    return prepare_batch([case]).records[0]


@dataclass(slots=True)
class RecordBatch:
    """Cases prepared together, as columns (made off the GUI thread): the store takes each
    column whole. `records` gives them one by one."""

    ids: list[int]
    fields: list[dict[str, int]]  # field name → position in values, per case
    values: list[tuple[Any, ...]]
    hays: list[str]
    numbers: np.ndarray  # one row per case, the columns of NUMBER_COLUMNS

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def records(self) -> list[Record]:
        """The cases one by one (their numbers are views of this batch's rows)."""
        return list(map(Record, self.ids, self.fields, self.values, self.hays, self.numbers))

    def take(self, rows: Sequence[int]) -> RecordBatch:
        """The cases at these positions, in this order."""
        return RecordBatch(
            [self.ids[i] for i in rows],
            [self.fields[i] for i in rows],
            [self.values[i] for i in rows],
            [self.hays[i] for i in rows],
            self.numbers[np.asarray(rows, dtype=np.int64)],
        )

    @staticmethod
    def empty() -> RecordBatch:
        """No cases."""
        return RecordBatch([], [], [], [], np.empty((0, len(NUMBER_COLUMNS))))

    @staticmethod
    def join(batches: Sequence[RecordBatch]) -> RecordBatch:
        """One batch of several."""
        if not batches:
            return RecordBatch.empty()
        if len(batches) == 1:
            return batches[0]
        return RecordBatch(
            [i for batch in batches for i in batch.ids],
            [f for batch in batches for f in batch.fields],
            [v for batch in batches for v in batch.values],
            [h for batch in batches for h in batch.hays],
            np.concatenate([batch.numbers for batch in batches]),
        )


@dataclass(frozen=True, slots=True)
class _Shape:
    """Where the fields the queue reads sit in the cases of one shape (one key order)."""

    fields: dict[str, int]
    shared: tuple[int, ...]
    actions: int | None
    hay: tuple[int, ...]

    @staticmethod
    def of(names: tuple[str, ...]) -> _Shape:
        fields = {name: i for i, name in enumerate(names)}
        return _Shape(
            fields,
            tuple(i for name, i in fields.items() if name in _SHARED_FIELDS),
            fields.get("allowed_actions"),
            tuple(fields[n] for n in SEARCHED if n != "description" and n in fields),
        )

    def column(self, rows: list[list[Any]], name: str) -> list[Any]:
        i = self.fields.get(name)
        return [None] * len(rows) if i is None else [row[i] for row in rows]


_SHAPES: dict[tuple[str, ...], _Shape] = {}


# Cases prepared between two calls of a `pause` (a worker giving way to the GUI thread).
PAUSE_EVERY = 128


def prepare_batch(
    cases: Iterable[dict[str, Any] | Record], pause: Callable[[], None] | None = None
) -> RecordBatch:
    """The cases of case dicts from the server (records given pass through), in their order.
    `pause`, if given, is called every PAUSE_EVERY cases (see console/gui_turn.py)."""
    items = list(cases)
    groups: dict[tuple[str, ...], list[int]] = {}
    records: list[int] = []
    for k, item in enumerate(items):
        if isinstance(item, Record):
            records.append(k)
        else:
            groups.setdefault(tuple(item), []).append(k)
    parts: list[tuple[list[int], RecordBatch]] = []
    for names, positions in groups.items():
        dicts = cast(list[dict[str, Any]], [items[k] for k in positions])
        lists = [list(d.values()) for d in dicts]
        parts.append((positions, _prepared(_shape(names), lists, pause)))
    if records:
        given = cast(list[Record], [items[k] for k in records])
        parts.append((records, _given(given)))
    if len(parts) == 1:
        return parts[0][1]
    if not parts:
        return RecordBatch.empty()
    whole = RecordBatch.join([part for _, part in parts])
    order = np.empty(len(items), dtype=np.int64)  # position in `whole` of each item
    order[[k for positions, _ in parts for k in positions]] = np.arange(len(items))
    return whole.take(order.tolist())


def prepare_rows(
    fields: tuple[str, ...], rows: list[list[Any]], pause: Callable[[], None] | None = None
) -> RecordBatch:
    """The cases of a snapshot's rows form: each row the values of `fields` in that order
    (the lists are used, and changed, in place). `pause` as for `prepare_batch`."""
    if not rows:
        return RecordBatch.empty()
    if "id" not in fields:
        raise ValueError("the snapshot's rows do not say which value is the case's id")
    return _prepared(_shape(fields), rows, pause)


def _shape(names: tuple[str, ...]) -> _Shape:
    return _SHAPES.get(names) or _SHAPES.setdefault(names, _Shape.of(names))


def _given(records: list[Record]) -> RecordBatch:
    return RecordBatch(
        [r.case_id for r in records],
        [r.fields for r in records],
        [r.values for r in records],
        [r.hay for r in records],
        np.array([r.numbers for r in records], dtype=np.float64).reshape(-1, len(NUMBER_COLUMNS)),
    )


def _prepared(
    shape: _Shape, lists: list[list[Any]], pause: Callable[[], None] | None
) -> RecordBatch:
    """Cases of one shape, each a list of its values (changed here): per case only what must
    be (shared strings, the search text), the numbers column by column."""
    share = _SHARED.setdefault
    if len(_SHARED) > _SHARED_LIMIT:
        _SHARED.clear()
    hays: list[str] = []
    for n, values in enumerate(lists):
        if pause is not None and not n % PAUSE_EVERY:
            pause()
        for i in shape.shared:
            value = values[i]
            if value.__class__ is str:
                values[i] = share(value, value)
        if shape.actions is not None and values[shape.actions].__class__ is list:
            actions = tuple(values[shape.actions])
            values[shape.actions] = share(actions, actions)
        hays.append(" ".join([str(values[i]) for i in shape.hay if values[i]]).casefold())
    if pause is not None:
        pause()
    block, exact = _numbers(shape, lists)
    for name, rewritable in exact.items():
        i = shape.fields[name]
        for n in np.flatnonzero(rewritable).tolist():
            lists[n][i] = COMPACT
    id_at = shape.fields["id"]
    return RecordBatch(
        [values[id_at] for values in lists],
        [shape.fields] * len(lists),
        list(map(tuple, lists)),
        hays,
        block,
    )


def _numbers(shape: _Shape, rows: list[list[Any]]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The NUMBER_COLUMNS of cases of one shape, column by column; and for each time field
    of the shape, which rows hold it in the server's own form (see TIME_FIELDS)."""
    column = shape.column
    times, exact = {}, {}
    for name in TIME_FIELDS:
        times[name], rewritable = instants(column(rows, name))
        if name in shape.fields:
            exact[name] = rewritable
    block = np.column_stack(
        (
            np.array(column(rows, "id"), dtype=np.float64),
            np.array([v or 0 for v in column(rows, "version")], dtype=np.float64),
            times["due_at"],
            times["warn_at"],
            np.nan_to_num(times["created_at"], nan=0.0),
            np.array([STATE_RANK.get(v, UNKNOWN_STATE) for v in column(rows, "state")], float),
            np.array([1.0 if v else 0.0 for v in column(rows, "sla_paused")]),
            np.array([COLOR_RANK.get(v, NO_COLOR) for v in column(rows, "color")], float),
            np.array([URGENCY_RANK.get(v, 9) for v in column(rows, "urgency")], float),
            np.array([v or 0 for v in column(rows, "escalation_level")], dtype=np.float64),
            *(
                np.array([CODES[name].code(v) for v in column(rows, name)], dtype=np.float64)
                for name in ("channel", "street", "department")
            ),
            times["updated_at"],
            np.array([v or 0 for v in column(rows, "drill_run_id")], dtype=np.float64),
        )
    ).reshape(len(rows), len(NUMBER_COLUMNS))
    return block, exact


class Vocabulary:
    """Small integer codes of a field's values (streets, departments, channels); codes are
    given on first sight by any thread and never change."""

    def __init__(self) -> None:
        self._codes: dict[Any, int] = {None: 0}
        self._lock = threading.Lock()

    def code(self, value: Any) -> int:
        """The value's code, given on first sight."""
        found = self._codes.get(value)
        if found is None:
            with self._lock:
                found = self._codes.get(value)
                if found is None:
                    found = self._codes[value] = len(self._codes)
        return found

    def codes_of(self, values: Iterable[Any]) -> np.ndarray:
        """The codes of values already seen (unseen ones cannot match anything)."""
        return np.array([self._codes[v] for v in values if v in self._codes], dtype=np.int32)


# The codes of every store in this process (a code means the same value everywhere).
CODES = {name: Vocabulary() for name in ("channel", "street", "department")}
