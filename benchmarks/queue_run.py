"""The queue benchmark's run (issue #14): database, server, the console and model processes,
the report. `python -m benchmarks.queue --help`; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from benchmarks import populate
from benchmarks.cpu_meter import CpuMeter
from server.config import Settings
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[1]
OPEN = ("reported", "registered", "dispatched", "in_progress", "returned", "resolved", "parked")
# 144,000 cases of the populated mix give 100,663 open ones (143,000 give 99,952).
DEFAULT_CASES = 144_000
OFFSCREEN_SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "bench",
            "x": 0,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ],
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.queue",
        description="The console's case queue at 100,000 open cases (issue #14).",
    )
    parser.add_argument(
        "--cases",
        type=int,
        default=DEFAULT_CASES,
        help=f"cases in the populated database (default {DEFAULT_CASES:,}: ≥ 100,000 open)",
    )
    parser.add_argument("--display", help="run the console on this X display (xcb), e.g. :7")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument("--keep", action="store_true", help="keep the run directory")
    parser.add_argument("--million", type=int, default=1_000_000, help="rows of the model alone")
    parser.add_argument("--no-million", action="store_true", help="skip the model-alone run")
    parser.add_argument("--no-cold", action="store_true", help="skip the cold-server launch")
    parser.add_argument("--event-rate", type=float, default=1000.0, help="synthetic events/s")
    parser.add_argument("--event-seconds", type=float, default=10.0)
    parser.add_argument("--batch-ms", type=int, default=25, help="synthetic batch every N ms")
    parser.add_argument("--action-rate", type=float, default=50.0, help="real dispatches/s")
    parser.add_argument("--action-seconds", type=float, default=10.0)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--filter-rounds", type=int, default=3)
    parser.add_argument("--search", default="园林路", help="the text searched for")
    parser.add_argument(
        "--phases",
        help="only these console phases (comma-separated: idle,sort,filter,latency,inplace,moving)",
    )
    parser.add_argument("--load-timeout", type=float, default=900.0, help="seconds")
    parser.add_argument(
        "--stacks",
        action="store_true",
        help="sample the GUI thread's Python stack during stalls (where the longest went)",
    )
    return parser.parse_args(argv)


# -- the database ---------------------------------------------------------------------------


def cached_population(cases: int, rebuild: bool) -> populate.Population:
    """The populated database of `cases` cases.

    The default count of `benchmarks.populate` lives in its shared cache; any other count in
    a cache root of this benchmark's own, because `ensure_cached` deletes every other
    database of its root when it builds one (the server benchmark's would go otherwise).
    """
    if cases != populate.CASES:
        populate.CACHE_ROOT = populate.CACHE_ROOT.parent / "cc-bench-cache-queue"
    return populate.ensure_cached(cases, rebuild=rebuild)


def database_facts(database: Path) -> dict[str, Any]:
    """What the database holds: cases by state, open ones, recently closed, the busiest
    street and department among open cases."""
    marks = ",".join("?" * len(OPEN))
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        by_state = dict(
            db.execute("SELECT state, count(*) FROM cases WHERE drill = 0 GROUP BY state")
        )
        recent = {}
        for days in (1, 7, 30):
            cutoff = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S.%f")
            recent[str(days)] = db.execute(
                f"SELECT count(*) FROM cases WHERE drill = 0 AND state NOT IN ({marks}) "
                "AND coalesce(closed_at, updated_at) >= ?",
                (*OPEN, cutoff),
            ).fetchone()[0]
        street = db.execute(
            f"SELECT s.code, s.name, count(*) FROM cases c JOIN streets s ON s.id = c.street_id "
            f"WHERE c.drill = 0 AND c.state IN ({marks}) GROUP BY s.code ORDER BY 3 DESC LIMIT 1",
            OPEN,
        ).fetchone()
        department = db.execute(
            f"SELECT d.code, d.name, count(*) FROM cases c JOIN departments d "
            f"ON d.id = c.department_id WHERE c.drill = 0 AND c.state IN ({marks}) "
            "GROUP BY d.code ORDER BY 3 DESC LIMIT 1",
            OPEN,
        ).fetchone()
    return {
        "total": sum(by_state.values()),
        "open": sum(n for s, n in by_state.items() if s in OPEN),
        "by_state": by_state,
        "closed_within_days": recent,
        "street": {"code": street[0], "name": street[1], "open": street[2]},
        "department": {"code": department[0], "name": department[1], "open": department[2]},
    }


# -- the server -----------------------------------------------------------------------------


def token(url: str, username: str = "duty_officer") -> str:
    response = requests.post(
        f"{url}/api/v1/auth/token", data={"username": username, "password": "demo"}, timeout=30
    )
    response.raise_for_status()
    return str(response.json()["access_token"])


def warm_read(url: str, bearer: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One full read of the case list, as the console pages it (500 a page, newest first)."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {bearer}"
    items: list[dict[str, Any]] = []
    cursor = None
    pages = 0
    started = time.perf_counter()
    while True:
        params: dict[str, Any] = {"sort": "-id", "limit": 500}
        if cursor:
            params["cursor"] = cursor
        response = session.get(f"{url}/api/v1/cases", params=params, timeout=60)
        response.raise_for_status()
        body = response.json()
        items += body["items"]
        pages += 1
        cursor = body.get("next_cursor")
        if not cursor:
            break
    seconds = time.perf_counter() - started
    session.close()
    return {"seconds": seconds, "pages": pages, "cases": len(items)}, items


def real_event(url: str, bearer: str, case_id: int, version: int) -> dict[str, Any]:
    """One real dispatch and the feed event it makes: the shape synthetic events copy."""
    headers = {"Authorization": f"Bearer {bearer}"}
    head = requests.get(f"{url}/api/v1/cases", params={"limit": 1}, headers=headers, timeout=30)
    after = head.json()["feed_seq"]
    response = requests.post(
        f"{url}/api/v1/cases/{case_id}/actions",
        json={"action": "dispatch", "version": version, "department": "urban"},
        headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
        timeout=30,
    )
    response.raise_for_status()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        batch = requests.get(
            f"{url}/api/v1/events",
            params={"after": after, "wait": 5},
            headers=headers,
            timeout=60,
        ).json()
        for event in batch["events"]:
            if event.get("case_id") == case_id:
                return event
        after = batch["last_seq"]
    raise RuntimeError("the dispatch's event did not reach the feed")


def pools_and_samples(
    items: list[dict[str, Any]], per_pool: int, excluded: set[int]
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Cases for the synthetic events (moving: registered ones, as a dispatch takes them;
    in place: other open ones), and samples of every state for the million-row model."""
    rng = random.Random(14)
    registered = [i for i in items if i["state"] == "registered" and i["id"] not in excluded]
    others = [
        i
        for i in items
        if i["state"] in OPEN and i["state"] != "registered" and i["id"] not in excluded
    ]
    moving = rng.sample(registered, min(per_pool, len(registered)))
    taken = {i["id"] for i in moving}
    rest = [i for i in registered if i["id"] not in taken]
    inplace = rng.sample(others, min(per_pool, len(others)))
    if len(inplace) < per_pool:
        inplace += rng.sample(rest, min(per_pool - len(inplace), len(rest)))
    by_state: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_state.setdefault(item["state"], []).append(item)
    samples = [s for group in by_state.values() for s in rng.sample(group, min(400, len(group)))]
    return {"moving": moving, "inplace": inplace}, samples


# -- the child processes --------------------------------------------------------------------


def run_child(args: list[str], env: dict[str, str], timeout: float, prefix: str) -> int:
    """Run `python -m …` from the repository, its output shown with a prefix."""
    process = subprocess.Popen(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    killer = threading.Timer(timeout, process.kill)
    killer.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            print(f"  {prefix}| {line}", end="", flush=True)
        return process.wait()
    finally:
        killer.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()


def console_env(args: argparse.Namespace, workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    if args.stacks:
        env["QUEUE_BENCH_STACKS"] = "1"
    if args.display:
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = args.display
    else:
        config = workdir / "offscreen.json"
        config.write_text(json.dumps(OFFSCREEN_SCREEN))
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return env


def check_display(display: str) -> None:
    """Fail early, and clearly, when the X display is not there."""
    probe = subprocess.run(
        ["xdpyinfo", "-display", display], capture_output=True, text=True, check=False
    )
    if probe.returncode != 0:
        raise SystemExit(
            f"no X display {display}: start one, e.g. `Xvfb {display} -screen 0 1920x1080x24 &`"
        )


def run_console(
    args: argparse.Namespace, workdir: Path, name: str, cfg: dict[str, Any], timeout: float
) -> dict[str, Any]:
    """One console process; its figures (whatever it got to)."""
    scratch = workdir / name
    scratch.mkdir(exist_ok=True)
    cfg = {**cfg, "workdir": str(scratch), "spawned_at": time.time()}
    config = scratch / "config.json"
    config.write_text(json.dumps(cfg, ensure_ascii=False))
    out = scratch / "figures.json"
    code = run_child(
        ["benchmarks.queue_console", "--config", str(config), "--out", str(out)],
        console_env(args, workdir),
        timeout,
        name,
    )
    figures = json.loads(out.read_text()) if out.exists() else {"phases": {}, "errors": {}}
    figures["exit_code"] = code
    return figures


# -- the report -----------------------------------------------------------------------------


def machine_facts() -> dict[str, Any]:
    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "--no-optional-locks", *args], cwd=ROOT, capture_output=True, text=True
        )
        return done.stdout.strip()

    import PySide6

    dirty = subprocess.run(
        ["git", "--no-optional-locks", "diff", "--quiet", "HEAD"], cwd=ROOT, check=False
    ).returncode
    return {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "git": git("rev-parse", "--short", "HEAD") + (" + uncommitted changes" if dirty else ""),
        "cores": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
    }


def last_error_line(text: str) -> str:
    """The exception's own line of a traceback."""
    lines = [line for line in text.strip().splitlines() if line and not line[0].isspace()]
    return (lines[-1] if lines else text.strip())[:140]


def _fmt_ms(value: float | None) -> str:
    return "—" if value is None or math.isnan(value) else f"{value:.0f} ms"


def _get(data: dict[str, Any], *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def table_rows(run: dict[str, Any]) -> list[dict[str, Any]]:
    """figure | measured | target | ok? — None for `ok` where the figure is information."""
    facts = run["database"]
    main = run.get("console") or {}
    phases = main.get("phases", {})
    errors = main.get("errors", {})
    rows: list[dict[str, Any]] = []

    def row(figure: str, measured: str | None, target: str, ok: bool | None, why: str = "") -> None:
        if measured is None:
            measured, ok = f"not measured{': ' + why if why else ''}", False
        rows.append({"figure": figure, "measured": measured, "target": target, "ok": ok})

    def failed(*names: str) -> str:
        for name in names:
            if name in errors:
                return last_error_line(errors[name])
        code = main.get("exit_code")
        if code:
            how = f"signal {-code}" if code < 0 else f"exit code {code}"
            return f"the console process died ({how}); see the log above"
        return "see the log"

    launch = phases.get("launch")
    open_ = facts["open"]
    if launch:
        first = launch["signin_to_first_screen_s"]
        loaded = launch["signin_to_loaded_s"]
        stalls = launch["stalls_loading"]
        row("launch → first screenful painted", f"{first:.2f} s", "≤ 1 s", first <= 1)
        row(
            f"launch → all cases loaded ({open_:,} open)",
            f"{loaded:.2f} s",
            "≤ 3 s",
            loaded <= 3,
        )
        row(
            "longest GUI stall while loading (from the window's first frame)",
            f"{stalls['longest_ms']:.0f} ms ({stalls['over_50']} gaps > 50 ms)",
            "≤ 50 ms",
            stalls["longest_ms"] <= 50,
        )
        total_cases, shown = launch["loaded_cases"], launch["shown_rows"]
        recent = facts["closed_within_days"]
        row(
            "cases loaded / shown",
            f"{total_cases:,} / {shown:,} (database: {facts['total']:,}, open {open_:,}, "
            f"closed in 1/7/30 d {recent['1']:,}/{recent['7']:,}/{recent['30']:,})",
            "open + recently closed, not all history",
            open_ <= total_cases < facts["total"],
        )
    else:
        for name in (
            "launch → first screenful painted",
            "launch → all cases loaded",
            "longest GUI stall while loading",
            "cases loaded / shown",
        ):
            row(name, None, "", False, failed("launch"))
    memory = phases.get("memory") or {}
    peak = memory.get("peak_rss_mb_before_synthetic") or _get(
        launch or {}, "peak_rss_mb_after_load"
    )
    after_load = _get(launch or {}, "peak_rss_mb_after_load")
    row(
        "peak RSS of the console process (launch … latency)",
        f"{peak:.0f} MB ({after_load:.0f} MB once loaded)" if peak and after_load else None,
        "≤ 400 MB",
        bool(peak and peak <= 400),
        failed("launch"),
    )
    sort = phases.get("sort")
    row(
        f"sort at {open_:,} via the header ({len(sort['clicks']) if sort else 0} clicks)",
        f"median {_fmt_ms(sort['median_ms'])} / max {_fmt_ms(sort['max_ms'])}" if sort else None,
        "≤ 150 ms",
        bool(sort and sort["max_ms"] <= 150),
        failed("sort"),
    )
    flt = phases.get("filter")
    row(
        f"filter changes at {open_:,} ({len(flt['changes']) if flt else 0} changes)",
        f"median {_fmt_ms(flt['median_ms'])} / max {_fmt_ms(flt['max_ms'])}" if flt else None,
        "≤ 150 ms",
        bool(flt and flt["max_ms"] <= 150),
        failed("filter"),
    )
    model = run.get("model") or {}
    million = model.get("rows") or run["args"]["million"]
    for kind, label in (("sort", "sort"), ("filter", "broad filter")):
        n = len(model.get(f"{kind}s", []))
        med, mx = model.get(f"{kind}_median_ms"), model.get(f"{kind}_max_ms")
        row(
            f"{label} at {million:,} rows, model alone ({n})",
            f"median {_fmt_ms(med)} / max {_fmt_ms(mx)}" if mx is not None else None,
            "≤ 1 s",
            bool(mx is not None and mx <= 1000),
            "skipped" if run.get("model") is None else (model.get("error") or "").strip()[-120:],
        )
    for name, label in (("inplace", "rows updated in place"), ("moving", "rows that move")):
        feed = phases.get(name)
        if feed:
            s = feed["stalls"]
            measured = (
                f"{feed['gui_cpu'] * 100:.1f} % at {feed['events_per_s']:.0f} events/s, "
                f"longest stall {s['longest_ms']:.0f} ms ({s['over_50']} > 50 ms)"
            )
            ok = feed["gui_cpu"] <= 0.10 and s["over_50"] == 0
        else:
            measured, ok = None, False
        row(
            f"GUI-thread CPU, ~1,000 events/s, {label}",
            measured,
            "≤ 10 %, no gap > 50 ms",
            ok,
            failed(name),
        )
    lat = phases.get("latency")
    if lat and lat["painted"]:
        row(
            f"event → row painted, from the server's commit ({lat['actions_per_s']:.0f}/s, "
            f"{lat['painted']}/{lat['sent']})",
            f"p50 {lat['from_commit_p50_ms']:.1f} / p99 {lat['from_commit_p99_ms']:.1f} ms",
            "p99 ≤ 50 ms",
            lat["from_commit_p99_ms"] <= 50,
        )
        row(
            "event → row painted, from the client's send",
            f"p50 {lat['from_send_p50_ms']:.1f} / p99 {lat['from_send_p99_ms']:.1f} ms",
            "(printed)",
            None,
        )
    else:
        row("event → row painted (50 actions/s)", None, "p99 ≤ 50 ms", False, failed("latency"))
    idle = phases.get("idle")
    if idle:
        s = idle["stalls"]
        row(
            f"idle {s['seconds']:.0f} s with {open_:,} loaded: longest stall",
            f"{s['longest_ms']:.1f} ms ({s['over_50']} > 50 ms)",
            "none over 50 ms",
            s["over_50"] == 0,
        )
    else:
        row("idle 10 s: longest stall", None, "none over 50 ms", False, failed("idle"))
    # Information.
    cold = _get(run, "cold", "phases", "launch")
    if cold:
        row(
            "cold server: launch → first screenful / all loaded",
            f"{cold['signin_to_first_screen_s']:.2f} s / {cold['signin_to_loaded_s']:.2f} s",
            "(info)",
            None,
        )
    warm = run.get("warm")
    if warm:
        row(
            "server warm-up: one full list read before the launch",
            f"{warm['seconds']:.1f} s ({warm['pages']} pages, {warm['cases']:,} cases)",
            "(info)",
            None,
        )
    if launch:
        row(
            "process start → sign-in (interpreter, imports, QApplication)",
            f"{launch['process_start_to_signin_s']:.2f} s",
            "(info)",
            None,
        )
        row(
            "sign-in → window shown (sign-in, building the window, the benchmark's resize)",
            f"{launch['signin_to_window_opened_s']:.2f} s "
            f"(the resize to the benchmark's size "
            f"{launch.get('window_resize_s', math.nan) * 1000:.0f} ms)",
            "(info)",
            None,
        )
        from_show = launch.get("stalls_from_show") or {}
        row(
            "sign-in → the window's first frame painted (the end of its event-loop turn)",
            f"{launch.get('signin_to_first_frame_s', math.nan):.2f} s (that turn "
            f"{launch.get('first_frame_turn_ms', math.nan):.0f} ms; longest stall before the "
            f"frame {launch['stalls_before_window']['longest_ms']:.0f} ms, from show() to "
            f"loaded with the frame {from_show.get('longest_ms', math.nan):.0f} ms)",
            "(info)",
            None,
        )
    if memory.get("peak_rss_mb_end"):
        row(
            "peak RSS at the end (with the benchmark's own synthetic events in memory)",
            f"{memory['peak_rss_mb_end']:.0f} MB",
            "(info)",
            None,
        )
    if idle:
        row(
            "GUI-thread CPU idle (clock ticks + the 5 ms heartbeat)",
            f"{idle['stalls']['gui_cpu'] * 100:.1f} %",
            "(info)",
            None,
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    widths = [
        max(len("figure"), *(len(r["figure"]) for r in rows)),
        max(len("measured"), *(len(r["measured"]) for r in rows)),
        max(len("target"), *(len(r["target"]) for r in rows)),
    ]
    print(
        f"| {'figure':<{widths[0]}} | {'measured':<{widths[1]}} | {'target':<{widths[2]}} | ok? |"
    )
    print(f"|{'-' * (widths[0] + 2)}|{'-' * (widths[1] + 2)}|{'-' * (widths[2] + 2)}|-----|")
    for r in rows:
        ok = "" if r["ok"] is None else "yes" if r["ok"] else "NO"
        print(
            f"| {r['figure']:<{widths[0]}} | {r['measured']:<{widths[1]}} | "
            f"{r['target']:<{widths[2]}} | {ok:<3} |"
        )


def print_details(run: dict[str, Any]) -> None:
    """What stands behind the table: per column, per filter, where events entered."""
    phases = _get(run, "console", "phases") or {}
    launch = phases.get("launch") or {}
    if launch:
        print(
            f"console: platform {launch['platform']}, screen {launch['screen']}, window "
            f"{launch['window']}, viewport {launch['viewport']} ({launch['visible_rows']} rows "
            f"visible); paint end timed exactly: {launch['paint_timing_exact']}"
        )
    sort = phases.get("sort")
    if sort:
        print(
            "sort clicks: "
            + ", ".join(f"{c['column']} {c['order']} {c['ms']:.0f}" for c in sort["clicks"])
            + " (ms)"
        )
    flt = phases.get("filter")
    if flt:
        by: dict[str, list[float]] = {}
        rows_of: dict[str, int] = {}
        pause = 0.0
        for change in flt["changes"]:
            by.setdefault(change["change"], []).append(change["ms"])
            rows_of[change["change"]] = change["rows"]
            pause = max(pause, change["typing_pause_ms"])
        print(
            "filter changes (max ms, rows): "
            + ", ".join(f"{k} {max(v):.0f} ({rows_of[k]:,})" for k, v in by.items())
            + f"; the search box's typing pause ({pause:.0f} ms) left out"
        )
    for name in ("inplace", "moving"):
        feed = phases.get(name)
        if feed:
            print(
                f"{name}: {feed['events']:,} events ({feed['applied']:,} applied) in "
                f"{feed['batches']} batches, largest {feed['largest_batch']}, "
                f"{feed['row_changes']:,} row moves/inserts/resets; entry: {feed['entry']}"
            )
    lat = phases.get("latency")
    if lat:
        print(
            f"latency: {lat['sent']} dispatches ({lat['ok']} ok, errors {lat['errors'][:3]}), "
            f"the view scrolled {lat['scrolls']} times to follow them, sends held "
            f"{lat['held_ms']:.0f} ms in all, {lat['given_up']} rows never painted; "
            f"from commit max {lat['from_commit_max_ms']:.1f} ms, "
            f"from send max {lat['from_send_max_ms']:.1f} ms, from the HTTP response p50 "
            f"{lat['from_response_p50_ms']:.1f} p99 {lat['from_response_p99_ms']:.1f} ms; "
            f"commit → in the model p50 {lat['commit_to_applied_p50_ms']:.1f} p99 "
            f"{lat['commit_to_applied_p99_ms']:.1f} ms (commit → the feed's answer received "
            f"p50 {lat.get('commit_to_received_p50_ms', math.nan):.1f} p99 "
            f"{lat.get('commit_to_received_p99_ms', math.nan):.1f} ms, received → in the model "
            f"p50 {lat.get('received_to_applied_p50_ms', math.nan):.1f} p99 "
            f"{lat.get('received_to_applied_p99_ms', math.nan):.1f} ms), in the model → painted "
            f"p50 {lat['applied_to_painted_p50_ms']:.1f} "
            f"p99 {lat['applied_to_painted_p99_ms']:.1f} ms; "
            f"commit time from: {lat['commit_time_source']}"
        )
    model = run.get("model")
    if model and "sorts" in model:
        print(
            f"model alone: {model['rows']:,} rows ({model.get('open', 0):,} open), replace_all "
            f"{model.get('replace_all_ms', math.nan):.0f} ms, RSS {model.get('rss_mb', 0):.0f} MB; "
            + ", ".join(f"{s['column']} {s['ms']:.0f}" for s in model["sorts"])
            + "; "
            + ", ".join(
                f"{f['filter']} {f['ms']:.0f} ({f['rows']:,})" for f in model.get("filters", [])
            )
        )
    for name, stalls in (
        ("loading", launch.get("stalls_loading")),
        ("before the window's first frame", launch.get("stalls_before_window")),
        ("idle", _get(phases, "idle", "stalls")),
        ("during the dispatches", _get(phases, "latency", "stalls")),
        ("in place", _get(phases, "inplace", "stalls")),
        ("moving", _get(phases, "moving", "stalls")),
    ):
        if stalls and stalls["longest_ms"] > 50:
            cpu = stalls.get("longest_cpu_ms", math.nan)
            queued = stalls.get("longest_queued_ms", math.nan)
            working = "" if math.isnan(cpu) else f", the GUI thread working {cpu:.0f} ms of it"
            if not math.isnan(queued):
                working += f", waiting for a core {queued:.0f} ms"
            where = f" in: {stalls['where']}" if stalls.get("where") else ""
            after = stalls.get("longest_after_s", math.nan)
            if name == "loading" and not math.isnan(after):
                # (the loading window starts with the window's first frame)
                opened = launch.get(
                    "signin_to_first_frame_s", launch.get("signin_to_window_opened_s", math.nan)
                )
                where += (
                    f", beginning {after + opened:.2f} s after sign-in (first screenful "
                    f"{launch.get('signin_to_first_screen_s', math.nan):.2f} s, all loaded "
                    f"{launch.get('signin_to_loaded_s', math.nan):.2f} s)"
                )
            print(f"longest stall {name} ({stalls['longest_ms']:.0f} ms{working}){where}")
    collections = dict(_get(run, "console", "gc") or {})
    for name in ("idle", "latency", "inplace", "moving"):  # their measured windows only
        if _get(phases, name, "gc"):
            collections[name] = phases[name]["gc"]
    collections.pop("checkpoint", None)
    if collections:
        print(
            "Python's garbage collector (console): "
            + "; ".join(
                f"{name} {g['collections']} collections ({g['full']} full), longest "
                f"{g['longest_ms']:.0f} ms, total {g['total_ms']:.0f} ms"
                for name, g in collections.items()
                if g["collections"]
            )
        )
    for source in ("cold", "console"):
        for phase, text in (_get(run, source, "errors") or {}).items():
            print(f"{source} {phase} failed: {last_error_line(text)}")
    for note in _get(run, "console", "notes") or []:
        print(f"note: {note}")


# -- main -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.display:
        check_display(args.display)
    started = time.monotonic()
    run: dict[str, Any] = {
        "machine": machine_facts(),
        "args": vars(args) | {"json": str(args.json)},
    }
    population = cached_population(args.cases, args.rebuild)
    print(
        f"database: {population.cases:,} cases, {'cached' if population.reused else 'built now'} "
        f"in {population.directory}",
        flush=True,
    )
    workdir = Path(tempfile.mkdtemp(prefix="cc-queue-bench-"))
    server: LiveServer | None = None
    try:
        database = populate.fresh_copy(population, workdir)
        changed, catch_up_s = populate.catch_up(database)
        quiet = populate.quiet_dispatchable(population, database, workdir)
        facts = database_facts(database)
        run["database"] = facts
        print(
            f"run directory {workdir}; SLA catch-up {changed} cases ({catch_up_s:.1f} s); "
            f"{facts['total']:,} cases, {facts['open']:,} open",
            flush=True,
        )
        if facts["open"] < 100_000:
            print(f"NOTE: only {facts['open']:,} open cases; --cases sets the database size")
        # The server's own SLA tick (LiveServer's default of 1 s is for the tests' sake).
        tick = str(Settings.model_fields["sla_tick_seconds"].default)
        server = LiveServer(
            populate.sqlite_url(database),
            demo=True,
            rate=0,
            env={"CC_SLA_TICK_SECONDS": os.environ.get("CC_SLA_TICK_SECONDS", tick)},
            log_path=workdir / "server.log",
        )
        server.start()
        print(
            f"cc-server {server.url} (demo mode, simulator off, SLA tick every "
            f"{server.env['CC_SLA_TICK_SECONDS']} s), pid {server.process.pid}",
            flush=True,
        )
        base_cfg: dict[str, Any] = {
            "url": server.url,
            "username": "duty_officer",
            "password": "demo",
            "load_timeout": args.load_timeout,
        }
        if not args.no_cold:
            print("cold server: one launch before anything has read the cases", flush=True)
            run["cold"] = run_console(
                args, workdir, "cold", {**base_cfg, "mode": "launch"}, args.load_timeout + 120
            )
        bearer = token(server.url)
        warm, items = warm_read(server.url, bearer)
        run["warm"] = warm
        run["server"] = "warmed: one full list read before the console launched" + (
            " (after the cold launch)" if not args.no_cold else ""
        )
        print(
            f"server warmed: {warm['pages']} pages, {warm['cases']:,} cases in "
            f"{warm['seconds']:.1f} s",
            flush=True,
        )
        lines = [line for line in quiet.read_text().split("\n") if line]
        template_id, template_version = map(int, lines[-1].split())
        template = real_event(server.url, bearer, template_id, template_version)
        per_pool = round(args.event_rate * args.event_seconds) + 100
        pools, samples = pools_and_samples(items, per_pool, {template_id})
        del items
        (workdir / "pools.json").write_text(json.dumps(pools, ensure_ascii=False))
        (workdir / "samples.json").write_text(json.dumps(samples, ensure_ascii=False))
        (workdir / "template.json").write_text(json.dumps(template, ensure_ascii=False))
        excluded = [template_id, *(i["id"] for pool in pools.values() for i in pool)]
        cfg = {
            **base_cfg,
            "mode": "full",
            "pools": str(workdir / "pools.json"),
            "template_event": str(workdir / "template.json"),
            "quiet_ids": str(quiet),
            "excluded_ids": excluded,
            "idle_seconds": args.idle_seconds,
            "event_rate": args.event_rate,
            "event_seconds": args.event_seconds,
            "batch_ms": args.batch_ms,
            "action_rate": args.action_rate,
            "action_seconds": args.action_seconds,
            "filter_rounds": args.filter_rounds,
            "search": args.search,
            "street": facts["street"]["code"],
            "department": facts["department"]["code"],
            "phases": args.phases.split(",") if args.phases else [],
        }
        print("the console: launch on the warm server, then every phase", flush=True)
        meter = CpuMeter(server.process.pid)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        run["console"] = run_console(args, workdir, "console", cfg, args.load_timeout + 1800)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        console_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
        share = meter.stop(console_cpu)
        run["cores"] = {"server": share.server, "console": share.loadgen, "others": share.others}
        run["load_average_end"] = os.getloadavg()[0]
        server_log = server.log_tail(2000)
        run["server_errors"] = sum(
            1 for line in server_log.splitlines() if " ERROR " in line or "Traceback" in line
        )
        server.stop()
        server = None
        if not args.no_million:
            print(f"the model alone at {args.million:,} rows", flush=True)
            out = workdir / "model.json"
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            run_child(
                [
                    "benchmarks.queue_model",
                    "--samples",
                    str(workdir / "samples.json"),
                    "--out",
                    str(out),
                    "--rows",
                    str(args.million),
                    "--search",
                    args.search,
                ],
                env,
                1800,
                "model",
            )
            run["model"] = json.loads(out.read_text()) if out.exists() else {"error": "no output"}
    finally:
        if server is not None:
            server.stop()
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    run["seconds"] = time.monotonic() - started
    rows = table_rows(run)
    run["table"] = rows
    m = run["machine"]
    print()
    print(
        f"Queue benchmark, {m['when']}, git {m['git']}, {m['cores']} cores, load average "
        f"{m['load_average']:.1f} at the start, Python {m['python']}, PySide6 {m['pyside6']}; "
        f"console {'on X display ' + args.display if args.display else 'offscreen'} (1920×1080, "
        f"zh_CN); server {run.get('server', '?')}; {run['seconds'] / 60:.1f} min"
    )
    cores = run.get("cores")
    if cores:
        print(
            f"cores in use during the console run (of {m['cores']}): "
            f"console {cores['console']:.2f}, "
            f"server {cores['server']:.2f}, everything else {cores['others']:.2f}; load average "
            f"{run.get('load_average_end', math.nan):.1f} at its end"
        )
    print()
    print_table(rows)
    print()
    print_details(run)
    if run.get("server_errors"):
        print(f"server log: {run['server_errors']} error lines")
    if args.json:
        args.json.write_text(json.dumps(run, ensure_ascii=False, indent=1, default=str))
        print(f"figures written to {args.json}")
    return 0
