"""The map (docs/api-map.md): layers as GeoJSON, their import, the offline basemap's tiles,
the heat of intake by area, and which street and grid a point lies in."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import Field

from server.deps import CurrentActor, Now, StateDep, require_roles
from server.map import gcj02, heat, store, tiles
from server.map.areas import current_areas
from server.map.catalog import LAYERS, LayerSpec, district_bounds
from server.map.shapefile_zip import ShapefileError, read_zipped_shapefile
from server.map.validate import MAX_ERRORS_LISTED, LayerInvalid, validate_layer
from server.problems import Code, Problem, not_found
from server.schemas import Instant
from server.schemas.case import Strict
from server.services import admin_log, resolve
from server.services.lifecycle import Actor
from server.state import AppState
from server.uploads import read_upload

router = APIRouter(prefix="/api/v1/map", tags=["map"])

Admin = Annotated[Actor, Depends(require_roles("admin"))]
HeatReader = Annotated[
    Actor, Depends(require_roles("duty_officer", "supervisor", "admin", "trainer"))
]
LayerName = Annotated[
    str, Path(min_length=1, max_length=20, description="streets, communities, grids, rivers, pois")
]
Crs = Literal["wgs84", "gcj02"]
GEOJSON = "application/geo+json"
JSON_TYPES = ("application/json", GEOJSON)
LAYER_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            GEOJSON: {"schema": {"type": "object"}},
            "application/json": {"schema": {"type": "object"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}
# A layer file may be large (thousands of grid polygons); the body limit bounds it first.
MAX_LAYER_FILE_BYTES = 100_000_000
HEAT_DEFAULT_SPAN = timedelta(days=30)
HEAT_MAX_SPAN = timedelta(days=366)


@router.get("/layers")
def list_layers(_actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """Every layer (imported or not) without its features, the district's bounding area and
    whether an offline basemap is configured."""
    ref = state.reference.get()
    bounds = district_bounds((s.lon, s.lat) for s in ref.streets.values())
    with state.db.read() as session:
        layers = store.summaries(session)
    return {
        "layers": layers,
        "crs": "WGS-84",
        "bounds": bounds.as_list(),
        "basemap": tiles.basemap_status(_tiles_path(state)),
    }


@router.get(
    "/layers/{name}",
    response_class=Response,
    responses={
        200: {"content": {GEOJSON: {}}, "description": "the layer as a FeatureCollection"},
        304: {"description": "unchanged since the ETag sent in If-None-Match"},
    },
)
def get_layer(
    name: LayerName,
    _actor: CurrentActor,
    state: StateDep,
    if_none_match: Annotated[str | None, Header(max_length=2000)] = None,
) -> Response:
    """The layer as a GeoJSON FeatureCollection (WGS-84 lon/lat), the reference codes in each
    feature's properties and `schematic` at the top; 304 for an unchanged If-None-Match."""
    _spec(name)
    with state.db.read() as session:
        body = store.read_layer(session, name)
    headers = {"ETag": body.etag, "Cache-Control": "no-cache"}
    if if_none_match is not None and _matches(if_none_match, body.etag):
        return Response(status_code=304, headers=headers)
    return Response(body.content, media_type=GEOJSON, headers=headers)


@router.put("/layers/{name}", openapi_extra=LAYER_BODY)
async def put_layer(
    name: LayerName,
    request: Request,
    admin: Admin,
    state: StateDep,
    now: Now,
    crs: Annotated[Crs, Query(description="the coordinates' system; gcj02 is converted")] = "wgs84",
) -> dict[str, Any]:
    """Replace the layer (admin only): a GeoJSON FeatureCollection as the body, or a
    multipart file `file` (.geojson, or a .zip holding one Shapefile). Checked whole: every
    feature's geometry (valid, inside the district), its codes against the reference data and
    overlaps; any fault refuses the layer (422, faults listed by feature), nothing stored."""
    spec = _spec(name)
    body = await _layer_body(request)
    return await run_in_threadpool(_import, state, spec.name, body, crs, admin, now)


@router.get("/tiles/{z}/{x}/{y}.png", response_class=Response)
def get_tile(
    z: Annotated[int, Path(ge=0, le=tiles.MAX_ZOOM)],
    x: Annotated[int, Path(ge=0, le=2**tiles.MAX_ZOOM)],
    y: Annotated[int, Path(ge=0, le=2**tiles.MAX_ZOOM)],
    _actor: CurrentActor,
    state: StateDep,
) -> Response:
    """A basemap tile (XYZ addressing) from the configured tile package (CC_MAP_TILES)."""
    configured = _tiles_path(state)
    if not configured:
        raise _no_tile("No offline basemap is configured on this server (CC_MAP_TILES).")
    try:
        tile = tiles.open_source(configured).tile(z, x, y)
    except tiles.TilesUnavailable as exc:
        raise _no_tile(f"The offline basemap cannot be read: {exc}") from exc
    if tile is None:
        raise _no_tile(f"The basemap has no tile {z}/{x}/{y}.")
    return Response(
        tile.content, media_type=tile.media_type, headers={"Cache-Control": "max-age=86400"}
    )


@router.get("/heat")
def get_heat(
    actor: HeatReader,
    state: StateDep,
    now: Now,
    since: Annotated[
        Instant | None, Query(description="from (default: 30 days before until)")
    ] = None,
    until: Annotated[Instant | None, Query(description="to, exclusive (default: now)")] = None,
    cell: Annotated[
        Literal["street", "grid"], Query(description="count by street or grid")
    ] = "street",
    top: Annotated[int, Query(ge=1, le=50, description="how many top areas to name")] = 5,
) -> dict[str, Any]:
    """Cases created in [since, until) counted by area (every area listed, highest first),
    each with its top categories; live cases, or a trainer's drill cases."""
    last = until or now
    first = since or last - HEAT_DEFAULT_SPAN
    if first >= last:
        raise _invalid("since", f"since ({first.isoformat()}) must be before until")
    if last - first > HEAT_MAX_SPAN:
        raise _invalid("since", f"the period is longer than {HEAT_MAX_SPAN.days} days")
    with state.db.read() as session:
        result = heat.intake_heat(
            session, cell=cell, since=first, until=last, drill=actor.role == "trainer", top=top
        )
    return {"since": store.iso(first), "until": store.iso(last), "drill": actor.role == "trainer",
            **result}  # fmt: skip


class LocateRequest(Strict):
    """A point to place: WGS-84, or GCJ-02 as Chinese web maps give it."""

    lon: float = Field(ge=-180, le=180)
    lat: float = Field(ge=-90, le=90)
    crs: Crs = "wgs84"


@router.post("/locate")
def locate(body: LocateRequest, _actor: CurrentActor, state: StateDep) -> dict[str, Any]:
    """The point in WGS-84 with the street and grid holding it (streets: by the streets
    layer's polygons, else the nearest centre within 4 km while no layer is imported)."""
    lon, lat = (body.lon, body.lat)
    if body.crs == "gcj02":
        lon, lat = gcj02.gcj_to_wgs(lon, lat)
    ref = state.reference.get()
    with state.db.read() as session:
        areas = current_areas(session)
    street = resolve.street_of_report(ref, address="", lat=lat, lon=lon, areas=areas)
    by = None if street is None else ("polygon" if areas.streets is not None else "centre")
    bounds = district_bounds((s.lon, s.lat) for s in ref.streets.values())
    return {
        "lon": round(lon, 7),
        "lat": round(lat, 7),
        "crs": "wgs84",
        "street_code": street.code if street else None,
        "street_name": street.name if street else None,
        "street_by": by,
        "grid_code": areas.grid_at(lon, lat),
        "in_district": bounds.holds(lon, lat),
    }


def _import(
    state: AppState, name: str, body: Any, crs: str, admin: Actor, now: datetime
) -> dict[str, Any]:
    """Check the layer (outside the write lock: it may take seconds), then store it and log."""
    spec = LAYERS[name]
    with state.db.read() as session:
        ref = store.map_reference(session)
    try:
        features = validate_layer(body, spec=spec, ref=ref, crs=crs)
    except LayerInvalid as exc:
        raise _refused(name, exc) from exc
    with state.db.write() as session:
        before = next(s for s in store.summaries(session) if s["name"] == name)
        store.replace_layer(
            session, spec=spec, features=features, schematic=False, now=now, by=admin.username
        )
        after = next(s for s in store.summaries(session) if s["name"] == name)
        admin_log.record(
            session,
            kind="map_layer",
            action="import",
            actor=admin,
            now=now,
            target=name,
            before=_logged(before),
            after=_logged(after),
            note=f"{len(features)} features, coordinates {crs}",
        )
    return after


async def _layer_body(request: Request) -> Any:
    """The FeatureCollection sent: the JSON body, or the multipart file (GeoJSON or a zipped
    Shapefile, told apart by their first bytes)."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        upload = await read_upload(request, MAX_LAYER_FILE_BYTES, files_field="file", max_files=1)
        if len(upload.files) != 1:
            raise _invalid("file", "send the layer as one file named 'file'")
        filename, data = upload.files[0]
        if data.startswith(b"PK"):
            try:
                return await run_in_threadpool(read_zipped_shapefile, data)
            except ShapefileError as exc:
                raise _invalid("file", f"{filename or 'the file'}: {exc}") from exc
        return await run_in_threadpool(_json, data)
    if content_type in JSON_TYPES:
        return await run_in_threadpool(_json, await request.body())
    raise Problem(
        415,
        "Unsupported content type",
        "Send the layer as a GeoJSON body (Content-Type: application/geo+json or "
        "application/json), or as multipart/form-data with the file named 'file' "
        "(.geojson, or a .zip holding one Shapefile).",
        code=Code.UNSUPPORTED_MEDIA_TYPE,
        kind="unsupported-media-type",
    )


def _json(data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise Problem(
            400,
            "Malformed JSON",
            f"The layer is not valid JSON: {exc}",
            code=Code.MALFORMED_JSON,
            kind="malformed-json",
        ) from exc


def _logged(summary: dict[str, Any]) -> dict[str, Any]:
    keys = ("feature_count", "schematic", "updated_at", "updated_by", "etag")
    return {key: summary[key] for key in keys}


def _spec(name: str) -> LayerSpec:
    spec = LAYERS.get(name)
    if spec is None:
        raise not_found(f"The map layer {name!r} (layers: {', '.join(LAYERS)})")
    return spec


def _matches(header: str, etag: str) -> bool:
    """Whether an If-None-Match names this ETag (weak ones compared by value) or is `*`."""
    tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in tags or "*" in tags


def _tiles_path(state: AppState) -> str | None:
    # Settings.map_tiles (CC_MAP_TILES): an .mbtiles file or a {z}/{x}/{y}.png folder.
    configured = getattr(state.settings, "map_tiles", None)
    return str(configured) if configured else None


def _refused(name: str, exc: LayerInvalid) -> Problem:
    faults = exc.faults
    listed = [fault.as_error() for fault in faults[:MAX_ERRORS_LISTED]]
    first = faults[0]
    where = f"feature {first.index}" if first.index >= 0 else "the collection"
    detail = (
        f"The {name} layer was not imported ({len(faults)} faults; nothing was stored). "
        f"First, {where}: {first.reason}"
    )
    return Problem(
        422, "Invalid layer", detail, code=Code.INVALID, kind="invalid", errors=listed,
        error_count=len(faults),
    )  # fmt: skip


def _invalid(field: str, message: str) -> Problem:
    return Problem(
        422, "Invalid request", message, code=Code.INVALID, kind="invalid",
        errors=[{"field": field, "message": message}],
    )  # fmt: skip


def _no_tile(detail: str) -> Problem:
    return Problem(404, "Not found", detail, code=Code.NOT_FOUND, kind="not-found")
