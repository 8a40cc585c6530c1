"""The GUI thread's turn: workers that run Python step aside while the queue paints or merges.

Python runs one thread at a time. While the feed's worker prepares cases, every call the
queue's paint makes into Python (each cell's data, both delegates: ~1,600 calls a paint)
waits for the interpreter lock, up to the switch interval each; a paint of 6 ms became one
of 60 ms and more. Lowering the workers' priority made it worse (a lowered worker holding
the lock waits for a core while the GUI thread waits for the lock). So the workers give way
by agreement instead: the GUI thread takes its turn for a paint of the queue or a merge of
the feed (`taken()`), and a worker that reaches a point where it may pause (`give_way()`,
between two cases it prepares) waits, without the lock, until the turn is over.

The GUI thread's whole waking time can be its turn (`follow_event_loop`): from the moment
its event loop wakes until it waits again, whatever it does (a merge, a paint, another pane
drawing its chart) runs with workers stepping aside, which then work while it waits. Qt's
calls into Python are many and short: each would otherwise wait for a busy worker.

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

    The turn is a lock the GUI thread holds while it is in a turn or awake: a worker giving
    way acquires it (waiting while the GUI thread holds it) and lets it go at once. Taking
    and leaving cost a C call each: the GUI thread wakes hundreds of times a second.
    """

    def __init__(self, longest_wait: float = LONGEST_WAIT) -> None:
        self._longest_wait = longest_wait
        self._gate = threading.Lock()
        self._depth = 0  # the GUI thread's nesting; only that thread touches it
        self._awake = False  # the GUI thread's event loop is awake (follow_event_loop)
        self._held = False  # the GUI thread holds the gate (depth or awake)
        self.waits = 0  # times a worker waited (tests and benchmarks read it)
        self.followers: list[object] = []  # what follows the event loop (kept alive here)

    @contextmanager
    def taken(self) -> Iterator[None]:
        """The GUI thread's turn for the duration of the block."""
        self._depth += 1
        self._hold()
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and not self._awake:
                self._let_go()

    def set_awake(self, awake: bool) -> None:
        """On the GUI thread: its event loop woke (True) or is about to wait (False)."""
        self._awake = awake
        if awake:
            self._hold()
        elif not self._depth:
            self._let_go()

    @property
    def is_awake(self) -> bool:
        """Whether the GUI thread's event loop is awake (see follow_event_loop)."""
        return self._awake

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


def follow_event_loop(turn: GuiTurn = GUI_TURN) -> None:
    """On the GUI thread, once a QApplication exists: the turn is the GUI thread's from the
    first event it handles until its event loop is about to wait (Qt's aboutToBlock).

    Qt's `awake` signal is not used: a loop that was about to wait but found an event ready
    handles it without waiting, and says `awake` only afterwards; so every event the
    application delivers marks the thread awake (an application event filter).
    """
    from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject

    app = QCoreApplication.instance()
    dispatcher = QAbstractEventDispatcher.instance(app.thread()) if app is not None else None
    if app is None or dispatcher is None or dispatcher.property("ccGuiTurn"):
        return

    class Waker(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not turn.is_awake:
                turn.set_awake(True)
            return False

    waker = Waker(app)
    turn.followers.append(waker)
    app.installEventFilter(waker)
    dispatcher.setProperty("ccGuiTurn", True)
    turn.set_awake(True)  # running now
    dispatcher.aboutToBlock.connect(lambda: turn.set_awake(False))
