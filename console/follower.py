"""The change-feed follower on its own QThread; it only emits signals."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from console.api import ApiClient, FeedFollower
from console.contract import Case
from console.gui_turn import GUI_TURN
from console.models.case_records import prepare_batch

PREPARE_SLICE = 100  # cases prepared at once (numpy per column); the GUI thread may go between


class FeedThread(QThread):
    """Wraps FeedFollower: `batch(events, last_seq)` and `status(status, detail)` signals."""

    batch = Signal(object, int)  # events (a list, passed as it is), last sequence number
    status = Signal(str, str)

    def __init__(
        self, client: ApiClient, after: int, *, wait: float = 25.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._follower = FeedFollower(
            client,
            after,
            on_batch=self._on_follower_batch,
            on_status=self._on_follower_status,
            wait=wait,
        )
        self.setObjectName("cc-feed")

    @property
    def position(self) -> int:
        """The last sequence number handed over."""
        return self._follower.position

    @property
    def lag_seconds(self) -> float | None:
        """How far behind the head of the feed the last batch was."""
        return self._follower.lag_seconds

    def run(self) -> None:
        self._follower.run(self._stop)

    def stop(self, msecs: int = 5000) -> bool:
        """Ask the follower to stop and wait for the thread to end."""
        self._stop.set()
        return self.wait(msecs)

    def _on_follower_batch(self, events: list[dict[str, Any]], last_seq: int) -> None:
        # Cases are made ready for the queue here, so that the GUI thread only stores them,
        # and read as `Case`s once for whoever else reads the events. Prepared a slice at a
        # time (one case alone costs ~40 times its share of a batch), and between slices the
        # GUI thread's turn goes first (console/gui_turn.py).
        with_case = [
            event
            for event in events
            if isinstance(case := event.get("case"), dict) and "id" in case
        ]
        for start in range(0, len(with_case), PREPARE_SLICE):
            GUI_TURN.give_way()
            part = with_case[start : start + PREPARE_SLICE]
            records = prepare_batch([event["case"] for event in part]).records
            for event, record in zip(part, records, strict=True):
                event["record"] = record
                event["case"] = Case.from_json(event["case"])
        self.batch.emit(events, last_seq)

    def _on_follower_status(self, status: str, detail: str) -> None:
        self.status.emit(status, detail)
