"""The scenario editor's routes: validation with line-numbered errors and the dry run by
drill minute (injects, dispatch targets, scripted steps), a scenario's text to open, and
trainers' scenarios saved under the server's data folder for trainers to pick."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from server.drills import library
from server.state import AppState
from tests.server.test_drills_run import add_trainee, include_drills
from tests.server.test_drills_scenarios import GOOD

Headers = Callable[[str], dict[str, str]]
SCRIPTED = GOOD.replace("id: tiny", "id: river_check") + (
    "    department_script:\n"
    "      - {after_min: 5, do: sign}\n"
    "      - {after_min: 10, do: resolve, note: 已处理, photo: outfall_sealed.jpg}\n"
    "  - id: b\n"
    "    at_min: 3\n"
    "    kind: duplicate\n"
    "    channel: grid\n"
    "    duplicate_of: a\n"
    "    category: noise\n"
    "    title: 又吵\n"
    "    caller: {text: 还在吵}\n"
    "    expect: {actions: [merge], state: merged}\n"
)


def validate(client: TestClient, headers: Headers, text: str) -> Any:
    include_drills(client)
    response = client.post(
        "/api/v1/drills/scenarios/validate", json={"text": text}, headers=headers("trainer")
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_valid_scenario_gets_its_dry_run_by_minute(client: TestClient, headers: Headers) -> None:
    answer = validate(client, headers, SCRIPTED)
    assert answer["valid"] is True and answer["errors"] == []
    assert (answer["id"], answer["title"], answer["duration_min"]) == ("river_check", "小演练", 30)
    rows = [(r["at_min"], r["kind"], r["inject"], r["action"]) for r in answer["timeline"]]
    # a arrives at 0, is due for dispatch at 15 (the default target); ecology signs 5 minutes
    # after that dispatch and resolves 10 later; the duplicate b arrives at 3.
    assert rows == [
        (0, "inject", "a", None),
        (3, "inject", "b", None),
        (15, "dispatch_due", "a", None),
        (20, "step", "a", "sign"),
        (30, "step", "a", "resolve"),
    ]
    resolve = answer["timeline"][-1]
    assert resolve["photo"] == "outfall_sealed.jpg" and resolve["note"] == "已处理"
    assert resolve["at"] == "2026-06-12T10:30:00+08:00"
    assert resolve["assumed_dispatch_min"] == 15 and resolve["department"] == "ecology"
    assert "haohe_river_cleared.jpg" in answer["photos"]


def test_errors_come_with_their_lines_and_no_dry_run(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    bad = SCRIPTED.replace("kind: call", "kind: telegram").replace(
        "photo: outfall_sealed.jpg", "photo: lost.jpg"
    )
    answer = validate(client, headers, bad)
    assert answer["valid"] is False and answer["timeline"] == []
    assert [(e["line"], e["path"]) for e in answer["errors"]] == [(8, "injects.0.kind")]
    # The schema passes first; then the cross-checks (the photo) name their own lines.
    answer = validate(client, headers, SCRIPTED.replace("outfall_sealed.jpg", "lost.jpg"))
    assert [(e["line"], e["path"]) for e in answer["errors"]] == [
        (15, "injects.0.department_script.1.photo")
    ]
    slip = validate(client, headers, SCRIPTED.replace("    title: 又吵", "    title: [又吵"))
    assert slip["valid"] is False and slip["errors"][0]["line"] in (23, 24)


def test_the_editor_opens_a_scenario_as_written(client: TestClient, headers: Headers) -> None:
    include_drills(client)
    answer = client.get(
        "/api/v1/drills/scenarios/haohe_morning/text", headers=headers("trainer")
    ).json()
    shipped = library.scenario_dir() / "haohe_morning.yaml"
    assert answer == {
        "id": "haohe_morning",
        "file": "haohe_morning.yaml",
        "source": "district",
        "text": shipped.read_text(encoding="utf-8"),
    }
    missing = client.get("/api/v1/drills/scenarios/nothing/text", headers=headers("trainer"))
    assert missing.status_code == 404
    other = client.get(
        "/api/v1/drills/scenarios/haohe_morning/text", headers=headers("duty_officer")
    )
    assert other.status_code == 403


def test_a_trainer_saves_a_scenario_for_trainers_to_pick(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    include_drills(client)
    trainer = headers("trainer")
    folder = library.trainer_dir(state.settings)
    assert folder == Path(state.settings.data_dir or "").resolve() / "scenarios"

    saved = client.put(
        "/api/v1/drills/scenarios/river_check", json={"text": SCRIPTED}, headers=trainer
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["scenario"]["injects"] == 2 and saved.json()["source"] == "trainer"
    assert (folder / "river_check.yaml").read_text(encoding="utf-8") == SCRIPTED
    listed = client.get("/api/v1/drills/scenarios", headers=trainer).json()["scenarios"]
    assert [e["id"] for e in listed if e["id"] == "river_check"] == ["river_check"]
    opened = client.get("/api/v1/drills/scenarios/river_check/text", headers=trainer).json()
    assert (opened["source"], opened["text"]) == ("trainer", SCRIPTED)

    edited = SCRIPTED.replace("title: 小演练", "title: 小演练（改）")
    assert (
        client.put(
            "/api/v1/drills/scenarios/river_check", json={"text": edited}, headers=trainer
        ).status_code
        == 200
    )
    assert client.get("/api/v1/drills/scenarios/river_check", headers=trainer).json()["scenario"][
        "title"
    ] == ("小演练（改）")

    add_trainee(state, "t9")
    run = client.post(
        "/api/v1/drills/runs",
        json={"scenario": "river_check", "trainees": ["t9"], "speed": 5},
        headers=trainer,
    )
    assert run.status_code == 201 and run.json()["scenario_id"] == "river_check"


def test_a_save_that_is_refused_writes_nothing(
    client: TestClient, headers: Headers, state: AppState
) -> None:
    include_drills(client)
    folder = library.trainer_dir(state.settings)

    def put(scenario_id: str, text: str, user: str = "trainer") -> Any:
        response = client.put(
            f"/api/v1/drills/scenarios/{scenario_id}", json={"text": text}, headers=headers(user)
        )
        assert response.status_code in (403, 422), response.text
        return response.json()

    bad = put("river_check", SCRIPTED.replace("kind: call", "kind: telegram"))
    assert bad["code"] == "invalid" and [e["line"] for e in bad["errors"]] == [8]
    other_id = put("river_two", SCRIPTED)
    assert [(e["line"], e["path"]) for e in other_id["errors"]] == [(1, "id")]
    district = put("haohe_morning", SCRIPTED.replace("id: river_check", "id: haohe_morning"))
    assert district["code"] == "invalid" and "district" in district["detail"]
    assert put("river_check", SCRIPTED, user="duty_officer")["code"] == "forbidden_role"
    hidden = put(".river", SCRIPTED.replace("id: river_check", "id: .river"))
    assert hidden["errors"][0]["field"] == "scenario_id"
    assert not folder.exists() or not list(folder.iterdir())
    shipped = library.scenario_dir() / "haohe_morning.yaml"
    assert "id: haohe_morning" in shipped.read_text(encoding="utf-8")
