"""The queue's rows: plain case dicts kept sorted, changed one row at a time (never a reset).

Rows are kept in ascending (sort key, id) order so that bisect finds any case in O(log n);
a descending sort only mirrors the row numbers. Events insert, move, update or remove one
row each, which keeps a 100,000-row queue smooth under a busy feed.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from console.models.case_filter import CaseFilter
from console.models.columns import COLUMNS

Index = QModelIndex | QPersistentModelIndex


class SortedRowsModel(QAbstractTableModel):
    """Every known case by id, the shown ones as sorted rows; subclasses say how cells read."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: dict[int, dict[str, Any]] = {}
        self._rows: list[dict[str, Any]] = []
        self._shown: set[int] = set()
        self._filter = CaseFilter()
        self._column = 0
        self._descending = False

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
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

    # -- internals --------------------------------------------------------------------------

    def _key(self, case: dict[str, Any]) -> tuple[Any, int]:
        return (COLUMNS[self._column].key(case), case["id"])

    def _internal(self, row: int) -> int:
        return len(self._rows) - 1 - row if self._descending else row

    def _view(self, i: int, size: int | None = None) -> int:
        n = len(self._rows) if size is None else size
        return n - 1 - i if self._descending else i

    def _changed_row(self, row: int, role: int) -> None:
        if row >= 0:
            last = self.index(row, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(row, 0), last, [role])

    def _rebuild(self, now: float) -> None:
        self.beginResetModel()
        self._rows = [case for case in self._all.values() if self._filter.matches(case, now)]
        self._rows.sort(key=self._key)
        self._shown = {case["id"] for case in self._rows}
        self.endResetModel()

    def _place(self, case: dict[str, Any], inside: bool) -> None:
        """Show or hide a known, unchanged case (its filter membership moved with the clock)."""
        if inside and case["id"] not in self._shown:
            self._insert(case)
        elif not inside and case["id"] in self._shown:
            self._remove_or_update(case, case, False)

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
