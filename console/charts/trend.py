"""An indicator's trend: 崇川区 against the other areas, by value or by growth (switchable)."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QToolButton, QWidget

from console.charts import fmt
from console.charts.export import Table
from console.charts.frame import ChartFrame, legend_entry, legend_html
from console.tasks import TaskRunner
from widgets.chart_kit import HOME, OTHERS, TEXT, ChartView, brush, pen

MODES = ("value", "growth")


class TrendChart(ChartFrame):
    """One curve per area (created once, then `setData`); the home area stands out in color."""

    indicator_chosen = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Trend"), "trend", parent)
        self.mode = "growth"  # the value is cumulative in the year: growth compares better
        self.series: list[dict[str, Any]] = []
        self.periods: list[str] = []
        self.unit = ""
        self.indicator_combo = QComboBox(self)
        self.indicator_combo.setObjectName("trendIndicator")
        self.indicator_combo.currentIndexChanged.connect(self._on_combo_changed)
        self.mode_buttons: dict[str, QToolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for mode, text in (("value", self.tr("Value")), ("growth", self.tr("Growth"))):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"trendMode_{mode}")
            button.toggled.connect(lambda on, m=mode: self.set_mode(m) if on else None)
            group.addButton(button)
            self.mode_buttons[mode] = button
        self.title.hide()  # the indicator box says what is shown; the plot gets the width
        self.add_control(self.indicator_combo)
        for button in self.mode_buttons.values():
            self.add_control(button)
        self.view = ChartView(self)
        self.view.hover_text = self.hover_text
        item = self.view.getPlotItem()
        item.setClipToView(True)  # effective: x auto-range is off (ChartView)
        item.setDownsampling(auto=True, mode="peak")
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.body.addWidget(self.view, 1)
        self.mode_buttons[self.mode].setChecked(True)

    def set_indicators(self, indicators: list[dict[str, Any]], current: str) -> None:
        """The indicator choices (names from GET /indicators)."""
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for indicator in indicators:
            self.indicator_combo.addItem(str(indicator["name"]), str(indicator["code"]))
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(current)))
        self.indicator_combo.blockSignals(False)

    def set_mode(self, mode: str) -> None:
        """Plot values (with the unit) or growth rates (%)."""
        self.mode = mode
        if not self.mode_buttons[mode].isChecked():
            self.mode_buttons[mode].setChecked(True)
        self._draw()

    def show_series(self, body: dict[str, Any]) -> None:
        """Redraw from GET /indicators/{code}/series."""
        indicator = body.get("indicator") or {}
        self.unit = str(indicator.get("unit") or "")
        self.series = sorted(body.get("series") or [], key=lambda s: not s.get("home"))
        periods = {p["period"] for s in self.series for p in s.get("points", [])}
        self.periods = sorted(periods)
        code = str(indicator.get("code") or "")
        index = self.indicator_combo.findData(code)
        if index >= 0 and index != self.indicator_combo.currentIndex():
            self.indicator_combo.blockSignals(True)
            self.indicator_combo.setCurrentIndex(index)
            self.indicator_combo.blockSignals(False)
        self._draw()

    def _curve(self, area: dict[str, Any]) -> pg.PlotDataItem:
        code = str(area["area"])
        curve = self.curves.get(code)
        if curve is None:
            if area.get("home"):
                curve = pg.PlotDataItem(
                    pen=pen(HOME), symbol="o", symbolSize=7, symbolBrush=brush(HOME),
                    symbolPen=pen(HOME),
                )  # fmt: skip
                curve.setZValue(10)
                home = legend_entry(HOME, str(area.get("area_name", code)), "●━")
                others = legend_entry(OTHERS, self.tr("Other areas"), "━")
                self.set_legend(legend_html([home, others]))
            else:
                curve = pg.PlotDataItem(pen=pen(OTHERS))
            self.view.addItem(curve)
            self.curves[code] = curve
        return curve

    def _draw(self) -> None:
        index = {period: i for i, period in enumerate(self.periods)}
        low, high = math.inf, -math.inf
        for area in self.series:
            xs, ys = [], []
            for point in area.get("points", []):
                y = point.get(self.mode)
                if y is not None and point["period"] in index:
                    xs.append(float(index[point["period"]]))
                    ys.append(float(y))
            self._curve(area).setData(xs, ys)
            if ys:
                low, high = min(low, *ys), max(high, *ys)
        if not math.isfinite(low):
            low, high = 0.0, 1.0
        pad = (high - low) * 0.08 or 1.0
        self.view.setYRange(min(low - pad, 0.0) if self.mode == "value" else low - pad, high + pad)
        self.view.setXRange(-0.5, max(0.5, len(self.periods) - 0.5), padding=0)
        short = [period[2:] for period in self.periods]  # 2026-10 → 26-10
        self.view.set_category_ticks("bottom", short, every=max(1, -(-len(short) // 5)))
        label = self.unit if self.mode == "value" else "%"
        self.view.getPlotItem().setLabel("left", label, color=TEXT)
        self.show_notice("" if self.series else self.tr("No trend data yet."))

    def hover_text(self, x: float, y: float) -> str | None:
        """The period under the cursor: 崇川区's value and growth, and the nearest other area."""
        i = round(x)
        if not 0 <= i < len(self.periods):
            return None
        period = self.periods[i]
        lines = [period]
        nearest: tuple[float, str] | None = None
        for area in self.series:
            point = next((p for p in area.get("points", []) if p["period"] == period), None)
            if point is None:
                continue
            text = self.tr("%1: %2 %3, growth %4").replace("%1", str(area.get("area_name")))
            text = text.replace("%2", fmt.number(point.get("value"))).replace("%3", self.unit)
            text = text.replace("%4", fmt.signed_percent(point.get("growth")))
            if area.get("home"):
                lines.insert(1, text)
            elif point.get(self.mode) is not None:
                distance = abs(float(point[self.mode]) - y)
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, text)
        if nearest is not None:
            lines.append(nearest[1])
        return "\n".join(lines)

    def table(self) -> Table:
        header = [
            self.tr("Period"),
            self.tr("Area"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Growth %"),
        ]
        rows = [
            [p["period"], area.get("area_name"), p.get("value"), self.unit, p.get("growth")]
            for area in self.series
            for p in area.get("points", [])
        ]
        return header, rows

    def _on_combo_changed(self, _index: int) -> None:
        code = self.indicator_combo.currentData()
        if code:
            self.indicator_chosen.emit(str(code))
