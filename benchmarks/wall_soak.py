"""The wall left running: RSS and the GUI thread's CPU share under a live simulator.

    python -m benchmarks.wall_soak [--minutes 60] [--rate 30] [--display :12]

Starts a demo cc-server with its simulator reporting `--rate` cases a minute (30) and, in
this process, the wall as `cc-console --wall --server URL --user supervisor` runs it
(WallLauncher: read-only client, sign-in, feed, every view rotating every 20 s, the city
relay video playing from its first showing on). Offscreen, 1920x1080, unless `--display`.
After a warm-up (`--warmup-minutes`, 3: every view shown and loaded, the allocator and
Qt's caches settled) it samples once per rotation cycle (6 views x 20 s = 120 s; or every
`--sample-seconds`), always at the same point of it, so that what a view holds while it
shows is not read as a trend.

- RSS: VmRSS of this process (/proc/self/status): the wall is the process.
- GUI-thread share: `time.thread_time()` read on the GUI thread (a QTimer there) over the
  wall-clock time between samples, as benchmarks/queue_gui.py measures it: the fraction of
  one core the GUI thread used, its own work only (decoding and I/O run on other threads).

Prints RSS at the start and the end of the measured span and the share, with the targets:

- RSS growth over the measured span ≤ 10 MB, and its least-squares slope ≤ 5 MB/h.
  Why: what the wall keeps is bounded (the 24-hour trend: the server's 288 points and at
  most a sample a minute of its own, ≤ 200 督办 rows, charts made once and updated in
  place), and malloc gives back what it keeps every five minutes (console/wall/allocator.py),
  so after the warm-up RSS should only wobble. A leak of what each event brings (a case,
  ~10 kB as Python objects) would grow ~18 MB/h at 30 cases/min: the slope target catches
  it, the growth target allows the allocator's wobble on a one-hour run.
- GUI-thread share ≤ 10 % of a core on average (a wall must leave the machine to its video
  and never lag; the queue's idle figure is ~1 %).

`--trace N`: where it grows. tracemalloc (N frames a block) from the end of the warm-up
on; at every sample the ten Python allocation sites that grew most since the previous
sample and the object types whose count grew, and at the end the sites that grew most over
the whole span, with the traced total beside RSS (Python's heap against the rest: Qt, the
decoder, the allocator). Tracing slows every allocation: its GUI share is no figure.

Prints, never asserts.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RSS_GROWTH_MB = 10.0
RSS_SLOPE_MB_H = 5.0
GUI_SHARE = 0.10


def rss_mb() -> float:
    """This process's resident set, MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) in MB per hour (0 for fewer than 2 points)."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(t for t, _ in points) / n
    my = sum(v for _, v in points) / n
    den = sum((t - mx) ** 2 for t, _ in points)
    return 0.0 if den == 0 else sum((t - mx) * (v - my) for t, v in points) / den * 3600


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0, help="measured span")
    parser.add_argument("--warmup-minutes", type=float, default=3.0)
    parser.add_argument("--rate", type=float, default=30.0, help="simulated cases per minute")
    parser.add_argument("--sample-seconds", type=float, help="default: one rotation cycle")
    parser.add_argument("--display", help="an X display (default: offscreen, 1920x1080)")
    parser.add_argument("--views", default="totals,overdue,supervision,intake,indicators,video")
    parser.add_argument("--layout", default="rotate", choices=("rotate", "tile"))
    parser.add_argument("--trace", type=int, default=0, help="tracemalloc frames (0: off)")
    parser.add_argument(
        "--no-allocator",
        action="store_true",
        help="without the wall's allocator settings and give-back (a control run)",
    )
    args = parser.parse_args()
    # Line by line: at exit the video's player threads may end the process with os._exit
    # (console/video/player_host.py), which would drop a buffered report.
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    if args.display:
        os.environ["DISPLAY"] = args.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        from benchmarks.queue_run import OFFSCREEN_SCREEN

        config = Path(tempfile.mkdtemp(prefix="cc-wall-screen-")) / "offscreen.json"
        config.write_text(json.dumps(OFFSCREEN_SCREEN))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from benchmarks.queue_gui import run_for, run_until
    from console import i18n
    from console.api import set_thread_guard
    from console.app import make_application
    from console.config import ConsoleSettings
    from console.tasks import gui_thread_guard
    from console.wall.launcher import WallLauncher
    from console.wall.options import WallOptions, parse_views
    from tests.support.live_server import LiveServer

    if args.no_allocator:
        from console.wall import allocator

        allocator.tune = allocator.give_back = lambda: False
    app = make_application()
    # Qt maps a .qm file into memory: regenerated in place while the wall runs (another
    # checkout's resources/translations/update.py on a shared machine), it crashes the
    # process in QCoreApplication.translate. The soak reads a copy of its own.
    own_qm = Path(tempfile.mkdtemp(prefix="cc-wall-qm-"))
    for qm in i18n.TRANSLATIONS.glob("*.qm"):
        shutil.copyfile(qm, own_qm / qm.name)
    i18n.TRANSLATIONS = own_qm
    translators = i18n.setup(app, "zh_CN")  # noqa: F841 - kept alive while the wall runs
    set_thread_guard(gui_thread_guard)
    workdir = Path(tempfile.mkdtemp(prefix="cc-wall-soak-"))
    server = LiveServer(
        f"sqlite:///{workdir / 'cc.db'}", demo=True, rate=args.rate, log_path=workdir / "s.log"
    )
    server.start()
    print(f"server {server.url}, simulator {args.rate:g} cases/min, run dir {workdir}")
    settings = ConsoleSettings(server_url=server.url, username="supervisor", password="demo")
    options = WallOptions(views=parse_views(args.views), layout=args.layout)
    if args.sample_seconds is None:
        cycle = options.rotate_seconds * len(options.views) if args.layout == "rotate" else 0
        args.sample_seconds = cycle or 30.0
    screen = QGuiApplication.screens()[0]
    launcher = WallLauncher(settings, options, screen)
    events = [0]
    samples: list[tuple[float, float, float]] = []  # (seconds since start, RSS MB, share)
    try:
        launcher.start()
        run_until(lambda: launcher.window is not None, 120, what="the wall opens")
        window = launcher.window
        assert window is not None
        window.link.events.connect(lambda batch: events.__setitem__(0, events[0] + len(batch)))
        run_until(lambda: window.link.state == "online", 120, what="the wall online")
        print(f"wall online on {screen.geometry().width()}x{screen.geometry().height()}, "
              f"RSS {rss_mb():.1f} MB")  # fmt: skip
        run_for(args.warmup_minutes * 60)
        last = [time.monotonic(), time.thread_time()]
        start = last[0]

        def sample() -> None:
            wall, cpu = time.monotonic(), time.thread_time()  # on the GUI thread
            share = (cpu - last[1]) / max(1e-9, wall - last[0])
            last[:] = [wall, cpu]
            samples.append((wall - start, rss_mb(), share))

        tracer = Tracer(args.trace) if args.trace else None
        samples.append((0.0, rss_mb(), 0.0))
        timer = QTimer(interval=round(args.sample_seconds * 1000))
        timer.timeout.connect(sample)
        if tracer is not None:
            timer.timeout.connect(tracer.sample)
        timer.start()
        run_for(args.minutes * 60 + 1)
        timer.stop()
        if tracer is not None:
            tracer.report()
    finally:
        launcher.shutdown()
        if launcher.window is not None:
            launcher.window.close()
        server.stop()
    report(samples, events[0], args)
    return 0


def memory_map() -> dict[str, float]:
    """Resident MB by kind of mapping (/proc/self/smaps): the main heap (brk), anonymous
    maps (glibc's thread arenas, large allocations, Python's arenas), files (libraries)."""
    kinds: dict[str, float] = {}
    kind = "other"
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            name = head[5] if len(head) > 5 else ""
            if name == "[heap]":
                kind = "heap"
            elif name.startswith("/"):
                kind = "files"
            else:
                kind = "other" if name else "anon"
        elif line.startswith("Rss:"):
            kinds[kind] = kinds.get(kind, 0.0) + int(head[1]) / 1024
    return kinds


class MallInfo(ctypes.Structure):
    """glibc's struct mallinfo2 (2.33 and later)."""

    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                     "uordblks", "fordblks", "keepcost")
    ]  # fmt: skip


def malloc_state() -> str:
    """What malloc holds: in use, free but kept (fragments glibc does not give back), and
    in mmap'd blocks; '' where mallinfo2 is missing."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo
    except (OSError, AttributeError):
        return ""
    info = libc.mallinfo2()
    mb = 2**20
    return (
        f"malloc in use {info.uordblks / mb:.1f} MB, free kept {info.fordblks / mb:.1f} MB, "
        f"mmapped {info.hblkhd / mb:.1f} MB"
    )


class Tracer:
    """tracemalloc snapshots and object counts per sample, their growth printed; and where
    RSS lies by kind of mapping, and how much of it glibc would give back (malloc_trim)."""

    def __init__(self, frames: int) -> None:
        import tracemalloc

        self.tracemalloc = tracemalloc
        tracemalloc.start(frames)
        self.first = self.last = self._snapshot()
        self.types = self.first_types = self._types()

    def _snapshot(self) -> Any:
        snapshot = self.tracemalloc.take_snapshot()
        return snapshot.filter_traces(
            [self.tracemalloc.Filter(False, self.tracemalloc.__file__), self._no_frozen()]
        )

    def _no_frozen(self) -> Any:
        return self.tracemalloc.Filter(False, "<frozen importlib._bootstrap*>")

    @staticmethod
    def _types() -> Counter[str]:
        gc.collect()
        return Counter(type(o).__qualname__ for o in gc.get_objects())

    def sample(self) -> None:
        """What grew since the previous sample."""
        snapshot, types = self._snapshot(), self._types()
        traced = self.tracemalloc.get_traced_memory()[0] / 2**20
        kinds = " ".join(f"{k} {v:.1f}" for k, v in sorted(memory_map().items()))
        print(f"-- traced {traced:.1f} MB, RSS {rss_mb():.1f} MB ({kinds}); {malloc_state()}")
        for stat in snapshot.compare_to(self.last, "lineno")[:10]:
            if stat.size_diff > 0:
                where = stat.traceback[0]
                print(f"   {stat.size_diff / 1024:+8.1f} kB {stat.count_diff:+6d}  {where}")
        grown = (types - self.types).most_common(8)
        print("   objects: " + ", ".join(f"{name} +{n}" for name, n in grown))
        self.last, self.types = snapshot, types

    def report(self) -> None:
        """What grew over the whole span."""
        snapshot = self._snapshot()
        print("\ngrowth over the span, by allocation site (tracemalloc):")
        for stat in snapshot.compare_to(self.first, "traceback")[:15]:
            if stat.size_diff <= 0:
                continue
            print(f"{stat.size_diff / 1024:+9.1f} kB {stat.count_diff:+7d} blocks")
            for line in stat.traceback.format()[-8:]:
                print("    " + line)
        grown = (self._types() - self.first_types).most_common(15)
        print("objects grown: " + ", ".join(f"{name} +{n}" for name, n in grown))
        self.tracemalloc.stop()


def report(
    samples: list[tuple[float, float, float]], events: int, args: argparse.Namespace
) -> None:
    """The figures beside their targets."""
    if len(samples) < 2:
        print("too short a run: no samples")
        return
    span = samples[-1][0]
    start_rss, end_rss = samples[0][1], samples[-1][1]
    growth = end_rss - start_rss
    slope = slope_per_hour([(t, r) for t, r, _s in samples])
    shares = [s for _t, _r, s in samples[1:]]
    mean_share = sum(shares) / len(shares)
    peak = max(r for _t, r, _s in samples)

    def ok(good: bool) -> str:
        return "ok" if good else "NOT MET"

    print()
    print(f"wall soak: {span / 60:.1f} min measured after {args.warmup_minutes:g} min warm-up, "
          f"{events} feed events ({events / max(span, 1) * 60:.0f}/min)")  # fmt: skip
    print(f"{'figure':34} {'measured':>12} {'target':>14}  ok?")
    print(f"{'RSS at start':34} {start_rss:>9.1f} MB {'':>14}")
    print(f"{'RSS at end':34} {end_rss:>9.1f} MB {'':>14}")
    print(f"{'RSS peak':34} {peak:>9.1f} MB {'':>14}")
    print(f"{'RSS growth':34} {growth:>+9.1f} MB {'≤ ' + str(RSS_GROWTH_MB) + ' MB':>14}  "
          f"{ok(growth <= RSS_GROWTH_MB)}")  # fmt: skip
    target = f"≤ {RSS_SLOPE_MB_H} MB/h"
    print(f"{'RSS slope (least squares)':34} {slope:>+7.1f} MB/h {target:>14}"
          f"  {ok(slope <= RSS_SLOPE_MB_H)}")  # fmt: skip
    print(f"{'GUI-thread share (mean)':34} {mean_share:>10.1%} {'≤ 10 %':>14}  "
          f"{ok(mean_share <= GUI_SHARE)}")  # fmt: skip
    print(f"{'GUI-thread share (worst sample)':34} {max(shares):>10.1%}")
    if state := malloc_state():
        print(f"at the end: {state}")
    print("samples (min, RSS MB, GUI share):")
    print("  " + "  ".join(f"{t / 60:.1f}:{r:.0f}:{s:.1%}" for t, r, s in samples))


if __name__ == "__main__":
    sys.exit(main())
