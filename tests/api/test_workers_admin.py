"""Administration with `cc-server --workers 2`: a calendar entry or an SLA rule version
published through one worker is what the other worker counts on, within seconds."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from server.services.workcalendar import SHANGHAI
from tests.api.test_workers import registered_cases, sessions_on_both_workers, start
from tests.support.live_server import LiveServer

WITHIN_SECONDS = 15.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    directory = tmp_path_factory.mktemp("workers-admin")
    live = start(f"sqlite:///{directory / 'cc.db'}", directory)
    yield live
    live.stop()


def eventually(check: Callable[[], Any]) -> Any:
    """The first truthy answer of `check`, polled for a bounded time."""
    deadline = time.monotonic() + WITHIN_SECONDS
    while True:
        found = check()
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def test_the_other_worker_counts_on_a_new_calendar_and_rule_version(server: LiveServer) -> None:
    sessions = sessions_on_both_workers(server)
    pids = sorted({pid for _, pid in sessions})
    on = {pid: next(s for s, p in sessions if p == pid) for pid in pids}
    writer, reader = on[pids[0]], on[pids[1]]
    admin, officer = server.headers("admin"), server.headers("duty_officer")
    [case] = registered_cases(server, officer, 1)

    def preview() -> dict[str, Any]:
        response = reader.get(
            f"{server.url}/api/v1/cases/{case['id']}/deadline",
            params={"action": "dispatch"},
            headers=officer,
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return response.json()

    # A month of holidays from today: a sign clock started now ends after it.
    first = datetime.now(SHANGHAI).date()
    last = first + timedelta(days=30)
    notice = f"{first.isoformat()}..{last.isoformat()},holiday,测试\n".encode()
    imported = writer.post(
        f"{server.url}/api/v1/calendar/import",
        data=notice,
        headers={**admin, "Content-Type": "text/csv"},
        timeout=60,
    )
    assert imported.status_code == 200, imported.text

    def after_the_month() -> bool:
        due = preview()["due_at"]
        return date.fromisoformat(due[:10]) > last

    assert eventually(after_the_month), preview()

    rules = writer.get(f"{server.url}/api/v1/sla-rules", headers=admin, timeout=30).json()
    for rule in rules["rules"]:
        if (rule["category"], rule["category_kind"], rule["urgency"], rule["step"]) == (
            None,
            None,
            "normal",
            "sign",
        ):
            rule["minutes"] = 900
    body = {"version": rules["version"], "warn_ratio": 0.5, "note": "", "rules": rules["rules"]}
    published = writer.put(f"{server.url}/api/v1/sla-rules", json=body, headers=admin, timeout=30)
    assert published.status_code == 200, published.text
    assert eventually(lambda: preview()["limit_min"] == 900), preview()

    # And a dispatch through the other worker starts its clock on both. (The calendar moved
    # the case's dispatch clock: a new version, with its calendar_changed record.)
    current = reader.get(f"{server.url}/api/v1/cases/{case['id']}", headers=officer, timeout=30)
    assert current.json()["version"] == case["version"] + 1
    assert current.json()["history"][-1]["action"] == "calendar_changed"
    dispatched = reader.post(
        f"{server.url}/api/v1/cases/{case['id']}/actions",
        json={"action": "dispatch", "version": current.json()["version"], "department": "urban"},
        headers={**officer, "Idempotency-Key": f"workers-admin-{case['id']}"},
        timeout=30,
    )
    assert dispatched.status_code == 200, dispatched.text
    moved = dispatched.json()
    assert moved["sla_rule_version"] == published.json()["version"]
    assert date.fromisoformat(moved["due_at"][:10]) > last
