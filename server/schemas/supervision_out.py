"""The supervisor's board (docs/api-supervision.md): 督办 and 通报 items with their cases,
counters by department and street, and the decisions awaiting a supervisor."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, Field

from server.schemas.case_out import Answer, CaseOut


class NamedOut(Answer):
    """A department or street as the reference gives it."""

    id: int
    code: str
    name: str


class BulletinFileOut(Answer):
    """One file of a 通报 bulletin: an attachment of the case."""

    id: int = Field(description="the attachment id")
    filename: str
    url: str = Field(description="GET it with the bearer token: /api/v1/attachments/{id}")


class BulletinOut(Answer):
    """The generated 通报 document, as PDF and as plain UTF-8 text."""

    pdf: BulletinFileOut
    txt: BulletinFileOut


class SupervisionItemOut(Answer):
    """A 督办 or 通报 item and the case behind it."""

    id: int
    kind: Literal["supervise", "notice"] = Field(description="督办 or 通报")
    status: Literal["open", "closed"]
    step: str = Field(description="the SLA step whose clock ran late")
    opened_at: AwareDatetime
    closed_at: AwareDatetime | None
    opened_by: str = Field(description='"system" for the ladder, else the supervisor\'s name')
    note: str = Field(description="the supervisor's 督办 note ('' for the ladder's items)")
    department: NamedOut | None = Field(description="the holder; null when not dispatched")
    street: NamedOut | None
    overdue_min: int | None = Field(
        ge=0,
        description="working minutes past the step's due time (0: not yet past due; "
        "null: closed item or no clock)",
    )
    escalation_level: int = Field(ge=0, le=3)
    last_urge_at: AwareDatetime | None = Field(description="the last urge or auto_remind")
    bulletin: BulletinOut | None = Field(description="notice items: the generated bulletin")
    case: CaseOut


class CounterOut(Answer):
    """Open items held by one department, or lying in one street (id null: none)."""

    id: int | None
    code: str | None
    name: str
    count: int = Field(ge=1)


class CountersOut(Answer):
    """Open items by department and by street, not narrowed by those filters."""

    departments: list[CounterOut]
    streets: list[CounterOut]


class PendingOut(Answer):
    """A request awaiting a supervisor's decision: an extension or parking the case."""

    kind: Literal["extension", "park"]
    case_id: int
    asked_by: str | None
    asked_role: str | None
    asked_at: AwareDatetime | None
    minutes: int | None = Field(description="extension: the minutes asked")
    reason: str
    case: CaseOut


class SupervisionOut(Answer):
    """GET /supervision: the board."""

    now: AwareDatetime = Field(description="the server time the lateness is counted at")
    total: int = Field(ge=0, description="items matching the filters, before `limit`")
    items: list[SupervisionItemOut]
    counters: CountersOut
    pending: list[PendingOut]


class BulletinAnswerOut(Answer):
    """POST /supervision/{item_id}/bulletin."""

    item_id: int
    bulletin: BulletinOut
