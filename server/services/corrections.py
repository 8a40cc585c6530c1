"""Correcting an open case (reclassify): its category, street, urgency or address, with a reason.

`correct` is a lifecycle action like any other (version, 409, Idempotency-Key, audit record
and feed event come from the action path); this module applies its effects and says what
the audit keeps: every changed field, old → new, and the SLA clock if it moved.

The clock follows the rule: when the category or urgency changes and the rule of the current
step (category, urgency) gives another limit or clock than the running one, the step's limit
and clock are replaced, counted from the step's start as before, under the current rule
version and its yellow threshold. An extension approved in the step is kept (when the clock
counts the same kind of minutes). Otherwise the clock is left as it runs.

A corrected street takes the case out of a community or grid of another street. A corrected
address names a street: unless a street is given too, the case follows it (as at intake).
A corrected category does not re-route a dispatched case: the department returns it or the
duty officer dispatches it anew.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from server.models import Case, SlaRuleSet, Street
from server.problems import Code, Problem
from server.schemas.case import ActionRequest
from server.services import resolve
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.services.views import iso

CORRECTABLE = ("category", "street", "urgency", "address")


def apply_correction(
    session: Session,
    *,
    case: Case,
    request: ActionRequest,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> dict[str, Any]:
    """Change the case as the request says; returns the audit payload (422 if nothing changes)."""
    changes: dict[str, dict[str, Any]] = {}
    old_category_id, old_urgency = case.category_id, case.urgency
    if request.category is not None:
        category = resolve.category(ref, request.category)
        if category.id != case.category_id:
            old = ref.categories.get(case.category_id)
            changes["category"] = _coded(old.code if old else None, old.name if old else None,
                                         category.code, category.name)  # fmt: skip
            case.category_id = category.id
    if request.urgency is not None and request.urgency != case.urgency:
        changes["urgency"] = {"old": case.urgency, "new": request.urgency}
        case.urgency = request.urgency
    if request.address is not None and request.address != case.address:
        changes["address"] = {"old": case.address, "new": request.address}
        case.address = request.address
    _correct_street(case, request, ref, changes)
    if not changes:
        message = (
            "correct changes nothing: give the category, street, urgency or address the "
            "case should have (each differing from what it has now)"
        )
        raise Problem(
            422,
            "Nothing to correct",
            message,
            code=Code.INVALID,
            kind="invalid",
            errors=[{"field": name, "message": message} for name in CORRECTABLE],
        )
    clock = None
    if (case.category_id, case.urgency) != (old_category_id, old_urgency):
        clock = _rederive_clock(session, case, old_category_id, old_urgency, ref, sla, now)
    payload: dict[str, Any] = {"changes": changes, "sla": clock}
    if clock is not None:
        # The color after the move, so that the audit trail alone tells when it was red.
        payload["color"] = case.color
    return payload


def _coded(old_code: str | None, old_name: str | None, code: str, name: str) -> dict[str, Any]:
    return {"old": old_code, "new": code, "old_name": old_name, "new_name": name}


def _correct_street(
    case: Case, request: ActionRequest, ref: ReferenceData, changes: dict[str, dict[str, Any]]
) -> None:
    street: Street | None
    if request.street is not None:
        street = resolve.street(ref, request.street)
    elif "address" in changes:
        street = ref.street_in_address(case.address)  # None: the address names no street
    else:
        return
    if street is None or street.id == case.street_id:
        return
    old = ref.streets.get(case.street_id) if case.street_id else None
    changes["street"] = _coded(
        old.code if old else None, old.name if old else None, street.code, street.name
    )
    case.street_id = street.id
    community = ref.communities.get(case.community_id) if case.community_id else None
    if community is not None and community.street_id != street.id:
        changes["community"] = {"old": community.name, "new": None}
        case.community_id = None
    grid = ref.grids.get(case.grid_id) if case.grid_id else None
    grid_community = ref.communities.get(grid.community_id) if grid else None
    if grid is not None and (grid_community is None or grid_community.street_id != street.id):
        changes["grid"] = {"old": grid.code, "new": None}
        case.grid_id = None


def _rederive_clock(
    session: Session,
    case: Case,
    old_category_id: int,
    old_urgency: str,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> dict[str, Any] | None:
    """Replace the current step's limit and clock if the rule now gives others; what moved."""
    step = case.sla_step
    if step is None or case.sla_limit_min is None:
        return None
    rule = sla.rule_for(ref, case.category_id, case.urgency, step)
    started = _started_minutes(session, case, old_category_id, old_urgency, ref, sla)
    extension = 0
    if started is not None and rule.clock == case.sla_clock:
        extension = max(0, case.sla_limit_min - started)
    limit = rule.minutes + extension
    if (limit, rule.clock) == (case.sla_limit_min, case.sla_clock):
        return None
    old = _clock_view(case)
    case.sla_limit_min, case.sla_clock = limit, rule.clock
    case.sla_rule_version = ref.rule_version or None
    case.sla_warn_ratio = ref.warn_ratio or sla.warn_ratio
    sla.recompute(case, now)
    return {"step": step, "extension_min": extension, "old": old, "new": _clock_view(case)}


def _started_minutes(
    session: Session,
    case: Case,
    category_id: int,
    urgency: str,
    ref: ReferenceData,
    sla: SlaClock,
) -> int | None:
    """The limit of the rule the running step clock started under (before any extension)."""
    step = case.sla_step
    assert step is not None
    version = case.sla_rule_version
    if version is None or version == ref.rule_version:
        return sla.rule_for(ref, category_id, urgency, step).minutes
    found = session.get(SlaRuleSet, version)
    category = ref.categories.get(category_id)
    if found is None or category is None:
        return None
    best: dict[str, Any] | None = None
    best_rank = -1
    for rule in found.rules:  # as SlaClock.rule_for: the most specific rule wins
        if rule.get("step") != step or rule.get("urgency") != urgency:
            continue
        if rule.get("category"):
            rank = 2 if rule["category"] == category.code else -1
        elif rule.get("category_kind"):
            rank = 1 if rule["category_kind"] == category.kind else -1
        else:
            rank = 0
        if rank > best_rank:
            best, best_rank = rule, rank
    return int(best["minutes"]) if best is not None else None


def _clock_view(case: Case) -> dict[str, Any]:
    return {
        "limit_min": case.sla_limit_min,
        "clock": case.sla_clock,
        "rule_version": case.sla_rule_version,
        "warn_at": iso(case.warn_at),
        "due_at": iso(case.due_at),
    }
