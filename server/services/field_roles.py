"""The field roles: a river chief (河长) tied to river segments, a grid member (网格员) to a
grid, a volunteer team lead to a team; what each may reach and what is theirs.

The server is the authority (docs/architecture.md rule 2): a field account reaches only the
routes of `FIELD_PATHS` (everything else is 403 in deps.get_actor), and on those routes only
its own segments' patrols, its own reports and its team's requests (404 for the others).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from server.models import (
    ROLES,
    Case,
    CaseAction,
    Grid,
    Patrol,
    PatrolProblem,
    River,
    RiverSegment,
    User,
)
from server.models.field import (
    FIELD_ROLES,
    GridMember,
    RiverChiefSegment,
    VolunteerTeam,
)
from server.problems import Code, Problem, invalid_field
from server.services import patrols
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData

# The staff roles, then the field roles, each once (whichever list names it).
ALL_ROLES = tuple(dict.fromkeys((*ROLES, *FIELD_ROLES)))

# The routes a field account may call at all (prefixes of the path); each of them checks
# further what is the account's own.
FIELD_PATHS: dict[str, tuple[str, ...]] = {
    "river_chief": ("/api/v1/patrols", "/api/v1/rivers", "/api/v1/field/", "/api/v1/attachments/"),
    "grid_member": ("/api/v1/field-reports", "/api/v1/field/", "/api/v1/attachments/"),
    "volunteer_lead": ("/api/v1/volunteers/requests", "/api/v1/field/"),
}
SHARED_PATHS = ("/api/v1/auth/", "/api/v1/reference", "/healthz")


def may_reach(role: str, path: str) -> bool:
    """Whether an account of this role may call this path at all (staff roles: always)."""
    if role not in FIELD_PATHS:
        return True
    return path.startswith(SHARED_PATHS) or path.startswith(FIELD_PATHS[role])


def forbidden(detail: str) -> Problem:
    """403 for what the account's role may not do."""
    return Problem(403, "Forbidden", detail, code=Code.FORBIDDEN_ROLE, kind="forbidden")


@dataclass(frozen=True)
class Ties:
    """What a field account is tied to (empty for staff)."""

    segments: tuple[str, ...] = ()
    grid: str | None = None
    team: str | None = None

    def view(self) -> dict[str, Any]:
        """As the user's view shows it."""
        return {"segments": list(self.segments), "grid": self.grid, "team": self.team}


def ties_of(session: Session, user_id: int) -> Ties:
    """The account's segments (codes), grid (code) and team (code)."""
    segments = tuple(
        session.scalars(
            select(RiverSegment.code)
            .join(RiverChiefSegment, RiverChiefSegment.segment_id == RiverSegment.id)
            .where(RiverChiefSegment.user_id == user_id)
            .order_by(RiverSegment.code)
        )
    )
    grid = session.scalar(
        select(Grid.code)
        .join(GridMember, GridMember.grid_id == Grid.id)
        .where(GridMember.user_id == user_id)
    )
    team = session.scalar(select(VolunteerTeam.code).where(VolunteerTeam.lead_user_id == user_id))
    return Ties(segments, grid, team)


# The field each field role is tied by.
TIE_OF = {"river_chief": "segments", "grid_member": "grid", "volunteer_lead": "team"}


def check_ties(role: str, fields: dict[str, Any]) -> None:
    """The tie fields sent fit the role: segments for a river chief, grid for a grid member,
    team for a team lead; none for anyone else (422 naming the field)."""
    needed = TIE_OF.get(role)
    for name in ("segments", "grid", "team"):
        given = fields.get(name)
        if name == needed and not given:
            raise invalid_field(name, f"a {role} account needs its {name}")
        if name != needed and given:
            owner = next(r for r, tie in TIE_OF.items() if tie == name)
            raise invalid_field(name, f"only a {owner} account has {name}")


def assign(session: Session, user: User, role: str, fields: dict[str, Any]) -> Ties:
    """Tie the account to what its role needs, replacing any earlier tie (in the caller's
    transaction); 422 naming the field for codes the reference data does not have."""
    clear(session, user.id)
    if role == "river_chief":
        codes = list(dict.fromkeys(fields["segments"]))
        found = {
            s.code: s.id
            for s in session.scalars(select(RiverSegment).where(RiverSegment.code.in_(codes)))
        }
        unknown = [c for c in codes if c not in found]
        if unknown:
            choices = list(session.scalars(select(RiverSegment.code).order_by(RiverSegment.id)))
            raise invalid_field("segments", f"unknown river segment '{unknown[0]}'", choices)
        session.add_all(RiverChiefSegment(user_id=user.id, segment_id=found[c]) for c in codes)
    elif role == "grid_member":
        grid = session.scalar(select(Grid).where(Grid.code == fields["grid"]))
        if grid is None:
            choices = list(session.scalars(select(Grid.code).order_by(Grid.id)))
            raise invalid_field("grid", f"unknown grid '{fields['grid']}'", choices)
        session.add(GridMember(user_id=user.id, grid_id=grid.id))
    elif role == "volunteer_lead":
        team = session.scalar(select(VolunteerTeam).where(VolunteerTeam.code == fields["team"]))
        if team is None:
            choices = list(session.scalars(select(VolunteerTeam.code).order_by(VolunteerTeam.id)))
            raise invalid_field("team", f"unknown volunteer team '{fields['team']}'", choices)
        # A team has one lead account: a new one takes over from the one before.
        team.lead_user_id = user.id
    session.flush()
    return ties_of(session, user.id)


def clear(session: Session, user_id: int) -> None:
    """Remove every tie of the account (a role change, or before a new tie)."""
    session.execute(delete(RiverChiefSegment).where(RiverChiefSegment.user_id == user_id))
    session.execute(delete(GridMember).where(GridMember.user_id == user_id))
    session.execute(
        update(VolunteerTeam).where(VolunteerTeam.lead_user_id == user_id).values(lead_user_id=None)
    )


def segment_ids(session: Session, actor: Actor) -> set[int]:
    """The ids of the river chief's segments."""
    return set(
        session.scalars(
            select(RiverChiefSegment.segment_id).where(RiverChiefSegment.user_id == actor.user_id)
        )
    )


def check_patrol_segment(session: Session, actor: Actor, segment: str | None) -> None:
    """A river chief files patrols for one of their own segments only (403 otherwise)."""
    if actor.role != "river_chief":
        return
    mine = ties_of(session, actor.user_id or 0).segments
    if segment is None:
        raise invalid_field("segment", "name the segment you patrolled (one of yours)", list(mine))
    if segment not in mine:
        raise forbidden(
            f"You patrol the segments {', '.join(mine) or '(none)'}; '{segment}' is not one "
            "of yours."
        )


def grid_of(session: Session, actor: Actor, ref: ReferenceData) -> Grid:
    """The grid member's grid (403 if the account has none)."""
    grid_id = session.scalar(select(GridMember.grid_id).where(GridMember.user_id == actor.user_id))
    grid = ref.grids.get(grid_id or 0)
    if grid is None:
        raise forbidden("Your account is tied to no grid; ask the administrator.")
    return grid


def team_of(session: Session, actor: Actor) -> VolunteerTeam:
    """The team the lead account leads (403 if none)."""
    team = session.scalar(select(VolunteerTeam).where(VolunteerTeam.lead_user_id == actor.user_id))
    if team is None:
        raise forbidden("Your account leads no volunteer team; ask the administrator.")
    return team


def case_creator(actor: Actor) -> Actor:
    """Who creates the case of a field account's report: the account itself, standing in the
    trail under its own name and id, with the rights of a department's field app (field
    channels only, never a drill) that the case service checks."""
    if actor.role not in ("river_chief", "grid_member"):
        return actor
    return Actor(
        user_id=actor.user_id,
        name=actor.name,
        role="department",
        department_id=None,
        username=actor.username,
    )


def patrol_visible(session: Session, actor: Actor, patrol: Patrol) -> bool:
    """Staff see every patrol; a river chief the patrols of their own segments."""
    if actor.role != "river_chief":
        return True
    return patrol.segment_id is not None and patrol.segment_id in segment_ids(session, actor)


def segment_patrols(
    session: Session,
    actor: Actor,
    *,
    river: str | None,
    since: datetime | None,
    until: datetime | None,
    cursor: int | None,
    limit: int,
) -> tuple[list[dict[str, Any]], int | None]:
    """The river chief's patrols (those of their segments), newest first, as
    patrols.list_patrols gives them; and the next page's cursor."""
    stmt = (
        select(Patrol)
        .where(Patrol.segment_id.in_(segment_ids(session, actor)))
        .order_by(Patrol.id.desc())
        .limit(limit + 1)
    )
    if river:
        stmt = stmt.where(Patrol.river_id == patrols.find_river(session, river).id)
    if since is not None:
        stmt = stmt.where(Patrol.started_at >= since)
    if until is not None:
        stmt = stmt.where(Patrol.started_at < until)
    if cursor is not None:
        stmt = stmt.where(Patrol.id < cursor)
    rows = list(session.scalars(stmt))
    page = rows[:limit]
    counts = dict(
        session.execute(
            select(PatrolProblem.patrol_id, func.count())
            .where(PatrolProblem.patrol_id.in_([p.id for p in page]))
            .group_by(PatrolProblem.patrol_id)
        ).all()
    )
    rivers = {r.id: r for r in session.scalars(select(River))}
    segments = {s.id: s for s in session.scalars(select(RiverSegment))}
    items = [
        patrols.patrol_summary(
            p,
            river=rivers[p.river_id],
            segment=segments.get(p.segment_id or 0),
            problems=int(counts.get(p.id, 0)),
        )
        for p in page
    ]
    return items, (page[-1].id if len(rows) > limit else None)


def reported_cases(
    session: Session, actor: Actor, *, cursor: int | None, limit: int
) -> tuple[list[Case], int | None]:
    """The cases this account reported itself (its `create` records), newest first."""
    stmt = (
        select(Case)
        .join(CaseAction, CaseAction.case_id == Case.id)
        .where(
            CaseAction.action == "create",
            CaseAction.actor_id == actor.user_id,
            Case.drill.is_(False),
        )
        .order_by(Case.id.desc())
        .limit(limit + 1)
    )
    if cursor is not None:
        stmt = stmt.where(Case.id < cursor)
    rows = list(session.scalars(stmt))
    page = rows[:limit]
    return page, (page[-1].id if len(rows) > limit else None)


def photos_readable(session: Session, actor: Actor, case: Case) -> bool:
    """Whether a field account may read this case's photos (GET /attachments/…): a river
    chief those of a patrol problem on one of his segments (or of a patrol he filed), a
    grid member those of his own reports; a team lead none (his photos are his requests')."""
    if actor.role == "grid_member":
        return reported_by(session, actor, case.id) is not None
    if actor.role != "river_chief" or case.drill:
        return False
    patrol = session.scalar(
        select(Patrol)
        .join(PatrolProblem, PatrolProblem.patrol_id == Patrol.id)
        .where(PatrolProblem.case_id == case.id)
    )
    if patrol is None:
        return False
    return (
        patrol_visible(session, actor, patrol) or reported_by(session, actor, case.id) is not None
    )


def reported_by(session: Session, actor: Actor, case_id: int) -> Case | None:
    """The case if this account reported it, else None."""
    return session.scalar(
        select(Case)
        .join(CaseAction, CaseAction.case_id == Case.id)
        .where(
            Case.id == case_id,
            CaseAction.action == "create",
            CaseAction.actor_id == actor.user_id,
            Case.drill.is_(False),
        )
    )
