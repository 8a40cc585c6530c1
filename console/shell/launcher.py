"""From start to a signed-in window: embedded server or --server, then sign-in, then the window.

A window is rebuilt, not the process, when the officer switches user or signs out
(console/shell/session_switch.py): the server (the embedded child too) keeps running. Each
window has a runner and a client of its own; a closed window's are kept until their last
task has reported back, then released.

Without an address (no --server, none in the configuration file) the console runs its own
server on demo data and says so in the sign-in dialog, the window's title and a banner. A
configured address is used as it is: a server that does not answer is said in the sign-in
dialog, never replaced by the demo. The sign-in dialog's Settings… changes the address (and
the other workstation settings) in the configuration file and takes effect at once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from console.api import ApiClient, UserSession
from console.config import ConsoleSettings, WorkstationConfig, data_dir
from console.embedded import EmbeddedServer
from console.i18n import ALERT_WAV
from console.logging_setup import SERVER_LOG
from console.shell.demo_mode import mark_demo_window
from console.shell.login_dialog import LoginDialog
from console.shell.main_window import MainWindow
from console.shell.reauth import Reauth
from console.shell.session_switch import install_session_switch
from console.shell.settings_dialog import SettingsDialog
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel, plain_box

log = logging.getLogger(__name__)

# Python runs a signal handler (Ctrl+C, SIGTERM: app.quit) only when the interpreter runs;
# while only the sign-in dialog is up, nothing else wakes it.
WAKE_MS = 250
REAP_MS = 1000  # how often closed windows whose work has ended are released


class Launcher(QObject):
    """Starts (or finds) the server, signs in, opens the main window; stops the child at the end."""

    window_opened = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        settings: ConsoleSettings,
        parent: QObject | None = None,
        *,
        config: WorkstationConfig | None = None,
        config_file: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # The workstation's configuration file: None offers no Settings… (tests, kiosks).
        self.config = config or WorkstationConfig()
        self.config_file = config_file
        self.demo: bool | None = None  # known once the server has said (/healthz)
        self.settings_dialog: SettingsDialog | None = None
        self.runner = TaskRunner(self)
        self.embedded: EmbeddedServer | None = None
        self.client: ApiClient | None = None
        self.window: MainWindow | None = None
        self.dialog: LoginDialog | None = None
        self.splash: QWidget | None = None
        self._runners: list[TaskRunner] = []  # the windows', the open one's last
        self._closed: list[tuple[MainWindow, TaskRunner, ApiClient]] = []  # to release
        self._wake = QTimer(self, interval=WAKE_MS)
        self._wake.timeout.connect(lambda: None)
        self._reap = QTimer(self, interval=REAP_MS)
        self._reap.timeout.connect(self._on_reap_timeout)

    def start(self) -> None:
        """Begin: start the embedded server in the background when no address was given."""
        self._wake.start()
        if self.settings.server_url:
            self._connect(self.settings.server_url)
            return
        self._start_embedded()

    def _start_embedded(self) -> None:
        self.demo = True
        self.splash = PlainLabel(self.tr("Starting this computer's own demo server…"))
        self.splash.setObjectName("splash")
        self.splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splash.setWindowTitle(self.tr("Duty Console"))
        self.splash.resize(460, 140)
        self.splash.show()
        settings = self.settings
        log_dir = settings.log_dir
        self.embedded = EmbeddedServer(
            Path(settings.data_dir),
            rate=settings.simulator_rate,
            log_path=Path(log_dir) / SERVER_LOG if log_dir is not None else None,
        )
        embedded = self.embedded

        def start_child() -> str:
            data_dir(settings)  # created here: no disk I/O on the GUI thread
            url = embedded.start()
            log.info("embedded server pid %s at %s (demo data)", embedded.pid, url)
            return url

        self.runner.run(start_child, self._connect, on_error=self._on_embedded_failed)

    def bring_to_front(self) -> None:
        """A second start on this data folder: show whichever window is up."""
        shown = self.window or self.dialog or self.splash
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            shown = self.settings_dialog
        if shown is None or not shown.isVisible():
            return
        shown.setWindowState(shown.windowState() & ~Qt.WindowState.WindowMinimized)
        shown.raise_()
        shown.activateWindow()

    def shutdown(self) -> None:
        """Stop the feed, wait for background work, stop the child server."""
        self._wake.stop()
        self._reap.stop()
        if self.window is not None:
            reauth = self.window.findChild(Reauth, "reauth")
            if reauth is not None:  # requests waiting for a password give up
                reauth.release()
            self.window.ctx.live.stop()
        if self.embedded is not None and self.window is None:
            self.embedded.stop()  # a start under way gives up at once rather than finish
        for runner in (self.runner, *self._runners):
            runner.wait(15000)
        if self.embedded is not None:
            self.embedded.stop()
        for _window, _runner, client in self._closed:
            client.close()
        self._closed.clear()
        if self.client is not None:
            self.client.close()

    def _on_embedded_failed(self, exc: object) -> None:
        self._close_splash()
        text = self.tr("The local server could not start:\n%1").replace("%1", str(exc))
        self.failed.emit(text)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Duty Console"), text)
        plain_box(box).exec()

    def _connect(self, url: str) -> None:
        settings = self.settings
        self._show_login(url, settings.username or "", settings.password or "")

    def _show_login(self, url: str, username: str = "", password: str = "") -> None:
        """The sign-in dialog, with a client of its own; kiosk: only if the credentials fail."""
        if self.dialog is not None:  # the one of the last sign-in
            self.dialog.deleteLater()
        self.client = ApiClient(url, timeout=self.settings.timeout)
        username = username or self.config.username or ""
        self.dialog = LoginDialog(
            self.client,
            self.runner,
            username=username,
            password=password,
            settings=self.config_file is not None,
        )
        self.dialog.signed_in.connect(self._on_dialog_signed_in)
        self.dialog.login_failed.connect(self._on_dialog_login_failed)
        self.dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog.settings_requested.connect(self._on_dialog_settings_requested)
        # The splash stays until another window shows: closing the last window would quit.
        if username and password:
            self.dialog.sign_in()  # kiosk: the dialog shows only if these credentials fail
        else:
            self.dialog.show()
            self._close_splash()
            log.info("sign-in dialog shown for %s", url)
        self._probe(self.client, self.dialog)

    def _probe(self, client: ApiClient, dialog: LoginDialog) -> None:
        """Ask the server what it is: demo data (say so, offer the demo users) or no answer."""

        def on_done(health: dict[str, Any]) -> None:
            if dialog is not self.dialog:
                return
            dialog.show_server_answers()
            self.demo = bool(health.get("demo"))
            if self.demo:
                dialog.offer_demo_users(local=self.embedded is not None)
                if self.window is not None:
                    mark_demo_window(self.window)

        def on_error(exc: object) -> None:
            if dialog is not self.dialog:
                return
            status = getattr(exc, "status", 0)
            log.warning("the server at %s: %s (HTTP %s)", client.base_url, exc, status)
            if status and status < 500:  # something answers there, not a cc-server
                dialog.show_not_a_server(status)
            else:
                dialog.show_server_unreachable(str(exc))

        self.runner.run(client.health, on_done, on_error=on_error)

    def _on_dialog_settings_requested(self) -> None:
        if self.config_file is None:
            return
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = SettingsDialog(
            self.config, self.config_file, self.runner, parent=self.dialog, lang=self.settings.lang
        )
        self.settings_dialog.saved.connect(self._on_settings_saved)
        self.settings_dialog.open()

    def _on_settings_saved(self, config: WorkstationConfig) -> None:
        """The new address at once: another server, or the demo when it was emptied."""
        self.config = config
        if config.closed_days is not None:
            self.settings.closed_days = config.closed_days
        if self.window is not None:
            return  # the address applies from the next sign-in dialog
        url = config.server_url
        if url == self.settings.server_url and (url or self.embedded is not None):
            return
        log.info("server address changed in the settings: %s", url or "the demo server")
        self.settings.server_url = url
        embedded, self.embedded = self.embedded, None
        if embedded is not None:
            self.runner.run(embedded.stop)  # a few seconds at most, off the GUI thread
        if url:
            self.demo = None
            self._show_login(url)
        else:
            self._start_embedded()  # its splash shows before the dialog goes
            if self.dialog is not None:
                self.dialog.hide()

    def _on_dialog_login_failed(self, _message: str) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.show()
        self._close_splash()

    def _on_dialog_signed_in(self, session: UserSession) -> None:
        assert self.client is not None
        self._open_window(session, self.client)
        self._remember_user(session.username)

    def _remember_user(self, username: str) -> None:
        """The next start offers the last user of a real server (a demo user is not kept)."""
        path, config = self.config_file, self.config
        if path is None or self.demo or config.username == username:
            return
        self.config = config = config.with_values(username=username)
        self.runner.run(lambda: config.save(path), write=True, what=self.tr("Saving settings"))

    def _open_window(self, session: UserSession, client: ApiClient) -> None:
        runner = TaskRunner(self)
        self._runners.append(runner)
        self.window = MainWindow(
            session,
            client,
            runner,
            server_url=client.base_url,
            sound=ALERT_WAV,
            embedded=self.embedded,
            data_dir=Path(self.settings.data_dir),
            closed_days=self.settings.closed_days,
        )
        switch = install_session_switch(self.window)
        switch.switched.connect(self._on_window_switched)
        switch.sign_out_requested.connect(self._on_window_sign_out_requested)
        if self.demo:
            mark_demo_window(self.window)
        self.window.show()
        # The line a packaged console's smoke test waits for (tests/installer/).
        log.info("main window shown for %s at %s", session.username, client.base_url)
        self._close_splash()
        self.window.start()
        self.window_opened.emit(self.window)

    def _on_window_switched(self, session: UserSession, client: ApiClient) -> None:
        """The incoming officer's window first, then the outgoing one closes (never none)."""
        old = self.window
        self.client = client
        self._open_window(session, client)
        if old is not None:
            self._close_window(old)

    def _on_window_sign_out_requested(self) -> None:
        old, self.window = self.window, None
        if old is None:
            return
        self._show_login(old.ctx.client.base_url)  # shown before the window closes
        self._close_window(old)

    def _close_window(self, window: MainWindow) -> None:
        """Close it (its layout is saved, its outbox released); release it once idle."""
        window.close()
        self._closed.append((window, window.ctx.runner, window.ctx.client))
        self._reap.start()

    def _on_reap_timeout(self) -> None:
        busy = []
        for window, runner, client in self._closed:
            if runner.busy():
                busy.append((window, runner, client))
                continue
            if runner in self._runners:
                self._runners.remove(runner)
            window.deleteLater()
            runner.deleteLater()
            if client is not self.client:
                client.close()
        self._closed = busy
        if not busy:
            self._reap.stop()

    def _on_dialog_rejected(self) -> None:
        if self.window is None:
            QApplication.quit()

    def _close_splash(self) -> None:
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None
