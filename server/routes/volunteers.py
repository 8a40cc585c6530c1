"""Volunteer service (点单-派单-接单-评单): teams and service categories, residents' requests
and their actions, the suggestion of a team, the figures; and a field account's own ties.

Writes are idempotent as case writes are (docs/architecture.md rule 4): creating a request
accepts an Idempotency-Key, every action requires one and names the version it saw (409 when
the request moved on). See docs/api-volunteers.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import FileResponse, Response
from pydantic import AwareDatetime, Field
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server.deps import CurrentActor, Now, StateDep, require_roles
from server.models.field import ServiceRequestPhoto
from server.problems import Code, Problem, invalid_field, not_found
from server.schemas import MAX_INT
from server.schemas.case import Strict
from server.services import field_roles, idempotency, volunteer_stats, volunteer_teams, volunteers
from server.services.attachments import PhotoStore
from server.services.lifecycle import Actor
from server.state import AppState
from server.uploads import (
    check_photos,
    fingerprint_of,
    multipart_body,
    parse_fields,
    read_upload,
    write_with_photos,
)

router = APIRouter(prefix="/api/v1", tags=["volunteers"])
Admin = Annotated[Actor, Depends(require_roles("admin"))]
Center = Annotated[Actor, Depends(require_roles("duty_officer", "supervisor"))]
Figures = Annotated[Actor, Depends(require_roles("duty_officer", "supervisor", "admin"))]
RequestId = Annotated[int, Path(ge=1, le=MAX_INT, description="the service request id")]
Code40 = Annotated[str, Path(min_length=1, max_length=40)]
JSON = "application/json"


class CategoryCreate(Strict):
    """A new service category."""

    code: str = Field(max_length=40, description="lower-case letters, digits, _ or -")
    name: str = Field(max_length=80)


class CategoryUpdate(Strict):
    """The fields to change."""

    name: str | None = Field(default=None, max_length=80)
    active: bool | None = None


class TeamCreate(Strict):
    """A new volunteer team (its lead is the user whose tie names the team)."""

    code: str = Field(max_length=40)
    name: str = Field(max_length=80)
    street: str | None = Field(default=None, max_length=80, description="street code or name")
    skills: list[Annotated[str, Field(max_length=40)]] = Field(default_factory=list, max_length=30)
    members: int = Field(default=0, ge=0, le=100_000)


class TeamUpdate(Strict):
    """The fields to change; those not sent stay."""

    name: str | None = Field(default=None, max_length=80)
    street: str | None = Field(default=None, max_length=80)
    skills: list[Annotated[str, Field(max_length=40)]] | None = Field(default=None, max_length=30)
    members: int | None = Field(default=None, ge=0, le=100_000)
    active: bool | None = None


class RequestCreate(Strict):
    """A resident's order (点单) as the call taker writes it down."""

    channel: Literal["hotline_12345", "console", "open311"] = "hotline_12345"
    category: str = Field(min_length=1, max_length=40, description="service category code")
    street: str | None = Field(default=None, max_length=80, description="street code or name")
    address: str = Field(default="", max_length=200)
    description: str = Field(min_length=1, max_length=2000)
    resident_name: str = Field(default="", max_length=80)
    resident_phone: str = Field(default="", max_length=40, pattern=r"^[0-9+\- ]*$")


class RequestAction(Strict):
    """One action on a request, on the version the actor saw."""

    action: Literal["offer", "withdraw", "accept", "decline", "done", "rate", "cancel"]
    version: int | None = Field(default=None, ge=1, le=MAX_INT, description="or If-Match")
    team: str | None = Field(default=None, max_length=40, description="offer: the team's code")
    note: str = Field(default="", max_length=2000, description="the reason, note or comment")
    hours: float | None = Field(
        default=None, gt=0, le=24, allow_inf_nan=False, description="done: hours of service"
    )
    rating: int | None = Field(default=None, ge=1, le=5, description="rate: 1–5")


class DoneForm(Strict):
    """The report of a service done, beside its photos."""

    version: int = Field(ge=1, le=MAX_INT)
    note: str = Field(default="", max_length=2000)
    hours: float


def _json(body: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type=JSON)


@router.get("/field/me")
def field_me(actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """The signed-in account and what it is tied to: a river chief's segments, a grid
    member's grid, a team lead's team (empty for staff)."""
    with state.db.read() as session:
        ties = field_roles.ties_of(session, actor.user_id or 0)
    return {
        "username": actor.username,
        "display_name": actor.name,
        "role": actor.role,
        **ties.view(),
    }


@router.get("/volunteers/categories")
def list_categories(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """The service categories residents may order."""
    with state.db.read() as session:
        return {"items": volunteer_teams.list_categories(session)}


@router.post("/volunteers/categories", status_code=201)
def create_category(
    body: CategoryCreate, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """Add a service category (409 for a code or name in use); in the admin log."""
    with state.db.write() as session:
        return volunteer_teams.create_category(
            session, fields=body.model_dump(), actor=admin, now=now
        )


@router.patch("/volunteers/categories/{code}")
def update_category(
    code: Code40, body: CategoryUpdate, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """Rename or retire a service category; in the admin log."""
    fields = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    with state.db.write() as session:
        return volunteer_teams.update_category(
            session, code=code, fields=fields, actor=admin, now=now
        )


@router.get("/volunteers/teams")
def list_teams(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """The volunteer teams with street, skills, size and lead."""
    with state.db.read() as session:
        return {"items": volunteer_teams.list_teams(session, state.reference.get())}


@router.post("/volunteers/teams", status_code=201)
def create_team(body: TeamCreate, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """Add a volunteer team (409 for a code or name in use); in the admin log."""
    with state.db.write() as session:
        return volunteer_teams.create_team(
            session, ref=state.reference.get(), fields=body.model_dump(), actor=admin, now=now
        )


@router.patch("/volunteers/teams/{code}")
def update_team(
    code: Code40, body: TeamUpdate, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """Change a team (`active: false` retires it: no new offers); in the admin log."""
    fields = body.model_dump(exclude_unset=True)
    fields = {k: v for k, v in fields.items() if v is not None or k == "street"}
    with state.db.write() as session:
        return volunteer_teams.update_team(
            session, ref=state.reference.get(), code=code, fields=fields, actor=admin, now=now
        )


@router.get("/volunteers/requests")
def list_requests(
    actor: CurrentActor,
    state: StateDep,
    now: Now,
    state_: Annotated[
        str | None, Query(alias="state", max_length=20, description="one state")
    ] = None,
    team: Annotated[str | None, Query(max_length=40, description="team code")] = None,
    street: Annotated[str | None, Query(max_length=80, description="street code or name")] = None,
    open_: Annotated[bool, Query(alias="open", description="open requests only")] = False,
    cursor: Annotated[int | None, Query(ge=1, le=MAX_INT, description="next_cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Response:
    """Service requests, newest first (a team lead: those offered to the team or taken by
    it); follow `next_cursor`."""
    ref = state.reference.get()
    with state.db.read() as session:
        items, next_cursor = volunteers.list_requests(
            session,
            actor=actor,
            ref=ref,
            now=now,
            state=state_,
            team=team,
            street=street,
            open_only=open_,
            cursor=cursor,
            limit=limit,
        )
    return _json({"items": items, "next_cursor": next_cursor})


@router.post("/volunteers/requests", status_code=201)
def create_request(
    body: RequestCreate,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """点单: a resident's request, from the 12345 call form (or the console, Open311); it
    waits `requested` for the center's offer to a team (deadline: `due_at`)."""
    key = idempotency.check_key(idempotency_key, required=False)
    fingerprint = idempotency.request_hash(
        "POST", "/volunteers/requests", body.model_dump(mode="json")
    )
    data = volunteers.NewRequest(**body.model_dump())
    ref = state.reference.get()
    return _write_once(
        state,
        actor,
        key,
        fingerprint,
        201,
        lambda session, now: volunteers.create_request(
            session, data=data, actor=actor, ref=ref, now=now
        ),
    )


@router.get("/volunteers/requests/{request_id}")
def get_request(request_id: RequestId, actor: CurrentActor, state: StateDep, now: Now) -> Response:
    """The request with its trail and photos (404 for one the reader may not see)."""
    ref = state.reference.get()
    with state.db.read() as session:
        request, team_id = volunteers.get_visible(session, request_id, actor)
        body = volunteers.detail(session, request, ref, actor, team_id, now)
    return _json(body)


@router.post("/volunteers/requests/{request_id}/actions")
def act(
    request_id: RequestId,
    body: RequestAction,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str, Header(max_length=200, description="a fresh UUID per action")],
    if_match: Annotated[str | None, Header(max_length=40)] = None,
) -> Response:
    """An action on the version you saw: offer (派单, `team`), withdraw (reason), accept
    (接单), decline (reason), done (`hours`, note; photos through /done), rate (评单,
    `rating` 1–5, comment in `note`), cancel (reason)."""
    key = idempotency.check_key(idempotency_key, required=True)
    version = _version(body.version, if_match)
    fingerprint = idempotency.request_hash(
        "POST",
        f"/volunteers/requests/{request_id}/actions",
        {**body.model_dump(mode="json"), "version": version},
    )
    act_ = volunteers.Act(
        action=body.action, team=body.team, note=body.note, hours=body.hours, rating=body.rating
    )
    ref = state.reference.get()
    return _write_once(
        state,
        actor,
        key,
        fingerprint,
        200,
        lambda session, now: volunteers.apply(
            session, request_id=request_id, act=act_, version=version, actor=actor, ref=ref, now=now
        ),
    )


@router.post(
    "/volunteers/requests/{request_id}/done",
    openapi_extra=multipart_body(
        {"version": {"type": "integer"}, "note": {"type": "string"}, "hours": {"type": "number"}},
        "photos",
        many=True,
    ),
)
async def report_done(
    request_id: RequestId,
    request: Request,
    actor: CurrentActor,
    state: StateDep,
    idempotency_key: Annotated[str, Header(max_length=200, description="a fresh UUID per action")],
) -> Response:
    """The team's report of the service done: `version`, `hours`, `note` and 0–6 photos
    (files `photos`, checked as case photos are), all kept or none."""
    key = idempotency.check_key(idempotency_key, required=True)
    settings = state.settings
    upload = await read_upload(
        request,
        settings.upload_max_bytes,
        files_field="photos",
        max_files=settings.upload_max_files,
    )
    form = parse_fields(DoneForm, upload.single_values())
    photos = await state.photo_checks.run(lambda: check_photos(upload, state, files_field="photos"))

    def submit() -> Response:
        fingerprint = fingerprint_of(
            f"/volunteers/requests/{request_id}/done", form.model_dump(mode="json"), photos
        )
        staging = PhotoStore.of(settings).stage(photos)
        ref = state.reference.get()
        act_ = volunteers.Act(action="done", note=form.note, hours=form.hours)

        def work(session: Session, now: datetime) -> dict[str, Any]:
            done = volunteers.apply(
                session,
                request_id=request_id,
                act=act_,
                version=form.version,
                actor=actor,
                ref=ref,
                now=now,
                staged=staging.items,
            )
            return volunteers.detail(session, done, ref, actor, done.team_id, now)

        return write_with_photos(state, actor, key, fingerprint, 200, staging, work)

    return await run_in_threadpool(submit)


@router.get("/volunteers/requests/{request_id}/suggest")
def suggest(request_id: RequestId, actor: Center, state: StateDep) -> dict[str, Any]:
    """The teams for this request, best first: same street, the skill, fewer in hand; a team
    that declined it last, marked."""
    with state.db.read() as session:
        request, _ = volunteers.get_visible(session, request_id, actor)
        return {"items": volunteers.suggest(session, request, state.reference.get())}


@router.get("/volunteers/requests/{request_id}/photos/{photo_id}", response_class=Response)
def get_photo(
    request_id: RequestId,
    photo_id: Annotated[int, Path(ge=1, le=MAX_INT)],
    actor: CurrentActor,
    state: StateDep,
) -> Response:
    """A photo of the service done (for whoever may see the request), shown inline."""
    with state.db.read() as session:
        volunteers.get_visible(session, request_id, actor)
        row = session.scalar(
            select(ServiceRequestPhoto).where(
                ServiceRequestPhoto.id == photo_id, ServiceRequestPhoto.request_id == request_id
            )
        )
    if row is None:
        raise not_found(f"Photo {photo_id} of service request {request_id}")
    try:
        path = PhotoStore.of(state.settings).find(row.storage_key)
    except ValueError:
        path = None
    if path is None:
        raise Problem(
            404,
            "File missing",
            f"The file of photo {photo_id} is missing on the server; tell the administrator.",
            code=Code.FILE_MISSING,
            kind="file-missing",
        )
    return FileResponse(
        path,
        media_type=row.content_type,
        filename=row.filename,
        content_disposition_type="inline",
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, max-age=86400"},
    )


@router.get("/volunteers/stats")
def stats(
    _actor: Figures,
    state: StateDep,
    since: Annotated[AwareDatetime | None, Query(description="requests from")] = None,
    until: Annotated[AwareDatetime | None, Query(description="requests before")] = None,
) -> dict[str, Any]:
    """Requests and hours per street and team, average rating, median acceptance time."""
    if since is not None and until is not None and until <= since:
        raise invalid_field("until", "until must come after since")
    with state.db.read() as session:
        return volunteer_stats.stats(session, state.reference.get(), since=since, until=until)


def _write_once(
    state: AppState,
    actor: Actor,
    key: str | None,
    fingerprint: str,
    status: int,
    work: Callable[[Session, datetime], Any],
) -> Response:
    """Run `work` once per key and answer with the request it left, as its actor sees it."""
    ref = state.reference.get()

    def body(session: Session, now: datetime) -> bytes:
        done = work(session, now)
        team_id = volunteers.lead_team(session, actor)
        catalog = volunteers.Catalog.load(session)
        return orjson.dumps(volunteers.view(done, catalog, ref, actor, team_id, now))

    outcome = idempotency.write_once(
        state.db,
        clock=state.clock,
        user_id=actor.user_id or 0,  # signed in, so never None (deps.get_actor)
        key=key,
        fingerprint=fingerprint,
        status=status,
        work=body,
    )
    if not outcome.replayed:
        state.hub.notify()
    return Response(
        outcome.body, status_code=outcome.status, media_type=JSON, headers=outcome.headers
    )


def _version(body_version: int | None, if_match: str | None) -> int:
    """The version acted on, from the body or If-Match (as case actions take it)."""
    header_version = None
    if if_match is not None:
        match = re.fullmatch(r'\s*(?:W/)?"?([0-9]{1,9})"?\s*', if_match)
        if match is None:
            raise Problem(
                400,
                "Invalid If-Match",
                'If-Match must be the request version, e.g. "3".',
                code=Code.INVALID_IF_MATCH,
                kind="invalid-if-match",
            )
        header_version = int(match.group(1))
    if body_version is not None and header_version is not None and body_version != header_version:
        raise invalid_field("version", "version and If-Match disagree; send one of them")
    version = body_version if body_version is not None else header_version
    if version is None:
        raise Problem(
            428,
            "Version required",
            "Send the request version you acted on, as `version` or an If-Match header.",
            code=Code.VERSION_REQUIRED,
            kind="version-required",
        )
    return version
