"""The camera registry: listing, the cameras nearest a place or a case, and admin changes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Camera, Case
from server.problems import Code, Problem, not_found
from server.schemas.camera import CameraCreate, CameraUpdate
from server.services import feed, resolve
from server.services.cases import get_visible
from server.services.dispatch import distance_m
from server.services.lifecycle import Actor
from server.services.refdata import ReferenceData


def camera_view(camera: Camera, ref: ReferenceData) -> dict[str, Any]:
    """A camera as the API shows it."""
    street = ref.streets.get(camera.street_id)
    return {
        "id": camera.id,
        "code": camera.code,
        "name": camera.name,
        "street": street.code if street else None,
        "street_name": street.name if street else None,
        "lat": camera.lat,
        "lon": camera.lon,
        "stream_url": camera.stream_url,
        "kind": camera.kind,
        "status": camera.status,
    }


def list_cameras(
    session: Session, ref: ReferenceData, *, street: str | None, kind: str | None
) -> list[dict[str, Any]]:
    """Cameras (of a street, of a kind), ordered by street and name."""
    stmt = select(Camera)
    if street is not None:
        stmt = stmt.where(Camera.street_id == resolve.street(ref, street).id)
    if kind is not None:
        stmt = stmt.where(Camera.kind == kind)
    views = [camera_view(c, ref) for c in session.scalars(stmt)]
    return sorted(views, key=lambda v: (v["street"] or "", v["name"], v["id"]))


def nearest_cameras(
    session: Session, *, ref: ReferenceData, lat: float, lon: float, limit: int
) -> list[dict[str, Any]]:
    """The cameras nearest a point (relays excluded), nearest first, with `distance_m`."""
    ranked = sorted(
        (distance_m(lat, lon, c.lat, c.lon), c.id, c)
        for c in session.scalars(select(Camera).where(Camera.kind == "camera"))
    )
    return [
        {**camera_view(camera, ref), "distance_m": round(meters, 1)}
        for meters, _, camera in ranked[:limit]
    ]


def case_place(
    session: Session, *, ref: ReferenceData, case_id: int, actor: Actor
) -> tuple[float, float]:
    """Where a case is: its coordinates, else its street's centre (422 if it has neither)."""
    case: Case = get_visible(session, case_id, actor)
    if case.lat is not None and case.lon is not None:
        return case.lat, case.lon
    street = ref.streets.get(case.street_id) if case.street_id is not None else None
    if street is None:
        raise Problem(
            422,
            "Case has no place",
            f"Case {case_id} has neither coordinates nor a street; give lat and lon instead.",
            code=Code.CASE_WITHOUT_PLACE,
            kind="case-without-place",
        )
    return street.lat, street.lon


def create_camera(session: Session, ref: ReferenceData, data: CameraCreate) -> Camera:
    """Add a camera (409 if its code is taken)."""
    street = resolve.street(ref, data.street)
    _check_code_free(session, data.code, None)
    camera = Camera(
        code=data.code,
        name=data.name,
        street_id=street.id,
        lat=data.lat,
        lon=data.lon,
        stream_url=data.stream_url,
        kind=data.kind,
        status=data.status,
        demo=False,
    )
    session.add(camera)
    session.flush()
    return camera


def update_camera(
    session: Session, *, ref: ReferenceData, camera_id: int, data: CameraUpdate
) -> Camera:
    """Change the fields sent; the others stay (404 for an unknown camera)."""
    camera = get_camera(session, camera_id)
    changes = data.model_dump(exclude_unset=True)
    nulls = sorted(name for name, value in changes.items() if value is None)
    if nulls:
        raise Problem(
            422,
            "Invalid request",
            f"{nulls[0]} cannot be null; leave a field out to keep it",
            code=Code.INVALID,
            kind="invalid",
            errors=[{"field": name, "message": "cannot be null"} for name in nulls],
        )
    if "street" in changes:
        camera.street_id = resolve.street(ref, changes.pop("street")).id
    if "code" in changes:
        _check_code_free(session, changes["code"], camera.id)
    for name, value in changes.items():
        setattr(camera, name, value)
    camera.demo = False  # the administrator's own now: kept when demo mode is switched off
    session.flush()
    return camera


def delete_camera(session: Session, camera_id: int) -> None:
    """Remove a camera from the registry (404 for an unknown camera)."""
    session.delete(get_camera(session, camera_id))
    session.flush()


def announce(session: Session, view: dict[str, Any], now: datetime, *, removed: bool) -> None:
    """Put a registry change in the feed, so that every console's camera list follows it."""
    feed.append(session, "camera.changed", payload={"camera": view, "removed": removed}, now=now)


def get_camera(session: Session, camera_id: int) -> Camera:
    """The camera with this id; 404 otherwise."""
    camera = session.get(Camera, camera_id)
    if camera is None:
        raise not_found(f"Camera {camera_id}")
    return camera


def _check_code_free(session: Session, code: str, own_id: int | None) -> None:
    taken = session.scalar(select(Camera.id).where(Camera.code == code))
    if taken is not None and taken != own_id:
        raise Problem(
            409,
            "Camera code taken",
            f"Another camera (id {taken}) already has the code {code}; choose another code.",
            code=Code.DUPLICATE_CODE,
            kind="duplicate-code",
            camera_id=taken,
        )
