"""One command for every figure of the server benchmark, printed against the targets.

    python -m benchmarks.run_server_bench [--seconds 10] [--warmup 2] [--followers 1000]
                                          [--json FILE] [--keep] [--rebuild]

1. A copy of the cached 100,000-case database (benchmarks.populate; built on first use),
   brought up to the SLA clock by the server's own scheduler tick.
2. The real server, started as documented: python -m server.cli --port 0 --database URL
   --demo --rate 0 (CC_* environment as given, e.g. CC_WORKER_THREADS).
3. With wrk, 32 connections, warm-up then measured run: the list page mix; dispatch flat out;
   dispatch paced to 300 offered requests per second. Every response must be 2xx, and every
   dispatched case is checked in the database afterwards.
4. Feed latency with 1 and with 1,000 SSE followers, 20 dispatches per second for 10 s.
5. The ceiling app (benchmarks.ceiling_app) serving a real list page; the same wrk load.

Everything runs once; medians and ratios come from that one run. The CPU used meanwhile by
other processes is printed next to each figure (the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import feed_latency, http_load, populate
from benchmarks.server_report import PACED_RATE, ROOT, DispatchCheck, machine_facts, report

FEED_RATE = 20.0
FEED_SECONDS = 10.0
DROP_FOLLOWERS = 300
START_SECONDS = 120.0


@dataclass
class ServerHandle:
    """A running child server."""

    process: subprocess.Popen[bytes]
    url: str
    log: Path


@contextmanager
def serve(command: list[str], workdir: Path, name: str) -> Iterator[ServerHandle]:
    """Start a server that prints its URL first on stdout; stop it (SIGTERM) at the end."""
    out = workdir / f"{name}.stdout"
    log = workdir / f"{name}.log"
    with out.open("wb") as stdout, log.open("wb") as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, cwd=ROOT)
    try:
        deadline = time.monotonic() + START_SECONDS
        url = ""
        while not url:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not start: {log.read_text()[-3000:]}")
            first = out.read_text().split("\n", 1)
            url = first[0].strip() if len(first) > 1 else ""
            time.sleep(0.05)
        while True:
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{name} is not healthy: {log.read_text()[-3000:]}")
            time.sleep(0.1)
        yield ServerHandle(process, url, log)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def sign_in(url: str, username: str = "duty_officer") -> str:
    """A bearer token for a demo user."""
    form = urllib.parse.urlencode({"username": username, "password": "demo"}).encode()
    with urllib.request.urlopen(url + "/api/v1/auth/token", data=form, timeout=30) as response:
        return str(json.load(response)["access_token"])


def fetch(url: str, path: str, token: str) -> bytes:
    """GET with the token; the body of a 200."""
    request = urllib.request.Request(url + path, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return bytes(response.read())


def verify_dispatched(database: Path, ids_file: Path, used: range) -> tuple[int, int]:
    """(cases of the used id-file lines now dispatched to urban, lines used)."""
    lines = ids_file.read_text().split("\n")[used.start : used.stop]
    ids = [int(line.split()[0]) for line in lines if line]
    done = 0
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        urban = conn.execute("SELECT id FROM departments WHERE code = 'urban'").fetchone()[0]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            done += conn.execute(
                f"SELECT count(*) FROM cases WHERE id IN ({marks}) "
                "AND state = 'dispatched' AND department_id = ?",
                [*chunk, urban],
            ).fetchone()[0]
    return done, len(ids)


def count_errors(log: Path, start: int = 0, stop: int | None = None) -> int:
    """Unhandled errors logged by the server between two byte offsets of its log."""
    with log.open("rb") as file:
        file.seek(start)
        text = file.read(None if stop is None else stop - start).decode(errors="replace")
    return sum(1 for line in text.splitlines() if " ERROR " in line or line.startswith("ERROR:"))


def run(args: argparse.Namespace) -> dict[str, object]:
    """Every measurement; prints progress, returns the figures."""
    started = time.monotonic()
    facts = machine_facts()
    population = populate.ensure_cached(rebuild=args.rebuild)
    how = "cached" if population.reused else "built now"
    print(
        f"database: {population.cases:,} cases, {population.dispatchable:,} dispatchable, "
        f"{how} (build {population.build_seconds:.0f} s)",
        flush=True,
    )
    workdir = Path(tempfile.mkdtemp(prefix="cc-bench-run-"))
    finished = False
    server_errors = (0, 0)
    try:
        database = populate.fresh_copy(population, workdir)
        recolored, catch_up_seconds = populate.catch_up(database)
        print(f"run directory {workdir}; SLA catch-up: {recolored} cases", flush=True)
        url_db = populate.sqlite_url(database)
        ids_file = populate.quiet_dispatchable(population, database, workdir)
        # 1,000 followers need 1,000 sockets in the server too: it inherits this limit.
        feed_latency.raise_nofile(args.followers + 1024)
        # --launcher runs a script in place of `-m server.cli` (same arguments), e.g. to try a
        # change to the server before making it.
        launcher = [str(args.launcher)] if args.launcher else ["-m", "server.cli"]
        server_cmd = [
            sys.executable,
            *launcher,
            "--port",
            "0",
            "--database",
            url_db,
            "--demo",
            "--rate",
            "0",
            "--log-level",
            "warning",
        ]
        timing = {"seconds": args.seconds, "warmup": args.warmup}
        with serve(server_cmd, workdir, "server") as server:
            pid = server.process.pid
            token = sign_in(server.url)
            page = fetch(server.url, "/api/v1/cases?limit=50", token)
            (workdir / "page.json").write_bytes(page)
            print("probing list variants (one client) ...", flush=True)
            probes = http_load.probe(server.url, token)
            print("list page ...", flush=True)
            listing = http_load.scenario_list(server.url, token, workdir, pid=pid, **timing)
            print("dispatch ...", flush=True)
            dispatch, used, ok = http_load.scenario_dispatch(
                server.url, token, ids_file, 0, workdir, pid=pid, **timing
            )
            print(f"dispatch paced at {PACED_RATE:g}/s ...", flush=True)
            paced, used_paced, ok_paced = http_load.scenario_dispatch(
                server.url, token, ids_file, used.stop, workdir, pid=pid, rate=PACED_RATE, **timing
            )
            in_db, sent = verify_dispatched(database, ids_file, range(0, used_paced.stop))
            dispatched = DispatchCheck(ok + ok_paced, in_db, sent)
            feeds = []
            per_run = round(FEED_RATE * FEED_SECONDS)
            for n, followers in enumerate((1, args.followers)):
                print(f"feed latency, {followers} follower(s) ...", flush=True)
                cases = feed_latency.read_ids(ids_file, per_run, from_end=n * per_run)
                feeds.append(
                    feed_latency.run(server.url, token, cases, followers, FEED_RATE, f"feed-{n}")
                )
            measured_log = server.log.stat().st_size
            print(f"feed: 3 x {DROP_FOLLOWERS} followers hang up mid-stream ...", flush=True)
            cases = feed_latency.read_ids(ids_file, 101, from_end=2 * per_run)
            hang_up = feed_latency.run_disconnect_check(
                server.url, token, cases, DROP_FOLLOWERS, "hang-up"
            )
        server_errors = (
            count_errors(server.log, 0, measured_log),
            count_errors(server.log, measured_log),
        )
        print("static ceiling ...", flush=True)
        ceiling_cmd = [
            sys.executable,
            "-m",
            "benchmarks.ceiling_app",
            "--port",
            "0",
            "--database",
            url_db,
            "--page",
            str(workdir / "page.json"),
        ]
        with serve(ceiling_cmd, workdir, "ceiling") as ceiling_server:
            ceiling = http_load.scenario_static(
                ceiling_server.url, token, workdir, pid=ceiling_server.process.pid, **timing
            )
        elapsed = time.monotonic() - started
        figures = {
            "facts": facts,
            "database": {
                "cases": population.cases,
                "dispatchable": population.dispatchable,
                "build_seconds": population.build_seconds,
                "reused": population.reused,
                "catch_up_cases": recolored,
                "catch_up_seconds": catch_up_seconds,
            },
            "probes": probes,
            "list": asdict(listing),
            "dispatch": asdict(dispatch),
            "dispatch_paced": asdict(paced),
            "dispatch_check": asdict(dispatched),
            "ceiling": asdict(ceiling),
            "feed": [asdict(f) for f in feeds],
            "feed_survives_hang_up": {"ok": hang_up[0], "what": hang_up[1]},
            "server_log_errors": {"measurements": server_errors[0], "hang_up": server_errors[1]},
            "page_bytes": len(page),
            "elapsed_seconds": elapsed,
        }
        finished = True
    finally:
        if args.keep:
            print(f"run directory kept: {workdir}")
        else:
            # The database copy is large; the logs are kept if the run failed.
            for path in workdir.glob(populate.DB_NAME + "*"):
                path.unlink()
            if finished and not any(server_errors):
                shutil.rmtree(workdir, ignore_errors=True)
            else:
                print(f"logs kept in {workdir}", file=sys.stderr)
    report(figures, listing, dispatch, paced, ceiling, feeds, hang_up, probes, dispatched, args)
    return figures


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=http_load.SECONDS)
    parser.add_argument("--warmup", type=float, default=http_load.WARMUP)
    parser.add_argument("--followers", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--keep", action="store_true", help="keep the run directory")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument(
        "--launcher", type=Path, help="run this script instead of `python -m server.cli`"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="server (and ceiling) worker processes, CC_WORKERS (default: one per core)",
    )
    args = parser.parse_args()
    os.environ["CC_WORKERS"] = str(args.workers)  # the server and the ceiling inherit it
    figures = run(args)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=str))


if __name__ == "__main__":
    main()
