"""The queue's table view: it tells how long its last paint took (the feed paces itself)."""

from __future__ import annotations

import time

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget

from console.gui_turn import GUI_TURN


class CaseTableView(QTableView):
    """The queue's table; it tells how long its last paint took (the feed paces itself)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paint_seconds = 0.0
        self.painted = 0  # paints so far (tests and benchmarks watch it)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        started = time.perf_counter()
        with GUI_TURN.taken():  # the feed's worker waits meanwhile (console/gui_turn.py)
            super().paintEvent(event)
        self.paint_seconds = time.perf_counter() - started
        self.painted += 1

    def visible_rows(self) -> tuple[int, int]:
        """The first and last row on screen; (0, -1) when none is."""
        first = self.rowAt(0)
        if first < 0:
            return 0, -1
        last = self.rowAt(self.viewport().height() - 1)
        return first, last if last >= 0 else self.model().rowCount() - 1
