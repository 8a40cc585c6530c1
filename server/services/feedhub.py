"""Fan-out of the change feed to many followers in one process.

One poller reads new events from the database (woken at once by commits of this process
and, through `PeerWake`, of the other worker processes; and every `poll_seconds` anyway)
and keeps a window of recent events in memory; followers wait on it instead of each
querying the database. Per-role JSON of an
event is encoded once and shared by every follower with that role. The window may lag the
database by a wake-up on its way: `catch_up` makes one read that every request waiting for
it shares, so that a client sees a write it was answered for (read your writes).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
import orjson

from server.models import Event
from server.services.lifecycle import Actor
from server.services.views import for_actor, iso
from server.services.wakeup import PeerWake

log = logging.getLogger(__name__)

WINDOW = 20_000
FRAME_CACHE = 50_000


@dataclass(frozen=True)
class FeedEvent:
    """An event as read from the database, detached from any session."""

    seq: int
    type: str
    case_id: int | None
    version: int | None
    department_id: int | None
    drill: bool
    payload: dict[str, Any]
    at: str | None

    @classmethod
    def of(cls, event: Event) -> FeedEvent:
        """Copy a database row."""
        return cls(
            seq=event.seq,
            type=event.type,
            case_id=event.case_id,
            version=event.version,
            department_id=event.department_id,
            drill=event.drill,
            payload=event.payload,
            at=iso(event.created_at),
        )


def visible_to(event: FeedEvent, actor: Actor) -> bool:
    """Drill events reach trainers only; departments see their own cases' events."""
    if event.drill != (actor.role == "trainer"):
        return False
    if actor.role == "department":
        return event.department_id == actor.department_id
    return True


def render(event: FeedEvent, actor: Actor) -> dict[str, Any]:
    """The event as this actor receives it (the case with its allowed actions)."""
    body: dict[str, Any] = {
        "seq": event.seq,
        "type": event.type,
        "case_id": event.case_id,
        "version": event.version,
        "at": event.at,
        **event.payload,
    }
    case = event.payload.get("case")
    if case is not None:
        body["case"] = for_actor(case, event.department_id, actor)
    return body


class FeedHub:
    """The in-memory window of the feed and the followers waiting on it."""

    def __init__(
        self,
        fetch: Callable[[int], tuple[list[FeedEvent], int, int]],
        poll_seconds: float,
        peers: PeerWake | None = None,
    ) -> None:
        # fetch(after) -> (events after `after` in order, head seq, pruned_through); blocking.
        self._fetch = fetch
        self._poll_seconds = poll_seconds
        self._peers = peers  # the other server processes on this host, if any
        self._window: deque[FeedEvent] = deque(maxlen=WINDOW)
        self.head = 0
        self.pruned_through = 0
        # Replaced by a fresh Event each time the head moves; waiters hold the one they saw.
        # (A Condition's lock could stay held when a disconnecting follower was cancelled
        # inside wait_for, freezing the feed for everyone.)
        self._advanced: asyncio.Event | None = None
        self._wake: asyncio.Event | None = None
        self._wake_pending = False  # a wake is on its way to the loop: no need for another
        # Reads of the database, numbered as they begin, and the last one after which the
        # window reached the head it read: what `mark` and `catch_up` compare.
        self._reads_begun = 0
        self._read_through = 0
        self._caught_up: asyncio.Event | None = None  # replaced like `_advanced`
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        # The hub's reads take a thread of their own, never a token of the pool that serves
        # the requests: under a burst of writes the feed's read would otherwise queue behind
        # the very requests whose events it must carry (one read at a time: one poller).
        self._reader: anyio.CapacityLimiter | None = None
        self._frames: OrderedDict[tuple[int, str, int | None, str], bytes] = OrderedDict()
        # The server is shutting down: followers' waits end now (their clients resume later).
        self.closing = False

    async def start(self) -> None:
        """Read the head and start polling (call inside the server's event loop)."""
        self._loop = asyncio.get_running_loop()
        self._advanced = asyncio.Event()
        self._caught_up = asyncio.Event()
        self._wake = asyncio.Event()
        self._reader = anyio.CapacityLimiter(1)
        if self._peers is not None:
            # Listen before reading the head: a commit in between then still wakes us.
            self._peers.listen(self._loop, self._wake_now)
        _, self.head, self.pruned_through = await anyio.to_thread.run_sync(
            self._fetch, -1, limiter=self._reader
        )
        self._task = asyncio.create_task(self._run(), name="feed-hub")

    async def stop(self) -> None:
        """Stop polling and release every waiting follower."""
        if self._peers is not None:
            self._peers.close()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    def release(self) -> None:
        """End every follower's wait at once and take no new ones (the server is stopping):
        a long poll answers its empty batch and a stream ends, instead of holding the
        shutdown until its grace period runs out. Call in the server's event loop."""
        self.closing = True
        if self._advanced is not None:
            self._advanced.set()

    def notify(self) -> None:
        """A local transaction committed events: poll now, here and in the other processes
        (callable from any thread, also in a process that serves no followers)."""
        loop = self._loop
        if loop is not None and not self._wake_pending and not loop.is_closed():
            # Under load, many commits share one wake-up (and one write to the loop's pipe);
            # the poll it causes runs after all of them.
            self._wake_pending = True
            loop.call_soon_threadsafe(self._wake_now)
        if self._peers is not None:
            self._peers.broadcast()

    def _wake_now(self) -> None:
        self._wake_pending = False
        if self._wake is not None:
            self._wake.set()

    async def _run(self) -> None:
        assert self._wake is not None
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self._poll_seconds)
            except TimeoutError:
                pass
            self._wake.clear()
            try:
                await self._poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database may be briefly away; keep following
                log.exception("feed poll failed")
                await asyncio.sleep(self._poll_seconds)

    async def _poll_once(self) -> None:
        while True:
            self._reads_begun += 1
            begun = self._reads_begun
            events, head, pruned = await anyio.to_thread.run_sync(
                self._fetch, self.head, limiter=self._reader
            )
            self.pruned_through = pruned
            if events:
                if events[0].seq != self.head + 1:
                    # The database pruned past us: the window must stay contiguous.
                    self._window.clear()
                self._window.extend(events)
                self.head = events[-1].seq
            elif head > self.head and not self._window:
                self.head = head
            if self.head >= head:
                self._read_through = begun
                self._caught_up = _set_and_renew(self._caught_up)
            if events or head != self.head:
                self._announce()
            if not events or self.head >= head:
                return

    def mark(self) -> int:
        """This moment, for `has_read_since` and `catch_up`: take it when a request arrives."""
        return self._reads_begun

    def has_read_since(self, mark: int) -> bool:
        """Whether the window holds every event committed before `mark` was taken."""
        return self._read_through > mark

    async def catch_up(self, mark: int, timeout: float) -> bool:
        """Wait until the window holds every event committed before `mark` was taken; False
        if it does not within `timeout` (the database away, or the hub not started).

        The hub reads the database when woken by a commit, but the wake-up may still be on its
        way when the writer's client, already answered, asks for the feed (or the commit was
        another process's). A read begun after the mark settles it: one is started now if none
        has, and every follower waiting meanwhile shares it.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        if self._wake is not None and not self.has_read_since(mark):
            self._wake.set()
        while not self.has_read_since(mark):
            remaining = deadline - loop.time()
            if remaining <= 0 or self._caught_up is None:
                return False
            caught_up = self._caught_up
            try:
                async with asyncio.timeout(remaining):
                    await caught_up.wait()
            except TimeoutError:
                return self.has_read_since(mark)
        return True

    def window_after(self, after: int, limit: int) -> list[FeedEvent] | None:
        """Events after `after` from memory, or None if the window does not reach back."""
        window = self._window
        if after >= self.head:
            return []
        if not window or window[0].seq > after + 1:
            return None
        start = after + 1 - window[0].seq
        return [window[i] for i in range(start, min(len(window), start + limit))]

    def _announce(self) -> None:
        self._advanced = _set_and_renew(self._advanced)

    async def wait_beyond(self, after: int, timeout: float) -> bool:
        """Wait until the head passes `after`; False on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.head <= after:
            remaining = deadline - loop.time()
            if remaining <= 0 or self._advanced is None or self.closing:
                return False
            advanced = self._advanced
            try:
                async with asyncio.timeout(remaining):
                    await advanced.wait()
            except TimeoutError:
                return self.head > after
        return True

    def encoded(self, event: FeedEvent, actor: Actor) -> bytes:
        """The JSON of an event for this actor's role, encoded once per role."""
        return self._cached(self._json, event, actor, "json")

    def sse_frame(self, event: FeedEvent, actor: Actor) -> bytes:
        """The server-sent-event frame of an event for this actor's role, built once per role."""
        return self._cached(self._sse, event, actor, "sse")

    def _json(self, event: FeedEvent, actor: Actor) -> bytes:
        return orjson.dumps(render(event, actor))

    def _sse(self, event: FeedEvent, actor: Actor) -> bytes:
        # The frame as fastapi.sse.format_sse_event writes it: `event:`, `data:` and `id:`
        # lines and a blank line. The JSON is one line (orjson escapes newlines in strings),
        # and an event type is one of ours, so no field needs splitting into several lines.
        data = self.encoded(event, actor)
        return b"event: %s\ndata: %s\nid: %d\n\n" % (event.type.encode(), data, event.seq)

    def _cached(
        self, make: Callable[[FeedEvent, Actor], bytes], event: FeedEvent, actor: Actor, kind: str
    ) -> bytes:
        department = actor.department_id if actor.role == "department" else None
        key = (event.seq, actor.role, department, kind)
        frame = self._frames.get(key)
        if frame is None:
            frame = make(event, actor)
            self._frames[key] = frame
            if len(self._frames) > FRAME_CACHE:
                self._frames.popitem(last=False)
        return frame


def _set_and_renew(event: asyncio.Event | None) -> asyncio.Event:
    """Wake every waiter of `event` and give the next ones a fresh one to wait on."""
    assert event is not None  # created by start()
    event.set()
    return asyncio.Event()
