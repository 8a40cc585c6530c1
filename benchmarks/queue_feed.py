"""The queue benchmark's synthetic feed: ~1,000 events/s handed to the live queue where the
follower's batches enter, rows in place or moving (run by queue_console.py)."""

from __future__ import annotations

import gc
import math
import random
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QEventLoop,
    Qt,
    QThread,
    QTimer,
)

from benchmarks.queue_gui import (
    StallMeter,
    now,
    run_for,
    run_until,
)
from benchmarks.queue_window import (
    PROFILE_DIR,
    Console,
    Results,
    gc_since,
    gui_profiler,
    iso,
    log,
    paint_figures,
)

MAX_BATCH = 500  # the follower's page of events


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


def feed_in(entry: Entry, batches: list[list[dict[str, Any]]]) -> None:
    """Hand batches to the entry on its thread (a feeder thread, or this one)."""
    if not entry.threaded:
        for batch in batches:
            entry(batch)
        return
    worker = threading.Thread(target=lambda: [entry(b) for b in batches], daemon=True)
    worker.start()
    worker.join(10)
