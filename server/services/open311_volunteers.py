"""Open311 GeoReport v2 for volunteer service requests (点单 from an Open311 client).

Each active volunteer service category is a service `volunteer.<category>` (group 志愿服务);
a POST with such a code is a volunteer request of channel `open311`, written by the volunteer
service's own `create_request` (its trail step and its `volunteer.requested` feed event). Its
service_request_id is `V<id>`, which no case ref (`CC…`) can be. As for cases, only requests
that came in through Open311 are answered for, and the resident's name and phone never are.

A volunteer request has no row of its own for the Open311 token: its token is `vol-<id>`,
a handle like the id itself (the id is answered at once, so the spec needs no other).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.map.areas import current_areas
from server.models import Open311Key
from server.models.field import ServiceCategory, ServiceRequest
from server.problems import Problem
from server.services import open311, volunteers
from server.services.lifecycle import Actor
from server.services.open311 import Filters, Open311Error
from server.services.patrols import locate_street
from server.services.refdata import ReferenceData
from server.services.views import iso

CODE_PREFIX = "volunteer."
GROUP = "志愿服务"
ID = re.compile(r"V([1-9][0-9]{0,17})")
TOKEN = re.compile(r"vol-([1-9][0-9]{0,17})")
CLOSED_STATES = frozenset({"done", "rated", "cancelled"})
MAX_DESCRIPTION = 2000  # as the volunteer request form takes it
MAX_ADDRESS = 200
MAX_NAME = 80


def is_volunteer_code(code: str) -> bool:
    """Whether a service_code names a volunteer service."""
    return code.startswith(CODE_PREFIX)


def _categories(session: Session) -> list[ServiceCategory]:
    return list(
        session.scalars(
            select(ServiceCategory)
            .where(ServiceCategory.active.is_(True))
            .order_by(ServiceCategory.code)
        )
    )


def _category(session: Session, code: str) -> ServiceCategory | None:
    """The active category of a `volunteer.<category>` code."""
    if not is_volunteer_code(code):
        return None
    wanted = code.removeprefix(CODE_PREFIX)
    return next((c for c in _categories(session) if c.code == wanted), None)


def services(session: Session) -> list[dict[str, Any]]:
    """Every active volunteer service category as a service."""
    return [
        {
            "service_code": CODE_PREFIX + category.code,
            "service_name": category.name,
            "description": f"{category.name}（志愿服务队上门服务）",
            "metadata": False,
            "type": "realtime",
            "keywords": f"{GROUP},点单",
            "group": GROUP,
        }
        for category in _categories(session)
    ]


def definition(session: Session, code: str) -> dict[str, Any] | None:
    """The definition of a volunteer service (no extra attributes), None if unknown."""
    if _category(session, code) is None:
        return None
    return {"service_code": code, "attributes": []}


def create_request(
    session: Session,
    *,
    form: dict[str, str],
    client: Open311Key,
    ref: ReferenceData,
    now: datetime,
) -> dict[str, Any]:
    """An Open311 POST with a volunteer service code as a volunteer request (点单), checked
    by the case path's rules where they apply; the e-mail is checked but not kept (the
    center calls the resident back by phone)."""
    code = form.get("service_code", "")
    category = _category(session, code)
    if category is None:
        raise Open311Error(400, f"service_code {code} was not found")
    description = form.get("description", "").strip()
    if not description:
        raise Open311Error(400, "description is required for a volunteer service request")
    lat, lon = open311.location_of(form, ref)
    media_url, _ = open311.extras_of(form)
    name, phone = open311.contact_of(form)
    text = description + (f"\n图片：{media_url}" if media_url else "")
    if len(text) > MAX_DESCRIPTION:
        raise Open311Error(
            400, f"description (with media_url) may have at most {MAX_DESCRIPTION} characters"
        )
    address = form.get("address_string", "").strip()
    if len(address) > MAX_ADDRESS:
        raise Open311Error(400, f"address_string may have at most {MAX_ADDRESS} characters")
    if len(name) > MAX_NAME:
        raise Open311Error(400, f"first_name and last_name may have at most {MAX_NAME} characters")
    street = locate_street(ref, address=address, lat=lat, lon=lon, areas=current_areas(session))
    data = volunteers.NewRequest(
        channel="open311",
        category=category.code,
        street=street,
        address=address,
        description=text,
        resident_name=name,
        resident_phone=phone,
    )
    actor = Actor(None, f"Open311:{client.name}"[:80], "system")
    try:
        request = volunteers.create_request(session, data=data, actor=actor, ref=ref, now=now)
    except Problem as problem:
        raise Open311Error(400, problem.detail) from problem
    rid = f"V{request.id}"
    return {
        "service_request_id": rid,
        "token": f"vol-{request.id}",
        "service_notice": f"已受理，志愿服务单号{rid}，将由志愿服务队上门服务。",
        "account_id": None,
    }


def find(session: Session, filters: Filters) -> list[tuple[datetime, dict[str, Any]]]:
    """Open311 volunteer requests with their creation time, newest first: by id (`V<id>`;
    other ids are not ours), else by the filters (volunteer codes among the codes)."""
    stmt = select(ServiceRequest).where(ServiceRequest.channel == "open311")
    if filters.ids:
        wanted = [int(m.group(1)) for m in map(ID.fullmatch, filters.ids) if m]
        if not wanted:
            return []
        stmt = stmt.where(ServiceRequest.id.in_(wanted))
    else:
        if filters.start is not None:
            stmt = stmt.where(ServiceRequest.created_at >= filters.start)
        if filters.end is not None:
            stmt = stmt.where(ServiceRequest.created_at <= filters.end)
        if filters.codes is not None:
            found = [_category(session, code) for code in filters.codes]
            stmt = stmt.where(ServiceRequest.category_id.in_([c.id for c in found if c]))
        if filters.closed is not None:
            closed = ServiceRequest.state.in_(sorted(CLOSED_STATES))
            stmt = stmt.where(closed if filters.closed else ~closed)
    stmt = stmt.order_by(ServiceRequest.created_at.desc()).limit(open311.MAX_RESULTS)
    rows = list(session.scalars(stmt))
    catalog = volunteers.Catalog.load(session)
    return [(r.created_at, request_view(r, catalog)) for r in rows]


def request_view(request: ServiceRequest, catalog: volunteers.Catalog) -> dict[str, Any]:
    """A volunteer request as a GeoReport service request (no resident name or phone; the
    team's report stays inside, as a case's internal notes do)."""
    category = catalog.categories[request.category_id]
    team = catalog.teams.get(request.team_id or 0)
    return {
        "service_request_id": f"V{request.id}",
        "status": "closed" if request.state in CLOSED_STATES else "open",
        "status_notes": None,
        "service_name": category.name,
        "service_code": CODE_PREFIX + category.code,
        "description": request.description,
        "agency_responsible": team.name if team else None,
        "service_notice": None,
        "requested_datetime": iso(request.created_at),
        "updated_datetime": iso(request.updated_at),
        "expected_datetime": None,
        "address": request.address,
        "address_id": None,
        "zipcode": None,
        "lat": None,
        "long": None,
        "media_url": None,
    }


def token_lookup(session: Session, token: str) -> dict[str, Any] | None:
    """The service request id of a volunteer request's token, None if it is not one."""
    match = TOKEN.fullmatch(token)
    if match is None:
        return None
    found = session.scalar(
        select(ServiceRequest.id).where(
            ServiceRequest.id == int(match.group(1)), ServiceRequest.channel == "open311"
        )
    )
    return None if found is None else {"service_request_id": f"V{found}", "token": token}


# --- cases and volunteer requests together, as the routes answer them --------------------


def all_services(session: Session, ref: ReferenceData) -> list[dict[str, Any]]:
    """The case categories, then the volunteer services."""
    return open311.services(ref) + services(session)


def any_definition(session: Session, ref: ReferenceData, code: str) -> dict[str, Any]:
    """The definition of a case or volunteer service (404 for neither)."""
    if is_volunteer_code(code):
        found = definition(session, code)
        if found is None:
            raise Open311Error(404, f"service_code {code} was not found")
        return found
    return open311.definition(ref, code)


def find_all(
    session: Session,
    ref: ReferenceData,
    *,
    ids: list[str],
    codes: list[str],
    start: datetime | None,
    end: datetime | None,
    statuses: list[str],
    now: datetime,
) -> list[dict[str, Any]]:
    """Open311 cases and volunteer requests, newest first: by id, or by the filters."""
    filters = open311.check_filters(
        ids=ids, codes=codes, start=start, end=end, statuses=statuses, now=now
    )
    rows = open311.find_cases(session, ref, filters) + find(session, filters)
    rows.sort(key=lambda row: row[0], reverse=True)
    return [view for _, view in rows[: open311.MAX_RESULTS]]


def token_of(session: Session, token: str) -> dict[str, Any]:
    """The service request id of a case's or a volunteer request's token."""
    return token_lookup(session, token) or open311.token_lookup(session, token)
