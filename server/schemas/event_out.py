"""What the change feed sends: `GET /api/v1/events` (a page of events) and the data of each
`/api/v1/events/stream` frame, declared for OpenAPI like the case answers (case_out.py).

Every event has its number (`seq`), `type`, `case_id`, `version` and `at`; the rest depends on
the type (the payload the writer appended, server/services/feed.py). The routes send the
bytes the feed hub encoded once per role and only *declare* these models; tests validate
real events against them, unknown fields refused (tests/server/test_event_contract.py).
A client ignores types it does not know: a newer server may add some.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from server.schemas.camera import CameraKind, CameraStatus
from server.schemas.case_out import Answer, CaseOut, HistoryEntryOut
from server.schemas.drill_events import DrillRunEventOut
from server.schemas.handover_out import HandoverSummaryOut

CaseEventType = Literal["case.created", "case.action", "case.escalated", "case.updated"]


class EventOut(Answer):
    """What every event carries."""

    seq: int = Field(ge=1, description="the event's number: follow from it (`after`)")
    at: AwareDatetime = Field(description="when the change was committed")


class CaseEventOut(EventOut):
    """A case changed: the case as the reader may see it now, and the audit record."""

    type: CaseEventType = Field(
        description="created; an action (the lifecycle's, an attachment, a direct answer); "
        "the escalation ladder's step; its deadlines moved by a calendar change"
    )
    case_id: int
    version: int = Field(description="the case's version after the change")
    case: CaseOut
    action: HistoryEntryOut


class CameraOut(Answer):
    """A camera or relay of the registry, as GET /cameras lists it."""

    id: int
    code: str
    name: str
    street: str | None = Field(description="street code")
    street_name: str | None
    lat: float
    lon: float
    stream_url: str
    kind: CameraKind
    status: CameraStatus


class CameraEventOut(EventOut):
    """A camera was added, changed or removed (`removed`: it is gone)."""

    type: Literal["camera.changed"]
    case_id: None
    version: None
    camera: CameraOut
    removed: bool


class CalendarEventOut(EventOut):
    """The holiday calendar changed on these days; `moved` running deadlines moved with it
    (each such case has its own `case.updated` event)."""

    type: Literal["calendar.changed"]
    case_id: None
    version: None
    dates: list[date]
    moved: int = Field(ge=0)


class PatrolSummaryOut(Answer):
    """A patrol as lists show it (GET /patrols/{id} adds the track and the problems' cases)."""

    id: int
    river: str = Field(description="river code")
    river_name: str
    segment: str | None = Field(description="segment code")
    segment_name: str | None
    patroller: str
    started_at: AwareDatetime
    ended_at: AwareDatetime
    duration_min: float
    distance_km: float
    reported_km: float | None
    distance_agrees: bool | None
    debris_tons: float
    problems: int = Field(ge=0)
    note: str
    created_by: str
    created_at: AwareDatetime


class PatrolEventOut(EventOut):
    """A river patrol was recorded (its problems' cases have their own `case.created`)."""

    type: Literal["patrol.created"]
    case_id: None
    version: None
    patrol: PatrolSummaryOut


class SlaRulesEventOut(EventOut):
    """A new version of the SLA rules was published (`version`: its number)."""

    type: Literal["sla_rules.changed"]
    case_id: None
    version: int = Field(ge=1, description="the published rules' version")


class HandoverEventOut(EventOut):
    """A shift handover brief was written or signed (docs/api-handovers.md)."""

    type: Literal["handover.created", "handover.signed"]
    case_id: None
    version: None
    handover: HandoverSummaryOut


VolunteerEventType = Literal[
    "volunteer.requested",
    "volunteer.offered",
    "volunteer.withdrawn",
    "volunteer.accepted",
    "volunteer.declined",
    "volunteer.done",
    "volunteer.rated",
    "volunteer.cancelled",
]


class ServiceRequestOut(Answer):
    """A volunteer service request as lists and feed events show it (the phone masked)."""

    id: int
    channel: str
    category: str = Field(description="service category code")
    category_name: str
    street: str | None = Field(description="street code")
    street_name: str | None
    address: str
    description: str
    resident_name: str
    resident_phone: str
    state: Literal["requested", "offered", "accepted", "done", "rated", "cancelled"]
    version: int = Field(ge=1)
    team: str | None = Field(description="team code: offered to, taken by or done by")
    team_name: str | None
    due_at: AwareDatetime | None = Field(description="the running step's deadline")
    overdue: bool
    offered_at: AwareDatetime | None
    accepted_at: AwareDatetime | None
    done_at: AwareDatetime | None
    done_note: str
    hours: float | None
    rating: int | None
    rating_comment: str
    rated_at: AwareDatetime | None
    created_by: str
    created_at: AwareDatetime
    updated_at: AwareDatetime


class VolunteerEventOut(EventOut):
    """A volunteer service request was made or moved on (docs/api-volunteers.md); `version`
    is none: the request carries its own."""

    type: VolunteerEventType
    case_id: None
    version: None
    request: ServiceRequestOut


AnyEventOut = Annotated[
    CaseEventOut
    | CameraEventOut
    | CalendarEventOut
    | PatrolEventOut
    | SlaRulesEventOut
    | HandoverEventOut
    | VolunteerEventOut
    | DrillRunEventOut,
    Field(discriminator="type"),
]
EVENT_MODELS: tuple[type[Answer], ...] = (
    CaseEventOut,
    CameraEventOut,
    CalendarEventOut,
    PatrolEventOut,
    SlaRulesEventOut,
    HandoverEventOut,
    VolunteerEventOut,
    DrillRunEventOut,
)


class EventPageOut(Answer):
    """GET /events: the events after `after` this reader may see, oldest first."""

    events: list[AnyEventOut]
    last_seq: int = Field(
        ge=0, description="continue from here; it moves past events this reader may not see"
    )


class FeedGoneOut(Answer):
    """The data of the stream's `gone` event: the reader fell behind the kept window (410)."""

    status: int
    detail: str
    code: str


def _ref(model: type[Answer]) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{model.__name__}"}


# One frame of /events/stream as OpenAPI 3.2 describes server-sent events (`itemSchema`, as
# FastAPI writes it for a streamed route): `event` the type, `id` the seq, `data` the event as
# GET /events has it, or, for the `gone` frame that ends a stream fallen behind, FeedGoneOut.
SSE_FRAME = {
    "type": "object",
    "properties": {
        "event": {"type": "string", "description": "the event's type, or `gone`"},
        "id": {"type": "string", "description": "the event's seq (send it as Last-Event-ID)"},
        "retry": {"type": "integer", "minimum": 0},
        "data": {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {
                "oneOf": [
                    *(_ref(model) for model in EVENT_MODELS),
                    {**FeedGoneOut.model_json_schema(), "title": "gone"},
                ]
            },
        },
    },
}
