"""The wall's one window: a header, the connection banner, and the views rotating or tiled.

A plain top-level QWidget: no menu bar, no toolbar, no status bar, no context menu, and
nothing in it opens a dialog. It is shown full screen on its screen by the launcher.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiClient, ApiError, ServerUnavailable
from console.models import problem_text
from console.tasks import TaskRunner
from console.wall import allocator
from console.wall.data import WallData
from console.wall.daytrend import SHANGHAI
from console.wall.link import DOWN, LOGIN_FAILED, ONLINE, WallLink
from console.wall.options import WallOptions, grid_shape, next_index
from console.wall.panel import WallPanel
from console.wall.scale import WallScale, style_sheet
from console.wall.view_charts import IndicatorsView, IntakeView
from console.wall.view_economy import EconomyView
from console.wall.view_overdue import OverdueView
from console.wall.view_supervision import SupervisionView
from console.wall.view_totals import TotalsView
from console.wall.view_video import VideoView
from widgets.plain_text import PlainLabel

log = logging.getLogger(__name__)

GIVE_BACK_MS = 5 * 60_000

# Which view shows what each kind of data (WallData's keys).
VIEW_OF = {
    "summary": "totals",
    "trend": "totals",
    "kpis": "overdue",
    "supervision": "supervision",
    "intake": "intake",
    "indicators": "indicators",
    "scorecard": "indicators",
    "review": "economy",
    "cameras": "video",
}


class TileHost(QWidget):
    """Views in equal cells of a grid, placed by hand: a layout would let a view whose text
    wraps (height-for-width) take the height of the others."""

    def __init__(self, views: list[WallPanel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self.spacing = 8
        for view in views:
            view.setParent(self)

    def place(self) -> None:
        """Each view in its cell, row by row."""
        rows, columns = grid_shape(len(self.views))
        if not rows:
            return
        gap = self.spacing
        width = (self.width() - gap * (columns - 1)) // columns
        height = (self.height() - gap * (rows - 1)) // rows
        for i, view in enumerate(self.views):
            row, column = divmod(i, columns)
            view.setGeometry(column * (width + gap), row * (height + gap), width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place()


class WallWindow(QWidget):
    """The views the supervisor chose, fed by one WallData over a read-only client."""

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        link: WallLink,
        options: WallOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("wallWindow")
        self.setWindowTitle(self.tr("Chongchuan Governance Command Center — Wall"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.options = options
        self.link = link
        self.data = WallData(client, runner, self)
        self.views: dict[str, WallPanel] = {}
        self._build_views(client, runner)
        self.heading = PlainLabel(self.tr("Chongchuan Governance Command Center"), self)
        self.heading.setObjectName("wallHeader")
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page = PlainLabel(self)
        self.page.setObjectName("wallPage")
        self.as_of = PlainLabel(self)
        self.as_of.setObjectName("wallPage")
        self.clock = PlainLabel(self)
        self.clock.setObjectName("wallClock")
        self.banner = PlainLabel(self)
        self.banner.setObjectName("wallBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.hide()
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.page)
        header.addWidget(self.as_of)
        header.addWidget(self.clock)
        self.header = header
        self.stack: QStackedWidget | None = None
        content = self._content()
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self.banner)
        outer.addWidget(content, 1)
        self.outer = outer
        self.current = 0
        self._rotate = QTimer(self, interval=round(options.rotate_seconds * 1000))
        self._rotate.timeout.connect(self.rotate)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        # What malloc keeps after the answers and frames of a few minutes goes back to the
        # system (console/wall/allocator.py: RSS otherwise creeps up over days).
        self._give_back = QTimer(self, interval=GIVE_BACK_MS)
        self._give_back.timeout.connect(allocator.give_back)
        self._connect()
        self.apply_scale(WallScale(1080, options.font_scale))

    # -- building ---------------------------------------------------------------------------

    def _build_views(self, client: ApiClient, runner: TaskRunner) -> None:
        makers: dict[str, Callable[[], WallPanel]] = {
            "totals": lambda: TotalsView(self),
            "overdue": lambda: OverdueView(self),
            "supervision": lambda: SupervisionView(self),
            "intake": lambda: IntakeView(runner, self),
            "indicators": lambda: IndicatorsView(runner, self),
            "video": lambda: VideoView(client.base_url, self),
            "economy": lambda: EconomyView(self),
        }
        for name in self.options.views:
            self.views[name] = makers[name]()

    def _content(self) -> QWidget:
        views = list(self.views.values())
        if self.options.layout == "rotate":
            self.stack = QStackedWidget(self)
            for view in views:
                self.stack.addWidget(view)
            return self.stack
        self.tiles = TileHost(views, self)
        return self.tiles

    def _connect(self) -> None:
        d, v = self.data, self.views
        self.link.state_changed.connect(self._on_link_state_changed)
        self.link.ready.connect(self._on_link_ready)
        self.link.events.connect(d.on_feed_events)
        d.fetched.connect(self._on_data_fetched)
        d.failed.connect(self._on_data_failed)
        if isinstance(totals := v.get("totals"), TotalsView):
            d.summary_loaded.connect(totals.show_summary)
            d.trend_loaded.connect(totals.show_trend)
        if isinstance(overdue := v.get("overdue"), OverdueView):
            d.kpis_loaded.connect(overdue.show_kpis)
        if isinstance(board := v.get("supervision"), SupervisionView):
            d.supervision_loaded.connect(board.show_supervision)
        if isinstance(intake := v.get("intake"), IntakeView):
            d.intake_loaded.connect(intake.show_intake)
            d.case_created.connect(intake.add_case)
        if isinstance(tiles := v.get("indicators"), IndicatorsView):
            d.indicators_loaded.connect(tiles.show_indicators)
            d.scorecard_loaded.connect(tiles.show_scorecard)
        if isinstance(economy := v.get("economy"), EconomyView):
            d.review_loaded.connect(economy.show_review)
        if isinstance(video := v.get("video"), VideoView):
            d.cameras_loaded.connect(video.show_cameras)

    # -- public -----------------------------------------------------------------------------

    def apply_scale(self, scale: WallScale) -> None:
        """Type sizes for this screen, through the style sheet and the painted views."""
        self.scale = scale
        font = QFont(self.font())
        font.setPixelSize(scale.body)
        self.setFont(font)  # body text wherever the sheet names no size
        self.setStyleSheet(style_sheet(scale))
        m = scale.margin
        self.outer.setContentsMargins(m, m, m, m)
        self.outer.setSpacing(m)
        if self.stack is None:
            self.tiles.spacing = m
            self.tiles.place()
        for view in self.views.values():
            view.apply_scale(scale)

    def start(self) -> None:
        """Begin: sign in and follow (the link), rotate, tick the clock."""
        self._show_current()
        self._on_clock_timeout()
        self._clock.start()
        self._give_back.start()
        if self.stack is not None and len(self.views) > 1:
            self._rotate.start()
        self.page.setVisible(self.stack is not None)
        self.link.start()

    def move_to_server(self, url: str) -> None:
        """The server answers at another address now: follow it there."""
        video = self.views.get("video")
        if isinstance(video, VideoView):
            video.set_server(url)
        self.link.restart()

    def rotate(self) -> None:
        """The next view (rotate layout)."""
        self.current = next_index(self.current, len(self.views))
        self._show_current()

    def shown_views(self) -> list[WallPanel]:
        """The views on screen now."""
        if self.stack is None:
            return list(self.views.values())
        widget = self.stack.currentWidget()
        return [widget] if isinstance(widget, WallPanel) else []

    def shut_down(self) -> None:
        """Stop timers, the link and every stream."""
        self._rotate.stop()
        self._clock.stop()
        self._give_back.stop()
        self.data.stop()
        self.link.stop()
        for view in self.views.values():
            view.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shut_down()
        super().closeEvent(event)

    # -- handlers ---------------------------------------------------------------------------

    def _show_current(self) -> None:
        views = list(self.views.values())
        if self.stack is not None and views:
            self.stack.setCurrentIndex(self.current)
            self.page.setText(f"{self.current + 1}/{len(views)}")
        shown = set(map(id, self.shown_views()))
        for view in views:
            view.set_active(id(view) in shown)

    def _on_clock_timeout(self) -> None:
        self.clock.setText(datetime.now(SHANGHAI).strftime("%m-%d %H:%M:%S"))

    def _on_link_ready(self) -> None:
        self.data.start()

    def _on_link_state_changed(self, state: str, detail: str) -> None:
        if state == ONLINE:
            self.banner.hide()
            return
        if state == DOWN:
            text = self.tr("Connection lost — reconnecting")
            level = "error"
        elif state == LOGIN_FAILED:
            text = self.tr("Sign-in refused (%1) — trying again").replace("%1", detail)
            level = "error"
        else:
            text = self.tr("Connecting to the server…")
            level = "warning"
        self.banner.setText(text)
        self.banner.setProperty("level", level)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def _on_data_fetched(self, key: str) -> None:
        moment = datetime.now(SHANGHAI).strftime("%H:%M:%S")
        self.as_of.setText(self.tr("data %1").replace("%1", moment))
        view = self.views.get(VIEW_OF.get(key.partition(":")[0], ""))
        if view is not None and view.note.property("failed") == key:
            view.note.setProperty("failed", None)
            view.set_note("")

    def _on_data_failed(self, key: str, exc: object) -> None:
        """A refusal (a role without KPIs, a server without the route) is said in the view;
        a server that is away is the banner's business."""
        log.info("wall: %s not loaded: %s", key, exc)
        view = self.views.get(VIEW_OF.get(key.partition(":")[0], ""))
        if view is None or not isinstance(exc, ApiError) or isinstance(exc, ServerUnavailable):
            return
        view.note.setProperty("failed", key)
        view.set_note(self.tr("Not available: %1").replace("%1", problem_text.explain(exc)))
