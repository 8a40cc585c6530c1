"""A real cc-server bounds a request's headers in size (431) and in time (408), so that huge
headers cannot fill its memory and trickled ones cannot hold its sockets (issue #18)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from tests.support.live_server import LiveServer


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp("http-guard")
    live = LiveServer(
        f"sqlite:///{folder / 'cc.db'}",
        demo=False,
        env={"CC_HEADER_TIMEOUT_SECONDS": "1", "CC_HEADER_MAX_BYTES": "16384"},
        log_path=folder / "server.log",
    )
    live.start()
    yield live
    live.stop()


def connect(server: LiveServer) -> socket.socket:
    address = urlsplit(server.url)
    sock = socket.create_connection((address.hostname, address.port), timeout=30)
    return sock


def read_all(sock: socket.socket) -> bytes:
    """Everything until the server closes the connection."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_headers_over_the_limit_get_431_and_the_connection_closes(server: LiveServer) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        try:
            for _ in range(64):  # 64 × 1 KB, four times the limit
                sock.sendall(b"X-Padding: " + b"a" * 1024 + b"\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server closed as soon as it had seen enough
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert requests.get(f"{server.url}/healthz", timeout=30).status_code == 200


def test_headers_trickled_in_get_408_and_the_connection_closes(server: LiveServer) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        started = time.monotonic()
        answer = b""
        try:
            while not answer and time.monotonic() - started < 20:
                sock.sendall(b"X-Slow: 1\r\n")
                sock.settimeout(0.3)
                try:
                    answer = sock.recv(65536)
                except TimeoutError:
                    continue
        except (BrokenPipeError, ConnectionResetError):
            pass
    assert answer.startswith(b"HTTP/1.1 408 ")


def test_a_connection_that_sends_nothing_is_closed(server: LiveServer) -> None:
    with connect(server) as sock:
        assert read_all(sock).startswith(b"HTTP/1.1 408 ")


def test_ordinary_requests_and_kept_alive_connections_are_untouched(server: LiveServer) -> None:
    with requests.Session() as session:
        for _ in range(3):
            answer = session.get(f"{server.url}/healthz", headers={"X-Big": "b" * 8000}, timeout=30)
            assert answer.status_code == 200
            time.sleep(0.4)  # idle between requests: the keep-alive timeout's business


def test_the_server_log_names_no_secret(server: LiveServer, tmp_path: Path) -> None:
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    assert "$argon2" not in log and "eyJ" not in log
