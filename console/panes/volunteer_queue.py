"""The queue's 志愿服务 view: the open volunteer service requests in the queue pane, in the
volunteer pane's columns and order (console/volunteers/columns.py, rows.py), their deadlines
counting down on the same colored badge as the cases' SLA. It reads the window's one book
of requests (console/volunteers/book.py), which the feed keeps live; the case table and its
model are left alone (the queue pane swaps this view in and out)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.volunteers import columns, rows
from console.volunteers.book import RequestBook
from widgets import sla_palette
from widgets.badge_delegate import BadgeDelegate
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip

ROW_HEIGHT = 30  # as the case queue's rows
Index = QModelIndex | QPersistentModelIndex


class VolunteerQueueModel(QAbstractTableModel):
    """The open requests of the book, in the lists' order; the deadline column carries its
    color (ColorRole) for the badge."""

    ColorRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, book: RequestBook, clock: Callable[[], float], parent: Any = None) -> None:
        super().__init__(parent)
        self._book = book
        self._clock = clock
        self._rows: list[dict[str, Any]] = []
        self._cells: list[list[str]] = []
        self._headers = columns.headers()

    def refill(self) -> None:
        """Take the book's open requests as they now are."""
        self.beginResetModel()
        self._rows = self._book.ordered(open_only=True)
        self._cells = [columns.cells(request) for request in self._rows]
        self.endResetModel()

    def tick(self) -> None:
        """The deadlines moved on a second: repaint their column."""
        if self._rows:
            column = columns.DEADLINE
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def request_at(self, row: int) -> dict[str, Any] | None:
        """The request of a row (None outside the rows)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: int) -> int:
        """The row of a request (-1 when not shown)."""
        return next((i for i, r in enumerate(self._rows) if int(r["id"]) == request_id), -1)

    def counts(self) -> tuple[int, int]:
        """The open requests shown and how many of them are overdue."""
        now = self._clock()
        return len(self._rows), sum(rows.overdue(r, now) for r in self._rows)

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else columns.COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        request = self.request_at(index.row()) if index.isValid() else None
        if request is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == columns.DEADLINE:  # '—': no clock runs (accepted, done)
                return columns.deadline_text(request, self._clock()) or "—"
            return self._cells[index.row()][column]
        if role == self.ColorRole and column == columns.DEADLINE:
            return rows.color(request, self._clock())
        if role == Qt.ItemDataRole.ForegroundRole and rows.overdue(request, self._clock()):
            return QBrush(QColor(sla_palette.INK["red"]))
        if role == Qt.ItemDataRole.ToolTipRole and column == columns.SERVICE:
            return plain_tip(str(request.get("description") or ""))
        if role == self.IdRole:
            return int(request["id"])
        return None


class VolunteerQueueView(QWidget):
    """The open requests as a table, with how many are open and overdue above it; the
    current row is the request the dispatch pane works on."""

    request_selected = Signal(int)  # the current row's request (0 for none)
    request_opened = Signal(int)  # Enter or a double click: to the dispatch pane's team picker

    def __init__(
        self,
        book: RequestBook,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerQueue")
        self.book = book
        self.model = VolunteerQueueModel(book, clock, self)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("volunteerQueueSummary")
        hint = PlainLabel(self.tr("Enter: offer it to a team in the dispatch pane (F3)"), self)
        hint.setObjectName("keysHint")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.summary)
        bar.addStretch(1)
        bar.addWidget(hint)
        view = self.table = QTableView(self)
        view.setObjectName("volunteerQueueTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in enumerate(columns.WIDTHS):
            view.setColumnWidth(column, int(width * 1.4))
        self._badges = BadgeDelegate(VolunteerQueueModel.ColorRole, view)
        view.setItemDelegateForColumn(columns.DEADLINE, self._badges)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        self._current = 0
        view.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        view.activated.connect(self._on_table_activated)
        book.changed.connect(self._on_book_changed)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start()
        self._on_book_changed()

    def current_request_id(self) -> int:
        """The request in the current row (0 for none)."""
        request = self.model.request_at(self.table.currentIndex().row())
        return int(request["id"]) if request else 0

    def select_request(self, request_id: int) -> bool:
        """Make this request the current row (if shown)."""
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) request."""
        count = self.model.rowCount()
        if count:
            row = self.table.currentIndex().row()
            row = 0 if row < 0 else max(0, min(count - 1, row + delta))
            self.table.setCurrentIndex(self.model.index(row, 0))

    def focus_rows(self) -> None:
        """The keyboard on the rows (the first one if none is current)."""
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- handlers -------------------------------------------------------------------------

    def _on_book_changed(self) -> None:
        keep, column = self._current, max(self.table.currentIndex().column(), 0)
        self.model.refill()
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:  # the same request stays current wherever it moved
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, column))
            self.table.selectionModel().blockSignals(False)
        elif keep:  # it left the open ones (cancelled, rated) or is gone
            self._current = 0
            self.request_selected.emit(0)
        self._show_counts()

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        request = self.model.request_at(current.row())
        request_id = int(request["id"]) if request else 0
        if request_id != self._current:
            self._current = request_id
            self.request_selected.emit(request_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        request = self.model.request_at(index.row())
        if request:
            self.request_opened.emit(int(request["id"]))

    def _on_tick_timeout(self) -> None:
        if self.isVisible():
            self.model.tick()
            self._show_counts()

    def _show_counts(self) -> None:
        shown, late = self.model.counts()
        text = self.tr("Volunteer service: %1 open, %2 overdue")
        self.summary.setText(text.replace("%1", str(shown)).replace("%2", str(late)))
