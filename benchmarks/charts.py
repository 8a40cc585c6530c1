"""The charts pane: time to redraw every chart from fresh data, and the GUI stall under live intake.

    python benchmarks/charts.py [--rounds 7] [--seconds 10] [--screenshot docs/charts.png]

Starts a local cc-server (demo data, simulator off) and an offscreen console window signed in
as the duty officer with the charts pane in front. Redraw: the answers of every chart endpoint
are fetched once, then handed to all seven charts and each chart is rendered (grab), median
of --rounds; target under 200 ms. Stall: a 5 ms QTimer heartbeat runs while another client
reports 10 cases a second for --seconds; they reach the intake chart through the change feed
(and refetch the KPI charts, debounced). The largest gap between heartbeats is the longest
the window froze; target: no stall over 50 ms. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEventLoop,
    QTimer,
)

from benchmarks.console_bench import console_window, off_gui, wait_for  # noqa: E402
from console.api.charts import ChartsApi  # noqa: E402
from console.charts.pane import ChartsPane  # noqa: E402
from console.shell.main_window import MainWindow  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402

TIMEOUT = 60.0
HEARTBEAT_MS = 5
RATE = 10  # cases per second


def run_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Run a real event loop (as app.exec() would) until the condition holds."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    check = QTimer(interval=20)

    def on_check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    check.timeout.connect(on_check)
    check.start()
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError("condition not met in time")


def pump(seconds: float) -> None:
    """Run the event loop for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.001)


def fresh_data(api: ChartsApi, code: str) -> dict[str, Any]:
    """Every answer the charts show, fetched on a worker."""
    return {
        "indicators": api.indicators(),
        "scorecard": api.scorecard(),
        "series": api.series(code),
        "ranking": api.ranking(code),
        "kpis": api.kpis("department"),
        "intake": api.intake(),
        "overdue": api.overdue(),
        "river": api.river_stats(8),
    }


def redraw(pane: ChartsPane, data: dict[str, Any]) -> float:
    """Hand every chart its data and render each one; milliseconds."""
    start = time.perf_counter()
    pane._on_data_indicators_loaded(data["indicators"])  # noqa: SLF001 - the pane's own slot
    pane.tiles.show_scorecard(data["scorecard"])
    pane.trend.show_series(data["series"])
    pane.ranking.show_ranking(data["ranking"])
    pane.kpis.show_kpis(data["kpis"])
    pane.intake.show_intake(data["intake"])
    pane.overdue.show_overdue(data["overdue"])
    pane.river.show_stats(data["river"])
    for chart in pane.charts():
        chart.grab()  # paints the chart now, shown or on another tab
    return (time.perf_counter() - start) * 1000


def report_cases(server: LiveServer, seconds: float, stop: threading.Event) -> list[float]:
    """Another client: RATE cases a second; returns how late each request went out (s)."""
    headers = server.headers("supervisor")
    late: list[float] = []
    start = time.monotonic()
    with requests.Session() as http:
        for n in range(int(seconds * RATE)):
            due = start + n / RATE
            time.sleep(max(0.0, due - time.monotonic()))
            late.append(time.monotonic() - due)
            if stop.is_set():
                break
            http.post(
                f"{server.url}/api/v1/cases",
                json={
                    "channel": "hotline_12345" if n % 3 else "grid",
                    "category": "noise",
                    "title": f"图表基准案件 {n}",
                    "address": "崇川区虹桥街道新中社区",
                },
                headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
                timeout=30,
            ).raise_for_status()
    return late


def stall(
    server: LiveServer, pane: ChartsPane, seconds: float
) -> tuple[list[tuple[float, float]], int]:
    """Heartbeat gaps while cases arrive at RATE/s: (wall ms, GUI-thread CPU ms) each; and how
    many cases the intake chart got. CPU time tells our own work from waiting for a core."""
    gaps: list[tuple[float, float]] = []
    last = [time.perf_counter(), time.thread_time()]

    def beat() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gaps.append(((now - last[0]) * 1000, (cpu - last[1]) * 1000))
        last[0], last[1] = now, cpu

    before = pane.intake.total()
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    stop = threading.Event()
    sender = ThreadPoolExecutor(1)
    heartbeat.start()
    last[0], last[1] = time.perf_counter(), time.thread_time()
    done = sender.submit(report_cases, server, seconds, stop)
    try:
        run_until(done.done, seconds + TIMEOUT)
        done.result()
        run_until(lambda: pane.intake.total() >= before + int(seconds * RATE))
        settle = time.monotonic() + 1.0
        run_until(lambda: time.monotonic() > settle)  # the debounced KPI refetch lands too
    finally:
        stop.set()
        heartbeat.stop()
        sender.shutdown()
    return gaps, pane.intake.total() - before


def screenshot(window: MainWindow, pane: ChartsPane, path: Path) -> None:
    """The whole window with the charts pane in front on its indicators page."""
    window.docks["charts"].show()
    window.docks["charts"].raise_()
    pane.tabs.setCurrentIndex(0)
    pump(0.5)
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    print(f"screenshot: {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--screenshot", type=Path, help="save the window as this PNG")
    args = parser.parse_args()
    with console_window("charts") as bench:
        window, server, client = bench.window, bench.server, bench.client
        pane = window.panes["charts"]
        assert isinstance(pane, ChartsPane)
        window.docks["charts"].raise_()
        wait_for(lambda: bool(pane.tiles.rows and pane.ranking.rows and pane.intake.starts))
        data = off_gui(lambda: fresh_data(ChartsApi(client), pane.data.indicator))
        times = [redraw(pane, data) for _ in range(args.rounds)]
        print(f"cc-server {server.url}, {window.ctx.model.total()} cases in the queue")
        print(
            f"redraw all 7 charts from fresh data: median {statistics.median(times):.1f} ms "
            f"(min {min(times):.1f}, max {max(times):.1f}, n={len(times)}; target < 200 ms)"
        )
        pane.tabs.setCurrentWidget(pane.intake.parentWidget())  # the live chart in view
        pump(0.5)
        gaps, counted = stall(server, pane, args.seconds)
        walls = sorted(wall for wall, _cpu in gaps)
        p99 = walls[min(len(walls) - 1, round(0.99 * (len(walls) - 1)))]
        wall, cpu = max(gaps)
        busiest = max(cpu for _wall, cpu in gaps)
        print(
            f"GUI stall with {RATE} new cases/s for {args.seconds:g} s: max gap {wall:.1f} ms "
            f"(GUI thread on a core {cpu:.1f} ms of it), p99 {p99:.1f} ms, heartbeat "
            f"{HEARTBEAT_MS} ms; most GUI-thread CPU within one gap {busiest:.1f} ms "
            f"(target: no stall over 50 ms); the intake chart counted {counted} new cases"
        )
        print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if args.screenshot:
            screenshot(window, pane, args.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
