"""glibc's allocator, set for a process that runs for days and gives memory back. Qt-free.

The wall's soak (benchmarks/wall_soak.py --trace) found no leak of Python objects (traced
memory flat) and malloc's own count of what is in use falling, while RSS rose: what grew
was memory freed but kept by malloc ("free kept" in mallinfo2, 8 → 19 MB in four minutes),
in the arenas of the threads that parse answers and decode the relay. Two glibc behaviours
keep it:

- the mmap threshold rises to the size of the largest block freed (up to 32 MB), so that
  after the first big answer or video frame every later one comes from an arena, where
  it leaves holes between smaller blocks that the arena cannot give back;
- each thread that allocates may get an arena of its own (up to 8 per core), each keeping
  its free memory to itself.

So the wall fixes the threshold (large blocks are mapped and unmapped whole), caps the
arenas, and asks malloc every few minutes to return what it keeps (malloc_trim, a few
milliseconds). Elsewhere than glibc on Linux every call does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # mallopt parameters (malloc.h)
M_ARENA_MAX = -8
MMAP_THRESHOLD = 512 * 1024  # answers and decoded frames above this are mapped whole
ARENA_MAX = 2


@cache
def _glibc() -> Any | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
        libc.malloc_trim.argtypes = (ctypes.c_size_t,)
    except (OSError, AttributeError):  # another C library (musl) or none found
        return None
    return libc


def tune() -> bool:
    """Fix the mmap threshold and cap the arenas (before the wall's threads allocate much)."""
    libc = _glibc()
    if libc is None:
        return False
    done = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    done &= bool(libc.mallopt(M_ARENA_MAX, ARENA_MAX))
    log.debug("allocator tuned: %s", done)
    return done


def give_back() -> bool:
    """Return the free memory malloc keeps to the system; True if any was returned."""
    libc = _glibc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
