"""The duty officer's window: the queue in the middle, panes docked around it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import console.panes.catalog  # noqa: F401 - registers the standard panes
from console.actions import ActionRegistry, ActionSpec
from console.admin.calendar_banner import CalendarBanner
from console.admin.screens import AdminScreens
from console.api import ApiClient, UserSession
from console.config import ConsoleSettings
from console.models.case_table import CaseTableModel
from console.panes.action_sync import ActionSync
from console.panes.alerts import AlertSound
from console.panes.bulk import BulkCommands
from console.panes.case_commands import CaseCommands
from console.panes.context import CaseSelection, PaneContext, Reference
from console.panes.dispatch_aids import DispatchAids
from console.panes.live import LiveQueue
from console.panes.queue_pane import QueuePane
from console.panes.registry import PaneSpec, panes
from console.panes.shortcuts import ShortcutsDialog
from console.panes.status import StatusBar
from console.store.paths import outbox_path
from console.tasks import TaskRunner
from widgets.banner import Banner

STATE_VERSION = 3  # 2: the dispatch and results panes; 3: the charts pane


class MainWindow(QMainWindow):
    """Queue, docks, menus and toolbar from the action registry, status bar, saved layout."""

    def __init__(
        self,
        session: UserSession,
        client: ApiClient,
        runner: TaskRunner,
        *,
        server_url: str,
        sound: Path,
        embedded: Any = None,
        feed_wait: float = 25.0,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._embedded = embedded
        self._closing = False
        self._snapshot_at = ""
        model = CaseTableModel(self)
        self.registry = ActionRegistry(self, session.role)
        # Where the outbox keeps actions until the server has them: one file per server.
        outbox = outbox_path(
            data_dir or ConsoleSettings().data_dir, None if embedded is not None else server_url
        )
        self.ctx = PaneContext(
            session=session,
            client=client,
            runner=runner,
            model=model,
            live=LiveQueue(client, runner, model, feed_wait=feed_wait, parent=self),
            actions=self.registry,
            selection=CaseSelection(self),
            reference=Reference(self),
            server_url=server_url,
            sync=ActionSync(client, runner, model, outbox, session.username, self),
            aids=DispatchAids(client, runner, self),
        )
        title = self.tr("Chongchuan Governance Command Center — Duty Console")
        self.setWindowTitle(self.tr("【DRILL】") + title if self.ctx.drill else title)
        self.connection_banner = Banner(self, closable=False)
        self.connection_banner.setObjectName("connectionBanner")
        self.error_banner = Banner(self)
        self.error_banner.setObjectName("errorBanner")
        self.queue = QueuePane(self.ctx, self)
        self.admin = AdminScreens(self.ctx, self)  # the Administration menu's windows
        self.calendar_banner = CalendarBanner(self.ctx, self.admin, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.connection_banner, self.error_banner, self.calendar_banner):
            layout.addWidget(widget)
        layout.addWidget(self.queue, 1)
        self.setCentralWidget(central)
        self.docks: dict[str, QDockWidget] = {}
        self.panes: dict[str, QWidget] = {}
        # The right-hand panes run the full height; the bottom ones sit under the queue.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        shown = [spec for spec in panes() if spec.roles is None or session.role in spec.roles]
        for spec in shown:
            self._add_pane(spec)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.registry.build_menus(self.menuBar())
        self.registry.build_toolbar(self.toolbar)
        self.status = StatusBar(session, server_url, self)
        self.setStatusBar(self.status)
        self.sound = AlertSound(sound, self)
        self.commands = CaseCommands(self.ctx, self)
        self.bulk = BulkCommands(self.ctx, self.queue, self)
        self._connect()
        self.resize(1600, 900)
        self._size_docks(shown)
        self._default_state = self.saveState(STATE_VERSION)
        self._restore()
        self._monitor = QTimer(self, interval=1000)
        self._monitor.timeout.connect(self._on_monitor_timeout)
        self._monitor.start()

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Load reference data and cases in the background, then follow the feed."""
        client = self.ctx.client
        self.ctx.runner.run(
            client.reference, self.ctx.reference.set, what=self.tr("Loading reference data")
        )
        self.ctx.sync.open()  # what a previous run left pending is sent once online
        self.ctx.live.start()
        self.calendar_banner.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closing = True
        self._save()
        self._monitor.stop()
        self.ctx.live.stop()
        self.admin.close_all()
        for widget in self.panes.values():  # streams, timers: whatever a pane keeps running
            shut_down = getattr(widget, "shut_down", None)
            if shut_down is not None:
                shut_down()
        self.ctx.sync.close()  # the last write: release the outbox file
        self.ctx.runner.close()
        super().closeEvent(event)

    # -- building ---------------------------------------------------------------------------

    def _add_pane(self, spec: PaneSpec) -> None:
        widget = spec.factory(self.ctx)
        dock = QDockWidget(QCoreApplication.translate("Panes", spec.title), self)
        dock.setObjectName(f"dock_{spec.id}")
        dock.setWidget(widget)
        self.addDockWidget(spec.area, dock)
        if spec.tab_with in self.docks:
            self.tabifyDockWidget(self.docks[spec.tab_with], dock)
            self.docks[spec.tab_with].raise_()
        dock.setVisible(spec.visible)
        attention = getattr(widget, "attention_requested", None)
        if attention is not None:  # a pane with news for the officer comes to the front
            attention.connect(lambda d=dock: self._on_pane_attention_requested(d))
        self.docks[spec.id] = dock
        self.panes[spec.id] = widget
        self.registry.add(
            ActionSpec(f"pane_{spec.id}", spec.title, "panes", spec.shortcut),
            dock.toggleViewAction(),
        )

    def _size_docks(self, specs: list[PaneSpec]) -> None:
        for spec in specs:
            dock = self.docks[spec.id]
            if spec.size and not spec.tab_with:
                vertical = spec.area in (
                    Qt.DockWidgetArea.TopDockWidgetArea,
                    Qt.DockWidgetArea.BottomDockWidgetArea,
                )
                orientation = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
                self.resizeDocks([dock], [spec.size], orientation)

    def _connect(self) -> None:
        a, q, ctx = self.registry, self.queue, self.ctx
        a["quit"].triggered.connect(self.close)
        a["refresh"].triggered.connect(ctx.live.start)
        a["find"].triggered.connect(q.focus_search)
        a["filter_red"].toggled.connect(lambda on: self._on_color_toggled("red", on))
        a["filter_yellow"].toggled.connect(lambda on: self._on_color_toggled("yellow", on))
        a["clear_filters"].triggered.connect(q.clear_filters)
        a["mute"].toggled.connect(self._on_mute_toggled)
        a["reset_layout"].triggered.connect(
            lambda: self.restoreState(self._default_state, STATE_VERSION)
        )
        a["next_case"].triggered.connect(lambda: q.step(1))
        a["previous_case"].triggered.connect(lambda: q.step(-1))
        a["open_detail"].triggered.connect(self._on_open_detail_triggered)
        a["about"].triggered.connect(self._on_about_triggered)
        a["shortcuts"].triggered.connect(self._on_shortcuts_triggered)
        q.color_combo.currentIndexChanged.connect(self._on_color_combo_changed)
        q.case_selected.connect(ctx.selection.set)
        ctx.selection.queue_filter_requested.connect(lambda wanted: q.show_only(**wanted))
        q.case_opened.connect(lambda _id: self._on_open_detail_triggered())
        ctx.runner.failed.connect(self._on_runner_failed)
        self.admin.failed.connect(self._on_runner_failed)
        ctx.sync.failed.connect(lambda why: self._on_runner_failed(self.tr("Outbox"), why))
        ctx.live.status_changed.connect(self._on_live_status_changed)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        ctx.model.red_alert.connect(self._on_model_red_alert)

    # -- handlers ---------------------------------------------------------------------------

    def _on_color_toggled(self, color: str, on: bool) -> None:
        if on:
            self.queue.set_color(color)
        elif self.queue.color_combo.currentData() == color:
            self.queue.set_color(None)

    def _on_color_combo_changed(self, _index: int) -> None:
        color = self.queue.color_combo.currentData()
        for name in ("red", "yellow"):
            action = self.registry[f"filter_{name}"]
            action.blockSignals(True)
            action.setChecked(color == name)
            action.blockSignals(False)

    def _on_mute_toggled(self, muted: bool) -> None:
        self.sound.muted = muted

    def _on_open_detail_triggered(self) -> None:
        dock = self.docks.get("detail")
        if dock is not None:
            dock.show()
            dock.raise_()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("Duty console of the Chongchuan district governance command center."),
        )

    def _on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self.registry, self).open()

    def _on_pane_attention_requested(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def _on_runner_failed(self, what: str, why: str) -> None:
        text = f"{what}: {why}" if what else why
        self.error_banner.show_message(text, "error")
        self.status.showMessage(text, 15000)

    def _on_live_status_changed(self, status: str, detail: str) -> None:
        self.status.set_connection(status)
        self.ctx.sync.set_online(status == "online")
        if status in ("online", "loading"):
            self.connection_banner.hide()
            if status == "online":
                self._snapshot_at = ""
            return
        if status in ("reconnecting", "offline"):
            self._snapshot_at = self._snapshot_at or time.strftime("%H:%M:%S")
            text = self.tr(
                "Connection to the server lost; reconnecting. The queue shows the last snapshot "
                "(%1) and catches up when the server is back."
            ).replace("%1", self._snapshot_at)
            self.connection_banner.show_message(
                text, "warning" if status == "reconnecting" else "error"
            )
        elif status == "unauthorized":
            self.connection_banner.show_message(
                self.tr("Your session has expired: restart the console and sign in again."), "error"
            )
        elif status == "gone":
            self.connection_banner.show_message(self.tr("Reloading all cases…"), "info")

    def _on_live_events_applied(self, _events: list[dict[str, Any]]) -> None:
        self.status.set_lag(self.ctx.live.lag_seconds, self.ctx.live.position)

    def _on_model_red_alert(self, case: dict[str, Any]) -> None:
        prefix = self.tr("【DRILL】") if case.get("drill") else ""
        text = (
            self.tr("New overdue case: %1 %2")
            .replace("%1", str(case.get("ref", "")))
            .replace("%2", str(case.get("title", "")))
        )
        self.status.showMessage(prefix + text, 10000)
        QApplication.alert(self, 3000)
        self.sound.play()

    def _on_monitor_timeout(self) -> None:
        self.status.set_lag(self.ctx.live.lag_seconds, self.ctx.live.position)
        code = self._embedded.exit_code() if self._embedded is not None else None
        if code is not None and not self._closing:
            self._monitor.stop()
            text = self.tr("The local server has stopped (exit code %1). Log: %2")
            self.error_banner.show_message(
                text.replace("%1", str(code)).replace("%2", str(self._embedded.log_path)), "error"
            )

    # -- saved state ------------------------------------------------------------------------

    def _save(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState(STATE_VERSION))
        settings.setValue("queue/header", self.queue.view.horizontalHeader().saveState())
        settings.setValue("alerts/muted", self.sound.muted)
        for widget in self.panes.values():  # a pane with its own state (the video wall)
            save = getattr(widget, "save_settings", None)
            if save is not None:
                save(settings)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state, STATE_VERSION)
        header_state = settings.value("queue/header")
        header = self.queue.view.horizontalHeader()
        if isinstance(header_state, QByteArray) and header.restoreState(header_state):
            self.queue.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.registry["mute"].setChecked(settings.value("alerts/muted", False, type=bool))
        for widget in self.panes.values():
            restore = getattr(widget, "restore_settings", None)
            if restore is not None:
                restore(settings)
