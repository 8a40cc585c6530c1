"""Volunteer teams and service categories as administrators keep them; each change in the
admin log (kind `volunteer`) with the fields before and after."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import User
from server.models.field import ServiceCategory, VolunteerTeam
from server.problems import Code, Problem, invalid_field, not_found
from server.services import admin_log, resolve
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData

ADMIN_KIND = "volunteer"
CODE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


def team_view(team: VolunteerTeam, ref: ReferenceData, lead: User | None) -> dict[str, Any]:
    """A team as the API shows it."""
    street = ref.street_by_code.get(team.street or "")
    return {
        "code": team.code,
        "name": team.name,
        "street": team.street,
        "street_name": street.name if street else None,
        "skills": list(team.skills),
        "members": team.members,
        "lead": lead.username if lead else None,
        "lead_name": lead.display_name if lead else None,
        "active": team.active,
    }


def category_view(category: ServiceCategory) -> dict[str, Any]:
    """A service category as the API shows it."""
    return {"code": category.code, "name": category.name, "active": category.active}


def list_teams(session: Session, ref: ReferenceData) -> list[dict[str, Any]]:
    """Every team, in the order they were added."""
    leads = {
        u.id: u
        for u in session.scalars(
            select(User).join(VolunteerTeam, VolunteerTeam.lead_user_id == User.id)
        )
    }
    return [
        team_view(t, ref, leads.get(t.lead_user_id or 0))
        for t in session.scalars(select(VolunteerTeam).order_by(VolunteerTeam.id))
    ]


def list_categories(session: Session) -> list[dict[str, Any]]:
    """Every service category, in the order they were added."""
    return [
        category_view(c)
        for c in session.scalars(select(ServiceCategory).order_by(ServiceCategory.id))
    ]


def create_team(
    session: Session, *, ref: ReferenceData, fields: dict[str, Any], actor: Actor, now: datetime
) -> dict[str, Any]:
    """A new team (409 for a code or name in use)."""
    code = _code(fields["code"])
    team = VolunteerTeam(code=code, lead_user_id=None, active=True)
    _set_team(session, team, ref, fields)
    _unique(session, VolunteerTeam, code, team.name)
    session.add(team)
    session.flush()
    after = team_view(team, ref, None)
    _log(session, "create_team", actor, now, code, None, after)
    return after


def update_team(
    session: Session,
    *,
    ref: ReferenceData,
    code: str,
    fields: dict[str, Any],
    actor: Actor,
    now: datetime,
) -> dict[str, Any]:
    """Change a team's name, street, skills, size or active (its lead is a user's tie)."""
    team = session.scalar(select(VolunteerTeam).where(VolunteerTeam.code == code).with_for_update())
    if team is None:
        raise not_found(f"Volunteer team {code}")
    lead = session.get(User, team.lead_user_id) if team.lead_user_id else None
    before = team_view(team, ref, lead)
    if "name" in fields and fields["name"] != team.name:
        _unique(session, VolunteerTeam, None, fields["name"])
    _set_team(session, team, ref, {**before, **fields})
    session.flush()
    after = team_view(team, ref, lead)
    if after != before:
        _log(session, "update_team", actor, now, code, before, after)
    return after


def _set_team(
    session: Session, team: VolunteerTeam, ref: ReferenceData, fields: dict[str, Any]
) -> None:
    name = fields["name"].strip()
    if not name:
        raise invalid_field("name", "a team needs a name")
    street = fields.get("street")
    team.name = name
    team.street = resolve.street(ref, street).code if street else None
    known = {c.code for c in session.scalars(select(ServiceCategory))}
    skills = list(dict.fromkeys(fields.get("skills") or []))
    unknown = [s for s in skills if s not in known]
    if unknown:
        raise invalid_field("skills", f"unknown service category '{unknown[0]}'", sorted(known))
    team.skills = skills
    members = fields.get("members", 0)
    if not 0 <= members <= 100_000:
        raise invalid_field("members", "members is a count of people (0 or more)")
    team.members = members
    team.active = bool(fields.get("active", True))


def create_category(
    session: Session, *, fields: dict[str, Any], actor: Actor, now: datetime
) -> dict[str, Any]:
    """A new service category (409 for a code or name in use)."""
    code = _code(fields["code"])
    name = fields["name"].strip()
    if not name:
        raise invalid_field("name", "a category needs a name")
    _unique(session, ServiceCategory, code, name)
    category = ServiceCategory(code=code, name=name, active=True)
    session.add(category)
    session.flush()
    after = category_view(category)
    _log(session, "create_category", actor, now, code, None, after)
    return after


def update_category(
    session: Session, *, code: str, fields: dict[str, Any], actor: Actor, now: datetime
) -> dict[str, Any]:
    """Rename a category or retire it (`active: false`: no new requests, teams keep it)."""
    category = session.scalar(
        select(ServiceCategory).where(ServiceCategory.code == code).with_for_update()
    )
    if category is None:
        raise not_found(f"Service category {code}")
    before = category_view(category)
    if "name" in fields:
        name = fields["name"].strip()
        if not name:
            raise invalid_field("name", "a category needs a name")
        if name != category.name:
            _unique(session, ServiceCategory, None, name)
        category.name = name
    if "active" in fields:
        category.active = bool(fields["active"])
    session.flush()
    after = category_view(category)
    if after != before:
        _log(session, "update_category", actor, now, code, before, after)
    return after


def _code(code: str) -> str:
    if not 2 <= len(code) <= 40 or not set(code) <= CODE_CHARS:
        raise invalid_field("code", "a code is 2–40 lower-case letters, digits, _ or -")
    return code


def _unique(
    session: Session,
    model: type[VolunteerTeam] | type[ServiceCategory],
    code: str | None,
    name: str,
) -> None:
    taken = None
    if code is not None and session.scalar(select(model.id).where(model.code == code)):
        taken = f"the code {code}"
    elif session.scalar(select(model.id).where(model.name == name)):
        taken = f"the name {name}"
    if taken:
        raise Problem(
            409,
            "Already in use",
            f"{taken.capitalize()} is in use; choose another.",
            code=Code.DUPLICATE_CODE,
            kind="duplicate-code",
        )


def _log(
    session: Session,
    action: str,
    actor: Actor,
    now: datetime,
    target: str,
    before: Any,
    after: Any,
) -> None:
    admin_log.record(session, kind=ADMIN_KIND, action=action, actor=actor, now=now,
                     target=target, before=before, after=after)  # fmt: skip
