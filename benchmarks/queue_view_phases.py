"""The queue benchmark's phases on the window as a user has it: idle, sorting by the header
and the filter bar's changes (run by queue_console.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from benchmarks.queue_gui import (
    StallMeter,
    TimerFire,
    first_result,
    median,
    now,
    run_for,
    run_until,
    settle,
)
from benchmarks.queue_window import Console, Results, gc_since, log

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


def restore_default(console: Console) -> None:
    """Back to the queue's default view: open cases, by time left, scrolled to the top."""
    clear_filters(console)
    clicks: list[dict[str, Any]] = []
    sort_to(console, console.default_sort[0], console.default_sort[1], clicks)
    console.view.scrollToTop()
    run_for(0.5)
