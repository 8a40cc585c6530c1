"""The case list's query string: filters (AND across fields, OR within one), order, page."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from server.schemas.case import Channel
from server.services.case_query import MAX_LIMIT, MAX_PHONE_DIGITS, MIN_PHONE_DIGITS, SORT_KEYS
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
    phone: str = Field(
        default="",
        max_length=40,
        description=f"digits of the reporter's phone (at least {MIN_PHONE_DIGITS}), anywhere "
        "in the stored number; duty officers and supervisors only",
    )
    sort: SortKey = "-id"
    cursor: str | None = Field(default=None, max_length=400)
    limit: int = Field(default=50, ge=1, le=MAX_LIMIT)

    @field_validator("phone")
    @classmethod
    def _phone_digits(cls, value: str) -> str:
        # Spaces and dashes as people write numbers are dropped; anything else is a mistake.
        digits = value.strip().replace(" ", "").replace("-", "")
        if digits and not (
            digits.isascii()
            and digits.isdigit()
            and MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS
        ):
            raise ValueError(
                f"give {MIN_PHONE_DIGITS} to {MAX_PHONE_DIGITS} digits of the caller's phone "
                "number, digits only"
            )
        return digits
