"""The guard of "no test depends on the day or hour it runs": the demo seed and the routes
read the app's clock (`AppState.clock`), never the wall clock, so a test chooses its moment.

The demo backlog laid out around awkward instants of Shanghai time (Monday 00:10, New Year's
Eve 23:50, a public holiday, a Saturday noon) has the same layout relative to that instant:
the same states and colors, every case of the ten days before it, every color what its
deadlines say at that instant. A route dates what it writes, and checks a token, by the same
clock. That the suites themselves hold at those instants is shown by running them under
libfaketime: `python -m tests.support.at_moment "2026-12-14 00:10" .venv/bin/pytest …`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.app import create_app
from server.cli import parse_args
from server.demo.backlog import seed_backlog
from server.demo.clock import ShiftedClock, parse_instant
from server.demo.timeline import WINDOW
from server.models import Case, CaseAction
from server.services.attachments import recover_uploads
from server.services.lifecycle import OPEN_STATES
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.support.clock import SettableClock
from tests.support.factories import case_body, demo_settings, new_key
from tests.support.template_db import Templates

MOMENTS = {
    "monday-0010": datetime(2026, 12, 14, 0, 10, tzinfo=SHANGHAI),
    "new-years-eve-2350": datetime(2026, 12, 31, 23, 50, tzinfo=SHANGHAI),
    "national-day-1000": datetime(2026, 10, 1, 10, 0, tzinfo=SHANGHAI),
    "saturday-noon": datetime(2026, 12, 12, 12, 0, tzinfo=SHANGHAI),
}
BACKLOG = 120


@contextmanager
def app_state(folder: Path, db_templates: Templates) -> Iterator[AppState]:
    """The state of an app on a fresh copy of the session's template database in `folder`."""
    folder.mkdir()
    settings = demo_settings(folder)
    copied = db_templates.fill(settings)
    state: AppState = create_app(settings, background=False, prepare=not copied).state.cc
    recover_uploads(state.db, settings)
    try:
        yield state
    finally:
        state.db.dispose()


def seeded_layout(state: AppState, now: datetime) -> Counter[tuple[str, str | None]]:
    """The backlog seeded with the app's clock standing at `now`: how many cases of each
    state and running color, once checked to be laid out around `now`."""
    state.clock = SettableClock(now)
    assert seed_backlog(state, count=BACKLOG, seed=5) == BACKLOG
    with state.db.read() as session:
        cases = list(session.scalars(select(Case)))
        latest = session.scalar(select(func.max(CaseAction.created_at)))
        session.expunge_all()
    assert latest is not None and latest <= now
    for case in cases:
        assert now - WINDOW <= case.created_at <= now, case.id
        if case.state in OPEN_STATES and case.sla_paused_at is None and case.due_at:
            # The color its deadlines give at `now` (the ladder ran at that instant).
            assert case.warn_at is not None
            expected = "red" if now >= case.due_at else "yellow" if now >= case.warn_at else "green"
            assert case.color == expected, (case.id, case.state, case.warn_at, case.due_at)
    # A paused clock (parked) keeps the color it had when it stopped: no part of the layout.
    return Counter((c.state, None if c.sla_paused_at else c.color) for c in cases)


def test_the_demo_backlog_is_laid_out_around_the_clock_not_the_wall_clock(
    tmp_path: Path, db_templates: Templates
) -> None:
    layouts = {}
    for name, moment in MOMENTS.items():
        with app_state(tmp_path / name, db_templates) as state:
            layouts[name] = seeded_layout(state, moment)
    first = layouts["monday-0010"]
    assert {color for _, color in first} == {"green", "yellow", "red", None}
    for name, layout in layouts.items():
        assert layout == first, name


def test_the_routes_date_and_check_tokens_by_the_app_clock(
    client: TestClient, state: AppState, headers: Callable[[str], dict[str, str]]
) -> None:
    moment = MOMENTS["new-years-eve-2350"]
    clock = SettableClock(moment)
    state.clock = clock
    officer = headers("duty_officer")  # a token issued at the moment
    sent = {**officer, "Idempotency-Key": new_key()}
    created = client.post("/api/v1/cases", json=case_body(), headers=sent)
    assert created.status_code == 201, created.text
    case = created.json()
    assert datetime.fromisoformat(case["created_at"]) == moment
    assert datetime.fromisoformat(case["due_at"]) > moment
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=officer).json()
    assert [datetime.fromisoformat(e["at"]) for e in detail["history"]] == [moment]
    feed = client.get("/api/v1/events", params={"after": 0}, headers=officer).json()
    created_event = next(e for e in feed["events"] if e.get("case_id") == case["id"])
    assert datetime.fromisoformat(created_event["at"]) == moment

    # Into the new year by the app's clock: the action is dated then, the token still good.
    clock.advance(timedelta(minutes=20))
    body = {"action": "register", "version": case["version"]}
    registered = client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json=body,
        headers={**officer, "Idempotency-Key": new_key()},
    )
    assert registered.status_code == 200, registered.text
    assert datetime.fromisoformat(registered.json()["updated_at"]) == moment + timedelta(minutes=20)
    # Past the token's lifetime by the app's clock (not the wall clock): signed out.
    clock.advance(timedelta(minutes=state.settings.token_minutes))
    assert client.get("/api/v1/cases", headers=officer).status_code == 401


def test_a_shifted_clock_reads_its_instant_and_runs_on() -> None:
    start = MOMENTS["monday-0010"]
    clock = ShiftedClock.reading(start)
    first = clock()
    assert first.tzinfo is UTC
    assert timedelta(0) <= first - start < timedelta(seconds=5)
    assert clock() >= first
    with pytest.raises(ValueError):
        ShiftedClock.reading(datetime(2026, 12, 14, 0, 10))  # noqa: DTZ001 - naive on purpose
    # The same offset is the same clock in every process it is handed to.
    assert abs(ShiftedClock(clock.offset)() - clock()) < timedelta(seconds=1)


def test_now_on_the_command_line_needs_an_offset() -> None:
    assert parse_instant("2026-12-14T00:10+08:00") == MOMENTS["monday-0010"]
    assert parse_args(["--now", "2026-12-13T16:10Z"]).now == MOMENTS["monday-0010"]
    assert parse_args([]).now is None
    with pytest.raises(ValueError, match="offset"):
        parse_instant("2026-12-14T00:10")
    with pytest.raises(SystemExit):
        parse_args(["--now", "2026-12-14T00:10"])


@pytest.mark.skipif(shutil.which("faketime") is None, reason="libfaketime is not installed")
@pytest.mark.skipif("FAKETIME" in os.environ, reason="already run at a moment: runs do not nest")
def test_the_moment_runner_moves_the_clock_of_every_process() -> None:
    """tests/support/at_moment.py: the command and its children read the moment; sleeps and
    timed waits still work (the real monotonic clock)."""
    child = (
        "import datetime, subprocess, sys, threading, time; time.sleep(0.01); "
        "threading.Event().wait(0.01); print(datetime.datetime.now(datetime.UTC).isoformat()); "
        "print(subprocess.run([sys.executable, '-c', 'import time; print(time.time())'], "
        "capture_output=True, text=True, check=True).stdout)"
    )
    moment = MOMENTS["new-years-eve-2350"]
    run = subprocess.run(
        [sys.executable, "-m", "tests.support.at_moment", moment.isoformat(), sys.executable,
         "-c", child],
        capture_output=True, text=True, timeout=60, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    own, grandchild = run.stdout.split()
    assert abs(datetime.fromisoformat(own) - moment) < timedelta(seconds=30)
    assert abs(float(grandchild) - moment.timestamp()) < 30
