"""One console per data folder: a second start brings the first to the front and exits.

Two consoles on one data folder would start two servers, two simulators and two ladders on
one SQLite file and share one outbox. The authority is an advisory lock (flock) on
`<data folder>/cc-console.lock`, which the system releases whenever the holder dies, even by
SIGKILL: no stale lock to clear by hand. Beside it the holder listens on a local socket
named after the folder; a second start that cannot take the lock connects there and asks the
first to show itself, then exits with ALREADY_RUNNING.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path
from typing import IO

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["ALREADY_RUNNING", "LOCK_NAME", "SingleInstance", "socket_name"]

log = logging.getLogger(__name__)

ALREADY_RUNNING = 3  # cc-console's exit status when another one has the data folder
LOCK_NAME = "cc-console.lock"
ACTIVATE = b"activate\n"
CONNECT_MS = 2000
READ_MS = 500  # the GUI waits this long at most for a second start to say what it wants

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Linux: the socket alone decides
    fcntl = None  # type: ignore[assignment]


def socket_name(folder: Path) -> str:
    """The local socket of the console that holds `folder` (per user, per folder)."""
    key = hashlib.sha256(str(Path(folder).expanduser().resolve()).encode()).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return f"cc-console-{uid}-{key}"


class SingleInstance(QObject):
    """Holds the data folder for this process; `activation_requested` at a second start."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder).expanduser()
        self.name = socket_name(self.folder)
        self._lock: IO[bytes] | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this process now holds the folder. False: another one does (and was asked
        to come to the front)."""
        if not self._take_lock():
            self._ask_holder_to_activate()
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a dead holder's socket file (we hold the lock)
        if not server.listen(self.name):
            log.warning("no activation socket %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def release(self) -> None:
        """Let the folder go (also done by the system when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            with contextlib.suppress(OSError):
                self._lock.close()
            self._lock = None

    def _take_lock(self) -> bool:
        self.folder.mkdir(parents=True, exist_ok=True)
        handle = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115 - held for the process
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                return False
        elif self._holder_answers():  # pragma: no cover
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
        self._lock = handle
        return True

    def _holder_answers(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        answered = socket.waitForConnected(CONNECT_MS)
        socket.abort()
        return answered

    def _ask_holder_to_activate(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            log.warning("the console holding %s does not answer on %s", self.folder, self.name)
            return
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()

    def _on_server_new_connection(self) -> None:
        # Read at once (the second start writes right after connecting): no per-connection
        # slot, so that no socket outlives its handling.
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            if connection.bytesAvailable() or connection.waitForReadyRead(READ_MS):
                request = bytes(connection.readAll().data())
                if request.startswith(ACTIVATE.strip()):
                    log.info("a second start on %s: brought to the front", self.folder)
                    self.activation_requested.emit()
            connection.abort()
            connection.deleteLater()
