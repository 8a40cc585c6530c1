"""The map pane: frame times while panning and zooming, and the GUI stall under a busy feed.

    python benchmarks/map_frames.py [--cases 100000] [--grids 5000] [--frames 240]
                                    [--seconds 10] [--screenshot /tmp/map.png]

Offscreen, no server: a case model holding --cases synthetic open cases around the district
centre (console/map/synthetic.py) and a layer of --grids grid polygons. Frames: the map
canvas (1600×1000) is panned with the keys' steps and zoomed in and out by half levels
through zoom 11–17, painted once per step (`repaint`, timed by the canvas itself); p50, p99
and the worst frame are printed; target p99 ≤ 33 ms. Stall: a 5 ms heartbeat runs while
synthetic feed events arrive at 100 a second (10 batches of 10, through
`CaseTableModel.apply_events`, as the live queue applies them) and the map pane, shown,
follows them; the largest gap between heartbeats is printed, first without the map following
(the queue's own share), then with it; target ≤ 50 ms. Figures are
printed, never asserted; give the machine's load with them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from console.map import synthetic  # noqa: E402
from console.map.canvas import MapCanvas  # noqa: E402
from console.map.case_points import CasePoints  # noqa: E402
from console.map.projection import point_xy  # noqa: E402
from console.models.case_table import CaseTableModel  # noqa: E402

HEARTBEAT_MS = 5
RATE = 100  # events per second
BATCHES = 10  # per second


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def frames(canvas: MapCanvas, count: int) -> list[float]:
    """Pan and zoom through the district, one paint per step; each paint's seconds."""
    times: list[float] = []
    step = 0
    zoom_path = [11 + 0.5 * k for k in range(13)] + [17 - 0.5 * k for k in range(13)]
    while len(times) < count:
        phase = step % 40
        if phase < 26:
            canvas.view.zoom_at(zoom_path[phase], canvas.width() / 2, canvas.height() / 2)
            canvas._view_moved()  # noqa: SLF001 - as a wheel notch would
        else:
            dx, dy = [(400, 0), (0, 250), (-400, 0), (0, -250)][phase % 4]
            canvas.pan_by(dx, dy)
        QCoreApplication.processEvents()  # layer images drawn meanwhile arrive
        canvas.repaint()
        times.append(canvas.frame_seconds)
        step += 1
    return times


def stall(model: CaseTableModel, canvas: MapCanvas, points: CasePoints, seconds: float,
          first_id: int, with_map: bool = True) -> tuple[float, int]:  # fmt: skip
    """Feed events at RATE a second while the map follows; the longest heartbeat gap."""
    store = model._store  # noqa: SLF001
    pending = synthetic.cases(int(RATE * seconds), model.now(), seed=11, first_id=first_id)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def feed() -> None:
        batch = [pending.pop() for _ in range(min(RATE // BATCHES, len(pending)))]
        model.apply_events([{"type": "case.created", "case": case} for case in batch])

    refresh = QTimer(singleShot=True, interval=250)
    follows: list[float] = []

    def follow() -> None:
        started = time.perf_counter()
        points.sync(store, limit=25_000)
        canvas.set_points(points.points(store, model.now()))
        canvas.repaint()
        follows.append(time.perf_counter() - started)

    refresh.timeout.connect(follow)
    if with_map:
        model.cases_changed.connect(lambda _ids: refresh.isActive() or refresh.start())
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    feeder = QTimer(interval=1000 // BATCHES)
    feeder.timeout.connect(feed)
    heartbeat.start()
    feeder.start()
    end = time.monotonic() + seconds
    while time.monotonic() < end and pending:
        QCoreApplication.processEvents()
        time.sleep(0.0005)
    feeder.stop()
    heartbeat.stop()
    if follows:
        ms = sorted(f * 1000 for f in follows)
        print(f"map updates: {len(ms)}, median {ms[len(ms) // 2]:.1f} ms, longest {ms[-1]:.1f} ms")
    return max(gaps, default=0.0), len(gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--grids", type=int, default=5_000)
    parser.add_argument("--frames", type=int, default=240)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--screenshot", default="")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    model = CaseTableModel()
    started = time.perf_counter()
    model.replace_all(synthetic.cases(args.cases, model.now()))
    print(f"cases loaded: {args.cases} in {time.perf_counter() - started:.1f} s")
    canvas = MapCanvas()
    canvas.resize(1600, 1000)
    canvas.show()
    app.processEvents()
    started = time.perf_counter()
    canvas.set_layer(synthetic.grid_layer(args.grids))
    print(f"grid layer: {args.grids} polygons parsed in {time.perf_counter() - started:.2f} s")
    points = CasePoints()
    started = time.perf_counter()
    store = model._store  # noqa: SLF001
    points.sync(store)
    canvas.set_points(points.points(store, model.now()))
    print(f"positions read: {time.perf_counter() - started:.2f} s (in chunks in the pane)")
    canvas.center_on(*point_xy(*synthetic.CENTER), zoom=13)
    canvas.repaint()
    times = frames(canvas, args.frames)
    ms = [t * 1000 for t in times]
    print(
        f"frames: {len(ms)}  p50 {statistics.median(ms):.1f} ms  p99 {percentile(ms, 0.99):.1f} ms"
        f"  worst {max(ms):.1f} ms  (target p99 <= 33 ms)"
    )
    if args.screenshot:
        canvas.center_on(*point_xy(*synthetic.CENTER), zoom=14)
        canvas.render_layers_now()
        canvas.grab().save(args.screenshot)
        print(f"screenshot: {args.screenshot}")
    first = args.cases + 1
    for with_map in (False, True):
        worst, beats = stall(model, canvas, points, args.seconds, first, with_map)
        first += int(RATE * args.seconds)
        print(
            f"feed at {RATE}/s for {args.seconds:g} s, {'with' if with_map else 'without'} the"
            f" map following: longest GUI stall {worst * 1000:.1f} ms over {beats} heartbeats"
            " (target <= 50 ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
