"""The video wall under load: 4 slots playing for ~20 s, CPU use and the GUI thread's stalls.

    python benchmarks/video.py [--seconds 20] [--slots 4] [--screenshot docs/video.png]

`--seconds 0` only takes the screenshot.

Starts a local cc-server in demo mode and an offscreen console window signed in as the duty
officer, opens the video pane in its 4-slot layout and puts the first street cameras of the
demo registry into the slots (each one the server's endless real-time stream of the demo
clip, `/media/live/{code}`). Then, while they play, a 10 ms QTimer heartbeat on the GUI
thread records the longest gap between two beats (the longest the window was frozen), and
the console's CPU time (all its threads, from the kernel) is divided by the wall time.
Prints, never asserts; the target is no GUI stall over 50 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402

from benchmarks.console_bench import console_window, wait_for  # noqa: E402
from console.shell.main_window import MainWindow  # noqa: E402
from console.video.pane import VideoPane  # noqa: E402
from console.video.slot import PLAYING  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402

TIMEOUT = 90.0
TARGET_MS = 50.0


class Heartbeat:
    """A 10 ms timer on the GUI thread; the longest gap between beats is the worst stall."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.beats = 0
        self._last = time.perf_counter()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.beats += 1


def cpu_seconds() -> float:
    """CPU time of this process, every thread (user + system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def server_cpu_seconds(server: LiveServer) -> float:
    """CPU time of the cc-server child (from /proc), 0 if unknown."""
    try:
        assert server.process is not None
        fields = Path(f"/proc/{server.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, AssertionError, IndexError, ValueError):
        return 0.0


def measure(window: MainWindow, server: LiveServer, seconds: float, slots: int) -> None:
    """Fill the wall, let it play, print the figures."""
    window.docks["video"].show()
    pane = window.panes["video"]
    assert isinstance(pane, VideoPane)
    wait_for(lambda: bool(pane.tree.cameras))
    pane.set_layout(4 if slots <= 4 else 9)
    cameras = [c for c in pane.tree.cameras if not c.is_relay and c.status == "online"][:slots]
    for index, camera in enumerate(cameras):
        pane.grid.show_camera(index, camera)
    playing = pane.grid.slots[: len(cameras)]
    wait_for(lambda: all(s.state == PLAYING and s.frames > 5 for s in playing))
    if seconds <= 0:
        return  # --seconds 0: only the screenshot
    heartbeat = Heartbeat()
    frames = [s.frames for s in playing]
    losses = [s.failures for s in playing]
    cpu, server_cpu, wall = cpu_seconds(), server_cpu_seconds(server), time.perf_counter()
    heartbeat.start()
    wait_for(lambda: time.perf_counter() - wall >= seconds, timeout=seconds + 30)
    heartbeat.stop()
    wall = time.perf_counter() - wall
    cpu = cpu_seconds() - cpu
    server_cpu = server_cpu_seconds(server) - server_cpu
    fps = [(s.frames - n) / wall for s, n in zip(playing, frames, strict=True)]
    print(f"cc-server {server.url}; {len(cameras)} slots playing for {wall:.1f} s")
    print("cameras:          " + ", ".join(c.code for c in cameras))
    print("frames/s by slot: " + ", ".join(f"{f:.1f}" for f in fps))
    print(f"states at end:    {', '.join(s.state for s in playing)}")
    print(f"losses meanwhile: {sum(s.failures for s in playing) - sum(losses)}")
    print(f"console CPU:      {cpu:.1f} s over {wall:.1f} s = {cpu / wall:.0%} of one core")
    print(f"cc-server CPU:    {server_cpu:.1f} s = {server_cpu / wall:.0%} of one core")
    print(f"machine cores:    {os.cpu_count()} (load avg {os.getloadavg()[0]:.2f})")
    verdict = "met" if heartbeat.longest * 1000 <= TARGET_MS else "MISSED"
    print(
        f"GUI stall (max gap of a 10 ms heartbeat): {heartbeat.longest * 1000:.1f} ms over "
        f"{heartbeat.beats} beats; target ≤ {TARGET_MS:.0f} ms: {verdict}"
    )


def screenshot(window: MainWindow, path: Path) -> None:
    """The window at 1920x1080 on a case: its nearest cameras on the wall, the relay pinned."""
    pane = window.panes["video"]
    assert isinstance(pane, VideoPane)
    window.resize(1920, 1080)
    model = window.ctx.model
    case = next(c for r in range(model.rowCount()) if (c := model.case_at(r)) is not None and c.lat)
    window.queue.select_case(case.id)
    wait_for(lambda: len(pane.tree.nearest) >= 3)
    pane.grid.select(3)
    pane.pin_button.click()
    pane.nearest_button.click()
    pane.grid.select(0)
    wait_for(lambda: all(s.state == PLAYING and s.frames > 5 for s in pane.grid.shown_slots()))
    detail = window.panes["detail"]
    wait_for(lambda: bool(detail.detail()))
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    print(f"screenshot: {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--slots", type=int, default=4)
    parser.add_argument("--screenshot", type=Path, help="save the window as this PNG")
    args = parser.parse_args()
    with console_window("video") as bench:
        window, server = bench.window, bench.server
        measure(window, server, args.seconds, args.slots)
        if args.screenshot:
            screenshot(window, args.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
