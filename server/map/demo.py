"""Schematic layers for demo mode (示意), derived from the reference data's centres.

Nothing here is surveyed: street boundaries are the Voronoi cells of the street centres
clipped to a rounded outline of the district, communities and grids are sectors around their
street's centre, rivers are smooth lines through their segments' middle points (濠河 a ring,
as the moat is), and the points of interest are the street offices at the centres. Every
layer is stored with `schematic: true`, and the console labels it 示意. A real deployment
imports its own GIS layers, which replace these.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime
from typing import Any

import orjson
import shapely
from shapely.geometry import LineString, MultiPoint, Point, Polygon
from shapely.ops import substring
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.map.catalog import LAYERS
from server.map.store import map_reference, replace_layer
from server.map.tables import MapLayer
from server.map.validate import validate_layer
from server.models import Community, Grid, River, RiverSegment, Street

# The local plane the shapes are drawn in: degrees of latitude on both axes (longitude scaled
# by the cosine of the district's latitude), so that circles are round on the ground.
_LAT0, _LON0 = 32.0, 120.86
_SCALE = math.cos(math.radians(_LAT0))
OUTLINE_MARGIN = 0.022  # ~2.4 km beyond the outermost street centres
COMMUNITY_SHARE = 0.5  # a demo community's radius, as a share of its street's mean radius
RIVER_OVERHANG = 0.02  # how far a river runs past its outermost segment points (~2 km)
MEANDER = 0.0012  # the amplitude of a river's bends (~130 m)
# Rivers with a single segment point need a direction: degrees clockwise from north.
HEADINGS = {"jiuweigang": 15.0}
BY = "示意图层(演示)"


def seed_demo_layers(session: Session, now: datetime) -> bool:
    """Store the schematic layers in an empty map (False if any layer is there)."""
    if session.scalar(select(MapLayer.name).limit(1)) is not None:
        return False
    layers = demo_layers(session)
    ref = map_reference(session)
    for name, features in layers.items():
        spec = LAYERS[name]
        body = {"type": "FeatureCollection", "features": features}
        stored = validate_layer(body, spec=spec, ref=ref, crs="wgs84")
        replace_layer(session, spec=spec, features=stored, schematic=True, now=now, by=BY)
    return True


def demo_layers(session: Session) -> dict[str, list[dict[str, Any]]]:
    """The schematic features of every layer, as an import would send them."""
    streets = list(session.scalars(select(Street).order_by(Street.id)))
    centres = {s.code: _xy(s.lon, s.lat) for s in streets}
    outline = MultiPoint(list(centres.values())).convex_hull.buffer(OUTLINE_MARGIN, quad_segs=6)
    cells = _street_cells(centres, outline)
    communities, grids = _communities_and_grids(session, streets, centres, cells)
    return {
        "streets": [_feature(cells[s.code], code=s.code) for s in streets],
        "communities": communities,
        "grids": grids,
        "rivers": _rivers(session, outline),
        "pois": [
            _feature(
                Point(centres[s.code]),
                code=f"{s.code}-office",
                name=f"{s.name}街道办事处",
                category="government",
            )
            for s in streets
        ],
    }


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return ((lon - _LON0) * _SCALE, lat - _LAT0)


def _lonlat(xy: Any) -> Any:
    lonlat = xy.copy()
    lonlat[:, 0] = xy[:, 0] / _SCALE + _LON0
    lonlat[:, 1] = xy[:, 1] + _LAT0
    return lonlat


def _feature(shape: Any, **properties: Any) -> dict[str, Any]:
    lonlat = shapely.set_precision(shapely.transform(shape, _lonlat), 1e-6)
    # As an import brings it: JSON arrays, not the tuples shapely gives.
    geometry = orjson.loads(shapely.to_geojson(lonlat))
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _street_cells(centres: dict[str, tuple[float, float]], outline: Any) -> dict[str, Any]:
    """Each street's Voronoi cell around its centre, clipped to the outline."""
    cells = shapely.voronoi_polygons(MultiPoint(list(centres.values())), extend_to=outline)
    found = {}
    for code, centre in centres.items():
        cell = next(c for c in cells.geoms if c.contains(Point(centre)))
        found[code] = cell.intersection(outline)
    return found


def _communities_and_grids(
    session: Session,
    streets: list[Street],
    centres: dict[str, tuple[float, float]],
    cells: dict[str, Any],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Communities as sectors of a disc around the street centre, grids as sectors of those."""
    code_of = {s.id: s.code for s in streets}
    by_street: dict[str, list[Community]] = defaultdict(list)
    for community in session.scalars(select(Community).order_by(Community.id)):
        by_street[code_of[community.street_id]].append(community)
    grids_of: dict[int, list[Grid]] = defaultdict(list)
    for grid in session.scalars(select(Grid).order_by(Grid.code)):
        grids_of[grid.community_id].append(grid)
    communities, grids = [], []
    for street, members in by_street.items():
        cell, centre = cells[street], centres[street]
        radius = COMMUNITY_SHARE * math.sqrt(cell.area / math.pi)
        disc = Point(centre).buffer(radius, quad_segs=8).intersection(cell)
        span = 360.0 / len(members)
        for n, community in enumerate(members):
            start = n * span
            area = _sector(disc, centre, radius, start, start + span)
            communities.append(_feature(area, name=community.name, street_code=street))
            parts = grids_of[community.id]
            step = span / max(1, len(parts))
            for k, grid in enumerate(parts):
                piece = _sector(area, centre, radius, start + k * step, start + (k + 1) * step)
                grids.append(_feature(piece, code=grid.code, street_code=street))
    return communities, grids


def _sector(area: Any, centre: tuple[float, float], radius: float, start: float, end: float) -> Any:
    """The part of `area` between two bearings (degrees clockwise from north) from `centre`."""
    if end - start >= 360:
        return area
    reach = radius * 2
    x, y = centre
    steps = max(2, int((end - start) / 10))
    rim = [
        (x + reach * math.sin(math.radians(a)), y + reach * math.cos(math.radians(a)))
        for a in (start + (end - start) * i / steps for i in range(steps + 1))
    ]
    wedge = Polygon([centre, *rim, centre])
    return area.intersection(wedge)


def _rivers(session: Session, outline: Any) -> list[dict[str, Any]]:
    """Each river as a line through its segments' middle points, cut into its segments."""
    features = []
    rivers = list(session.scalars(select(River).order_by(River.id)))
    for river in rivers:
        segments = list(
            session.scalars(
                select(RiverSegment)
                .where(RiverSegment.river_id == river.id)
                .order_by(RiverSegment.id)
            )
        )
        if not segments:
            continue
        points = [_xy(s.lon, s.lat) for s in segments]
        pieces = _ring(points) if river.code == "haohe" else _course(river.code, points)
        for segment, piece in zip(segments, pieces, strict=True):
            clipped = piece.intersection(outline)
            if clipped.is_empty:
                continue
            features.append(_feature(clipped, code=river.code, segment_code=segment.code))
    return features


def _course(code: str, points: list[tuple[float, float]]) -> list[Any]:
    """A meandering line through the points, overhanging both ends, cut between them."""
    if len(points) == 1:
        heading = math.radians(HEADINGS.get(code, 90.0))
        dx, dy = math.sin(heading) * RIVER_OVERHANG, math.cos(heading) * RIVER_OVERHANG
        (x, y) = points[0]
        ends = [(x - dx, y - dy), (x, y), (x + dx, y + dy)]
    else:
        ends = [_beyond(points[1], points[0]), *points, _beyond(points[-2], points[-1])]
    line = LineString(_meander(ends))
    along = [line.project(Point(p)) for p in points]
    cuts = [0.0, *((a + b) / 2 for a, b in zip(along, along[1:], strict=False)), line.length]
    return [substring(line, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]


def _beyond(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The point RIVER_OVERHANG past b, coming from a."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    return (b[0] + dx / length * RIVER_OVERHANG, b[1] + dy / length * RIVER_OVERHANG)


def _meander(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Gentle bends between consecutive points (a sine offset across each leg)."""
    out = [points[0]]
    for a, b in zip(points, points[1:], strict=False):
        dx, dy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        for i in range(1, 9):
            t = i / 8
            bend = MEANDER * math.sin(t * 2 * math.pi)
            out.append((a[0] + dx * t + nx * bend, a[1] + dy * t + ny * bend))
    return out


def _ring(points: list[tuple[float, float]]) -> list[Any]:
    """A moat: a closed loop around the points' centre through their mean distance, cut into
    arcs, one per point (the arc around the point's bearing)."""
    cx = sum(p[0] for p in points) / len(points)
    cy = sum(p[1] for p in points) / len(points)
    radius = sum(math.hypot(p[0] - cx, p[1] - cy) for p in points) / len(points)
    bearings = sorted(
        (math.degrees(math.atan2(p[0] - cx, p[1] - cy)) % 360, n) for n, p in enumerate(points)
    )
    pieces: list[Any] = [None] * len(points)
    for k, (bearing, n) in enumerate(bearings):
        before = bearings[k - 1][0] - (360 if k == 0 else 0)
        after = bearings[(k + 1) % len(bearings)][0] + (360 if k == len(bearings) - 1 else 0)
        start, end = (before + bearing) / 2, (bearing + after) / 2
        if len(points) == 1:
            start, end = bearing - 180, bearing + 180
        arc = [
            (
                cx
                + radius * (1 + 0.08 * math.sin(3 * math.radians(a))) * math.sin(math.radians(a)),
                cy + radius * math.cos(math.radians(a)),
            )
            for a in (start + (end - start) * i / 24 for i in range(25))
        ]
        pieces[n] = LineString(arc)
    return pieces


def remove_schematic_layers(session: Session) -> int:
    """Drop the schematic layers (a server leaving demo mode keeps only imported ones)."""
    rows = list(session.scalars(select(MapLayer).where(MapLayer.schematic.is_(True))))
    for row in rows:
        session.delete(row)
    session.flush()
    return len(rows)
