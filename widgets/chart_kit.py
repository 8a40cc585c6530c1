"""pyqtgraph for the duty room: a dark themed plot, fixed-range axes, hover tips, bar hits.

Measured pitfalls this module keeps away from: pens wider than 1 px draw 2–4× slower (every
pen here is 1 px, emphasis comes from color and symbols); `enableAutoRange(False)` turns
auto-range back on (we call `disableAutoRange()` and set ranges ourselves); clipToView does
nothing while x auto-range is on; long series use peak downsampling; curves and bar items are
created once and then only get `setData`/`setOpts`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont
from PySide6.QtWidgets import QToolTip, QWidget

# SLA colors come from widgets/sla_palette.py: bars use its FILL, text and lines its INK.
BACKGROUND = "#1b2532"
AXIS = "#3b4d66"
TEXT = "#c7d2df"
HOME = "#4fc3f7"  # 崇川区's own line: the one color no other series uses
OTHERS = "#6b7d93"
TICK_POINTS = 10


def pen(color: str) -> pg.QtGui.QPen:
    """A cosmetic 1 px pen (wider pens are several times slower to draw)."""
    return pg.mkPen(color, width=1)


def brush(color: str, alpha: int = 255) -> pg.QtGui.QBrush:
    """A solid brush, optionally translucent."""
    qcolor = QColor(color)
    qcolor.setAlpha(alpha)
    return pg.mkBrush(qcolor)


class ChartView(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped: PlotWidget is Any
    """A static chart: dark background, readable axes, no mouse panning or context menu.

    `clicked(x, y)` reports a left click in data coordinates; `hover_text` (set by the owner)
    gives the tip for a data point, shown at the cursor with exact values and units.
    """

    clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background=BACKGROUND)
        self.hover_text: Callable[[float, float], str | None] | None = None
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.disableAutoRange()  # NOT enableAutoRange(False), which turns it back on
        item.showGrid(x=False, y=True, alpha=0.18)
        font = QFont(self.font())
        font.setPointSize(TICK_POINTS)
        for name in ("left", "bottom", "right", "top"):
            axis = item.getAxis(name)
            axis.setPen(pen(AXIS))
            axis.setTextPen(pen(TEXT))
            axis.setStyle(tickFont=font, tickTextOffset=4)
        self.setMinimumHeight(150)
        self.setAntialiasing(False)
        self.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

    @property
    def box(self) -> pg.ViewBox:
        """The plot's view box."""
        return self.getPlotItem().getViewBox()

    def set_category_ticks(self, axis: str, labels: Sequence[str], every: int = 1) -> None:
        """Label positions 0..n-1 of an axis with these names (every n-th one if crowded)."""
        major = [(float(i), text) for i, text in enumerate(labels) if i % every == 0]
        minor = [(float(i), "") for i in range(len(labels)) if i % every]
        self.getPlotItem().getAxis(axis).setTicks([major, minor])

    def data_point(self, scene_pos: QPointF) -> QPointF | None:
        """Data coordinates of a scene position inside the plotting area, else None."""
        box = self.box
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        point: QPointF = box.mapSceneToView(scene_pos)
        return point

    def tip_at(self, x: float, y: float) -> str | None:
        """The hover text for a data point (None: nothing there)."""
        return self.hover_text(x, y) if self.hover_text is not None else None

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self.data_point(scene_pos)
        text = self.tip_at(point.x(), point.y()) if point is not None else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def _on_scene_mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        point = self.data_point(event.scenePos())  # type: ignore[attr-defined]
        if point is not None:
            self.clicked.emit(point.x(), point.y())


def bar_index(position: float, count: int, width: float = 0.8) -> int:
    """The bar (centred on 0..count-1, `width` wide) under a coordinate, -1 for none."""
    index = round(position)
    if 0 <= index < count and abs(position - index) <= width / 2:
        return index
    return -1


def nice_top(value: float, headroom: float = 1.12) -> float:
    """An axis end a little above the largest value (at least 1)."""
    return max(1.0, float(value) * headroom)


def count_axis(view: ChartView, axis: str, top: float) -> None:
    """Whole-number ticks (1, 2, 5, 10, 20, …) for an axis of counts up to `top`."""
    step = 1
    while top / step > 6:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    view.getPlotItem().getAxis(axis).setTickSpacing(step, step)
