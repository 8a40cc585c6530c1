"""Open311 GeoReport v2 under /open311/v2/, in JSON and XML, errors in the spec's format.

These routes follow the GeoReport v2 specification rather than our OpenAPI conventions
(no problem+json, no bearer tokens), so they are left out of /openapi.json.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from server.deps import Now, StateDep
from server.schemas.case import CONTROL_CHARACTERS
from server.services import open311, open311_volunteers
from server.services.open311 import Open311Error
from server.state import AppState

router = APIRouter(prefix="/open311/v2", tags=["open311"], include_in_schema=False)

MEDIA_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
MAX_FIELDS = 60
# What one answer is: (XML root, XML item or None for a single object, body, HTTP status).
Answer = tuple[str, str | None, Any, int]


def _render(fmt: str, answer: Answer) -> Response:
    root, item, body, status = answer
    if fmt == "xml":
        content = to_xml(root, item, body)
    else:
        content = orjson.dumps(body)
    return Response(content, status_code=status, media_type=MEDIA_TYPES[fmt])


def _error(fmt: str, error: Open311Error) -> Response:
    body = [{"code": error.status, "description": error.description}]
    return _render(fmt if fmt in MEDIA_TYPES else "json", ("errors", "error", body, error.status))


def refusal(path: str, message: str) -> Response:
    """A 400 in the spec's errors format, for a request refused before it reached a route
    (server/text_guard.py): JSON or XML by the path's extension."""
    fmt = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else "json"
    return _error(fmt, Open311Error(400, message))


def _check(fmt: str, state: AppState, jurisdiction: str | None) -> None:
    if fmt not in MEDIA_TYPES:
        raise Open311Error(404, f"format {fmt} is not offered; use json or xml")
    if jurisdiction and jurisdiction != state.settings.open311_jurisdiction:
        raise Open311Error(404, f"jurisdiction_id {jurisdiction} was not found")


def _answer(fmt: str, request: Request, state: AppState, produce: Callable[[], Answer]) -> Response:
    try:
        _check(fmt, state, request.query_params.get("jurisdiction_id"))
        return _render(fmt, produce())
    except Open311Error as error:
        return _error(fmt, error)


def _listed(request: Request, name: str) -> list[str]:
    """A comma-delimited (or repeated) query parameter as a list."""
    values = ",".join(request.query_params.getlist(name))
    return [v.strip() for v in values.split(",") if v.strip()]


@router.get("/services.{fmt}")
def services(fmt: str, request: Request, state: StateDep) -> Response:
    """Our categories, then the volunteer service categories (`volunteer.<code>`), as services."""

    def produce() -> Answer:
        with state.db.read() as session:
            rows = open311_volunteers.all_services(session, state.reference.get())
        return "services", "service", rows, 200

    return _answer(fmt, request, state, produce)


@router.get("/services/{code}.{fmt}")
def service_definition(code: str, fmt: str, request: Request, state: StateDep) -> Response:
    """A service's definition (ours ask for no extra attributes)."""

    def produce() -> Answer:
        with state.db.read() as session:
            found = open311_volunteers.any_definition(session, state.reference.get(), code)
        return "service_definition", None, found, 200

    return _answer(fmt, request, state, produce)


@router.get("/requests.{fmt}")
def service_requests(fmt: str, request: Request, state: StateDep, now: Now) -> Response:
    """Open311 cases and volunteer requests by id, or by service_code, start_date, end_date
    and status."""

    def produce() -> Answer:
        start = open311.parse_time(request.query_params.get("start_date"), "start_date")
        end = open311.parse_time(request.query_params.get("end_date"), "end_date")
        with state.db.read() as session:
            rows = open311_volunteers.find_all(
                session,
                state.reference.get(),
                ids=_listed(request, "service_request_id"),
                codes=_listed(request, "service_code"),
                start=start,
                end=end,
                statuses=_listed(request, "status"),
                now=now,
            )
        return "service_requests", "request", rows, 200

    return _answer(fmt, request, state, produce)


@router.get("/requests/{request_id}.{fmt}")
def service_request(
    request_id: str, fmt: str, request: Request, state: StateDep, now: Now
) -> Response:
    """One Open311 request (in a list, as the spec has it)."""

    def produce() -> Answer:
        with state.db.read() as session:
            rows = open311_volunteers.find_all(
                session,
                state.reference.get(),
                ids=[request_id],
                codes=[],
                start=None,
                end=None,
                statuses=[],
                now=now,
            )
        if not rows:
            raise Open311Error(404, f"service_request_id {request_id} was not found")
        return "service_requests", "request", rows, 200

    return _answer(fmt, request, state, produce)


@router.get("/tokens/{token}.{fmt}")
def token(token: str, fmt: str, request: Request, state: StateDep) -> Response:
    """The service request id that a token stands for."""

    def produce() -> Answer:
        with state.db.read() as session:
            found = open311_volunteers.token_of(session, token)
        return "service_requests", "request", [found], 200

    return _answer(fmt, request, state, produce)


@router.post("/requests.{fmt}")
async def create_service_request(fmt: str, request: Request, state: StateDep, now: Now) -> Response:
    """A new service request (form-encoded, with api_key): an `open311` case, or a volunteer
    request for a `volunteer.<code>` service."""
    try:
        form = await _read_form(request)
        jurisdiction = form.get("jurisdiction_id") or request.query_params.get("jurisdiction_id")
        _check(fmt, state, jurisdiction)
        api_key = form.get("api_key") or request.query_params.get("api_key")
        answer = await run_in_threadpool(_create, state, form, api_key, now)
    except Open311Error as error:
        return _error(fmt, error)
    state.hub.notify()
    return _render(fmt, answer)


async def _read_form(request: Request) -> dict[str, str]:
    try:
        form = await request.form(max_files=0, max_fields=MAX_FIELDS)
    except HTTPException as exc:
        if exc.status_code == 413:
            raise  # the body limit: BodyLimitMiddleware answers it
        raise Open311Error(400, f"the request could not be read: {exc.detail}") from exc
    try:
        fields: dict[str, str] = {}
        for name, value in form.multi_items():
            if isinstance(value, UploadFile):
                raise Open311Error(400, "send a photo as media_url; uploads are not part of v2")
            if CONTROL_CHARACTERS.search(value):
                raise Open311Error(400, f"{name[:40]} contains control characters")
            fields.setdefault(name, value)
        return fields
    finally:
        await form.close()


def _create(state: AppState, form: dict[str, str], api_key: str | None, now: datetime) -> Answer:
    with state.db.write() as session:
        client = open311.client_of(session, api_key)
        ref = state.reference.get()
        if open311_volunteers.is_volunteer_code(form.get("service_code", "")):
            created = open311_volunteers.create_request(
                session, form=form, client=client, ref=ref, now=now
            )
        else:
            created = open311.create_request(
                session, form=form, client=client, ref=ref, sla=state.sla, now=now
            )
    return "service_requests", "request", [created], 201


PLURALS = {"attributes": "attribute", "values": "value"}


def to_xml(root: str, item: str | None, body: list[dict[str, Any]] | dict[str, Any]) -> bytes:
    """The GeoReport XML of a list of items (or of one object when `item` is None)."""
    top = Element(root)
    for row in body if isinstance(body, list) else [body]:
        _fill(SubElement(top, item) if item else top, row)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + tostring(top, encoding="unicode").encode()


def _fill(element: Element, row: dict[str, Any]) -> None:
    for name, value in row.items():
        child = SubElement(element, name)
        if isinstance(value, list):
            for entry in value:
                _fill(SubElement(child, PLURALS.get(name, "item")), entry)
        elif isinstance(value, bool):
            child.text = "true" if value else "false"
        elif value is not None:
            child.text = str(value)
