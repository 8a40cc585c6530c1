"""One indicator's ranking of the ten areas in a period: bars by value, colored by growth tier."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QWidget

from console.charts import fmt
from console.charts.export import Table
from console.charts.frame import ChartFrame, legend_entry, legend_html
from console.tasks import TaskRunner
from widgets.chart_kit import TEXT, ChartView, bar_index, brush, nice_top, pen
from widgets.sla_palette import FILL

BAR = 0.7
LABEL_PIXELS = 52  # room right of the longest bar for its value
HOME_MARK = "★"


def tier_legend() -> str:
    """■ 优势 ■ 中游 ■ 落后, each square in its tier's color (rich text)."""
    return legend_html(
        [legend_entry(FILL[fmt.TIER_COLOR[tier]], fmt.tier_label(tier)) for tier in fmt.TIERS]
    )


class RankingChart(ChartFrame):
    """Horizontal bars, first place on top; the home area is starred; period switchable."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Ranking"), "ranking", parent)
        self.rows: list[dict[str, Any]] = []
        self.home_area = ""  # set from GET /indicators (the area with "home": true)
        self.period = ""
        self.unit = ""
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("rankingPeriod")
        self.set_legend(tier_legend())
        self.add_control(self.period_combo)
        self.view = ChartView(self)
        self.view.hover_text = self.hover_text
        self.view.box.invertY(True)
        self.view.getPlotItem().showGrid(x=True, y=False, alpha=0.18)
        self.view.getPlotItem().getAxis("left").setWidth(128)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=BAR, width=[], brushes=[])
        self.view.addItem(self.bars)
        self.view.box.sigResized.connect(self._on_box_resized)
        self.labels: list[pg.TextItem] = []
        self.body.addWidget(self.view, 1)

    def set_periods(self, periods: list[str]) -> None:
        """The periods to choose from, latest first."""
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in reversed(periods):
            self.period_combo.addItem(period, period)
        self.period_combo.blockSignals(False)

    def show_ranking(self, body: dict[str, Any]) -> None:
        """Redraw from GET /indicators/{code}/ranking."""
        indicator = body.get("indicator") or {}
        self.unit = str(indicator.get("unit") or "")
        self.period = str(body.get("period") or "")
        self.rows = sorted(body.get("rows") or [], key=lambda r: r.get("rank_value") or 99)
        index = self.period_combo.findData(self.period)
        if index >= 0:
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(index)
            self.period_combo.blockSignals(False)
        values = [float(r.get("value") or 0.0) for r in self.rows]
        colors = [FILL[fmt.TIER_COLOR.get(str(r.get("tier")), "none")] for r in self.rows]
        self.bars.setOpts(
            x0=[0.0] * len(values),
            y=list(range(len(values))),
            width=values,
            height=BAR,
            brushes=[brush(c) for c in colors],
            pens=[pen(c) for c in colors],
        )
        names = [
            (HOME_MARK if r.get("area") == self.home_area else "") + str(r.get("area_name"))
            for r in self.rows
        ]
        self.view.set_category_ticks("left", names)
        top = self._fit_x()
        self.view.setYRange(-0.6, max(0.6, len(values) - 0.4), padding=0)
        while len(self.labels) < len(self.rows):
            label = pg.TextItem(color=TEXT, anchor=(0, 0.5))
            self.view.addItem(label)
            self.labels.append(label)
        for i, label in enumerate(self.labels):
            if i < len(self.rows):
                row = self.rows[i]
                label.setText(fmt.number(row.get("value")))
                label.setPos(values[i] + top * 0.01, i)
            label.setVisible(i < len(self.rows))
        self.set_title(self.tr("Ranking (%1)").replace("%1", self.unit))
        self.show_notice("" if self.rows else self.tr("No data for this period."))

    def _fit_x(self) -> float:
        """x up to the longest bar plus room, in pixels, for its value label; returns the end."""
        longest = max((float(r.get("value") or 0.0) for r in self.rows), default=1.0)
        pixels = self.view.box.width()
        share = LABEL_PIXELS / pixels if pixels > 2 * LABEL_PIXELS else 0.35
        top = nice_top(longest, 1.0 / (1.0 - share))
        self.view.setXRange(0, top, padding=0)
        return top

    def _on_box_resized(self, *_args: object) -> None:
        if self.rows:
            top = self._fit_x()
            for label, row in zip(self.labels, self.rows, strict=False):
                label.setPos(float(row.get("value") or 0.0) + top * 0.01, label.pos().y())

    def hover_text(self, x: float, y: float) -> str | None:
        """The area under the cursor: value with unit, growth, both ranks and its tier."""
        i = bar_index(y, len(self.rows), BAR)
        if i < 0:
            return None
        row = self.rows[i]
        return (
            self.tr("%1 (%2)\nValue %3 %4, %5\nGrowth %6, %7, %8")
            .replace("%1", str(row.get("area_name")))
            .replace("%2", str(row.get("period", self.period)))
            .replace("%3", fmt.number(row.get("value")))
            .replace("%4", self.unit)
            .replace("%5", fmt.rank_text(row.get("rank_value")))
            .replace("%6", fmt.signed_percent(row.get("growth")))
            .replace("%7", fmt.rank_text(row.get("rank_growth")))
            .replace("%8", fmt.tier_label(row.get("tier")))
        )

    def table(self) -> Table:
        header = [
            self.tr("Rank by value"),
            self.tr("Area"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Growth %"),
            self.tr("Rank by growth"),
            self.tr("Tier"),
            self.tr("Period"),
        ]
        rows = [
            [
                r.get("rank_value"),
                r.get("area_name"),
                r.get("value"),
                self.unit,
                r.get("growth"),
                r.get("rank_growth"),
                fmt.tier_label(r.get("tier")),
                r.get("period", self.period),
            ]
            for r in self.rows
        ]
        return header, rows
