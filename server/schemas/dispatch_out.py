"""What the dispatch aids answer that carries cases: the duplicates of a case or a report."""

from __future__ import annotations

from pydantic import Field

from server.schemas.case_out import Answer, CaseOut


class DuplicateOut(Answer):
    """An open case that may report the same matter, and how alike it is."""

    case: CaseOut
    score: float = Field(ge=0, le=1, description="how alike, 0–1")
    same_category: bool
    suggested: bool = Field(description="same category and score ≥ suggest_threshold")
    distance_m: float | None = Field(description="null when either has no coordinates")
    hours_apart: float


class CaseDuplicatesOut(Answer):
    """GET /cases/{id}/duplicates."""

    case_id: int
    items: list[DuplicateOut]
    suggest_threshold: float


class ReportDuplicatesOut(Answer):
    """GET /duplicates: the cases like a report not yet created."""

    street: str | None = Field(description="the street code found (given or from the address)")
    items: list[DuplicateOut]
    suggest_threshold: float
