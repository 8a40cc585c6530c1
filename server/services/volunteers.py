"""Volunteer service requests (点单-派单-接单-评单): a resident's order, offered by the center to
a team, accepted or declined by the team's lead, done with hours and photos, rated at the
callback.

A request has its own states and version beside the cases: every action names the version it
saw (409 when it moved on), is one transaction with its trail step and its feed event
(`volunteer.*`), and is refused whole (403 for the role or a team not the lead's, 404 for a
request the reader may not see, 422 for the state) otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models.field import (
    ServiceCategory,
    ServiceRequest,
    ServiceRequestPhoto,
    ServiceRequestStep,
    VolunteerTeam,
)
from server.problems import Code, Problem, invalid_field, not_found
from server.services import feed, field_roles, resolve
from server.services.attachments import StagedPhoto
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import iso, mask_phone

STATES = ("requested", "offered", "accepted", "done", "rated", "cancelled")
OPEN_STATES = frozenset({"requested", "offered", "accepted"})
# Where a request comes from: the 12345 call form, the console, an Open311 client.
CHANNELS = ("hotline_12345", "console", "open311")
CENTER = frozenset({"duty_officer", "supervisor"})
LEAD = frozenset({"volunteer_lead"})
READERS = CENTER | LEAD | {"admin"}
# The center offers a request within two hours of its arrival (or of a decline); the team
# answers an offer within two hours (natural time: residents wait on weekends too).
OFFER_WITHIN = timedelta(hours=2)
ACCEPT_WITHIN = timedelta(hours=2)
MAX_HOURS = 24.0


@dataclass(frozen=True)
class Rule:
    """An action: from which states to which, who takes it, whether it needs a reason."""

    transitions: dict[str, str]
    roles: frozenset[str]
    reason_required: bool = False


RULES: dict[str, Rule] = {
    "offer": Rule({"requested": "offered"}, CENTER),  # 派单
    "withdraw": Rule({"offered": "requested"}, CENTER, reason_required=True),
    "accept": Rule({"offered": "accepted"}, LEAD),  # 接单
    "decline": Rule({"offered": "requested"}, LEAD, reason_required=True),
    "done": Rule({"accepted": "done"}, LEAD),
    "rate": Rule({"done": "rated"}, CENTER),  # 评单, at the callback
    "cancel": Rule(
        {"requested": "cancelled", "offered": "cancelled", "accepted": "cancelled"},
        CENTER,
        reason_required=True,
    ),
}
EVENT_OF = {
    "create": "volunteer.requested",
    "offer": "volunteer.offered",
    "withdraw": "volunteer.withdrawn",
    "accept": "volunteer.accepted",
    "decline": "volunteer.declined",
    "done": "volunteer.done",
    "rate": "volunteer.rated",
    "cancel": "volunteer.cancelled",
}


@dataclass(frozen=True)
class Catalog:
    """The service categories and teams, by id and by code (small tables, read per call)."""

    categories: dict[int, ServiceCategory]
    teams: dict[int, VolunteerTeam]

    @classmethod
    def load(cls, session: Session) -> Catalog:
        """Both tables as they are now."""
        return cls(
            {
                c.id: c
                for c in session.scalars(select(ServiceCategory).order_by(ServiceCategory.id))
            },
            {t.id: t for t in session.scalars(select(VolunteerTeam).order_by(VolunteerTeam.id))},
        )

    def category(self, code: str) -> ServiceCategory:
        """An active category by code (422 with the choices otherwise)."""
        for found in self.categories.values():
            if found.code == code and found.active:
                return found
        choices = [c.code for c in self.categories.values() if c.active]
        raise invalid_field("category", f"unknown service category '{code}'", choices)

    def team(self, code: str | None) -> VolunteerTeam:
        """An active team by code (422 with the choices otherwise)."""
        for found in self.teams.values():
            if found.code == code and found.active:
                return found
        choices = [t.code for t in self.teams.values() if t.active]
        raise invalid_field("team", f"unknown volunteer team '{code}'", choices)


@dataclass(frozen=True)
class NewRequest:
    """A resident's order as the call taker writes it down."""

    channel: str
    category: str
    street: str | None
    address: str
    description: str
    resident_name: str
    resident_phone: str


@dataclass(frozen=True)
class Act:
    """An action with its own fields (those it does not use are refused)."""

    action: str
    team: str | None = None
    note: str = ""
    hours: float | None = None
    rating: int | None = None


def allowed_actions(request: ServiceRequest, actor: Actor, team_id: int | None) -> list[str]:
    """What this reader may do to the request now (`team_id`: the lead's team)."""
    return [
        name
        for name, rule in RULES.items()
        if _refusal(name, rule, request, actor, team_id) is None
    ]


def _refusal(
    name: str, rule: Rule, request: ServiceRequest, actor: Actor, team_id: int | None
) -> tuple[bool, str] | None:
    """Why the action is refused, (for the role: True, for the state: False), or None."""
    if actor.role not in rule.roles:
        return True, f"the role {actor.role} may not {name} a service request"
    if actor.role in LEAD and request.team_id != team_id:
        return True, "the request is not offered to your team"
    if request.state not in rule.transitions:
        return False, f"a request that is {request.state} cannot be {name}ed"
    return None


def _refused(
    name: str, rule: Rule, request: ServiceRequest, actor: Actor, team_id: int | None
) -> None:
    """403 for the role (or a team not the lead's), 422 for the state; nothing if allowed."""
    refusal = _refusal(name, rule, request, actor, team_id)
    if refusal is None:
        return
    forbidden, reason = refusal
    if forbidden:
        raise field_roles.forbidden(reason[0].upper() + reason[1:] + ".")
    allowed = allowed_actions(request, actor, team_id)
    raise Problem(
        422,
        "Action not allowed now",
        f"{reason[0].upper() + reason[1:]}; allowed now: {', '.join(allowed) or 'none'}.",
        code=Code.ILLEGAL_TRANSITION,
        kind="illegal-action",
        state=request.state,
        allowed_actions=allowed,
    )


def lead_team(session: Session, actor: Actor) -> int | None:
    """The team id of a lead account (None for the center's roles)."""
    if actor.role not in LEAD:
        return None
    return field_roles.team_of(session, actor).id


def check_reader(actor: Actor) -> None:
    """403 for roles that have no business with volunteer requests."""
    if actor.role not in READERS:
        raise field_roles.forbidden(
            f"Volunteer service requests are the duty room's and the teams'; you are signed in "
            f"as {actor.role}."
        )


def get_visible(
    session: Session, request_id: int, actor: Actor, *, lock: bool = False
) -> tuple[ServiceRequest, int | None]:
    """The request if this reader may see it (a lead: only while offered to their team, or
    taken by it), with the lead's team id; 404 otherwise (its existence is not revealed)."""
    check_reader(actor)
    team_id = lead_team(session, actor)
    stmt = select(ServiceRequest).where(ServiceRequest.id == request_id)
    if lock:
        stmt = stmt.with_for_update()
    request = session.scalar(stmt)
    if request is None or (actor.role in LEAD and request.team_id != team_id):
        raise not_found(f"Service request {request_id}")
    return request, team_id


def create_request(
    session: Session, *, data: NewRequest, actor: Actor, ref: ReferenceData, now: datetime
) -> ServiceRequest:
    """点单: a resident's request, written down by the duty room (or sent by an Open311
    client, server/services/open311_volunteers.py); the offer clock starts."""
    if actor.role not in CENTER and not (actor.role == "system" and data.channel == "open311"):
        raise field_roles.forbidden(
            f"Service requests are taken by duty officers and supervisors; you are {actor.role}."
        )
    if data.channel not in CHANNELS:
        raise invalid_field("channel", f"unknown channel '{data.channel}'", list(CHANNELS))
    catalog = Catalog.load(session)
    category = catalog.category(data.category)
    street_id = resolve.street(ref, data.street).id if data.street else None
    request = ServiceRequest(
        channel=data.channel,
        category_id=category.id,
        street_id=street_id,
        address=data.address,
        description=data.description,
        resident_name=data.resident_name,
        resident_phone=data.resident_phone,
        state="requested",
        version=1,
        due_at=now + OFFER_WITHIN,
        done_note="",
        rating_comment="",
        created_by=actor.name[:80],
        created_at=now,
        updated_at=now,
    )
    session.add(request)
    session.flush()
    _step(session, request, "create", actor, None, None, "", {}, now)
    _announce(session, "create", request, catalog, ref, now)
    return request


def apply(
    session: Session,
    *,
    request_id: int,
    act: Act,
    version: int,
    actor: Actor,
    ref: ReferenceData,
    now: datetime,
    staged: list[StagedPhoto] | None = None,
) -> ServiceRequest:
    """Apply one action on the version the actor saw, or refuse it and change nothing."""
    request, team_id = get_visible(session, request_id, actor, lock=True)
    catalog = Catalog.load(session)
    if version != request.version:
        raise Problem(
            409,
            "Request changed",
            f"Service request {request.id} was changed (version {request.version}, you had "
            f"{version}): review it and act again.",
            code=Code.STALE_VERSION,
            kind="conflict",
            request=view(request, catalog, ref, actor, team_id, now),
            last_change=_last_change(session, request),
        )
    rule = RULES.get(act.action)
    if rule is None:
        raise invalid_field("action", f"unknown action '{act.action}'", list(RULES))
    _refused(act.action, rule, request, actor, team_id)
    _check_fields(act, rule, staged or [])
    from_state, team_step = request.state, request.team_id
    payload: dict[str, Any] = {}
    if act.action == "offer":
        team = catalog.team(act.team)
        request.team_id = team_step = team.id
        request.offered_at = now
        request.due_at = now + ACCEPT_WITHIN
    elif act.action in ("withdraw", "decline"):
        request.team_id = None
        request.offered_at = None
        request.due_at = now + OFFER_WITHIN
    elif act.action == "accept":
        request.accepted_at = now
        request.due_at = None
        if request.offered_at is not None:
            payload["minutes_to_accept"] = round((now - request.offered_at).total_seconds() / 60, 1)
    elif act.action == "done":
        request.done_at = now
        request.done_note = act.note
        request.hours = act.hours
        payload = {"hours": act.hours, "photos": len(staged or [])}
    elif act.action == "rate":
        request.rating = act.rating
        request.rating_comment = act.note
        request.rated_at = now
        payload = {"rating": act.rating}
    elif act.action == "cancel":
        request.due_at = None
    request.state = rule.transitions[from_state]
    request.version += 1
    request.updated_at = now
    for item in staged or []:
        session.add(
            ServiceRequestPhoto(
                request_id=request.id,
                filename=item.photo.filename[:200],
                content_type=item.photo.content_type,
                size=len(item.photo.data),
                storage_key=item.key,
                caption=item.photo.caption[:200],
                created_by=actor.name[:80],
                created_at=now,
            )
        )
    session.flush()
    _step(session, request, act.action, actor, from_state, team_step, act.note, payload, now)
    _announce(session, act.action, request, catalog, ref, now)
    return request


def _check_fields(act: Act, rule: Rule, staged: list[StagedPhoto]) -> None:
    uses = {
        "team": act.action == "offer",
        "hours": act.action == "done",
        "rating": act.action == "rate",
    }
    for name, used in uses.items():
        given = getattr(act, name)
        if used and given is None:
            raise invalid_field(name, f"{act.action} needs {name}")
        if not used and given is not None:
            raise invalid_field(name, f"{act.action} takes no {name}")
    if staged and act.action != "done":
        raise invalid_field("photos", "photos come with the report of the service done")
    if rule.reason_required and not act.note.strip():
        raise invalid_field(
            "note", f"{act.action} needs a reason: say why in the note", code=Code.REASON_REQUIRED
        )
    if act.hours is not None and not 0 < act.hours <= MAX_HOURS:
        raise invalid_field("hours", f"hours of service are more than 0 and at most {MAX_HOURS:g}")
    if act.rating is not None and not 1 <= act.rating <= 5:
        raise invalid_field("rating", "a rating is 1 to 5")


def _step(
    session: Session,
    request: ServiceRequest,
    action: str,
    actor: Actor,
    from_state: str | None,
    team_id: int | None,
    note: str,
    payload: dict[str, Any],
    now: datetime,
) -> None:
    session.add(
        ServiceRequestStep(
            request_id=request.id,
            action=action,
            actor_id=actor.user_id,
            actor_name=actor.name[:80],
            actor_role=actor.role,
            from_state=from_state,
            to_state=request.state,
            team_id=team_id,
            note=note,
            payload=payload,
            version=request.version,
            created_at=now,
        )
    )
    session.flush()


def _announce(
    session: Session,
    action: str,
    request: ServiceRequest,
    catalog: Catalog,
    ref: ReferenceData,
    now: datetime,
) -> None:
    """The feed event (last in the transaction: it locks the feed head). The payload is the
    same for every reader: no phone number, no allowed actions."""
    summary = summary_of(request, catalog, ref, now)
    feed.append(session, EVENT_OF[action], payload={"request": summary}, now=now)


def summary_of(
    request: ServiceRequest, catalog: Catalog, ref: ReferenceData, now: datetime
) -> dict[str, Any]:
    """A request as lists and feed events show it (the resident's phone masked)."""
    category = catalog.categories[request.category_id]
    team = catalog.teams.get(request.team_id or 0)
    street = ref.streets.get(request.street_id or 0)
    return {
        "id": request.id,
        "channel": request.channel,
        "category": category.code,
        "category_name": category.name,
        "street": street.code if street else None,
        "street_name": street.name if street else None,
        "address": request.address,
        "description": request.description,
        "resident_name": request.resident_name,
        "resident_phone": mask_phone(request.resident_phone),
        "state": request.state,
        "version": request.version,
        "team": team.code if team else None,
        "team_name": team.name if team else None,
        "due_at": iso(request.due_at),
        "overdue": request.due_at is not None and now >= request.due_at,
        "offered_at": iso(request.offered_at),
        "accepted_at": iso(request.accepted_at),
        "done_at": iso(request.done_at),
        "done_note": request.done_note,
        "hours": request.hours,
        "rating": request.rating,
        "rating_comment": request.rating_comment,
        "rated_at": iso(request.rated_at),
        "created_by": request.created_by,
        "created_at": iso(request.created_at),
        "updated_at": iso(request.updated_at),
    }


def view(
    request: ServiceRequest,
    catalog: Catalog,
    ref: ReferenceData,
    actor: Actor,
    team_id: int | None,
    now: datetime,
) -> dict[str, Any]:
    """The request for this reader: the phone in full for the center, and for the team once
    it has taken the request; the actions the reader may take now."""
    body = summary_of(request, catalog, ref, now)
    if actor.role in CENTER or (actor.role in LEAD and request.state != "offered"):
        body["resident_phone"] = request.resident_phone
    body["allowed_actions"] = allowed_actions(request, actor, team_id)
    return body


def detail(
    session: Session, request: ServiceRequest, ref: ReferenceData, actor: Actor,
    team_id: int | None, now: datetime,
) -> dict[str, Any]:  # fmt: skip
    """The request with its trail and its photos."""
    catalog = Catalog.load(session)
    steps = session.scalars(
        select(ServiceRequestStep)
        .where(ServiceRequestStep.request_id == request.id)
        .order_by(ServiceRequestStep.id)
    )
    photos = session.scalars(
        select(ServiceRequestPhoto)
        .where(ServiceRequestPhoto.request_id == request.id)
        .order_by(ServiceRequestPhoto.id)
    )
    return {
        **view(request, catalog, ref, actor, team_id, now),
        "history": [_step_view(s, catalog) for s in steps],
        "photos": [
            {
                "id": p.id,
                "filename": p.filename,
                "content_type": p.content_type,
                "size": p.size,
                "caption": p.caption,
                "created_by": p.created_by,
                "created_at": iso(p.created_at),
            }
            for p in photos
        ],
    }


def _step_view(step: ServiceRequestStep, catalog: Catalog) -> dict[str, Any]:
    team = catalog.teams.get(step.team_id or 0)
    return {
        "action": step.action,
        "actor": step.actor_name,
        "actor_role": step.actor_role,
        "from_state": step.from_state,
        "to_state": step.to_state,
        "team": team.code if team else None,
        "note": step.note,
        "payload": step.payload,
        "version": step.version,
        "at": iso(step.created_at),
    }


def _last_change(session: Session, request: ServiceRequest) -> dict[str, Any] | None:
    step = session.scalar(
        select(ServiceRequestStep)
        .where(ServiceRequestStep.request_id == request.id)
        .order_by(ServiceRequestStep.id.desc())
    )
    return _step_view(step, Catalog.load(session)) if step else None


def list_requests(
    session: Session,
    *,
    actor: Actor,
    ref: ReferenceData,
    now: datetime,
    state: str | None,
    team: str | None,
    street: str | None,
    open_only: bool,
    cursor: int | None,
    limit: int,
) -> tuple[list[dict[str, Any]], int | None]:
    """Requests newest first (a lead: those offered to or taken by the team); the next
    page's cursor."""
    check_reader(actor)
    catalog = Catalog.load(session)
    team_id = lead_team(session, actor)
    stmt = select(ServiceRequest).order_by(ServiceRequest.id.desc()).limit(limit + 1)
    if actor.role in LEAD:
        stmt = stmt.where(ServiceRequest.team_id == team_id)
    if state:
        if state not in STATES:
            raise invalid_field("state", f"unknown state '{state}'", list(STATES))
        stmt = stmt.where(ServiceRequest.state == state)
    if open_only:
        stmt = stmt.where(ServiceRequest.state.in_(sorted(OPEN_STATES)))
    if team:
        stmt = stmt.where(ServiceRequest.team_id == _team_id(catalog, team))
    if street:
        stmt = stmt.where(ServiceRequest.street_id == resolve.street(ref, street).id)
    if cursor is not None:
        stmt = stmt.where(ServiceRequest.id < cursor)
    rows = list(session.scalars(stmt))
    page = rows[:limit]
    items = [view(r, catalog, ref, actor, team_id, now) for r in page]
    return items, (page[-1].id if len(rows) > limit else None)


def _team_id(catalog: Catalog, code: str) -> int:
    for found in catalog.teams.values():
        if found.code == code:
            return found.id
    raise invalid_field(
        "team", f"unknown volunteer team '{code}'", [t.code for t in catalog.teams.values()]
    )


def suggest(session: Session, request: ServiceRequest, ref: ReferenceData) -> list[dict[str, Any]]:
    """The active teams for this request, best first: the request's street (2 points), its
    service among the team's skills (1 point), then fewer requests in hand; a team that
    declined this request goes last, marked."""
    catalog = Catalog.load(session)
    category = catalog.categories[request.category_id]
    declined = set(
        session.scalars(
            select(ServiceRequestStep.team_id).where(
                ServiceRequestStep.request_id == request.id,
                ServiceRequestStep.action == "decline",
            )
        )
    )
    in_hand: dict[int, int] = {}
    for team_id in session.scalars(
        select(ServiceRequest.team_id).where(ServiceRequest.state.in_(("offered", "accepted")))
    ):
        if team_id is not None:
            in_hand[team_id] = in_hand.get(team_id, 0) + 1
    street = ref.streets.get(request.street_id or 0)
    ranked: list[tuple[tuple[bool, int, int, str], dict[str, Any]]] = []
    for team in catalog.teams.values():
        if not team.active:
            continue
        same_street = street is not None and team.street == street.code
        skilled = category.code in team.skills
        score = 2 * same_street + skilled
        order = (team.id in declined, -score, in_hand.get(team.id, 0), team.code)
        ranked.append(
            (
                order,
                {
                    "team": team.code,
                    "name": team.name,
                    "street": team.street,
                    "same_street": same_street,
                    "has_skill": skilled,
                    "score": score,
                    "in_hand": in_hand.get(team.id, 0),
                    "declined": team.id in declined,
                    "has_lead": team.lead_user_id is not None,
                },
            )
        )
    return [view for _, view in sorted(ranked, key=lambda item: item[0])]
