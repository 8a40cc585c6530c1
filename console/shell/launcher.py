"""From start to a signed-in window: embedded server or --server, then sign-in, then the window."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from console.api import ApiClient, UserSession
from console.config import ConsoleSettings, data_dir
from console.embedded import EmbeddedServer
from console.i18n import ALERT_WAV
from console.shell.login_dialog import LoginDialog
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner

log = logging.getLogger(__name__)


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

    def start(self) -> None:
        """Begin: start the embedded server in the background when no address was given."""
        if self.settings.server_url:
            self._connect(self.settings.server_url)
            return
        self.splash = QLabel(self.tr("Starting the local command-center server…"))
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
        if self.window is not None:
            self.window.ctx.live.stop()
        self.runner.wait(15000)
        if self.embedded is not None:
            self.embedded.stop()
        if self.client is not None:
            self.client.close()

    def _on_embedded_failed(self, exc: object) -> None:
        self._close_splash()
        text = self.tr("The local server could not start:\n%1").replace("%1", str(exc))
        self.failed.emit(text)
        QMessageBox.critical(None, self.tr("Duty Console"), text)

    def _connect(self, url: str) -> None:
        self.client = ApiClient(url, timeout=self.settings.timeout)
        settings = self.settings
        self.dialog = LoginDialog(
            self.client,
            self.runner,
            username=settings.username or "",
            password=settings.password or "",
        )
        self.dialog.signed_in.connect(self._on_dialog_signed_in)
        self.dialog.login_failed.connect(self._on_dialog_login_failed)
        self.dialog.rejected.connect(self._on_dialog_rejected)
        # The splash stays until another window shows: closing the last window would quit.
        if settings.username and settings.password:
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
        self.window = MainWindow(
            session,
            self.client,
            self.runner,
            server_url=self.client.base_url,
            sound=ALERT_WAV,
            embedded=self.embedded,
            data_dir=Path(self.settings.data_dir),
            closed_days=self.settings.closed_days,
        )
        self.window.show()
        self._close_splash()
        self.window.start()
        self.window_opened.emit(self.window)

    def _on_dialog_rejected(self) -> None:
        if self.window is None:
            QApplication.quit()

    def _close_splash(self) -> None:
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None
