"""The scenario editor's server calls (docs/api-drills.md, "Scenarios"); imports no Qt.

Checking is a read (a POST that changes nothing, retried like a GET); saving is sent once
(`retry=False`): a PUT is simply repeated by the trainer, and the server's answer to a bad
scenario (422 with `errors` and their lines) is what the editor shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from console.api.client import ApiClient
from console.api.errors import ApiError


@dataclass(frozen=True)
class ScenarioError:
    """One error in a scenario's text: its 1-based line (None: the whole file), the
    field's path, what is wrong."""

    line: int | None
    path: str
    message: str


@dataclass(frozen=True)
class Checked:
    """A scenario as the server checked it: its errors, or its dry run by drill minute."""

    valid: bool
    errors: tuple[ScenarioError, ...]
    scenario_id: str | None
    title: str | None
    start_at: str | None
    timeline: tuple[dict[str, Any], ...]
    photos: tuple[str, ...]


def errors_of(items: Any) -> tuple[ScenarioError, ...]:
    """The server's `errors` list (of a check, or of a 422) as ScenarioErrors."""
    found = []
    for item in items or []:
        if not isinstance(item, dict):
            continue
        line = item.get("line")
        found.append(
            ScenarioError(
                line if isinstance(line, int) else None,
                str(item.get("path") or item.get("field") or ""),
                str(item.get("message", "")),
            )
        )
    return tuple(found)


class DrillScenariosApi:
    """Scenarios for the editor: list, open, check (dry run) and save (worker threads only)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def catalogue(self) -> list[dict[str, Any]]:
        """Every scenario a trainer can pick: `id`, `file`, `valid`, `title`, …"""
        answer = self._client.request_object("GET", "/api/v1/drills/scenarios")
        return list(answer["scenarios"])

    def text(self, scenario_id: str) -> dict[str, Any]:
        """A scenario as written: `id`, `file`, `source` (district or trainer), `text`."""
        return self._client.request_object("GET", f"/api/v1/drills/scenarios/{scenario_id}/text")

    def check(self, text: str) -> Checked:
        """The server's check of `text`: errors with their lines, or the dry run."""
        answer = self._client.request_object(
            "POST", "/api/v1/drills/scenarios/validate", json={"text": text}
        )
        return Checked(
            valid=bool(answer["valid"]),
            errors=errors_of(answer["errors"]),
            scenario_id=answer.get("id"),
            title=answer.get("title"),
            start_at=answer.get("start_at"),
            timeline=tuple(answer["timeline"]),
            photos=tuple(answer.get("photos") or ()),
        )

    def save(self, scenario_id: str, text: str) -> dict[str, Any]:
        """Keep the scenario on the server for trainers to pick; a bad one raises the 422
        (its ScenarioErrors: `errors_of(error.problem.get("errors"))`)."""
        return self._client.request_object(
            "PUT",
            f"/api/v1/drills/scenarios/{scenario_id}",
            retry=False,
            json={"text": text},
        )


def save_errors(error: ApiError) -> tuple[ScenarioError, ...]:
    """The lines a refused save names (none for a refusal that is not about the text)."""
    return errors_of(error.problem.get("errors"))
