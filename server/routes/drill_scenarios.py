"""Drill scenario routes (trainers only): the scenario files, each runnable or with its
errors and their lines, a file's text for the editor, a trainer's scenario saved for trainers
to pick, and a text checked with its dry run (docs/api-drills.md, "Scenarios"). The runs
made of them are server/routes/drills.py's."""

from __future__ import annotations

from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path

from server.deps import StateDep, require_roles
from server.drills import library
from server.drills.dry_run import dry_run
from server.drills.editor_out import ScenarioSavedOut, ScenarioTextOut, ScenarioValidateOut
from server.drills.scenario import ScenarioInvalid, parse, timeline
from server.problems import not_found
from server.schemas.drill import ScenarioText
from server.schemas.drill_out import ScenarioCheckOut, ScenarioListOut
from server.services.lifecycle import Actor
from server.state import AppState

router = APIRouter(prefix="/api/v1/drills", tags=["drills"])

Trainer = Annotated[Actor, Depends(require_roles("trainer"))]
ScenarioId = Annotated[str, Path(max_length=80, pattern=r"^[A-Za-z0-9_.-]+$")]


@router.get("/scenarios", response_model=ScenarioListOut)
def list_scenarios(_actor: Trainer, state: StateDep) -> dict[str, Any]:
    """The scenario files (the district's, then trainers' saved ones), each runnable or with
    its errors (and their lines)."""
    trainers = library.trainer_dir(state.settings)
    return {"scenarios": library.catalogue(ref=state.reference.get(), trainers=trainers)}


@router.get("/scenarios/{scenario_id}", response_model=ScenarioCheckOut)
def get_scenario(scenario_id: ScenarioId, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """A scenario file as read, with its dry-run timeline (or its errors)."""
    path = _scenario_file(state, scenario_id)
    return _checked(path.read_text(encoding="utf-8"), state, scenario_id)


@router.get("/scenarios/{scenario_id}/text", response_model=ScenarioTextOut)
def get_scenario_text(scenario_id: ScenarioId, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """A scenario file as written (for the editor to open), and whose it is."""
    path = _scenario_file(state, scenario_id)
    return {
        "id": scenario_id,
        "file": path.name,
        "source": library.source_of(path),
        "text": path.read_text(encoding="utf-8"),
    }


@router.put("/scenarios/{scenario_id}", response_model=ScenarioSavedOut)
def save_scenario(
    scenario_id: ScenarioId, body: ScenarioText, _actor: Trainer, state: StateDep
) -> dict[str, Any]:
    """Keep a trainer's scenario on the server for trainers to pick (a valid one only: 422
    with its errors and lines otherwise; a district scenario's id is refused)."""
    scenario, path = library.save(
        body.text,
        scenario_id=scenario_id,
        ref=state.reference.get(),
        trainers=library.trainer_dir(state.settings),
    )
    entry = {
        "id": scenario_id,
        "file": path.name,
        "valid": True,
        "errors": [],
        "title": scenario.title,
        "injects": len(scenario.injects),
        "duration_min": scenario.duration_min,
        "start_at": scenario.start_at.isoformat(),
    }
    return {"scenario": entry, "source": library.TRAINER}


@router.post("/scenarios/check", response_model=ScenarioCheckOut)
def check_scenario(body: ScenarioText, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """Check a scenario from the editor: its errors with their lines, or its dry run."""
    return _checked(body.text, state, "")


@router.post("/scenarios/validate", response_model=ScenarioValidateOut)
def validate_scenario(body: ScenarioText, _actor: Trainer, state: StateDep) -> dict[str, Any]:
    """The editor's check: every error with its line, or the dry run by drill minute (each
    inject, its dispatch target and each scripted department step)."""
    photos = library.photo_names()
    try:
        scenario = parse(body.text, ref=state.reference.get(), photos=photos)
    except ScenarioInvalid as exc:
        return {
            "valid": False,
            "errors": [error.as_dict() for error in exc.errors],
            "id": None,
            "title": None,
            "start_at": None,
            "duration_min": None,
            "timeline": [],
            "photos": sorted(photos),
        }
    return {
        "valid": True,
        "errors": [],
        "id": scenario.id,
        "title": scenario.title,
        "start_at": scenario.start_at.isoformat(),
        "duration_min": scenario.duration_min,
        "timeline": dry_run(scenario),
        "photos": sorted(photos),
    }


def _scenario_file(state: AppState, scenario_id: str) -> FilePath:
    path = library.files(trainers=library.trainer_dir(state.settings)).get(scenario_id)
    if path is None:
        raise not_found(f"Scenario {scenario_id}")
    return path


def _checked(text: str, state: AppState, default_id: str) -> dict[str, Any]:
    try:
        scenario = parse(
            text,
            ref=state.reference.get(),
            default_id=default_id,
            photos=library.photo_names(),
        )
    except ScenarioInvalid as exc:
        errors = [error.as_dict() for error in exc.errors]
        return {"valid": False, "errors": errors, "scenario": None, "timeline": []}
    return {
        "valid": True,
        "errors": [],
        "scenario": scenario.model_dump(mode="json"),
        "timeline": timeline(scenario),
    }
