"""The duty officer's window: the queue in the middle, panes docked around it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QToolBar, QVBoxLayout, QWidget

import console.panes.catalog  # noqa: F401 - registers the standard panes
from console.actions import ActionRegistry
from console.admin.calendar_banner import CalendarBanner
from console.admin.screens import AdminScreens
from console.api import ApiClient, UserSession
from console.config import ConsoleSettings
from console.controllers.action_sync import ActionSync
from console.controllers.alert_sound import AlertSound
from console.controllers.bulk import BulkCommands
from console.controllers.case_commands import CaseCommands
from console.controllers.context import CaseSelection, PaneContext, Reference
from console.controllers.dispatch_aids import DispatchAids
from console.controllers.live import LiveQueue
from console.map.links import install_map
from console.models.alert_book import AlertBook
from console.models.case_table import CaseTableModel
from console.panes.contract import HasCompactLayout, ShutsDown
from console.panes.dispatch_pane import DispatchPane
from console.panes.queue_pane import QueuePane
from console.panes.registry import panes
from console.shell.about_dialog import AboutDialog, licence_file
from console.shell.alert_center import AlertCenter
from console.shell.connection_banner import ConnectionBanner
from console.shell.docks import PaneDocks
from console.shell.everyday import install_everyday
from console.shell.handover_install import install_handover
from console.shell.intake_flow import IntakeFlow
from console.shell.session_switch import install_session_switch
from console.shell.shortcuts import ShortcutsDialog
from console.shell.status import StatusBar
from console.shell.window_state import (
    STATE_VERSION,
    WindowState,
    fit_on_screen,
    is_small,
    place_on_screen,
)
from console.store.paths import outbox_path
from console.tasks import TaskRunner
from widgets.banner import Banner

__all__ = ["STATE_VERSION", "MainWindow"]

REFERENCE_RETRY_MS = 5000  # the reference data failed to load: ask again after this long


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
        closed_days: float | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._embedded = embedded
        self._closing = False
        self._sized = False
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
            live=LiveQueue(
                client,
                runner,
                model,
                feed_wait=feed_wait,
                closed_days=ConsoleSettings().closed_days if closed_days is None else closed_days,
                parent=self,
            ),
            actions=self.registry,
            selection=CaseSelection(self),
            reference=Reference(self),
            server_url=server_url,
            sync=ActionSync(client, runner, model, outbox, session.username, self),
            aids=DispatchAids(client, runner, self),
            alerts=AlertBook(model, session.display_name, self),
        )
        title = self.tr("Chongchuan Governance Command Center — Duty Console")
        self.setWindowTitle(self.tr("【DRILL】") + title if self.ctx.drill else title)
        self.connection_banner = ConnectionBanner(self)
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
        # The right-hand panes run the full height; the bottom ones sit under the queue.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        shown = [spec for spec in panes() if spec.roles is None or session.role in spec.roles]
        self.pane_docks = PaneDocks(self, self.ctx, self.registry, shown)
        self.docks, self.panes = self.pane_docks.docks, self.pane_docks.panes
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
        self.alert_center = AlertCenter(
            self,
            self.ctx.alerts,
            sound=self.sound,
            status=self.status,
            queue=self.queue,
            docks=self.pane_docks,
            registry=self.registry,
        )
        self.intake_flow = IntakeFlow(self.ctx, self.queue, self.pane_docks, self.commands, self)
        install_map(self)  # the map pane's links: queue, video wall, bulk work, the call form
        self._connect()
        self._lay_out()
        self._monitor = QTimer(self, interval=1000)
        self._monitor.timeout.connect(self._on_monitor_timeout)
        self._monitor.start()
        install_everyday(self)  # correct, attach, 交办单, caller search, 回访, export
        install_handover(self)  # 交接班: File → Handover… (Ctrl+Shift+J)
        install_session_switch(self)  # switch user, sign out, sign in again in place

    def _lay_out(self) -> None:
        """The first size and the default docks fit the screen; then the role's saved layout."""
        self._compact = is_small(self)
        place_on_screen(self)
        if self._compact:
            self.queue.set_compact(self.toolbar)
            self.queue.columns.hide_for_small_screens()
            for widget in self.panes.values():
                if isinstance(widget, HasCompactLayout):
                    widget.set_compact()
        self.pane_docks.arrange(self._compact)
        self._default_state = self.saveState(STATE_VERSION)
        self.window_state = WindowState(self, self.ctx.session.role, self.queue.view)
        self._restored, columns, muted = self.window_state.restore(list(self.panes.values()))
        self.queue.columns.restored = columns
        self.registry["mute"].setChecked(muted)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # dock sizes hold only once the window has its own size
            self._sized = True
            QTimer.singleShot(0, self._on_first_shown)

    def _on_first_shown(self) -> None:
        fit_on_screen(self)  # now with the frame the window system gives it
        if not self._restored:
            self.pane_docks.size_docks(self._compact)
        self._default_state = self.saveState(STATE_VERSION)
        # The keyboard starts on the queue's rows (Qt would give it to the first widget in
        # the tab order: at 1366×768 the queue's kind chooser, where ↓ switched the queue).
        self.queue.focus_rows()

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        """Load reference data and cases in the background, then follow the feed."""
        self._load_reference()
        self.ctx.sync.open()  # what a previous run left pending is sent once online
        self.ctx.live.start()
        self.calendar_banner.start()

    def _load_reference(self) -> None:
        self.ctx.runner.run(
            self.ctx.client.reference,
            self.ctx.reference.set,
            on_error=self._on_reference_failed,
            what=self.tr("Loading reference data"),
        )

    def _on_reference_failed(self, error: object) -> None:
        """The lifecycle commands and forms wait for the server's rules in the reference
        data: say why, and ask again until the server answers."""
        self.ctx.runner.failed.emit(self.tr("Loading reference data"), str(error))
        if not self._closing:
            QTimer.singleShot(REFERENCE_RETRY_MS, self._load_reference)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closing = True
        self.window_state.save(self.sound.muted, list(self.panes.values()))
        self._monitor.stop()
        self.ctx.live.stop()
        self.admin.close_all()
        for widget in self.panes.values():  # streams, timers: whatever a pane keeps running
            if isinstance(widget, ShutsDown):
                widget.shut_down()
        self.ctx.sync.close()  # the last write: release the outbox file
        self.ctx.runner.close()
        super().closeEvent(event)

    # -- building ---------------------------------------------------------------------------

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
        dispatch = self.panes.get("dispatch")
        if isinstance(dispatch, DispatchPane):
            dispatch.focus_requested.connect(lambda: self.pane_docks.show_pane("dispatch"))

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
        if "detail" in self.docks:
            self.pane_docks.show_pane("detail", focus=False)

    def _on_about_triggered(self) -> None:
        # licence_file() looks at the disk: off the GUI thread.
        self.ctx.runner.run(licence_file, lambda path: AboutDialog(self, licence=path).open())

    def _on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self.registry, self).open()

    def _on_runner_failed(self, what: str, why: str) -> None:
        text = f"{what}: {why}" if what else why
        self.error_banner.show_message(text, "error")
        self.status.showMessage(text, 15000)

    def _on_live_status_changed(self, status: str, _detail: str) -> None:
        self.status.set_connection(status)
        self.ctx.sync.set_online(status == "online")
        self.connection_banner.show_status(status, self.ctx.model.now())

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        self.ctx.alerts.note_events(events)
        self.status.set_lag(self.ctx.live.lag_seconds, self.ctx.live.position)

    def _on_monitor_timeout(self) -> None:
        self.status.set_lag(self.ctx.live.lag_seconds, self.ctx.live.position)
        code = self._embedded.exit_code() if self._embedded is not None else None
        if code is not None and not self._closing:
            self._monitor.stop()
            text = self.tr("The local server has stopped (exit code %1). Log: %2")
            self.error_banner.show_message(
                text.replace("%1", str(code)).replace("%2", str(self._embedded.log_path)), "error"
            )
