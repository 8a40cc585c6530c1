"""A patrol as POST /patrols and GET /patrols/{id} answer it, with its problems' cases."""

from __future__ import annotations

from pydantic import AwareDatetime, Field

from server.schemas.case_out import Answer, AttachmentOut, CaseOut


class PatrolProblemOut(Answer):
    """A problem found on the patrol, and the case it became."""

    kind: str = Field(description="pollution, weeds, debris, bank_dumping")
    label: str
    case_id: int
    case: CaseOut | None = Field(description="null when the caller may not see the case")
    attachments: list[AttachmentOut] = Field(description="empty when the case is not shown")


class PatrolDetailOut(Answer):
    """A patrol with its track and its problems' cases."""

    id: int
    river: str = Field(description="river code")
    river_name: str
    segment: str | None = Field(description="segment code")
    segment_name: str | None
    patroller: str
    started_at: AwareDatetime
    ended_at: AwareDatetime
    duration_min: float
    distance_km: float = Field(description="computed from the track")
    reported_km: float | None = Field(description="the app's own figure")
    distance_agrees: bool | None = Field(description="null when the app gave no distance")
    debris_tons: float
    problems: int = Field(ge=0)
    note: str
    created_by: str
    created_at: AwareDatetime
    track: list[tuple[float, float, AwareDatetime]] = Field(description="[[lat, lon, time], …]")
    problem_cases: list[PatrolProblemOut]
