"""The city relay video: one slot of the video pane's own, kept playing once started.

VideoSlot reconnects a lost stream by itself (console/video/slot.py). A rotating wall does
not stop the stream while other views show: each start makes a fresh player on a thread of
its own (player_host.py), and starting and stopping one every rotation cycle grew the wall's
RSS by ~1 MB a cycle in the soak (benchmarks/wall_soak.py: +9.5 MB in 10 min, against
+1.1 MB without the video view), where decoding one relay on a worker thread all along
costs a few percent of a core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from console.video.camera import Camera
from console.video.slot import VideoSlot
from console.video.slot_view import SlotView
from console.wall.panel import WallPanel


class VideoView(WallPanel):
    """The relay from GET /cameras?kind=relay in one slot."""

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__("video", self.tr("City relay"), parent)
        self.active = False
        self._build(server_url)
        self.set_note(self.tr("No city relay on this server"))

    def _build(self, server_url: str) -> None:
        self.slot = VideoSlot(server_url, self)
        self.slot.set_active(False)
        self.view = SlotView(0, self.slot, self)
        self.body.addWidget(self.view, 1)

    def set_server(self, server_url: str) -> None:
        """The server moved (a restarted local child): a fresh slot, played once the relay
        is read again."""
        self.slot.close()
        self.body.removeWidget(self.view)
        self.view.deleteLater()
        self.slot.deleteLater()
        self._build(server_url)

    def show_cameras(self, items: list[dict[str, Any]]) -> None:
        """Play the first relay the server lists (the same one again changes nothing)."""
        relays = [Camera.from_json(item) for item in items]
        relay = next((c for c in relays if c.is_relay), None)
        if relay is None:
            self.set_note(self.tr("No city relay on this server"))
            return
        self.set_note("")
        if self.slot.camera != relay:
            self.slot.play(relay)
            self.slot.set_active(self.active)

    def set_active(self, active: bool) -> None:
        if active and not self.active:  # from the first showing on, it plays for good
            self.active = True
            self.slot.set_active(True)

    def shut_down(self) -> None:
        self.slot.close()
