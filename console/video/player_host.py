"""A QMediaPlayer on a thread of its own, so that no stream can ever freeze the window.

Opening, stopping and above all destroying a player whose network read hangs (a server that
stopped answering, a dead RTSP camera) can block for many seconds inside QtMultimedia; on the
GUI thread that froze the whole wall. Each attempt to play a stream therefore gets a fresh
PlayerHost on a fresh QThread: frames are turned into QImages there and sent to the GUI
thread by queued signals, and a stuck host only holds up its own thread until it ends.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer, QVideoFrame, QVideoSink

log = logging.getLogger(__name__)

FRAMES_IN_FLIGHT = 2  # frames sent but not yet taken by the GUI; more are dropped
SHUTDOWN_WAIT_MS = 3_000  # at exit, how long to wait for a player stuck in a network read
_running: set[QThread] = set()  # threads (and their hosts) until they have ended
_hosts: dict[QThread, PlayerHost] = {}
_audio_devices: bool | None = None


def has_audio_device() -> bool:
    """Whether the machine has an audio output at all (asked once)."""
    global _audio_devices
    if _audio_devices is None:
        _audio_devices = bool(QMediaDevices.audioOutputs())
        if not _audio_devices:
            log.info("no audio output device: video plays without sound")
    return _audio_devices


class PlayerHost(QObject):
    """Owns one player and its sink on its own thread; talks to the slot by signals only."""

    frame = Signal(int, QImage)  # attempt, the decoded frame as an image
    failed = Signal(int, str)  # attempt, why
    status = Signal(int, int)  # attempt, QMediaPlayer.MediaStatus value

    def __init__(self, attempt: int, *, audio: bool) -> None:
        super().__init__()
        self.attempt = attempt
        self._with_audio = audio
        # A busy GUI thread must not pile up frames: at most FRAMES_IN_FLIGHT wait for it.
        self.in_flight = threading.Semaphore(FRAMES_IN_FLIGHT)
        self._player: QMediaPlayer | None = None

    @Slot(QUrl, bool, bool)
    def open(self, url: QUrl, loop: bool, muted: bool) -> None:
        """Start playing (on the host's thread)."""
        player = QMediaPlayer(self)
        sink = QVideoSink(player)
        player.setVideoSink(sink)
        if self._with_audio:
            audio = QAudioOutput(player)
            audio.setMuted(muted)
            player.setAudioOutput(audio)
        if loop:
            player.setLoops(QMediaPlayer.Loops.Infinite)
        sink.videoFrameChanged.connect(self._on_sink_frame_changed)
        player.errorOccurred.connect(self._on_player_error)
        player.mediaStatusChanged.connect(self._on_player_media_status_changed)
        self._player = player
        player.setSource(url)
        player.play()

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        """Mute or unmute (nothing to do without an audio device)."""
        audio = self._player.audioOutput() if self._player is not None else None
        if audio is not None:
            audio.setMuted(muted)

    @Slot()
    def close(self) -> None:
        """Stop, destroy the player (this may block, on this thread only) and end the thread."""
        player, self._player = self._player, None
        if player is not None:
            player.stop()
            shiboken6.delete(player)
        QThread.currentThread().quit()

    @Slot(QVideoFrame)
    def _on_sink_frame_changed(self, frame: QVideoFrame) -> None:
        if not frame.isValid() or not self.in_flight.acquire(blocking=False):
            return  # the GUI has not taken the previous frames yet: this one is skipped
        image = frame.toImage()
        if image.isNull():
            self.in_flight.release()
        else:
            self.frame.emit(self.attempt, image)  # the slot releases in_flight on receipt

    @Slot(QMediaPlayer.Error, str)
    def _on_player_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.failed.emit(self.attempt, text or str(error))

    @Slot(QMediaPlayer.MediaStatus)
    def _on_player_media_status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        self.status.emit(self.attempt, status.value)


class _Reaper(QObject):
    """Lets go of a host and its thread once the thread has ended (on the GUI thread)."""

    @Slot()
    def reap(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait(1000)  # finished is sent just before the thread is really done
            _hosts.pop(thread, None)  # no parent: the host goes with its Python reference
            _running.discard(thread)


_reaper: _Reaper | None = None


def start_host(attempt: int) -> PlayerHost:
    """A new host on a new running thread (kept alive here until the thread ends)."""
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    thread = QThread()
    thread.setObjectName(f"video-player-{attempt}")
    host = PlayerHost(attempt, audio=has_audio_device())  # asked here, on the GUI thread
    host.moveToThread(thread)
    _running.add(thread)
    _hosts[thread] = host
    thread.finished.connect(_reaper.reap)
    thread.start()
    return host


def running_threads() -> int:
    """How many player threads have not ended yet (stuck ones included)."""
    return len(_running)


def wait_for_all(msecs: int = SHUTDOWN_WAIT_MS) -> bool:
    """Wait (at most msecs in all) for every player thread to end: at exit, a running QThread
    must not be destroyed."""
    deadline = QDeadlineTimer(msecs)
    for thread in list(_running):
        thread.wait(deadline)
    QCoreApplication.processEvents()
    return not any(thread.isRunning() for thread in list(_running))


@atexit.register
def _wait_at_exit() -> None:
    # A QThread still running when Python tears down its objects aborts the process ("QThread:
    # Destroyed while thread is still running"). Players stuck in a network read hold nothing
    # worth saving (the outbox and the settings are written by now): after a short wait the
    # process ends at once, leaving those threads to the operating system.
    if _running and not wait_for_all(SHUTDOWN_WAIT_MS):
        log.warning("%d video player threads did not end; exiting without them", len(_running))
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(0)
