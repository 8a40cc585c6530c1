"""The supervisor's screen: 督办 items with their cases."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas.case_out import Answer, CaseOut


class SupervisionItemOut(Answer):
    """A 督办 item and the case behind it."""

    id: int
    status: Literal["open", "closed"]
    step: str = Field(description="the SLA step whose clock ran late")
    opened_at: AwareDatetime
    closed_at: AwareDatetime | None
    case: CaseOut


class SupervisionOut(Answer):
    """GET /supervision."""

    items: list[SupervisionItemOut]
