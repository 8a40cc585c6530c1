"""The SLA rules as versions an administrator publishes.

The rules in force are the rows of `sla_rules` (what `SlaClock.rule_for` reads); every
published set is also kept whole as a `SlaRuleSet` version. A step clock records the version
and the yellow threshold it started under, so a new version applies to steps started after
it while running clocks keep their rule.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from server.models import Case, SlaRule, SlaRuleSet
from server.problems import Code, Problem
from server.services import admin_log, feed
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData
from server.services.sla import STEPS, URGENCIES
from server.services.views import iso

CLOCKS = ("work", "natural")
MAX_MINUTES = 525_600  # a year of natural minutes
SYSTEM_NAME = "系统"


def rule_json(rule: SlaRule, ref: ReferenceData) -> dict[str, Any]:
    """A rule as the API shows it: the category by its code."""
    category = ref.categories.get(rule.category_id) if rule.category_id else None
    return {
        "category": category.code if category else None,
        "category_kind": rule.category_kind,
        "urgency": rule.urgency,
        "step": rule.step,
        "minutes": rule.minutes,
        "clock": rule.clock,
    }


def ensure_first_version(
    session: Session, *, ref: ReferenceData, warn_ratio: float, now: datetime
) -> None:
    """Keep the seeded rules as version 1 (with the server's configured yellow threshold),
    and give running clocks of an older database that version and threshold."""
    if session.scalar(select(SlaRuleSet.version).limit(1)) is not None:
        return
    rules = [rule_json(rule, ref) for rule in session.scalars(select(SlaRule).order_by(SlaRule.id))]
    session.add(
        SlaRuleSet(
            version=1,
            warn_ratio=warn_ratio,
            note="",
            rules=rules,
            created_at=now,
            created_by=SYSTEM_NAME,
        )
    )
    session.execute(
        update(Case)
        .where(Case.sla_started_at.is_not(None), Case.sla_rule_version.is_(None))
        .values(sla_rule_version=1, sla_warn_ratio=warn_ratio)
    )
    session.flush()


def version_view(found: SlaRuleSet, current: int, ref: ReferenceData) -> dict[str, Any]:
    """A version with its rules and what an editor needs to choose from."""
    return {
        "version": found.version,
        "warn_ratio": found.warn_ratio,
        "note": found.note,
        "created_at": iso(found.created_at),
        "created_by": found.created_by,
        "current": found.version == current,
        "rules": found.rules,
        "categories": [
            {"code": c.code, "name": c.name, "kind": c.kind}
            for c in sorted(ref.categories.values(), key=lambda c: c.code)
        ],
        "kinds": sorted({c.kind for c in ref.categories.values()}),
        "urgencies": list(URGENCIES),
        "steps": list(STEPS),
        "clocks": list(CLOCKS),
    }


def current_version(session: Session) -> int:
    """The version in force (0 before the first)."""
    return int(session.scalar(select(SlaRuleSet.version).order_by(SlaRuleSet.version.desc())) or 0)


def get_version(session: Session, ref: ReferenceData, version: int | None) -> dict[str, Any]:
    """A version (default: the one in force); 404 for one that was never published."""
    current = current_version(session)
    found = session.get(SlaRuleSet, version or current)
    if found is None:
        raise Problem(
            404,
            "Not found",
            f"SLA rule version {version} does not exist",
            code=Code.NOT_FOUND,
            kind="not-found",
        )
    return version_view(found, current, ref)


def versions(session: Session) -> list[dict[str, Any]]:
    """Every version, newest first, without its rules."""
    current = current_version(session)
    return [
        {
            "version": found.version,
            "created_at": iso(found.created_at),
            "created_by": found.created_by,
            "note": found.note,
            "warn_ratio": found.warn_ratio,
            "rules": len(found.rules),
            "current": found.version == current,
        }
        for found in session.scalars(select(SlaRuleSet).order_by(SlaRuleSet.version.desc()))
    ]


def check(
    rules: list[dict[str, Any]], warn_ratio: float, ref: ReferenceData
) -> list[dict[str, Any]]:
    """What is wrong with a set, rule by rule (`index` null for the whole set)."""
    errors: list[dict[str, Any]] = []

    def wrong(index: int | None, field: str, message: str) -> None:
        errors.append({"index": index, "field": field, "message": message})

    if not 0 < warn_ratio < 1:
        wrong(None, "warn_ratio", "warn_ratio must lie strictly between 0 and 1 (e.g. 0.8)")
    kinds = {c.kind for c in ref.categories.values()}
    seen: dict[tuple[Any, ...], int] = {}
    for index, rule in enumerate(rules):
        minutes = rule.get("minutes")
        if (
            isinstance(minutes, bool)
            or not isinstance(minutes, int)
            or not 1 <= minutes <= MAX_MINUTES
        ):
            wrong(index, "minutes", f"minutes must be a whole number from 1 to {MAX_MINUTES}")
        if rule.get("clock") not in CLOCKS:
            wrong(index, "clock", "clock must be work (working minutes) or natural (24/7)")
        if rule.get("urgency") not in URGENCIES:
            wrong(index, "urgency", f"urgency must be one of {', '.join(URGENCIES)}")
        if rule.get("step") not in STEPS:
            wrong(index, "step", f"step must be one of {', '.join(STEPS)}")
        category, kind = rule.get("category"), rule.get("category_kind")
        if category is not None and kind is not None:
            wrong(index, "category", "name a category or a kind of category, not both")
        if category is not None and category not in ref.category_by_code:
            wrong(index, "category", f"unknown category {category!r}")
        if kind is not None and kind not in kinds:
            wrong(index, "category_kind", f"unknown kind of category {kind!r}")
        place = (category, kind, rule.get("urgency"), rule.get("step"))
        if place in seen:
            wrong(index, "step", f"the same place as rule {seen[place]}")
        seen.setdefault(place, index)
    for urgency in URGENCIES:
        for step in STEPS:
            if (None, None, urgency, step) not in seen:
                wrong(None, "rules", f"{urgency} {step} needs a rule for every category")
    return errors


def publish(
    session: Session,
    ref: ReferenceData,
    *,
    edited: int,
    warn_ratio: float,
    note: str,
    rules: list[dict[str, Any]],
    actor: Actor,
    now: datetime,
) -> dict[str, Any]:
    """Make a checked set the rules in force as the next version; 409 if `edited` is stale."""
    current = current_version(session)
    found = session.get(SlaRuleSet, current, with_for_update=True)
    if edited != current or found is None:
        raise Problem(
            409,
            "Rules changed meanwhile",
            f"Version {current} was published after version {edited} you edited; reload it "
            "and make your change again.",
            code=Code.RULES_CHANGED,
            kind="conflict",
            current=get_version(session, ref, None),
        )
    session.execute(delete(SlaRule))
    session.add_all(
        SlaRule(
            category_id=ref.category_by_code[r["category"]].id if r["category"] else None,
            category_kind=r["category_kind"],
            urgency=r["urgency"],
            step=r["step"],
            minutes=r["minutes"],
            clock=r["clock"],
        )
        for r in rules
    )
    published = SlaRuleSet(
        version=current + 1,
        warn_ratio=warn_ratio,
        note=note,
        rules=rules,
        created_at=now,
        created_by=actor.name,
    )
    session.add(published)
    session.flush()
    admin_log.record(
        session,
        kind="sla_rules",
        action="publish",
        actor=actor,
        now=now,
        target=f"v{published.version}",
        before={"version": found.version, "warn_ratio": found.warn_ratio, "rules": found.rules},
        after={"version": published.version, "warn_ratio": warn_ratio, "rules": rules},
        note=note,
    )
    feed.append(session, "sla_rules.changed", payload={"version": published.version}, now=now)
    return version_view(published, published.version, ref)
