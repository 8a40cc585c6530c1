"""The stored layers: read as the bytes served, replaced whole in the caller's transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import orjson
from shapely.geometry import shape
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.map.catalog import LAYERS, LayerSpec, district_bounds
from server.map.tables import MapLayer
from server.map.validate import MapReference
from server.models import Community, Grid, River, RiverSegment, Street

SHANGHAI = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class LayerBody:
    """A layer as `GET /map/layers/{name}` sends it: the bytes and their digest (the ETag)."""

    content: bytes
    digest: str

    @property
    def etag(self) -> str:
        """The strong ETag of the bytes."""
        return f'"{self.digest}"'


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 with the Asia/Shanghai offset, as the API promises."""
    return None if moment is None else moment.astimezone(SHANGHAI).isoformat()


def encode_layer(
    spec: LayerSpec,
    features: list[dict[str, Any]],
    *,
    schematic: bool,
    updated_at: datetime | None,
) -> LayerBody:
    """The FeatureCollection of a layer as served, with its digest."""
    body = {
        "type": "FeatureCollection",
        "name": spec.name,
        "title": spec.title,
        "kind": spec.kind,
        "schematic": schematic,
        "updated_at": iso(updated_at),
        "features": features,
    }
    content = orjson.dumps(body)
    return LayerBody(content, hashlib.sha256(content).hexdigest())


def read_layer(session: Session, name: str) -> LayerBody:
    """The layer as served; an empty collection while nothing was imported."""
    row = session.get(MapLayer, name)
    if row is None:
        return encode_layer(LAYERS[name], [], schematic=False, updated_at=None)
    return LayerBody(row.geojson.encode(), row.digest)


def layer_digests(session: Session, names: tuple[str, ...]) -> dict[str, str]:
    """The digest of each stored layer of these names (a cheap query: no GeoJSON read)."""
    rows = session.execute(
        select(MapLayer.name, MapLayer.digest).where(MapLayer.name.in_(names))
    ).all()
    return {name: digest for name, digest in rows}


def summaries(session: Session) -> list[dict[str, Any]]:
    """Every layer the map knows, imported or not, without its features."""
    rows = {
        row.name: row
        for row in session.execute(
            select(
                MapLayer.name,
                MapLayer.feature_count,
                MapLayer.schematic,
                MapLayer.updated_at,
                MapLayer.updated_by,
                MapLayer.digest,
            )
        )
    }
    listed = []
    for name, spec in LAYERS.items():
        row = rows.get(name)
        listed.append(
            {
                "name": name,
                "title": spec.title,
                "kind": spec.kind,
                "feature_count": row.feature_count if row else 0,
                "schematic": bool(row.schematic) if row else False,
                "updated_at": iso(row.updated_at) if row else None,
                "updated_by": row.updated_by if row else None,
                "etag": f'"{row.digest}"' if row else None,
            }
        )
    return listed


def replace_layer(
    session: Session,
    *,
    spec: LayerSpec,
    features: list[dict[str, Any]],
    schematic: bool,
    now: datetime,
    by: str,
) -> MapLayer:
    """Store the layer in place of the one there (in the caller's transaction)."""
    body = encode_layer(spec, features, schematic=schematic, updated_at=now)
    row = session.get(MapLayer, spec.name)
    if row is None:
        row = MapLayer(name=spec.name)
        session.add(row)
    row.geojson = body.content.decode()
    row.digest = body.digest
    row.feature_count = len(features)
    row.schematic = schematic
    row.updated_at = now
    row.updated_by = by[:80]
    session.flush()
    return row


def stored_features(session: Session, name: str) -> tuple[list[dict[str, Any]], bool] | None:
    """The features of a stored layer and whether it is schematic (None: never imported)."""
    row = session.get(MapLayer, name)
    if row is None:
        return None
    return orjson.loads(row.geojson)["features"], row.schematic


def map_reference(session: Session) -> MapReference:
    """The reference data layers are checked against, and the surveyed street outlines."""
    streets = list(session.scalars(select(Street)))
    street_code = {s.id: s.code for s in streets}
    ref = MapReference(bounds=district_bounds((s.lon, s.lat) for s in streets))
    ref.streets = {s.code: s.name for s in streets}
    communities = {c.id: c for c in session.scalars(select(Community))}
    ref.communities = {(street_code[c.street_id], c.name) for c in communities.values()}
    for grid in session.scalars(select(Grid)):
        community = communities[grid.community_id]
        ref.grids[grid.code] = (grid.name, street_code[community.street_id], community.name)
    rivers = {r.id: r for r in session.scalars(select(River))}
    ref.rivers = {r.code: (r.name, r.chief_name) for r in rivers.values()}
    for segment in session.scalars(select(RiverSegment)):
        street = street_code.get(segment.street_id) if segment.street_id else None
        ref.segments[segment.code] = (
            rivers[segment.river_id].code,
            segment.name,
            segment.chief_name,
            street or "",
        )
    found = stored_features(session, "streets")
    if found is not None and not found[1]:
        ref.street_shapes = {f["properties"]["code"]: shape(f["geometry"]) for f in found[0]}
    return ref
