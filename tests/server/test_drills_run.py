"""Drill runs end to end: a scenario on a 5× clock with scripted departments, every inject
reaching its expected state; the drill clock (pause, speed, a simulated start); drill
numbering; a trainer acting for a department; and a hand-computed score.

The real clock is a SettableClock the test moves; the run is brought up to its drill clock
by the routes themselves (as the DrillDriver thread does every half second).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.config import Settings
from server.drills.driver import DrillDriver
from server.models import Case, CaseAction, User
from server.routes import drill_scenarios as drill_scenario_routes
from server.routes import drills as drill_routes
from server.services.auth import hash_password
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.support.clock import SettableClock
from tests.support.factories import bearer_headers, demo_settings

REAL_START = datetime(2026, 12, 7, 9, 0, tzinfo=SHANGHAI)  # the real Monday of the drill
Json = dict[str, Any]


def include_drills(client: TestClient) -> None:
    """The drill routers on the app, if server/app.py does not include them yet."""
    app = client.app
    paths = {getattr(r, "path", "") for r in app.routes}  # type: ignore[attr-defined]
    for routes in (drill_scenario_routes, drill_routes):
        if not any(getattr(r, "path", "") in paths for r in routes.router.routes):
            app.include_router(routes.router)  # type: ignore[attr-defined]


def add_trainee(state: AppState, username: str) -> None:
    """A drill account (role trainer) that may sign in with the password demo."""
    with state.db.write() as session:
        if session.scalar(select(User.id).where(User.username == username)) is None:
            session.add(
                User(
                    username=username,
                    display_name=f"学员{username}",
                    password_hash=hash_password("demo"),
                    role="trainer",
                    active=True,
                    demo=False,
                    must_change_password=False,
                    token_generation=0,
                    created_at=datetime.now(UTC),
                )
            )


class Drill:
    """A trainer's and trainees' hands on the drill API, on a clock the test moves."""

    def __init__(self, client: TestClient, state: AppState, trainees: tuple[str, ...]) -> None:
        include_drills(client)
        self.client, self.state = client, state
        self.clock = SettableClock(REAL_START)
        state.clock = self.clock
        for name in trainees:
            add_trainee(state, name)
        self.headers = {name: bearer_headers(client, name) for name in ("trainer", *trainees)}
        self.run: Json = {}
        self.speed = 1.0

    def start(self, *, speed: float = 5, **body: Any) -> Json:
        self.speed = speed
        response = self.client.post(
            "/api/v1/drills/runs",
            json={"speed": speed, **body},
            headers=self.headers["trainer"],
        )
        assert response.status_code == 201, response.text
        self.run = response.json()
        return self.run

    def at(self, drill_minute: float) -> Json:
        """Move the real clock to this drill minute (no pause since the start) and catch up."""
        self.clock.set(REAL_START + timedelta(minutes=drill_minute / self.speed))
        return self.state_now()

    def state_now(self) -> Json:
        response = self.client.get(
            f"/api/v1/drills/runs/{self.run['id']}", headers=self.headers["trainer"]
        )
        assert response.status_code == 200, response.text
        self.run = response.json()
        return self.run

    def case_of(self, inject: str) -> Json:
        entry = next(i for i in self.run["injects"] if i["inject"] == inject)
        assert entry["case_id"] is not None, f"{inject} has not arrived"
        response = self.client.get(
            f"/api/v1/cases/{entry['case_id']}", headers=self.headers["trainer"]
        )
        assert response.status_code == 200, response.text
        return response.json()

    def act(self, user: str, inject: str, action: str, **fields: Any) -> Json:
        case = self.case_of(inject)
        response = self.client.post(
            f"/api/v1/cases/{case['id']}/actions",
            json={"action": action, "version": case["version"], **fields},
            headers={**self.headers[user], "Idempotency-Key": new_key()},
        )
        assert response.status_code == 200, response.text
        return response.json()

    def merge(self, user: str, inject: str, into: str) -> Json:
        return self.act(user, inject, "merge", parent_id=self.case_of(into)["id"])

    def post(self, path: str, body: Json | None = None) -> Any:
        return self.client.post(
            f"/api/v1/drills/runs/{self.run['id']}{path}",
            json=body,
            headers=self.headers["trainer"],
        )

    def get(self, path: str) -> Json:
        response = self.client.get(
            f"/api/v1/drills/runs/{self.run['id']}{path}", headers=self.headers["trainer"]
        )
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return demo_settings(tmp_path)
    return demo_settings(tmp_path, database_url=str(request.getfixturevalue("postgres_url")))


@pytest.fixture
def drill(client: TestClient, state: AppState) -> Drill:
    return Drill(client, state, ("t1", "t2"))


def sh(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_the_haohe_morning_runs_end_to_end_on_a_5x_clock(drill: Drill) -> None:
    run = drill.start(scenario="haohe_morning", trainees=["t1", "t2"], speed=5)
    assert run["status"] == "running" and run["clock"]["speed"] == 5
    assert sh(run["clock"]["now"]) == datetime(2026, 6, 12, 7, 30, tzinfo=SHANGHAI)
    assert {i["status"] for i in run["injects"]} == {"pending"}

    drill.at(3)
    first = drill.case_of("call-debris")
    assert first["drill"] is True and first["drill_run_id"] == run["id"]
    assert first["ref"].startswith("DR20260612"), "drill numbering, dated by the drill clock"
    # Arrived at its drill instant (07:32), not at the real one (a December Monday).
    assert sh(first["created_at"]) == datetime(2026, 6, 12, 7, 32, tzinfo=SHANGHAI)
    drill.act("t1", "call-debris", "register")
    drill.at(4)
    drill.act("t1", "call-debris", "dispatch", department="water")
    drill.at(7)
    drill.merge("t2", "grid-debris", "call-debris")
    drill.at(10)
    drill.merge("t2", "camera-debris", "call-debris")
    drill.at(13)
    drill.act("t1", "call-sewage", "register")
    drill.at(14)
    drill.act("t1", "call-sewage", "dispatch", department="water")  # the wrong one
    drill.at(19.5)
    returned = drill.case_of("call-sewage")
    assert returned["state"] == "returned", "the wrong department sent it back"
    drill.act("t1", "call-sewage", "dispatch", department="ecology")
    drill.at(22)
    drill.act("t2", "city-odor", "register")
    drill.act("t2", "city-odor", "dispatch", department="ecology")
    drill.at(26)
    drill.merge("t1", "call-sewage-again", "call-sewage")
    signed = drill.case_of("call-debris")
    assert signed["state"] == "in_progress", "water signed 10 drill minutes after dispatch"
    drill.at(121)

    states = {i["inject"]: (i["state"], i["expected_state"]) for i in drill.run["injects"]}
    assert all(state == expected for state, expected in states.values()), states
    sewage = drill.case_of("call-sewage")
    moves = [(h["action"], h["actor_role"]) for h in sewage["history"]]
    assert ("return", "department") in moves and ("request_extension", "department") in moves
    assert sewage["state"] == "resolved"
    report = drill.get("/report")
    assert [e["type"] for e in report["timeline"]].count("inject") == 6
    minutes = [e["minute"] for e in report["timeline"]]
    assert minutes == sorted(minutes), "the timeline is in drill-time order"
    pdf = drill.client.get(
        f"/api/v1/drills/runs/{drill.run['id']}/report.pdf", headers=drill.headers["trainer"]
    )
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    sewage_score = next(i for i in report["injects"] if i["inject"] == "call-sewage")
    assert sewage_score["right_department"] is False
    assert {"wrong_department"} <= {f["code"] for f in sewage_score["findings"]}


SCORING = """
id: scoring_check
title: 计分核对
start_at: "2026-06-12T10:00:00+08:00"
duration_min: 60
targets: {register_min: 5, dispatch_min: 10}
injects:
  - id: a
    at_min: 0
    kind: call
    category: gas_leak
    urgency: emergency
    street: zhongxiu
    title: 燃气泄漏
    caller: {text: 闻到燃气味}
    expect: {department: emergency, state: in_progress}
    department_script:
      - {after_min: 2, do: sign}
  - id: b
    at_min: 1
    kind: duplicate
    channel: hotline_12345
    duplicate_of: a
    category: gas_leak
    urgency: emergency
    street: zhongxiu
    title: 燃气泄漏(重复)
    caller: {text: 还是燃气味}
    expect: {state: merged}
  - id: c
    at_min: 2
    kind: call
    category: noise
    street: hongqiao
    title: 夜间施工噪声
    caller: {text: 工地噪声}
    expect: {department: ecology, state: dispatched}
  - id: d
    at_min: 3
    kind: duplicate
    channel: grid
    duplicate_of: c
    category: noise
    street: hongqiao
    title: 施工噪声(网格)
    caller: {text: 网格员上报噪声}
    expect: {state: merged}
  - id: e
    at_min: 10
    kind: call
    category: gas_leak
    urgency: emergency
    street: zhongxiu
    title: 另一处燃气泄漏
    caller: {text: 燃气味很重}
    expect: {department: emergency, state: dispatched}
"""


def test_scores_equal_a_hand_computed_run(drill: Drill) -> None:
    drill.start(text=SCORING, trainees=["t1", "t2"], speed=2)
    drill.at(3)
    drill.act("t1", "a", "register")  # 3 min (target 5)
    drill.at(4)
    drill.merge("t2", "b", "a")  # 3 min after b arrived: merged, on time
    drill.at(5)
    drill.act("t1", "d", "register")  # 2 min: on time …
    drill.at(6)
    drill.act("t1", "a", "dispatch", department="emergency")  # 6 min, right
    drill.act("t1", "d", "dispatch", department="ecology")  # … but a duplicate dispatched
    drill.at(9)
    drill.act("t2", "c", "register")  # 7 min: late
    drill.at(14)
    drill.act("t2", "c", "dispatch", department="urban")  # 12 min: late, and wrong
    drill.at(20)
    assert drill.case_of("c")["state"] == "returned"
    drill.act("t2", "c", "dispatch", department="ecology")
    drill.at(27)  # e (arrived 10:10) went yellow at 10:22 and red at 10:25
    drill.act("t1", "e", "register")  # 17 min
    drill.at(28)
    drill.act("t1", "e", "dispatch", department="emergency")  # 18 min, right
    assert (
        drill.post(
            "/input-stats", {"trainee": "t1", "inject": "a", "keystrokes": 14, "clicks": 3}
        ).status_code
        == 204
    )
    drill.at(40)

    report = drill.get("/report")
    scores = {i["inject"]: i for i in report["injects"]}
    got = {k: (s["trainee"], s["points"], s["max_points"]) for k, s in scores.items()}
    assert got == {
        "a": ("t1", 100, 100),
        "b": ("t2", 100, 100),
        "c": ("t2", 30, 100),
        "d": ("t1", 50, 100),
        "e": ("t1", 40, 100),
    }
    assert (scores["a"]["registered_after_min"], scores["a"]["dispatched_after_min"]) == (3, 6)
    assert scores["a"]["state"] == "in_progress", "the scripted department signed"
    assert scores["e"]["escalations"] == 2 and scores["e"]["escalations_handled"] == 2
    assert scores["e"]["sla_kept"] is False
    assert scores["d"]["dispatched_twice"] is True and scores["b"]["merged"] is True
    assert scores["c"]["first_department"] == "urban" and scores["c"]["right_department"] is False
    assert all(s["reached_expected_state"] for s in scores.values() if s["inject"] != "d")
    board = {row["trainee"]: row for row in drill.get("/scoreboard")["scoreboard"]}
    assert board["t1"] == {
        "trainee": "t1",
        "injects": 3,
        "points": 190,
        "max_points": 300,
        "mean_register_min": 7.33,
        "mean_dispatch_min": 12.0,
        "right_department_first": 2,
        "wrong_department_first": 0,
        "duplicates_merged": 0,
        "duplicates_dispatched": 1,
        "sla_kept": 2,
        "escalations": 2,
        "escalations_handled": 2,
        "keystrokes": 14,
        "clicks": 3,
    }
    assert board["t2"] == {
        "trainee": "t2",
        "injects": 2,
        "points": 130,
        "max_points": 200,
        "mean_register_min": 5.0,
        "mean_dispatch_min": 12.0,
        "right_department_first": 0,
        "wrong_department_first": 1,
        "duplicates_merged": 1,
        "duplicates_dispatched": 0,
        "sla_kept": 2,
        "escalations": 0,
        "escalations_handled": 0,
        "keystrokes": None,
        "clicks": None,
    }


def test_the_drill_clock_pauses_changes_speed_and_starts_anywhere(drill: Drill) -> None:
    eve = "2026-09-30T16:50:00+08:00"  # the day before National Day, ten minutes to five
    drill.start(scenario="typhoon_night", trainees=["t1"], speed=1, start_at=eve)
    drill.clock.set(REAL_START + timedelta(minutes=4))
    assert sh(drill.state_now()["clock"]["now"]) == sh(eve) + timedelta(minutes=4)
    paused = drill.post("/pause").json()
    drill.clock.set(REAL_START + timedelta(hours=3))
    assert drill.state_now()["clock"]["now"] == paused["clock"]["now"], "a paused clock stands"
    assert drill.post("/pause").status_code == 422
    drill.post("/resume")
    assert drill.post("/speed", {"speed": 5}).status_code == 200
    assert drill.post("/speed", {"speed": 3}).status_code == 422
    drill.clock.advance(timedelta(minutes=2))  # 10 drill minutes at 5×
    now = drill.state_now()
    assert sh(now["clock"]["now"]) == sh(eve) + timedelta(minutes=14)
    assert [i["status"] for i in now["injects"]][:6] == ["done"] * 6
    case = drill.case_of("underpass")
    # Its emergency accept clock (15 natural minutes) counts from its drill instant.
    assert sh(case["created_at"]) == sh(eve)
    assert sh(case["due_at"]) == sh(eve) + timedelta(minutes=15)
    stopped = drill.post("/stop").json()
    assert stopped["status"] == "stopped" and drill.post("/resume").status_code == 422
    reset = drill.post("/reset")
    assert reset.status_code == 201
    again = reset.json()
    assert again["previous_run_id"] == stopped["id"] and again["status"] == "running"
    assert again["clock"]["start"] == stopped["clock"]["start"]


def test_a_trainer_acts_for_a_department_on_drill_cases_only(
    drill: Drill, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    drill.start(text=SCORING, trainees=["t1"], speed=1)
    drill.at(1)
    drill.act("t1", "a", "register")
    case = drill.act("t1", "a", "dispatch", department="emergency")
    assert "sign" not in case["allowed_actions"], "the trainee is a duty officer, not a department"
    # The normal route refuses the department's move to the trainer (it is no department) …
    refused = client.post(
        f"/api/v1/cases/{case['id']}/actions",
        json={"action": "sign", "version": case["version"]},
        headers={**drill.headers["trainer"], "Idempotency-Key": new_key()},
    )
    assert refused.status_code == 403
    # … the drill route lets the trainer stand in for the case's department.
    signed = client.post(
        f"/api/v1/drills/cases/{case['id']}/actions",
        json={"action": "sign", "version": case["version"]},
        headers={**drill.headers["trainer"], "Idempotency-Key": new_key()},
    )
    assert signed.status_code == 200, signed.text
    assert signed.json()["state"] == "in_progress"
    history = drill.case_of("a")["history"]
    assert history[-1]["action"] == "sign" and "代区应急管理局" in history[-1]["actor"]
    # A live case is out of reach of the drill route (404: its existence is not revealed).
    live = client.post(
        "/api/v1/cases",
        json={"channel": "hotline_12345", "category": "noise", "title": "真实工单"},
        headers=headers("duty_officer"),
    ).json()
    hidden = client.post(
        f"/api/v1/drills/cases/{live['id']}/actions?department=ecology",
        json={"action": "comment", "version": live["version"], "note": "x"},
        headers={**drill.headers["trainer"], "Idempotency-Key": new_key()},
    )
    assert hidden.status_code == 404
    # Nor may anyone but a trainer use the drill routes.
    assert client.get("/api/v1/drills/runs", headers=headers("duty_officer")).status_code == 403


def test_drill_cases_number_apart_and_live_numbers_never_skip(
    drill: Drill, client: TestClient, headers: Callable[[str], dict[str, str]], state: AppState
) -> None:
    def live_case() -> Json:
        response = client.post(
            "/api/v1/cases",
            json={"channel": "hotline_12345", "category": "noise", "title": "噪声"},
            headers=headers("duty_officer"),
        )
        assert response.status_code == 201
        return response.json()

    before = live_case()
    drill.start(scenario="water_outage_surge", trainees=["t1"], speed=5)
    drill.at(60)
    after = live_case()
    assert int(after["ref"][-6:]) == int(before["ref"][-6:]) + 1, (before["ref"], after["ref"])
    with state.db.read() as session:
        drill_refs = list(
            session.scalars(
                select(Case.ref).where(Case.drill_run_id == drill.run["id"]).order_by(Case.id)
            )
        )
    assert drill_refs == [f"DR20261204{n:05d}" for n in range(1, 10)]


def test_trainees_must_be_drill_accounts(drill: Drill) -> None:
    response = drill.client.post(
        "/api/v1/drills/runs",
        json={"scenario": "haohe_morning", "trainees": ["duty_officer"]},
        headers=drill.headers["trainer"],
    )
    assert response.status_code == 422 and "duty_officer" in response.text
    with drill.state.db.read() as session:
        assert (
            session.scalar(select(CaseAction.id).where(CaseAction.actor_role == "nobody")) is None
        )


def test_the_driver_moves_running_runs_on_by_itself(drill: Drill) -> None:
    drill.start(scenario="typhoon_night", trainees=["t1"], speed=5)
    drill.clock.set(REAL_START + timedelta(minutes=1))  # 5 drill minutes: three injects due
    assert DrillDriver(drill.state).tick() > 0
    with drill.state.db.read() as session:
        arrived = session.scalars(
            select(Case.title).where(Case.drill_run_id == drill.run["id"])
        ).all()
    assert len(arrived) == 3
    assert DrillDriver(drill.state).tick() == 0, "nothing more is due"
    drill.post("/pause")
    drill.clock.advance(timedelta(hours=1))
    assert DrillDriver(drill.state).tick() == 0, "a paused run does not move"


def test_the_trainer_approves_a_scripted_extension_as_the_supervisor(drill: Drill) -> None:
    drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)
    drill.at(13)
    drill.act("t1", "call-sewage", "register")
    drill.act("t1", "call-sewage", "dispatch", department="ecology")
    drill.at(42)  # ecology signed at 21 and asked for 240 more minutes at 41
    case = drill.case_of("call-sewage")
    assert case["extension_pending_min"] == 240, case
    due = sh(case["due_at"])
    approved = drill.client.post(
        f"/api/v1/drills/cases/{case['id']}/actions?role=supervisor",
        json={"action": "approve_extension", "version": case["version"]},
        headers={**drill.headers["trainer"], "Idempotency-Key": new_key()},
    )
    assert approved.status_code == 200, approved.text
    assert sh(approved.json()["due_at"]) > due
    history = drill.case_of("call-sewage")["history"]
    assert (history[-1]["action"], history[-1]["actor_role"]) == ("approve_extension", "supervisor")
    assert sh(history[-1]["at"]) == datetime(2026, 6, 12, 8, 12, tzinfo=SHANGHAI), "drill time"


def test_a_trainee_finds_the_run_it_is_in(drill: Drill) -> None:
    drill.start(scenario="water_outage_surge", trainees=["t2"], speed=2)
    mine = drill.client.get(
        "/api/v1/drills/runs",
        params={"trainee": "t2", "status": "running"},
        headers=drill.headers["t2"],
    ).json()["runs"]
    assert [run["id"] for run in mine] == [drill.run["id"]]
    others = drill.client.get(
        "/api/v1/drills/runs", params={"trainee": "t1"}, headers=drill.headers["t1"]
    ).json()["runs"]
    assert others == []
