"""The console side of the queue benchmark: one real console window in this process.

    python -m benchmarks.queue_console --config FILE --out FILE

Started by `benchmarks.queue` (which prepares the server, the database and this config) in a
process of its own, so that the process's peak RSS is the console's. The platform (offscreen
with a 1920×1080 screen, or xcb on a real X display) comes from the environment.

The window is made the way cc-console makes it: `Launcher` with the server's address and the
duty officer's credentials (the kiosk path: sign-in, MainWindow, show, start). Then, in
order, each phase writing its figures to --out as soon as it has them (a phase that fails is
recorded with its error and the next one runs):

launch   sign-in → first screenful painted, → `LiveQueue.loaded`; GUI stalls meanwhile;
         cases loaded / shown; peak RSS.
idle     10 s with nothing to do: stalls and GUI-thread CPU.
sort     a click on each visible column's header, as a user clicks; the time from the click
         to the end of the first paint after the model's last row change.
filter   the filter bar's controls (text search, all states, red only, a street, a
         department, and clearing them), timed the same way; a typing pause (the search
         box's single-shot timer) is left out: timing starts when it fires.
latency  real dispatches at 50/s from worker threads against rows on screen (sorted by
         Ref, scrolled a screenful at a time): send → the row painted with the new version,
         and the server's event time (`at`) → painted.
inplace  ~1,000 synthetic feed events/s (new versions, same sort key) handed to LiveQueue
         where the follower's batches enter; GUI-thread CPU and stalls.
moving   the same with events that move their rows (a dispatch: new due/warn, state).
"""

from __future__ import annotations

import argparse
import cProfile
import faulthandler
import gc
import http.client
import json
import math
import os
import random
import sys
import tempfile
import threading
import time
import traceback
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROCESS_STARTED = time.time()
faulthandler.enable()  # a crash in Qt prints every thread's Python stack

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEventLoop,
    QPoint,
    QSettings,
    Qt,
    QThread,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from benchmarks.queue_gui import (  # noqa: E402
    FirstPaint,
    GcWatch,
    ModelWatch,
    Paint,
    PaintWatch,
    StallMeter,
    TimerFire,
    first_result,
    median,
    now,
    percentile,
    row_painted,
    rss_mb,
    run_for,
    run_until,
    settle,
    visible_rows,
)

SHANGHAI = timezone(timedelta(hours=8))
MAX_BATCH = 500  # the follower's page of events
GC_WATCH: GcWatch | None = None  # the garbage collector's pauses in this process
GIVE_UP_S = 3.0  # a dispatched row not painted by then counts as not painted
_TOP = QAbstractItemView.ScrollHint.PositionAtTop


PROFILE_DIR = Path(tempfile.gettempdir())


def gc_since(moment: float) -> dict[str, Any]:
    """The garbage collector's pauses in this process since `moment`."""
    return GC_WATCH.since(moment) if GC_WATCH is not None else {}


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


# -- idle -----------------------------------------------------------------------------------


def idle(console: Console, seconds: float, results: Results) -> None:
    """Nothing to do for `seconds`: the longest stall and the GUI thread's CPU."""
    meter = StallMeter(5)
    meter.start()
    started = now()
    run_for(seconds)
    stalls = meter.stop()
    results.phase(
        "idle",
        {"stalls": stalls.as_dict(), "rows": console.model.rowCount(), "gc": gc_since(started)},
    )
    log(
        f"idle {seconds:.0f} s: longest stall {stalls.longest_ms:.1f} ms, "
        f"{stalls.over_50} over 50 ms, GUI CPU {stalls.gui_cpu * 100:.1f} %"
    )


# -- sorting by the header ------------------------------------------------------------------


def click_header(console: Console, logical: int) -> float:
    """Click a column's header as a user does; returns when the click was made."""
    view, model = console.view, console.model
    header = view.horizontalHeader()
    if model.rowCount() > 0:  # bring the column into view, keeping the rows where they are
        row = max(0, view.rowAt(0))
        view.scrollTo(model.index(row, logical), QAbstractItemView.ScrollHint.EnsureVisible)
        run_for(0.05)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    pos = QPoint(x, header.height() // 2)
    started = now()
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
    )
    return started


def sort_to(console: Console, logical: int, order: Qt.SortOrder, timings: list[dict]) -> None:
    """Click the header until the view sorts by this column in this order (each timed)."""
    header = console.view.horizontalHeader()
    for _ in range(3):
        if header.sortIndicatorSection() == logical and header.sortIndicatorOrder() == order:
            return
        timings.append(timed_click(console, logical))


def timed_click(console: Console, logical: int) -> dict[str, Any]:
    """One header click: click → the sorted rows painted."""
    run_for(0.6)  # well apart from the previous click: never a double-click
    started = click_header(console, logical)
    end, how = settle(console.changes, console.paints, started, quiet=0.5)
    first = first_result(console.changes, console.paints, started)
    header = console.view.horizontalHeader()
    return {
        "column": console.model.headerData(logical, Qt.Orientation.Horizontal),
        "logical": logical,
        "order": "desc" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "asc",
        "ms": (end - started) * 1000,
        "first_ms": (first - started) * 1000 if first is not None else (end - started) * 1000,
        "rows": console.model.rowCount(),
        "how": how,
    }


def sort_phase(console: Console, results: Results) -> None:
    """Each visible column's header clicked once, then back to the default order."""
    view, model = console.view, console.model
    header = view.horizontalHeader()
    default = console.default_sort
    clear_filters(console)
    timings: list[dict[str, Any]] = []
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    for logical in columns:
        timings.append(timed_click(console, logical))
        log(f"  sort {timings[-1]['column']} {timings[-1]['order']}: {timings[-1]['ms']:.0f} ms")
    sort_to(console, default[0], default[1], timings)
    ms = [t["ms"] for t in timings]
    results.phase(
        "sort",
        {"clicks": timings, "median_ms": median(ms), "max_ms": max(ms), "rows": model.rowCount()},
    )
    log(f"sort: {len(ms)} clicks, median {median(ms):.0f} ms, max {max(ms):.0f} ms")


# -- filters --------------------------------------------------------------------------------


def clear_filters(console: Console) -> None:
    """The Clear filters command (Ctrl+Shift+X), as the officer gives it."""
    action = console.window.registry.get("clear_filters")
    if action is not None:
        action.trigger()
    else:
        console.window.queue.clear_filters()


def timed_change(console: Console, change: Any) -> dict[str, Any]:
    """Change a filter control; time from the change (or its typing pause's end) to paint."""
    queue = console.window.queue
    before = {id(t) for t in queue.findChildren(QTimer) if t.isActive()}
    started = now()
    change()
    debounce_ms = 0.0
    if console.changes.last_since(started) is None:
        # Nothing changed yet: a typing pause (a single-shot timer just started) comes first.
        pauses = [
            t
            for t in queue.findChildren(QTimer)
            if t.isActive() and t.isSingleShot() and id(t) not in before and t.interval() <= 2000
        ]
        if pauses:
            pause = max(pauses, key=lambda t: t.interval())
            fire = TimerFire()
            fire.watch(pause)
            try:
                run_until(lambda: id(pause) in fire.fired, 10, poll_ms=1, what="typing pause")
            finally:
                fire.close()
            debounce_ms = (fire.fired[id(pause)] - started) * 1000
            started = fire.fired[id(pause)]
    # A second's quiet: a part of the result may come from the server (older ended cases).
    end, how = settle(console.changes, console.paints, started, quiet=1.0)
    first = first_result(console.changes, console.paints, started)
    return {
        "ms": (end - started) * 1000,
        "first_ms": (first - started) * 1000 if first is not None else (end - started) * 1000,
        "row_changes": sum(1 for t in console.changes.changes if t >= started),
        "rows": console.model.rowCount(),
        "how": how,
        "typing_pause_ms": debounce_ms,
    }


def filter_phase(console: Console, cfg: dict[str, Any], results: Results) -> None:
    """The filter bar's changes, `rounds` times each, every one followed by Clear filters."""
    queue = console.window.queue

    def pick(combo: Any, code: str) -> None:
        index = combo.findData(code)
        if index < 0:
            raise RuntimeError(f"{combo.objectName()}: no entry {code!r}")
        combo.setCurrentIndex(index)

    state_filter = getattr(queue.filters, "state_filter", None)
    steps: list[tuple[str, Any]] = [("text search", lambda: queue.search.setText(cfg["search"]))]
    if state_filter is not None:
        steps.append(("all states", lambda: state_filter.set_checked(())))
    steps += [
        ("red only", lambda: pick(queue.color_combo, "red")),
        ("a street", lambda: pick(queue.street_combo, cfg["street"])),
        ("a department", lambda: pick(queue.department_combo, cfg["department"])),
    ]
    clear_filters(console)
    run_until(lambda: queue.street_combo.count() > 1, 30, what="reference data in the filters")
    run_for(0.5)
    timings: list[dict[str, Any]] = []
    for _round in range(cfg["filter_rounds"]):
        for name, change in steps:
            for label, action in ((name, change), ("clear", lambda: clear_filters(console))):
                run_for(0.5)
                timing = timed_change(console, action)
                timing["change"] = label
                timings.append(timing)
                log(f"  filter {label}: {timing['ms']:.0f} ms, {timing['rows']:,} rows")
    ms = [t["ms"] for t in timings]
    first = [t["first_ms"] for t in timings]
    results.phase(
        "filter",
        {
            "changes": timings,
            "median_ms": median(ms),
            "max_ms": max(ms),
            "first_median_ms": median(first),
            "first_max_ms": max(first),
            "search": cfg["search"],
            "street": cfg["street"],
            "department": cfg["department"],
        },
    )
    log(f"filter: {len(ms)} changes, median {median(ms):.0f} ms, max {max(ms):.0f} ms")


# -- event → row painted --------------------------------------------------------------------


class Driver:
    """Real dispatches from worker threads at given instants (open loop), each on its own
    keep-alive connection, each with its own Idempotency-Key."""

    def __init__(self, url: str, token: str, workers: int = 8) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.token = token
        self.pool = ThreadPoolExecutor(workers, thread_name_prefix="bench-dispatch")
        self.local = threading.local()
        self.records: dict[int, dict[str, Any]] = {}
        self.lock = threading.Lock()

    def _connection(self) -> http.client.HTTPConnection:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        return conn

    def submit(self, case_id: int, version: int, at: float) -> None:
        """Dispatch the case (seen at `version`) at `at` (perf_counter time)."""
        record: dict[str, Any] = {"case_id": case_id, "version": version, "status": 0}
        with self.lock:
            self.records[case_id] = record
        self.pool.submit(self._send, record, at)

    def _send(self, record: dict[str, Any], at: float) -> None:
        delay = at - now()
        if delay > 0:
            time.sleep(delay)
        body = json.dumps(
            {"action": "dispatch", "version": record["version"], "department": "urban"}
        )
        headers = {
            "Authorization": f"Bearer {self.token}",
            "Content-Type": "application/json",
            "Idempotency-Key": str(uuid.uuid4()),
        }
        for attempt in range(2):
            conn = self._connection()
            try:
                record["sent"] = now()
                record["sent_wall"] = time.time()
                conn.request("POST", f"/api/v1/cases/{record['case_id']}/actions", body, headers)
                response = conn.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException):
                conn.close()
                self.local.conn = None
                if attempt:
                    record["status"] = -1
                    return
                continue  # a kept-alive connection the server closed: the same key is safe
            record["answered"] = now()
            record["status"] = response.status
            if response.status == 200:
                case = json.loads(payload)
                record["new_version"] = int(case["version"])
                record["updated_at"] = case.get("updated_at")
            return

    def close(self) -> None:
        self.pool.shutdown(wait=True)


def sign_in(url: str, username: str, password: str) -> str:
    """A bearer token (run off the GUI thread by the caller)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    from urllib.parse import urlencode

    conn.request(
        "POST",
        "/api/v1/auth/token",
        urlencode({"username": username, "password": password}),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    response = conn.getresponse()
    body = json.loads(response.read())
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"sign-in answered {response.status}: {body}")
    return str(body["access_token"])


def background(fn: Any) -> Any:
    """Run a blocking call on a worker thread while the event loop keeps running."""
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(fn)
        run_until(future.done, 60, what="a background call")
        return future.result()


def latency_phase(console: Console, cfg: dict[str, Any], results: Results) -> None:
    """Real dispatches at `action_rate`/s against rows on screen; dispatch → row painted."""
    model, view = console.model, console.view
    ref_column = next(
        (
            c
            for c in range(model.columnCount())
            if str(model.headerData(c, Qt.Orientation.Horizontal)) in ("编号", "Ref")
        ),
        -1,
    )
    if ref_column < 0:
        raise RuntimeError("no Ref (编号) column to sort by")
    clear_filters(console)
    run_for(0.5)
    clicks: list[dict[str, Any]] = []
    sort_to(console, ref_column, Qt.SortOrder.AscendingOrder, clicks)
    run_for(0.5)
    quiet: dict[int, int] = {}
    for line in Path(cfg["quiet_ids"]).read_text().split("\n"):
        if line:
            case_id, version = line.split()
            quiet[int(case_id)] = int(version)
    excluded = set(cfg["excluded_ids"])
    token = background(lambda: sign_in(cfg["url"], cfg["username"], cfg["password"]))
    driver = Driver(cfg["url"], token)
    wanted = round(cfg["action_rate"] * cfg["action_seconds"])
    pending: dict[int, int] = {}  # case id → the version that must be painted
    painted: dict[int, Paint] = {}
    event_at: dict[tuple[int, int], str] = {}

    applied_at: dict[tuple[int, int], tuple[float, float]] = {}

    def on_events(events: list[dict[str, Any]]) -> None:
        moment = (now(), time.time())  # the batch is in the model (LiveQueue applied it)
        for event in events:
            case_id, version = event.get("case_id"), event.get("version")
            if case_id in driver.records and event.get("at"):
                key = (int(case_id), int(version or 0))
                event_at[key] = event["at"]
                applied_at[key] = moment

    def on_paint(paint: Paint) -> None:
        for case_id in list(pending):
            row = model.row_of(case_id)
            case = model.case_at(row) if row >= 0 else None
            if case is None or case.version < pending[case_id]:
                continue
            if row_painted(view, row, paint):
                painted[case_id] = paint
                del pending[case_id]

    # When the feed's answer carrying each event reached the console (its poll returned).
    received_at: dict[tuple[int, int], float] = {}
    client = console.window.ctx.client
    plain_events = client.events

    def timed_events(after: int, **kwargs: Any) -> Any:
        batch = plain_events(after, **kwargs)
        moment = time.time()
        for event in batch.events:
            key = (int(event.get("case_id") or 0), int(event.get("version") or 0))
            received_at.setdefault(key, moment)
        return batch

    client.events = timed_events
    interval = 1 / cfg["action_rate"]
    # The targets: registered cases in Ref order from a third of the way down, each one
    # dispatched once; the view follows them down, a few rows at a time.
    targets: list[tuple[int, int]] = []
    r = model.rowCount() // 3
    while len(targets) < wanted and r < model.rowCount():
        case = model.case_at(r)
        r += 1
        case_id = case.id if case else 0
        if (
            case is not None
            and case_id in quiet
            and case_id not in excluded
            and case.state == "registered"
            and case.version == quiet[case_id]
        ):
            targets.append((case_id, quiet[case_id]))
    if not targets:
        raise RuntimeError("no registered case on screen to dispatch (sorted by Ref)")
    view.scrollTo(model.index(model.row_of(targets[0][0]), 0), _TOP)
    run_for(0.3)
    sent_at: dict[int, float] = {}
    counts = {"scrolls": 0, "held_ms": 0.0, "given_up": 0, "skipped": 0}
    state = {"k": 0, "t0": now() + 0.1}
    loop = QEventLoop()

    def step() -> None:
        t = now()
        for case_id in [c for c in pending if t - sent_at[c] > GIVE_UP_S]:
            del pending[case_id]  # counted as not painted
            counts["given_up"] += 1
        k = state["k"]
        while k < len(targets):
            due = state["t0"] + k * interval
            if due > t + 0.03:
                break
            case_id, version = targets[k]
            row = model.row_of(case_id)
            if row < 0:
                counts["skipped"] += 1
                k += 1
                continue
            first, last = visible_rows(view)
            if not first <= row <= last:
                rows = [model.row_of(c) for c in pending]
                oldest = min((x for x in rows if x >= 0), default=row)
                if row - oldest > last - first:
                    # The rows still waiting would scroll away: hold the sends (the pace
                    # resumes from now, no burst).
                    late = max(0.0, t - due)
                    state["t0"] += late
                    counts["held_ms"] += late * 1000
                    break
                view.scrollTo(model.index(oldest, 0), _TOP)
                counts["scrolls"] += 1
            at = max(due, t)
            pending[case_id] = version + 1
            sent_at[case_id] = at
            driver.submit(case_id, version, at)
            k += 1
        state["k"] = k
        if k >= len(targets) and not pending:
            loop.quit()

    console.window.ctx.live.events_applied.connect(on_events)
    console.paints.listeners.append(on_paint)
    pacer = QTimer()
    pacer.setTimerType(Qt.TimerType.PreciseTimer)
    pacer.setInterval(5)
    pacer.timeout.connect(step)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    meter = StallMeter(5)
    measured_from = now()
    profiler = gui_profiler("latency")
    try:
        meter.start()
        pacer.start()
        guard.start(round((len(targets) * interval + 60) * 1000))
        loop.exec()
    finally:
        stalls = meter.stop()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(PROFILE_DIR / "queue-latency.pstats")
        pacer.stop()
        guard.stop()
        console.paints.listeners.remove(on_paint)
        console.window.ctx.live.events_applied.disconnect(on_events)
        client.events = plain_events
        run_for(0.5)
        driver.close()
    from_send, from_commit, from_response, errors = [], [], [], []
    to_applied: list[float] = []
    to_received: list[float] = []
    received_to_applied: list[float] = []
    applied_to_paint: list[float] = []
    commit_source = "event"
    # The slowest dispatches stage by stage: ms after the commit when the feed's answer was
    # received, the event applied and the row painted, and when (s into the phase) it committed.
    stages: list[list[float]] = []
    first_wall = time.time() - (now() - measured_from)
    timeline: list[list[float]] = []  # per dispatch: s after the first send, ms send → paint
    first_sent = min((r["sent"] for r in driver.records.values() if "sent" in r), default=0.0)
    for case_id, record in driver.records.items():
        if record["status"] != 200:
            errors.append(f"{case_id}: {record['status']}")
            continue
        paint = painted.get(case_id)
        if paint is None:
            continue
        timeline.append(
            [round(record["sent"] - first_sent, 3), round((paint.end - record["sent"]) * 1000, 1)]
        )
        from_send.append((paint.end - record["sent"]) * 1000)
        from_response.append((paint.end - record["answered"]) * 1000)
        key = (case_id, record.get("new_version", 0))
        at = event_at.get(key)
        if at is None:
            at, commit_source = record.get("updated_at"), "response updated_at"
        if at:
            committed = datetime.fromisoformat(at).timestamp()
            from_commit.append((paint.wall_end - committed) * 1000)
            if key in applied_at:
                to_applied.append((applied_at[key][1] - committed) * 1000)
                applied_to_paint.append((paint.end - applied_at[key][0]) * 1000)
                if key in received_at:
                    to_received.append((received_at[key] - committed) * 1000)
                    received_to_applied.append((applied_at[key][1] - received_at[key]) * 1000)
                    stages.append(
                        [
                            round((paint.wall_end - committed) * 1000, 1),
                            round((received_at[key] - committed) * 1000, 1),
                            round((applied_at[key][1] - committed) * 1000, 1),
                            round(committed - first_wall, 3),
                        ]
                    )
    sends = sorted(r["sent"] for r in driver.records.values() if "sent" in r)
    span = sends[-1] - sends[0] if len(sends) > 1 else 0.0
    figures = {
        "sent": len(driver.records),
        "ok": sum(1 for r in driver.records.values() if r["status"] == 200),
        "painted": len(from_send),
        "errors": errors[:20],
        "targets": len(targets),
        **counts,
        "actions_per_s": (len(sends) - 1) / span if span > 0 else math.nan,
        "from_commit_p50_ms": percentile(from_commit, 50),
        "from_commit_p99_ms": percentile(from_commit, 99),
        "from_commit_max_ms": max(from_commit, default=math.nan),
        "from_send_p50_ms": percentile(from_send, 50),
        "from_send_p99_ms": percentile(from_send, 99),
        "from_send_max_ms": max(from_send, default=math.nan),
        "from_response_p50_ms": percentile(from_response, 50),
        "from_response_p99_ms": percentile(from_response, 99),
        "commit_to_applied_p50_ms": percentile(to_applied, 50),
        "commit_to_applied_p99_ms": percentile(to_applied, 99),
        "commit_to_received_p50_ms": percentile(to_received, 50),
        "commit_to_received_p99_ms": percentile(to_received, 99),
        "received_to_applied_p50_ms": percentile(received_to_applied, 50),
        "received_to_applied_p99_ms": percentile(received_to_applied, 99),
        "applied_to_painted_p50_ms": percentile(applied_to_paint, 50),
        "applied_to_painted_p99_ms": percentile(applied_to_paint, 99),
        "commit_time_source": commit_source,
        "stalls": stalls.as_dict(),
        "gc": gc_since(measured_from),
        "timeline": sorted(timeline),
        "slowest": [
            {"painted_ms": p, "received_ms": r, "applied_ms": a, "committed_s": c}
            for p, r, a, c in sorted(stages, reverse=True)[:10]
        ],
        # The viewport's paints of 8 ms or more: s into the phase, ms, height painted (px).
        "long_paints": [
            [
                round(p.start - measured_from, 3),
                round((p.end - p.start) * 1000, 1),
                p.bottom - p.top,
            ]
            for p in console.paints.paints
            if p.start >= measured_from and p.end - p.start >= 0.008
        ],
        "sort_clicks": clicks,
    }
    results.phase("latency", figures)
    log(
        f"latency: {figures['painted']}/{figures['sent']} painted at "
        f"{figures['actions_per_s']:.1f} actions/s; from commit p50 "
        f"{figures['from_commit_p50_ms']:.1f} p99 {figures['from_commit_p99_ms']:.1f} ms; "
        f"from send p50 {figures['from_send_p50_ms']:.1f} p99 {figures['from_send_p99_ms']:.1f} ms"
    )


# -- synthetic feed at ~1,000 events/s ------------------------------------------------------


class Entry:
    """Where synthetic batches go in, and on which thread.

    In the console, FeedFollower calls its `on_batch` callback on the follower's thread for
    every batch it reads (FeedThread's handler, which may prepare the cases there and emits
    `batch`, queued to LiveQueue on the GUI thread). The synthetic batches take the same way:
    that callback, called on a feeder thread of their own, as the follower calls it. Without
    a running follower thread they go to `model.apply_events` (and `events_applied`) on the
    GUI thread.
    """

    def __init__(self, console: Console) -> None:
        live = console.window.ctx.live
        self.threaded = False
        threads = [t for t in live.findChildren(QThread) if hasattr(t, "batch") and t.isRunning()]
        self.call: Any = None
        if threads:
            thread = threads[-1]
            follower = getattr(thread, "_follower", None)
            callback = getattr(follower, "_on_batch", None)
            if callable(callback):
                self.call, self.how = callback, "the follower's on_batch, on a feeder thread"
            else:
                signal = thread.batch
                self.call = lambda events, seq: signal.emit(events, seq)
                self.how = "FeedThread.batch emitted from a feeder thread"
            self.threaded = True
            self.position = int(getattr(live, "position", 0) or 0)
        else:
            self.use_model(console)

    def use_model(self, console: Console) -> None:
        live = console.window.ctx.live

        def direct(events: list[dict[str, Any]], _seq: int) -> None:
            console.model.apply_events(events)
            live.events_applied.emit(events)

        self.call, self.threaded, self.position = direct, False, 0
        self.how = "model.apply_events + LiveQueue.events_applied, on the GUI thread"

    def __call__(self, events: list[dict[str, Any]]) -> None:
        self.call(events, self.position)


def make_events(
    console: Console, items: list[dict[str, Any]], template: dict[str, Any], moving: bool
) -> list[dict[str, Any]]:
    """One new version of each case as the server's feed sends it (built beforehand)."""
    rng = random.Random(7 if moving else 3)
    model = console.model
    stamp = datetime.now(UTC)
    at = iso(stamp)
    events = []
    for item in items:
        current = model.case(int(item["id"]))
        if current is None:
            continue
        base = current.to_json()
        version = current.version + 1
        case = {**base, "version": version, "updated_at": at}
        action = dict(template.get("action") or {})
        if moving:  # a dispatch: a new step clock, so the row moves in the default order
            minutes = rng.randint(30, 3 * 24 * 60)
            due = stamp + timedelta(minutes=minutes)
            warn = stamp + timedelta(minutes=minutes * 0.8)
            case.update(
                state="dispatched",
                department="urban",
                department_name="区城市管理局",
                sla_step="sign",
                warn_at=iso(warn),
                due_at=iso(due),
                color="green",
            )
            action.update(
                action="dispatch",
                from_state=base.get("state"),
                to_state="dispatched",
                payload={"department": "urban", "department_name": "区城市管理局"},
            )
        else:  # a comment: a new version, nothing that sorts moves
            action.update(
                action="comment",
                from_state=base.get("state"),
                to_state=base.get("state"),
                note="基准测试：跟进",
                payload={},
            )
        action.update(version=version, at=at)
        event = {
            **template,
            "seq": 0,
            "case_id": case["id"],
            "version": version,
            "at": at,
            "case": case,
            "action": action,
        }
        events.append(event)
    return events


def feed_phase(
    console: Console,
    name: str,
    items: list[dict[str, Any]],
    template: dict[str, Any],
    cfg: dict[str, Any],
    results: Results,
) -> None:
    """~rate events/s for `seconds`, in batches every batch_ms as the follower delivers."""
    model = console.model
    live = console.window.ctx.live
    moving = name == "moving"
    rate, seconds = cfg["event_rate"], cfg["event_seconds"]
    events = make_events(console, items, template, moving)[: round(rate * seconds) + 1]
    if len(events) < round(rate * seconds) * 0.9:
        raise RuntimeError(f"only {len(events)} cases to send events for")
    # The events are built beforehand (the follower makes each as it reads it, and it is
    # gone once applied): the console's garbage collections should not walk the benchmark's
    # own tens of thousands of prebuilt dicts.
    gc.freeze()
    entry = Entry(console)

    def version_of(event: dict[str, Any]) -> int:
        case = model.case(int(event["case_id"]))
        return case.version if case else 0

    # The first event shows whether the way in applies events at all.
    probe, events = events[:1], events[1:]
    feed_in(entry, [probe])
    try:
        run_until(lambda: version_of(probe[0]) >= probe[0]["version"], 5, what="the probe event")
    except TimeoutError:
        results.note(f"{entry.how}: the probe event was not applied; using the model directly")
        entry.use_model(console)
        entry(probe)
    run_for(0.5)
    total = len(events)
    applied = {"events": 0, "batches": 0, "largest": 0}
    loop = QEventLoop()

    def on_applied(batch: list[dict[str, Any]]) -> None:
        applied["events"] += len(batch)
        applied["batches"] += 1
        applied["largest"] = max(applied["largest"], len(batch))
        if applied["events"] >= total:
            finished.append(now())
            loop.quit()

    finished: list[float] = []
    live.events_applied.connect(on_applied)
    changes_before = len(console.changes.live)
    paints_before = len(console.paints.paints)
    meter = StallMeter(5)
    batch_s = cfg["batch_ms"] / 1000
    schedule = {"sent": 0}

    def due_batches(started: float) -> list[list[dict[str, Any]]]:
        due = min(total, int((now() - started) * rate))
        batches = []
        while schedule["sent"] < due:
            end = min(due, schedule["sent"] + MAX_BATCH)
            batches.append(events[schedule["sent"] : end])
            schedule["sent"] = end
        return batches

    QTimer.singleShot(round(seconds * 1000 * 3 + 10_000), loop.quit)  # a stuck run ends
    profiler = gui_profiler(name)
    if entry.threaded:

        def feeder(started: float) -> None:
            tick = started
            while schedule["sent"] < total:
                tick += batch_s
                delay = tick - now()
                if delay > 0:
                    time.sleep(delay)
                for batch in due_batches(started):
                    entry(batch)

        meter.start()
        started = now()
        worker = threading.Thread(target=feeder, args=(started,), name="bench-feeder", daemon=True)
        worker.start()
        loop.exec()
        worker.join(5)
    else:
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(cfg["batch_ms"])
        timer.timeout.connect(lambda: [entry(b) for b in due_batches(started)])
        meter.start()
        started = now()
        timer.start()
        loop.exec()
        timer.stop()
    stalls = meter.stop()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(PROFILE_DIR / f"queue-{name}.pstats")
    collected = gc_since(started)
    live.events_applied.disconnect(on_applied)
    end = finished[0] if finished else now()
    wall = end - started
    newest = sum(1 for e in events if version_of(e) >= e["version"])
    figures = {
        "events": schedule["sent"],
        "applied_signalled": applied["events"],
        "applied": newest,
        "batches": applied["batches"],
        "largest_batch": applied["largest"],
        "events_per_s": applied["events"] / wall if wall > 0 else math.nan,
        "seconds": wall,
        "gui_cpu": stalls.gui_cpu,
        "stalls": stalls.as_dict(),
        "row_changes": len(console.changes.live) - changes_before,
        "paints": paint_figures(console.paints.paints[paints_before:]),
        "entry": entry.how,
        "complete": bool(finished),
        "gc": collected,
    }
    results.phase(name, figures)
    log(
        f"{name}: {figures['events']:,} events, {applied['events']:,} applied at "
        f"{figures['events_per_s']:.0f}/s in {figures['batches']} batches (largest "
        f"{figures['largest_batch']}); GUI CPU {stalls.gui_cpu * 100:.1f} %, longest stall "
        f"{stalls.longest_ms:.0f} ms, {stalls.over_50} over 50 ms; entry: {entry.how}; "
        f"{figures['paints']['count']} paints of the queue, median "
        f"{figures['paints']['median_ms']:.1f} max {figures['paints']['max_ms']:.1f} ms"
    )


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


def feed_in(entry: Entry, batches: list[list[dict[str, Any]]]) -> None:
    """Hand batches to the entry on its thread (a feeder thread, or this one)."""
    if not entry.threaded:
        for batch in batches:
            entry(batch)
        return
    worker = threading.Thread(target=lambda: [entry(b) for b in batches], daemon=True)
    worker.start()
    worker.join(10)


# -- main -----------------------------------------------------------------------------------


def quiet_qt_messages() -> None:
    """The offscreen platform's noise on every dock resize is left out; the rest is shown."""
    qInstallMessageHandler(
        lambda _kind, _context, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    cfg = json.loads(args.config.read_text())
    results = Results(args.out)
    quiet_qt_messages()
    from console import i18n
    from console.api import set_thread_guard
    from console.app import make_application
    from console.tasks import gui_thread_guard

    app = make_application()
    translators = i18n.setup(app, "zh_CN")  # noqa: F841 - kept alive while the window runs
    set_thread_guard(gui_thread_guard)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(cfg["workdir"]) / "qs")
    )
    global GC_WATCH  # noqa: PLW0603 - one per process, read by the measuring phases
    GC_WATCH = gc_watch = GcWatch()
    results.data["gc"] = {}
    launched = now()
    try:
        console = launch(cfg, results)
        results.data["gc"]["launch"] = gc_watch.since(launched)
    except Exception:  # noqa: BLE001 - recorded; nothing else can run
        results.error("launch", traceback.format_exc())
        log(traceback.format_exc())
        return 1
    if cfg["mode"] == "launch":
        console.close()
        return 0
    memory: dict[str, float] = {}

    def checkpoint() -> None:
        # Before the synthetic events exist: everything in this process so far is the
        # console's (plus the small instruments); the events come from files read later.
        memory["rss_mb_before_synthetic"], memory["peak_rss_mb_before_synthetic"] = rss_mb()
        restore_default(console)

    def synthetic(name: str) -> None:
        pools = json.loads(Path(cfg["pools"]).read_text())
        template = json.loads(Path(cfg["template_event"]).read_text())
        feed_phase(console, name, pools[name], template, cfg, results)

    phases = [
        ("idle", lambda: idle(console, cfg["idle_seconds"], results)),
        ("sort", lambda: sort_phase(console, results)),
        ("filter", lambda: filter_phase(console, cfg, results)),
        ("latency", lambda: latency_phase(console, cfg, results)),
        ("checkpoint", checkpoint),
        ("inplace", lambda: synthetic("inplace")),
        ("moving", lambda: synthetic("moving")),
    ]
    only = set(cfg.get("phases") or [])
    for name, run in phases:
        if only and name not in only and name != "checkpoint":
            continue
        run_for(1.0)
        started = now()
        try:
            run()
        except Exception:  # noqa: BLE001 - recorded; the next phase still runs
            results.error(name, traceback.format_exc())
            log(f"{name} FAILED:\n{traceback.format_exc()}")
        results.data["gc"][name] = gc_watch.since(started)
        results.save()
    memory["rss_mb_end"], memory["peak_rss_mb_end"] = rss_mb()
    results.phase("memory", memory)
    log(
        f"memory: peak RSS {memory.get('peak_rss_mb_before_synthetic', math.nan):.0f} MB before "
        f"the synthetic events, {memory['peak_rss_mb_end']:.0f} MB at the end"
    )
    console.close()
    QCoreApplication.processEvents()
    return 0


def restore_default(console: Console) -> None:
    """Back to the queue's default view: open cases, by time left, scrolled to the top."""
    clear_filters(console)
    clicks: list[dict[str, Any]] = []
    sort_to(console, console.default_sort[0], console.default_sort[1], clicks)
    console.view.scrollToTop()
    run_for(0.5)


if __name__ == "__main__":
    sys.exit(main())
