"""The SLA rules: every signed-in role reads them, administrators publish new versions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from server.deps import CurrentActor, Now, StateDep, require_roles
from server.problems import Code, Problem
from server.schemas import MAX_INT
from server.services import sla_rules
from server.services.lifecycle import Actor

router = APIRouter(prefix="/api/v1/sla-rules", tags=["sla-rules"])
Admin = Annotated[Actor, Depends(require_roles("admin"))]


class SlaRuleIn(BaseModel):
    """One step limit: for every category (neither set), a kind of category, or one category."""

    category: str | None = Field(default=None, max_length=40, description="category code")
    category_kind: str | None = Field(default=None, max_length=20)
    urgency: str = Field(max_length=20)
    step: str = Field(max_length=20)
    minutes: int = Field(description="the limit in minutes of its clock")
    clock: str = Field(max_length=10, description="work or natural")


class SlaRuleSetIn(BaseModel):
    """A whole set to publish, and the version it was edited from."""

    version: int = Field(ge=0, le=MAX_INT, description="the version you edited")
    warn_ratio: float = Field(description="share of the limit at which a case turns yellow")
    note: str = Field(default="", max_length=500)
    rules: list[SlaRuleIn] = Field(max_length=2000)


@router.get("")
def get_rules(
    _actor: CurrentActor,
    state: StateDep,
    version: Annotated[int | None, Query(ge=1, le=MAX_INT)] = None,
) -> dict[str, Any]:
    """The rules in force, or a past version."""
    with state.db.read() as session:
        return sla_rules.get_version(session, state.reference.get(), version)


@router.get("/versions")
def list_versions(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """Every published version, newest first."""
    with state.db.read() as session:
        return {"items": sla_rules.versions(session)}


@router.put("")
def publish(body: SlaRuleSetIn, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """Publish a new version: steps started from now on count on it, running clocks keep
    theirs. 409 if another version was published since the one edited."""
    ref = state.reference.get()
    rules = [rule.model_dump() for rule in body.rules]
    errors = sla_rules.check(rules, body.warn_ratio, ref)
    if errors:
        raise Problem(
            422,
            "Invalid SLA rules",
            f"{len(errors)} problem(s) in the rules; nothing was published.",
            code=Code.INVALID,
            kind="invalid",
            errors=errors,
        )
    with state.db.write() as session:
        published = sla_rules.publish(
            session,
            ref,
            edited=body.version,
            warn_ratio=body.warn_ratio,
            note=body.note,
            rules=rules,
            actor=admin,
            now=now,
        )
    state.reference.invalidate()
    state.hub.notify()
    return published
