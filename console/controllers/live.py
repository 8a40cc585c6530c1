"""Keeps the queue model live: one streamed snapshot in the background, then the change feed.

What the officer works on is loaded: every open case and the cases ended within the last
`closed_days` days (older ones come on demand, `fetch_ended`). The snapshot arrives most
urgent first, as rows of values; a worker parses and prepares it (`case_records.prepare_rows`,
giving way while the GUI thread merges or paints the queue) and hands it over in a few
batches, the first one at once (a first screenful), so the GUI thread only merges.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.api import ApiClient, ApiError
from console.follower import FeedThread
from console.gui_turn import GUI_TURN
from console.memory import release_freed_memory
from console.models.case_filter import CaseFilter
from console.models.case_records import RecordBatch, prepare_batch, prepare_rows
from console.models.case_table import CaseTableModel
from console.tasks import TaskRunner

log = logging.getLogger(__name__)

CHUNK = 5000  # cases handed to the model at once after the first batch
ENDED_PAGE = 500  # older ended cases asked for at once
RETRY_MS = 3000
GIVE_BACK_MS = 3000  # after a merge, freed memory goes back to the system this much later
ENDED_STATES = ("closed", "voided", "merged")
SPARSE_SHARE = 0.5  # of the GUI thread that a few feed events may take (they apply at once)
FLOOD_SHARE = 0.06  # ... and a flood of them (the clock, the other panes and paints need more)
FLOOD_RATE = 100  # events within the last second from which the feed counts as a flood
MAX_REST = 0.25  # seconds: the longest an event waits for its turn ...
FLOOD_REST = 0.5  # ... and one of a flood (gathered into fewer, larger batches)


class LiveQueue(QObject):
    """Loads every case the user may see, then applies the feed; reloads on 410 Gone."""

    status_changed = Signal(str, str)  # loading / online / reconnecting / offline / gone / ...
    # The feed events just applied (for panes showing one case); `object`: passed as they
    # are, not converted to a QVariantList (which costs more than applying them).
    events_applied = Signal(object)
    loaded = Signal(int)  # cases known after a complete load
    ended_page = Signal(int, bool)  # older ended cases fetched: how many, whether more remain

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        model: CaseTableModel,
        *,
        feed_wait: float = 25.0,
        closed_days: float = 3.0,
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
        self.closed_window = timedelta(days=closed_days)
        # Feed pacing (see _apply_backlog); the queue pane reports how long its paints take.
        self._backlog: list[dict[str, Any]] = []
        self._pace = QTimer(self, singleShot=True)
        self._pace.timeout.connect(self._apply_backlog)
        self._ready_at = 0.0
        self._applied = LastSecond()  # events applied within the last second
        self._spent = LastSecond()  # seconds those applies (with their paints) cost
        # What merges allocate for a moment stays resident in glibc's heap until given back:
        # a few seconds after the first merge of a while (at most that often under a flood).
        self._give_back = QTimer(self, singleShot=True, interval=GIVE_BACK_MS)
        self._give_back.timeout.connect(release_freed_memory)
        self._paint_seconds: Callable[[], float] = lambda: 0.0
        self._ended: tuple[dict[str, Any], str | None] | None = None  # query, next cursor
        self._collector = collector = CollectorPause()
        # A queue deleted mid-load (its window gone) must not leave the collector off.
        self.destroyed.connect(lambda *_: collector.resume(freeze=False))

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
        self._collector.pause()
        self._model.begin_load()
        self._runner.run(
            self._load_all,
            lambda seq: self._on_load_done(generation, seq),
            on_error=lambda exc: self._on_load_failed(generation, exc),
            on_progress=lambda item: self._on_load_progress(generation, item),
            what=self.tr("Loading cases"),
        )

    def set_paint_meter(self, seconds: Callable[[], float]) -> None:
        """How long the queue's last paint took (a flood of events is paced by it)."""
        self._paint_seconds = seconds

    def fetch_ended(self, flt: CaseFilter, *, more: bool = False) -> bool:
        """Ask the server for ended cases older than the loaded window that the filter wants
        (all states, or closed/voided/merged ones; a search included); `more` goes on from
        the last page. False if the filter wants none."""
        query: dict[str, Any] | None
        cursor: str | None
        if more:
            if self._ended is None or self._ended[1] is None:
                return False
            query, cursor = self._ended
        else:
            query, cursor = ended_query(flt), None
            self._ended = None
            if query is None:
                return False
        token = self._generation

        def fetch() -> tuple[RecordBatch, str | None]:
            page = self._client.list_cases(
                filters=query, sort="-updated_at", cursor=cursor, limit=ENDED_PAGE
            )
            return prepare_batch(page.items), page.next_cursor

        def done(result: tuple[RecordBatch, str | None]) -> None:
            if token != self._generation:
                return
            batch, next_cursor = result
            self._ended = (query, next_cursor)
            self._model.add_page(batch)
            self.ended_page.emit(len(batch), next_cursor is not None)

        self._runner.run(fetch, done, what=self.tr("Loading older closed cases"))
        return True

    def stop(self) -> None:
        """Stop following (the window is closing)."""
        self._stopped = True
        self._generation += 1
        self._collector.resume(freeze=False)
        self._stop_feed()

    # -- background -------------------------------------------------------------------------

    def _load_all(self, report: Callable[[Any], None]) -> int:
        """Runs on a worker: reads the snapshot; reports the first batch, then chunks."""
        since = datetime.fromtimestamp(self._model.now(), UTC) - self.closed_window
        feed_seq: int | None = None
        pending: list[RecordBatch] = []
        count = 0
        shown = False  # the first screenful is made at once; then parsing and preparing
        # pause while the GUI thread merges or paints the queue (console/gui_turn.py)

        def give_way() -> None:
            if shown:
                GUI_TURN.give_way()

        for batch in self._client.stream_cases(closed_since=since, rows=True, pause=give_way):
            records = (
                prepare_rows(batch.fields, batch.items, give_way)
                if batch.fields
                else prepare_batch(batch.items, give_way)  # a server that sends objects only
            )
            position = batch.feed_seq
            del batch  # its parsed cases: freed before the next line is read
            if feed_seq is None:
                feed_seq = position
                report(records)
                shown = True
                continue
            pending.append(records)
            count += len(records)
            if count >= CHUNK:
                report(RecordBatch.join(pending))
                pending, count = [], 0
        if pending:
            report(RecordBatch.join(pending))
        if feed_seq is None:  # stream_cases yields at least one batch, empty or not
            raise RuntimeError("the case snapshot brought no feed position")
        return feed_seq

    # -- results on the GUI thread ----------------------------------------------------------

    def _on_load_progress(self, generation: int, batch: RecordBatch) -> None:
        if generation == self._generation:
            with GUI_TURN.taken():  # the loading worker waits meanwhile (console/gui_turn.py)
                self._model.add_records(batch)

    def _on_load_done(self, generation: int, feed_seq: int) -> None:
        if generation != self._generation:
            return
        self._model.end_load()
        release_freed_memory()
        self._collector.resume(freeze=True)
        self.loaded.emit(self._model.total())
        thread = FeedThread(self._client, feed_seq, wait=self._feed_wait, parent=self)
        thread.batch.connect(self._on_feed_batch)
        thread.status.connect(self._on_feed_status)
        self._thread = thread
        thread.start()

    def _on_load_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._collector.resume(freeze=False)
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
        self._backlog.extend(events)
        if self._pace.isActive():
            return
        wait = self._ready_at - time.monotonic()
        if wait > 0:
            self._pace.start(int(wait * 1000) + 1)
        else:
            self._apply_backlog()

    def _apply_backlog(self) -> None:
        """Apply what the feed brought, then rest in proportion to what it cost.

        Events alone apply at once (a few a second: at once as long as their applies and
        paints of the last second took at most SPARSE_SHARE of it; a rest after each would
        delay the next by the last paint, 20-30 ms on X); a flood is gathered into fewer,
        larger batches (each merged at once and painted once), so that it never takes more
        than its share of the GUI thread: SPARSE_SHARE for a few events, FLOOD_SHARE once
        they come by the hundred a second. The rate decides, not the batch at hand: a flood
        arriving in small batches applied one by one (each ~25 ms of events) would pay a
        merge and a paint for each.
        """
        events, self._backlog = self._backlog, []
        if not events:
            return
        started = time.monotonic()
        with GUI_TURN.taken():
            self._model.apply_events(events)
            self.events_applied.emit(events)
        if not self._give_back.isActive():
            self._give_back.start()
        cost = time.monotonic() - started + self._paint_seconds()
        flood = self._applied.add(len(events)) >= FLOOD_RATE
        within = self._spent.add(cost) <= SPARSE_SHARE
        if flood:
            rest = min(FLOOD_REST, cost / FLOOD_SHARE - cost)
        else:  # few events: at once while their last second stays within their share
            rest = 0.0 if within else min(MAX_REST, cost / SPARSE_SHARE - cost)
        self._ready_at = time.monotonic() + rest

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
        self._pace.stop()
        self._backlog = []
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            thread.deleteLater()


def ended_query(flt: CaseFilter) -> dict[str, Any] | None:
    """The server query for the ended cases the filter shows, or None if it shows none."""
    if flt.open_only or flt.colors:
        return None  # ended cases have no color: a color filter shows open ones only
    states = [s for s in ENDED_STATES if not flt.states or s in flt.states]
    if not states:
        return None
    query: dict[str, Any] = {"state": states}
    for name, wanted in (
        ("channel", flt.channels),
        ("street", flt.streets),
        ("department", flt.departments),
    ):
        if wanted:
            query[name] = sorted(wanted)
    if flt.text.strip():
        query["q"] = flt.text.strip()
    return query


class CollectorPause:
    """Python's cyclic garbage collector held off while a load runs.

    A load makes a hundred thousand objects that live as long as the cases; each full
    collection during it walks all of them and everything before (seven of them, up to
    140 ms each, 1.25 s in all at 100,000 cases). Held off, then frozen out of later
    passes: what the load made is never walked again. The few cycles a load leaves behind
    (a dozen objects at 100,000 cases: its stream's) stay; collecting them first would walk
    the hundred thousand (120 ms).
    """

    def __init__(self) -> None:
        self._paused = False

    def pause(self) -> None:
        """Hold the collector off (if it runs: one switched off elsewhere stays off)."""
        if not self._paused and gc.isenabled():
            self._paused = True
            gc.disable()

    def resume(self, *, freeze: bool) -> None:
        """Collect again; `freeze`: what exists now (the cases loaded) is left out of
        later passes."""
        if not self._paused:
            return
        self._paused = False
        if freeze:
            gc.freeze()
        gc.enable()


class LastSecond:
    """A running sum of what was added within the last second (events, seconds of work)."""

    def __init__(self) -> None:
        self._added: deque[tuple[float, float]] = deque()  # (when, amount)
        self._total = 0.0

    def add(self, amount: float) -> float:
        """Add `amount` now; the sum of the last second's amounts, this one included."""
        now = time.monotonic()
        added = self._added
        added.append((now, amount))
        self._total += amount
        while added[0][0] < now - 1.0:
            self._total -= added.popleft()[1]
        return self._total
