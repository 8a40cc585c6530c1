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

import argparse
import json
import math
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from benchmarks.queue_feed import feed_phase
from benchmarks.queue_gui import now, rss_mb, run_for
from benchmarks.queue_latency import latency_phase
from benchmarks.queue_view_phases import filter_phase, idle, restore_default, sort_phase
from benchmarks.queue_window import (
    Results,
    launch,
    log,
    quiet_qt_messages,
    start_gc_watch,
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
    gc_watch = start_gc_watch()
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


if __name__ == "__main__":
    sys.exit(main())
