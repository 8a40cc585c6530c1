"""How many open cases were overdue over the day (red): one curve, created once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from console.charts import clock
from console.charts.export import Table
from console.charts.frame import ChartFrame
from console.tasks import TaskRunner
from widgets.chart_kit import ChartView, brush, count_axis, nice_top, pen
from widgets.sla_palette import FILL, INK


class OverdueChart(ChartFrame):
    """Overdue open cases sampled every few minutes since midnight; peak-downsampled."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Overdue open cases today"), "overdue", parent)
        self.points: list[tuple[datetime, int]] = []
        self.view = ChartView(self)
        self.view.hover_text = self.hover_text
        item = self.view.getPlotItem()
        item.setClipToView(True)  # x auto-range is off, so clipping works
        item.setDownsampling(auto=True, mode="peak")
        clock.set_day_axis(self.view)
        self.curve = pg.PlotDataItem(
            pen=pen(INK["red"]), fillLevel=0.0, fillBrush=brush(FILL["red"], 90)
        )
        self.view.addItem(self.curve)
        self.body.addWidget(self.view, 1)

    def show_overdue(self, body: dict[str, Any]) -> None:
        """Redraw from GET /kpis/overdue."""
        self.points = [(clock.parse(p["at"]), int(p.get("overdue") or 0)) for p in body["points"]]
        if not self.points:
            self.curve.setData([], [])
            self.show_notice(self.tr("No figures for today yet."))
            return
        day = self.points[0][0]
        xs = [clock.hour_of_day(at, day) for at, _n in self.points]
        ys = [float(n) for _at, n in self.points]
        self.curve.setData(xs, ys)
        top = nice_top(max(ys))
        self.view.setYRange(0, top, padding=0)
        count_axis(self.view, "left", top)
        self.set_title(
            self.tr("Overdue open cases today: now %1, peak %2")
            .replace("%1", str(self.points[-1][1]))
            .replace("%2", str(int(max(ys))))
        )
        self.show_notice("")

    def hover_text(self, x: float, _y: float) -> str | None:
        """The sample nearest the cursor's time."""
        if not self.points:
            return None
        day = self.points[0][0]
        at, count = min(self.points, key=lambda p: abs(clock.hour_of_day(p[0], day) - x))
        return (
            self.tr("%1: %2 open cases overdue")
            .replace("%1", at.strftime("%H:%M"))
            .replace("%2", str(count))
        )

    def table(self) -> Table:
        header = [self.tr("Time"), self.tr("Overdue open")]
        return header, [[at.isoformat(), n] for at, n in self.points]
