"""GUI-thread instruments of the queue benchmark (benchmarks.queue): stalls, CPU, paints.

Everything here runs on the GUI thread and touches only the public surface of the console:
a QTableView (its viewport's paint events), a Qt item model's structural signals, QTimers.

- `StallMeter`: a 5 ms PreciseTimer on the GUI thread recording every tick; a stall is the
  gap between two consecutive ticks beyond the interval. It also reads the GUI thread's own
  CPU time (`time.thread_time()`, sampled on the GUI thread) over the measurement.
- `PaintWatch`: an event filter on the view's viewport that lets the view paint inside the
  filter, so that it knows when each paint *finished* and which rows it covered.
- `ModelWatch`: when the model last changed its rows (reset, layout, insert, remove, move).
- `run_for` / `run_until`: the real event loop (QEventLoop), not a processEvents busy loop,
  so that the GUI thread idles between events exactly as in the console.
"""

from __future__ import annotations

import faulthandler
import gc
import math
import os
import re
import tempfile
import threading
import time
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView

STALL_OVER_MS = 50.0


def now() -> float:
    """The benchmark's monotonic clock (seconds)."""
    return time.perf_counter()


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    """The median; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc/self/status."""
    values = {"VmRSS": math.nan, "VmHWM": math.nan}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in values:
            values[name] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


# -- the event loop -------------------------------------------------------------------------


def run_for(seconds: float) -> None:
    """Run the GUI event loop for `seconds` (the thread sleeps in the loop between events)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(max(0, round(seconds * 1000)))
    loop.exec()


def run_until(
    condition: Callable[[], bool], timeout: float, poll_ms: int = 10, what: str = "condition"
) -> None:
    """Run the event loop until `condition()` holds (checked every `poll_ms`)."""
    if condition():
        return
    loop = QEventLoop()
    deadline = now() + timeout
    failed: list[bool] = []

    def check() -> None:
        if condition():
            loop.quit()
        elif now() > deadline:
            failed.append(True)
            loop.quit()

    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(poll_ms)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if failed:
        raise TimeoutError(f"{what}: not met within {timeout:.0f} s")


# -- stalls and CPU -------------------------------------------------------------------------


@dataclass
class Stalls:
    """Gaps between consecutive heartbeat ticks over one window of time."""

    seconds: float
    ticks: int
    longest_ms: float  # the longest gap minus the interval
    over_50: int  # gaps whose stall (gap minus interval) exceeds 50 ms
    p99_gap_ms: float
    gui_cpu: float  # GUI-thread CPU seconds / wall seconds (NaN when not measured)
    # The GUI thread's own CPU time within the longest gap: near the gap, it was working;
    # far below it, it was waiting (for the interpreter's lock or for a core).
    longest_cpu_ms: float = math.nan
    longest_queued_ms: float = math.nan  # ... and waiting for a core (the kernel's schedstat)
    where: str = ""  # where the GUI thread mostly was during the longest stall (sampled)
    longest_after_s: float = math.nan  # when the longest stall began, after the window's start

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return asdict(self)


# Sampling the GUI thread's stack during stalls (`--stacks` of benchmarks.queue).
STACKS = bool(os.environ.get("QUEUE_BENCH_STACKS"))
ALL_STACKS = bool(os.environ.get("QUEUE_BENCH_ALL_STACKS"))  # print other threads in stalls
SAMPLE_AFTER = 0.1  # a gap this long gets the GUI thread's stack sampled
SAMPLE_EVERY = 0.02


_THREAD_LINE = re.compile(r"^(?:Current thread|Thread) (0x[0-9a-fA-F]+)")


def _stacks(dump: Any) -> dict[int, str]:
    """Every thread's innermost frames (innermost first), by thread id.

    Read by `faulthandler`, which walks the stacks in C: no frame object of another thread
    is ever made or held here. (Holding one would keep that frame's locals alive, and the
    last reference would then go on this thread: a Qt object among them would be destroyed
    on the wrong thread.)
    """
    dump.seek(0)
    dump.truncate()
    faulthandler.dump_traceback(dump, all_threads=True)
    dump.seek(0)
    stacks: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in dump.read().decode(errors="replace").splitlines():
        head = _THREAD_LINE.match(line)
        if head:
            current = stacks.setdefault(int(head.group(1), 16), [])
        elif current is not None and line.strip().startswith("File "):
            # '  File "/path/to/name.py", line 12 in function'
            path, _, rest = line.strip()[6:].partition('", line ')
            lineno, _, function = rest.partition(" in ")
            if path == __file__ and function == "_callback":
                # GcWatch's callback: the thread was in a garbage collection (the sampler got
                # the GIL as it ended).
                current.append("[garbage collection]")
                continue
            current.append(f"{Path(path).parent.name}/{Path(path).name}:{lineno} {function}")
    return {ident: " ← ".join(frames[:5]) for ident, frames in stacks.items()}


class QueuedClock:
    """How long the thread that made it has waited for a core so far (Linux's schedstat;
    NaN elsewhere). The file is opened once and re-read in place: a tick must cost little."""

    def __init__(self) -> None:
        try:
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._fd = None

    def __call__(self) -> float:
        if self._fd is None:
            return math.nan
        try:
            return int(os.pread(self._fd, 128, 0).split()[1]) / 1e9
        except (OSError, IndexError, ValueError):
            return math.nan

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class StallMeter(QObject):
    """A heartbeat on the GUI thread; every tick's time is kept, nothing is excluded.

    With QUEUE_BENCH_STACKS set, a sampling thread notes where the GUI thread is (its Python
    stack) whenever a gap runs past SAMPLE_AFTER, so that the longest stall can say where the
    time went.
    """

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval_ms / 1000
        self.ticks = array("d")
        self.cpu_ticks = array("d")  # the GUI thread's CPU time at each tick
        self.queued_ticks = array("d")  # ... and its time waiting for a core, if known
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._cpu0 = 0.0
        self._wall0 = 0.0
        self.cpu_seconds = math.nan
        self.wall_seconds = math.nan
        self.samples: dict[int, list[str]] = {}  # gap (index of its closing tick) → stacks
        self._stopping = threading.Event()
        self._sampler: threading.Thread | None = None
        self._gui = 0

    def start(self) -> None:
        """Start counting (call on the GUI thread)."""
        self._wall0 = now()
        self._cpu0 = time.thread_time()
        self.ticks = array("d", [self._wall0])
        self.cpu_ticks = array("d", [self._cpu0])
        self._queued = QueuedClock()  # made here, on the GUI thread: it reads this thread's
        self.queued_ticks = array("d", [self._queued()])
        self.samples = {}
        self._gui = threading.get_ident()
        self._stopping.clear()
        if STACKS or ALL_STACKS:
            self._sampler = threading.Thread(target=self._sample, name="bench-stalls", daemon=True)
            self._sampler.start()
        self._timer.start()

    def _tick(self) -> None:
        self.ticks.append(now())
        self.cpu_ticks.append(time.thread_time())
        self.queued_ticks.append(self._queued())

    def _sample(self) -> None:
        with tempfile.TemporaryFile() as dump:
            while not self._stopping.wait(SAMPLE_EVERY):
                ticks = self.ticks
                count = len(ticks)
                if now() - ticks[count - 1] < SAMPLE_AFTER:
                    continue
                stacks = _stacks(dump)
                if self._gui in stacks:
                    self.samples.setdefault(count, []).append(stacks[self._gui])
                if ALL_STACKS and now() - ticks[count - 1] > 1.0:
                    names = {t.ident: t.name for t in threading.enumerate()}
                    for ident, stack in stacks.items():
                        if ident not in (self._gui, threading.get_ident()):
                            print(f"[{names.get(ident, ident)}] {stack}", flush=True)

    def stop(self) -> Stalls:
        """Stop; the stop itself is the last tick (a stall running into it counts)."""
        end = now()
        self.cpu_seconds = time.thread_time() - self._cpu0
        self.wall_seconds = end - self._wall0
        self._timer.stop()
        self._stopping.set()
        if self._sampler is not None:
            self._sampler.join(1)
        self.ticks.append(end)
        self.cpu_ticks.append(self._cpu0 + self.cpu_seconds)
        self.queued_ticks.append(self._queued())
        self._queued.close()
        return self.window(self._wall0, end, cpu=self.cpu_seconds)

    def turn_at(self, moment: float) -> tuple[float, float]:
        """The ticks either side of `moment`: the event-loop turn (or turns) it fell in."""
        ticks = self.ticks
        i = bisect_right(ticks, moment)
        if i == 0:
            return moment, moment
        return ticks[i - 1], ticks[i] if i < len(ticks) else ticks[-1]

    def window(self, start: float, end: float, cpu: float = math.nan) -> Stalls:
        """The gaps that began at or after `start` and ended by `end` (+ the one running
        into `end`)."""
        ticks = self.ticks
        gaps = []
        longest, longest_at = -1.0, 0
        for i in range(1, len(ticks)):
            if ticks[i - 1] < start:
                continue
            if ticks[i - 1] >= end:
                break
            gap = ticks[i] - ticks[i - 1]
            gaps.append(gap)
            if gap > longest:
                longest, longest_at = gap, i
        stalls = [max(0.0, g - self.interval) * 1000 for g in gaps]
        wall = max(end - start, 1e-9)
        cpu_ticks = self.cpu_ticks
        queued_ticks = self.queued_ticks
        longest_cpu = longest_queued = math.nan
        if gaps and longest_at < len(cpu_ticks):
            longest_cpu = (cpu_ticks[longest_at] - cpu_ticks[longest_at - 1]) * 1000
            longest_queued = (queued_ticks[longest_at] - queued_ticks[longest_at - 1]) * 1000
        stacks = self.samples.get(longest_at, [])
        where = ""
        if stacks:
            where = "; or ".join(
                f"{stack} ({seen} of {len(stacks)} samples)"
                for stack, seen in Counter(stacks).most_common(2)
            )
        return Stalls(
            seconds=wall,
            ticks=len(gaps),
            longest_ms=max(stalls, default=0.0),
            over_50=sum(1 for s in stalls if s > STALL_OVER_MS),
            p99_gap_ms=percentile([g * 1000 for g in gaps], 99),
            gui_cpu=cpu / wall if not math.isnan(cpu) else math.nan,
            longest_cpu_ms=longest_cpu,
            longest_queued_ms=longest_queued,
            where=where,
            longest_after_s=ticks[longest_at - 1] - start if gaps else math.nan,
        )


# -- paints ---------------------------------------------------------------------------------


class FirstPaint(QObject):
    """When a widget (the main window) began its first paint: its first frame on screen."""

    def __init__(self, widget: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.at = math.nan
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.Paint and math.isnan(self.at):
            self.at = now()
            self.widget.removeEventFilter(self)
        return False


@dataclass
class Paint:
    """One paint of the viewport: when it began and finished, the rows and height it covered."""

    start: float
    end: float
    wall_end: float  # time.time() at the end, to compare with the server's timestamps
    top: int  # y range of the painted rectangle (viewport coordinates)
    bottom: int
    rows: int  # model.rowCount() at the time


class PaintWatch(QObject):
    """Knows when the view's viewport finished each paint.

    The filter hands the paint event to the view itself (`viewportEvent`, which is what the
    scroll area's own viewport filter does) and notes the time after it returns, so that a
    paint counts when its pixels are drawn; if that call is not available, the paint is timed
    at its start instead (`exact` False).
    """

    def __init__(self, view: QAbstractItemView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.viewport = view.viewport()
        self.paints: list[Paint] = []
        self.listeners: list[Callable[[Paint], None]] = []
        self.exact = True
        self._inside = False
        self.viewport.installEventFilter(self)

    def close(self) -> None:
        """Stop watching."""
        self.viewport.removeEventFilter(self)
        self.listeners.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self.viewport or event.type() != QEvent.Type.Paint or self._inside:
            return False
        start = now()
        handled = False
        if self.exact:
            self._inside = True
            try:
                self.view.viewportEvent(event)  # type: ignore[attr-defined]
                handled = True
            except (AttributeError, TypeError, RuntimeError):
                self.exact = False
            finally:
                self._inside = False
        rect = event.rect()  # type: ignore[attr-defined]
        model = self.view.model()
        paint = Paint(
            start=start,
            end=now() if handled else start,
            wall_end=time.time(),
            top=rect.top(),
            bottom=rect.bottom(),
            rows=model.rowCount() if model is not None else 0,
        )
        self.paints.append(paint)
        for listener in list(self.listeners):
            listener(paint)
        return handled

    def first_after(self, moment: float) -> Paint | None:
        """The first paint that began at or after `moment`."""
        for paint in self.paints:
            if paint.start >= moment:
                return paint
        return None

    def trim(self) -> None:
        """Forget the paints so far (a long run keeps many)."""
        self.paints.clear()


def row_painted(view: QTableView, row: int, paint: Paint) -> bool:
    """Whether the row lies (at least partly) within the viewport and the painted rectangle."""
    if row < 0:
        return False
    y = view.rowViewportPosition(row)
    height = view.rowHeight(row)
    if y + height <= 0 or y >= view.viewport().height():
        return False
    return y <= paint.bottom and y + height - 1 >= paint.top


def visible_rows(view: QTableView) -> tuple[int, int]:
    """First and last row wholly inside the viewport (-1, -1 when empty)."""
    first = view.rowAt(0)
    if first < 0:
        return -1, -1
    if view.rowViewportPosition(first) < 0:
        first += 1
    height = view.viewport().height()
    last = view.rowAt(height - 1)
    if last < 0:
        last = view.model().rowCount() - 1
    elif view.rowViewportPosition(last) + view.rowHeight(last) > height:
        last -= 1
    return first, last


# -- model changes --------------------------------------------------------------------------


class ModelWatch(QObject):
    """Times of the model's structural changes (what changes which rows are where).

    Changes the queue makes on its own, applying the feed's events or ticking its clock (a
    case turning red joins a red-only filter), are kept apart in `live`: they are not the
    end of a sort or a filter begun before them. `changes` holds the others."""

    SIGNALS = ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "rowsMoved")

    def __init__(self, model: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes: list[float] = []
        self.live: list[float] = []
        self._in_live = False
        for name in self.SIGNALS:
            signal = getattr(model, name, None)
            if signal is not None:
                signal.connect(self._on_change)
        for name in ("apply_events", "tick"):
            plain = getattr(model, name, None)
            if plain is not None:
                setattr(model, name, self._marked_live(plain))

    def _marked_live(self, plain: Callable[..., Any]) -> Callable[..., Any]:
        def marked(*args: Any, **kwargs: Any) -> Any:
            self._in_live = True
            try:
                return plain(*args, **kwargs)
            finally:
                self._in_live = False

        return marked

    def _on_change(self, *_args: Any) -> None:
        (self.live if self._in_live else self.changes).append(now())

    def first_since(self, moment: float) -> float | None:
        """The first structural change at or after `moment`."""
        for t in self.changes:
            if t >= moment:
                return t
        return None

    def last_since(self, moment: float) -> float | None:
        """The last structural change at or after `moment`."""
        last = self.changes[-1] if self.changes else None
        return last if last is not None and last >= moment else None


class TimerFire(QObject):
    """When a QTimer last fired (seen as its QEvent.Timer, before its timeout slots run)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fired: dict[int, float] = {}
        self._watched: list[QTimer] = []

    def watch(self, timer: QTimer) -> None:
        """Note this timer's firings from now on."""
        timer.installEventFilter(self)
        self._watched.append(timer)

    def close(self) -> None:
        """Stop watching."""
        for timer in self._watched:
            try:
                timer.removeEventFilter(self)
            except RuntimeError:
                pass  # the timer is gone
        self._watched.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Timer:
            self.fired[id(watched)] = now()
        return False


def settle(
    model_watch: ModelWatch,
    paints: PaintWatch,
    started: float,
    *,
    quiet: float = 0.3,
    no_change: float = 2.0,
    timeout: float = 120.0,
) -> tuple[float, str]:
    """When the change begun at `started` was on screen: the end of the first paint after
    the last structural change, once no change has come for `quiet` seconds.

    Works whether the model changes at once or later (in the background). With no
    structural change within `no_change` seconds, the first paint after `started` counts
    ("no row change"). Returns (time, how).
    """

    def done() -> bool:
        t = now()
        last = model_watch.last_since(started)
        if last is None:
            return t - started > no_change
        if t - last < quiet:
            return False
        return paints.first_after(last) is not None

    run_until(done, timeout, what="the change to show")
    last = model_watch.last_since(started)
    if last is None:
        paint = paints.first_after(started)
        return (paint.end if paint else started), "no row change"
    paint = paints.first_after(last)
    assert paint is not None
    return paint.end, "painted"


def first_result(model_watch: ModelWatch, paints: PaintWatch, started: float) -> float | None:
    """The end of the first paint after the first structural change since `started` (what
    the officer first sees of a change whose result comes in several steps)."""
    first = model_watch.first_since(started)
    paint = paints.first_after(first) if first is not None else None
    return paint.end if paint is not None else None


# -- the garbage collector ------------------------------------------------------------------


class GcWatch:
    """Pauses of Python's cyclic garbage collector (every collection, on any thread)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[float, int, float]] = []  # (start, generation, seconds)
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = now()
        else:
            self.pauses.append(
                (self._started, int(info.get("generation", 0)), now() - self._started)
            )

    def since(self, moment: float) -> dict[str, Any]:
        """Collections from `moment` on: how many, how long in all, the longest."""
        pauses = [p for p in self.pauses if p[0] >= moment]
        full = [p for p in pauses if p[1] == 2]
        return {
            "collections": len(pauses),
            "full": len(full),
            "total_ms": sum(p[2] for p in pauses) * 1000,
            "longest_ms": max((p[2] for p in pauses), default=0.0) * 1000,
        }
