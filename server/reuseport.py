"""One listening socket per worker process on a shared port (SO_REUSEPORT), where Linux has it.

With a single socket shared by every worker, whichever worker's event loop wakes first accepts
every connection waiting, and a burst of new connections can land nearly all on one process:
one core busy, the other idle. With a socket per worker on the same port, the kernel spreads
new connections over the workers evenly.
"""

from __future__ import annotations

import socket
from typing import Any

AVAILABLE = hasattr(socket, "SO_REUSEPORT")


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
    """Bind the supervisor's reservation of host:port (port 0: a free one)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = SharedPort(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock
