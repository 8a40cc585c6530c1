"""The feed hub's fan-out: waiters wake when the head moves, also after mass disconnects."""

from __future__ import annotations

import asyncio
import threading

import anyio

from server.services.feedhub import FeedEvent, FeedHub
from server.services.lifecycle import Actor


class Log:
    """A stand-in for the events table: the hub's fetch reads from this list."""

    def __init__(self) -> None:
        self.events: list[FeedEvent] = []

    def append(self) -> None:
        seq = len(self.events) + 1
        self.events.append(FeedEvent(seq, "case.action", seq, 1, None, False, {}, None))

    def fetch(self, after: int) -> tuple[list[FeedEvent], int, int]:
        head = len(self.events)
        return ([] if after < 0 else self.events[after:]), head, 0


def test_waiters_survive_followers_cancelled_mid_wait() -> None:
    async def scenario() -> None:
        log = Log()
        hub = FeedHub(log.fetch, poll_seconds=0.05)
        await hub.start()
        try:
            for _round in range(20):
                # Followers that hang up while events flow (the server cancels their tasks).
                doomed = [asyncio.create_task(hub.wait_beyond(hub.head, 5)) for _ in range(50)]
                await asyncio.sleep(0)
                log.append()
                hub.notify()
                for _ in range(_round % 4):
                    await asyncio.sleep(0)  # let the wake-up reach some of them first
                for task in doomed[::2]:
                    # anyio delivers a cancellation again until the task gives up: twice here
                    task.cancel()
                    await asyncio.sleep(0)
                    task.cancel()
                await asyncio.gather(*doomed, return_exceptions=True)
            position = hub.head
            assert position == 20
            waiter = asyncio.create_task(hub.wait_beyond(position, 5))
            await asyncio.sleep(0)
            log.append()
            hub.notify()
            assert await waiter is True, "a follower still wakes after mass cancellations"
            assert hub.window_after(position, 10) == log.events[position:]
            assert await hub.wait_beyond(hub.head, 0.1) is False
        finally:
            await hub.stop()

    # Bounded, so that a frozen hub fails the test instead of hanging it.
    asyncio.run(asyncio.wait_for(scenario(), timeout=60))


def test_the_hub_reads_while_every_request_thread_is_busy() -> None:
    """Requests run on the default pool's few threads (server/app.py sets how many); when a
    burst of them holds every one, the hub's read of the events they committed must not
    wait behind them."""

    async def scenario() -> None:
        log = Log()
        hub = FeedHub(log.fetch, poll_seconds=60)
        await hub.start()
        release = threading.Event()
        pool = anyio.to_thread.current_default_thread_limiter()
        pool.total_tokens = 2
        busy = [asyncio.create_task(anyio.to_thread.run_sync(release.wait)) for _ in range(2)]
        try:
            while pool.borrowed_tokens < 2:
                await asyncio.sleep(0.01)
            log.append()
            hub.notify()
            assert await hub.wait_beyond(0, 5) is True, "the hub read with the pool full"
            assert hub.head == 1
        finally:
            release.set()
            await asyncio.gather(*busy)
            await hub.stop()

    asyncio.run(asyncio.wait_for(scenario(), timeout=60))


def test_frames_are_built_once_per_role() -> None:
    log = Log()
    log.append()
    hub = FeedHub(log.fetch, poll_seconds=1)
    event = log.events[0]
    officer = Actor(1, "a", "duty_officer")
    other_officer = Actor(2, "b", "duty_officer")
    assert hub.sse_frame(event, officer) is hub.sse_frame(event, other_officer)
    frame = hub.sse_frame(event, officer).decode()
    assert frame.startswith("event: case.action\ndata: {") and frame.endswith("id: 1\n\n")
