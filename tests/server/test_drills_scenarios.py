"""Scenario files: the district's three are valid against its reference data; a bad file
gets every error with the line it is on (a YAML slip, a wrong field, an unknown code, a
duplicate of nothing), through the parser and through the editor's check route."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from server.drills import library
from server.drills.scenario import ScenarioInvalid, parse
from server.models import Camera
from server.state import AppState
from tests.server.test_drills_run import include_drills

GOOD = """\
id: tiny
title: 小演练
start_at: "2026-06-12T10:00:00+08:00"
duration_min: 30
injects:
  - id: a
    at_min: 0
    kind: call
    category: noise
    title: 噪声
    caller: {text: 吵}
    expect: {department: ecology}
"""


def errors_of(text: str, state: AppState | None = None) -> list[tuple[int | None, str]]:
    ref = state.reference.get() if state is not None else None
    with pytest.raises(ScenarioInvalid) as caught:
        parse(text, ref=ref)
    return [(e.line, e.path) for e in caught.value.errors]


def test_the_districts_scenarios_are_valid(state: AppState) -> None:
    ref = state.reference.get()
    found = library.files()
    assert {"haohe_morning", "typhoon_night", "water_outage_surge"} <= set(found)
    with state.db.read() as session:
        cameras = set(session.scalars(select(Camera.code)))
    for scenario_id, path in found.items():
        scenario = parse(path.read_text(encoding="utf-8"), ref=ref, default_id=scenario_id)
        assert scenario.id == scenario_id
        kinds = {inject.kind for inject in scenario.injects}
        assert "duplicate" in kinds, f"{scenario_id} practises merging"
        for inject in scenario.injects:
            assert inject.camera is None or inject.camera in cameras, inject.camera
            assert inject.grid is None or inject.grid in ref.grid_by_code, inject.grid


def test_a_good_file_parses() -> None:
    scenario = parse(GOOD)
    assert scenario.injects[0].caller.text == "吵"
    assert scenario.targets_of(scenario.injects[0]).register_min == 5


def test_a_yaml_slip_names_its_line() -> None:
    broken = GOOD.replace("    title: 噪声", "    title: [噪声")
    assert errors_of(broken)[0][0] in (11, 12)


def test_field_errors_name_their_lines() -> None:
    bad = GOOD.replace("at_min: 0", "at_min: -3").replace("kind: call", "kind: telegram")
    bad = bad.replace("    title: 噪声\n", "    title: 噪声\n    colour: red\n")
    assert sorted(errors_of(bad)) == [
        (7, "injects.0.at_min"),
        (8, "injects.0.kind"),
        (11, "injects.0.colour"),
    ]


def test_a_missing_field_names_the_mapping_it_is_missing_from() -> None:
    assert errors_of(GOOD.replace("    title: 噪声\n", "")) == [(6, "injects.0.title")]


def test_codes_and_duplicates_are_checked_against_the_district(state: AppState) -> None:
    bad = (
        GOOD.replace("category: noise", "category: noize").replace(
            "department: ecology", "department: grid_center"
        )
        + """\
  - id: b
    at_min: 5
    kind: duplicate
    channel: grid
    duplicate_of: z
    category: noise
    title: 重复
    caller: {text: 吵}
"""
    )
    assert errors_of(bad, state) == [
        (9, "injects.0.category"),
        (12, "injects.0.expect.department"),
        (17, "injects.1.duplicate_of"),
    ]


def test_the_editor_gets_errors_and_a_dry_run(
    client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    include_drills(client)
    trainer = headers("trainer")
    checked = client.post(
        "/api/v1/drills/scenarios/check", json={"text": GOOD}, headers=trainer
    ).json()
    assert checked["valid"] is True
    assert [(t["inject"], t["at"]) for t in checked["timeline"]] == [
        ("a", "2026-06-12T10:00:00+08:00")
    ]
    bad = client.post(
        "/api/v1/drills/scenarios/check",
        json={"text": GOOD.replace("kind: call", "kind: telegram")},
        headers=trainer,
    ).json()
    assert bad["valid"] is False and bad["errors"][0]["line"] == 8
    started = client.post(
        "/api/v1/drills/runs",
        json={"text": GOOD.replace("kind: call", "kind: telegram"), "trainees": ["trainer"]},
        headers=trainer,
    )
    assert started.status_code == 422 and started.json()["errors"][0]["line"] == 8
    listed = client.get("/api/v1/drills/scenarios", headers=trainer).json()["scenarios"]
    assert all(entry["valid"] for entry in listed), listed
    one = client.get("/api/v1/drills/scenarios/typhoon_night", headers=trainer).json()
    assert one["valid"] and len(one["timeline"]) == 8
