"""Cases reported per hour today, stacked by channel; a new case from the feed adds one at once."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from console.charts import clock
from console.charts.export import Table
from console.charts.frame import ChartFrame, legend_entry, legend_html
from console.contract import Case
from console.models import labels
from console.tasks import TaskRunner
from widgets.chart_kit import ChartView, brush, count_axis, nice_top, pen

# Channel colors stay clear of green/yellow/red, which mean SLA states everywhere else.
CHANNEL_COLORS = {
    "hotline_12345": "#4a90e2",
    "grid": "#26c6da",
    "river_patrol": "#7e57c2",
    "video": "#ce93d8",
    "city": "#bcaaa4",
    "open311": "#90a4ae",
}
REDRAW_MS = 100  # live additions within this time are drawn together


class IntakeChart(ChartFrame):
    """One stacked bar item per channel, created once; live cases only update their heights."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, self.tr("Cases reported per hour"), "intake", parent)
        self.bucket = timedelta(minutes=60)
        self.starts: list[datetime] = []
        self.counts: dict[str, list[int]] = {}
        self.view = ChartView(self)
        self.view.hover_text = self.hover_text
        clock.set_day_axis(self.view)
        self.bars: dict[str, pg.BarGraphItem] = {}
        self.body.addWidget(self.view, 1)
        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._redraw.timeout.connect(self._draw)

    def channels(self) -> list[str]:
        """The channels with a series, in the queue's order (unknown ones last)."""
        known = [c for c in labels.CHANNELS if c in self.counts]
        return known + sorted(c for c in self.counts if c not in labels.CHANNELS)

    def show_intake(self, body: dict[str, Any]) -> None:
        """Redraw from GET /kpis/intake."""
        self.bucket = timedelta(minutes=int(body.get("bucket_minutes") or 60))
        buckets = body.get("buckets") or []
        self.starts = [clock.parse(b["start"]) for b in buckets]
        channels = list(body.get("channels") or [])
        for b in buckets:
            channels += [c for c in b.get("counts", {}) if c not in channels]
        self.counts = {c: [int(b.get("counts", {}).get(c, 0)) for b in buckets] for c in channels}
        self._draw()

    def add_case(self, case: Case) -> bool:
        """Count a case just reported (from the feed); False if it is outside today's buckets."""
        if not self.starts or not case.created_at:
            return False
        created = clock.parse(case.created_at)
        first = self.starts[0]
        index = int((created - first) / self.bucket)
        if index < 0 or clock.hour_of_day(created, first) >= clock.DAY_HOURS:
            return False
        while len(self.starts) <= index:  # a new hour has begun since the last fetch
            self.starts.append(self.starts[-1] + self.bucket)
            for series in self.counts.values():
                series.append(0)
        channel = case.channel or ""
        series = self.counts.setdefault(channel, [0] * len(self.starts))
        series[index] += 1
        if not self._redraw.isActive():
            self._redraw.start()
        return True

    def total(self) -> int:
        """Cases shown, all channels and hours."""
        return sum(sum(series) for series in self.counts.values())

    def _draw(self) -> None:
        half = self.bucket / timedelta(hours=2)
        xs = [clock.hour_of_day(s, self.starts[0]) + half for s in self.starts]
        width = self.bucket / timedelta(hours=1) * 0.8
        base = [0.0] * len(self.starts)
        legend = []
        for channel in self.channels():
            series = self.counts[channel]
            color = CHANNEL_COLORS.get(channel, "#b0bec5")
            bars = self.bars.get(channel)
            if bars is None:
                bars = pg.BarGraphItem(
                    x=[], height=[], width=width, brush=brush(color), pen=pen(color)
                )
                self.view.addItem(bars)
                self.bars[channel] = bars
            bars.setOpts(x=xs, y0=list(base), height=[float(v) for v in series], width=width)
            base = [b + v for b, v in zip(base, series, strict=True)]
            name = labels.channel_label(channel)
            legend.append(legend_entry(color, f"{name} {sum(series)}"))
        self.set_legend(legend_html(legend))
        top = nice_top(max(base, default=1.0))
        self.view.setYRange(0, top, padding=0)
        count_axis(self.view, "left", top)
        title = self.tr("Cases reported per hour today: %1")
        self.set_title(title.replace("%1", str(self.total())))
        self.show_notice("")

    def _bucket_at(self, x: float) -> int:
        if not self.starts:
            return -1
        for i, start in enumerate(self.starts):
            begin = clock.hour_of_day(start, self.starts[0])
            if begin <= x < begin + self.bucket / timedelta(hours=1):
                return i
        return -1

    def hover_text(self, x: float, _y: float) -> str | None:
        """The hour under the cursor: its total and each channel's count."""
        i = self._bucket_at(x)
        if i < 0:
            return None
        start = self.starts[i]
        lines = [
            self.tr("%1–%2: %3 cases")
            .replace("%1", start.strftime("%H:%M"))
            .replace("%2", (start + self.bucket).strftime("%H:%M"))
            .replace("%3", str(sum(series[i] for series in self.counts.values())))
        ]
        for channel in self.channels():
            if self.counts[channel][i]:
                lines.append(f"{labels.channel_label(channel)}: {self.counts[channel][i]}")
        return "\n".join(lines)

    def table(self) -> Table:
        channels = self.channels()
        header = [self.tr("Hour from"), *(labels.channel_label(c) for c in channels)]
        header.append(self.tr("Total"))
        rows = []
        for i, start in enumerate(self.starts):
            counts = [self.counts[c][i] for c in channels]
            rows.append([start.isoformat(), *counts, sum(counts)])
        return header, rows
