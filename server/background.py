"""Work the server does on its own schedule: the SLA ladder, feed pruning, WAL checkpoints
and warming the case cache."""

from __future__ import annotations

import logging
import threading
from datetime import date, datetime, timedelta
from typing import Protocol

from server.services import (
    admin_log,
    bulletin,
    calendar_admin,
    case_query,
    escalation,
    feed,
    holidays,
)
from server.services.attachments import PhotoStore
from server.services.case_json import KEY_COLUMNS
from server.services.clock_moves import move_clocks, would_move
from server.services.escalation import SYSTEM
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from server.storage import FailureStreak

log = logging.getLogger(__name__)
PRUNE_EVERY = timedelta(hours=1)
BATCH = 50
# A calendar change is swept once more this long after it: a step that another process
# started in the same instant, on the calendar before the change, has committed by then.
SWEEP_DELAY = timedelta(seconds=2)


class Worker(Protocol):
    """What the app starts with it and stops on shut-down (the demo's simulator is one too)."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


class Checkpointer:
    """A daemon thread that checkpoints SQLite's write-ahead log every second, so that no
    writer's commit has to (see server.db); idle on other databases."""

    EVERY_SECONDS = 1.0

    def __init__(self, state: AppState) -> None:
        self._db = state.db
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
        self._streak = FailureStreak("WAL checkpoint", state.storage)

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
            except Exception as exc:  # the next one retries; commits checkpoint as a last resort
                self._streak.failed(exc)
            else:
                self._streak.worked()


class CacheWarmer:
    """A daemon thread that fills the case JSON cache once after start-up: the open cases and
    those ended in the last week (non-drill), most urgent first, as a console's snapshot
    asks for them; so that the first console to load is served from memory.

    Low priority: it starts a moment after start-up and reads small batches with pauses in
    between, so that requests meanwhile hardly notice it.
    """

    DELAY_SECONDS = 1.0
    BATCH = 250
    PAUSE_SECONDS = 0.02
    ENDED_DAYS = 7
    # Sees every non-drill case: what is cached is the same for every reader.
    READER = Actor(None, "cache warm-up", "supervisor")

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="case-cache-warm", daemon=True)
        self.loaded = 0  # cases read into the cache
        self.done = threading.Event()  # set when the warm-up is over (or stopped)

    def start(self) -> None:
        """Begin after DELAY_SECONDS."""
        self._thread.start()

    def stop(self) -> None:
        """Stop after the current batch."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        try:
            if not self._stop.wait(self.DELAY_SECONDS):
                self.warm()
        except Exception:  # a cold cache only costs time: requests fill it themselves
            log.exception("warming the case cache failed")
        finally:
            self.done.set()

    def warm(self) -> int:
        """Read the cases into the cache; returns how many were read."""
        state = self._state
        flt = case_query.CaseFilter(closed_since=state.clock() - timedelta(days=self.ENDED_DAYS))
        ref = state.reference.get()
        stmt = case_query.queue_statement(flt, actor=self.READER, ref=ref, columns=KEY_COLUMNS)
        with state.db.snapshot() as connection:
            keys = connection.execute(stmt, flt.params()).all()
        loaded = 0
        for start in range(0, len(keys), self.BATCH):
            if self._stop.is_set():
                break
            batch = keys[start : start + self.BATCH]
            # The cache (and the reference data) as they are now: either may have been renewed.
            read = state.case_json.fill(state.db.snapshot, batch, state.reference.get())
            loaded += read
            if read and self._stop.wait(self.PAUSE_SECONDS):
                break
        self.loaded += loaded
        log.info("case cache warm-up: %d cases read of %d", loaded, len(keys))
        return loaded


class Scheduler:
    """A daemon thread that recolors cases, climbs the escalation ladder and prunes the feed."""

    def __init__(self, state: AppState) -> None:
        self._state = state
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sla-scheduler", daemon=True)
        self._streak = FailureStreak("SLA tick", state.storage)
        self._last_prune = state.clock() - PRUNE_EVERY
        self._swept_calendar: int | None = None  # the last calendar record swept again
        self._warned_on: date | None = None  # the day the missing calendar was last logged

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
            except Exception as exc:  # a failed tick is retried at the next one
                self._streak.failed(exc)
            else:
                self._streak.worked()
            self._stop.wait(interval)

    def tick(self) -> int:
        """One pass: every case behind its clock is brought up to date; returns how many."""
        state = self._state
        total = self._follow_calendar()
        while not self._stop.is_set():
            # Look first without the write lock (nearly every tick finds nothing), then work in
            # small batches so that each write transaction, and the SQLite writer lock, is short.
            with state.db.read() as session:
                ids = escalation.due_ids(session, state.clock(), BATCH)
            if not ids:
                break
            with state.db.write() as session:
                changed = escalation.tick(
                    session, ref=state.reference.get(), now=state.clock(), ids=ids
                )
            if changed:
                state.hub.notify()
            total += changed
            if len(ids) < BATCH:
                break
        if bulletin.generate_due(
            state.db,
            store=PhotoStore.of(state.settings),
            ref=state.reference.get(),
            sla=state.sla,
            now=state.clock(),
        ):
            state.hub.notify()
        now = state.clock()
        self._warn_missing_calendar(now)
        if now - self._last_prune >= PRUNE_EVERY:
            with state.db.write() as session:
                feed.prune(session, now, state.settings.feed_retention_days)
            self._last_prune = now
        return total

    def _follow_calendar(self) -> int:
        """Count on the calendar as entered (another process may have changed it), and sweep
        the days of each change once more a moment later; returns the clocks moved then."""
        state = self._state
        now = state.clock()
        with state.db.read() as session:
            state.calendar.refresh(session)
            if self._swept_calendar is None:  # changes before this process started are done
                self._swept_calendar = admin_log.latest_id(session, "calendar")
                return 0
            newest, days = calendar_admin.changes_since(
                session, self._swept_calendar, now - SWEEP_DELAY
            )
            calendar = state.sla.work
            moving = (
                would_move(session, sla=state.sla, calendar=calendar, now=now, days=days)
                if days
                else []
            )
        self._swept_calendar = newest
        if not moving:
            return 0
        with state.db.write() as session:
            moved = move_clocks(
                session,
                ref=state.reference.get(),
                sla=state.sla,
                calendar=calendar,
                now=now,
                days=days,
                actor=SYSTEM,
                only=moving,
            )
        if moved:
            log.info("calendar sweep moved %d clocks a step started meanwhile", moved)
            state.hub.notify()
        return moved

    def _warn_missing_calendar(self, now: datetime) -> None:
        """Once a day from November 1, while next year's holidays are not entered."""
        today = now.astimezone(SHANGHAI).date()
        if self._warned_on == today:
            return
        self._warned_on = today
        with self._state.db.read() as session:
            found = holidays.status(session, today)
        if found["warn_missing_next"]:
            log.warning(
                "%d年节假日安排尚未录入，期限按周一至周五计算 (the %d public holidays have not "
                "been entered: enter them on the calendar screen or POST /api/v1/calendar/import)",
                today.year + 1,
                today.year + 1,
            )
