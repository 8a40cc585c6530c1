"""The strip that says the server is away: since when (center time), and what the queue shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from console.models import center_time
from widgets.banner import Banner


class ConnectionBanner(Banner):
    """Shown while the feed is not online; the snapshot's time in Asia/Shanghai."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, closable=False)
        self.setObjectName("connectionBanner")
        self._snapshot_at = ""

    def show_status(self, status: str, now: float) -> None:
        """Follow the live queue's connection state (`now` from the queue's clock)."""
        if status in ("online", "loading"):
            self.hide()
            if status == "online":
                self._snapshot_at = ""
            return
        if status in ("reconnecting", "offline"):
            self._snapshot_at = self._snapshot_at or center_time.clock_text(now)
            text = self.tr(
                "Connection to the server lost; reconnecting. The queue shows the last snapshot "
                "(%1) and catches up when the server is back."
            ).replace("%1", self._snapshot_at)
            self.show_message(text, "warning" if status == "reconnecting" else "error")
        elif status == "unauthorized":
            self.hide()  # the signed-out banner (shell/reauth.py) says so, with the way back
        elif status == "gone":
            self.show_message(self.tr("Reloading all cases…"), "info")
