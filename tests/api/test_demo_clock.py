"""A live cc-server told the time (`cc-server --now`, `LiveServer(now=…)`): its demo backlog,
its answers and its feed follow that clock, not the wall clock, so a test of a live server
chooses its moment (here New Year's Eve, 23:50 in Shanghai, whatever the day it runs)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import requests

from server.demo.timeline import WINDOW
from server.services.workcalendar import SHANGHAI
from tests.support.factories import case_body, new_key
from tests.support.live_server import LiveServer

MOMENT = datetime(2026, 12, 31, 23, 50, tzinfo=SHANGHAI)


def test_a_live_server_runs_at_the_instant_it_is_given(tmp_path: Path) -> None:
    began = time.monotonic()
    server = LiveServer(
        f"sqlite:///{tmp_path / 'cc.db'}",
        demo=True,
        rate=0,
        env={"CC_DEMO_BACKLOG": "40"},
        log_path=tmp_path / "cc-server.log",
        now=MOMENT,
    ).start()
    try:
        officer = server.headers("duty_officer")
        created = requests.post(
            f"{server.url}/api/v1/cases",
            json=case_body(),
            headers={**officer, "Idempotency-Key": new_key()},
            timeout=30,
        )
        assert created.status_code == 201, created.text
        # The server's clock has run at most as long as the test since it read MOMENT.
        latest = MOMENT + timedelta(seconds=time.monotonic() - began)
        assert MOMENT <= datetime.fromisoformat(created.json()["created_at"]) <= latest

        page = requests.get(
            f"{server.url}/api/v1/cases", params={"limit": 100}, headers=officer, timeout=30
        ).json()
        assert len(page["items"]) == 41
        for case in page["items"]:
            assert MOMENT - WINDOW <= datetime.fromisoformat(case["created_at"]) <= latest
        feed = requests.get(
            f"{server.url}/api/v1/events", params={"after": 0}, headers=officer, timeout=30
        ).json()
        assert feed["events"]
        assert all(datetime.fromisoformat(e["at"]) <= latest for e in feed["events"])
    finally:
        server.stop()
