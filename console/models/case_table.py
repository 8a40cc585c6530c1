"""The live case queue: a table model over the cases of a `CaseStore`, filtered and sorted.

The rows themselves are kept by `SortedRowsModel`; this model reads the cells, applies the
feed, and runs the SLA clock between events: `SlaWatch` tells which case changes color when,
so that a tick costs the changes, not the rows, and the color counts are kept as colors
change. Loads come as prepared records (`case_store.prepare`, done off the GUI thread) in
batches between `begin_load` and `end_load`; a reload drops the cases it no longer brings.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterable
from itertools import repeat
from typing import Any, NamedTuple

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from console.contract import Case
from console.memory import release_freed_memory
from console.models.case_filter import CaseFilter
from console.models.case_records import (
    COLOR_NAMES,
    NO_COLOR,
    NUMBER_INDEX,
    Record,
    RecordBatch,
    prepare,
    prepare_batch,
)
from console.models.columns import CLOCK_COLUMNS, COLUMN_INDEX, COLUMNS
from console.models.pending import MARK, ROLES, pending_data
from console.models.sla_watch import SlaWatch, Transition
from console.models.sorted_rows import Index, SortedRowsModel
from widgets import sla_palette
from widgets.plain_tip import plain_tip

FRESH_SECONDS = 8.0
BULK = 64  # feed events applied at once from which one layout change beats single moves
FLASH_SECONDS = 10.0
CENTERED_COLUMNS = frozenset(
    COLUMN_INDEX[name] for name in ("sla", "urgency", "state", "age", "escalation")
)
_FRESH = QColor(40, 90, 150)
_FLASH = tuple(QColor(tint) for tint in sla_palette.ROW_FLASH)
_ALERTED = QColor(sla_palette.ROW_ALERTED)  # an alert not yet acknowledged: a steady red tint
_STATE_COLUMN = COLUMN_INDEX["state"]
_URGENCY_COLUMN = COLUMN_INDEX["urgency"]
# Roles as plain ints: compared ~2,500 times per paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_NEVER = frozenset(int(r) for r in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole))
_PENDING_ONLY = frozenset(
    int(r) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole)
)
_VERSION = NUMBER_INDEX["version"]
_ALIGN = tuple(
    Qt.AlignmentFlag.AlignCenter if i in CENTERED_COLUMNS else None for i in range(len(COLUMNS))
)


class RowLook(NamedTuple):
    """What a queue row shows, read in one call (the view paints a screenful of rows itself)."""

    texts: tuple[str, ...]  # every column's cell, in model order
    color: str | None  # the SLA color's name (red, yellow, green); None: no clock
    urgency: str | None  # the urgency code (the urgency column's tag)
    background: QColor | None  # flash, unacknowledged alert or just arrived; None: none
    pending: bool  # actions waiting in the outbox: italic, grey


def _record(case: Case | dict[str, Any] | Record) -> Record:
    if isinstance(case, Record):
        return case
    return prepare(case.to_json() if isinstance(case, Case) else case)


class CaseTableModel(SortedRowsModel):
    """Cases as rows, the columns of `columns.COLUMNS`; the clock recolors between events."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    ColorRole = Qt.ItemDataRole.UserRole + 2
    CaseRole = Qt.ItemDataRole.UserRole + 3
    TagRole = Qt.ItemDataRole.UserRole + 4  # the urgency code, for the urgency column's tag

    red_alert = Signal(object)  # a Case has just turned red: by the clock or an event
    arrived = Signal(object, object)  # a case first seen through the feed: the Case, its event
    # Newer versions of these cases arrived (shown or filtered out): a frozenset of ids, one
    # signal per flood (a slot per case made a flood of 10,000 call Python 30,000 times).
    cases_changed = Signal(object)

    def __init__(self, parent: Any = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._watch = SlaWatch()
        self._fresh: dict[int, float] = {}
        self._flash: dict[int, float] = {}
        self._alerted: set[int] = set()  # cases with an alert not yet acknowledged
        self._pending: set[int] = set()  # cases with actions waiting in the outbox
        self._loading = False  # a load is under way: the store's "seen" marks what it brought
        self._visible_rows: weakref.WeakMethod[Callable[[], tuple[int, int]]] | None = None

    # -- Qt model interface -----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A screenful asks ~2,500 times per paint: the roles with nothing to say leave first.
        if role in _NEVER:
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _ALIGN[column] if column >= 0 else None
        if role in _PENDING_ONLY and not self._pending:
            return None
        if role == _BACKGROUND and not (self._flash or self._alerted or self._fresh):
            return None
        row = index.row()
        if row < 0:
            return None
        store = self._store
        slot = self._rows.item(self._internal(row))
        case_id = store.id_list[slot]
        if role == _DISPLAY:
            return self._text(slot, column, case_id)
        if case_id in self._pending and role in ROLES:
            return pending_data(role)
        if role == self.ColorRole:
            rank = store.color_of(slot, self._now)
            return None if rank == NO_COLOR else COLOR_NAMES[rank]
        if role == self.TagRole and column == _URGENCY_COLUMN:
            return store.get(slot, "urgency")
        if role == _BACKGROUND:
            return self._background(case_id)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column].name == "title":
            return plain_tip(store.get(slot, "description") or store.get(slot, "title"))
        if role == self.CaseIdRole:
            return case_id
        if role == self.CaseRole:
            return store.case(slot)
        return None

    def _text(self, slot: int, column: int, case_id: int) -> str:
        text = COLUMNS[column].text(self._store, slot, self._now)
        if column == _STATE_COLUMN and case_id in self._pending:
            return MARK + text
        return text

    # -- reading ----------------------------------------------------------------------------

    def row_look(self, row: int) -> RowLook:
        """Row `row` as `data()` tells it cell by cell, in one call."""
        store = self._store
        slot = self._rows.item(self._internal(row))
        case_id = store.id_list[slot]
        rank = store.color_of(slot, self._now)
        tinted = self._flash or self._alerted or self._fresh
        return RowLook(
            tuple(self._text(slot, column, case_id) for column in range(len(COLUMNS))),
            None if rank == NO_COLOR else COLOR_NAMES[rank],
            store.get(slot, "urgency"),
            self._background(case_id) if tinted else None,
            case_id in self._pending,
        )

    def now(self) -> float:
        """The model's clock (injected in tests): what "now" is for colors and alerts."""
        return self._clock()

    def pending(self) -> frozenset[int]:
        """Cases with an action in the outbox not yet sent to the server."""
        return frozenset(self._pending)

    def counts(self) -> dict[str, int]:
        """Every open case known by color (red, yellow, green), whatever the filter shows;
        kept as colors change, never counted over the rows."""
        return self._watch.counts()

    def recount(self) -> dict[str, int]:
        """The same counts computed afresh over every case (for checks, not for screens)."""
        slots = self._store.matches(CaseFilter(open_only=True), self._now)
        ranks = self._store.colors(slots, self._now)
        green, yellow, red = np.bincount(ranks[ranks >= 0].astype(np.int64), minlength=3)
        return {"red": int(red), "yellow": int(yellow), "green": int(green)}

    def color(self, case_id: int) -> str | None:
        """The color of an open case as last decided (by the clock or an event)."""
        slot = self._store.slot_of.get(case_id)
        return None if slot is None else self._watch.color(slot)

    def alerted(self) -> frozenset[int]:
        """Cases with an alert not yet acknowledged (they sort first by time left)."""
        return frozenset(self._alerted)

    # -- changing ---------------------------------------------------------------------------

    def set_clock(self, clock: Callable[[], float]) -> None:
        """Use another clock from now on (tests move time; the next tick catches up)."""
        self._clock = clock

    def set_pending(self, case_ids: Iterable[int]) -> None:
        """Mark the rows of these cases as waiting for the outbox (⏳, italic, tooltip)."""
        new = set(case_ids)
        changed, self._pending = new ^ self._pending, new
        for case_id in changed:
            self._changed_row(self.row_of(case_id), Qt.ItemDataRole.DisplayRole)

    def set_alerted(self, case_id: int, alerted: bool) -> None:
        """Mark or unmark a case's unacknowledged alert (its row tinted and sorted first)."""
        if alerted == (case_id in self._alerted):
            return
        if alerted:
            self._alerted.add(case_id)
        else:
            self._alerted.discard(case_id)
            self._flash.pop(case_id, None)
        slot = self._store.slot_of.get(case_id)
        if slot is None:
            return
        i = self._index_of(slot) if self._shown[slot] else -1
        old_key = self._key(slot)
        self._store.set_alert(slot, alerted)
        self._set_key(slot)
        if i >= 0:
            self._move(i, old_key, True)

    def flash(self, case_id: int) -> None:
        """Make the case's row flash for a few seconds."""
        self._flash[case_id] = self._now + FLASH_SECONDS
        self._changed_row(self.row_of(case_id), Qt.ItemDataRole.BackgroundRole)

    def set_filter(self, flt: CaseFilter) -> None:
        """Show only what the filter lets through (one layout change, selection kept)."""
        self._filter = flt
        now = self._tock()
        self._relayout(self._sorted(self._store.matches(flt, now)))
        release_freed_memory()  # what the new rows' arrays passed through (console/memory.py)

    def begin_load(self) -> None:
        """A (re)load starts: cases it does not bring are dropped at `end_load`."""
        self._loading = True
        self._store.column("seen")[:] = False

    def add_records(self, cases: RecordBatch | Iterable[Case | dict[str, Any] | Record]) -> int:
        """Merge a batch of a load (newer versions win): one insertion if its cases make one
        run among the rows (a load comes in the queue's order), else one layout change.
        Returns how many cases were new or newer."""
        batch = (
            cases
            if isinstance(cases, RecordBatch)
            else prepare_batch(c.to_json() if isinstance(c, Case) else c for c in cases)
        )
        if not len(batch):
            return 0
        store = self._store
        known = list(map(store.slot_of.get, batch.ids, repeat(-1)))
        if max(known) >= 0:  # some known already: keep only newer versions (or come back)
            known_slots = np.array(known, dtype=np.int64)
            had = known_slots >= 0
            if self._loading:
                store.column("seen")[known_slots[had]] = True
            stored = store.column("version")[known_slots[had]]
            newer = np.ones(len(batch), dtype=np.bool_)
            newer[had] = (batch.numbers[had, 1] > stored) | store.column("gone")[known_slots[had]]
            if not newer.all():
                batch = batch.take(np.flatnonzero(newer).tolist())
                if not len(batch):
                    return 0
        now = self._tock()
        slots = store.put_batch(batch, self._alerted)
        store.column("gone")[slots] = False
        if self._loading:
            store.column("seen")[slots] = True
        self._set_keys(slots)
        changes = self._watch.decide_many(store, slots, now)
        self._grow_shown()
        rows = self._rows
        matched = store.matches(self._filter, now, slots)
        if self._shown[slots].any():  # a newer version of a shown case: placed afresh
            rows = self._rows_without(slots)
            self._relayout(self._merged(rows, matched))
        else:
            self._relayout(self._merged(rows, matched), added=matched)
        self._announce(changes)
        return len(batch)

    def end_load(self) -> None:
        """The load is complete: drop the cases it did not bring (gone from view meanwhile)."""
        if not self._loading:
            return
        self._loading = False
        store = self._store
        slots = np.flatnonzero(~store.column("seen") & ~store.column("gone"))
        if not len(slots):
            return
        store.drop(slots)
        self._watch.forget(slots)
        rows = self._rows
        self._relayout(rows[~store.column("gone")[rows]])

    def replace_all(self, cases: RecordBatch | Iterable[Case | dict[str, Any] | Record]) -> None:
        """Show exactly these cases (a whole load at once)."""
        self.begin_load()
        self.add_records(cases)
        self.end_load()

    def add_page(self, cases: RecordBatch | Iterable[Case | dict[str, Any] | Record]) -> None:
        """Merge cases fetched apart from a load (older closed cases asked for)."""
        self.add_records(cases)

    def apply_events(self, events: Iterable[dict[str, Any]]) -> int:
        """Apply feed events; repeats (version not newer) are ignored. Returns rows touched.

        A few events change their rows one by one; a flood (BULK or more) is stored first and
        shown as one layout change, cheaper than thousands of single moves.
        """
        pairs = []
        for event in events:
            record = event.get("record")
            case = event.get("case")
            if record is None and isinstance(case, Case):
                record = prepare(case.to_json())
            elif record is None and isinstance(case, dict) and "id" in case:
                record = prepare(case)
            if record is not None:
                pairs.append((record, event))
        if len(pairs) >= BULK:
            return self._apply_many(pairs)
        touched = 0
        for record, event in pairs:
            known = self._knows(record.case_id)
            if self.upsert(record, created=event.get("type") == "case.created"):
                touched += 1
                if not known:
                    self.arrived.emit(self._store.case(self._store.slot_of[record.case_id]), event)
        return touched

    def _knows(self, case_id: int) -> bool:
        slot = self._store.slot_of.get(case_id)
        return slot is not None and not self._store.scalar("gone", slot)

    def _apply_many(self, pairs: list[tuple[Record, dict[str, Any]]]) -> int:
        """Store a flood of events at once (numpy over the batch, no work per row shown).
        Rows that stay where they are (shown before and after, same sort key) only
        repaint, if on screen; the others are placed afresh in one layout change (none if
        every row stays)."""
        store, now = self._store, self._tock()
        # Each case once, at its newest version; arriving if unknown (or dropped by a reload).
        latest: dict[int, Record] = {}
        first_event: dict[int, dict[str, Any]] = {}
        created: set[int] = set()
        for record, event in pairs:
            case_id = record.case_id
            kept = latest.get(case_id)
            if kept is None or record.numbers[_VERSION] > kept.numbers[_VERSION]:
                latest[case_id] = record
            first_event.setdefault(case_id, event)
            if event.get("type") == "case.created":
                created.add(case_id)
        batch = prepare_batch(list(latest.values()))
        had = np.array([store.slot_of.get(case_id, -1) for case_id in latest], dtype=np.int64)
        known = had >= 0
        known[known] = ~store.column("gone")[had[known]]
        newer = ~known
        newer[known] = batch.numbers[known, _VERSION] > store.column("version")[had[known]]
        if not newer.all():
            keep = np.flatnonzero(newer)
            batch = batch.take(keep.tolist())
            had, known = had[keep], known[keep]
        if not len(batch):
            return 0
        ids = batch.ids
        fresh_until = now + FRESH_SECONDS
        arrivals = [case_id for case_id, was in zip(ids, known.tolist(), strict=True) if not was]
        for case_id in arrivals:
            self._fresh[case_id] = fresh_until
        for case_id in created.intersection(ids):
            self._fresh[case_id] = fresh_until
        self._grow_shown()
        shown_before = np.zeros(len(batch), dtype=np.bool_)
        shown_before[had >= 0] = self._shown[had[had >= 0]]
        keys = self._sort_keys
        before = [keys[slot] for slot in had[shown_before].tolist()]
        slots = store.put_batch(batch, self._alerted)
        if self._loading:
            store.column("seen")[slots] = True
        self._set_keys(slots)
        changes = self._watch.update_many(store, slots, now)
        inside = np.isin(slots, store.matches(self._filter, now, slots))
        staying = shown_before & inside
        if staying.any():
            after = [keys[slot] for slot in slots[shown_before].tolist()]
            same = np.array([a == b for a, b in zip(before, after, strict=True)], dtype=np.bool_)
            staying[shown_before] &= same
        if not staying.all():
            moving = slots[~staying]
            rows = self._rows_without(moving)
            self._relayout(self._merged(rows, moving[inside[~staying]]))
        else:  # nothing moves: the rows on screen among them repaint
            self._repaint(slots.tolist())
        self._announce(changes)
        for case_id in arrivals:
            self.arrived.emit(store.case(store.slot_of[case_id]), first_event[case_id])
        self.cases_changed.emit(frozenset(ids))
        return len(batch)

    def set_visible_rows(self, rows: Callable[[], tuple[int, int]]) -> None:
        """Where a view asks which rows it shows, (first, last): a flood repaints only those
        (with no view, or once the view is gone, every changed row is announced)."""
        self._visible_rows = weakref.WeakMethod(rows)

    def _visible_range(self) -> tuple[int, int]:
        """The rows (first, last) the view shows; every row with no view (or once it is gone)."""
        visible = self._visible_rows() if self._visible_rows is not None else None
        try:
            return visible() if visible is not None else (0, len(self._rows) - 1)
        except RuntimeError:  # the view's C++ object is gone
            return 0, len(self._rows) - 1

    def _repaint(self, slots: list[int]) -> None:
        """Announce the new contents of these shown slots' rows (the visible ones, if known)."""
        first, last = self._visible_range()
        rows = self._positions(np.array(slots, dtype=np.int64))
        if self._descending:
            rows = len(self._rows) - 1 - rows
        for row in np.sort(rows[(rows >= first) & (rows <= last)]).tolist():
            self._changed_row(row, Qt.ItemDataRole.DisplayRole)

    def _rows_rewritten(self, differ: np.ndarray) -> None:
        """Rows that now hold other cases (a flood moved them) are announced where the view
        shows them, as one range: a range reaching past the screen repaints the whole
        viewport (Qt gives up clipping long ranges), and a flood that moved rows only
        below or above the screen repaints nothing."""
        first, last = self._visible_range()
        rows = len(self._rows) - 1 - differ if self._descending else differ
        shown = rows[(rows >= first) & (rows <= last)]
        if len(shown):
            top, bottom = int(shown.min()), int(shown.max())
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(COLUMNS) - 1))

    def upsert(
        self, case: Case | dict[str, Any] | Record, *, created: bool = False, alert: bool = True
    ) -> bool:
        """Insert, update, move or remove the case's row; False if it was not newer.

        A case turning red alerts whoever applies it; `alert=False` (the officer's own action
        coming back) only spares the row its "new" highlight.
        """
        record = _record(case)
        store = self._store
        case_id = record.case_id
        slot = store.slot_of.get(case_id)
        known = slot is not None and not store.scalar("gone", slot)
        if (
            known
            and slot is not None
            and int(record.get("version") or 0) <= store.scalar("version", slot)
        ):
            return False
        now = self._tock()
        if alert and (created or not known):
            self._fresh[case_id] = now + FRESH_SECONDS
        i = -1
        if slot is not None and self._shown[slot]:
            i = self._index_of(slot)
            old_key = self._key(slot)
        slot = store.put(record, case_id in self._alerted)
        self._set_key(slot)
        change = self._watch.update(store, slot, now)
        inside = store.matches_one(self._filter, slot, now)
        if i >= 0:
            self._move(i, old_key, inside)
        elif inside:
            self._insert(slot)
        if self._loading:
            store.column("seen")[slot] = True
        self._announce([change])
        self.cases_changed.emit(frozenset((case_id,)))
        return True

    def tick(self, first: int, last: int) -> None:
        """Advance the clock: recolor the cases whose instant passed, repaint the clock
        columns of rows first..last and the flashing rows."""
        now = self._tock()
        changes = self._watch.due(self._store, now)
        if changes and self._filter.uses_clock:
            for slot, _old, _new in changes:
                self._place(slot, self._store.matches_one(self._filter, slot, now))
        if self._watch.bloated():
            self._watch.compact(self._store, now)
        if len(self._rows) and first >= 0 and last >= first:
            last = min(last, len(self._rows) - 1)
            for column in CLOCK_COLUMNS:
                self.dataChanged.emit(self.index(first, column), self.index(last, column))
        for marks in (self._fresh, self._flash):
            for case_id, until in list(marks.items()):
                if until <= now:
                    del marks[case_id]
                self._changed_row(self.row_of(case_id), Qt.ItemDataRole.BackgroundRole)
        self._announce(changes)

    # -- internals --------------------------------------------------------------------------

    def _tock(self) -> float:
        self._now = self._clock()
        return self._now

    def _announce(self, changes: list[Transition]) -> None:
        """Flash and signal the cases that have just turned red."""
        for slot, old, new in changes:
            if new == "red" and old != "red":
                case_id = self._store.id_list[slot]
                self.flash(case_id)
                self.red_alert.emit(self._store.case(slot))

    def _background(self, case_id: int) -> QColor | None:
        if case_id in self._flash:
            return _FLASH[int(self._now) % 2]
        if case_id in self._alerted:
            return _ALERTED
        if case_id in self._fresh:
            return _FRESH
        return None
