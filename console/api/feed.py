"""Following the change feed: long-poll from a position, resume after any disconnect."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from console.api.client import ApiClient, EventBatch
from console.api.errors import ApiError, Gone, Unauthorized

log = logging.getLogger(__name__)

__all__ = ["FeedFollower", "STATUSES"]

STATUSES = ("online", "reconnecting", "offline", "gone", "unauthorized")
OFFLINE_AFTER = 3  # consecutive failures before "reconnecting" turns "offline"
FIRST_BACKOFF = 0.5
STOP_CHECK = 0.1  # how often a blocked poll looks at the stop flag


class FeedFollower:
    """Follows the long-poll feed from a position until stopped; resumes after any disconnect."""

    def __init__(
        self,
        client: ApiClient,
        after: int,
        *,
        on_batch: Callable[[list[dict[str, Any]], int], None],
        on_status: Callable[[str, str], None],
        wait: float = 25.0,
        max_backoff: float = 10.0,
    ) -> None:
        self.client = client
        self.position = after
        self.lag_seconds: float | None = None
        self.status: str | None = None
        self.failures = 0
        self._on_batch = on_batch
        self._on_status = on_status
        self._wait = wait
        self._max_backoff = max(max_backoff, FIRST_BACKOFF)

    def run(self, stop: threading.Event) -> None:
        """Poll until `stop` is set or the feed says gone/unauthorized; call from a worker.

        An exception raised by on_batch ends run() with it (the batch is not acknowledged).
        """
        while not stop.is_set():
            try:
                batch = self._poll(stop)
            except Gone as error:
                self._set_status("gone", str(error))
                return
            except Unauthorized as error:
                self._set_status("unauthorized", str(error))
                return
            except ApiError as error:
                # Network down, server restarting, a 5xx: keep the position and try again.
                self.failures += 1
                status = "offline" if self.failures >= OFFLINE_AFTER else "reconnecting"
                self._set_status(status, str(error))
                stop.wait(self._backoff())
                continue
            if batch is None:  # stopped while the poll was in flight
                return
            self.failures = 0
            self._set_status("online", "")
            self._handle(batch)

    def _poll(self, stop: threading.Event) -> EventBatch | None:
        """One long poll, run in a helper thread so that stop() is not held up by it.

        A poll abandoned on stop finishes (or times out) on its own; its result is dropped,
        which loses nothing because the position only moves here, after on_batch.
        """
        result: list[EventBatch] = []
        failure: list[BaseException] = []
        done = threading.Event()
        after = self.position
        # Not waiting until we are known to be online: the status (and a catch-up after a
        # reconnect) should not hang on a quiet feed.
        wait = self._wait if self.status == "online" else 0.0

        def fetch() -> None:
            try:
                result.append(self.client.events(after, wait=wait))
            except BaseException as exc:  # noqa: BLE001 - handed to the following thread
                failure.append(exc)
            finally:
                done.set()

        threading.Thread(target=fetch, name="cc-feed-poll", daemon=True).start()
        while not done.wait(STOP_CHECK):
            if stop.is_set():
                return None
        if stop.is_set():
            return None
        if failure:
            raise failure[0]
        return result[0]

    def _handle(self, batch: EventBatch) -> None:
        if batch.events:
            self._on_batch(batch.events, batch.last_seq)
            self.lag_seconds = _lag(batch.events[-1])
        else:
            self.lag_seconds = 0.0  # an empty answer means we are at the head
        # Only after on_batch returned: an event handed over is never handed over again.
        self.position = max(self.position, batch.last_seq)

    def _backoff(self) -> float:
        base = min(self._max_backoff, FIRST_BACKOFF * 2 ** (self.failures - 1))
        # Jitter keeps a room full of consoles from hammering a returning server at once.
        return random.uniform(base / 2, base)

    def _set_status(self, status: str, detail: str) -> None:
        if status != self.status:
            self.status = status
            log.info("feed %s at %d: %s", status, self.position, detail)
            self._on_status(status, detail)


def _lag(event: dict[str, Any]) -> float | None:
    at = event.get("at")
    if not isinstance(at, str):
        return None
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return None
    return max(0.0, time.time() - moment.timestamp())
