"""What a new case's fields resolve to: street, community, urgency and what its channel carries.

A case logged by hand from another channel keeps what that channel gave it: a city 交办 its
reference number and deadline (channel `city`), a camera sighting the camera's registry code
(channel `video`). Each is checked here, so that a typo is refused at the desk and not found
out later. And who may report a matter from the field (`reporting_actor`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Camera, Category
from server.problems import Code, Problem, invalid_field
from server.schemas.case import CaseCreate
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.views import iso

CITY_CHANNEL, VIDEO_CHANNEL = "city", "video"
# The city's deadline lies ahead, and within a year (a later one is a mistyped year).
MAX_EXTERNAL_DUE = timedelta(days=366)
# Field apps sign in with a department account (the grid center's or the river office's) or
# are operated by the duty room; trainers and admins do not report real matters.
INTAKE_ROLES = frozenset({"duty_officer", "supervisor", "department"})


def resolve_community(
    ref: ReferenceData, community: str | None, street_id: int | None
) -> int | None:
    """The id of the community named (in the street, if one is known); 422 if unknown."""
    if community:
        for found in ref.communities.values():
            if found.name == community and street_id in (None, found.street_id):
                return found.id
        raise invalid_field("community", f"unknown community '{community}'")
    return None


def urgency_of(data: CaseCreate, category: Category) -> str:
    """The urgency the report gives, else the category's default."""
    return data.urgency or category.default_urgency or "normal"


def channel_fields(session: Session, *, data: CaseCreate, now: datetime) -> dict[str, Any]:
    """The case columns of what the channel carries (city reference and deadline, camera)."""
    if data.channel != CITY_CHANNEL:
        for name in ("external_ref", "external_due_at"):
            if getattr(data, name) is not None:
                raise invalid_field(
                    name,
                    f"{name} is the city's 交办 reference or deadline: only a case of channel "
                    f"'{CITY_CHANNEL}' carries it (this one is '{data.channel}')",
                )
    due = data.external_due_at
    if due is not None:
        if due <= now:
            raise invalid_field(
                "external_due_at",
                f"the city's deadline {iso(due)} has already passed: check the date and time "
                "on the city's 交办单",
            )
        if due > now + MAX_EXTERNAL_DUE:
            raise invalid_field(
                "external_due_at",
                f"the city's deadline {iso(due)} is more than a year ahead: check the year",
            )
    if data.camera_code is not None:
        if data.channel != VIDEO_CHANNEL:
            raise invalid_field(
                "camera_code",
                f"camera_code names the camera of a sighting: only a case of channel "
                f"'{VIDEO_CHANNEL}' carries it (this one is '{data.channel}')",
            )
        known = session.scalar(select(Camera.id).where(Camera.code == data.camera_code))
        if known is None:
            raise invalid_field(
                "camera_code",
                f"no camera '{data.camera_code}' in the camera registry: choose the camera "
                "from the registry (GET /api/v1/cameras)",
            )
    return {
        "external_ref": data.external_ref,
        "external_due_at": due,
        "camera_code": data.camera_code,
    }


def reporting_actor(actor: Actor) -> Actor:
    """Who creates a field report's case: the officer, or the department's app account.

    The account itself is the creator, so the audit trail names it and its role; the case
    service lets a department create field cases (grid, river_patrol) only, never drills.
    """
    if actor.role not in INTAKE_ROLES:
        raise Problem(
            403,
            "Forbidden",
            f"Field reports come from duty officers, supervisors or departments' app accounts; "
            f"you are signed in as {actor.role}.",
            code=Code.FORBIDDEN_ROLE,
            kind="forbidden",
        )
    return actor
