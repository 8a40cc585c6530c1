"""The scenario files under resources/scenarios/: listed, read and checked by id."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from server.drills.scenario import Scenario, ScenarioInvalid, parse
from server.problems import Code, Problem, not_found
from server.services.refdata import ReferenceData

SUFFIXES = (".yaml", ".yml", ".json")


def scenario_dir() -> Path:
    """Where the district's scenarios are kept (resources/scenarios/)."""
    return Path(str(resources.files("resources"))) / "scenarios"


def files(folder: Path | None = None) -> dict[str, Path]:
    """Scenario id (the file's stem) → file, in name order."""
    folder = folder or scenario_dir()
    if not folder.is_dir():
        return {}
    return {
        path.stem: path
        for path in sorted(folder.iterdir())
        if path.suffix in SUFFIXES and path.is_file()
    }


def load(scenario_id: str, *, ref: ReferenceData, folder: Path | None = None) -> Scenario:
    """The scenario of this id, checked; 404 if there is none, 422 with its errors if bad."""
    path = files(folder).get(scenario_id)
    if path is None:
        raise not_found(f"Scenario {scenario_id}")
    return checked(path.read_text(encoding="utf-8"), ref=ref, default_id=scenario_id)


def checked(text: str, *, ref: ReferenceData, default_id: str = "") -> Scenario:
    """The scenario in `text`, or 422 listing every error with its line."""
    try:
        return parse(text, ref=ref, default_id=default_id)
    except ScenarioInvalid as exc:
        raise Problem(
            422,
            "Invalid scenario",
            f"The scenario has {len(exc.errors)} error(s): {exc}",
            code=Code.INVALID,
            kind="invalid",
            errors=[error.as_dict() for error in exc.errors],
        ) from None


def catalogue(*, ref: ReferenceData, folder: Path | None = None) -> list[dict[str, Any]]:
    """Every scenario file: its id, title and size, or the errors that keep it from running."""
    listed = []
    for scenario_id, path in files(folder).items():
        entry: dict[str, Any] = {"id": scenario_id, "file": path.name}
        try:
            scenario = parse(path.read_text(encoding="utf-8"), ref=ref, default_id=scenario_id)
        except ScenarioInvalid as exc:
            entry.update(valid=False, errors=[error.as_dict() for error in exc.errors])
        else:
            entry.update(
                valid=True,
                errors=[],
                title=scenario.title,
                injects=len(scenario.injects),
                duration_min=scenario.duration_min,
                start_at=scenario.start_at.isoformat(),
            )
        listed.append(entry)
    return listed
