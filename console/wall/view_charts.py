"""Today's intake by channel and the indicator tiles: the charts pane's own widgets, enlarged.

The wall reuses IntakeChart and TilesChart as they are (console/charts); it only hides what a
wall has no use for (the export button, whose menu opens a file dialog) and sets their type
through its style sheet and the chart axes' fonts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from console.charts.frame import ChartFrame, legend_entry
from console.charts.intake import CHANNEL_COLORS, IntakeChart
from console.charts.tiles import COLUMNS as TILE_COLUMNS
from console.charts.tiles import TilesChart
from console.contract import Case
from console.models import labels
from console.tasks import TaskRunner
from console.wall.panel import WallPanel, fit_day_axis, scale_chart
from console.wall.scale import WallScale
from widgets.plain_text import PlainLabel


def _quiet(chart: ChartFrame) -> None:
    """No export button (its menu opens file dialogs) and no own title (the panel has one)."""
    chart.export_button.hide()
    chart.title.hide()


class IntakeView(WallPanel):
    """Cases reported per hour today, stacked by channel; the feed adds new ones at once."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__("intake", self.tr("Cases reported today"), parent)
        self.chart = IntakeChart(runner, self)
        _quiet(self.chart)
        # The channels' totals one a line beside the chart, not wrapped above it.
        self.chart.legend.setMaximumHeight(0)
        self.channels = PlainLabel(self)
        self.channels.setObjectName("wallLegend")
        self.channels.setTextFormat(Qt.TextFormat.RichText)  # escaped entries (legend_entry)
        self.channels.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.chart, 1)
        row.addWidget(self.channels)
        self.body.addLayout(row, 1)
        view = self.chart.view
        view.box.sigResized.connect(lambda *_: fit_day_axis(view, self.scale))

    def apply_scale(self, scale: WallScale) -> None:
        super().apply_scale(scale)
        scale_chart(self.chart.view, scale)
        fit_day_axis(self.chart.view, scale)

    def show_intake(self, body: dict[str, Any]) -> None:
        """Redraw from GET /kpis/intake."""
        self.chart.show_intake(body)
        self._retitle()

    def add_case(self, case: Case) -> None:
        """One more case reported (from the feed)."""
        if self.chart.add_case(case):
            self._retitle()

    def _retitle(self) -> None:
        text = self.tr("Cases reported today: %1").replace("%1", str(self.chart.total()))
        self.title.setText(text)
        lines = []
        for channel in self.chart.channels():
            color = CHANNEL_COLORS.get(channel, "#b0bec5")
            count = sum(self.chart.counts[channel])
            lines.append(legend_entry(color, f"{labels.channel_label(channel)} {count}"))
        self.channels.setText("<br>".join(lines))


class IndicatorsView(WallPanel):
    """The district's economic indicators as tiles, in the statistics bureau's order."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__("indicators", self.tr("Economic indicators"), parent)
        self.chart = TilesChart(runner, self)
        _quiet(self.chart)
        self.body.addWidget(self.chart, 1)

    def apply_scale(self, scale: WallScale) -> None:
        super().apply_scale(scale)
        self._fit_tiles()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_tiles()

    def _fit_tiles(self) -> None:
        """Type as large as a tile holds (three by three), never above the wall's sizes."""
        s = self.scale
        rows = max(1, -(-len(self.chart.tiles) // TILE_COLUMNS))
        tile_w = max(1, self.chart.width() // TILE_COLUMNS)
        tile_h = max(1, (self.chart.height() - s.title) // rows)
        name = min(s.body, tile_h // 5, tile_w // 9)
        value = min(round(s.title * 1.3), tile_h // 3, tile_w // 8)
        small = min(s.small, tile_h // 6, tile_w // 9)
        sheet = (
            f"QLabel#tileName {{ font-size: {max(12, name)}px; }}"
            f"QLabel#tileValue {{ font-size: {max(14, value)}px; }}"
            f"QLabel#tileGrowth {{ font-size: {max(12, small)}px; }}"
            f"QLabel#tileRank {{ font-size: {max(12, small)}px; }}"
        )
        if sheet != self.chart.styleSheet():  # re-polishing every tile costs: only on change
            self.chart.setStyleSheet(sheet)

    def show_indicators(self, body: dict[str, Any]) -> None:
        """Indicator names (GET /indicators)."""
        self.chart.set_names(list(body.get("indicators") or []))

    def show_scorecard(self, body: dict[str, Any]) -> None:
        """The tiles (GET /indicators/scorecard)."""
        self.chart.show_scorecard(body)
        self._fit_tiles()
        period = self.chart.period
        if period:
            title = self.tr("Economic indicators: %1")
            self.title.setText(title.replace("%1", period))
