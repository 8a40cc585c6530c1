"""The queue's table view: it paints its rows itself (console/panes/queue_rows.py), tells how
long its last paint took (the feed paces itself), rows added below the screen (a load's chunks)
do not repaint what it shows, and a scroll repaints only the rows it brings in."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.gui_turn import GUI_TURN
from console.panes.queue_rows import QueueRowPainter

Index = QModelIndex | QPersistentModelIndex


class CaseTableView(QTableView):
    """The queue's table; it tells how long its last paint took (the feed paces itself).

    Qt lays a table out again whenever its row count changes, and that repaints the whole
    screen of rows (~12-30 ms at 1920x1080) even when the new rows are all below it: a load
    of 100,000 cases in 5,000-case chunks repainted the same first screenful twenty times.
    When the only change since the last layout is rows inserted below the screen, the layout
    updates the scroll bars and leaves the screen as it is.

    A scroll moves the pixels already drawn and paints only the rows it brings in, which Qt
    does for an opaque viewport only; the theme's style sheet (a background for QTableView)
    makes the viewport transparent, so every scroll repainted the whole screen of rows
    (10-25 ms on X, a jump of a few rows or one wheel step alike). The viewport is declared
    opaque and the view fills what it repaints with the theme's background itself.

    The rows are painted a row at a time by `QueueRowPainter`, not cell by cell by delegates
    (a screenful 4-6 ms instead of 16-29 ms); the view shows no grid.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.paint_seconds = 0.0
        self.painted = 0  # paints so far (tests and benchmarks watch it)
        self._below_only: bool | None = None  # None: no change since the last layout
        self._rows = QueueRowPainter()

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        old = self.model()
        if old is not None:
            for signal in _relayout_signals(old):
                signal.disconnect(self._changed_elsewhere)
        super().setModel(model)
        self._below_only = False  # another model: the next layout repaints
        if model is not None:
            for signal in _relayout_signals(model):
                signal.connect(self._changed_elsewhere)

    def rowsInserted(self, parent: Index, first: int, last: int) -> None:  # noqa: N802
        super().rowsInserted(parent, first, last)
        height = self.viewport().height()
        bottom = self.rowAt(height - 1) if height > 0 else -1
        below = bottom >= 0 and first > bottom and not parent.isValid()
        self._below_only = below if self._below_only is None else self._below_only and below

    def doItemsLayout(self) -> None:  # noqa: N802
        below_only, self._below_only = self._below_only, None
        if below_only:
            self.updateGeometries()  # the scroll bars; the rows on screen are the same
            return
        super().doItemsLayout()

    def _changed_elsewhere(self, *_args: Any) -> None:
        self._below_only = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        started = time.perf_counter()
        with GUI_TURN.taken():  # the feed's worker waits meanwhile (console/gui_turn.py)
            viewport = self.viewport()
            painter = QPainter(viewport)
            # What Qt paints before a transparent viewport's paint (an opaque one gets
            # nothing): the background, also below the last row and beside the last column.
            painter.fillRect(event.rect(), viewport.palette().brush(QPalette.ColorRole.Base))
            if self.model() is not None:
                for area in cast(Iterable[QRect], event.region()):  # iterable (no stub)
                    self._rows.paint(self, painter, area)
            painter.end()
        self.paint_seconds = time.perf_counter() - started
        self.painted += 1

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._rows.forget_fonts()
        super().changeEvent(event)

    def visible_rows(self) -> tuple[int, int]:
        """The first and last row on screen; (0, -1) when none is."""
        first = self.rowAt(0)
        if first < 0:
            return 0, -1
        last = self.rowAt(self.viewport().height() - 1)
        return first, last if last >= 0 else self.model().rowCount() - 1


def arrange_rows(view: QTableView, row_height: int) -> None:
    """How the queue's rows look and are chosen: whole rows, several for bulk work
    (Shift/Ctrl+click, Shift+arrows; the current row is the case), alternating, no grid, one
    line each elided at the right, uniform heights (no measuring), scrolled by pixels."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height)


def _relayout_signals(model: QAbstractItemModel) -> tuple[Any, ...]:
    """The model's changes after which a layout must repaint the screen."""
    return (
        model.rowsAboutToBeRemoved,
        model.rowsAboutToBeMoved,
        model.layoutAboutToBeChanged,
        model.modelAboutToBeReset,
        model.columnsAboutToBeInserted,
        model.columnsAboutToBeRemoved,
        model.columnsAboutToBeMoved,
        model.headerDataChanged,
    )
