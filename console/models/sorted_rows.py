"""The queue's rows: the shown cases kept sorted, changed one row at a time, never reset.

Rows are store slots in ascending (sort key, case id) order, an array of int64, the sort
key of every case precomputed for the sort column, so that bisection finds any row in
O(log n) and a case that moves shifts only the rows between its old and new place (in
place; a row added or removed shifts those after it inside a buffer with room to spare).
Batches work on the array with numpy directly, never converting it to or from a list.
A descending sort only mirrors the row numbers. Changes of many rows at once (a loading
batch, a filter, a sort) are sorted with numpy and shown as one layout change: rows added
or removed at the end, then every row put in its place, selection and current row kept on
their cases; a batch that makes one run among the rows (a load's chunk, in the queue's
order) is one insertion instead.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from console.contract import Case
from console.memory import release_freed_memory
from console.models.case_filter import CaseFilter
from console.models.case_store import CaseStore
from console.models.columns import COLUMNS
from console.models.text_keys import text_sort_array

Index = QModelIndex | QPersistentModelIndex
Key = tuple[Any, int]
FEW = 64  # rows found by bisection; more at once through an inverse of the row order


class SortedRowsModel(QAbstractTableModel):
    """Every known case in a `CaseStore`, the shown ones as sorted rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = CaseStore()
        self._rows = np.zeros(0, dtype=np.int64)  # slots, ascending by key (see _room_for)
        self._buffer = np.zeros(0, dtype=np.int64)  # where single rows are added and removed
        self._sort_keys: list[Any] = []  # by slot: the key in the sort column (ties: case id)
        # The same keys as a numpy column when they are numbers (loads merge with numpy).
        self._numeric_keys: np.ndarray | None = np.zeros(0)
        self._shown = np.zeros(1024, dtype=np.bool_)  # by slot
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
        """Sort by another column or direction, selection and current row kept."""
        self._column = column
        keys = COLUMNS[column].sort_keys(self._store, self._store.all_slots())
        self._sort_keys = _key_list(keys)
        if isinstance(keys, np.ndarray):
            self._numeric_keys = keys.astype(np.float64) if keys.dtype.kind == "f" else None
            rows = self._sorted(self._rows, keys)
        else:  # texts: every slot sorted (one fixed-width array, no copy), the shown kept
            self._numeric_keys = None
            by_key = np.lexsort((self._store.column("ids"), _key_array(keys)))
            rows = by_key[self._shown[by_key]].astype(np.int64, copy=False)
        self._relayout(
            rows, descending=order == Qt.SortOrder.DescendingOrder, added=np.empty(0, np.int64)
        )
        release_freed_memory()

    # -- reading ----------------------------------------------------------------------------

    @property
    def filter(self) -> CaseFilter:
        """The filter in force."""
        return self._filter

    def case_at(self, row: int) -> Case | None:
        """The case shown in this row."""
        if 0 <= row < len(self._rows):
            return self._store.case(self._rows.item(self._internal(row)))
        return None

    def case(self, case_id: int) -> Case | None:
        """The case with this id, shown or filtered out."""
        slot = self._store.slot_of.get(case_id)
        if slot is None or self._store.scalar("gone", slot):
            return None
        return self._store.case(slot)

    def row_of(self, case_id: int) -> int:
        """The row showing this case, or -1."""
        slot = self._store.slot_of.get(case_id)
        if slot is None or not self._shown[slot]:
            return -1
        return self._view(self._index_of(slot))

    def total(self) -> int:
        """All cases known, shown or not."""
        return self._store.known()

    def known_ids(self) -> list[int]:
        """The ids of every case known (shown or filtered out)."""
        gone = self._store.column("gone")
        ids = self._store.id_list
        return [ids[slot] for slot in np.flatnonzero(~gone).tolist()]

    def sort_column(self) -> int:
        """The column the rows are sorted by."""
        return self._column

    def sort_order(self) -> Qt.SortOrder:
        """Ascending or descending."""
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @property
    def store(self) -> CaseStore:
        """The cases' columns, for readers that compute over all of them (the map reads the
        positions); written by this model only."""
        return self._store

    def shown_ids(self) -> list[int]:
        """The case ids of the rows, top to bottom."""
        ids = self._store.id_list
        rows = [ids[s] for s in self._rows.tolist()]
        return rows[::-1] if self._descending else rows

    # -- internals --------------------------------------------------------------------------

    def _key(self, slot: int) -> Key:
        return self._sort_keys[slot], self._store.id_list[slot]

    def _index_of(self, slot: int) -> int:
        return bisect_left(self._rows, self._key(slot), key=self._key)

    def _positions(self, slots: np.ndarray) -> np.ndarray:
        """The internal row indices of these shown slots: a bisection each for a few, one
        inverse of the row order for many (a bisection costs ~17 Python key calls)."""
        if len(slots) <= FEW:
            return np.array([self._index_of(slot) for slot in slots.tolist()], dtype=np.int64)
        order = self._rows
        where = np.zeros(len(self._store), dtype=np.int64)
        where[order] = np.arange(len(order))
        positions: np.ndarray = where[slots]
        return positions

    def _rows_without(self, slots: np.ndarray) -> np.ndarray:
        """The rows, in order, but these slots (a mask by slot: no set lookup per row)."""
        order = self._rows
        leaving = np.zeros(len(self._store), dtype=np.bool_)
        leaving[slots] = True
        kept: np.ndarray = order[~leaving[order]]
        return kept

    def _internal(self, row: int) -> int:
        return len(self._rows) - 1 - row if self._descending else row

    def _view(self, i: int, size: int | None = None) -> int:
        n = len(self._rows) if size is None else size
        return n - 1 - i if self._descending else i

    def _changed_row(self, row: int, role: int) -> None:
        if row >= 0:
            last = self.index(row, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(row, 0), last, [role])

    def _set_key(self, slot: int) -> None:
        key = COLUMNS[self._column].sort_key(self._store, slot)
        if slot < len(self._sort_keys):
            self._sort_keys[slot] = key
        else:
            self._sort_keys.append(key)
        if self._numeric_keys is not None:
            self._grow_numeric_keys()
            self._numeric_keys[slot] = key

    def _set_keys(self, slots: np.ndarray) -> None:
        """The sort keys of many (new or changed) slots."""
        if not len(slots):
            return
        keys = _key_list(COLUMNS[self._column].sort_keys(self._store, slots))
        missing = len(self._store) - len(self._sort_keys)
        if missing > 0:
            self._sort_keys.extend([None] * missing)
        sort_keys = self._sort_keys
        for slot, key in zip(slots.tolist(), keys, strict=True):
            sort_keys[slot] = key
        if self._numeric_keys is not None:
            self._grow_numeric_keys()
            self._numeric_keys[slots] = keys

    def _grow_numeric_keys(self) -> None:
        keys = self._numeric_keys
        if keys is not None and len(keys) < len(self._store):
            grown = np.zeros(max(len(self._store), 2 * len(keys), 1024), dtype=np.float64)
            grown[: len(keys)] = keys
            self._numeric_keys = grown

    def _sorted(self, slots: np.ndarray, keys: np.ndarray | None = None) -> np.ndarray:
        """These slots in row order, sorted with numpy (`keys`: of all slots, if at hand)."""
        if not len(slots):
            return np.zeros(0, dtype=np.int64)
        if keys is None:
            keys = _key_array(COLUMNS[self._column].sort_keys(self._store, slots))
            return self._ordered(slots, keys)
        return self._ordered(slots, keys[slots])

    def _ordered(self, slots: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """These slots in row order, given their keys (one each, in the same order)."""
        order = np.lexsort((self._store.column("ids")[slots], keys))
        rows: np.ndarray = slots[order].astype(np.int64, copy=False)
        return rows

    def _merged(self, rows: np.ndarray, slots: np.ndarray) -> np.ndarray:
        """Sorted rows and more slots, in row order: with numbers for keys, the slots sorted
        and put in place by binary search (no sort of the whole); else the slots sorted and
        the two runs merged (timsort finds them)."""
        if self._numeric_keys is not None:
            return self._inserted(rows, slots, self._numeric_keys)
        merged = rows.tolist() + self._sorted(slots).tolist()
        merged.sort(key=self._key)
        return np.array(merged, dtype=np.int64)

    def _inserted(self, rows: np.ndarray, slots: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """Sorted rows (an array) with these slots put in their places, by (key, case id):
        one binary search over both at once, each pair a complex number (numpy orders them
        by real part, then imaginary, NaN last as lexsort does; ids are exact in a float)."""
        if not len(slots):
            return rows
        ids = self._store.column("ids")
        new = slots[np.lexsort((ids[slots], keys[slots]))]
        at = np.searchsorted(_pairs(keys, ids, rows), _pairs(keys, ids, new))
        merged: np.ndarray = np.insert(rows, at, new)
        return merged

    def _grow_shown(self) -> None:
        if len(self._store) > len(self._shown):
            grown = np.zeros(max(len(self._store), 2 * len(self._shown)), dtype=np.bool_)
            grown[: len(self._shown)] = self._shown
            self._shown = grown

    def _relayout(
        self, rows: np.ndarray, descending: bool | None = None, added: np.ndarray | None = None
    ) -> None:
        """Show exactly these rows (internal order) without a reset (and flip the order).

        The row count changes at the end of the view (rows appended before, or dropped
        after, the layout change) and the layout change puts every case in its place: Qt's
        rules for both, and views keep their selection and current row on the same cases.
        """
        old, new = len(self._rows), len(rows)
        if descending is None and new == old and self._rewritten(rows, added):
            return
        if descending is None and added is not None and self._inserted_run(rows, added):
            return
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows = self._padded(self._rows, rows[old:])  # stand-ins until the layout change
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [self._rows.item(self._internal(i.row())) for i in persistent]
        if descending is not None:
            self._descending = descending
        self._grow_shown()
        if added is None:
            self._shown[:] = False
            self._shown[rows] = True
        else:  # the rows shown before, and these
            self._shown[added] = True
        moved = []
        for slot, index in zip(kept, persistent, strict=True):
            if self._shown[slot]:
                row = self._view(bisect_left(rows, self._key(slot), key=self._key), new)
                moved.append(self.index(row, index.column()) if row < new else QModelIndex())
            else:
                moved.append(QModelIndex())
        # The last rows of the view go after the layout change: stand-ins until then.
        self._rows = self._padded(rows, self._rows[: old - new]) if new < old else rows
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows = rows
            self.endRemoveRows()

    def _rewritten(self, rows: np.ndarray, added: np.ndarray | None) -> bool:
        """As many rows as shown, and nothing a view keeps (current row, selection, hover)
        among those that differ: their contents change instead of a layout change, so that
        a view need repaint only what of them is on screen (`_rows_rewritten`). False,
        changing nothing, if that cannot be done."""
        differ = np.flatnonzero(rows != self._rows)
        if not len(differ):
            return True
        lo, hi = self._view(int(differ[0])), self._view(int(differ[-1]))
        lo, hi = min(lo, hi), max(lo, hi)
        if not self._no_persistent_within(lo, hi):
            return False
        self._grow_shown()
        if added is None:
            self._shown[self._rows[differ]] = False
        self._shown[rows[differ]] = True
        self._rows = rows
        self._rows_rewritten(differ)
        return True

    def _inserted_run(self, rows: np.ndarray, added: np.ndarray) -> bool:
        """The rows shown before with the added ones in one run among them (a load's chunks,
        which come in the queue's order, go after all before them): inserted as such, so that
        views keep what they show and repaint nothing unless the run is on screen. False,
        changing nothing, if the added rows are not one run."""
        old, count = len(self._rows), len(added)
        if not count or len(rows) != old + count:
            return False
        differ = np.flatnonzero(rows[:old] != self._rows)
        at = int(differ[0]) if len(differ) else old
        if not np.array_equal(rows[at + count :], self._rows[at:]):
            return False
        first = old - at if self._descending else at  # the run's first row in the view
        self.beginInsertRows(QModelIndex(), first, first + count - 1)
        self._grow_shown()
        self._shown[added] = True
        self._rows = rows
        self.endInsertRows()
        return True

    def _rows_rewritten(self, differ: np.ndarray) -> None:
        """Announce the rows whose case changed (internal positions, ascending)."""
        lo, hi = self._view(int(differ[0])), self._view(int(differ[-1]))
        lo, hi = min(lo, hi), max(lo, hi)
        self.dataChanged.emit(self.index(lo, 0), self.index(hi, len(COLUMNS) - 1))

    def _padded(self, rows: np.ndarray, extra: np.ndarray) -> np.ndarray:
        """Rows with `extra` at the end of the view (the front of a descending list)."""
        return np.concatenate((extra, rows) if self._descending else (rows, extra))

    def _place(self, slot: int, inside: bool) -> None:
        """Show or hide a known, unchanged case (its filter membership moved with the clock)."""
        if inside and not self._shown[slot]:
            self._insert(slot)
        elif not inside and self._shown[slot]:
            self._remove(self._index_of(slot))

    def _insert(self, slot: int) -> None:
        self._grow_shown()
        i = self._index_of(slot)
        row = self._view(i, len(self._rows) + 1)
        self.beginInsertRows(QModelIndex(), row, row)
        n = len(self._rows)
        buffer = self._room_for(n + 1)
        buffer[i + 1 : n + 1] = buffer[i:n]
        buffer[i] = slot
        self._rows = buffer[: n + 1]
        self._shown[slot] = True
        self.endInsertRows()

    def _remove(self, i: int) -> None:
        row = self._view(i)
        self.beginRemoveRows(QModelIndex(), row, row)
        n = len(self._rows)
        buffer = self._room_for(n)
        slot = buffer.item(i)
        buffer[i : n - 1] = buffer[i + 1 : n]
        self._rows = buffer[: n - 1]
        self._shown[slot] = False
        self.endRemoveRows()

    def _room_for(self, count: int) -> np.ndarray:
        """The buffer, holding the rows at its start, with room for `count` of them (the
        rows are copied into a larger one first when they live elsewhere or it is full)."""
        rows, buffer = self._rows, self._buffer
        inside = len(buffer) and rows.__array_interface__["data"][0] == buffer.ctypes.data
        if not inside or len(buffer) < count:
            buffer = np.empty(max(1024, count + count // 4), dtype=np.int64)
            buffer[: len(rows)] = rows
            self._buffer = buffer
        return buffer

    def _move(self, i: int, old_key: Key, keep: bool) -> None:
        """The case of internal row i has a new version (its new key set): keep, move or drop."""
        if not keep:
            self._remove(i)
            return
        slot = self._rows.item(i)
        new_key = self._key(slot)
        src = self._view(i)
        if new_key == old_key:
            self._changed_row(src, Qt.ItemDataRole.DisplayRole)
            return
        rows, n = self._rows, len(self._rows)
        key = self._key
        if new_key < old_key:
            j = bisect_left(rows, new_key, 0, i, key=key)
        else:
            j = bisect_left(rows, new_key, i + 1, n, key=key) - 1
        final = self._view(j)
        lo, hi = min(src, final), max(src, final)
        if final == src or self._no_persistent_within(lo, hi):
            # Nothing a view keeps (current row, selection, hover) lies among the rows that
            # shift: the move is their contents changing, and a view repaints only those of
            # them on screen (often none) instead of laying out and painting everything.
            _shift(rows, i, j)
            self.dataChanged.emit(self.index(lo, 0), self.index(hi, len(COLUMNS) - 1))
            return
        dest = final + 1 if final > src else final
        self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dest)
        _shift(rows, i, j)
        self.endMoveRows()
        self._changed_row(final, Qt.ItemDataRole.DisplayRole)

    def _no_persistent_within(self, lo: int, hi: int) -> bool:
        """Whether every persistent index lies above row lo or every one below row hi (so no
        selection range can span rows lo..hi either)."""
        rows = [index.row() for index in self.persistentIndexList()]
        return all(row < lo for row in rows) or all(row > hi for row in rows)


def _shift(rows: np.ndarray, i: int, j: int) -> None:
    """Row i taken out and put at j (j counted without it), in place: only the rows between
    the two places move, by one."""
    slot = rows.item(i)
    if j < i:
        rows[j + 1 : i + 1] = rows[j:i]
    elif j > i:
        rows[i:j] = rows[i + 1 : j + 1]
    rows[j] = slot


def _pairs(keys: np.ndarray, ids: np.ndarray, slots: np.ndarray) -> np.ndarray:
    """(key, case id) of these slots as complex numbers, ordered as the rows are."""
    pairs: np.ndarray = keys[slots].astype(np.complex128)
    pairs.imag = ids[slots]
    return pairs


def _key_list(keys: np.ndarray | list[str]) -> list[Any]:
    """Sort keys as plain values (texts: the stored strings themselves)."""
    return keys.tolist() if isinstance(keys, np.ndarray) else keys


def _key_array(keys: np.ndarray | list[str]) -> np.ndarray:
    """Sort keys as an array numpy sorts (texts: see console/models/text_keys.py)."""
    return keys if isinstance(keys, np.ndarray) else text_sort_array(keys)
