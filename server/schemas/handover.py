"""What the outgoing officer's console sends to hand over a shift (交接班)."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas import MAX_INT
from server.schemas.case import Strict

MAX_OUTBOX_ITEMS = 500


class HandoverOutboxItem(Strict):
    """One action the console holds that the server has not applied (sent as it knows it)."""

    case_id: int = Field(ge=1, le=MAX_INT)
    case_ref: str | None = Field(default=None, max_length=24)
    action: str = Field(min_length=1, max_length=30, pattern=r"^[a-z_]+$")
    status: Literal["pending", "conflict", "refused"] = Field(
        description="pending: not sent yet; conflict, refused: the server did not apply it"
    )
    queued_at: AwareDatetime
    detail: str = Field(default="", max_length=500)


class HandoverCreate(Strict):
    """A brief: the officer's notes and unsent outbox items; the server adds its facts."""

    notes: str = Field(default="", max_length=5000)
    outbox: list[HandoverOutboxItem] = Field(default_factory=list, max_length=MAX_OUTBOX_ITEMS)
    shift_start: AwareDatetime | None = Field(
        default=None,
        description="where the shift window starts (within the last 24 hours); default: where "
        "the latest brief ended, else 12 hours ago",
    )
