"""Duplicates weigh the category (issue #13): another category never scores like the same one.

The issue's case: a noise call was scored 42 % alike to a garbage case next door and
preselected. Now a case of another category scores at most 0.3, every case of the same
category at least 0.4, and only same-category cases at or above the threshold are
`suggested` for preselection.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.schemas.case import CaseCreate
from server.services import cases, dispatch
from server.services.lifecycle import Actor
from server.services.workcalendar import SHANGHAI
from server.state import AppState

OFFICER = Actor(user_id=None, name="值班员", role="duty_officer")
LAT, LON = 32.0410, 120.8660
METRES_PER_DEGREE = 2 * math.pi * 6_371_000 / 360
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=SHANGHAI)


def place(state: AppState, at: datetime, metres_north: float | None, **fields: Any) -> int:
    body: dict[str, Any] = {"channel": "hotline_12345", "category": "noise", "title": "来电"}
    body["address"] = "虹桥街道"
    if metres_north is not None:
        body.update(lat=LAT + metres_north / METRES_PER_DEGREE, lon=LON)
    with state.db.write() as session:
        data = CaseCreate(**{**body, **fields})
        return cases.create_case(
            session, data=data, actor=OFFICER, ref=state.reference.get(), sla=state.sla, now=at
        ).id


def candidates(state: AppState, case_id: int) -> dict[int, dispatch.Candidate]:
    with state.db.read() as session:
        case = session.get(dispatch.Case, case_id)
        found = dispatch.duplicates(session, case, radius_m=500, hours=72, limit=50)
        return {c.case.id: c for c in found}


def test_another_category_never_scores_like_the_same_one(state: AppState) -> None:
    noise_call = place(state, T0, 0)
    # the issue: a garbage case next door, the same hour
    garbage_next_door = place(state, T0 + timedelta(minutes=5), 0, category="garbage")
    # the least alike a same-category case can be and still count: far and long ago
    faint_noise = place(state, T0 - timedelta(hours=71), 499)
    found = candidates(state, noise_call)
    assert found[garbage_next_door].score == pytest.approx(
        0.5 * (0.35 + 0.25 * (1 - 5 / 60 / 72)), abs=1e-3
    )
    assert found[garbage_next_door].score <= 0.3 < 0.4 <= found[faint_noise].score
    assert list(found) == [faint_noise, garbage_next_door], "the same category first"
    assert not found[garbage_next_door].suggested and not found[garbage_next_door].same_category
    assert found[faint_noise].same_category and not found[faint_noise].suggested


@pytest.mark.parametrize(
    ("metres", "hours", "suggested"),
    [
        (0, 0.5, True),  # the same spot within the hour
        (250, 24, True),  # 0.4 + 0.175 + 0.167 = 0.742
        (None, 2, True),  # same street, no coordinates: 0.4 + 0.175 + 0.243
        (400, 48, False),  # 0.4 + 0.07 + 0.083 = 0.553
    ],
)
def test_only_close_same_category_cases_are_suggested(
    state: AppState, metres: float | None, hours: float, suggested: bool
) -> None:
    base = place(state, T0, 0)
    other = place(state, T0 + timedelta(hours=hours), metres)
    candidate = candidates(state, base)[other]
    assert candidate.suggested is suggested
    assert (candidate.score >= dispatch.SUGGEST_THRESHOLD) is suggested


def test_the_routes_say_what_to_preselect(
    state: AppState, client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    now = datetime.now(SHANGHAI)
    base = place(state, now, 0)
    twin = place(state, now, 20)
    garbage = place(state, now, 10, category="garbage")
    officer = headers("duty_officer")
    body = client.get(f"/api/v1/cases/{base}/duplicates", headers=officer).json()
    assert body["suggest_threshold"] == dispatch.SUGGEST_THRESHOLD
    shown = {item["case"]["id"]: item for item in body["items"]}
    assert [item["case"]["id"] for item in body["items"]] == [twin, garbage]
    assert (shown[twin]["suggested"], shown[twin]["same_category"]) == (True, True)
    assert (shown[garbage]["suggested"], shown[garbage]["same_category"]) == (False, False)
    probe = client.get(
        "/api/v1/duplicates",
        params={"category": "garbage", "lat": LAT, "lon": LON, "address": "虹桥街道"},
        headers=officer,
    ).json()
    suggested = [item["case"]["id"] for item in probe["items"] if item["suggested"]]
    assert suggested == [garbage]
    assert probe["suggest_threshold"] == dispatch.SUGGEST_THRESHOLD
    assert all(item["score"] <= 0.3 for item in probe["items"] if not item["same_category"])
