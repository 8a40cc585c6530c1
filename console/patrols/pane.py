"""The patrol view (巡河): the week's patrols by river and chief, newest first, one patrol in
full beside them, and the week's 河长行动日 compliance in its own tab.

Everything is read in the background (TaskRunner); an answer that arrives after the officer
moved on (another week, another patrol) is dropped. A new patrol in the feed
(`patrol.created`) reloads the week shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.api.patrols import PatrolsApi
from console.controllers.context import PaneContext
from console.models import center_time
from console.patrols import week as weeks
from console.patrols.compliance_view import ComplianceView
from console.patrols.detail import PatrolDetail
from console.patrols.map_link import show_track_on_map, window_map
from console.patrols.queue_link import select_in_queue
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip
from widgets.scrolled import scrolled
from widgets.tree_rows import top_item

PANE_TITLE = QT_TRANSLATE_NOOP("Panes", "Patrol view")  # the dock's title (catalog.py)
PATROL_ID = Qt.ItemDataRole.UserRole
RELOAD_MS = 1500  # new patrols in the feed: one reload for a burst


class PatrolPane(QWidget):
    """Patrols of a week, one patrol's detail, and who has not patrolled."""

    loaded = Signal()  # the week's patrols and the rivers are shown
    patrol_shown = Signal(int)  # a patrol's detail is shown

    def __init__(
        self,
        ctx: PaneContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patrolPane")
        self._ctx = ctx
        # the center's clock (a test may pass its own): which week is "this week"
        self._now: Callable[[], datetime] = now or (lambda: datetime.now(center_time.CENTER))
        self.api = PatrolsApi(ctx.client)
        self.monday = weeks.week_start(self._now())
        self.rivers: list[dict[str, Any]] = []
        self.patrols: list[dict[str, Any]] = []
        self._generation = 0
        self._detail_generation = 0
        self.loads = 0
        self._build()
        self._reload = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self._reload.timeout.connect(self.load)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        # The queue first (as the charts): the week's patrols once the cases are loaded.
        self._started = False
        ctx.live.loaded.connect(self._start)

    def _start(self, _count: int = 0) -> None:
        if not self._started:
            self._started = True
            self.load()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.previous_week = QPushButton("◀", self)
        self.previous_week.setObjectName("patrolPreviousWeek")
        self.previous_week.setToolTip(self.tr("Previous week"))
        self.next_week = QPushButton("▶", self)
        self.next_week.setObjectName("patrolNextWeek")
        self.next_week.setToolTip(self.tr("Next week"))
        self.this_week = QPushButton(self.tr("This week"), self)
        self.this_week.setObjectName("patrolThisWeek")
        self.week_label = PlainLabel(self)
        self.week_label.setObjectName("patrolWeek")
        self.river = QComboBox(self)
        self.river.setObjectName("patrolRiver")
        self.river.setMinimumContentsLength(6)
        self.river.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chief = QComboBox(self)
        self.chief.setObjectName("patrolChief")
        self.chief.setMinimumContentsLength(6)
        self.chief.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("patrolReload")
        self.status = PlainLabel(self)
        self.status.setObjectName("patrolStatus")
        bar = QHBoxLayout()
        for widget in (self.previous_week, self.week_label, self.next_week, self.this_week):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(PlainLabel(self.tr("River:"), self))
        bar.addWidget(self.river)
        bar.addWidget(PlainLabel(self.tr("Patroller:"), self))
        bar.addWidget(self.chief)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.list = QTreeWidget(self)
        self.list.setObjectName("patrolList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Started"),
                self.tr("River"),
                self.tr("Segment"),
                self.tr("Patroller"),
                self.tr("Minutes"),
                self.tr("km"),
                self.tr("Problems"),
            ]
        )
        for column, width in enumerate((92, 80, 100, 80, 50, 50)):
            self.list.setColumnWidth(column, width)
        self.detail = PatrolDetail(self)
        self.detail.map_button.setVisible(True)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        # Scrolled when low: in the dispatch pane's tab group its height must not make the
        # bottom docks taller (the queue keeps its rows on a small screen).
        split.addWidget(scrolled(self.detail))
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.compliance = ComplianceView(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("patrolTabs")
        self.tabs.addTab(split, self.tr("Patrol list"))
        self.tabs.addTab(self.compliance, self.tr("Action day (Monday)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.previous_week.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_week.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.this_week.clicked.connect(lambda: self.show_week(self._now()))
        self.reload_button.clicked.connect(self.load)
        self.river.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.chief.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.detail.case_requested.connect(self._on_case_requested)
        self.detail.map_requested.connect(self._on_map_requested)
        self.compliance.river_requested.connect(self._on_compliance_river_requested)

    def take_focus(self) -> None:
        """The keyboard in the list of patrols."""
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- reading --------------------------------------------------------------------------

    def show_week(self, moment: datetime) -> None:
        """Show the week holding this moment."""
        self.monday = weeks.week_start(moment)
        self.load()

    def load(self) -> None:
        """Read the rivers and the week's patrols again."""
        self._generation += 1
        generation = self._generation
        since, until = weeks.week_of(self.monday)
        self._show_week_label()
        self.status.setText(self.tr("Loading…"))

        def read() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
            return self.api.rivers(), self.api.patrols(since=since, until=until)

        self._ctx.runner.run(
            read,
            lambda result: self._on_loaded(generation, result),
            on_error=lambda exc: self._on_failed(generation, exc),
            what=self.tr("Loading patrols"),
        )

    def _on_loaded(
        self, generation: int, result: tuple[list[dict[str, Any]], list[dict[str, Any]]]
    ) -> None:
        if generation != self._generation:
            return
        self.rivers, self.patrols = result
        self.loads += 1
        self._fill_filters()
        self._fill_list()
        current = weeks.week_start(self._now()) == self.monday
        self.compliance.show_week(
            weeks.compliance(self.rivers, self.patrols), self.monday.strftime("%m-%d"), current
        )
        self.status.setText(self.tr("%1 patrol(s) this week").replace("%1", str(len(self.patrols))))
        self.loaded.emit()

    def _on_failed(self, generation: int, exc: object) -> None:
        # A read that fails after the window closed has no label left to tell.
        if generation == self._generation and shiboken6.isValid(self.status):
            self.status.setText(self.tr("Not loaded: %1").replace("%1", str(exc)))
            self.status.setToolTip(plain_tip(str(exc)))

    def _show_week_label(self) -> None:
        since, until = weeks.week_of(self.monday)
        last = until - timedelta(days=1)
        text = self.tr("Week %1: %2 – %3")
        self.week_label.setText(
            text.replace("%1", str(since.isocalendar().week))
            .replace("%2", since.strftime("%m-%d"))
            .replace("%3", last.strftime("%m-%d"))
        )
        self.next_week.setEnabled(self.monday < weeks.week_start(self._now()))

    # -- filters and list -----------------------------------------------------------------

    def _fill_filters(self) -> None:
        river, chief = self.river.currentData(), self.chief.currentData()
        for combo in (self.river, self.chief):
            combo.blockSignals(True)
            combo.clear()
        self.river.addItem(self.tr("All rivers"), "")
        for item in self.rivers:
            self.river.addItem(str(item.get("name") or item.get("code")), str(item.get("code")))
        self.chief.addItem(self.tr("Everyone"), "")
        names = {str(p.get("patroller") or "") for p in self.patrols}
        for item in self.rivers:
            names.add(str(item.get("chief_name") or ""))
            names.update(str(s.get("chief_name") or "") for s in item.get("segments") or [])
        for name in sorted(n for n in names if n):
            self.chief.addItem(name, name)
        for combo, wanted in ((self.river, river), (self.chief, chief)):
            index = combo.findData(wanted or "")
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def shown_patrols(self) -> list[dict[str, Any]]:
        """The week's patrols that the river and patroller choices let through, newest
        first (the server's order)."""
        river, chief = self.river.currentData() or "", self.chief.currentData() or ""
        return [
            p
            for p in self.patrols
            if (not river or p.get("river") == river) and (not chief or p.get("patroller") == chief)
        ]

    def _fill_list(self) -> None:
        keep = self.selected_patrol_id()
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for patrol in self.shown_patrols():
            row = QTreeWidgetItem(
                [
                    center_time.when_text(patrol.get("started_at")),
                    str(patrol.get("river_name") or ""),
                    str(patrol.get("segment_name") or ""),
                    str(patrol.get("patroller") or ""),
                    f"{float(patrol.get('duration_min') or 0):.0f}",
                    f"{float(patrol.get('distance_km') or 0):.2f}",
                    str(int(patrol.get("problems") or 0)),
                ]
            )
            row.setData(0, PATROL_ID, int(patrol["id"]))
            if patrol.get("note"):
                row.setToolTip(0, plain_tip(str(patrol["note"])))
            self.list.addTopLevelItem(row)
            if int(patrol["id"]) == keep:
                chosen = row
        self.list.blockSignals(False)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        else:
            self.detail.clear()
            if self.list.topLevelItemCount():
                self.list.setCurrentItem(top_item(self.list, 0))

    def selected_patrol_id(self) -> int:
        """The patrol shown in full (0 for none)."""
        item = self.list.currentItem()
        return int(item.data(0, PATROL_ID)) if item is not None else 0

    # -- one patrol -----------------------------------------------------------------------

    def _on_list_current_item_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        if item is None:
            self.detail.clear()
            return
        self.open_patrol(int(item.data(0, PATROL_ID)))

    def open_patrol(self, patrol_id: int) -> None:
        """Read the patrol with its track and problems, then its photos' thumbnails."""
        self._detail_generation += 1
        generation = self._detail_generation
        self._ctx.runner.run(
            lambda: self.api.patrol(patrol_id),
            lambda detail: self._on_patrol_loaded(generation, detail),
            on_error=lambda exc: self._on_patrol_failed(generation, exc),
            what=self.tr("Loading a patrol"),
        )

    def _on_patrol_loaded(self, generation: int, detail: dict[str, Any]) -> None:
        if generation != self._detail_generation:
            return
        wanted = self.detail.show_patrol(detail)
        self.detail.map_button.setVisible(window_map(self) is not None)
        for attachment_id in wanted:
            self._fetch_thumbnail(generation, attachment_id)
        self.patrol_shown.emit(int(detail.get("id") or 0))

    def _fetch_thumbnail(self, generation: int, attachment_id: int) -> None:
        self._ctx.runner.run(
            lambda: self.api.thumbnail(attachment_id),
            lambda data: self._on_thumbnail(generation, attachment_id, data),
            on_error=lambda _exc: None,  # the photo keeps its caption; nothing to act on
            what=self.tr("Loading a photo"),
        )

    def _on_patrol_failed(self, generation: int, exc: object) -> None:
        if generation == self._detail_generation:
            self.detail.clear()
            self.detail.heading.setText(self.tr("Patrol not loaded: %1").replace("%1", str(exc)))

    def _on_thumbnail(self, generation: int, attachment_id: int, data: bytes) -> None:
        if generation == self._detail_generation:
            self.detail.set_thumbnail(attachment_id, data)

    # -- links to the window --------------------------------------------------------------

    def _on_case_requested(self, case_id: int) -> None:
        select_in_queue(self, self._ctx, case_id)

    def _on_map_requested(self) -> None:
        if not show_track_on_map(self, self.detail.patrol.get("track") or []):
            self.status.setText(self.tr("This window has no map to show the track on."))

    def _on_compliance_river_requested(self, code: str) -> None:
        index = self.river.findData(code)
        if index >= 0:
            self.chief.setCurrentIndex(0)
            self.river.setCurrentIndex(index)
            self.tabs.setCurrentIndex(0)

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        if any(e.get("type") == "patrol.created" for e in events) and not self._reload.isActive():
            self._reload.start()
