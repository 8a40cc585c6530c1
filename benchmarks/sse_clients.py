"""Hand-written HTTP/1.1 clients for the feed benchmark: SSE followers (raw asyncio
protocols with chunked decoding, timestamping every event as its bytes arrive) and the
driver's keep-alive connections for the actions (benchmarks.feed_latency)."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import cast

import orjson


@dataclass
class Follower:
    """What one follower received: (seq, receive time) per event, in arrival order."""

    events: list[tuple[int, float]] = field(default_factory=list)
    started: asyncio.Event = field(default_factory=asyncio.Event)
    error: str = ""
    stopping: bool = False


@dataclass
class Action:
    """One driven action: when it was sent and answered, and the case version it made."""

    case_id: int
    sent: float = 0.0
    answered: float = 0.0
    status: int = 0
    version: int = 0


class _Chunked:
    """Incremental decoder of an HTTP/1.1 chunked body."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._need = -1  # bytes of the current chunk still expected, -1 for a size line
        self.finished = False

    def feed(self, data: bytes) -> bytes:
        """The body bytes decodable after `data`."""
        buf = self._buf
        buf += data
        out = bytearray()
        while True:
            if self._need < 0:
                end = buf.find(b"\r\n")
                if end < 0:
                    break
                size = int(bytes(buf[:end]).split(b";")[0], 16)
                del buf[: end + 2]
                if size == 0:
                    self.finished = True
                    break
                self._need = size
            if len(buf) < self._need + 2:
                break
            out += buf[: self._need]
            del buf[: self._need + 2]
            self._need = -1
        return bytes(out)


async def _read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return status, headers, head


class FollowerProtocol(asyncio.Protocol):
    """One SSE follower: sends the GET, then records (seq, receive time) of every event.

    A protocol rather than a StreamReader loop: 1,000 followers share the machine with the
    server, so the client does as little per event as it can.
    """

    def __init__(
        self,
        request: bytes,
        log: Follower,
        seq_info: dict[int, tuple[int | None, int | None]],
    ) -> None:
        self.request = request
        self.log = log
        self.seq_info = seq_info
        self.transport: asyncio.Transport | None = None
        self.closed = asyncio.get_running_loop().create_future()
        self._head = bytearray()
        self._in_body = False
        self._decoder: _Chunked | None = None
        self._body = bytearray()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is no subclass
        self.transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        if not self._in_body:
            self._head += data
            end = self._head.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self._head[:end]).decode("latin-1").lower()
            rest = bytes(self._head[end + 4 :])
            self._in_body = True
            if not head.startswith("http/1.1 200"):
                self.fail(f"status {head.split(chr(13))[0]}")
                return
            if "transfer-encoding: chunked" in head:
                self._decoder = _Chunked()
            data = rest
        body = self._body
        body += self._decoder.feed(data) if self._decoder is not None else data
        log = self.log
        while (end := body.find(b"\n\n")) >= 0:
            frame = bytes(body[:end])
            del body[: end + 2]
            if frame.startswith(b":"):
                log.started.set()
                continue
            seq = None
            payload = b""
            for line in frame.split(b"\n"):
                if line.startswith(b"id: "):
                    seq = int(line[4:])
                elif line.startswith(b"data: "):
                    payload = line[6:]
            if seq is None:
                continue
            log.events.append((seq, now))
            if seq not in self.seq_info:
                event = orjson.loads(payload)
                self.seq_info[seq] = (event.get("case_id"), event.get("version"))

    def fail(self, error: str) -> None:
        """Record an error and hang up."""
        self.log.error = self.log.error or error
        self.log.started.set()
        if self.transport is not None:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.log.stopping:
            self.log.error = self.log.error or f"stream closed: {exc}"
        self.log.started.set()
        if not self.closed.done():
            self.closed.set_result(None)


async def follow(
    host: str,
    port: int,
    token: str,
    after: int,
    log: Follower,
    seq_info: dict[int, tuple[int | None, int | None]],
) -> FollowerProtocol | None:
    """Connect one follower from position `after`; None (and log.error) if it cannot."""
    request = (
        f"GET /api/v1/events/stream?after={after} HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
    ).encode()
    loop = asyncio.get_running_loop()
    try:
        _, protocol = await loop.create_connection(
            lambda: FollowerProtocol(request, log, seq_info), host, port
        )
    except OSError as exc:
        log.error = f"connect: {exc}"
        log.started.set()
        return None
    return protocol


class ConnectionPool:
    """Keep-alive connections for the driver, opened on demand.

    A connection idle for longer than IDLE_SECONDS is not reused: the server (uvicorn's
    keep-alive timeout, 5 s) may have closed it.
    """

    IDLE_SECONDS = 2.0

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = []

    async def take(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A connection that is fresh or was used recently."""
        now = time.monotonic()
        while self._idle:
            reader, writer, used = self._idle.pop()
            if now - used < self.IDLE_SECONDS:
                return reader, writer
            writer.close()
        return await asyncio.open_connection(self.host, self.port)

    def give(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Put a connection back after a complete response."""
        self._idle.append((reader, writer, time.monotonic()))

    def close(self) -> None:
        """Close every idle connection."""
        for _, writer, _ in self._idle:
            writer.close()
        self._idle.clear()


async def act(pool: ConnectionPool, token: str, action: Action, version: int, key: str) -> None:
    body = orjson.dumps({"action": "dispatch", "version": version, "department": "urban"})
    request = (
        f"POST /api/v1/cases/{action.case_id}/actions HTTP/1.1\r\n"
        f"Host: {pool.host}:{pool.port}\r\nAuthorization: Bearer {token}\r\n"
        f"Content-Type: application/json\r\nIdempotency-Key: {key}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    for attempt in range(2):
        reader, writer = await pool.take()
        action.sent = time.perf_counter()
        writer.write(request)
        try:
            status, headers, _ = await _read_head(reader)
            payload = await reader.readexactly(int(headers.get("content-length", "0")))
        except (OSError, asyncio.IncompleteReadError):
            # The server closed a kept-alive connection: the same key makes a retry safe.
            writer.close()
            if attempt:
                raise
            continue
        action.answered = time.perf_counter()
        action.status = status
        if status == 200:
            action.version = int(orjson.loads(payload)["version"])
        pool.give(reader, writer)
        return


async def feed_position(host: str, port: int, token: str) -> int:
    """The feed's current position, as a page of the case list reports it."""
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(
        f"GET /api/v1/cases?limit=1 HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Authorization: Bearer {token}\r\nConnection: close\r\n\r\n".encode()
    )
    status, headers, _ = await _read_head(reader)
    body = await reader.readexactly(int(headers["content-length"]))
    writer.close()
    if status != 200:
        raise RuntimeError(f"list answered {status}: {body[:200]!r}")
    return int(orjson.loads(body)["feed_seq"])
