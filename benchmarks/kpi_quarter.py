"""The 督考 table's server time for a quarter, on the 100,000-case benchmark database.

    python -m benchmarks.kpi_quarter [--repeat 7] [--database FILE]

Uses the populated database of `benchmarks.populate` (cached; a copy is made for the run,
since the server may migrate it) and the server's own app in this process (no network, no
other client): each figure is the time of `GET /api/v1/kpis` from request to answer, the
median of `--repeat` runs after one warm-up, by department and by street.

Periods, ending at the database's anchor (its "now"):

  quarter       the last 92 days: about a quarter of the database's year of cases
  100k cases    the last 366 days: every one of the 100,000 cases in one table (a quarter
                as busy as the whole year), the figure the target is set for

Target (issue #16): ≤ 1 s server time for the KPI page of a quarter of 100,000 cases.
Asserts nothing. The figures are CPU-bound on one core, so the load of the machine inflates
the wall-clock median; the CPU seconds (median, this process) show the time on an idle core.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fastapi.testclient import TestClient  # noqa: E402

from benchmarks.populate import (  # noqa: E402
    Population,
    ensure_cached,
    fresh_copy,
    sqlite_url,
)
from server.app import create_app  # noqa: E402
from server.config import Settings  # noqa: E402
from tests.support.clock import SettableClock  # noqa: E402

TARGET_SECONDS = 1.0
PERIODS = (("quarter", 92), ("100k cases", 366))


def sign_in(client: TestClient) -> dict[str, str]:
    """A supervisor's bearer token (the demo users)."""
    response = client.post(
        "/api/v1/auth/token", data={"username": "supervisor", "password": "demo"}
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def time_table(
    client: TestClient, headers: dict[str, str], params: dict[str, str]
) -> tuple[float, float]:
    """One request's (wall, CPU) seconds, from sending to the whole answer read."""
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get("/api/v1/kpis", params=params, headers=headers)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    response.raise_for_status()
    return seconds, cpu_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database", type=Path, help="a populated database (default: cache)")
    args = parser.parse_args()
    population = ensure_cached()
    scratch = Path(tempfile.mkdtemp(prefix="kpi-quarter-"))
    try:
        database = args.database or fresh_copy(population, scratch)
        run(population, database, scratch, args.repeat)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # the copy (about 200 MB)


def run(population: Population, database: Path, scratch: Path, repeat: int) -> None:
    """Time the table on `database` and print the figures."""
    settings = Settings(
        database_url=sqlite_url(database), demo=True, simulator_rate=0, data_dir=str(scratch)
    )
    app = create_app(settings, background=False)
    with TestClient(app) as client:
        app.state.cc.clock = SettableClock(population.anchor)
        headers = sign_in(client)
        cases_counted = {}
        load = os.getloadavg()[0]
        print(f"database {database} ({population.cases:,} cases), anchor "
              f"{population.anchor.isoformat()}, load average {load:.1f}")  # fmt: skip
        print(f"{'period':<12} {'by':<11} {'cases':>8} {'median s':>9} {'max s':>7} "
              f"{'CPU s':>7} {'target s':>9}  ok")  # fmt: skip
        for name, days in PERIODS:
            since = population.anchor - timedelta(days=days)
            params = {"from": since.isoformat(), "to": population.anchor.isoformat()}
            for by in ("department", "street"):
                asked = {**params, "by": by}
                body = client.get("/api/v1/kpis", params=asked, headers=headers).json()
                cases_counted[name] = body["totals"]["intake"]  # and the warm-up
                runs = [time_table(client, headers, asked) for _ in range(repeat)]
                times = [wall for wall, _cpu in runs]
                median = statistics.median(times)
                cpu = statistics.median(cpu for _wall, cpu in runs)
                ok = "yes" if median <= TARGET_SECONDS else "NO"
                print(f"{name:<12} {by:<11} {cases_counted[name]:>8,} {median:>9.3f} "
                      f"{max(times):>7.3f} {cpu:>7.3f} {TARGET_SECONDS:>9.1f}  {ok}")  # fmt: skip


if __name__ == "__main__":
    main()
