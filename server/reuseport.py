"""One listening socket per worker process on a shared port (SO_REUSEPORT), on Linux.

With a single socket shared by every worker, whichever worker's event loop wakes first accepts
every connection waiting, and a burst of new connections can land nearly all on one process:
one core busy, the other idle. With a socket per worker on the same port, the Linux kernel
spreads new connections over the workers evenly (other systems that have SO_REUSEPORT do not
balance, so they keep the shared socket).

The price: each worker has its own queue of connections not yet accepted, and those are reset
if that worker exits (a restart, a crash, shut-down) instead of being taken by another worker.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

AVAILABLE = sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


class SharedPort(socket.socket):
    """The supervisor's reservation of the port (bound, never listening).

    Handed to a worker process (pickled), it arrives as that worker's own socket bound to the
    same address, which the worker's server then listens on.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (bind_shared, (self.family, self.getsockname()))


def bind_shared(family: socket.AddressFamily, address: tuple[Any, ...]) -> socket.socket:
    """A socket bound to `address` beside others with SO_REUSEPORT (port 0: a free one)."""
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(address)
    return sock


def reserve(host: str, port: int) -> SharedPort:
    """Bind the supervisor's reservation of host:port (port 0: a free one).

    The port must be free first: SO_REUSEPORT alone would let a second server (say, a new
    version started before the old one stopped) share the port with the first in silence.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))  # OSError (address in use) if anyone listens there
        port = probe.getsockname()[1]
    sock = SharedPort(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock
