"""The live case queue: a table model over plain case dicts, filtered and sorted in Python.

Rows are kept in ascending (sort key, id) order so that bisect finds any case in O(log n);
a descending sort only mirrors the row numbers. Events insert, move, update or remove one
row each (never a reset), which keeps a 100,000-row queue smooth under a busy feed.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from console.models.case_filter import CaseFilter, live_color, prepare
from console.models.columns import CLOCK_COLUMNS, COLUMN_INDEX, COLUMNS
from console.models.pending import MARK, ROLES, pending_data

FRESH_SECONDS = 8.0
FLASH_SECONDS = 10.0
_CENTERED = {COLUMN_INDEX[name] for name in ("sla", "state", "age", "escalation")}
_FRESH = QColor(40, 90, 150)
_FLASH = (QColor(150, 30, 30), QColor(90, 20, 20))
_STATE_COLUMN = COLUMN_INDEX["state"]
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Cases as rows, the columns of `columns.COLUMNS`; the clock recolors between events."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    ColorRole = Qt.ItemDataRole.UserRole + 2
    CaseRole = Qt.ItemDataRole.UserRole + 3

    red_alert = Signal(dict)  # a case that has just turned red (or arrived red) via the feed
    case_changed = Signal(int)  # a newer version of this case arrived (shown or filtered out)

    def __init__(self, parent: Any = None, clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._all: dict[int, dict[str, Any]] = {}
        self._rows: list[dict[str, Any]] = []
        self._shown: set[int] = set()
        self._filter = CaseFilter()
        self._column = 0
        self._descending = False
        self._fresh: dict[int, float] = {}
        self._flash: dict[int, float] = {}
        self._pending: set[int] = set()  # cases with actions waiting in the outbox

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        return None

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in place, keeping selection and current row on the same cases."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[self._internal(i.row())]["id"] for i in persistent]
        self._column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=self._key)
        moved = [
            self.index(self.row_of(cid), i.column()) for cid, i in zip(ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- reading ----------------------------------------------------------------------------

    @property
    def filter(self) -> CaseFilter:
        """The filter in force."""
        return self._filter

    def case_at(self, row: int) -> dict[str, Any] | None:
        """The case shown in this row."""
        return self._rows[self._internal(row)] if 0 <= row < len(self._rows) else None

    def case(self, case_id: int) -> dict[str, Any] | None:
        """The case with this id, shown or filtered out."""
        return self._all.get(case_id)

    def row_of(self, case_id: int) -> int:
        """The row showing this case, or -1."""
        if case_id not in self._shown:
            return -1
        case = self._all[case_id]
        return self._view(bisect_left(self._rows, self._key(case), key=self._key))

    def total(self) -> int:
        """All cases known, shown or not."""
        return len(self._all)

    def pending(self) -> frozenset[int]:
        """Cases with an action in the outbox not yet sent to the server."""
        return frozenset(self._pending)

    def counts(self) -> dict[str, int]:
        """Shown cases by live color (red, yellow, green)."""
        now = self._now
        counted = Counter(live_color(case, now) for case in self._rows)
        return {color: counted.get(color, 0) for color in ("red", "yellow", "green")}

    # -- changing ---------------------------------------------------------------------------

    def set_pending(self, case_ids: Iterable[int]) -> None:
        """Mark the rows of these cases as waiting for the outbox (⏳, italic, tooltip)."""
        new = set(case_ids)
        changed, self._pending = new ^ self._pending, new
        for case_id in changed:
            self._changed_row(self.row_of(case_id), Qt.ItemDataRole.DisplayRole)

    def set_filter(self, flt: CaseFilter) -> None:
        """Show only what the filter lets through (a reset: it is the officer's own act)."""
        self._filter = flt
        self._rebuild()

    def replace_all(self, cases: Iterable[dict[str, Any]]) -> None:
        """Forget everything and show these cases (first load, or a reload after 410)."""
        self._all = {case["id"]: prepare(case) for case in cases}
        self._fresh.clear()
        self._flash.clear()
        self._rebuild()

    def add_page(self, cases: Iterable[dict[str, Any]]) -> None:
        """Merge a page of the initial load (newer versions win)."""
        added = False
        for case in cases:
            old = self._all.get(case["id"])
            if old is None or case.get("version", 0) > old.get("version", 0):
                self._all[case["id"]] = prepare(case)
                added = True
        if added:
            self._rebuild()

    def apply_events(self, events: Iterable[dict[str, Any]]) -> int:
        """Apply feed events; repeats (version not newer) are ignored. Returns rows touched."""
        touched = 0
        for event in events:
            case = event.get("case")
            if isinstance(case, dict) and "id" in case:
                touched += self.upsert(dict(case), created=event.get("type") == "case.created")
        return touched

    def upsert(self, case: dict[str, Any], *, created: bool = False, alert: bool = True) -> bool:
        """Insert, update, move or remove the case's row; False if it was not newer."""
        case_id = case["id"]
        old = self._all.get(case_id)
        if old is not None and case.get("version", 0) <= old.get("version", 0):
            return False
        prepare(case)
        now = self._now = self._clock()
        was_red = old is not None and live_color(old, now) == "red"
        if created or old is None:
            self._fresh[case_id] = now + FRESH_SECONDS
        alerting = alert and not was_red and live_color(case, now) == "red"
        if alerting:
            self._flash[case_id] = now + FLASH_SECONDS
        if old is not None and case_id in self._shown:
            self._remove_or_update(old, case, self._filter.matches(case, now))
        else:
            self._all[case_id] = case
            if self._filter.matches(case, now):
                self._insert(case)
        if alerting:
            self.red_alert.emit(case)
        self.case_changed.emit(case_id)
        return True

    def revalidate(self) -> None:
        """Re-check clock-dependent filters (a case turning red enters the red filter)."""
        if not self._filter.uses_clock:
            return
        now = self._now = self._clock()
        for case in list(self._all.values()):
            inside = self._filter.matches(case, now)
            if inside and case["id"] not in self._shown:
                self._insert(case)
            elif not inside and case["id"] in self._shown:
                self._remove_or_update(case, case, False)

    def tick(self, first: int, last: int) -> None:
        """Advance the clock: repaint clock columns of rows first..last and flashing rows."""
        now = self._now = self._clock()
        if self._rows and first >= 0 and last >= first:
            last = min(last, len(self._rows) - 1)
            for column in CLOCK_COLUMNS:
                self.dataChanged.emit(self.index(first, column), self.index(last, column))
        for marks in (self._fresh, self._flash):
            for case_id, until in list(marks.items()):
                if until <= now:
                    del marks[case_id]
                self._changed_row(self.row_of(case_id), Qt.ItemDataRole.BackgroundRole)

    # -- internals --------------------------------------------------------------------------

    def _key(self, case: dict[str, Any]) -> tuple[Any, int]:
        return (COLUMNS[self._column].key(case), case["id"])

    def _internal(self, row: int) -> int:
        return len(self._rows) - 1 - row if self._descending else row

    def _view(self, i: int, size: int | None = None) -> int:
        n = len(self._rows) if size is None else size
        return n - 1 - i if self._descending else i

    def _background(self, case_id: int) -> QColor | None:
        if case_id in self._flash:
            return _FLASH[int(self._now) % 2]
        if case_id in self._fresh:
            return _FRESH
        return None

    def _changed_row(self, row: int, role: int) -> None:
        if row >= 0:
            last = self.index(row, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(row, 0), last, [role])

    def _rebuild(self) -> None:
        self.beginResetModel()
        now = self._now = self._clock()
        self._rows = [case for case in self._all.values() if self._filter.matches(case, now)]
        self._rows.sort(key=self._key)
        self._shown = {case["id"] for case in self._rows}
        self.endResetModel()

    def _insert(self, case: dict[str, Any]) -> None:
        i = bisect_left(self._rows, self._key(case), key=self._key)
        row = self._view(i, len(self._rows) + 1)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(i, case)
        self._shown.add(case["id"])
        self.endInsertRows()

    def _remove_or_update(self, old: dict[str, Any], new: dict[str, Any], keep: bool) -> None:
        """Old is shown: drop its row, or replace it (moving it if its sort key changed)."""
        i = bisect_left(self._rows, self._key(old), key=self._key)
        src = self._view(i)
        self._all[new["id"]] = new
        if not keep:
            self.beginRemoveRows(QModelIndex(), src, src)
            del self._rows[i]
            self._shown.discard(old["id"])
            self.endRemoveRows()
            return
        if self._key(old) == self._key(new):
            self._rows[i] = new
            self._changed_row(src, Qt.ItemDataRole.DisplayRole)
            return
        rest = self._rows[:i] + self._rows[i + 1 :]
        j = bisect_left(rest, self._key(new), key=self._key)
        final = self._view(j)
        dest = final if final < src else final + 1
        if dest in (src, src + 1):
            rest.insert(j, new)
            self._rows = rest
        else:
            self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dest)
            rest.insert(j, new)
            self._rows = rest
            self.endMoveRows()
        self._changed_row(final, Qt.ItemDataRole.DisplayRole)
