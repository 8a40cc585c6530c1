"""Work the server does on its own schedule: the SLA ladder and feed pruning."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from server.db import utcnow
from server.deps import AppState
from server.services import escalation, feed

log = logging.getLogger(__name__)
PRUNE_EVERY = timedelta(hours=1)
BATCH = 50


class Checkpointer:
    """A daemon thread that checkpoints SQLite's write-ahead log every second, so that no
    writer's commit has to (see server.db); idle on other databases."""

    EVERY_SECONDS = 1.0

    def __init__(self, state: AppState) -> None:
        self._db = state.db
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)

    def start(self) -> None:
        """Begin checkpointing (nothing on PostgreSQL)."""
        if self._db.is_sqlite:
            self._thread.start()

    def stop(self) -> None:
        """Stop after the current checkpoint."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.EVERY_SECONDS):
            try:
                self._db.checkpoint()
            except Exception:  # the next one retries; commits checkpoint as a last resort
                log.exception("WAL checkpoint failed")


class Scheduler:
    """A daemon thread that recolors cases, climbs the escalation ladder and prunes the feed."""

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sla-scheduler", daemon=True)
        self._last_prune = utcnow() - PRUNE_EVERY

    def start(self) -> None:
        """Begin ticking."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the current tick."""
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        interval = self._state.settings.sla_tick_seconds
        while not self._stop.is_set():
            try:
                self.tick()
            except Exception:  # a failed tick is retried at the next one
                log.exception("SLA tick failed")
            self._stop.wait(interval)

    def tick(self) -> int:
        """One pass: every case behind its clock is brought up to date; returns how many."""
        state = self._state
        total = 0
        while not self._stop.is_set():
            # Look first without the write lock (nearly every tick finds nothing), then work in
            # small batches so that each write transaction, and the SQLite writer lock, is short.
            with state.db.read() as session:
                ids = escalation.due_ids(session, utcnow(), BATCH)
            if not ids:
                break
            with state.db.write() as session:
                changed = escalation.tick(session, state.reference.get(), utcnow(), ids)
            if changed:
                state.hub.notify()
            total += changed
            if len(ids) < BATCH:
                break
        now = utcnow()
        if now - self._last_prune >= PRUNE_EVERY:
            with state.db.write() as session:
                feed.prune(session, now, state.settings.feed_retention_days)
            self._last_prune = now
        return total
