"""`cc-console --wall`: the chosen screen, the server (embedded or --server), the wall window.

Nothing here asks anything of anyone: credentials come from --user/--password or the
CC_CONSOLE_* environment, a local server that cannot start is said on the screen and tried
again, and the window signs in by itself (link.py).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from console.config import ConsoleSettings, data_dir
from console.embedded import EmbeddedServer
from console.logging_setup import SERVER_LOG
from console.tasks import TaskRunner
from console.wall import allocator
from console.wall.link import WallLink
from console.wall.options import WallOptionError, WallOptions
from console.wall.readonly import ReadOnlyClient
from console.wall.scale import WallScale, style_sheet
from console.wall.window import WallWindow
from widgets.plain_text import PlainLabel

log = logging.getLogger(__name__)

EMBEDDED_RETRY_MS = 30_000
CHILD_CHECK_MS = 5_000  # how often the wall looks whether its local server still runs


def choose_screen(index: int) -> QScreen:
    """QGuiApplication.screens()[index], or WallOptionError naming the screens there are."""
    screens = QGuiApplication.screens()
    if not 0 <= index < len(screens):
        names = ", ".join(
            f"{i}: {s.name() or '?'} {s.geometry().width()}x{s.geometry().height()}"
            for i, s in enumerate(screens)
        )
        raise WallOptionError(
            f"--screen {index} is out of range: this display has {len(screens)} screen(s) ({names})"
        )
    return screens[index]


def show_full_screen(widget: QWidget, screen: QScreen) -> None:
    """Full screen on that monitor (placed there first: a window manager keeps it there)."""
    widget.winId()  # the native window first: its screen is set before it is shown
    handle = widget.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    widget.setGeometry(screen.geometry())
    widget.showFullScreen()
    if not widget.isFullScreen():  # seen on the offscreen platform: the state did not stick
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowFullScreen)


class WallLauncher(QObject):
    """Starts (or finds) the server, then opens the wall on its screen; stops the child."""

    window_opened = Signal(object)

    def __init__(
        self,
        settings: ConsoleSettings,
        options: WallOptions,
        screen: QScreen,
        *,
        feed_wait: float = 25.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.options = options
        self.screen = screen
        self.feed_wait = feed_wait
        self.runner = TaskRunner(self)
        self.embedded: EmbeddedServer | None = None
        self.client: ReadOnlyClient | None = None
        self.window: WallWindow | None = None
        self.splash: QLabel | None = None
        self._retry = QTimer(self, singleShot=True, interval=EMBEDDED_RETRY_MS)
        self._retry.timeout.connect(self._start_embedded)
        self._watch = QTimer(self, interval=CHILD_CHECK_MS)
        self._watch.timeout.connect(self._on_watch_timeout)
        self._restarting = False
        self.restarts = 0

    def scale(self) -> WallScale:
        """Type sizes for the chosen screen."""
        return WallScale(self.screen.geometry().height(), self.options.font_scale)

    def start(self) -> None:
        """Open the wall now (--server) or once the local server runs."""
        allocator.tune()  # before its threads allocate: a process that runs for days
        if self.settings.server_url:
            self._open(self.settings.server_url)
            return
        self.splash = PlainLabel(self.tr("Starting the local command-center server…"))
        self.splash.setObjectName("wallBanner")
        self.splash.setProperty("level", "warning")
        self.splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splash.setWordWrap(True)
        self.splash.setStyleSheet(style_sheet(self.scale()))
        show_full_screen(self.splash, self.screen)
        settings = self.settings
        # Its output in the user's log folder, like a duty console's embedded server.
        log_path = Path(settings.log_dir) / SERVER_LOG if settings.log_dir else None
        self.embedded = EmbeddedServer(
            Path(settings.data_dir), rate=settings.simulator_rate, log_path=log_path
        )
        self._start_embedded()

    def _start_embedded(self) -> None:
        embedded, settings = self.embedded, self.settings
        assert embedded is not None

        def start_child() -> str:
            data_dir(settings)  # created here: no disk I/O on the GUI thread
            return embedded.start()

        self.runner.run(start_child, self._open, on_error=self._on_embedded_failed)

    def _on_embedded_failed(self, exc: object) -> None:
        log.error("the local server could not start: %s", exc)
        if self.splash is not None:
            first = str(exc).splitlines()[0] if str(exc) else repr(exc)
            text = self.tr("The local server could not start: %1 — trying again")
            self.splash.setText(text.replace("%1", first))
        self._retry.start()

    def _open(self, url: str) -> None:
        self.client = ReadOnlyClient(url, timeout=self.settings.timeout)
        link = WallLink(
            self.client,
            self.runner,
            self.settings.username or "",
            self.settings.password or "",
            feed_wait=self.feed_wait,
        )
        window = self.window = WallWindow(self.client, self.runner, link, self.options)
        link.setParent(window)
        window.apply_scale(self.scale())
        self.screen.geometryChanged.connect(lambda _g: window.apply_scale(self.scale()))
        show_full_screen(window, self.screen)
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None
        window.start()
        if self.embedded is not None:
            self._watch.start()
        self.window_opened.emit(window)

    def _on_watch_timeout(self) -> None:
        """A local server that died is started again (on a new port) and followed there."""
        embedded = self.embedded
        if embedded is None or self._restarting or not embedded.crashed():
            return
        log.error(
            "the local server stopped (exit code %s): starting it again", embedded.exit_code()
        )
        self._restarting = True
        self._watch.setInterval(EMBEDDED_RETRY_MS)  # a child that cannot start: not too often
        self.runner.run(
            embedded.start, self._on_embedded_restarted, on_error=self._on_embedded_restart_failed
        )

    def _on_embedded_restarted(self, url: str) -> None:
        self._restarting = False
        self._watch.setInterval(CHILD_CHECK_MS)
        self.restarts += 1
        if self.client is not None:
            self.client.base_url = url.rstrip("/")
        if self.window is not None:
            self.window.move_to_server(url)

    def _on_embedded_restart_failed(self, exc: object) -> None:
        self._restarting = False
        log.error("the local server could not start again: %s", exc)

    def shutdown(self) -> None:
        """Stop the window's work, wait for the workers, stop the child server."""
        self._retry.stop()
        self._watch.stop()
        if self.window is not None:
            self.window.shut_down()
        self.runner.close()
        self.runner.wait(15000)
        if self.embedded is not None:
            self.embedded.stop()
        if self.client is not None:
            self.client.close()


def run_wall(settings: ConsoleSettings, options: WallOptions, screen_index: int) -> int:
    """The wall until it is closed or signalled; 2 for a wrong option (said on stderr)."""
    app = QGuiApplication.instance()
    assert app is not None
    try:
        screen = choose_screen(screen_index)
    except WallOptionError as exc:
        print(f"cc-console: {exc}", file=sys.stderr)
        return 2
    if not (settings.username and settings.password):
        print(
            "cc-console: a wall signs in by itself: give --user and --password "
            "(or CC_CONSOLE_USERNAME and CC_CONSOLE_PASSWORD)",
            file=sys.stderr,
        )
        return 2
    launcher = WallLauncher(settings, options, screen)
    launcher.start()
    try:
        return app.exec()
    finally:
        launcher.shutdown()
