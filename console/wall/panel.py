"""A wall view's frame: a title in large type over its content; hooks for scale and showing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from console.wall.scale import WallScale
from widgets.chart_kit import ChartView
from widgets.plain_text import PlainLabel


class WallPanel(QFrame):
    """One view of the wall; subclasses fill `body` and react to `apply_scale`."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallPanel")
        # The wall decides a view's size, never its content: a long name or a wide table
        # is cut rather than pushing the window past its screen.
        ignored = QSizePolicy.Policy.Ignored
        self.setSizePolicy(ignored, ignored)
        self.name = name
        self.title = PlainLabel(title, self)
        self.title.setObjectName("wallTitle")
        self.title.setSizePolicy(ignored, QSizePolicy.Policy.Preferred)
        self.note = PlainLabel(self)  # what is missing or stale, in small type
        self.note.setObjectName("wallNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note.setSizePolicy(ignored, QSizePolicy.Policy.Preferred)
        self.note.hide()
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addLayout(self.body, 1)
        self._layout.addWidget(self.note)
        self.scale = WallScale(1080)

    def apply_scale(self, scale: WallScale) -> None:
        """Fit what a style sheet cannot size (painted widgets, chart axes) to the screen."""
        self.scale = scale
        m = scale.margin
        self._layout.setContentsMargins(2 * m, m, 2 * m, m)
        self._layout.setSpacing(m)

    def set_active(self, active: bool) -> None:
        """The view is (not) on screen: a video plays only while seen."""

    def shut_down(self) -> None:
        """Stop whatever runs (the wall is closing)."""

    def set_note(self, text: str) -> None:
        """Say what is stale or missing (empty: nothing, and no room taken)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))


def scale_chart(view: ChartView, scale: WallScale) -> None:
    """A chart's axes in the wall's small type (pyqtgraph sizes them itself, not the sheet)."""
    font = QFont(view.font())
    font.setPixelSize(scale.small)
    item = view.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setStyle(tickFont=font, tickTextOffset=max(4, scale.margin))
    item.getAxis("bottom").setHeight(round(scale.small * 1.8))
    item.getAxis("left").setWidth(round(scale.small * 2.6))


HOUR_STEPS = (1, 2, 3, 4, 6, 8, 12)


def fit_day_axis(view: ChartView, scale: WallScale) -> None:
    """Hour labels (00:00–24:00) as often as their width allows on this chart's width."""
    width = view.getPlotItem().getViewBox().width() or view.width()
    label = scale.small * 3.6  # "15:00" and some air, in pixels
    per_hour = max(1.0, width / 24)
    step = next((s for s in HOUR_STEPS if s * per_hour >= label), 12)
    major = [(float(h), f"{h:02d}:00") for h in range(0, 25, step)]
    minor = [(float(h), "") for h in range(25) if h % step]
    view.getPlotItem().getAxis("bottom").setTicks([major, minor])


def fit_window_axis(view: ChartView, scale: WallScale, first: float, last: float) -> None:
    """A rolling window of hours on x (hours since a midnight, so past 24 the next day):
    whole clock hours labelled as often as the width allows, the range from `first` to `last`."""
    width = view.getPlotItem().getViewBox().width() or view.width()
    span = max(1e-6, last - first)
    label = scale.small * 3.6
    per_hour = max(1.0, width / span)
    step = next((s for s in HOUR_STEPS if s * per_hour >= label), 12)
    hours = range(int(first) + 1 if first > int(first) else int(first), int(last) + 1)
    major = [(float(h), f"{h % 24:02d}:00") for h in hours if h % 24 % step == 0]
    minor = [(float(h), "") for h in hours if h % 24 % step]
    axis = view.getPlotItem().getAxis("bottom")
    axis.setTicks([major, minor])
    view.setXRange(first, last, padding=0)
