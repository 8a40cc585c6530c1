"""One slot of the video wall: a QMediaPlayer into a QVideoSink, its state, and reconnection.

States: idle (no camera), connecting, playing, buffering, lost. A lost stream (an error, the
end of a live stream, no frame for STALL_SECONDS while playing, no picture CONNECT_SECONDS
after connecting) is torn down and tried again after 1, 2, 4, 8, 16, 30, 30… seconds, by
itself. Each attempt gets a fresh player on a thread of its own (player_host.py), so a dead or
hanging stream can hold up neither the window nor the other slots.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer

from console.video.camera import Camera, is_clip, stream_url
from console.video.player_host import PlayerHost, running_threads, start_host

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (1, 2, 4, 8, 16, 30)
STALL_SECONDS = 6.0  # no frame for this long while playing: the stream is lost
CONNECT_SECONDS = 20.0  # no picture this long after connecting: lost
STABLE_SECONDS = 10.0  # playing this long: the next loss starts the backoff again at 1 s
# Player threads not yet ended, all slots together (9 slots, and stuck closings): beyond
# this a slot waits for earlier attempts to end instead of piling up threads and decoders.
MAX_PLAYER_THREADS = 24

IDLE, CONNECTING, PLAYING, BUFFERING, LOST = "idle", "connecting", "playing", "buffering", "lost"


def backoff_seconds(failures: int) -> int:
    """The wait before attempt number `failures` + 1 (1, 2, 4, 8, 16, then 30)."""
    return BACKOFF_SECONDS[min(max(failures, 0), len(BACKOFF_SECONDS) - 1)]


class VideoSlot(QObject):
    """Plays one camera; says its state, counts decoded frames, keeps the latest one."""

    state_changed = Signal(str)
    frame_changed = Signal()
    countdown_changed = Signal(int)  # seconds until the next attempt (while lost)
    _open = Signal(QUrl, bool, bool)  # to the current player host: url, loop, muted
    _close = Signal()
    _mute = Signal(bool)

    def __init__(self, server_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server_url = server_url
        self.camera: Camera | None = None
        self.state = IDLE
        self.frames = 0  # decoded frames delivered since the slot was made
        self.failures = 0  # losses in a row (for the backoff)
        self.retry_in = 0
        self.detail = ""  # why the stream was lost
        self._active = True
        self._muted = True
        self._host: PlayerHost | None = None
        self._attempt = 0
        self._image = QImage()
        self._started = 0.0
        self._last_frame = 0.0
        self._playing_since = 0.0
        self._retry_at = 0.0
        self._watch = QTimer(self, interval=500)
        self._watch.timeout.connect(self._on_watch_timeout)

    # -- public -----------------------------------------------------------------------------

    def play(self, camera: Camera | None) -> None:
        """Show this camera (None: empty the slot); the backoff starts afresh."""
        self.camera = camera
        self.failures = 0
        self._image = QImage()
        self._teardown()
        if camera is None:
            self._set_state(IDLE)
        elif self._active:
            self._connect()
        else:
            self._set_state(IDLE)

    def set_active(self, active: bool) -> None:
        """Play only while shown: an inactive slot keeps its camera but closes its stream."""
        if active == self._active:
            return
        self._active = active
        if not active:
            self._teardown()
            self._set_state(IDLE)
        elif self.camera is not None:
            self.failures = 0
            self._connect()

    @property
    def active(self) -> bool:
        """Whether the slot plays (it is shown)."""
        return self._active

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute (a no-op on a machine without audio output)."""
        self._muted = muted
        self._mute.emit(muted)

    def image(self) -> QImage:
        """The latest decoded frame as an image (null before the first one)."""
        return self._image

    def close(self) -> None:
        """Stop for good (the pane is going away)."""
        self._watch.stop()
        self._teardown()

    # -- connecting -------------------------------------------------------------------------

    def _connect(self) -> None:
        assert self.camera is not None
        self._teardown()
        if running_threads() >= MAX_PLAYER_THREADS:
            # Earlier attempts still hang in their network reads (a dead camera can hold a
            # player for long): try again later rather than start yet another thread.
            self._schedule_retry(self.tr("earlier connections are still closing"))
            return
        url = stream_url(self.camera, self._server_url)
        self._attempt += 1
        host = start_host(self._attempt)
        self._open.connect(host.open)
        self._close.connect(host.close)
        self._mute.connect(host.set_muted)
        host.frame.connect(self._on_host_frame)
        host.failed.connect(self._on_host_failed)
        host.status.connect(self._on_host_status)
        self._host = host
        self._started = time.monotonic()
        self._last_frame = 0.0
        self._playing_since = 0.0
        self.detail = ""
        self._set_state(CONNECTING)
        self._watch.start()
        log.debug("slot: connecting to %s", url.toString())
        self._open.emit(url, is_clip(url), self._muted)  # opened on the host's own thread

    def _teardown(self) -> None:
        host, self._host = self._host, None
        if host is None:
            return
        self._close.emit()  # the host stops and ends its thread, however long that takes
        self._open.disconnect(host.open)
        self._close.disconnect(host.close)
        self._mute.disconnect(host.set_muted)
        host.frame.disconnect(self._on_host_frame)
        host.failed.disconnect(self._on_host_failed)
        host.status.disconnect(self._on_host_status)

    def _lose(self, why: str) -> None:
        if self.state == LOST:
            return
        log.info("slot %s lost: %s", self.camera.code if self.camera else "-", why)
        self._teardown()
        self._schedule_retry(why)

    def _schedule_retry(self, why: str) -> None:
        """Show 信号中断 with why, and count down to the next attempt (with backoff)."""
        self.detail = why
        wait = backoff_seconds(self.failures)
        self.failures += 1
        self._retry_at = time.monotonic() + wait
        self.retry_in = wait
        self._set_state(LOST)
        self.countdown_changed.emit(wait)
        self._watch.start()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
        if state == IDLE:
            self._watch.stop()

    # -- handlers ---------------------------------------------------------------------------

    @Slot(int, QImage)
    def _on_host_frame(self, attempt: int, image: QImage) -> None:
        host = self.sender()
        if isinstance(host, PlayerHost):
            host.in_flight.release()
        if attempt != self._attempt or self._host is None:
            return  # a frame of a stream already given up
        now = time.monotonic()
        self.frames += 1
        self._image = image
        self._last_frame = now
        if self.state != PLAYING:
            self._playing_since = now
            self._set_state(PLAYING)
        self.frame_changed.emit()

    @Slot(int, str)
    def _on_host_failed(self, attempt: int, why: str) -> None:
        if attempt == self._attempt and self._host is not None:
            self._lose(why)

    @Slot(int, int)
    def _on_host_status(self, attempt: int, value: int) -> None:
        if attempt != self._attempt or self._host is None:
            return
        status = QMediaPlayer.MediaStatus(value)
        media = QMediaPlayer.MediaStatus
        if status == media.InvalidMedia:
            self._lose("invalid media")
        elif status == media.EndOfMedia:
            self._lose("the stream ended")
        elif status == media.StalledMedia and self.state == PLAYING:
            self._set_state(BUFFERING)

    @Slot()
    def _on_watch_timeout(self) -> None:
        now = time.monotonic()
        if self.state == LOST:
            left = max(0, int(self._retry_at - now + 0.999))
            if left != self.retry_in:
                self.retry_in = left
                self.countdown_changed.emit(left)
            if now >= self._retry_at and self._active and self.camera is not None:
                self._connect()
        elif self.state == CONNECTING and now - self._started > CONNECT_SECONDS:
            self._lose("no picture after connecting")
        elif self.state in (PLAYING, BUFFERING):
            silent = now - self._last_frame
            if silent > STALL_SECONDS:
                self._lose(f"no picture for {silent:.0f} s")
            elif silent > 1.5 and self.state == PLAYING:
                self._set_state(BUFFERING)
            elif self.failures and now - self._playing_since > STABLE_SECONDS:
                self.failures = 0
