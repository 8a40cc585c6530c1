"""The GUI thread's turn: workers that run Python step aside while the queue paints or merges.

Python runs one thread at a time. While the feed's worker prepares cases, every call the
queue's paint makes into Python (each cell's data, both delegates: ~1,600 calls a paint)
waits for the interpreter lock, up to the switch interval each; a paint of 6 ms became one
of 60 ms and more. Lowering the workers' priority made it worse (a lowered worker holding
the lock waits for a core while the GUI thread waits for the lock). So the workers give way
by agreement instead: the GUI thread takes its turn for a paint of the queue or a merge of
the feed (`taken()`), and a worker that reaches a point where it may pause (`give_way()`,
between two cases it prepares) waits, without the lock, until the turn is over.

The GUI thread's whole waking time is not its turn: Qt's glib event loop says `awake` only
after it has handled what woke it, so the signal comes too late to mark it; and a Python
event filter on the application that marks every event cost more than it saved (building
the window 0.2-0.4 s slower).

A worker never waits longer than `LONGEST_WAIT` for one turn: a GUI thread stuck inside a
turn does not stop the feed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

LONGEST_WAIT = 0.25  # seconds a worker waits for one turn at most


class GuiTurn:
    """Taken by the GUI thread (nested turns count as one); workers `give_way()` to it.

    The turn is a lock the GUI thread holds while it is in a turn: a worker giving way
    acquires it (waiting while the GUI thread holds it) and lets it go at once.
    """

    def __init__(self, longest_wait: float = LONGEST_WAIT) -> None:
        self._longest_wait = longest_wait
        self._gate = threading.Lock()
        self._depth = 0  # the GUI thread's nesting; only that thread touches it
        self._held = False  # the GUI thread holds the gate (in a turn)
        self.waits = 0  # times a worker waited (tests and benchmarks read it)

    @contextmanager
    def taken(self) -> Iterator[None]:
        """The GUI thread's turn for the duration of the block."""
        self._depth += 1
        self._hold()
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth:
                self._let_go()

    def _hold(self) -> None:
        if not self._held:
            self._gate.acquire()  # a worker passing through holds it for an instant only
            self._held = True

    def _let_go(self) -> None:
        if self._held:
            self._held = False
            self._gate.release()

    @property
    def is_taken(self) -> bool:
        """Whether the GUI thread is in a turn now."""
        return self._held

    def give_way(self) -> None:
        """On a worker: wait (without the interpreter lock) while the GUI thread's turn runs."""
        if self._held:
            self.waits += 1
            if self._gate.acquire(timeout=self._longest_wait):
                self._gate.release()


GUI_TURN = GuiTurn()
