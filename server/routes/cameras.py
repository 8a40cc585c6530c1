"""The camera registry: every signed-in role reads it, administrators change it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.deps import CurrentActor, Now, StateDep, require_roles
from server.problems import Code, Problem
from server.schemas import MAX_INT
from server.schemas.camera import CameraCreate, CameraKind, CameraUpdate
from server.services import admin_log, cameras
from server.services.lifecycle import Actor

router = APIRouter(prefix="/api/v1/cameras", tags=["cameras"])

CameraId = Annotated[int, Path(ge=1, le=MAX_INT, description="the camera id")]
Admin = Annotated[Actor, Depends(require_roles("admin"))]
NEAREST_DEFAULT, NEAREST_MAX = 4, 50


@router.get("")
def list_cameras(
    _actor: CurrentActor,
    state: StateDep,
    street: Annotated[str | None, Query(max_length=80, description="street code or name")] = None,
    kind: Annotated[CameraKind | None, Query(description="camera or relay")] = None,
) -> dict[str, Any]:
    """Cameras and relays, ordered by street and name."""
    ref = state.reference.get()
    with state.db.read() as session:
        return {"items": cameras.list_cameras(session, ref, street=street, kind=kind)}


@router.get("/nearest")
def nearest(
    actor: CurrentActor,
    state: StateDep,
    lat: Annotated[float | None, Query(ge=-90, le=90)] = None,
    lon: Annotated[float | None, Query(ge=-180, le=180)] = None,
    case_id: Annotated[
        int | None, Query(ge=1, le=MAX_INT, description="near this case instead of lat/lon")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=NEAREST_MAX)] = NEAREST_DEFAULT,
) -> dict[str, Any]:
    """The cameras nearest a point or a case (its coordinates, else its street's centre).

    Relays are not included; each camera carries `distance_m`.
    """
    if case_id is not None and (lat is not None or lon is not None):
        raise _where("send either case_id or lat and lon, not both")
    if case_id is None and (lat is None or lon is None):
        raise _where("send lat and lon together, or case_id")
    ref = state.reference.get()
    with state.db.read() as session:
        if case_id is not None:
            lat, lon = cameras.case_place(session, ref=ref, case_id=case_id, actor=actor)
        assert lat is not None and lon is not None
        return {"items": cameras.nearest_cameras(session, ref=ref, lat=lat, lon=lon, limit=limit)}


@router.post("", status_code=201)
def create_camera(body: CameraCreate, admin: Admin, state: StateDep, now: Now) -> dict[str, Any]:
    """Add a camera or relay (admin only)."""
    ref = state.reference.get()
    with _unique_code(body.code), state.db.write() as session:
        view = cameras.camera_view(cameras.create_camera(session, ref, body), ref)
        cameras.announce(session, view, now, removed=False)
        _log(session, admin, now, "create", None, view)
    state.hub.notify()
    return view


@router.patch("/{camera_id}")
def update_camera(
    camera_id: CameraId, body: CameraUpdate, admin: Admin, state: StateDep, now: Now
) -> dict[str, Any]:
    """Change a camera's fields (admin only); fields not sent stay as they are."""
    ref = state.reference.get()
    with _unique_code(body.code), state.db.write() as session:
        before = cameras.camera_view(cameras.get_camera(session, camera_id), ref)
        view = cameras.camera_view(
            cameras.update_camera(session, ref=ref, camera_id=camera_id, data=body), ref
        )
        cameras.announce(session, view, now, removed=False)
        _log(session, admin, now, "update", before, view)
    state.hub.notify()
    return view


@router.delete("/{camera_id}", status_code=204, response_class=Response)
def delete_camera(camera_id: CameraId, admin: Admin, state: StateDep, now: Now) -> Response:
    """Remove a camera from the registry (admin only)."""
    ref = state.reference.get()
    with state.db.write() as session:
        view = cameras.camera_view(cameras.get_camera(session, camera_id), ref)
        cameras.delete_camera(session, camera_id)
        cameras.announce(session, view, now, removed=True)
        _log(session, admin, now, "delete", view, None)
    state.hub.notify()
    return Response(status_code=204)


def _log(
    session: Session,
    admin: Actor,
    now: datetime,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """The change in the admin log (the camera as the API shows it, before and after)."""
    code = str((after or before or {}).get("code", ""))
    admin_log.record(
        session,
        kind="camera",
        action=action,
        actor=admin,
        now=now,
        target=code,
        before=before,
        after=after,
    )


def _where(message: str) -> Problem:
    return Problem(
        422,
        "Invalid request",
        message,
        code=Code.INVALID,
        kind="invalid",
        errors=[{"field": "lat, lon, case_id", "message": message}],
    )


@contextmanager
def _unique_code(code: str | None) -> Iterator[None]:
    """Turns a lost race for a camera code (the unique constraint) into the usual 409."""
    try:
        yield
    except IntegrityError as exc:
        if code is None:
            raise
        raise Problem(
            409,
            "Camera code taken",
            f"Another camera already has the code {code}; choose another code.",
            code=Code.DUPLICATE_CODE,
            kind="duplicate-code",
        ) from exc
