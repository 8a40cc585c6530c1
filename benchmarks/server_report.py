"""The server benchmark's report: machine facts, the table of figures and the targets.

benchmarks.run_server_bench measures; this module says what was measured on what, and
whether each target of issue #2 was met.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from benchmarks import feed_latency, http_load

ROOT = Path(__file__).resolve().parent.parent
PACED_RATE = 300.0  # actions per second offered in the paced dispatch run (the target's)


@dataclass
class Target:
    """One target of the issue and whether the run met it."""

    what: str
    wanted: str
    measured: str
    met: bool | None  # None: shown for information, not a target


@dataclass
class DispatchCheck:
    """Every 2xx dispatch must show in the database, and nothing beyond what was sent."""

    responses_2xx: int
    dispatched_in_db: int
    sent: int

    @property
    def ok(self) -> bool:
        """2xx responses <= dispatched cases <= requests sent."""
        return self.responses_2xx <= self.dispatched_in_db <= self.sent


def _git(*args: str) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=False
        )
        return result.stdout.strip()
    except OSError:
        return ""


def machine_facts() -> dict[str, str]:
    """What the figures were measured on."""
    model = ""
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    wrk = subprocess.run([http_load.wrk_binary(), "-v"], capture_output=True, text=True)
    versions = {}
    for package in ("fastapi", "starlette", "uvicorn", "uvloop", "httptools", "sqlalchemy"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "-"
    dirty = _git("status", "--porcelain", "--", "server")
    from server.config import Settings

    return {
        "nproc": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": " ".join(f"{k} {v}" for k, v in versions.items()),
        "wrk": (wrk.stdout + wrk.stderr).split("\n")[0].split(" [")[0],
        "worker_threads": str(Settings().worker_threads),
        "workers": str(Settings().workers),
        "git": (_git("rev-parse", "--short", "HEAD") or "?")
        + (" + local changes" if dirty else ""),
        "loadavg": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
    }


def _ms(value: float) -> str:
    return f"{value:.1f}"


def _cpu(result: http_load.LoadResult) -> str:
    cpu = result.cpu
    return f"{cpu.server:.2f}/{cpu.loadgen:.2f}/{cpu.others:.2f}"


def report(
    figures: dict[str, object],
    listing: http_load.LoadResult,
    dispatch: http_load.LoadResult,
    paced: http_load.LoadResult,
    ceiling: http_load.LoadResult,
    feeds: list[feed_latency.FeedResult],
    hang_up: tuple[bool, str],
    probes: list[tuple[str, float, int]],
    dispatched: DispatchCheck,
    args: argparse.Namespace,
) -> None:
    """Print the table of figures and targets."""
    facts = figures["facts"]
    assert isinstance(facts, dict)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print()
    launcher = f", server via {args.launcher}" if args.launcher else ""
    print(f"cc-server benchmark, one run, {now}, git {facts['git']}{launcher}")
    print(
        f"machine: {facts['nproc']} cores ({facts['cpu']}), Python {facts['python']}, "
        f"SQLite {facts['sqlite']}, {facts['wrk']}, load average at start {facts['loadavg']}"
    )
    print(
        f"server: {facts['packages']}, CC_WORKERS={facts['workers']} (server and ceiling), "
        f"CC_WORKER_THREADS={facts['worker_threads']}"
    )
    print(
        f"load: wrk -t1 -c32, {args.warmup:g} s warm-up + {args.seconds:g} s measured per "
        "scenario; cpu ms/req = server CPU time per request; cores = average cores used by "
        "server/wrk/other processes meanwhile"
    )
    print()
    header = (
        f"{'scenario':34} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'errors':>6} {'ceiling':>8} {'cpu ms/req':>10}  {'cores s/w/o':>14}"
    )
    print(header)
    print("-" * len(header))
    base = ceiling.rps or 1.0
    rows = [
        ("static ceiling (no work)", ceiling),
        ("list page (limit=50, 40 URLs)", listing),
        ("dispatch, flat out", dispatch),
        (f"dispatch, paced {PACED_RATE:g}/s offered", paced),
    ]
    for label, result in rows:
        print(
            f"{label:34.34} {result.rps:7.0f} {_ms(result.p50_ms):>7} {_ms(result.p99_ms):>7} "
            f"{_ms(result.max_ms):>7} {result.errors:>6} {result.rps / base:7.0%} "
            f"{result.server_cpu_ms:10.2f}  {_cpu(result):>14}"
        )
    for label, result in rows:
        if result.errors or result.replayed:
            print(
                f"  !! {label}: {result.errors} errors, {result.replayed} replayed: "
                f"{result.first_error}"
            )
    print(
        f"dispatch check (warm-ups included): {dispatched.responses_2xx} responses 2xx, "
        f"{dispatched.dispatched_in_db} cases dispatched in the database, "
        f"{dispatched.sent} requests sent: {'ok' if dispatched.ok else 'WRONG'}"
    )
    print()
    header = (
        f"{'feed: 20 dispatches/s for 10 s':34} {'pairs':>7} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'max ms':>7} {'exactly once':>13}  action p50/p99 ms"
    )
    print(header)
    print("-" * len(header))
    for feed in feeds:
        label = f"{feed.followers} follower" + ("s" if feed.followers > 1 else "")
        print(
            f"{label:34} {feed.pairs:7d} {_ms(feed.p50_ms):>7} {_ms(feed.p99_ms):>7} "
            f"{_ms(feed.max_ms):>7} {'yes' if feed.exactly_once else 'NO':>13}  "
            f"{feed.action_p50_ms:.1f}/{feed.action_p99_ms:.1f}"
        )
        if not feed.exactly_once:
            print(
                f"  !! missing {feed.missing}, duplicates {feed.duplicates}, gaps {feed.gaps}, "
                f"action errors {feed.action_errors} {feed.follower_errors}"
            )
    from_response = ", ".join(f"{f.followers}: p99 {f.p99_from_response_ms:.1f}" for f in feeds)
    print(f"(latency = follower receive - driver send; from the response instead: {from_response})")
    print(f"mass hang-up check: {'ok' if hang_up[0] else 'FAILED'}: {hang_up[1]}")
    errors = figures["server_log_errors"]
    assert isinstance(errors, dict)
    print(
        f"server log: {errors['measurements']} errors during the measurements, "
        f"{errors['hang_up']} during the hang-up check"
    )
    print()
    ratio = listing.rps / base
    logged = figures["server_log_errors"]
    assert isinstance(logged, dict)
    clean = _clean(rows, feeds, dispatched) and logged["measurements"] == 0
    targets = [
        Target("list page req/s", ">= 400", f"{listing.rps:.0f}", listing.rps >= 400),
        Target("list page p99", "<= 200 ms", f"{listing.p99_ms:.0f} ms", listing.p99_ms <= 200),
        Target("list page / ceiling", ">= 25 %", f"{ratio:.0%}", ratio >= 0.25),
        Target("dispatch req/s (flat out)", ">= 300", f"{dispatch.rps:.0f}", dispatch.rps >= 300),
        # Not a target: with 32 clients always waiting, latency is about 32 / throughput.
        Target("dispatch p99 (flat out)", "(capacity)", f"{dispatch.p99_ms:.0f} ms", None),
        Target(
            f"dispatch p99 at {PACED_RATE:g}/s offered",
            "<= 50 ms",
            f"{paced.p99_ms:.0f} ms ({paced.rps:.0f}/s done)",
            paced.p99_ms <= 50 and paced.rps >= 0.97 * PACED_RATE,
        ),
        Target(
            "feed p99, 1 follower",
            "<= 50 ms",
            f"{feeds[0].p99_ms:.0f} ms",
            feeds[0].p99_ms <= 50 and feeds[0].exactly_once,
        ),
        Target(
            f"feed p99, {feeds[1].followers} followers",
            "<= 250 ms",
            f"{feeds[1].p99_ms:.0f} ms",
            feeds[1].p99_ms <= 250 and feeds[1].exactly_once,
        ),
        Target(
            "no errors (HTTP, log), events once",
            "0 / yes",
            "yes" if clean else "NO",
            clean,
        ),
        Target("feed works after mass hang-up", "yes", "yes" if hang_up[0] else "NO", hang_up[0]),
    ]
    print(f"{'target':34} {'wanted':>10} {'measured':>24}  result")
    print("-" * 78)
    for target in targets:
        print(
            f"{target.what:34} {target.wanted:>10} {target.measured:>24}  "
            f"{'info' if target.met is None else 'PASS' if target.met else 'MISS'}"
        )
    print(
        "(the action target, >= 300 req/s with p99 <= 50 ms, is read as: 32 clients offering "
        "300 actions a second get p99 <= 50 ms (the paced row). Flat out, the 32 clients are "
        "always waiting and latency ~ 32 / throughput: p99 <= 50 ms there would need ~1,000 "
        "req/s.)"
    )
    print()
    print("list variants, one client, median of 5 (not in the load mix unless listed above):")
    for variant, ms, items in sorted(probes, key=lambda row: -row[1]):
        print(f"  {ms:7.1f} ms  {items:3d} items  {variant}")
    elapsed = figures["elapsed_seconds"]
    assert isinstance(elapsed, float)
    print(f"\nwhole run: {elapsed:.0f} s")


def _clean(
    rows: list[tuple[str, http_load.LoadResult]],
    feeds: list[feed_latency.FeedResult],
    dispatched: DispatchCheck,
) -> bool:
    return (
        all(r.errors == 0 and r.replayed == 0 for _, r in rows)
        and all(f.exactly_once for f in feeds)
        and dispatched.ok
    )
