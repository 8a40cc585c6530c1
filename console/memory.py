"""The process's memory with glibc: large blocks given back when freed, free pages returned.

Elsewhere (no glibc) both do nothing. No Qt here.
"""

from __future__ import annotations

import ctypes


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


# glibc allocates blocks this large or larger as their own mappings, given back when freed.
# By default the limit rises to the largest block freed (up to 32 MB), and from then on large
# blocks come from the heap and stay in the process: a sort's temporary 12 MB array of texts
# at 100,000 cases left the console 20–30 MB larger for good.
MMAP_THRESHOLD = 256 * 1024
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)


def fix_mmap_threshold() -> None:
    """Keep glibc's mmap threshold where it is (see MMAP_THRESHOLD); elsewhere nothing."""
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def release_freed_memory() -> None:
    """Give freed memory back to the system: glibc keeps the pages of what a load parsed
    through, and of what every sort, filter and flood of the queue allocates for a moment,
    resident in the holes of its heap (tens of megabytes at 100,000 cases: a dozen sorts took
    the console from 422 to 475 MB, and this back to 422). A few milliseconds. Elsewhere:
    nothing."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:
        trim(0)
