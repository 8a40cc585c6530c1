"""Qt's own player (QtMultimedia, FFmpeg backend) plays the demo media the server sends.

Played four times faster than real time (the server's live streams too), so that more than
two passes of the 16 s clip take seconds, not a minute.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from server.config import Settings
from tests.server.test_media import ThreadedServer

SPEED = 4.0
CLIP_FRAMES = 16 * 25
WAIT_MS = 90_000  # generous: the machine is shared


class Watcher:
    """A player into a video sink, counting the frames it shows and noting how it ends."""

    def __init__(self, url: str) -> None:
        self.player = QMediaPlayer()
        self.sink = QVideoSink()
        self.player.setVideoOutput(self.sink)
        self.frames = 0
        self.size: tuple[int, int] | None = None
        self.ended = False
        self.error = ""
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)
        self.player.setSource(QUrl(url))
        self.player.setPlaybackRate(SPEED)
        self.player.play()

    def _on_frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.frames += 1
            self.size = (frame.width(), frame.height())

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.ended = True

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.error = message or "error"

    def close(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())


@pytest.fixture
def fast_server(tmp_path: Path) -> Iterator[ThreadedServer]:
    """A demo server whose live streams run at the players' speed."""
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'play.db'}",
        demo=True,
        simulator_rate=0,
        demo_live_speed=SPEED,
    )
    server = ThreadedServer(settings).start()
    yield server
    server.stop()


def test_the_demo_clip_plays_whole_from_the_server(qtbot: Any, fast_server: ThreadedServer) -> None:
    watcher = Watcher(fast_server.url + "/media/demo.mp4")
    try:
        qtbot.waitUntil(lambda: watcher.ended or watcher.error != "", timeout=WAIT_MS)
        assert watcher.error == ""
        assert watcher.size == (640, 360)
        assert watcher.frames > CLIP_FRAMES * 0.9
    finally:
        watcher.close()


def test_a_live_stream_plays_on_past_two_passes_and_ends_with_the_server(
    qtbot: Any, fast_server: ThreadedServer
) -> None:
    watcher = Watcher(fast_server.url + "/media/live/CAM-XC-001")
    try:
        qtbot.waitUntil(
            lambda: watcher.frames > 2.25 * CLIP_FRAMES or watcher.ended or watcher.error != "",
            timeout=WAIT_MS,
        )
        assert (watcher.ended, watcher.error) == (False, ""), "the stream stopped by itself"
        assert watcher.size == (640, 360)
        threading.Thread(target=fast_server.stop).start()
        qtbot.waitUntil(lambda: watcher.ended or watcher.error != "", timeout=WAIT_MS)
        shown = watcher.frames
        qtbot.wait(500)
        assert watcher.frames == shown  # nothing more comes
    finally:
        watcher.close()
