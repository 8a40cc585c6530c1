"""From start to a signed-in window: embedded server or --server, then sign-in, then the window.

A window is rebuilt, not the process, when the officer switches user or signs out
(console/shell/session_switch.py): the server (the embedded child too) keeps running. Each
window has a runner and a client of its own; a closed window's are kept until their last
task has reported back, then released.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from console.api import ApiClient, UserSession
from console.config import ConsoleSettings, data_dir
from console.embedded import EmbeddedServer
from console.i18n import ALERT_WAV
from console.shell.login_dialog import LoginDialog
from console.shell.main_window import MainWindow
from console.shell.reauth import Reauth
from console.shell.session_switch import install_session_switch
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

    def __init__(self, settings: ConsoleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
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
        self.splash = PlainLabel(self.tr("Starting the local command-center server…"))
        self.splash.setObjectName("splash")
        self.splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splash.setWindowTitle(self.tr("Duty Console"))
        self.splash.resize(460, 140)
        self.splash.show()
        settings = self.settings
        self.embedded = EmbeddedServer(Path(settings.data_dir), rate=settings.simulator_rate)
        embedded = self.embedded

        def start_child() -> str:
            data_dir(settings)  # created here: no disk I/O on the GUI thread
            return embedded.start()

        self.runner.run(start_child, self._connect, on_error=self._on_embedded_failed)

    def shutdown(self) -> None:
        """Stop the feed, wait for background work, stop the child server."""
        self._wake.stop()
        self._reap.stop()
        if self.window is not None:
            reauth = self.window.findChild(Reauth, "reauth")
            if reauth is not None:  # requests waiting for a password give up
                reauth.release()
            self.window.ctx.live.stop()
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
        self.dialog = LoginDialog(self.client, self.runner, username=username, password=password)
        self.dialog.signed_in.connect(self._on_dialog_signed_in)
        self.dialog.login_failed.connect(self._on_dialog_login_failed)
        self.dialog.rejected.connect(self._on_dialog_rejected)
        # The splash stays until another window shows: closing the last window would quit.
        if username and password:
            self.dialog.sign_in()  # kiosk: the dialog shows only if these credentials fail
        else:
            self.dialog.show()
            self._close_splash()

    def _on_dialog_login_failed(self, _message: str) -> None:
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.show()
        self._close_splash()

    def _on_dialog_signed_in(self, session: UserSession) -> None:
        assert self.client is not None
        self._open_window(session, self.client)

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
        self.window.show()
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
