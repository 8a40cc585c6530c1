"""The queue benchmark's dispatch phase: real dispatches at 50/s against rows on screen, send
→ the row painted with the new version, and the server's commit → painted (run by
queue_console.py)."""

from __future__ import annotations

import http.client
import json
import math
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QEventLoop,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView

from benchmarks.queue_gui import (
    Paint,
    StallMeter,
    now,
    percentile,
    row_painted,
    run_for,
    run_until,
    visible_rows,
)
from benchmarks.queue_view_phases import clear_filters, sort_to
from benchmarks.queue_window import PROFILE_DIR, Console, Results, gc_since, gui_profiler, log

GIVE_UP_S = 3.0  # a dispatched row not painted by then counts as not painted
_TOP = QAbstractItemView.ScrollHint.PositionAtTop


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
