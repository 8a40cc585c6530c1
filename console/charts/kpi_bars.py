"""Case KPIs per department or street: on-time closure and rework (%), and overdue cases (red).

Clicking a red bar asks for the queue to show exactly those cases (department or street,
red); the row of cases never dispatched (or without a street), which the queue cannot filter
on, asks for the list of its cases instead (`cases_requested`).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from console.charts import fmt
from console.charts.export import Table
from console.charts.frame import ChartFrame, legend_entry, legend_html
from console.charts.kpi_columns import BY_COLUMN
from console.tasks import TaskRunner
from widgets.chart_kit import (
    TEXT,
    ChartView,
    bar_index,
    brush,
    count_axis,
    nice_top,
    pen,
)
from widgets.sla_palette import FILL, INK

SHOWN = 20  # rows that stay legible in the pane; the worst first
# Rows of cases without a department (street): not a queue filter, a list of cases.
WITHOUT = ("undispatched", "no_street")
GROUP = 0.38


class KpiChart(ChartFrame):
    """Two bar plots sharing their rows: rates on the left, overdue counts (clickable) right."""

    filter_requested = Signal(dict)  # {"department" or "street": key, "color": "red"}
    cases_requested = Signal(dict, str)  # a row without a department (street), "overdue_open"
    by_changed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Case KPIs today"), "kpis", parent)
        self.by = "department"
        self.period_text = self.tr("today")  # the page names the period it asked for
        self.rate_figures = True  # each row's rates in words beside its bars (not on the page)
        self.rows_with_cases = 0
        self.rows: list[dict[str, Any]] = []
        self.totals: dict[str, Any] = {}
        self.by_combo = QComboBox(self)
        self.by_combo.setObjectName("kpiBy")
        self.by_combo.addItem(self.tr("By department"), "department")
        self.by_combo.addItem(self.tr("By street"), "street")
        self.by_combo.currentIndexChanged.connect(self._on_by_combo_changed)
        self.set_legend(self._legend())
        self.add_control(self.by_combo)
        self.rates = ChartView(self)
        self.rates.hover_text = self.rates_text
        self.rates.getPlotItem().getAxis("left").setWidth(200)
        self.rates.getPlotItem().showGrid(x=True, y=False, alpha=0.18)
        self.rates.getPlotItem().getAxis("bottom").setTicks(
            [[(float(p), f"{p}%") for p in range(0, 101, 50)], []]  # legible when narrow
        )
        self.overdue = ChartView(self)
        self.overdue.hover_text = self.overdue_text
        self.overdue.getPlotItem().getAxis("left").setStyle(showValues=False)
        self.overdue.getPlotItem().showGrid(x=True, y=False, alpha=0.18)
        self.overdue.clicked.connect(self._on_overdue_clicked)
        for view in (self.rates, self.overdue):
            view.box.invertY(True)
        self.overdue.setYLink(self.rates)
        self.on_time = self._bars(GROUP, "green")
        self.rework = self._bars(GROUP, "yellow")
        self.red = self._bars(0.7, "red")
        for bars in (self.on_time, self.rework, self.red):
            bars.setOpts(pen=pen("#111923"))
        self.rates.addItem(self.on_time)
        self.rates.addItem(self.rework)
        self.overdue.addItem(self.red)
        self.counts: list[pg.TextItem] = []
        self.rate_labels: list[pg.TextItem] = []
        plots = QHBoxLayout()
        plots.setSpacing(0)
        plots.addWidget(self.rates, 3)
        plots.addWidget(self.overdue, 1)
        self.body.addLayout(plots, 1)

    @staticmethod
    def _bars(height: float, color: str) -> pg.BarGraphItem:
        return pg.BarGraphItem(x0=[], y=[], height=height, width=[], brush=brush(FILL[color]))

    def _legend(self) -> str:
        # The rates in the words of the 督考 table's columns (the same page shows both).
        return legend_html(
            [
                legend_entry(FILL[color], text)
                for color, text in (
                    ("green", BY_COLUMN["on_time_closure_rate"].title()),
                    ("yellow", BY_COLUMN["rework_rate"].title()),
                    ("red", self.tr("Overdue open (click)")),
                )
            ]
        )

    def show_kpis(self, body: dict[str, Any]) -> None:
        """Redraw from GET /kpis: the rows with cases, most overdue first."""
        self.by = str(body.get("by") or self.by)
        self.totals = body.get("totals") or {}
        rows = [r for r in body.get("rows") or [] if r.get("intake") or r.get("overdue_open")]
        rows.sort(key=lambda r: (-(r.get("overdue_open") or 0), -(r.get("intake") or 0)))
        self.rows_with_cases = len(rows)
        self.rows = rows[:SHOWN]
        n = len(self.rows)
        ys = list(range(n))
        on_time = [float(r.get("on_time_closure_rate") or 0.0) for r in self.rows]
        rework = [float(r.get("rework_rate") or 0.0) for r in self.rows]
        overdue = [float(r.get("overdue_open") or 0) for r in self.rows]
        self.on_time.setOpts(x0=[0.0] * n, y=[y - GROUP / 2 for y in ys], width=on_time)
        self.rework.setOpts(x0=[0.0] * n, y=[y + GROUP / 2 for y in ys], width=rework)
        self.red.setOpts(x0=[0.0] * n, y=ys, width=overdue)
        self.rates.set_category_ticks("left", [str(r.get("name")) for r in self.rows])
        # Room for the figures after the bars (when shown).
        self.rates.setXRange(0, 125 if self.rate_figures else 102, padding=0)
        self._label_rates(on_time, rework)
        top = nice_top(max(overdue, default=1.0), 1.3)  # room for the count after each bar
        self.overdue.setXRange(0, top, padding=0)
        count_axis(self.overdue, "bottom", top)
        while len(self.counts) < n:
            label = pg.TextItem(color=INK["red"], anchor=(0, 0.5))
            self.overdue.addItem(label)
            self.counts.append(label)
        for i, label in enumerate(self.counts):
            if i < n:
                label.setText(str(int(overdue[i])))
                label.setPos(overdue[i] + top * 0.02, i)
            label.setVisible(i < n and overdue[i] > 0)
        self.rates.setYRange(-0.6, max(0.6, n - 0.4), padding=0)
        t = self.totals
        title = (
            self.tr("Case KPIs %4: on-time closure %1, rework %2, overdue open %3")
            if self.period_text
            else self.tr("On-time closure %1, rework %2, overdue open %3")  # the page names it
        )
        title = (
            title.replace("%1", fmt.percent(t.get("on_time_closure_rate")))
            .replace("%2", fmt.percent(t.get("rework_rate")))
            .replace("%3", str(t.get("overdue_open", fmt.DASH)))
            .replace("%4", self.period_text)
        )
        if self.rows_with_cases > n:
            title += (
                self.tr(" (the worst %1 of %2 rows)")
                .replace("%1", str(n))
                .replace("%2", str(self.rows_with_cases))
            )
        self.set_title(title)
        self.show_notice("" if self.rows else self.tr("No cases in this period."))

    def _label_rates(self, on_time: list[float], rework: list[float]) -> None:
        """Each row's two rates in figures, so that 0 % and 'no cases closed' differ."""
        while len(self.rate_labels) < len(self.rows):
            label = pg.TextItem(color=TEXT, anchor=(0, 0.5))
            self.rates.addItem(label)
            self.rate_labels.append(label)
        for i, label in enumerate(self.rate_labels):
            if i < len(self.rows):
                row = self.rows[i]
                label.setText(
                    self.tr("on time %1 · rework %2")
                    .replace("%1", fmt.percent(row.get("on_time_closure_rate")))
                    .replace("%2", fmt.percent(row.get("rework_rate")))
                )
                label.setPos(max(on_time[i], rework[i]) + 1.0, i)
            label.setVisible(i < len(self.rows) and self.rate_figures)

    def rates_text(self, _x: float, y: float) -> str | None:
        """A row's rates with their units."""
        i = round(y)
        if not 0 <= i < len(self.rows):
            return None
        r = self.rows[i]
        return (
            self.tr("%1\nOn-time closure %2 · rework %3\nIntake %4 cases · closure %5")
            .replace("%1", str(r.get("name")))
            .replace("%2", fmt.percent(r.get("on_time_closure_rate")))
            .replace("%3", fmt.percent(r.get("rework_rate")))
            .replace("%4", str(r.get("intake", 0)))
            .replace("%5", fmt.percent(r.get("closure_rate")))
        )

    def overdue_text(self, _x: float, y: float) -> str | None:
        """A row's overdue count, and what a click does."""
        i = bar_index(y, len(self.rows), 0.9)
        if i < 0:
            return None
        r = self.rows[i]
        return (
            self.tr("%1: %2 open cases overdue\nClick to show them in the queue")
            .replace("%1", str(r.get("name")))
            .replace("%2", str(r.get("overdue_open", 0)))
        )

    def request_filter(self, key: str) -> None:
        """Ask the queue for this department's (street's) overdue open cases; for the row of
        cases without one, ask for the list of those cases."""
        if key in WITHOUT:
            row = next((r for r in self.rows if r.get("key") == key), {"key": key})
            self.cases_requested.emit(row, "overdue_open")
            return
        self.filter_requested.emit({self.by: key, "color": "red"})

    def bar_position(self, key: str) -> tuple[float, float] | None:
        """The data point in the middle of a row's red bar (None: not shown)."""
        for i, row in enumerate(self.rows):
            if row.get("key") == key:
                return float(row.get("overdue_open") or 0) / 2, float(i)
        return None

    def _on_overdue_clicked(self, _x: float, y: float) -> None:
        i = bar_index(y, len(self.rows), 0.9)
        if i >= 0 and self.rows[i].get("overdue_open"):
            self.request_filter(str(self.rows[i]["key"]))

    def _on_by_combo_changed(self, _index: int) -> None:
        self.by_changed.emit(str(self.by_combo.currentData()))

    def table(self) -> Table:
        header = [
            self.tr("Department") if self.by == "department" else self.tr("Street"),
            self.tr("Intake"),
            self.tr("On-time closure %"),
            self.tr("Rework %"),
            self.tr("Closure %"),
            self.tr("Overdue open"),
            self.tr("Score"),
        ]
        keys = ("intake", "on_time_closure_rate", "rework_rate", "closure_rate", "overdue_open")
        rows = [[r.get("name"), *(r.get(k) for k in keys), r.get("score")] for r in self.rows]
        return header, rows
