"""The case list's query string: filters (AND across fields, OR within one), order, page."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from server.schemas.case import Channel
from server.services.case_query import MAX_LIMIT, SORT_KEYS
from server.services.lifecycle import STATES

State = Literal[STATES]  # type: ignore[valid-type]
Color = Literal["green", "yellow", "red"]
SortKey = Literal[tuple(k for key in SORT_KEYS for k in (key, "-" + key))]  # type: ignore[misc]
Code = Annotated[str, Field(max_length=40)]


class CaseListQuery(BaseModel):
    """GET /api/v1/cases?…; unknown parameters are ignored."""

    model_config = ConfigDict(extra="ignore")

    state: list[State] = []
    color: list[Color] = []
    channel: list[Channel] = []
    category: list[Code] = Field(default=[], description="category codes")
    street: list[Code] = Field(default=[], description="street codes")
    department: list[Code] = Field(default=[], description="department codes")
    escalation: int | None = Field(default=None, ge=0, le=3, description="at least this level")
    open: bool = Field(default=False, description="only open cases")
    drill: bool = Field(default=False, description="drill cases (trainers only)")
    q: str = Field(default="", max_length=100, description="text in title, description, address")
    sort: SortKey = "-id"
    cursor: str | None = Field(default=None, max_length=400)
    limit: int = Field(default=50, ge=1, le=MAX_LIMIT)
