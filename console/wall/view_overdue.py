"""Overdue open cases by department and by street: two lists of red bars, worst first."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from console.wall.bars import BarList
from console.wall.panel import WallPanel
from console.wall.scale import WallScale
from widgets.plain_text import PlainLabel
from widgets.sla_palette import FILL


class OverdueView(WallPanel):
    """GET /kpis?by=department and ?by=street: each row's `overdue_open`, rows with any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("overdue", self.tr("Overdue open cases"), parent)
        self.lists: dict[str, BarList] = {}
        self.headings: dict[str, QLabel] = {}
        grid = self.grid = QGridLayout()
        titles = {"department": self.tr("By department"), "street": self.tr("By street")}
        for by in ("department", "street"):
            heading = PlainLabel(titles[by], self)
            heading.setObjectName("wallSubtitle")
            heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            bars = BarList(FILL["red"], self)
            bars.setObjectName(f"overdue_{by}")
            bars.empty_text = self.tr("No overdue cases")
            bars.more_text = self.tr("%1 more with %2 cases")
            self.lists[by] = bars
            self.headings[by] = heading
        self.body.addLayout(grid, 1)
        self.totals: dict[str, int] = {}
        self.side_by_side: bool | None = None
        self._arrange(True)

    def _arrange(self, side_by_side: bool) -> None:
        """The two lists side by side (a wide view) or one above the other (a narrow one)."""
        if side_by_side == self.side_by_side:
            return
        self.side_by_side = side_by_side
        grid = self.grid
        for i, by in enumerate(("department", "street")):
            grid.removeWidget(self.headings[by])
            grid.removeWidget(self.lists[by])
            row, column = (0, i) if side_by_side else (2 * i, 0)
            grid.addWidget(self.headings[by], row, column)
            grid.addWidget(self.lists[by], row + 1, column)
        for n in range(4):
            grid.setRowStretch(n, 0)
            grid.setColumnStretch(n, 0)
        if side_by_side:
            grid.setRowStretch(1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        else:
            grid.setRowStretch(1, 1)
            grid.setRowStretch(3, 1)
            grid.setColumnStretch(0, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Side by side only while each list keeps room for a name, its bar and the count;
        # one above the other while each keeps three rows, else the departments alone (who
        # holds the late cases is what a supervisor acts on).
        self._arrange(self.width() >= 30 * self.scale.body)
        rows_each = self.height() // max(1, 2 * self.scale.row) - 2
        street_fits = bool(self.side_by_side) or rows_each >= 3
        self.headings["street"].setVisible(street_fits)
        self.lists["street"].setVisible(street_fits)
        self.grid.setRowStretch(3, 1 if street_fits and not self.side_by_side else 0)

    def apply_scale(self, scale: WallScale) -> None:
        super().apply_scale(scale)
        for bars in self.lists.values():
            bars.apply_scale(scale)
        self.grid.setHorizontalSpacing(4 * scale.margin)  # a count is not read as the next name
        self._fit()

    def show_kpis(self, by: str, body: dict[str, Any]) -> None:
        """Fill one list from a KPI table."""
        bars = self.lists.get(by)
        if bars is None:
            return
        rows = [
            (str(r.get("name") or r.get("key") or "?"), int(r.get("overdue_open") or 0))
            for r in body.get("rows") or []
        ]
        bars.set_rows([row for row in rows if row[1] > 0])
        total = int((body.get("totals") or {}).get("overdue_open") or sum(n for _, n in rows))
        self.totals[by] = total
        heading = self.tr("By department: %1") if by == "department" else self.tr("By street: %1")
        self.headings[by].setText(heading.replace("%1", str(total)))
