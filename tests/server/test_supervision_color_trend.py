"""The 三色 totals over the last hours (GET /api/v1/supervision/color-trend), rebuilt from the
cases' clocks and trails: a wall started now shows the past day.

Cases are made at chosen instants of Monday 2025-11-10 (working hours 08:30–12:00,
13:30–17:30; a normal case's accept step is 1 working hour, warned at 80 %: 48 minutes) and
the ladder is ticked by hand, as the scheduler would. Expectations are worked out by hand in
the comments. docs/api-supervision.md.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.routes.supervision import ColorTrendOut
from server.state import AppState
from tests.server.test_supervision_board import Desk, sh

Json = Any


@pytest.fixture
def desk(client: TestClient, state: AppState) -> Desk:
    return Desk(client, state)


def trend(desk: Desk, user: str = "supervisor", **params: Any) -> Json:
    response = desk.client.get(
        "/api/v1/supervision/color-trend", params=params, headers=desk.headers(user)
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    ColorTrendOut.model_validate(answer)  # every field declared, none unknown
    return answer


def table(answer: Json) -> list[tuple[str, int, int, int]]:
    """(HH:MM, green, yellow, red) per point."""
    return [(p["at"][11:16], p["green"], p["yellow"], p["red"]) for p in answer["points"]]


def seed_monday_morning(desk: Desk) -> dict[str, Json]:
    """Four cases over Monday morning, the ladder ticked on the way."""
    e = desk.at(sh(10, 8, 35)).create()  # accept: warn 09:23, due 09:35
    a = desk.at(sh(10, 8, 50)).create()  # accept: warn 09:38, due 09:50
    b = desk.at(sh(10, 9, 10)).create()
    desk.at(sh(10, 9, 20)).do("duty_officer", b["id"], "register")  # dispatch: due 11:20
    desk.at(sh(10, 9, 25)).tick()  # e turns yellow (auto_remind)
    c = desk.at(sh(10, 9, 30)).create()
    desk.at(sh(10, 9, 40)).do("duty_officer", c["id"], "void", note="重复来电")
    desk.at(sh(10, 9, 40)).tick()  # e red (auto_supervise), a yellow
    # e's accept step ends late: a new dispatch step, warn 11:26, due 11:50.
    desk.at(sh(10, 9, 50)).do("duty_officer", e["id"], "register")
    desk.at(sh(10, 9, 55)).tick()  # a red
    # b's sign step: 1 working day from 10:30, warned at 360 min (Tue 09:00), due Tue 10:30.
    desk.at(sh(10, 10, 30)).do("duty_officer", b["id"], "dispatch", department="urban")
    return {"a": a, "b": b, "c": c, "e": e}


def test_the_trend_rebuilds_each_cases_colors_from_its_trail_and_clock(desk: Desk) -> None:
    seed_monday_morning(desk)
    answer = trend(desk.at(sh(10, 10, 30)), hours=2, step=15)
    assert answer["now"] == "2025-11-10T10:30:00+08:00"
    assert answer["step_minutes"] == 15
    assert table(answer) == [
        ("08:30", 0, 0, 0),
        ("08:45", 1, 0, 0),  # e
        ("09:00", 2, 0, 0),  # e, a
        ("09:15", 3, 0, 0),  # e, a, b
        ("09:30", 3, 1, 0),  # e yellow since the 09:25 tick; a, b, c green
        ("09:45", 1, 1, 1),  # e red (09:40 tick), a yellow (warn 09:38), b; c voided
        ("10:00", 2, 0, 1),  # e registered (green), a red (due 09:50), b
        ("10:15", 2, 0, 1),
        ("10:30", 2, 0, 1),  # b dispatched: a new clock, green
    ]
    assert answer["points"][0]["at"] == "2025-11-10T08:30:00+08:00"


def test_the_last_point_agrees_with_the_live_summary(desk: Desk) -> None:
    seed_monday_morning(desk)
    desk.at(sh(10, 11, 30)).tick()  # e warned (11:26)
    summary = desk.client.get("/api/v1/cases/summary", headers=desk.headers("supervisor"))
    last = trend(desk, hours=1, step=15)["points"][-1]
    assert last["at"] == "2025-11-10T11:30:00+08:00"
    assert {c: last[c] for c in ("green", "yellow", "red")} == summary.json()["color"]
    assert (last["green"], last["yellow"], last["red"]) == (1, 1, 1), "b green, e warned, a red"


def test_cases_unchanged_in_the_window_follow_their_clocks(desk: Desk) -> None:
    """Nothing happened since Monday 10:30: the colors come from each running clock alone."""
    seed_monday_morning(desk)
    answer = trend(desk.at(sh(11, 9, 30)), hours=1, step=15)
    assert table(answer) == [
        ("08:30", 1, 0, 2),  # a and e red since Monday; b green
        ("08:45", 1, 0, 2),
        ("09:00", 0, 1, 2),  # b's sign step warned at 09:00
        ("09:15", 0, 1, 2),
        ("09:30", 0, 1, 2),
    ]


def test_a_parked_case_keeps_its_color_and_an_extension_turns_it_back(desk: Desk) -> None:
    # Urgent: the handle step is 1 working day (450 min) from the dispatch at Mon 09:00,
    # warned at 360 min: 16:30.
    held = desk.at(sh(10, 9, 0)).in_progress(urgency="urgent")
    desk.at(sh(10, 16, 35)).tick()  # yellow (auto_remind)
    desk.at(sh(10, 16, 40)).do("supervisor", held["id"], "park", note="等待法院判决")
    desk.at(sh(10, 17, 10)).do("supervisor", held["id"], "unpark")  # warn moved to 17:00
    assert table(trend(desk.at(sh(10, 17, 15)), hours=1, step=15)) == [
        ("16:15", 1, 0, 0),
        ("16:30", 1, 0, 0),  # a finished span: yellow from the ladder's record (16:35)
        ("16:45", 0, 1, 0),  # parked, yellow held
        ("17:00", 0, 1, 0),
        ("17:15", 0, 1, 0),  # running again: past its moved warn instant (17:00)
    ]
    desk.do("duty_officer", held["id"], "request_extension", extension_minutes=450, note="需协调")
    desk.at(sh(10, 17, 20)).do("supervisor", held["id"], "approve_extension")
    assert table(trend(desk.at(sh(10, 17, 30)), hours=1, step=15)) == [
        ("16:30", 1, 0, 0),
        ("16:45", 0, 1, 0),
        ("17:00", 0, 1, 0),
        ("17:15", 0, 1, 0),  # before the extension
        ("17:30", 1, 0, 0),  # a day more: warned Tuesday 15:30
    ]


def test_drill_and_closed_cases_never_count(desk: Desk) -> None:
    drill = desk.at(sh(10, 9, 0)).client.post(
        "/api/v1/cases",
        json={
            "channel": "hotline_12345",
            "category": "noise",
            "title": "演练",
            "address": "虹桥街道",
        },
        headers=desk.headers("trainer"),
    )
    assert drill.status_code == 201, drill.text
    answered = desk.create(category="policy", answered="已电话答复")
    assert answered["state"] == "closed", answered
    assert [p["green"] for p in trend(desk.at(sh(10, 9, 30)), hours=1)["points"]] == [0] * 5


def test_bad_windows_are_refused_naming_the_field(desk: Desk) -> None:
    headers = desk.headers("supervisor")
    url = "/api/v1/supervision/color-trend"
    too_many = desk.client.get(url, params={"hours": 168, "step": 1}, headers=headers)
    assert too_many.status_code == 422
    assert too_many.json()["code"] == "invalid"
    assert [e["field"] for e in too_many.json()["errors"]] == ["step"]
    for params in ({"hours": 0}, {"hours": 169}, {"step": 0}, {"hours": "a day"}):
        assert desk.client.get(url, params=params, headers=headers).status_code == 422, params
    assert desk.client.get(url, headers=desk.headers("dept_urban")).status_code == 403
    assert desk.client.get(url).status_code == 401
