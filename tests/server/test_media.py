"""Demo media: the bundled clip with Range requests, and endless live streams (demo mode only)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from server.app import create_app
from server.config import Settings
from server.routes.media import DEMO_CLIP, LIVE_CLIP, live_clip

STREAM_SECONDS = 60  # bound on any read of a live stream


def test_demo_clip_is_served_whole_and_by_range(client: TestClient) -> None:
    whole = client.get("/media/demo.mp4")
    assert whole.status_code == 200
    assert whole.headers["content-type"] == "video/mp4"
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.content == DEMO_CLIP.read_bytes()

    part = client.get("/media/demo.mp4", headers={"Range": "bytes=100-1099"})
    assert part.status_code == 206
    size = DEMO_CLIP.stat().st_size
    assert part.headers["content-range"] == f"bytes 100-1099/{size}"
    assert part.content == DEMO_CLIP.read_bytes()[100:1100]

    beyond = client.get("/media/demo.mp4", headers={"Range": f"bytes={size + 10}-"})
    assert beyond.status_code == 416


def test_media_needs_no_token_but_a_known_camera(client: TestClient) -> None:
    unknown = client.get("/media/live/CAM-NOPE-999")
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    assert "CAM-NOPE-999" in unknown.json()["detail"]
    for path in ("/media/live/..%2F..%2Fserver%2Fapp.py", "/media/demo.ts", "/media/../README.md"):
        assert client.get(path).status_code in (404, 422), path


def test_media_routes_do_not_exist_outside_demo_mode(tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'prod.db'}", demo=False)
    with TestClient(create_app(settings, background=False)) as client:
        assert client.get("/media/demo.mp4").status_code == 404
        assert client.get("/media/live/CAM-XC-001").status_code == 404


class ThreadedServer:
    """The app under uvicorn on a free port in a thread: streams need a real HTTP server."""

    def __init__(self, settings: Settings) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        app = create_app(settings, background=False)
        config = uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]})

    def start(self) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "server did not start"
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[ThreadedServer]:
    """A demo server whose live streams run 25× faster than real time."""
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'live.db'}",
        demo=True,
        simulator_rate=0,
        demo_live_speed=25,
    )
    server = ThreadedServer(settings).start()
    yield server
    server.stop()


def test_live_stream_runs_on_beyond_one_pass_of_the_clip(live_server: ThreadedServer) -> None:
    clip = live_clip()
    wanted = len(clip.data) * 2 + len(clip.data) // 2  # two and a half passes
    received = bytearray()
    with (
        httpx.Client(timeout=STREAM_SECONDS) as http,
        http.stream("GET", live_server.url + "/media/live/CAM-XC-001") as response,
    ):
        assert response.status_code == 200
        assert response.headers["content-type"] == "video/mp2t"
        for chunk in response.iter_bytes():
            received += chunk
            if len(received) >= wanted:
                break
    # Pass n is the clip with its clock and counters moved on, not the same bytes again.
    expected = clip.data + clip.repetition(1) + clip.repetition(2)
    assert bytes(received[:wanted]) == expected[:wanted]
    assert clip.repetition(1) != clip.data


def test_stopping_the_server_ends_every_live_stream(live_server: ThreadedServer) -> None:
    limit = 40 * len(LIVE_CLIP.read_bytes())  # 40 passes: ~26 s at this speed
    received = 0
    ended = False
    with (
        httpx.Client(timeout=STREAM_SECONDS) as http,
        http.stream("GET", live_server.url + "/media/live/RELAY-NT-001") as response,
    ):
        assert response.status_code == 200
        try:
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > 100_000 and not live_server.server.should_exit:
                    threading.Thread(target=live_server.stop).start()
                if received > limit:
                    break
            else:
                ended = True
        except httpx.HTTPError:
            ended = True
    assert ended, f"the stream went on after the server stopped ({received} bytes)"
    assert received > 100_000


def test_a_head_request_tells_the_clips_size(client: TestClient) -> None:
    response = client.head("/media/demo.mp4")
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == DEMO_CLIP.stat().st_size
    assert response.content == b""
