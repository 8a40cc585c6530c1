"""Who steers a drill run, and how consoles hear of it (issue #17): every change of a run is a
`drill.run` event on trainers' feeds (a trainee's console enters the run at once) and on no
live reader's; `GET /drills/trainees` lists the accounts a run may name; a trainee of a run
may not pause, resume, speed up, stop or reset it, act for its departments, nor start runs
while it is on (403 `forbidden_role`, kind drill-trainee), while its trainer may, and so may
a trainer who practises alone in a run of his own.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from server.config import Settings
from server.models import FeedHead, User
from server.schemas.drill_events import DrillRunEventOut
from server.state import AppState
from tests.server.conftest import new_key
from tests.server.test_drills_run import Drill, add_trainee
from tests.support.factories import bearer_headers, demo_settings

Json = dict[str, Any]


@pytest.fixture
def settings(tmp_path: Any) -> Settings:
    return demo_settings(tmp_path)


@pytest.fixture
def drill(client: TestClient, state: AppState) -> Drill:
    return Drill(client, state, ("t1", "t2"))


def head(state: AppState) -> int:
    with state.db.read() as session:
        found = session.get(FeedHead, 1)
        assert found is not None
        return found.last_seq


def feed_of(client: TestClient, headers: dict[str, str], after: int) -> list[Json]:
    """Every event after `after` this reader is shown."""
    seen: list[Json] = []
    while True:
        page = client.get(
            "/api/v1/events", params={"after": after, "wait": 0, "limit": 500}, headers=headers
        ).json()
        assert "events" in page, page
        seen += page["events"]
        if page["last_seq"] == after:
            return seen
        after = page["last_seq"]


def run_events(events: list[Json]) -> list[tuple[int, str]]:
    """(run id, status) of each drill.run event, in order, each checked against its model."""
    found: list[tuple[int, str]] = []
    for event in events:
        if event["type"] == "drill.run":
            checked = DrillRunEventOut.model_validate(event)
            found.append((checked.run.id, checked.run.status))
    return found


def refused(response: Any) -> None:
    assert response.status_code == 403, response.text
    body = response.json()
    assert body["code"] == "forbidden_role", body
    assert body["type"].endswith("/drill-trainee"), body


def steer(drill: Drill, user: str, path: str, body: Json | None = None) -> Any:
    return drill.client.post(
        f"/api/v1/drills/runs/{drill.run['id']}{path}", json=body, headers=drill.headers[user]
    )


def test_every_change_of_a_run_reaches_trainers_feeds_and_no_live_one(drill: Drill) -> None:
    client, officer = drill.client, bearer_headers(drill.client, "duty_officer")
    mark = head(drill.state)
    first = drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)["id"]
    assert steer(drill, "trainer", "/pause").status_code == 200
    assert steer(drill, "trainer", "/resume").status_code == 200
    assert steer(drill, "trainer", "/speed", {"speed": 2}).status_code == 200
    reset = steer(drill, "trainer", "/reset")
    assert reset.status_code == 201, reset.text
    second = reset.json()["id"]
    drill.run = reset.json()
    assert steer(drill, "trainer", "/stop").status_code == 200
    expected = [
        (first, "running"),
        (first, "paused"),
        (first, "running"),
        (first, "running"),  # the new speed
        (first, "stopped"),  # reset: the old run ends …
        (second, "running"),  # … and the new one starts
        (second, "stopped"),
    ]
    trainee_feed = feed_of(client, drill.headers["t1"], mark)
    assert run_events(trainee_feed) == expected
    speeds = [e["run"]["clock"]["speed"] for e in trainee_feed if e["type"] == "drill.run"]
    assert speeds[:4] == [5.0, 5.0, 5.0, 2.0]
    assert run_events(feed_of(client, drill.headers["t2"], mark)) == expected  # any trainer's
    for live in ("duty_officer", "supervisor", "dept_ecology", "admin"):
        headers = officer if live == "duty_officer" else bearer_headers(client, live)
        assert run_events(feed_of(client, headers, mark)) == [], live
    # A refused change says nothing.
    mark = head(drill.state)
    assert steer(drill, "trainer", "/pause").status_code == 422  # stopped already
    assert run_events(feed_of(client, drill.headers["t1"], mark)) == []


def test_the_trainees_are_the_active_drill_accounts(drill: Drill) -> None:
    add_trainee(drill.state, "t3")
    with drill.state.db.write() as session:
        session.execute(update(User).where(User.username == "t3").values(active=False))
    response = drill.client.get("/api/v1/drills/trainees", headers=drill.headers["trainer"])
    assert response.status_code == 200, response.text
    trainees = response.json()["trainees"]
    assert [t["username"] for t in trainees] == ["t1", "t2", "trainer"]
    assert trainees[0] == {"username": "t1", "display_name": "学员t1"}
    with drill.state.db.read() as session:
        demo = session.scalar(select(User.display_name).where(User.username == "trainer"))
    assert trainees[2]["display_name"] == demo
    for other in ("duty_officer", "supervisor", "admin"):
        headers = bearer_headers(drill.client, other)
        answer = drill.client.get("/api/v1/drills/trainees", headers=headers)
        assert answer.status_code == 403, other
    # Every account listed may be named in a run.
    names = [t["username"] for t in trainees]
    assert drill.start(scenario="haohe_morning", trainees=names, speed=5)["trainees"] == names


def test_a_trainee_may_not_steer_the_run_it_is_in(drill: Drill) -> None:
    drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)
    mark = head(drill.state)
    refused(steer(drill, "t1", "/pause"))
    refused(steer(drill, "t1", "/speed", {"speed": 1}))
    refused(steer(drill, "t1", "/stop"))
    refused(steer(drill, "t1", "/reset"))
    assert drill.state_now()["status"] == "running" and drill.run["clock"]["speed"] == 5.0
    assert steer(drill, "trainer", "/pause").status_code == 200
    refused(steer(drill, "t1", "/resume"))
    assert drill.state_now()["status"] == "paused"
    events = run_events(feed_of(drill.client, drill.headers["trainer"], mark))
    assert events == [(drill.run["id"], "paused")], "only the trainer's change was announced"
    # Another run's trainee, not in this one, may (trainees are trainers' accounts too).
    assert steer(drill, "t2", "/resume").status_code == 200


def test_a_trainee_may_not_act_for_the_departments_of_its_run(drill: Drill) -> None:
    drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)
    drill.at(13)
    drill.act("t1", "call-sewage", "register")
    drill.act("t1", "call-sewage", "dispatch", department="ecology")
    case = drill.case_of("call-sewage")
    for role in ("department", "supervisor"):
        response = drill.client.post(
            f"/api/v1/drills/cases/{case['id']}/actions",
            params={"role": role},
            json={"action": "sign", "version": case["version"]},
            headers={**drill.headers["t1"], "Idempotency-Key": new_key()},
        )
        refused(response)
    assert drill.case_of("call-sewage")["state"] == "dispatched"
    signed = drill.client.post(
        f"/api/v1/drills/cases/{case['id']}/actions",
        json={"action": "sign", "version": case["version"]},
        headers={**drill.headers["trainer"], "Idempotency-Key": new_key()},
    )
    assert signed.status_code == 200, signed.text


def test_a_trainee_in_a_live_run_starts_none_and_a_trainer_alone_steers_his_own(
    drill: Drill,
) -> None:
    drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)
    body = {"scenario": "typhoon_night", "trainees": ["t2"], "speed": 5}
    refused(drill.client.post("/api/v1/drills/runs", json=body, headers=drill.headers["t1"]))
    assert steer(drill, "trainer", "/stop").status_code == 200
    # The run over, t1 is a trainer like any other: he starts one and practises in it alone.
    own = drill.client.post(
        "/api/v1/drills/runs",
        json={"scenario": "typhoon_night", "trainees": ["t1"], "speed": 5},
        headers=drill.headers["t1"],
    )
    assert own.status_code == 201, own.text
    drill.run = own.json()
    assert steer(drill, "t1", "/pause").status_code == 200
    assert steer(drill, "t1", "/reset").status_code == 201


def test_the_refusal_names_the_run(drill: Drill) -> None:
    drill.start(scenario="haohe_morning", trainees=["t1", "t2"], speed=5)
    response = steer(drill, "t2", "/stop")
    refused(response)
    assert response.json()["run_id"] == drill.run["id"]
    assert str(drill.run["id"]) in response.json()["detail"]
