"""Waking the feed hubs of the other server processes on this host after a commit.

With several worker processes, an event committed by one must reach followers held by
another at once, not at that one's next poll. Each process binds a Unix datagram socket in
a folder named after the database; after a commit it sends one byte to every other socket
there. A lost datagram costs only latency: every hub still polls on its own schedule.
(Workers on several hosts would need the database's own signal, e.g. PostgreSQL's
LISTEN/NOTIFY; one host with one worker per core is what this serves.)
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import socket
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

RELIST_SECONDS = 1.0


def folder_for(database_url: str) -> Path:
    """The folder of this user's processes serving this database (short: socket paths are
    limited to about 100 bytes, so it lives in the temporary directory)."""
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"cc-wake-{os.getuid()}-{digest}"


def _private_folder(folder: Path) -> None:
    """Create the folder, or accept an existing one only if it is this user's own, private,
    and not a link: nobody else may put sockets (or files to delete) in it."""
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    found = os.lstat(folder)
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid() or found.st_mode & 0o077:
        raise RuntimeError(
            f"{folder} must be a directory of this user's with mode 700 (remove it and start again)"
        )


class PeerWake:
    """One process's socket in the group, and the sending side for the whole group."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        _private_folder(folder)
        self.path = folder / f"{os.getpid()}.sock"
        self._sender = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sender.setblocking(False)
        self._receiver: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._peers: list[str] = []
        self._listed_as: int | None = None  # the folder's mtime when it was last listed
        self._listed_at = 0.0

    def listen(self, loop: asyncio.AbstractEventLoop, on_wake: Callable[[], None]) -> None:
        """Receive wake-ups from the others in this event loop."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # left by a process of the same pid that died
        receiver = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        receiver.setblocking(False)
        receiver.bind(str(self.path))
        self._receiver, self._loop = receiver, loop

        def drain() -> None:
            try:
                while receiver.recv(64):
                    pass
            except BlockingIOError:
                pass
            on_wake()

        loop.add_reader(receiver.fileno(), drain)

    def broadcast(self) -> None:
        """Tell every other process of the group to poll now (callable from any thread)."""
        # A process that joins or leaves changes the folder: list it again then (one stat a
        # commit), so that a worker started a moment ago is woken from its first commit; and
        # every second anyway, as timestamps are coarse and two changes may share one.
        changed, now = os.stat(self.folder).st_mtime_ns, time.monotonic()
        if changed != self._listed_as or now - self._listed_at > RELIST_SECONDS:
            self._listed_as, self._listed_at = changed, now
            self._peers = [str(p) for p in self.folder.glob("*.sock") if p != self.path]
        for peer in self._peers:
            try:
                self._sender.sendto(b"!", peer)
            except BlockingIOError:
                pass  # its queue is full: it has wake-ups enough to act on
            except (ConnectionRefusedError, FileNotFoundError):
                # Nobody listens there any more: a process that died without cleaning up.
                with contextlib.suppress(FileNotFoundError):
                    Path(peer).unlink()
            except OSError as exc:
                log.warning("could not wake the feed of %s: %s", peer, exc)

    def close(self) -> None:
        """Leave the group."""
        if self._receiver is not None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(self._receiver.fileno())
            self._receiver.close()
            self._receiver = None
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        self._sender.close()
