"""The scenario format: a YAML (or JSON) file of timed injects, checked against a schema,
every error with the line it is on (docs/api-drills.md, "Scenario format")."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

import yaml
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from server.services.refdata import ReferenceData
from server.services.resolve import find_category, find_department, find_street

InjectKind = Literal["call", "grid_photo", "camera_alarm", "city_assign", "duplicate"]
Channel = Literal["hotline_12345", "grid", "video", "city"]
ScriptAction = Literal["sign", "return", "request_extension", "resolve", "comment"]
# The channel each kind of inject arrives by (a duplicate names its own).
CHANNEL_OF_KIND: dict[str, str] = {
    "call": "hotline_12345",
    "grid_photo": "grid",
    "camera_alarm": "video",
    "city_assign": "city",
}
# Actions a script step needs a note for (the lifecycle's reasons).
NOTE_REQUIRED = frozenset({"return", "request_extension"})
# Steps that may bring a photo along (a resolution's evidence, a progress picture).
PHOTO_STEPS = frozenset({"resolve", "comment"})
# A photo is named by its plain file name under resources/scenarios/photos/: no path.
PHOTO_NAME = r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(jpg|jpeg|png)$"
MAX_INJECTS = 500


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Caller(_Strict):
    """Who calls or reports, and what they say (the case's description)."""

    name: str = Field(default="", max_length=80)
    phone: str = Field(default="", max_length=40, pattern=r"^[0-9+\- ]*$")
    text: str = Field(min_length=1, max_length=5000)


class Targets(_Strict):
    """Drill minutes the trainee has, from the inject's arrival."""

    register_min: float = Field(default=5, gt=0, le=24 * 60)
    dispatch_min: float = Field(default=15, gt=0, le=24 * 60)


class Expect(_Strict):
    """What the trainee should do with the inject, and where it should end."""

    department: str | None = Field(default=None, max_length=40)
    actions: list[str] = Field(default_factory=list, max_length=20)
    state: str = Field(default="dispatched", max_length=20)
    register_min: float | None = Field(default=None, gt=0, le=24 * 60)
    dispatch_min: float | None = Field(default=None, gt=0, le=24 * 60)


class ScriptStep(_Strict):
    """One move of the scripted department, `after_min` drill minutes after the one before
    (the first: after the case was dispatched to it)."""

    after_min: float = Field(ge=0, le=7 * 24 * 60)
    do: ScriptAction
    note: str = Field(default="", max_length=2000)
    minutes: int | None = Field(default=None, ge=1, le=60 * 24 * 60)  # request_extension
    photo: str | None = Field(default=None, max_length=80, pattern=PHOTO_NAME)  # resolve, comment
    photo_caption: str = Field(default="", max_length=200)


class WrongDepartment(_Strict):
    """What a department the case should not have reached does: it returns it."""

    after_min: float = Field(default=5, ge=0, le=24 * 60)
    note: str = Field(default="非本部门职责，请重新派遣", min_length=1, max_length=2000)


class Inject(_Strict):
    """One timed event of the scenario: it becomes a drill case at `at_min`."""

    id: str = Field(min_length=1, max_length=60, pattern=r"^[A-Za-z0-9_.-]+$")
    at_min: float = Field(ge=0, le=7 * 24 * 60)
    kind: InjectKind
    channel: Channel | None = None  # a duplicate's channel (others: by kind)
    duplicate_of: str | None = Field(default=None, max_length=60)
    category: str = Field(min_length=1, max_length=40)
    urgency: Literal["normal", "urgent", "emergency"] | None = None
    title: str = Field(min_length=1, max_length=200)
    address: str = Field(default="", max_length=200)
    street: str | None = Field(default=None, max_length=80)
    grid: str | None = Field(default=None, max_length=40)
    camera: str | None = Field(default=None, max_length=40)
    city_ref: str | None = Field(default=None, max_length=40)
    city_due_hours: float | None = Field(default=None, gt=0, le=24 * 365)
    caller: Caller
    expect: Expect = Field(default_factory=Expect)
    department_script: list[ScriptStep] = Field(default_factory=list, max_length=20)
    wrong_department: WrongDepartment = Field(default_factory=WrongDepartment)


class Scenario(_Strict):
    """A drill scenario: its default start moment, targets and injects."""

    id: str = Field(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.-]+$")
    title: str = Field(min_length=1, max_length=120)
    description: str = Field(default="", max_length=5000)
    start_at: AwareDatetime
    duration_min: float = Field(gt=0, le=7 * 24 * 60)
    targets: Targets = Field(default_factory=Targets)
    injects: list[Inject] = Field(min_length=1, max_length=MAX_INJECTS)

    def targets_of(self, inject: Inject) -> Targets:
        """The inject's targets: its own where it sets them, else the scenario's."""
        return Targets(
            register_min=inject.expect.register_min or self.targets.register_min,
            dispatch_min=inject.expect.dispatch_min or self.targets.dispatch_min,
        )

    def inject(self, key: str) -> Inject:
        """The inject with this id."""
        return next(inject for inject in self.injects if inject.id == key)


@dataclass(frozen=True)
class ScenarioError:
    """One problem in a scenario file: where (line, and the field's path) and what."""

    line: int | None
    path: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        """The error as the API answers it."""
        return {"line": self.line, "path": self.path, "message": self.message}


class ScenarioInvalid(ValueError):
    """A scenario file that does not pass: every error found, with its line."""

    def __init__(self, errors: list[ScenarioError]) -> None:
        super().__init__("; ".join(f"line {e.line}: {e.path}: {e.message}" for e in errors))
        self.errors = errors


def parse(
    text: str,
    *,
    ref: ReferenceData | None = None,
    default_id: str = "",
    photos: Collection[str] | None = None,
) -> Scenario:
    """The scenario in `text` (YAML, or JSON, which YAML reads too), or ScenarioInvalid.

    With `ref`, the codes (categories, streets, departments) are checked against the
    district's reference data as well; with `photos` (the file names a script may attach),
    every step's photo must be one of them.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise ScenarioInvalid([ScenarioError(line, "", str(exc.problem or exc))]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not take
        line = text[: exc.position].count("\n") + 1
        raise ScenarioInvalid([ScenarioError(line, "", exc.reason)]) from None
    except yaml.YAMLError as exc:
        raise ScenarioInvalid([ScenarioError(None, "", str(exc))]) from None
    if not isinstance(data, dict) or root is None:
        raise ScenarioInvalid([ScenarioError(1, "", "a scenario is a mapping (id, title, …)")])
    if default_id and "id" not in data:
        data["id"] = default_id
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        errors = [
            ScenarioError(_line_of(root, error["loc"]), _path(error["loc"]), error["msg"])
            for error in exc.errors()
        ]
        raise ScenarioInvalid(errors) from None
    errors = [
        ScenarioError(_line_of(root, loc), _path(loc), message)
        for loc, message in _cross_checks(scenario, ref, photos)
    ]
    if errors:
        raise ScenarioInvalid(errors)
    return scenario


def _cross_checks(
    scenario: Scenario, ref: ReferenceData | None, photos: Collection[str] | None
) -> list[tuple[tuple[Any, ...], str]]:
    """What one field alone cannot say: unique ids, duplicates of earlier injects, codes."""
    found: list[tuple[tuple[Any, ...], str]] = []
    seen: dict[str, float] = {}
    for index, inject in enumerate(scenario.injects):
        loc: tuple[Any, ...] = ("injects", index)
        if inject.id in seen:
            found.append(((*loc, "id"), f"inject id '{inject.id}' is used twice"))
        if inject.kind == "duplicate":
            if inject.duplicate_of is None or inject.channel is None:
                found.append((loc, "a duplicate names duplicate_of and its channel"))
            elif inject.duplicate_of not in seen:
                found.append(
                    ((*loc, "duplicate_of"), f"'{inject.duplicate_of}' is no earlier inject")
                )
            elif seen[inject.duplicate_of] > inject.at_min:
                found.append(((*loc, "at_min"), "a duplicate comes after the inject it repeats"))
        elif inject.duplicate_of is not None:
            found.append(((*loc, "duplicate_of"), "only an inject of kind duplicate has it"))
        if inject.kind == "city_assign" and (
            inject.city_ref is None or inject.city_due_hours is None
        ):
            found.append((loc, "a city 交办 names city_ref and city_due_hours"))
        for step_index, step in enumerate(inject.department_script):
            step_loc = (*loc, "department_script", step_index)
            if step.do in NOTE_REQUIRED and not step.note:
                found.append(((*step_loc, "note"), f"{step.do} needs a note"))
            found += _photo_checks(step, step_loc, photos)
            if step.do == "request_extension" and step.minutes is None:
                found.append(
                    ((*loc, "department_script", step_index, "minutes"), "say how many minutes")
                )
        if ref is not None:
            found += _code_checks(inject, loc, ref)
        seen.setdefault(inject.id, inject.at_min)
    return found


def _photo_checks(
    step: ScriptStep, loc: tuple[Any, ...], photos: Collection[str] | None
) -> list[tuple[tuple[Any, ...], str]]:
    if step.photo is None:
        return []
    if step.do not in PHOTO_STEPS:
        return [((*loc, "photo"), f"only a resolve or comment step brings a photo, not {step.do}")]
    if photos is not None and step.photo not in photos:
        known = ", ".join(sorted(photos)) or "none"
        return [((*loc, "photo"), f"no photo '{step.photo}' in scenarios/photos/ (there: {known})")]
    return []


def _code_checks(
    inject: Inject, loc: tuple[Any, ...], ref: ReferenceData
) -> list[tuple[tuple[Any, ...], str]]:
    found: list[tuple[tuple[Any, ...], str]] = []
    if find_category(ref, inject.category) is None:
        found.append(((*loc, "category"), f"unknown category '{inject.category}'"))
    if inject.street is not None and find_street(ref, inject.street) is None:
        found.append(((*loc, "street"), f"unknown street '{inject.street}'"))
    department = inject.expect.department
    if department is not None:
        known = find_department(ref, department)
        if known is None or not known.handles_cases:
            found.append(((*loc, "expect", "department"), f"no handling department '{department}'"))
    return found


def _path(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def line_of(text: str, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the field at `loc` in a scenario's text (None: unreadable)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    return _line_of(root, loc) if root is not None else None


def _line_of(root: yaml.Node, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the deepest node along `loc` (a missing field: its mapping's)."""
    node = root
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        node = child
    line: int = node.start_mark.line
    return line + 1


def _child(node: yaml.Node, part: Any) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return value
        return None
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int):
        return node.value[part] if 0 <= part < len(node.value) else None
    return None


def timeline(scenario: Scenario, start: datetime | None = None) -> list[dict[str, Any]]:
    """A dry run: every inject at its drill instant, with what it expects (no case made)."""
    begin = start or scenario.start_at
    return [
        {
            "inject": inject.id,
            "at_min": inject.at_min,
            "at": (begin + timedelta(minutes=inject.at_min)).isoformat(),
            "kind": inject.kind,
            "channel": inject.channel or CHANNEL_OF_KIND.get(inject.kind),
            "title": inject.title,
            "duplicate_of": inject.duplicate_of,
            "expect_department": inject.expect.department,
            "expect_state": inject.expect.state,
            "script": [step.do for step in inject.department_script],
        }
        for inject in sorted(scenario.injects, key=lambda i: i.at_min)
    ]
