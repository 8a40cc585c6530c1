"""What the server answers with a case: the contract the console (and any client) reads.

The hot paths build these answers as plain dicts serialized by orjson (`services/views.py`,
`services/case_json.py`): pydantic serialization doubled the time of large lists. So routes
*declare* these models (OpenAPI documents them; clients generate their expectations from
them) and return the JSON themselves; tests check every answer against its model, with
unknown fields refused, so a field added, renamed or retyped on one side fails a test.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from server.schemas.case import Channel, Urgency
from server.vocabulary import ActionName, CallbackResult, State

Color = Literal["green", "yellow", "red"]
SlaClock = Literal["work", "natural"]


class Answer(BaseModel):
    """An answer model: every field declared, none unknown (drift fails the contract tests)."""

    model_config = ConfigDict(extra="forbid")


class CaseOut(Answer):
    """A case as every list, feed event and action answer carries it."""

    id: int
    ref: str | None = Field(description="the case number people use (e.g. CC2026120700001)")
    channel: Channel
    category: str | None = Field(description="category code")
    category_name: str | None
    urgency: Urgency
    title: str
    description: str
    address: str
    street: str | None = Field(description="street code")
    street_name: str | None
    community: str | None
    grid: str | None = Field(description="grid code")
    lat: float | None
    lon: float | None
    reporter_name: str
    reporter_phone: str = Field(description="masked (138****5678) except in GET /cases/{id} "
                                "for duty officers and supervisors")  # fmt: skip
    state: State
    version: int = Field(description="send it back with an action (optimistic concurrency)")
    department: str | None = Field(description="department code, once dispatched")
    department_name: str | None
    escalation_level: int = Field(ge=0, le=3)
    return_count: int = Field(ge=0)
    drill: bool
    drill_run_id: int | None
    parent_id: int | None = Field(description="merged: the case it was merged into")
    created_at: AwareDatetime
    updated_at: AwareDatetime
    closed_at: AwareDatetime | None
    sla_step: str | None = Field(description="the clock's current step (accept, handle, …)")
    sla_clock: SlaClock | None = Field(description="working time or natural time")
    sla_rule_version: int | None
    sla_paused: bool
    warn_at: AwareDatetime | None = Field(description="when the case turns yellow")
    due_at: AwareDatetime | None = Field(description="when the case turns red (overdue)")
    color: Color | None = Field(description="the color at the last server update")
    extension_pending_min: int | None = Field(description="an extension asked, not decided")
    park_pending: str | None = Field(description="a park request's reason, not decided")
    last_callback: CallbackResult | None = Field(description="the last callback's satisfaction")
    external_ref: str | None = Field(description="city: the city's reference number")
    external_due_at: AwareDatetime | None = Field(description="city: the city's deadline")
    camera_code: str | None = Field(description="video: the camera that saw it")
    allowed_actions: list[ActionName] = Field(description="what the caller may do now")


class HistoryEntryOut(Answer):
    """One audit record of a case's history."""

    id: int
    action: str
    actor: str
    actor_role: str
    from_state: State | None
    to_state: State | None
    note: str
    payload: dict[str, Any] = Field(description="the action's own fields ({} when none)")
    version: int
    at: AwareDatetime


class AttachmentOut(Answer):
    """An attachment's metadata (the bytes: GET /cases/{id}/attachments/{attachment_id})."""

    id: int
    filename: str
    content_type: str
    size: int
    caption: str
    created_by: str
    created_at: AwareDatetime


class EscalationOut(Answer):
    """A step of the escalation ladder taken on the case."""

    kind: Literal["remind", "supervise", "notice"] = Field(description="催办, 督办, 通报")
    step: str = Field(description="the SLA step whose clock ran late")
    status: Literal["open", "closed"] = Field(
        description="督办 items stay open until the case leaves the step"
    )
    at: AwareDatetime


class CaseDetailOut(CaseOut):
    """GET /cases/{id}: the case with its history, attachments and escalations."""

    history: list[HistoryEntryOut]
    attachments: list[AttachmentOut]
    escalations: list[EscalationOut]
    suggested_department: str = Field(description="the category's department code")
    suggested_department_name: str


class CaseWithAttachmentsOut(CaseOut):
    """An attachment's upload answer: the case and all its attachments."""

    attachments: list[AttachmentOut]


class CasePageOut(Answer):
    """GET /cases: a page; follow `next_cursor`, then the feed from `feed_seq`."""

    items: list[CaseOut]
    next_cursor: str | None
    feed_seq: int
