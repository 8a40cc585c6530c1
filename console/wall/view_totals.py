"""三色 totals: open cases by color in huge figures, and how they went over the day."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from console.charts import clock
from console.charts.frame import legend_entry, legend_html
from console.wall.daytrend import COLORS, SHANGHAI, DayTrend
from console.wall.panel import WallPanel, fit_day_axis, scale_chart
from console.wall.scale import WallScale
from widgets.chart_kit import ChartView, count_axis, nice_top
from widgets.plain_text import PlainLabel
from widgets.sla_palette import INK, TONES


class FigureBox(QWidget):
    """One color's name over its count, in the color's fill."""

    def __init__(self, color: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tone = TONES[color]
        self.setObjectName(f"wallFigure_{color}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            f"QWidget#wallFigure_{color} {{ background: {tone.fill}; border-radius: 8px; }}"
            f"QWidget#wallFigure_{color} QLabel {{ color: {tone.text}; background: transparent; }}"
        )
        self.name = PlainLabel(name, self)
        self.name.setObjectName("wallFigureName")
        self.value = PlainLabel("–", self)
        self.value.setObjectName("wallFigure")
        for label in (self.name, self.value):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.value, 1)

        self.scale = WallScale(1080)
        self._sizes = (0, 0)

    def set_count(self, count: int) -> None:
        """The figure shown."""
        self.value.setText(str(count))
        self.fit()

    def apply_scale(self, scale: WallScale) -> None:
        """The wall's sizes, as far as the box holds them."""
        self.scale = scale
        self.fit()

    def fit(self) -> None:
        """Name and figure as large as the box holds (a tiled wall has small boxes)."""
        s = self.scale
        digits = max(3, len(self.value.text()))
        name = min(s.title, self.height() // 5, self.width() // 4)
        figure = min(s.figure, round(self.height() * 0.5), round(self.width() / (0.62 * digits)))
        sizes = (max(12, name), max(14, figure))
        if sizes != self._sizes:  # a style sheet is re-read and the widget re-polished
            self._sizes = sizes
            self.name.setStyleSheet(f"font-size: {sizes[0]}px;")
            self.value.setStyleSheet(f"font-size: {sizes[1]}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


class TotalsView(WallPanel):
    """Red, yellow and green open cases now; below, the day's curves (red from the server)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("totals", self.tr("Open cases by SLA color"), parent)
        names = {
            "red": self.tr("Overdue"),
            "yellow": self.tr("Due soon"),
            "green": self.tr("On time"),
        }
        self.boxes = {color: FigureBox(color, names[color], self) for color in COLORS[::-1]}
        row = QHBoxLayout()
        for color in ("red", "yellow", "green"):
            row.addWidget(self.boxes[color], 1)
        self.body.addLayout(row, 3)
        self.legend = PlainLabel(self)
        self.legend.setObjectName("chartLegend")
        self.body.addWidget(self.legend)
        self.chart = ChartView(self)
        clock.set_day_axis(self.chart)
        self.curves = {
            color: pg.PlotDataItem(pen=pg.mkPen(INK[color], width=1)) for color in COLORS
        }
        for curve in self.curves.values():
            self.chart.addItem(curve)
        self.body.addWidget(self.chart, 3)
        self.chart.box.sigResized.connect(lambda *_: fit_day_axis(self.chart, self.scale))
        self.trend = DayTrend()
        self.totals: dict[str, int] = {}
        self.red_points: list[tuple[float, int]] = []
        self.legend.setText(
            legend_html(
                [
                    legend_entry(INK["red"], self.tr("Overdue"), "━"),
                    legend_entry(INK["yellow"], self.tr("Due soon"), "━"),
                    legend_entry(INK["green"], self.tr("On time"), "━"),
                ]
            )
        )

    def apply_scale(self, scale: WallScale) -> None:
        super().apply_scale(scale)
        scale_chart(self.chart, scale)
        fit_day_axis(self.chart, scale)
        # Lines seen from 5 m: a few pixels wide (three curves of at most 1,440 points; the
        # 1 px rule of chart_kit is for the dense charts of the duty console).
        width = max(2, scale.height // 360)
        for color, curve in self.curves.items():
            curve.setPen(pg.mkPen(INK[color], width=width))
        for box in self.boxes.values():
            box.apply_scale(scale)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # A short view (tiled) gives the legend's line to the curves: their colors are the
        # boxes' above them.
        self.legend.setVisible(self.height() >= 16 * self.scale.body)

    def show_summary(self, body: dict[str, Any], at: datetime | None = None) -> None:
        """The totals of GET /cases/summary; also a sample of the day's curves."""
        colors = body.get("color") or {}
        self.totals = {c: int(colors.get(c, 0)) for c in COLORS}
        for color, box in self.boxes.items():
            box.set_count(self.totals[color])
        self.trend.add(at or datetime.now(SHANGHAI), self.totals)
        self._draw()

    def show_overdue(self, body: dict[str, Any]) -> None:
        """The red count every 15 minutes since midnight (GET /kpis/overdue)."""
        points = [(clock.parse(p["at"]), int(p.get("overdue") or 0)) for p in body["points"]]
        if points:
            day = points[0][0]
            self.red_points = [(clock.hour_of_day(at, day), n) for at, n in points]
        self._draw()

    def _draw(self) -> None:
        hours = self.trend.hours()
        for color in ("green", "yellow"):
            self.curves[color].setData(hours, [float(n) for n in self.trend.counts[color]])
        red = list(self.red_points)
        last = red[-1][0] if red else -1.0
        red += [(h, n) for h, n in zip(hours, self.trend.counts["red"], strict=True) if h > last]
        self.curves["red"].setData([h for h, _ in red], [float(n) for _, n in red])
        values = [n for _h, n in red] + [
            n for c in ("green", "yellow") for n in self.trend.counts[c]
        ]
        top = nice_top(max(values, default=1))
        self.chart.setYRange(0, top, padding=0)
        count_axis(self.chart, "left", top)
