"""River patrols per week (河长制): patrols, problems found and problems resolved."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QWidget

from console.charts import fmt
from console.charts.export import Table
from console.charts.frame import ChartFrame, legend_entry, legend_html
from console.tasks import TaskRunner
from widgets.chart_kit import ChartView, bar_index, brush, count_axis, nice_top, pen
from widgets.sla_palette import FILL

ALL = "__all__"
SERIES = (  # field, color, bar offset in a week's group
    ("patrols", "#4a90e2", -0.27),
    ("problems_found", FILL["yellow"], 0.0),
    ("problems_resolved", FILL["green"], 0.27),
)
WIDTH = 0.26


class RiverChart(ChartFrame):
    """Grouped weekly bars for all rivers or one; hover gives km and debris too."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("River patrols"), "river", parent)
        self.body_data: dict[str, Any] = {}
        self.weeks: list[dict[str, Any]] = []
        self.cells: list[dict[str, Any]] = []
        self.river_combo = QComboBox(self)
        self.river_combo.setObjectName("riverChoice")
        self.river_combo.addItem(self.tr("All rivers"), ALL)
        self.river_combo.currentIndexChanged.connect(lambda _i: self._draw())
        self.set_legend(self._legend())
        self.add_control(self.river_combo)
        self.view = ChartView(self)
        self.view.hover_text = self.hover_text
        self.bars = {
            name: pg.BarGraphItem(x=[], height=[], width=WIDTH, brush=brush(color), pen=pen(color))
            for name, color, _offset in SERIES
        }
        for bars in self.bars.values():
            self.view.addItem(bars)
        self.body.addWidget(self.view, 1)

    def _names(self) -> dict[str, str]:
        return {
            "patrols": self.tr("Patrols"),
            "problems_found": self.tr("Problems found"),
            "problems_resolved": self.tr("Problems resolved"),
        }

    def _legend(self) -> str:
        names = self._names()
        return legend_html([legend_entry(color, names[name]) for name, color, _o in SERIES])

    def show_stats(self, body: dict[str, Any]) -> None:
        """Redraw from GET /river-stats."""
        self.body_data = body
        chosen = self.river_combo.currentData()
        self.river_combo.blockSignals(True)
        while self.river_combo.count() > 1:
            self.river_combo.removeItem(1)
        for river in body.get("rivers") or []:
            self.river_combo.addItem(str(river["name"]), str(river["river"]))
        self.river_combo.setCurrentIndex(max(0, self.river_combo.findData(chosen)))
        self.river_combo.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        body = self.body_data
        self.weeks = list(body.get("weeks") or [])
        chosen = self.river_combo.currentData()
        source = body.get("all") or {}
        for river in body.get("rivers") or []:
            if river["river"] == chosen:
                source = river
        self.cells = list(source.get("per_week") or [])
        top = 1.0
        for name, _color, offset in SERIES:
            heights = [float(c.get(name) or 0) for c in self.cells]
            xs = [i + offset for i in range(len(heights))]
            self.bars[name].setOpts(x=xs, height=heights, width=WIDTH)
            top = max(top, *heights) if heights else top
        self.view.set_category_ticks("bottom", [w["week"][-3:] for w in self.weeks])
        self.view.setXRange(-0.6, max(0.6, len(self.weeks) - 0.4), padding=0)
        self.view.setYRange(0, nice_top(top), padding=0)
        count_axis(self.view, "left", nice_top(top))
        totals = source.get("totals") or {}
        self.set_title(
            self.tr("Patrols in %1 weeks: %2 (%3 km)")
            .replace("%1", str(len(self.weeks)))
            .replace("%2", str(totals.get("patrols", 0)))
            .replace("%3", fmt.number(totals.get("km"), 0))
        )
        self.show_notice("" if self.weeks else self.tr("No patrols recorded."))

    def hover_text(self, x: float, _y: float) -> str | None:
        """The week under the cursor with every figure and its unit."""
        i = bar_index(x, len(self.cells), 0.9)
        if i < 0:
            return None
        c, week = self.cells[i], self.weeks[i]
        return (
            self.tr("%1 (from %2)\n%3 patrols, %4 km\nProblems found %5, resolved %6\nDebris %7 t")
            .replace("%1", str(week["week"]))
            .replace("%2", str(week["start"]))
            .replace("%3", str(c.get("patrols", 0)))
            .replace("%4", fmt.number(c.get("km"), 1))
            .replace("%5", str(c.get("problems_found", 0)))
            .replace("%6", str(c.get("problems_resolved", 0)))
            .replace("%7", fmt.number(c.get("debris_tons"), 2))
        )

    def table(self) -> Table:
        header = [
            self.tr("Week"),
            self.tr("Week from"),
            self.tr("Patrols"),
            self.tr("Km"),
            self.tr("Problems found"),
            self.tr("Problems resolved"),
            self.tr("Debris t"),
        ]
        keys = ("patrols", "km", "problems_found", "problems_resolved", "debris_tons")
        rows = [
            [w["week"], w["start"], *(c.get(k) for k in keys)]
            for w, c in zip(self.weeks, self.cells, strict=False)
        ]
        return header, rows
