"""The time to apply a calendar change over 10,000 open cases, end to end through the API.

    python -m benchmarks.calendar_change [--cases 10000] [--repeat 3] [--database URL]

Builds a database with `--cases` open cases whose handling clocks (13 working days, started
over the two weeks before New Year) all count 2027-01-01, with the server's own services
(`cases.create_case`, `SlaClock.start_step`), then starts a real cc-server on it (demo users,
no backlog, no simulator, the SLA scheduler running) and times, as an administrator's
console sends them:

  set       PUT /api/v1/calendar/days/2027-01-01 holiday: every clock moves a working day
  delete    DELETE the same day: every clock moves back
  import    POST /api/v1/calendar/import of a notice (元旦, the Spring Festival week
            2027-02-06..14 and a make-up Saturday): the clocks that reach them move

Each change is made `--repeat` times (set and delete alternate); the median and the largest
are printed with the clocks moved, and the server's CPU seconds over the run. Every moved
case gets its audit record and feed event inside the timed request: the figure is the whole
change. Asserts nothing; the target is "seconds" (issue #12) for a change of 1,000 or more.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from server.app import build_state  # noqa: E402
from server.config import Settings  # noqa: E402
from server.schemas.case import CaseCreate  # noqa: E402
from server.services import cases  # noqa: E402
from server.services.lifecycle import Actor  # noqa: E402
from server.services.workcalendar import SHANGHAI  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402

OFFICER = Actor(user_id=None, name="值班员(基准)", role="duty_officer")
FIRST_START = datetime(2026, 12, 14, 9, 0, tzinfo=SHANGHAI)
SPREAD = timedelta(days=14)
NOTICE = "2027-01-01,holiday,元旦\n2027-02-06..2027-02-14,holiday,春节\n2027-02-20,workday,春节\n"
NOTICE_DAYS = ["2027-01-01", *(f"2027-02-{day:02d}" for day in (*range(6, 15), 20))]


def populate(url: str, count: int) -> None:
    """`count` open cases in their handling step, started over the two weeks before 2027."""
    state = build_state(Settings(database_url=url, demo=True, simulator_rate=0))
    ref, sla = state.reference.get(), state.sla
    categories = [c.code for c in ref.categories.values()]
    step = SPREAD / count
    for first in range(0, count, 1000):
        with state.db.write() as session:
            for n in range(first, min(count, first + 1000)):
                started = FIRST_START + step * n
                data = CaseCreate(
                    channel="hotline_12345",
                    category=categories[n % len(categories)],
                    title=f"基准案件 {n}",
                )
                case = cases.create_case(
                    session, data=data, actor=OFFICER, ref=ref, sla=sla, now=started
                )
                case.state = "in_progress"
                sla.start_step(ref, case, "handle", started)
    state.db.dispose()


def timed(send: requests.Session, method: str, url: str, **kwargs: object) -> tuple[float, int]:
    """Seconds the request took and the clocks it moved."""
    began = time.perf_counter()
    response = send.request(method, url, timeout=600, **kwargs)  # type: ignore[arg-type]
    seconds = time.perf_counter() - began
    response.raise_for_status()
    return seconds, int(response.json()["moved"])


def server_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--database", help="a PostgreSQL URL (default: a new SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cc-bench-calendar-") as folder:
        url = args.database or f"sqlite:///{Path(folder) / 'cc.db'}"
        began = time.perf_counter()
        populate(url, args.cases)
        built = time.perf_counter() - began
        print(f"{args.cases} open cases built in {built:.1f} s ({url.split(':')[0]})")
        server = LiveServer(url, demo=True, rate=0, log_path=Path(folder) / "server.log",
                            env={"CC_DEMO_BACKLOG": "0"})  # fmt: skip
        server.start()
        try:
            run(server, args.repeat)
        finally:
            server.stop()


def run(server: LiveServer, repeat: int) -> None:
    send = requests.Session()
    send.headers.update(server.headers("admin"))
    day = f"{server.url}/api/v1/calendar/days/2027-01-01"
    assert server.process is not None
    pid = server.process.pid
    cpu_before = server_cpu(pid)
    figures: dict[str, list[tuple[float, int]]] = {"set": [], "delete": [], "import": []}
    for _ in range(repeat):
        figures["set"].append(timed(send, "PUT", day, json={"kind": "holiday", "name": "元旦"}))
        figures["delete"].append(timed(send, "DELETE", day))
    for _ in range(repeat):
        figures["import"].append(
            timed(
                send,
                "POST",
                f"{server.url}/api/v1/calendar/import",
                data=NOTICE.encode(),
                headers={"Content-Type": "text/csv"},
            )  # fmt: skip
        )
        for entered in NOTICE_DAYS:  # back to the library's answer, not timed
            timed(send, "DELETE", f"{server.url}/api/v1/calendar/days/{entered}")
    cpu = server_cpu(pid) - cpu_before
    print(f"{'change':<8} {'clocks moved':>12} {'median s':>9} {'max s':>7} {'ms / clock':>10}")
    for name, runs in figures.items():
        seconds = [s for s, _ in runs]
        moved = max(m for _, m in runs)
        median = statistics.median(seconds)
        per_clock = f"{1000 * median / moved:.2f}" if moved else "—"
        print(f"{name:<8} {moved:>12} {median:>9.2f} {max(seconds):>7.2f} {per_clock:>10}")
    print(f"server CPU over the {3 * repeat} changes: {cpu:.1f} s")


if __name__ == "__main__":
    main()
