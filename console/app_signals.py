"""SIGTERM and SIGINT end cc-console at any moment (console/app.py installs this for the
session): a modal dialog's loop included, and before the main loop has started."""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


class SignalStopper:
    """SIGTERM and SIGINT end the console at any moment, a modal dialog's loop included.

    Python runs a signal handler only when the interpreter runs: a timer wakes it while Qt
    waits (also inside a dialog's exec()). The handler ends every running event loop; a
    signal that comes before the main loop has started (QApplication.quit() would do nothing
    then) is remembered, and the main loop is not entered at all. Windows get no close
    event: what must happen at the end happens in Launcher.shutdown().
    """

    WAKE_MS = 200

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.signalled: int | None = None
        self._wake = QTimer(app)
        self._wake.setInterval(self.WAKE_MS)
        self._wake.timeout.connect(_nothing)
        self._wake.start()
        self._previous: dict[int, Callable[..., object] | int | None] = {}
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        first = self.signalled is None
        self.signalled = signum
        if first:
            logging.getLogger("cc-console").info("signal %s: ending", signum)
        # exit(), not quit(): quit() does nothing outside the main loop (a dialog's exec()
        # before it) and may be refused by a window; exit() ends every running loop, and
        # no loop starts again in this process (the main one is not entered: exec()).
        self.app.exit(0)

    def exec(self) -> int:
        """The main loop, unless a signal already asked to end."""
        if self.signalled is not None:
            return 0
        return self.app.exec()

    def exit_status(self, code: int) -> int:
        """0 when a signal ended the console: asked to stop, it stopped cleanly (its server
        with it), as a service manager or a session's logout expects."""
        self._wake.stop()
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        return 0 if self.signalled is not None else code


def _nothing() -> None:
    """The wake timer's slot: only lets the interpreter run its signal handlers."""
