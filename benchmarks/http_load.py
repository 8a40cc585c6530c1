"""HTTP load with wrk: list page, dispatch action and the static ceiling, 32 connections.

    python -m benchmarks.http_load --url URL --token TOKEN --scenario list|dispatch|static
        [--ids FILE --first N] [--rate R] [--seconds 10] [--warmup 2] [--connections 32]

wrk (C, one thread: cheap next to a Python server on 2 cores) keeps `connections` requests in
flight for a warm-up whose figures are discarded, then for the measured duration; its Lua
scripts (wrk_*.lua beside this file) build the requests and count every response's status.
Latency percentiles are wrk's, from request written to response read. With --rate the
connections are paced so that at most R requests per second are offered (wrk_paced.lua).

Scenarios:
  list      GET /api/v1/cases?limit=50 cycling over LIST_FILTERS x PAGES real URLs (filters
            and keyset cursors taken from the server), so it is not one cached query
  dispatch  POST /api/v1/cases/{id}/actions {"action":"dispatch","version":V,
            "department":"urban"}, a different registered case and Idempotency-Key each time
  static    GET /api/v1/cases on the ceiling app (benchmarks.ceiling_app)

Also measured: CPU used meanwhile by the server, by wrk and by everything else on the machine
(other people's work on a shared box), from /proc.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.cpu_meter import CpuMeter, CpuShare

HERE = Path(__file__).resolve().parent
CONNECTIONS = 32
SECONDS = 10.0
WARMUP = 2.0
# Filters of the list mix: the default order (-id) with the filters a console uses.
LIST_FILTERS = [
    "",
    "state=registered",
    "state=dispatched&state=in_progress",
    "state=closed",
    "open=true",
    "color=red",
    "street=hongqiao",
    "channel=grid",
    "category=noise",
    "department=urban",
]
PAGES = 4
# Variants probed one at a time for the diagnostic table (not part of the load mix).
PROBE_VARIANTS = [
    *LIST_FILTERS,
    "color=yellow",
    "color=green",
    "escalation=3",
    "q=%E5%99%AA%E5%A3%B0",
    "sort=-created_at",
    "sort=-updated_at",
    "sort=due_at",
    "sort=-due_at",
    "sort=-escalation_level",
]


@dataclass
class LoadResult:
    """wrk's figures for one measured run, and the status of every response."""

    name: str
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    non2xx: int
    socket_errors: int
    timeouts: int
    replayed: int
    issued: int
    first_error: str = ""
    cpu: CpuShare = field(default_factory=CpuShare)
    offered_rate: float | None = None

    @property
    def rps(self) -> float:
        """Completed requests per second."""
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def server_cpu_ms(self) -> float:
        """Server CPU time per completed request (steadier than req/s on a shared machine)."""
        return self.cpu.server * self.seconds / self.requests * 1000 if self.requests else 0.0

    @property
    def errors(self) -> int:
        """Non-2xx responses, socket errors and timeouts (all must be 0)."""
        return self.non2xx + self.socket_errors + self.timeouts


def _script(parts: list[str], workdir: Path) -> Path:
    """The wrk script: wrk_common.lua followed by the scenario's parts."""
    text = "\n".join((HERE / name).read_text() for name in ["wrk_common.lua", *parts])
    path = workdir / ("wrk_" + "_".join(p.removeprefix("wrk_").removesuffix(".lua") for p in parts))
    path = path.with_suffix(".lua")
    path.write_text(text)
    return path


def wrk_binary() -> str:
    """The wrk executable (apt-get install -y wrk)."""
    found = shutil.which("wrk")
    if found is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk")
    return found


def run_wrk(
    name: str,
    url: str,
    script: Path,
    args: list[str],
    *,
    seconds: float,
    connections: int = CONNECTIONS,
    server_pid: int | None = None,
    rate: float | None = None,
) -> LoadResult:
    """One wrk run; its summary line parsed, with the CPU shares of the interval."""
    command = [
        wrk_binary(),
        "-t1",
        f"-c{connections}",
        f"-d{seconds:g}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        url,
        "--",
        *args,
    ]
    env = dict(os.environ)
    if rate is not None:
        env["CC_WRK_RATE"] = str(rate)
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        meter = CpuMeter(server_pid)
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=env)
        # wait4, not wait: its rusage is wrk's own CPU time.
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        cpu = meter.stop(usage.ru_utime + usage.ru_stime)
        stdout.seek(0)
        stderr.seek(0)
        out = stdout.read().decode(errors="replace")
        err = stderr.read().decode(errors="replace")
    line = next((x for x in out.splitlines() if x.startswith("WRKJSON ")), None)
    if process.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({process.returncode}): {out[-2000:]} {err[-2000:]}")
    data = json.loads(line.removeprefix("WRKJSON "))
    return LoadResult(
        name=name,
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_ms=data["p50_us"] / 1000,
        p90_ms=data["p90_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        max_ms=data["max_us"] / 1000,
        non2xx=data["non2xx"],
        socket_errors=data["connect_errors"] + data["read_errors"] + data["write_errors"],
        timeouts=data["timeouts"],
        replayed=data["replayed"],
        issued=data["issued"],
        first_error=data["first_error"],
        cpu=cpu,
        offered_rate=rate,
    )


def _get(url: str, path: str, token: str) -> tuple[int, bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    try:
        conn.request("GET", path, headers={"Authorization": f"Bearer {token}"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def list_paths(url: str, token: str) -> list[str]:
    """Real list URLs: each filter's first PAGES pages, following next_cursor."""
    paths = []
    for flt in LIST_FILTERS:
        path = "/api/v1/cases?limit=50" + (f"&{flt}" if flt else "")
        cursor = None
        for _ in range(PAGES):
            page_path = path + (f"&cursor={cursor}" if cursor else "")
            status, body = _get(url, page_path, token)
            if status != 200:
                raise RuntimeError(f"GET {page_path} answered {status}: {body[:300]!r}")
            paths.append(page_path)
            cursor = json.loads(body)["next_cursor"]
            if cursor is None:
                break
    return paths


def probe(url: str, token: str, repeat: int = 5) -> list[tuple[str, float, int]]:
    """Single-client median service time of each list variant: (query, ms, items)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
    headers = {"Authorization": f"Bearer {token}"}
    rows = []
    try:
        for variant in PROBE_VARIANTS:
            path = "/api/v1/cases?limit=50" + (f"&{variant}" if variant else "")
            times = []
            items = 0
            for attempt in range(repeat + 1):
                started = time.perf_counter()
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                body = response.read()
                if response.status != 200:
                    raise RuntimeError(f"GET {path} answered {response.status}: {body[:300]!r}")
                if attempt:  # the first is a warm-up
                    times.append((time.perf_counter() - started) * 1000)
                items = len(json.loads(body)["items"])
            rows.append((variant or "(none)", statistics.median(times), items))
    finally:
        conn.close()
    return rows


def scenario_list(
    url: str, token: str, workdir: Path, *, seconds: float, warmup: float, pid: int | None
) -> LoadResult:
    """The list page mix."""
    paths_file = workdir / "list_paths.txt"
    paths_file.write_text("\n".join(list_paths(url, token)) + "\n")
    script = _script(["wrk_get.lua"], workdir)
    args = [token, str(paths_file)]
    run_wrk("warm-up", url, script, args, seconds=warmup)
    return run_wrk("list page", url, script, args, seconds=seconds, server_pid=pid)


def scenario_static(
    url: str, token: str, workdir: Path, *, seconds: float, warmup: float, pid: int | None
) -> LoadResult:
    """The ceiling app's static page (same path as the list)."""
    paths_file = workdir / "static_paths.txt"
    paths_file.write_text("/api/v1/cases?limit=50\n")
    script = _script(["wrk_get.lua"], workdir)
    args = [token, str(paths_file)]
    run_wrk("warm-up", url, script, args, seconds=warmup)
    return run_wrk("static ceiling", url, script, args, seconds=seconds, server_pid=pid)


def scenario_dispatch(
    url: str,
    token: str,
    ids_file: Path,
    first: int,
    workdir: Path,
    *,
    seconds: float,
    warmup: float,
    pid: int | None,
    rate: float | None = None,
) -> tuple[LoadResult, range, int]:
    """Dispatch distinct registered cases.

    Returns the measured result, the id-file lines used (warm-up included) and the number of
    2xx responses (warm-up included), each of which must have dispatched its case.
    """
    parts = ["wrk_dispatch.lua"] + (["wrk_paced.lua"] if rate else [])
    script = _script(parts, workdir)
    tag = f"bench-{time.time_ns()}"
    start = first
    ok = 0
    if warmup > 0:
        warm = run_wrk(
            "warm-up",
            url,
            script,
            [token, str(ids_file), str(start), "1", tag + "-w"],
            seconds=warmup,
            rate=rate,
        )
        if warm.errors:
            raise RuntimeError(f"dispatch warm-up failed: {warm.first_error}")
        start += warm.issued
        ok += warm.requests - warm.non2xx
    name = "dispatch" if rate is None else f"dispatch at {rate:g}/s"
    result = run_wrk(
        name,
        url,
        script,
        [token, str(ids_file), str(start), "1", tag],
        seconds=seconds,
        server_pid=pid,
        rate=rate,
    )
    ok += result.requests - result.non2xx
    return result, range(first, start + result.issued), ok


def main() -> None:
    """Run one scenario against a running server and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--scenario", choices=["list", "dispatch", "static"], required=True)
    parser.add_argument("--ids", type=Path, help="dispatch: the 'id version' file")
    parser.add_argument("--first", type=int, default=0, help="dispatch: first line to use")
    parser.add_argument("--rate", type=float, help="offered requests per second (paced)")
    parser.add_argument("--seconds", type=float, default=SECONDS)
    parser.add_argument("--warmup", type=float, default=WARMUP)
    parser.add_argument("--pid", type=int, help="server pid, for its CPU share")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cc-load-") as tmp:
        workdir = Path(tmp)
        common = {"seconds": args.seconds, "warmup": args.warmup, "pid": args.pid}
        if args.scenario == "list":
            result = scenario_list(args.url, args.token, workdir, **common)
        elif args.scenario == "static":
            result = scenario_static(args.url, args.token, workdir, **common)
        else:
            if args.ids is None:
                parser.error("--ids is required for dispatch")
            result, used, _ = scenario_dispatch(
                args.url, args.token, args.ids, args.first, workdir, rate=args.rate, **common
            )
            print(f"id-file lines used: {used.start}..{used.stop - 1}")
    print(
        f"{result.name}: {result.rps:.0f} req/s, p50 {result.p50_ms:.1f} ms, "
        f"p99 {result.p99_ms:.1f} ms, errors {result.errors} {result.first_error}; "
        f"server cpu {result.server_cpu_ms:.2f} ms/request, cores server/wrk/others "
        f"{result.cpu.server:.2f}/{result.cpu.loadgen:.2f}/{result.cpu.others:.2f}"
    )


if __name__ == "__main__":
    main()
