"""Drill isolation, on SQLite and PostgreSQL: a full drill run (injects, trainees' actions,
scripted departments, the ladder on the drill clock) leaves everything live as it was: a duty
officer's list, summary and feed, a department's queue, the supervisor's KPIs and 督办 board,
Open311, and the live cases themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.background import Scheduler
from server.config import Settings
from server.models import FeedHead
from server.state import AppState
from tests.server.test_drills_run import Drill
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
# The real day of the test's clock, and the drill's simulated day.
PERIODS = [
    {"from": "2026-12-07T00:00:00+08:00", "to": "2026-12-08T00:00:00+08:00"},
    {"from": "2026-06-12T00:00:00+08:00", "to": "2026-06-13T00:00:00+08:00"},
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if request.param == "sqlite":
        return demo_settings(tmp_path)
    return demo_settings(tmp_path, database_url=str(request.getfixturevalue("postgres_url")))


def head(state: AppState) -> int:
    with state.db.read() as session:
        found = session.get(FeedHead, 1)
        assert found is not None
        return found.last_seq


def events(client: TestClient, headers: dict[str, str], after: int) -> list[dict[str, Any]]:
    """Every event after `after` this reader is shown, page by page."""
    seen: list[dict[str, Any]] = []
    while True:
        page = client.get(
            "/api/v1/events", params={"after": after, "wait": 0, "limit": 500}, headers=headers
        ).json()
        assert "events" in page, page
        seen += page["events"]
        if page["last_seq"] == after:
            return seen
        after = page["last_seq"]


def live_view(client: TestClient, headers: Headers, mark: int) -> dict[str, Any]:
    """Everything live the center sees, as its people and Open311 clients read it."""

    def get(user: str, path: str, **params: Any) -> Any:
        response = client.get(path, params=params, headers=headers(user))
        assert response.status_code == 200, (path, response.text)
        return response.json()

    def page(user: str) -> Any:
        # feed_seq moves on with every event, drill ones too: a follower skips those.
        return {k: v for k, v in get(user, "/api/v1/cases", limit=500).items() if k != "feed_seq"}

    board = get("supervisor", "/api/v1/supervision")
    board.pop("now")  # the board says when it was read
    return {
        "list": page("duty_officer"),
        "summary": get("duty_officer", "/api/v1/cases/summary"),
        "feed": events(client, headers("duty_officer"), mark),
        "water_queue": page("dept_water"),
        "ecology_feed": events(client, headers("dept_ecology"), mark),
        "kpis": [get("supervisor", "/api/v1/kpis", by="department", **p) for p in PERIODS],
        "supervision": board,
        "open311": client.get("/open311/v2/requests.json").json(),
    }


def test_a_full_drill_run_changes_nothing_live(
    client: TestClient, state: AppState, headers: Headers, act: Callable[..., Any]
) -> None:
    drill = Drill(client, state, ("t1",))
    officer = headers("duty_officer")
    mark = head(state)
    made = []
    for title, category in (("河面漂浮物", "river_debris"), ("餐馆排污", "water_pollution")):
        response = client.post(
            "/api/v1/cases",
            json={"channel": "hotline_12345", "category": category, "title": title},
            headers=officer,
        )
        assert response.status_code == 201
        made.append(response.json())
    registered = act("duty_officer", made[0], "register").json()
    assert act("duty_officer", registered, "dispatch", department="water").status_code == 200
    before = live_view(client, headers, mark)

    drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)
    drill.at(3)
    drill.act("t1", "call-debris", "register")
    drill.act("t1", "call-debris", "dispatch", department="water")
    drill.at(13)
    drill.merge("t1", "grid-debris", "call-debris")
    drill.act("t1", "call-sewage", "register")
    drill.act("t1", "call-sewage", "dispatch", department="ecology")
    drill.at(40)
    Scheduler(state).tick()  # the live ladder runs meanwhile, on the real clock
    drill.at(200)
    drill.post("/stop")
    Scheduler(state).tick()
    report = drill.get("/report")
    assert report["timeline"], "the drill did happen"
    [photo] = drill.case_of("call-debris")["attachments"]  # water resolved with its photo
    assert client.get(f"/api/v1/attachments/{photo['id']}", headers=officer).status_code == 404
    trainer_feed = events(client, drill.headers["trainer"], mark)
    assert {e["case_id"] for e in trainer_feed} >= {
        i["case_id"] for i in drill.run["injects"] if i["case_id"]
    }, "the trainer follows the drill in the feed"

    assert live_view(client, headers, mark) == before
