"""The case list's query string: filters (AND across fields, OR within one), order, page."""

from __future__ import annotations

from datetime import UTC
from typing import Annotated, Literal, get_args

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

from server.schemas.case import Channel
from server.vocabulary import State

Color = Literal["green", "yellow", "red"]
# The orders a list may take: a key, ascending, or "-" and the key, descending.
SortKey = Literal[
    "id",
    "-id",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "due_at",
    "-due_at",
    "escalation_level",
    "-escalation_level",
]
SORT_KEYS = tuple(key for key in get_args(SortKey) if not key.startswith("-"))
MAX_LIMIT = 500
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 3, 20
Code = Annotated[str, Field(max_length=40)]


class CaseFilterQuery(BaseModel):
    """The filters of GET /api/v1/cases and /cases/snapshot; unknown parameters are ignored."""

    model_config = ConfigDict(extra="ignore")

    state: list[State] = []
    color: list[Color] = []
    channel: list[Channel] = []
    category: list[Code] = Field(default=[], description="category codes")
    street: list[Code] = Field(default=[], description="street codes or names")
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
    closed_since: AwareDatetime | None = Field(
        default=None,
        description="ended cases (closed, voided, merged) only if last changed at or after "
        "this instant (ISO 8601 with offset); open cases whatever their age",
    )

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

    @field_validator("closed_since")
    @classmethod
    def _in_range(cls, value: AwareDatetime | None) -> AwareDatetime | None:
        if value is None:
            return None
        try:
            return value.astimezone(UTC)
        except OverflowError:
            raise ValueError("the instant is out of range") from None


class CaseListQuery(CaseFilterQuery):
    """GET /api/v1/cases?…: the filters, the order and the page; unknown parameters are
    ignored."""

    sort: SortKey = "-id"
    cursor: str | None = Field(default=None, max_length=400)
    limit: int = Field(default=50, ge=1, le=MAX_LIMIT)
