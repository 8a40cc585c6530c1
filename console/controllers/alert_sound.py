"""The red-case alert sound: harmless when there is no audio device, mutable by the officer."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

if TYPE_CHECKING:  # QtMultimedia is imported on the first play
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


class AlertSound(QObject):
    """Plays a short WAV; every call site also shows a visual alert, so failures are silent."""

    def __init__(self, wav: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wav = wav
        self._effect: QSoundEffect | None = None  # made on the first play
        self._failed = False
        self.muted = False
        self.played = 0  # attempts, for tests and the status bar

    def play(self) -> None:
        """Play once unless muted; an absent audio device is logged once and ignored."""
        if self.muted or self._failed:
            return
        self.played += 1
        try:
            if self._effect is None:
                from PySide6.QtMultimedia import QSoundEffect

                self._effect = QSoundEffect(self)
                self._effect.setSource(QUrl.fromLocalFile(str(self._wav)))
                self._effect.setVolume(0.6)
            self._effect.play()
        except Exception as exc:  # noqa: BLE001 - sound is a nicety; the row flash still shows
            self._failed = True
            log.info("alert sound unavailable: %s", exc)
