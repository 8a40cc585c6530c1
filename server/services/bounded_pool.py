"""Threads of their own for CPU-heavy work a client can ask for at will, apart from the
pool every other route runs on.

Argon2 costs ~0.2 s of a core per password check and a large photo as much to decode: on the
shared pool, eight guessers or four uploads of large photos held every thread and `/healthz`
took seconds. Here such work takes `threads` threads at most; at most `queue` more requests
wait, and the next are told to come back (503 with Retry-After).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from server.problems import Code, Problem

T = TypeVar("T")


class BoundedPool:
    """A few threads and a bounded wait for one kind of heavy work."""

    def __init__(self, name: str, threads: int, queue: int, busy: Code, message: str) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix=name)
        self._room = threads + queue
        self._taken = 0
        self._lock = threading.Lock()
        self._busy, self._message = busy, message

    async def run(self, work: Callable[[], T]) -> T:
        """`work()` on one of the pool's threads; 503 when too many are already waiting."""
        with self._lock:
            full = self._taken >= self._room
            if not full:
                self._taken += 1
        if full:
            problem = Problem(503, "Busy", self._message, code=self._busy, kind="busy")
            problem.headers["Retry-After"] = "1"
            raise problem
        try:
            return await asyncio.wrap_future(self._pool.submit(work))
        finally:
            with self._lock:
                self._taken -= 1


def password_checks(threads: int, queue: int) -> BoundedPool:
    """Where sign-ins check passwords."""
    return BoundedPool(
        "password-check", threads, queue, Code.SIGN_IN_BUSY,
        "Too many sign-ins at once; try again in a moment.",
    )  # fmt: skip


def photo_checks(threads: int, queue: int) -> BoundedPool:
    """Where uploads check and decode their photos."""
    return BoundedPool(
        "photo-check", threads, queue, Code.UPLOADS_BUSY,
        "Too many photos are being checked at once; send them again in a moment.",
    )  # fmt: skip
