"""The scenarios a trainer can pick: the district's files under resources/scenarios/ and the
trainers' own, saved from the console's editor under the server's data folder
(`<data dir>/scenarios/`, docs/api-drills.md); listed, read, checked and saved by id."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import resources as resources_package
from server.config import Settings
from server.drills.scenario import Scenario, ScenarioError, ScenarioInvalid, line_of, parse
from server.problems import Code, Problem, invalid_field, not_found
from server.services.attachments import data_dir
from server.services.refdata import ReferenceData

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml", ".json")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
DISTRICT, TRAINER = "district", "trainer"
# A saved scenario's id, and so its file's name: no hidden file, no "." or "..".
SAVED_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")


def scenario_dir() -> Path:
    """Where the district's scenarios are kept (resources/scenarios/)."""
    # The package's own folder (resources.files() may be a MultiplexedPath, which is no real
    # folder in a frozen build).
    return Path(resources_package.__file__).resolve().parent / "scenarios"


def photo_dir() -> Path:
    """The photos scripted departments attach (resources/scenarios/photos/)."""
    return scenario_dir() / "photos"


def photo_names() -> frozenset[str]:
    """The file names a scenario's `photo` may name."""
    folder = photo_dir()
    if not folder.is_dir():
        return frozenset()
    return frozenset(
        path.name
        for path in folder.iterdir()
        if path.suffix.lower() in PHOTO_SUFFIXES and path.is_file()
    )


def trainer_dir(settings: Settings) -> Path:
    """Where trainers' scenarios are saved: `scenarios/` in the server's data folder."""
    return data_dir(settings) / "scenarios"


def _in(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {
        path.stem: path
        for path in sorted(folder.iterdir())
        if path.suffix in SUFFIXES and path.is_file()
    }


def files(folder: Path | None = None, *, trainers: Path | None = None) -> dict[str, Path]:
    """Scenario id (the file's stem) → file: the district's in name order, then the
    trainers' (a trainer's file never shadows a district one of the same id)."""
    district = _in(folder or scenario_dir())
    own = _in(trainers) if trainers is not None else {}
    return {**district, **{key: path for key, path in own.items() if key not in district}}


def source_of(path: Path, *, folder: Path | None = None) -> str:
    """Whose a scenario file is: the district's (shipped) or a trainer's (saved)."""
    return DISTRICT if path.parent == (folder or scenario_dir()) else TRAINER


def load(
    scenario_id: str,
    *,
    ref: ReferenceData,
    folder: Path | None = None,
    trainers: Path | None = None,
) -> Scenario:
    """The scenario of this id, checked; 404 if there is none, 422 with its errors if bad."""
    path = files(folder, trainers=trainers).get(scenario_id)
    if path is None:
        raise not_found(f"Scenario {scenario_id}")
    return checked(path.read_text(encoding="utf-8"), ref=ref, default_id=scenario_id)


def checked(text: str, *, ref: ReferenceData, default_id: str = "") -> Scenario:
    """The scenario in `text`, or 422 listing every error with its line."""
    try:
        return parse(text, ref=ref, default_id=default_id, photos=photo_names())
    except ScenarioInvalid as exc:
        raise _invalid(exc.errors) from None


def _invalid(errors: list[ScenarioError]) -> Problem:
    return Problem(
        422,
        "Invalid scenario",
        f"The scenario has {len(errors)} error(s): {ScenarioInvalid(errors)}",
        code=Code.INVALID,
        kind="invalid",
        errors=[error.as_dict() for error in errors],
    )


def save(
    text: str,
    *,
    scenario_id: str,
    ref: ReferenceData,
    trainers: Path,
    folder: Path | None = None,
) -> tuple[Scenario, Path]:
    """Keep a trainer's scenario as `<id>.yaml` in `trainers`, replacing an earlier save.

    Only a valid scenario is written (422 with its errors otherwise), whole or not at all
    (a temporary file moved into place); the district's scenarios are not overwritten.
    """
    if not SAVED_ID.fullmatch(scenario_id):
        raise invalid_field("scenario_id", "an id starts with a letter or digit")
    if scenario_id in _in(folder or scenario_dir()):
        raise invalid_field(
            "scenario_id",
            f"'{scenario_id}' is one of the district's scenarios and is not changed here: "
            "save your version under another id",
        )
    scenario = checked(text, ref=ref, default_id=scenario_id)
    if scenario.id != scenario_id:
        where = line_of(text, ("id",))
        message = f"the file says id '{scenario.id}' but is saved as '{scenario_id}'"
        raise _invalid([ScenarioError(where, "id", message)])
    trainers.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = trainers / f"{scenario_id}.yaml"
    fd, temporary = tempfile.mkstemp(dir=trainers, prefix=f".{scenario_id}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text if text.endswith("\n") else text + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for suffix in SUFFIXES:  # one file per id: an older .yml or .json of it goes
        older = trainers / f"{scenario_id}{suffix}"
        if older != target:
            older.unlink(missing_ok=True)
    log.info("trainer scenario %s saved (%d injects)", scenario_id, len(scenario.injects))
    return scenario, target


def catalogue(
    *, ref: ReferenceData, folder: Path | None = None, trainers: Path | None = None
) -> list[dict[str, Any]]:
    """Every scenario file: its id, title and size, or the errors that keep it from running."""
    listed = []
    photos = photo_names()
    for scenario_id, path in files(folder, trainers=trainers).items():
        entry: dict[str, Any] = {"id": scenario_id, "file": path.name}
        try:
            scenario = parse(
                path.read_text(encoding="utf-8"), ref=ref, default_id=scenario_id, photos=photos
            )
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
