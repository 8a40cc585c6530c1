"""Open311 GeoReport v2: categories as services, Open311 cases as service requests.

Only cases that came in through Open311 are answered for: calls to 12345 and grid reports
carry citizens' data that an open API must not publish. Contact data (name, phone, e-mail)
is kept with the case but never returned.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.db import utcnow
from server.map.areas import current_areas
from server.models import Case, CaseAction, Open311Key, Open311Request
from server.problems import Problem
from server.schemas.case import CaseCreate
from server.services import resolve
from server.services.cases import create_case
from server.services.dispatch import distance_m
from server.services.lifecycle import Actor
from server.services.patrols import locate_street
from server.services.refdata import ReferenceData
from server.services.sla import SlaClock
from server.services.views import iso

DEMO_KEY = "demo-open311-key"
CLOSED_STATES = frozenset({"closed", "voided", "merged"})
# The trail records whose note is written for the citizen (GeoReport `status_notes`).
PUBLIC_NOTE_ACTIONS = ("resolve", "verify_pass", "answer")
# A public note is shown once the work is reported done, not while the case is back in work.
NOTE_SHOWN_IN = frozenset({"resolved", "closed"})
MAX_SPAN = timedelta(days=90)
MAX_RESULTS = 1000
MAX_IDS = 100
# A location this far from every street centre lies outside the district.
OUTSIDE_M = 20_000.0
KIND_NAMES = {
    "complaint": "投诉",
    "report": "举报/报告",
    "consultation": "咨询",
    "help": "求助",
    "suggestion": "建议",
}
PHONE = re.compile(r"[0-9+\- ]{1,40}")
CJK = re.compile(r"[\u3400-\u9fff]")


class Open311Error(Exception):
    """An error answered in the GeoReport format: a list of {code, description}."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def key_hash(key: str) -> str:
    """What is stored of an API key."""
    return hashlib.sha256(key.encode()).hexdigest()


def ensure_demo_key(session: Session, demo: bool) -> None:
    """The demo key `demo-open311-key` works in demo mode and only there."""
    row = session.scalar(select(Open311Key).where(Open311Key.key_hash == key_hash(DEMO_KEY)))
    if row is None and demo:
        session.add(
            Open311Key(
                name="Open311演示客户端",
                key_hash=key_hash(DEMO_KEY),
                active=True,
                demo=True,
                created_at=utcnow(),
            )
        )
    elif row is not None:
        row.active = demo
    session.flush()


def client_of(session: Session, api_key: str | None) -> Open311Key:
    """The client of an API key; 403 for a missing, unknown or disabled key."""
    row = None
    if api_key:
        row = session.scalar(select(Open311Key).where(Open311Key.key_hash == key_hash(api_key)))
    if row is None or not row.active:
        raise Open311Error(403, "api_key was not provided or invalid")
    return row


def services(ref: ReferenceData) -> list[dict[str, Any]]:
    """Every category as a service."""
    return [_service(ref, c.id) for c in sorted(ref.categories.values(), key=lambda c: c.id)]


def _service(ref: ReferenceData, category_id: int) -> dict[str, Any]:
    category = ref.categories[category_id]
    department = ref.departments[category.department_id]
    return {
        "service_code": category.code,
        "service_name": category.name,
        "description": f"{category.name}（由{department.name}办理）",
        "metadata": False,
        "type": "realtime",
        "keywords": KIND_NAMES.get(category.kind, category.kind),
        "group": category.kind,
    }


def definition(ref: ReferenceData, code: str) -> dict[str, Any]:
    """The definition of a service: ours take no extra attributes."""
    category = resolve.find_category(ref, code)
    if category is None:
        raise Open311Error(404, f"service_code {code} was not found")
    return {"service_code": category.code, "attributes": []}


def parse_time(value: str | None, name: str) -> datetime | None:
    """A w3 date-time with its offset (or Z)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise Open311Error(
            400, f"{name} must be a date-time with offset, e.g. 2026-11-01T00:00:00+08:00"
        )
    return moment


@dataclass(frozen=True)
class Filters:
    """The checked filters of a list: by ids (which override the rest), else a time span,
    the service codes (None: every service) and open/closed (None: both)."""

    ids: list[str]
    codes: list[str] | None
    start: datetime | None
    end: datetime | None
    closed: bool | None


def check_filters(
    *,
    ids: list[str],
    codes: list[str],
    start: datetime | None,
    end: datetime | None,
    statuses: list[str],
    now: datetime,
) -> Filters:
    """The filters of GET requests, checked (400 in the spec's format otherwise)."""
    if ids:
        if len(ids) > MAX_IDS:
            raise Open311Error(400, f"at most {MAX_IDS} service_request_id at once")
        return Filters(ids, None, None, None, None)
    if statuses and not set(statuses) <= {"open", "closed"}:
        raise Open311Error(400, "status must be open or closed (comma-separated)")
    end = end or now
    start = start or end - MAX_SPAN
    if end < start:
        raise Open311Error(400, "end_date is before start_date")
    if end - start > MAX_SPAN:
        raise Open311Error(400, "start_date and end_date may not span more than 90 days")
    closed = statuses[0] == "closed" if len(set(statuses)) == 1 else None
    return Filters([], codes or None, start, end, closed)


def find_requests(
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
    """Open311 cases by id (which overrides every other filter), or by the filters."""
    filters = check_filters(ids=ids, codes=codes, start=start, end=end, statuses=statuses, now=now)
    return [view for _, view in find_cases(session, ref, filters)]


def find_cases(
    session: Session, ref: ReferenceData, filters: Filters
) -> list[tuple[datetime, dict[str, Any]]]:
    """Open311 cases with their creation time, newest first, by the checked filters."""
    stmt = select(Case, Open311Request.media_url).outerjoin(
        Open311Request, Open311Request.case_id == Case.id
    )
    stmt = stmt.where(Case.channel == "open311", Case.drill.is_(False))
    if filters.ids:
        stmt = stmt.where(Case.ref.in_(filters.ids))
    else:
        stmt = stmt.where(Case.created_at >= filters.start, Case.created_at <= filters.end)
        if filters.codes is not None:
            # A filter: an unknown service_code matches no request (GeoReport v2 lists).
            found = map(partial(resolve.find_category, ref), filters.codes)
            stmt = stmt.where(Case.category_id.in_([c.id for c in found if c]))
        if filters.closed is not None:
            closed = Case.state.in_(sorted(CLOSED_STATES))
            stmt = stmt.where(closed if filters.closed else ~closed)
    rows = session.execute(stmt.order_by(Case.created_at.desc()).limit(MAX_RESULTS)).all()
    notes = _latest_notes(session, [case.id for case, _ in rows])
    return [
        (case.created_at, request_view(case, ref=ref, note=notes.get(case.id), media_url=media))
        for case, media in rows
    ]


def _latest_notes(session: Session, case_ids: list[int]) -> dict[int, str]:
    """The latest public note of each case: what the department reported as done, the
    closing remark or the answer given at intake. Comments, returns, escalation remarks and
    every other internal note stay inside (they may name people or phone numbers)."""
    if not case_ids:
        return {}
    latest = (
        select(func.max(CaseAction.id))
        .where(
            CaseAction.case_id.in_(case_ids),
            CaseAction.action.in_(PUBLIC_NOTE_ACTIONS),
            CaseAction.note != "",
        )
        .group_by(CaseAction.case_id)
    )
    rows = session.execute(
        select(CaseAction.case_id, CaseAction.note).where(CaseAction.id.in_(latest))
    )
    return dict(rows.all())


def request_view(
    case: Case, *, ref: ReferenceData, note: str | None, media_url: str | None
) -> dict[str, Any]:
    """A case as a GeoReport service request."""
    category = ref.categories[case.category_id]
    department = ref.departments.get(case.department_id) if case.department_id else None
    return {
        "service_request_id": case.ref,
        "status": "closed" if case.state in CLOSED_STATES else "open",
        "status_notes": note if case.state in NOTE_SHOWN_IN else None,
        "service_name": category.name,
        "service_code": category.code,
        "description": case.description,
        "agency_responsible": department.name if department else None,
        "service_notice": None,
        "requested_datetime": iso(case.created_at),
        "updated_datetime": iso(case.updated_at),
        "expected_datetime": iso(case.due_at),
        "address": case.address,
        "address_id": None,
        "zipcode": None,
        "lat": case.lat,
        "long": case.lon,
        "media_url": media_url or None,
    }


def create_request(
    session: Session,
    *,
    form: dict[str, str],
    client: Open311Key,
    ref: ReferenceData,
    sla: SlaClock,
    now: datetime,
) -> dict[str, Any]:
    """An Open311 POST as a new `open311` case, which then follows the normal lifecycle."""
    code = form.get("service_code", "")
    category = resolve.find_category(ref, code)
    if not code:
        raise Open311Error(400, "service_code was not provided")
    if category is None:
        raise Open311Error(400, f"service_code {code} was not found")
    lat, lon = location_of(form, ref)
    address = form.get("address_string", "").strip()
    if lat is None and not address:
        raise Open311Error(400, "a location is required: lat and long, or address_string")
    description = form.get("description", "").strip()
    if len(description) > 4000:
        raise Open311Error(400, "description may have at most 4000 characters")
    media_url, email = extras_of(form)
    name, phone = contact_of(form)
    text = description + (f"\n图片：{media_url}" if media_url else "")
    summary = description.splitlines()[0][:60] if description else ""
    try:
        data = CaseCreate(
            channel="open311",
            category=category.code,
            title=f"{category.name}：{summary}" if summary else category.name,
            description=text,
            address=address[:200],
            street=locate_street(
                ref, address=address, lat=lat, lon=lon, areas=current_areas(session)
            ),
            lat=lat,
            lon=lon,
            reporter_name=name[:80],
            reporter_phone=phone,
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in first["loc"]) or "request"
        raise Open311Error(400, f"{field}: {first['msg']}") from exc
    actor = Actor(None, f"Open311:{client.name}"[:80], "system")
    try:
        case = create_case(session, data=data, actor=actor, ref=ref, sla=sla, now=now)
    except Problem as problem:
        raise Open311Error(400, problem.detail) from problem
    token = secrets.token_urlsafe(16)
    session.add(
        Open311Request(
            case_id=case.id,
            token=token,
            key_id=client.id,
            media_url=media_url,
            email=email,
            created_at=now,
        )
    )
    department = ref.departments[category.department_id]
    return {
        "service_request_id": case.ref,
        "token": token,
        "service_notice": f"已受理，工单号{case.ref}，由{department.name}办理。",
        "account_id": None,
    }


def location_of(form: dict[str, str], ref: ReferenceData) -> tuple[float | None, float | None]:
    """lat and long of a POST, checked (None, None when it sent none)."""
    raw_lat, raw_lon = form.get("lat", "").strip(), form.get("long", "").strip()
    if form.get("address_id") and not (raw_lat or form.get("address_string")):
        raise Open311Error(400, "address_id is not supported; send lat and long or address_string")
    if not raw_lat and not raw_lon:
        return None, None
    try:
        lat, lon = float(raw_lat), float(raw_lon)
    except ValueError:
        raise Open311Error(400, "lat and long must both be decimal degrees") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise Open311Error(400, "lat and long are out of range")
    if ref.streets and min(distance_m(lat, lon, s.lat, s.lon) for s in ref.streets.values()) > (
        OUTSIDE_M
    ):
        raise Open311Error(400, "lat and long lie outside the jurisdiction")
    return lat, lon


def extras_of(form: dict[str, str]) -> tuple[str, str]:
    """The media_url and e-mail of a POST, checked."""
    media_url = form.get("media_url", "").strip()
    if media_url and (len(media_url) > 1000 or not re.match(r"https?://\S+$", media_url)):
        raise Open311Error(400, "media_url must be an http(s) URL of at most 1000 characters")
    email = form.get("email", "").strip()
    if email and (len(email) > 200 or "@" not in email):
        raise Open311Error(400, "email is not an e-mail address")
    return media_url, email


def contact_of(form: dict[str, str]) -> tuple[str, str]:
    """The requester's name (first and last joined) and phone of a POST, the phone checked."""
    phone = form.get("phone", "").strip()
    if phone and not PHONE.fullmatch(phone):
        raise Open311Error(400, "phone may have digits, +, - and spaces only (at most 40)")
    return _name(form.get("first_name", ""), form.get("last_name", "")), phone


def _name(first: str, last: str) -> str:
    first, last = first.strip(), last.strip()
    if CJK.search(first + last):
        return last + first  # Chinese names put the family name first
    return " ".join(part for part in (first, last) if part)


def token_lookup(session: Session, token: str) -> dict[str, Any]:
    """The service request id of a token."""
    row = session.execute(
        select(Case.ref)
        .join(Open311Request, Open311Request.case_id == Case.id)
        .where(Open311Request.token == token)
    ).first()
    if row is None:
        raise Open311Error(404, f"token {token} was not found")
    return {"service_request_id": row[0], "token": token}
