"""三色 totals: open cases by color in huge figures, and how they went over the last 24 hours.

The curves come from the server (GET /supervision/color-trend, read when the wall starts
and every few minutes: a fresh wall shows the past day) and go on with the totals the wall
reads between two reads (console/wall/daytrend.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from console.charts.frame import legend_entry, legend_html
from console.wall.daytrend import COLORS, SHANGHAI, ColorTrend
from console.wall.panel import WallPanel, fit_window_axis, scale_chart
from console.wall.scale import WallScale
from widgets.chart_kit import ChartView, nice_top
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
    """Red, yellow and green open cases now; below, their curves over the last 24 hours."""

    def __init__(
        self,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(SHANGHAI),
    ) -> None:
        super().__init__("totals", self.tr("Open cases by SLA color"), parent)
        self._now = clock
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
        # Colored dashes: rich text made of escaped parts (legend_entry, html.escape below).
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.legend)
        self.chart = ChartView(self)
        self.curves = {
            color: pg.PlotDataItem(pen=pg.mkPen(INK[color], width=1)) for color in COLORS
        }
        for curve in self.curves.values():
            self.chart.addItem(curve)
        self.body.addWidget(self.chart, 3)
        self.chart.box.sigResized.connect(lambda *_: self._fit_axis())
        self.trend = ColorTrend()
        self.totals: dict[str, int] = {}
        self.span = (0.0, 24.0)  # x of the window's ends: hours since the midnight before it
        self.top = 1.0  # y's end
        # The server's clock less this machine's (from the trend's `now`): own samples are
        # dated on the server's clock, as its points are (a wall PC's clock may be off).
        self.skew = timedelta(0)
        self.legend.setText(
            legend_html(
                [
                    legend_entry(INK["red"], self.tr("Overdue"), "━"),
                    legend_entry(INK["yellow"], self.tr("Due soon"), "━"),
                    legend_entry(INK["green"], self.tr("On time"), "━"),
                ]
            )
            + "&nbsp;&nbsp;"
            + html.escape(self.tr("last 24 hours"))
        )

    def apply_scale(self, scale: WallScale) -> None:
        super().apply_scale(scale)
        scale_chart(self.chart, scale)
        # Room for a few ticks and the hours under them: the duty console's 150 px minimum
        # overflows a tiled view on a 768-line screen and cuts the hours off.
        self.chart.setMinimumHeight(4 * scale.small)
        self._fit_axis()
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
        # A short view (tiled) gives the legend's line to the curves (their colors are the
        # boxes' above them) and more of its height, so that the hours under them show.
        tall = self.height() >= 16 * self.scale.body
        self.legend.setVisible(tall)
        self.body.setStretch(0, 3 if tall else 2)  # the boxes
        self.body.setStretch(2, 3 if tall else 4)  # the chart

    def show_summary(self, body: dict[str, Any], at: datetime | None = None) -> None:
        """The totals of GET /cases/summary; also the curves' newest sample."""
        colors = body.get("color") or {}
        self.totals = {c: int(colors.get(c, 0)) for c in COLORS}
        for color, box in self.boxes.items():
            box.set_count(self.totals[color])
        self.trend.add(at or self.server_now(), self.totals)
        self._draw()

    def server_now(self) -> datetime:
        """Now on the server's clock, as far as the last trend told it."""
        return self._now() + self.skew

    def show_trend(self, body: dict[str, Any]) -> None:
        """The last hours as the server rebuilt them (GET /supervision/color-trend)."""
        if isinstance(now := body.get("now"), str):
            self.skew = datetime.fromisoformat(now) - self._now()
        self.trend.load(list(body.get("points") or []), until=self.server_now())
        self._draw()

    def _window(self) -> tuple[datetime, datetime]:
        trend = self.trend
        now = self.server_now()
        end = max(trend.times[-1], now) if trend.times else now
        return end - trend.window, end

    def _fit_axis(self) -> None:
        fit_window_axis(self.chart, self.scale, *self.span)
        # Counts as often as their type allows on this height (a tiled view is short).
        height = self.chart.box.height() or self.chart.height()
        fit = max(1, int(height // (1.5 * self.scale.small)))
        steps = [1]  # 1, 2, 5, 10, 20, 50, …
        while self.top / steps[-1] > fit:
            steps.append(steps[-1] * 5 // 2 if str(steps[-1]).startswith("2") else steps[-1] * 2)
        below = [n for n in steps if n <= self.top * 0.9]  # at least one count labelled
        step = steps[-1] if steps[-1] <= self.top * 0.9 or not below else below[-1]
        self.chart.getPlotItem().getAxis("left").setTickSpacing(step, step)

    def _draw(self) -> None:
        first, last = self._window()
        midnight = first.astimezone(SHANGHAI).replace(hour=0, minute=0, second=0, microsecond=0)

        def hours(moment: datetime) -> float:
            return (moment - midnight) / timedelta(hours=1)

        xs = [hours(t) for t in self.trend.times]
        for color in COLORS:
            self.curves[color].setData(xs, [float(n) for n in self.trend.counts[color]])
        self.span = (hours(first), hours(last))
        values = [n for c in COLORS for n in self.trend.counts[c]]
        self.top = nice_top(max(values, default=1))
        self.chart.setYRange(0, self.top, padding=0)
        self._fit_axis()
