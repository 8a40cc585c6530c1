"""Reference data for pickers, routing and SLA display."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from server.deps import CurrentActor, StateDep
from server.models import ROLES
from server.schemas.case import ActionRequest
from server.services import reference_rules
from server.services.sla import STEPS, URGENCIES

router = APIRouter(prefix="/api/v1", tags=["reference"])

# The action request as the server validates it (the types of the actions' own fields).
_ACTION_FIELDS: dict[str, Any] = ActionRequest.model_json_schema()["properties"]


@router.get("/reference")
def reference(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """Streets, communities, grids, departments, categories with routing and SLA limits, roles,
    and the lifecycle's rules (states, actions, what each role may do)."""
    ref = state.reference.get()
    streets = {s.id: s.code for s in ref.streets.values()}
    communities = {c.id: c.name for c in ref.communities.values()}
    rules_by_category: dict[int, list[dict[str, Any]]] = {}
    for category in ref.categories.values():
        rules_by_category[category.id] = [
            {"urgency": urgency, "step": step, "minutes": rule.minutes, "clock": rule.clock}
            for urgency in URGENCIES
            for step in STEPS
            for rule in [state.sla.rule_for(ref, category.id, urgency, step)]
        ]
    return {
        "streets": [
            {"code": s.code, "name": s.name, "lat": s.lat, "lon": s.lon}
            for s in ref.streets.values()
        ],
        "communities": [
            {"name": c.name, "street": streets[c.street_id]} for c in ref.communities.values()
        ],
        "grids": [
            {"code": g.code, "name": g.name, "community": communities[g.community_id]}
            for g in ref.grids.values()
        ],
        "departments": [
            {"code": d.code, "name": d.name, "handles_cases": d.handles_cases}
            for d in ref.departments.values()
        ],
        "categories": [
            {
                "code": c.code,
                "name": c.name,
                "kind": c.kind,
                "default_urgency": c.default_urgency,
                "department": ref.departments[c.department_id].code,
                "sla": rules_by_category[c.id],
            }
            for c in ref.categories.values()
        ],
        "roles": list(ROLES),
        "warn_ratio": state.settings.warn_ratio,
        "rules": reference_rules.rules(request_fields=_ACTION_FIELDS),
    }
