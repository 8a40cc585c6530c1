"""A worker process dies with the process that started it (`cc-server --workers N`).

Killing the supervising process (kill -9, an OOM kill) used to leave its workers serving
without the SLA ladder, checkpoints or simulator, and holding the port, so that a restart
failed with "Address already in use". On Linux the kernel sends the worker SIGKILL when its
parent dies (prctl PR_SET_PDEATHSIG); elsewhere a watchdog thread notices within half a second.
A worker holds nothing that needs a clean exit: every write is one database transaction.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger(__name__)

SUPERVISOR_ENV = "CC_SUPERVISOR_PID"
PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 0.5


def die_with_supervisor() -> None:
    """In a worker: end this process when the supervisor named in CC_SUPERVISOR_PID ends."""
    named = os.environ.get(SUPERVISOR_ENV, "")
    if not named.isdigit():
        return
    supervisor = int(named)
    if not _kernel_kills_us_with_parent():
        threading.Thread(target=_watch, args=(supervisor,), daemon=True, name="parent").start()
    # The supervisor may have died before the kernel was told: then the parent is already
    # another process, and nobody will signal us.
    if os.getppid() != supervisor:
        log.error("the supervising process %d is gone: this worker stops", supervisor)
        os._exit(1)


def _kernel_kills_us_with_parent() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(supervisor: int) -> None:
    while os.getppid() == supervisor:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
