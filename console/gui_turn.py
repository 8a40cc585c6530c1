"""The GUI thread's turn: workers that run Python step aside while the queue paints or merges.

Python runs one thread at a time. While the feed's worker prepares cases, every call the
queue's paint makes into Python (each cell's data, both delegates: ~1,600 calls a paint)
waits for the interpreter lock, up to the switch interval each; a paint of 6 ms became one
of 60 ms and more. Lowering the workers' priority made it worse (a lowered worker holding
the lock waits for a core while the GUI thread waits for the lock). So the workers give way
by agreement instead: the GUI thread takes its turn for a paint of the queue or a merge of
the feed (`taken()`), and a worker that reaches a point where it may pause (`give_way()`,
between two cases it prepares) waits, without the lock, until the turn is over.

A worker never waits longer than `LONGEST_WAIT` for one turn: a GUI thread stuck inside a
turn does not stop the feed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

LONGEST_WAIT = 0.25  # seconds a worker waits for one turn at most


class GuiTurn:
    """Taken by the GUI thread (nested turns count as one); workers `give_way()` to it."""

    def __init__(self, longest_wait: float = LONGEST_WAIT) -> None:
        self._longest_wait = longest_wait
        self._free = threading.Event()
        self._free.set()
        self._depth = 0  # the GUI thread's nesting; only that thread touches it
        self.waits = 0  # times a worker waited (tests and benchmarks read it)

    @contextmanager
    def taken(self) -> Iterator[None]:
        """The GUI thread's turn for the duration of the block."""
        self._depth += 1
        if self._depth == 1:
            self._free.clear()
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._free.set()

    @property
    def is_taken(self) -> bool:
        """Whether the GUI thread is in a turn now."""
        return not self._free.is_set()

    def give_way(self) -> None:
        """On a worker: wait (without the interpreter lock) while the GUI thread's turn runs."""
        if not self._free.is_set():
            self.waits += 1
            self._free.wait(self._longest_wait)


GUI_TURN = GuiTurn()
