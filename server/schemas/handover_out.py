"""What the server answers about shift handovers (交接班): briefs, their facts, signatures."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas.case import Channel
from server.schemas.case_out import Answer, Color
from server.vocabulary import State


class BriefCaseOut(Answer):
    """A case as a brief lists it, with the moment that put it on the list."""

    id: int
    ref: str | None
    title: str
    channel: Channel
    category_name: str | None
    street_name: str | None
    department_name: str | None
    state: State = Field(description="the state when the brief was written")
    color: Color | None
    at: AwareDatetime | None = Field(
        description="intake: created; turned_red: 督办 reached; open_supervision: opened; "
        "pending_extensions: requested; parked: parked"
    )
    step: str | None = Field(default=None, description="the SLA step that ran late")
    extension_minutes: int | None = Field(default=None, description="pending_extensions")
    note: str = Field(default="", description="the reason given (park, extension request)")


class SectionOut(Answer):
    """One list of the brief: how many there are, and the first of them."""

    count: int = Field(ge=0, description="all of them; `items` holds at most 200")
    items: list[BriefCaseOut]


class HandoverFactsOut(Answer):
    """The server's figures for the shift window, as of its end (live cases only)."""

    intake_by_channel: dict[Channel, int] = Field(description="cases created, every channel")
    intake: SectionOut = Field(description="cases created in the window, newest first")
    turned_red: SectionOut = Field(description="cases that reached 督办 in the window")
    open_supervision: SectionOut = Field(description="open 督办 items, the oldest first")
    pending_extensions: SectionOut = Field(description="extension requests awaiting a decision")
    parked: SectionOut = Field(description="cases parked (挂账) now, the longest first")


class PersonOut(Answer):
    """Who wrote or signed a brief."""

    username: str
    name: str
    role: str


class HandoverOutboxItemOut(Answer):
    """An action the author's console held unapplied when the brief was written."""

    case_id: int
    case_ref: str | None
    action: str
    status: Literal["pending", "conflict", "refused"]
    queued_at: AwareDatetime
    detail: str


class HandoverCountsOut(Answer):
    """The brief's figures in one line (the list's rows)."""

    intake: int
    turned_red: int
    open_supervision: int
    pending_extensions: int
    parked: int
    outbox: int


class HandoverSummaryOut(Answer):
    """A brief in the list: who, which window, its figures, whether signed."""

    id: int
    status: Literal["unsigned", "signed"]
    author: PersonOut
    shift_start: AwareDatetime
    shift_end: AwareDatetime
    created_at: AwareDatetime
    counts: HandoverCountsOut
    signed_by: PersonOut | None
    signed_at: AwareDatetime | None


class HandoverOut(HandoverSummaryOut):
    """A whole brief: the summary, the notes, the facts and the outbox items."""

    notes: str
    facts: HandoverFactsOut
    outbox: list[HandoverOutboxItemOut]


class HandoverListOut(Answer):
    """GET /handovers: newest first; `next_cursor` continues (null at the end)."""

    items: list[HandoverSummaryOut]
    next_cursor: int | None


class HandoverDraftOut(Answer):
    """GET /handovers/draft: the facts a brief written now would hold (nothing is kept)."""

    shift_start: AwareDatetime
    shift_end: AwareDatetime
    facts: HandoverFactsOut
