"""Drill scenarios as the console reads them (`GET /api/v1/drills/scenarios`,
docs/api-drills.md): each scenario file, runnable or with its errors and their lines.
No Qt, nothing of ours."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.contract.drill_fields import float_of, int_of, list_of, moment_of, text_of


@dataclass(frozen=True, slots=True)
class ScenarioError:
    """One error of a scenario file: its line (1-based, if known), field path, message."""

    line: int | None
    path: str
    message: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScenarioError:
        """An `errors` entry."""
        return cls(
            int_of(data.get("line")), text_of(data.get("path")), text_of(data.get("message"))
        )

    def __str__(self) -> str:
        where = f"{self.line}: " if self.line is not None else ""
        path = f"{self.path}: " if self.path else ""
        return f"{where}{path}{self.message}"


@dataclass(frozen=True, slots=True, kw_only=True)
class ScenarioInfo:
    """A scenario file of `GET /scenarios`: runnable, or with its errors."""

    id: str
    file: str = ""
    valid: bool = False
    errors: tuple[ScenarioError, ...] = ()
    title: str = ""
    injects: int = 0
    duration_min: float | None = None
    start_at: datetime | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScenarioInfo:
        """A `scenarios` entry."""
        return cls(
            id=text_of(data.get("id")),
            file=text_of(data.get("file")),
            valid=bool(data.get("valid")),
            errors=tuple(ScenarioError.from_json(e) for e in list_of(data.get("errors"))),
            title=text_of(data.get("title")),
            injects=int_of(data.get("injects")) or 0,
            duration_min=float_of(data.get("duration_min")),
            start_at=moment_of(data.get("start_at")),
        )


def scenarios_from_json(data: Mapping[str, Any]) -> tuple[ScenarioInfo, ...]:
    """The scenario list of `GET /scenarios`."""
    return tuple(ScenarioInfo.from_json(s) for s in list_of(data.get("scenarios")))
