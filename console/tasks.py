"""One way to run work in the background: reads in parallel, writes in order, one error sink.

`TaskRunner.run(fn, on_done)` runs `fn` on a QThreadPool and calls `on_done(result)` back on
the GUI thread; failures go to `on_error` or, by default, to the `failed` signal that the
main window shows to the officer. Writes (`write=True`) run one after another on a single
worker, in the order they were asked for. Background reads (`background=True`: refreshes
nobody waits on, such as the charts') run one at a time on a worker of lower priority: a
burst of them never takes both cores of a workstation from the GUI thread, nor sends the
server a burst of heavy queries at once.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]  # what it returns is dropped
Progress = Callable[[Any], None]
BACKGROUND_NICE = 5  # the background worker's niceness (Linux): the GUI thread first


class GuiThreadIO(RuntimeError):
    """Network I/O was attempted on the GUI thread."""


def gui_thread_guard() -> None:
    """Raise when called on the GUI (main) thread: installed as the API client's guard."""
    if threading.current_thread() is threading.main_thread():
        raise GuiThreadIO("network I/O on the GUI thread; use TaskRunner.run()")


class _Relay(QObject):
    """Carries results from worker threads to the runner, which lives on the GUI thread."""

    done = Signal(int, object)
    error = Signal(int, object)
    progress = Signal(int, object)


def lower_this_threads_priority(nice: int = BACKGROUND_NICE) -> None:
    """Make the calling thread yield the CPU to the others. Linux only (where a niceness is
    per thread; elsewhere it is the whole process's, or absent). Never raises: a priority is
    a wish, not a requirement."""
    if not sys.platform.startswith("linux"):
        return
    try:
        thread = threading.get_native_id()
        if os.getpriority(os.PRIO_PROCESS, thread) < nice:
            os.setpriority(os.PRIO_PROCESS, thread, nice)
    except OSError:
        log.debug("could not lower a background worker's priority", exc_info=True)


class _Task(QRunnable):
    def __init__(
        self, token: int, fn: Callable[..., Any], relay: _Relay, progress: bool, *,
        background: bool = False,
    ) -> None:  # fmt: skip
        super().__init__()
        self._token = token
        self._fn = fn
        self._relay = relay
        self._progress = progress
        self._background = background

    def run(self) -> None:
        token = self._token
        if self._background:
            lower_this_threads_priority()  # the background pool's one thread runs nothing else
        try:
            if self._progress:
                value = self._fn(lambda item: self._emit("progress", token, item))
            else:
                value = self._fn()
        except Exception as exc:  # noqa: BLE001 - every failure goes to the error sink
            self._emit("error", token, exc)
        else:
            self._emit("done", token, value)

    def _emit(self, signal: str, token: int, value: object) -> None:
        try:
            getattr(self._relay, signal).emit(token, value)
        except RuntimeError:  # the runner was deleted with its window: nobody is listening
            log.debug("task %s finished after its runner was deleted", token)


class TaskRunner(QObject):
    """Runs callables off the GUI thread and posts their results back through signals."""

    failed = Signal(str, str)  # what was being done, why it failed (the error sink)

    def __init__(self, parent: QObject | None = None, *, readers: int = 4) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(readers)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)  # one worker: writes keep their order
        self._background = QThreadPool(self)
        self._background.setMaxThreadCount(1)  # one at a time, behind everything else
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self._relay.error.connect(self._on_relay_error)
        self._relay.progress.connect(self._on_relay_progress)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callback | None, Callback | None, Progress | None, str]] = {}
        self._closed = False

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callback | None = None,
        *,
        on_error: Callback | None = None,
        on_progress: Progress | None = None,
        what: str = "",
        write: bool = False,
        background: bool = False,
    ) -> None:
        """Run fn() (or fn(report) with on_progress) off the GUI thread; callbacks on the GUI
        thread. `write`: in order with the other writes; `background`: a refresh nobody waits
        on, one at a time at a lower priority."""
        if self._closed:
            # The window is gone: a timer firing late must not start work that could outlive
            # the pools (deleting a pool waits for its threads, which may need the GUI thread).
            log.debug("not started after close: %r", what)
            return
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error, on_progress, what)
        task = _Task(token, fn, self._relay, on_progress is not None, background=background)
        pool = self._writes if write else self._background if background else self._reads
        pool.start(task)

    def busy(self) -> bool:
        """Whether some task has not reported back yet."""
        return bool(self._pending)

    def close(self) -> None:
        """Start nothing more; what was asked for before still runs (see wait())."""
        self._closed = True

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running tasks to finish (at shutdown)."""
        ok = self._reads.waitForDone(msecs)
        ok = self._background.waitForDone(msecs) and ok
        return self._writes.waitForDone(msecs) and ok

    @Slot(int, object)
    def _on_relay_done(self, token: int, value: object) -> None:
        entry = self._pending.pop(token, None)
        if entry is not None and entry[0] is not None:
            entry[0](value)

    @Slot(int, object)
    def _on_relay_error(self, token: int, exc: object) -> None:
        entry = self._pending.pop(token, None)
        if entry is None:
            return
        on_error, what = entry[1], entry[3]
        log.info("background task %r failed: %r", what, exc)
        if on_error is not None:
            on_error(exc)
        else:
            self.failed.emit(what, str(exc))

    @Slot(int, object)
    def _on_relay_progress(self, token: int, item: object) -> None:
        entry = self._pending.get(token)
        if entry is not None and entry[2] is not None:
            entry[2](item)
