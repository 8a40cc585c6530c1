"""The live case queue: a table model over plain case dicts, filtered and sorted in Python.

The rows themselves are kept by `SortedRowsModel`; this model reads the cells, applies the
feed, and runs the SLA clock between events: `SlaWatch` tells which case changes color when,
so that a tick costs the changes, not the rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor

from console.models.case_filter import CaseFilter, live_color, prepare
from console.models.columns import CLOCK_COLUMNS, COLUMN_INDEX, COLUMNS
from console.models.pending import MARK, ROLES, pending_data
from console.models.sla_watch import SlaWatch, Transition
from console.models.sorted_rows import Index, SortedRowsModel

FRESH_SECONDS = 8.0
FLASH_SECONDS = 10.0
_CENTERED = {COLUMN_INDEX[name] for name in ("sla", "urgency", "state", "age", "escalation")}
_FRESH = QColor(40, 90, 150)
_FLASH = (QColor(150, 30, 30), QColor(90, 20, 20))
_ALERTED = QColor(96, 28, 34)  # an alert not yet acknowledged: a steady red tint
_STATE_COLUMN = COLUMN_INDEX["state"]
_URGENCY_COLUMN = COLUMN_INDEX["urgency"]


class CaseTableModel(SortedRowsModel):
    """Cases as rows, the columns of `columns.COLUMNS`; the clock recolors between events."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    ColorRole = Qt.ItemDataRole.UserRole + 2
    CaseRole = Qt.ItemDataRole.UserRole + 3
    TagRole = Qt.ItemDataRole.UserRole + 4  # the urgency code, for the urgency column's tag

    red_alert = Signal(dict)  # a case has just turned red: by the clock or by an event
    arrived = Signal(dict, dict)  # a case first seen through the feed: the case, its event
    case_changed = Signal(int)  # a newer version of this case arrived (shown or filtered out)

    def __init__(self, parent: Any = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._watch = SlaWatch()
        self._fresh: dict[int, float] = {}
        self._flash: dict[int, float] = {}
        self._alerted: set[int] = set()  # cases with an alert not yet acknowledged
        self._pending: set[int] = set()  # cases with actions waiting in the outbox

    # -- Qt model interface -----------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._rows[self._internal(index.row())]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = COLUMNS[column].text(case, self._now)
            if column == _STATE_COLUMN and case["id"] in self._pending:
                return MARK + text
            return text
        if case["id"] in self._pending and role in ROLES:
            return pending_data(role)
        if role == self.ColorRole:
            return live_color(case, self._now)
        if role == self.TagRole and column == _URGENCY_COLUMN:
            return case.get("urgency")
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(case["id"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTERED:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[column].name == "title":
            return case.get("description") or case.get("title")
        if role == self.CaseIdRole:
            return case["id"]
        if role == self.CaseRole:
            return case
        return None

    # -- reading ----------------------------------------------------------------------------

    def now(self) -> float:
        """The model's clock (injected in tests): what "now" is for colors and alerts."""
        return self._clock()

    def pending(self) -> frozenset[int]:
        """Cases with an action in the outbox not yet sent to the server."""
        return frozenset(self._pending)

    def counts(self) -> dict[str, int]:
        """Every open case known by color (red, yellow, green), whatever the filter shows."""
        return self._watch.counts()

    def color(self, case_id: int) -> str | None:
        """The color of an open case as last decided (by the clock or an event)."""
        return self._watch.color(case_id)

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
        old = self._all.get(case_id)
        if old is None:
            return
        new = {**old, "_alert": alerted}
        if case_id in self._shown:
            self._remove_or_update(old, new, True)
        else:
            self._all[case_id] = new

    def flash(self, case_id: int) -> None:
        """Make the case's row flash for a few seconds."""
        self._flash[case_id] = self._now + FLASH_SECONDS
        self._changed_row(self.row_of(case_id), Qt.ItemDataRole.BackgroundRole)

    def set_filter(self, flt: CaseFilter) -> None:
        """Show only what the filter lets through (a reset: it is the officer's own act)."""
        self._filter = flt
        self._rebuild(self._tock())

    def replace_all(self, cases: Iterable[dict[str, Any]]) -> None:
        """Forget everything and show these cases (first load, or a reload after 410)."""
        self._all = {case["id"]: self._prepared(case) for case in cases}
        self._fresh.clear()
        now = self._tock()
        changes = self._watch.reset(self._all.values(), now)
        self._rebuild(now)
        self._announce(changes)

    def add_page(self, cases: Iterable[dict[str, Any]]) -> None:
        """Merge a page of the initial load (newer versions win)."""
        added = False
        for case in cases:
            old = self._all.get(case["id"])
            if old is None or case.get("version", 0) > old.get("version", 0):
                self._all[case["id"]] = self._prepared(case)
                added = True
        if added:
            now = self._tock()
            changes = self._watch.reset(self._all.values(), now)
            self._rebuild(now)
            self._announce(changes)

    def apply_events(self, events: Iterable[dict[str, Any]]) -> int:
        """Apply feed events; repeats (version not newer) are ignored. Returns rows touched."""
        touched = 0
        for event in events:
            case = event.get("case")
            if isinstance(case, dict) and "id" in case:
                known = case["id"] in self._all
                created = event.get("type") == "case.created"
                if self.upsert(dict(case), created=created):
                    touched += 1
                    if not known:
                        self.arrived.emit(self._all[case["id"]], event)
        return touched

    def upsert(self, case: dict[str, Any], *, created: bool = False, alert: bool = True) -> bool:
        """Insert, update, move or remove the case's row; False if it was not newer.

        A case turning red alerts whoever applies it; `alert=False` (the officer's own action
        coming back) only spares the row its "new" highlight.
        """
        case_id = case["id"]
        old = self._all.get(case_id)
        if old is not None and case.get("version", 0) <= old.get("version", 0):
            return False
        self._prepared(case)
        now = self._tock()
        if alert and (created or old is None):
            self._fresh[case_id] = now + FRESH_SECONDS
        change = self._watch.update(case, now)
        if old is not None and case_id in self._shown:
            self._remove_or_update(old, case, self._filter.matches(case, now))
        else:
            self._all[case_id] = case
            if self._filter.matches(case, now):
                self._insert(case)
        self._announce([change])
        self.case_changed.emit(case_id)
        return True

    def tick(self, first: int, last: int) -> None:
        """Advance the clock: recolor the cases whose instant passed, repaint the clock
        columns of rows first..last and the flashing rows."""
        now = self._tock()
        changes = self._watch.due(now, self._all.get)
        if changes and self._filter.uses_clock:
            for case_id, _old, _new in changes:
                case = self._all[case_id]
                self._place(case, self._filter.matches(case, now))
        if self._watch.bloated():
            self._watch.compact(self._all.values(), now)
        if self._rows and first >= 0 and last >= first:
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

    def _prepared(self, case: dict[str, Any]) -> dict[str, Any]:
        prepare(case)
        case["_alert"] = case["id"] in self._alerted
        return case

    def _announce(self, changes: list[Transition]) -> None:
        """Flash and signal the cases that have just turned red."""
        for case_id, old, new in changes:
            if new == "red" and old != "red":
                self.flash(case_id)
                self.red_alert.emit(self._all[case_id])

    def _background(self, case_id: int) -> QColor | None:
        if case_id in self._flash:
            return _FLASH[int(self._now) % 2]
        if case_id in self._alerted:
            return _ALERTED
        if case_id in self._fresh:
            return _FRESH
        return None
