"""Keeps the queue model live: pages in the background, then the change feed from feed_seq."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.api import ApiClient, ApiError
from console.follower import FeedThread
from console.models.case_table import CaseTableModel
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

PAGE = 500
CHUNK = 5000  # cases handed to the model at once after the first page
RETRY_MS = 3000


class LiveQueue(QObject):
    """Loads every case the user may see, then applies the feed; reloads on 410 Gone."""

    status_changed = Signal(str, str)  # loading / online / reconnecting / offline / gone / ...
    events_applied = Signal(list)  # the feed events just applied (for panes showing one case)
    loaded = Signal(int)  # cases known after a complete load

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        model: CaseTableModel,
        *,
        feed_wait: float = 25.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._model = model
        self._feed_wait = feed_wait
        self._thread: FeedThread | None = None
        self._generation = 0
        self._status = ""
        self._stopped = False

    @property
    def status(self) -> str:
        """The connection state last reported."""
        return self._status

    @property
    def position(self) -> int:
        """The feed sequence number followed so far (0 before the feed starts)."""
        return self._thread.position if self._thread else 0

    @property
    def lag_seconds(self) -> float | None:
        """How far behind the feed's head the last batch was, if known."""
        return self._thread.lag_seconds if self._thread else None

    def start(self) -> None:
        """Load everything in the background, then follow the feed."""
        self._stopped = False
        self._stop_feed()
        self._generation += 1
        generation = self._generation
        self._set_status("loading", "")
        self._runner.run(
            self._load_all,
            lambda seq: self._on_load_done(generation, seq),
            on_error=lambda exc: self._on_load_failed(generation, exc),
            on_progress=lambda item: self._on_load_progress(generation, item),
            what=self.tr("Loading cases"),
        )

    def stop(self) -> None:
        """Stop following (the window is closing)."""
        self._stopped = True
        self._generation += 1
        self._stop_feed()

    # -- background -------------------------------------------------------------------------

    def _load_all(self, report: Callable[[Any], None]) -> int:
        """Runs on a worker: pages through the list; reports the first page, then chunks."""
        first_seq: int | None = None
        chunk: list[dict[str, Any]] = []
        for page in self._client.iter_cases(limit=PAGE):
            if first_seq is None:
                first_seq = page.feed_seq
                report(("first", page.items))
                continue
            chunk.extend(page.items)
            if len(chunk) >= CHUNK:
                report(("more", chunk))
                chunk = []
        if chunk:
            report(("more", chunk))
        return first_seq or 0

    # -- results on the GUI thread ----------------------------------------------------------

    def _on_load_progress(self, generation: int, item: tuple[str, list[dict[str, Any]]]) -> None:
        if generation != self._generation:
            return
        kind, cases = item
        if kind == "first":
            self._model.replace_all(cases)
        else:
            self._model.add_page(cases)

    def _on_load_done(self, generation: int, feed_seq: int) -> None:
        if generation != self._generation:
            return
        self.loaded.emit(self._model.total())
        thread = FeedThread(self._client, feed_seq, wait=self._feed_wait, parent=self)
        thread.batch.connect(self._on_feed_batch)
        thread.status.connect(self._on_feed_status)
        self._thread = thread
        thread.start()

    def _on_load_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        detail = str(exc)
        log.info("loading cases failed: %s", detail)
        self._set_status("offline", detail)
        if isinstance(exc, ApiError) and exc.status in (401, 403):
            self._set_status("unauthorized", detail)
            return
        QTimer.singleShot(RETRY_MS, lambda: self._retry(generation))

    def _retry(self, generation: int) -> None:
        if generation == self._generation and not self._stopped:
            self.start()

    def _on_feed_batch(self, events: list[dict[str, Any]], _last_seq: int) -> None:
        if self.sender() is not self._thread:
            return  # a follower being replaced
        self._model.apply_events(events)
        self.events_applied.emit(events)

    def _on_feed_status(self, status: str, detail: str) -> None:
        if self.sender() is not self._thread:
            return
        self._set_status(status, detail)
        if status == "gone" and not self._stopped:
            self.start()  # too far behind: reload everything, follow from the new position

    def _set_status(self, status: str, detail: str) -> None:
        self._status = status
        self.status_changed.emit(status, detail)

    def _stop_feed(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            thread.deleteLater()
