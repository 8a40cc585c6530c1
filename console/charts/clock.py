"""Times of day on a chart's x axis: hours since midnight in the time's own offset (+08:00)."""

from __future__ import annotations

from datetime import datetime, timedelta

from widgets.chart_kit import ChartView

DAY_HOURS = 24


def parse(value: str) -> datetime:
    """An ISO 8601 time with offset."""
    return datetime.fromisoformat(value)


def hour_of_day(moment: datetime, day: datetime) -> float:
    """Hours from the day's midnight (`day`'s date and offset) to the moment."""
    midnight = day.replace(hour=0, minute=0, second=0, microsecond=0)
    return (moment - midnight) / timedelta(hours=1)


def clock_text(hours: float) -> str:
    """8.25 → '08:15'."""
    minutes = round(hours * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def set_day_axis(view: ChartView) -> None:
    """x from 00:00 to 24:00, a label every three hours, a tick every hour."""
    major = [(float(h), clock_text(h)) for h in range(0, DAY_HOURS + 1, 3)]
    minor = [(float(h), "") for h in range(DAY_HOURS + 1) if h % 3]
    view.getPlotItem().getAxis("bottom").setTicks([major, minor])
    view.setXRange(0, DAY_HOURS, padding=0.01)
