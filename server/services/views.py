"""Cases as JSON-ready dicts: flat, with names resolved from the reference cache.

Plain dicts serialized by orjson: pydantic response models doubled the time to
serialize large lists, and the list and feed endpoints are the hot paths.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row

from server.models import Attachment, Case, CaseAction
from server.services.lifecycle import Actor, CaseFacts, allowed_actions
from server.services.refdata import ReferenceData
from server.services.workcalendar import SHANGHAI

PHONE_VISIBLE_TO = frozenset({"duty_officer", "supervisor"})


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 with the Asia/Shanghai offset, as the API promises."""
    return None if moment is None else moment.astimezone(SHANGHAI).isoformat()


def mask_phone(phone: str) -> str:
    """138****5678: enough to recognize a caller, not enough to call them."""
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def facts_of(case: Case | Row[Any]) -> CaseFacts:
    """What the state machine needs to know of a case (or of a row with those columns)."""
    return CaseFacts(
        state=case.state,
        department_id=case.department_id,
        extension_pending=case.extension_pending_min is not None,
        last_callback=case.last_callback,
        drill=case.drill,
        park_pending=park_request(case) is not None,
    )


def park_request(case: Case | Row[Any]) -> str | None:
    """The reason of a park request awaiting a supervisor, if any.

    Read tolerantly: the `park_pending` column comes with migration 0010, and a server whose
    model does not have it yet still answers (with null).
    """
    return getattr(case, "park_pending", None)


def case_snapshot(case: Case | Row[Any], ref: ReferenceData) -> dict[str, Any]:
    """The case as every reader sees it (phone masked, no role-specific fields)."""
    category = ref.categories.get(case.category_id)
    street = ref.streets.get(case.street_id) if case.street_id else None
    community = ref.communities.get(case.community_id) if case.community_id else None
    grid = ref.grids.get(case.grid_id) if case.grid_id else None
    department = ref.departments.get(case.department_id) if case.department_id else None
    return {
        "id": case.id,
        "ref": case.ref,
        "channel": case.channel,
        "category": category.code if category else None,
        "category_name": category.name if category else None,
        "urgency": case.urgency,
        "title": case.title,
        "description": case.description,
        "address": case.address,
        "street": street.code if street else None,
        "street_name": street.name if street else None,
        "community": community.name if community else None,
        "grid": grid.code if grid else None,
        "lat": case.lat,
        "lon": case.lon,
        "reporter_name": case.reporter_name,
        "reporter_phone": mask_phone(case.reporter_phone),
        "state": case.state,
        "version": case.version,
        "department": department.code if department else None,
        "department_name": department.name if department else None,
        "escalation_level": case.escalation_level,
        "return_count": case.return_count,
        "drill": case.drill,
        "drill_run_id": case.drill_run_id,
        "parent_id": case.parent_id,
        "created_at": iso(case.created_at),
        "updated_at": iso(case.updated_at),
        "closed_at": iso(case.closed_at),
        "sla_step": case.sla_step,
        "sla_clock": case.sla_clock,
        "sla_rule_version": case.sla_rule_version,
        "sla_paused": case.sla_paused_at is not None,
        "warn_at": iso(case.warn_at),
        "due_at": iso(case.due_at),
        "color": case.color,
        "extension_pending_min": case.extension_pending_min,
        "park_pending": park_request(case),
        "last_callback": case.last_callback,
        "external_ref": case.external_ref,
        "external_due_at": iso(case.external_due_at),
        "camera_code": case.camera_code,
    }


def for_actor(snapshot: dict[str, Any], department_id: int | None, actor: Actor) -> dict[str, Any]:
    """A snapshot (of a feed event) with the actions this actor may take in it."""
    facts = CaseFacts(
        state=snapshot["state"],
        department_id=department_id,
        extension_pending=snapshot["extension_pending_min"] is not None,
        last_callback=snapshot["last_callback"],
        drill=snapshot["drill"],
        # Events recorded before park requests existed have no such field.
        park_pending=snapshot.get("park_pending") is not None,
    )
    return {**snapshot, "allowed_actions": allowed_actions(facts, actor)}


def case_view(case: Case, ref: ReferenceData, actor: Actor) -> dict[str, Any]:
    """A case in a list or action response for this actor."""
    return {**case_snapshot(case, ref), "allowed_actions": allowed_actions(facts_of(case), actor)}


def action_view(action: CaseAction) -> dict[str, Any]:
    """One audit record of the history timeline."""
    return {
        "id": action.id,
        "action": action.action,
        "actor": action.actor_name,
        "actor_role": action.actor_role,
        "from_state": action.from_state,
        "to_state": action.to_state,
        "note": action.note,
        "payload": action.payload,
        "version": action.version,
        "at": iso(action.created_at),
    }


def attachment_view(attachment: Attachment) -> dict[str, Any]:
    """An attachment's metadata (the bytes are fetched separately)."""
    return {
        "id": attachment.id,
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "caption": attachment.caption,
        "created_by": attachment.created_by,
        "created_at": iso(attachment.created_at),
    }
