"""The queue benchmark's console process, its shared part: the window launched as cc-console
launches it (`launch`, `Console`), the figures file (`Results`) and the instruments every
phase uses. The phases are in queue_view_phases.py (idle, sort, filter), queue_latency.py
(real dispatches) and queue_feed.py (synthetic events); queue_console.py runs them."""

from __future__ import annotations

import cProfile
import faulthandler
import json
import math
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROCESS_STARTED = time.time()
faulthandler.enable()  # a crash in Qt prints every thread's Python stack


from PySide6.QtCore import (  # noqa: E402
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.queue_gui import (  # noqa: E402
    FirstPaint,
    GcWatch,
    ModelWatch,
    Paint,
    PaintWatch,
    StallMeter,
    now,
    percentile,
    rss_mb,
    run_for,
    run_until,
    visible_rows,
)

SHANGHAI = timezone(timedelta(hours=8))
PROFILE_DIR = Path(tempfile.gettempdir())
_GC_WATCH: GcWatch | None = None  # the garbage collector's pauses in this process


def start_gc_watch() -> GcWatch:
    """Watch the garbage collector's pauses in this process from now on (once, in main)."""
    global _GC_WATCH  # noqa: PLW0603 - one per process, read by the measuring phases
    _GC_WATCH = GcWatch()
    return _GC_WATCH


def gc_since(moment: float) -> dict[str, Any]:
    """The garbage collector's pauses in this process since `moment`."""
    return _GC_WATCH.since(moment) if _GC_WATCH is not None else {}


def log(text: str) -> None:
    """A progress line (the orchestrator shows it)."""
    print(text, flush=True)


def iso(moment: datetime) -> str:
    """ISO 8601 in Shanghai time, as the server writes it."""
    return moment.astimezone(SHANGHAI).isoformat()


class Results:
    """The figures so far, written to the output file after every phase."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data: dict[str, Any] = {"phases": {}, "errors": {}, "notes": []}

    def phase(self, name: str, figures: dict[str, Any]) -> None:
        self.data["phases"][name] = figures
        self.save()

    def error(self, name: str, text: str) -> None:
        self.data["errors"][name] = text
        self.save()

    def note(self, text: str) -> None:
        self.data["notes"].append(text)
        log(f"note: {text}")
        self.save()

    def save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, ensure_ascii=False, indent=1, default=str))
        tmp.replace(self.path)


# -- the window -----------------------------------------------------------------------------


class Console:
    """The launched window and the instruments attached to it."""

    def __init__(self, launcher: Any, window: Any, paints: PaintWatch, changes: ModelWatch):
        self.launcher = launcher
        self.window = window
        self.paints = paints
        self.changes = changes
        header = window.queue.view.horizontalHeader()
        # The order the queue opens in (time left, ascending), to come back to.
        self.default_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())

    @property
    def model(self) -> Any:
        return self.window.ctx.model

    @property
    def view(self) -> Any:
        return self.window.queue.view

    def close(self) -> None:
        self.paints.close()
        self.window.close()
        self.launcher.shutdown()


def launch(cfg: dict[str, Any], results: Results) -> Console:
    """Sign in through the Launcher and wait for the queue to load; the launch figures."""
    from console.config import ConsoleSettings
    from console.shell.launcher import Launcher

    workdir = Path(cfg["workdir"])
    settings = ConsoleSettings(
        server_url=cfg["url"],
        username=cfg["username"],
        password=cfg["password"],
        lang="zh_CN",
        data_dir=workdir / "console-data",
    )
    meter = StallMeter(5)
    marks: dict[str, float] = {}
    held: dict[str, Any] = {}
    launcher = Launcher(settings)

    def on_loaded(*_args: Any) -> None:
        marks.setdefault("loaded", now())

    def on_paint(paint: Paint) -> None:
        if "first_screen" in marks:
            return
        view = held["window"].queue.view
        height = view.viewport().height()
        row_height = max(1, view.verticalHeader().defaultSectionSize())
        capacity = max(1, height // row_height)
        if (
            paint.rows >= capacity
            and paint.bottom - paint.top + 1 >= 0.9 * height
            and view.rowAt(max(0, paint.top)) >= 0
        ):
            marks["first_screen"] = paint.end
            marks["first_screen_rows"] = paint.rows

    def on_opened(window: Any) -> None:
        # The window at the benchmark's size first (it opens at 94 % of the screen): that
        # relayout is the benchmark's doing, not the console's, and is timed on its own.
        held["window"] = window
        # Shown, and painted in a later turn; one already exposed has had its first frame
        # (a platform that paints within show()): the loading window then starts here.
        held["frame"] = None if window.windowHandle().isExposed() else FirstPaint(window)
        screen = window.screen().availableGeometry()
        resize_started = now()
        window.resize(min(1920, screen.width()), min(1080, screen.height()))
        marks["opened"] = now()
        marks["resize_s"] = marks["opened"] - resize_started
        paints = PaintWatch(window.queue.view)
        paints.listeners.append(on_paint)
        held["paints"] = paints
        held["changes"] = ModelWatch(window.ctx.model)
        window.ctx.live.loaded.connect(on_loaded)

    def on_failed(text: str) -> None:
        held["failed"] = text

    launcher.window_opened.connect(on_opened)
    launcher.failed.connect(on_failed)
    meter.start()
    marks["signin"] = now()
    signin_wall = time.time()
    profiler = gui_profiler("launch")
    launcher.start()
    run_until(
        lambda: "loaded" in marks or "failed" in held,
        cfg["load_timeout"],
        what="LiveQueue.loaded",
    )
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(PROFILE_DIR / "queue-launch.pstats")
    if "failed" in held:
        raise RuntimeError(held["failed"])
    # The load is complete; a last paint, whatever the model does after it and the other
    # panes starting (CC_BENCH_PROFILE=after-load profiles this second).
    after_load = gui_profiler("after-load")
    run_for(1.0)
    if after_load is not None:
        after_load.disable()
        after_load.dump_stats(PROFILE_DIR / "queue-after-load.pstats")
    stalls_end = now()
    meter.stop()
    window = held["window"]
    console = Console(launcher, window, held["paints"], held["changes"])
    # The window is open for its officer from its first frame on screen: stalls while
    # loading count from the end of the event-loop turn that painted it (the turn's own
    # length is a figure of its own; a window not yet painted cannot freeze).
    frame_at = held["frame"].at if held["frame"] is not None else math.nan
    frame_turn = meter.turn_at(frame_at) if not math.isnan(frame_at) else (math.nan,) * 2
    shown = max(marks["opened"], frame_turn[1]) if not math.isnan(frame_at) else marks["opened"]
    loading = meter.window(shown, stalls_end)
    from_show = meter.window(marks["opened"], stalls_end)
    whole = meter.window(marks["signin"], stalls_end)
    before_open = meter.window(marks["signin"], shown)
    model = window.ctx.model
    if "first_screen" not in marks:
        run_until(lambda: "first_screen" in marks, 10, what="a full screen of rows painted")
    view = window.queue.view
    first_change = next((t for t in console.changes.changes if t >= marks["opened"]), math.nan)
    rss, peak = rss_mb()
    t0 = marks["signin"]
    first_row = visible_rows(view)
    figures = {
        "signin_to_first_screen_s": marks["first_screen"] - t0,
        "signin_to_loaded_s": marks["loaded"] - t0,
        "signin_to_window_opened_s": marks["opened"] - t0,
        "signin_to_first_frame_s": shown - t0,
        "first_frame_turn_ms": (frame_turn[1] - frame_turn[0]) * 1000,
        "window_resize_s": marks["resize_s"],
        "signin_to_first_rows_s": first_change - t0,
        "process_start_to_signin_s": signin_wall - cfg.get("spawned_at", PROCESS_STARTED),
        "stalls_loading": loading.as_dict(),
        "stalls_from_signin": whole.as_dict(),
        "stalls_from_show": from_show.as_dict(),
        "stalls_before_window": before_open.as_dict(),
        "loaded_cases": model.total(),
        "shown_rows": model.rowCount(),
        "rss_mb_after_load": rss,
        "peak_rss_mb_after_load": peak,
        "paint_timing_exact": console.paints.exact,
        "window": [window.width(), window.height()],
        "viewport": [view.viewport().width(), view.viewport().height()],
        "visible_rows": first_row[1] - first_row[0] + 1 if first_row[0] >= 0 else 0,
        "screen": [window.screen().geometry().width(), window.screen().geometry().height()],
        "platform": QApplication.platformName(),
        "counts": dict(model.counts()),
    }
    results.phase("launch", figures)
    log(
        f"launch: first screenful {figures['signin_to_first_screen_s']:.2f} s, loaded "
        f"{figures['signin_to_loaded_s']:.2f} s ({figures['loaded_cases']:,} cases, "
        f"{figures['shown_rows']:,} shown), longest stall {loading.longest_ms:.0f} ms, "
        f"peak RSS {peak:.0f} MB; window {figures['window']}, platform {figures['platform']}"
    )
    return console


def paint_figures(paints: list[Any]) -> dict[str, Any]:
    """How many paints of the queue's viewport and how long each took."""
    millis = sorted((p.end - p.start) * 1000 for p in paints)
    return {
        "count": len(millis),
        "median_ms": percentile(millis, 50),
        "max_ms": max(millis, default=math.nan),
        "total_ms": sum(millis),
    }


def gui_profiler(phase: str) -> cProfile.Profile | None:
    """A profiler of the GUI thread during this phase, if CC_BENCH_PROFILE names it (the
    statistics go to $TMPDIR/queue-<phase>.pstats; profiling slows the GUI thread down)."""
    if phase not in os.environ.get("CC_BENCH_PROFILE", "").split(","):
        return None
    profiler = cProfile.Profile()
    profiler.enable()
    return profiler


def quiet_qt_messages() -> None:
    """The offscreen platform's noise on every dock resize is left out; the rest is shown."""
    qInstallMessageHandler(
        lambda _kind, _context, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )
