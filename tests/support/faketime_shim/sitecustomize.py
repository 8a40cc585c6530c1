"""Loaded by every Python process of a run under libfaketime (tests/support/at_moment.py puts
this folder on PYTHONPATH). With FAKETIME_DONT_FAKE_MONOTONIC=1, libfaketime 0.9.10 makes
clock_nanosleep, which Python's time.sleep uses, fail with EINVAL; every other timed wait
works. So time.sleep waits in select() instead, on the real monotonic clock."""

from __future__ import annotations

import os
import select
import time

if os.environ.get("FAKETIME"):

    def _sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0:
            select.select([], [], [], left)

    time.sleep = _sleep
