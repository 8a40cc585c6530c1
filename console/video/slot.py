"""One slot of the video wall: a QMediaPlayer into a QVideoSink, its state, and reconnection.

States: idle (no camera), connecting, playing, buffering, lost. A lost stream (an error, the
end of a live stream, no frame for STALL_SECONDS while playing, no picture CONNECT_SECONDS
after connecting) is torn down and tried again after 1, 2, 4, 8, 16, 30, 30… seconds, by
itself. Each attempt gets a fresh player, so a dead stream cannot wedge the next one; all of
it is asynchronous (QMediaPlayer opens and reads streams on its own threads).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from console.video.camera import Camera, is_clip, stream_url

log = logging.getLogger(__name__)

BACKOFF_SECONDS = (1, 2, 4, 8, 16, 30)
STALL_SECONDS = 6.0  # no frame for this long while playing: the stream is lost
CONNECT_SECONDS = 20.0  # no picture this long after connecting: lost
STABLE_SECONDS = 10.0  # playing this long: the next loss starts the backoff again at 1 s

IDLE, CONNECTING, PLAYING, BUFFERING, LOST = "idle", "connecting", "playing", "buffering", "lost"

_audio_devices: bool | None = None


def has_audio_device() -> bool:
    """Whether the machine has an audio output at all (asked once)."""
    global _audio_devices
    if _audio_devices is None:
        _audio_devices = bool(QMediaDevices.audioOutputs())
        if not _audio_devices:
            log.info("no audio output device: video plays without sound")
    return _audio_devices


def backoff_seconds(failures: int) -> int:
    """The wait before attempt number `failures` + 1 (1, 2, 4, 8, 16, then 30)."""
    return BACKOFF_SECONDS[min(max(failures, 0), len(BACKOFF_SECONDS) - 1)]


class VideoSlot(QObject):
    """Plays one camera; says its state, counts decoded frames, keeps the latest one."""

    state_changed = Signal(str)
    frame_changed = Signal()
    countdown_changed = Signal(int)  # seconds until the next attempt (while lost)

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
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._audio: QAudioOutput | None = None
        self._frame: QVideoFrame | None = None
        self._image = QImage()
        self._image_stale = False
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
        self._frame = None
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
        if self._audio is not None:
            self._audio.setMuted(muted)

    def image(self) -> QImage:
        """The latest decoded frame as an image (null before the first one)."""
        if self._image_stale and self._frame is not None:
            self._image = self._frame.toImage()
            self._image_stale = False
        return self._image

    def retry_now(self) -> None:
        """Try a lost stream again without waiting for the countdown."""
        if self.state == LOST and self.camera is not None and self._active:
            self._connect()

    def close(self) -> None:
        """Stop for good (the pane is going away)."""
        self._watch.stop()
        self._teardown()

    # -- connecting -------------------------------------------------------------------------

    def _connect(self) -> None:
        assert self.camera is not None
        self._teardown()
        url = stream_url(self.camera, self._server_url)
        player = QMediaPlayer(self)
        sink = QVideoSink(self)
        player.setVideoSink(sink)
        if has_audio_device():
            self._audio = QAudioOutput(player)
            self._audio.setMuted(self._muted)
            player.setAudioOutput(self._audio)
        if is_clip(url):
            player.setLoops(QMediaPlayer.Loops.Infinite)
        sink.videoFrameChanged.connect(self._on_sink_frame_changed)
        player.errorOccurred.connect(self._on_player_error)
        player.mediaStatusChanged.connect(self._on_player_media_status_changed)
        self._player, self._sink = player, sink
        self._started = time.monotonic()
        self._last_frame = 0.0
        self._playing_since = 0.0
        self.detail = ""
        self._set_state(CONNECTING)
        self._watch.start()
        log.debug("slot: connecting to %s", url.toString())
        player.setSource(url)  # asynchronous with the FFmpeg backend: opening is threaded
        player.play()

    def _teardown(self) -> None:
        player, sink = self._player, self._sink
        self._player = self._sink = self._audio = None
        if player is None:
            return
        for signal in (player.errorOccurred, player.mediaStatusChanged):
            signal.disconnect()
        if sink is not None:
            sink.videoFrameChanged.disconnect()
        player.stop()
        player.deleteLater()
        if sink is not None:
            sink.deleteLater()

    def _lose(self, why: str) -> None:
        if self.state == LOST:
            return
        log.info("slot %s lost: %s", self.camera.code if self.camera else "-", why)
        self.detail = why
        self._teardown()
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

    @Slot(QVideoFrame)
    def _on_sink_frame_changed(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        now = time.monotonic()
        self.frames += 1
        self._frame = frame
        self._image_stale = True
        self._last_frame = now
        if self.state != PLAYING:
            self._playing_since = now
            self._set_state(PLAYING)
        self.frame_changed.emit()

    @Slot(QMediaPlayer.Error, str)
    def _on_player_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self._lose(text or str(error))

    @Slot(QMediaPlayer.MediaStatus)
    def _on_player_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        media = QMediaPlayer.MediaStatus
        if status == media.InvalidMedia:
            self._lose("invalid media")
        elif status == media.EndOfMedia:
            self._lose("the stream ended")
        elif status in (media.BufferingMedia, media.StalledMedia) and self.state == PLAYING:
            if status == media.StalledMedia:
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
