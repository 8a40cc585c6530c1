"""What clients send to create a case or act on one."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from server.schemas import MAX_INT, Instant
from server.vocabulary import ActionName, CallbackResult, EscalateTarget

CHANNELS = ("hotline_12345", "grid", "river_patrol", "video", "city", "open311")
Channel = Literal["hotline_12345", "grid", "river_patrol", "video", "city", "open311"]
Urgency = Literal["normal", "urgent", "emergency"]


# Control characters but tab, line feed and carriage return, and the noncharacters U+FFFE and
# U+FFFF: no text of ours holds them, and XML 1.0 (the Open311 lists) cannot carry them.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


class Strict(BaseModel):
    """Refuses unknown fields, so that a typo is an error and not a silent no-op."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _printable(cls, value: object) -> object:
        # NUL and other control characters break PostgreSQL text and every display.
        if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
            raise ValueError("contains control characters; remove them")
        return value


class CaseCreate(Strict):
    """A new case as reported through a channel."""

    channel: Channel
    category: str = Field(min_length=1, max_length=40, description="category code")
    urgency: Urgency | None = Field(
        default=None, description="default: the category's default_urgency"
    )
    title: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=5000)
    address: str = Field(default="", max_length=200)
    street: str | None = Field(
        default=None, max_length=80, description="street code or name; detected from the address"
    )
    community: str | None = Field(default=None, max_length=80)
    grid: str | None = Field(default=None, max_length=40, description="grid code")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    reporter_name: str = Field(default="", max_length=80)
    reporter_phone: str = Field(default="", max_length=40, pattern=r"^[0-9+\- ]*$")
    drill: bool = False
    drill_run_id: int | None = Field(default=None, ge=1, le=MAX_INT)
    external_ref: str | None = Field(
        default=None, min_length=1, max_length=40, description="city: the city's reference number"
    )
    external_due_at: Instant | None = Field(
        default=None, description="city: the deadline the city set (in the future)"
    )
    camera_code: str | None = Field(
        default=None, min_length=1, max_length=40, description="video: the camera, by its code"
    )
    answered: str | None = Field(
        default=None,
        min_length=1,
        max_length=2000,
        description="a consultation answered on the phone (直办): the answer; the case is "
        "created closed",
    )


class ActionRequest(Strict):
    """An action on a case, with the version the client saw and the action's own fields."""

    action: ActionName
    version: int | None = Field(
        default=None, ge=1, le=MAX_INT, description="the case version seen; or send If-Match"
    )
    note: str = Field(
        default="",
        max_length=2000,
        description="note, or the reason where one is required "
        "(return, void, park, verify_fail, reopen, request/reject_extension, unsatisfied "
        "callback, correct)",
    )
    department: str | None = Field(default=None, max_length=40, description="dispatch: code")
    parent_id: int | None = Field(
        default=None, ge=1, le=MAX_INT, description="merge: the parent case id"
    )
    extension_minutes: int | None = Field(
        default=None, ge=1, le=450 * 60, description="request_extension: clock minutes"
    )
    result: CallbackResult | None = Field(default=None, description="callback: satisfaction")
    target: EscalateTarget | None = Field(default=None, description="escalate: to whom")
    category: str | None = Field(
        default=None, min_length=1, max_length=40, description="correct: the category code"
    )
    street: str | None = Field(
        default=None, min_length=1, max_length=80, description="correct: street code or name"
    )
    urgency: Urgency | None = Field(default=None, description="correct: the urgency")
    address: str | None = Field(
        default=None, min_length=1, max_length=200, description="correct: the address"
    )
