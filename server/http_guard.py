"""HTTP/1.1 connections that cannot hold the server's memory or sockets with their headers.

uvicorn's httptools protocol keeps any amount of request line and headers in memory (40 MB
headers were held) and waits for them as long as a client trickles them (300 slowloris
connections stayed open). This protocol answers 431 once a request's line and headers pass
`header_max_bytes`, and 408 (then closes) when they have not all arrived within
`header_timeout_seconds` of the request's first byte or of the connection's opening. The
wait between requests on a kept-alive connection stays uvicorn's own keep-alive timeout.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

HEADER_MAX_BYTES = 64 * 1024
HEADER_TIMEOUT_SECONDS = 10.0
# After a refusal the rest of what the client sends is read and dropped for this long, so
# that closing with unread data (a TCP reset) does not destroy the answer on its way.
LINGER_SECONDS = 2.0


class HeadersTooLarge(Exception):
    """Raised from a parser callback: the parser stops and the request is refused."""


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a bound on header size and header time."""

    header_max_bytes = HEADER_MAX_BYTES
    header_timeout_seconds = HEADER_TIMEOUT_SECONDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_bytes = 0
        self._header_timer: asyncio.TimerHandle | None = None
        self._refusal: int | None = None
        self._lingering = False

    @classmethod
    def configure(cls, max_bytes: int, timeout_seconds: float) -> type[GuardedHttpToolsProtocol]:
        """Set this process's limits (uvicorn takes the class, and worker processes import it
        afresh: each configures it from its settings) and return the class."""
        cls.header_max_bytes = max_bytes
        cls.header_timeout_seconds = timeout_seconds
        return cls

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if not self._lingering:
            super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0
        self._start_header_timer()

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._stop_header_timer()
        super().on_headers_complete()

    def send_400_response(self, msg: str) -> None:
        """The parser stopped: for our refusal say why with its own status."""
        if self._refusal is None:
            super().send_400_response(msg)
        else:
            self._refuse(self._refusal, "Request header fields too large.")

    def _count(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > self.header_max_bytes:
            self._refusal = 431
            raise HeadersTooLarge

    def _start_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(
                self.header_timeout_seconds, self._headers_too_slow
            )

    def _stop_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self._refuse(408, "The request headers did not arrive in time.")

    def _refuse(self, status: int, message: str) -> None:
        body = message.encode("ascii")
        self.transport.write(
            STATUS_LINE[status]
            + b"content-type: text/plain; charset=utf-8\r\n"
            + b"content-length: "
            + str(len(body)).encode("ascii")
            + b"\r\nconnection: close\r\n\r\n"
            + body
        )
        self._stop_header_timer()
        self._lingering = True
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_SECONDS, self.transport.close)
