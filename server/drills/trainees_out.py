"""What `GET /api/v1/drills/trainees` answers: the accounts a run may name (docs/api-drills.md).

Declared beside the drills, like editor_out.py, rather than in `server/schemas/drill_out.py`.
"""

from __future__ import annotations

from pydantic import Field

from server.schemas.case_out import Answer


class TraineeOut(Answer):
    """An active drill account."""

    username: str = Field(description="what `POST /runs` names in `trainees`")
    display_name: str


class TraineeListOut(Answer):
    """The active drill accounts (role `trainer`), by username."""

    trainees: list[TraineeOut]
