"""Try a stream URL before saving it: the video wall's own slot, played into a QVideoSink.

The slot (console/video/slot.py) plays on a thread of its own and retries a lost stream by
itself, exactly as the wall will; the preview says in words whether a picture came.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.admin.notice import Notice
from console.video.camera import Camera, stream_url
from console.video.slot import BUFFERING, CONNECTING, IDLE, LOST, PLAYING, VideoSlot
from console.video.slot_view import SlotView
from widgets.plain_text import PlainLabel


class StreamPreview(QWidget):
    """A single video slot with a sentence on how the stream plays, and a stop button."""

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("streamPreview")
        self._server_url = server_url
        self.slot = VideoSlot(server_url, self)
        self.view = SlotView(0, self.slot, self)
        self.view.setMinimumSize(320, 180)
        self.heading = PlainLabel(self.tr("Stream test"), self)
        self.heading.setObjectName("sectionTitle")
        self.url_label = PlainLabel(self)
        self.url_label.setObjectName("adminHint")
        self.url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = Notice(self)
        self.hint = PlainLabel(
            self.tr("Test stream plays the URL here, as the video wall will, before you save it."),
            self,
        )
        self.hint.setObjectName("adminHint")
        self.hint.setWordWrap(True)
        self.view.hide()  # shown while a stream is tried
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.url_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result)
        layout.addStretch(0)
        self.slot.state_changed.connect(self._on_slot_state_changed)
        self.slot.countdown_changed.connect(lambda _left: self._on_slot_state_changed(LOST))

    def test(self, camera: Camera) -> None:
        """Play this camera's stream (what was playing before stops)."""
        self.url_label.setText(stream_url(camera, self._server_url).toString())
        self.stop_button.setEnabled(True)
        self.hint.hide()
        self.view.show()
        self.slot.play(camera)

    def stop(self) -> None:
        """Stop playing; the slot goes blank."""
        self.slot.play(None)
        self.view.hide()
        self.hint.show()
        self.stop_button.setEnabled(False)
        self.result.clear_notice()
        self.url_label.clear()

    @property
    def state(self) -> str:
        """The slot's state: idle, connecting, playing, buffering, lost."""
        return self.slot.state

    def shut_down(self) -> None:
        """Stop for good (the screen is closing)."""
        self.slot.close()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if self.slot.state != IDLE:
            self.stop()  # nobody watches: no stream keeps running behind a closed screen

    def _on_slot_state_changed(self, state: str) -> None:
        if state == CONNECTING:
            self.result.say(self.tr("Connecting…"), "info")
        elif state == PLAYING:
            image = self.slot.image()
            text = self.tr("The stream plays (%1 × %2).")
            text = text.replace("%1", str(image.width())).replace("%2", str(image.height()))
            self.result.say(text, "ok")
        elif state == BUFFERING:
            self.result.say(self.tr("The stream plays but stalls (buffering)."), "warning")
        elif state == LOST:
            text = self.tr("No picture: %1. Trying again in %2 s.")
            detail = self.slot.detail or self.tr("the stream could not be opened")
            text = text.replace("%1", detail).replace("%2", str(self.slot.retry_in))
            self.result.say(text, "error")
