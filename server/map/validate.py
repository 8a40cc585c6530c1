"""A layer's FeatureCollection checked whole against the reference data, feature by feature.

Every feature is read (geometry, properties, codes) and every fault is collected with the
feature's index and code, so that an administrator fixes the file in one pass; a layer with
any fault is refused whole (server/map/store.py stores nothing then). What is stored carries
the reference data's names beside the codes, so that the map labels what the queue names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shapely.errors import GEOSException
from shapely.strtree import STRtree

from server.map.catalog import Bounds, LayerSpec
from server.map.geometry import GeometryError, read_geometry

MAX_FEATURES = 20_000
MAX_ERRORS_LISTED = 100
# Two polygons of one layer may share edges; more than this share of the smaller one in
# common is an overlap (a point there would belong to both).
OVERLAP_SHARE = 0.005
# A grid must lie inside its street (surveyed streets only), give or take this share.
OUTSIDE_STREET_SHARE = 0.1
TEXT_LIMITS = {"code": 40, "name": 80, "category": 40, "segment_code": 60, "street_code": 40}


@dataclass
class MapReference:
    """The reference data a layer's codes must match (and the names stored beside them)."""

    bounds: Bounds
    streets: dict[str, str] = field(default_factory=dict)  # code → name
    # grid code → (name, street code, community name)
    grids: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    communities: set[tuple[str, str]] = field(default_factory=set)  # (street code, name)
    rivers: dict[str, tuple[str, str]] = field(default_factory=dict)  # code → (name, chief)
    # segment code → (river code, name, chief, street code or "")
    segments: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    # Surveyed (not schematic) street polygons by code, for the grids' containment check.
    street_shapes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fault:
    """One reason a feature was refused."""

    index: int
    code: str | None
    where: str
    reason: str

    def as_error(self) -> dict[str, Any]:
        """The error as the 422 problem lists it (`field`/`message` like every 422 here)."""
        return {
            "field": f"features[{self.index}].{self.where}",
            "message": self.reason,
            "index": self.index,
            "code": self.code,
            "reason": self.reason,
        }


class LayerInvalid(ValueError):
    """The layer was refused; `faults` says why, feature by feature."""

    def __init__(self, faults: list[Fault]) -> None:
        super().__init__(f"{len(faults)} faults")
        self.faults = faults


def validate_layer(
    body: Any, *, spec: LayerSpec, ref: MapReference, crs: str
) -> list[dict[str, Any]]:
    """The layer's features as stored (WGS-84, reference names added); LayerInvalid otherwise."""
    features = _features(body)
    faults: list[Fault] = []
    stored: list[dict[str, Any]] = []
    shapes: list[tuple[int, str, Any]] = []
    seen: dict[Any, int] = {}
    for index, feature in enumerate(features):
        code = _code_of(feature)
        try:
            if not isinstance(feature, dict) or feature.get("type") != "Feature":
                raise _Refusal("type", 'each feature is an object with "type": "Feature"')
            properties = _properties(spec.name, feature.get("properties"), ref)
            key = _identity(spec.name, properties)
            if key in seen:
                raise _Refusal(
                    "properties", f"the same {key_words(spec.name)} as feature {seen[key]}"
                )
            seen[key] = index
            try:
                geometry, shaped = read_geometry(
                    feature.get("geometry"), allowed=spec.geometry_types, bounds=ref.bounds, crs=crs
                )
            except GeometryError as exc:
                raise _Refusal("geometry", str(exc)) from exc
            if spec.name == "grids":
                _check_inside_street(shaped, properties["street_code"], ref)
        except _Refusal as refusal:
            faults.append(Fault(index, code, refusal.where, refusal.reason))
            continue
        stored.append({"type": "Feature", "geometry": geometry, "properties": properties})
        shapes.append((index, str(properties.get("code") or properties.get("name")), shaped))
    if spec.kind == "polygon":
        faults += _overlaps(shapes)
    if faults:
        raise LayerInvalid(sorted(faults, key=lambda f: f.index))
    return stored


def key_words(layer: str) -> str:
    """What makes a feature of the layer unique, in words."""
    return {
        "communities": "street and community name",
        "rivers": "river and segment",
    }.get(layer, "code")


class _Refusal(Exception):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where
        self.reason = reason


def _features(body: Any) -> list[Any]:
    if not isinstance(body, dict) or body.get("type") != "FeatureCollection":
        raise LayerInvalid([Fault(-1, None, "type", 'send a GeoJSON "FeatureCollection"')])
    features = body.get("features")
    if not isinstance(features, list):
        raise LayerInvalid([Fault(-1, None, "features", '"features" must be an array')])
    if len(features) > MAX_FEATURES:
        reason = f"{len(features)} features; a layer holds at most {MAX_FEATURES}"
        raise LayerInvalid([Fault(-1, None, "features", reason)])
    return features


def _code_of(feature: Any) -> str | None:
    if isinstance(feature, dict) and isinstance(feature.get("properties"), dict):
        code = feature["properties"].get("code", feature["properties"].get("name"))
        return code.strip()[:80] if isinstance(code, str) else None
    return None


def _text(properties: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = properties.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise _Refusal(f"properties.{key}", f'the property "{key}" is required')
        return ""
    if not isinstance(value, str):
        raise _Refusal(f"properties.{key}", f'the property "{key}" must be a string')
    value = value.strip()
    limit = TEXT_LIMITS.get(key, 80)
    if len(value) > limit:
        raise _Refusal(f"properties.{key}", f'"{key}" is longer than {limit} characters')
    return value


def _properties(layer: str, raw: Any, ref: MapReference) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Refusal("properties", "the feature has no properties object")
    if layer == "streets":
        code = _text(raw, "code")
        if code not in ref.streets:
            raise _Refusal("properties.code", f"unknown street code {code!r}")
        return {"code": code, "name": ref.streets[code]}
    if layer == "grids":
        code = _text(raw, "code")
        if code not in ref.grids:
            raise _Refusal("properties.code", f"unknown grid code {code!r}")
        name, street, community = ref.grids[code]
        given = _text(raw, "street_code", required=False)
        if given and given != street:
            raise _Refusal(
                "properties.street_code", f"grid {code} belongs to street {street}, not {given}"
            )
        return {"code": code, "name": name, "street_code": street, "community": community}
    if layer == "communities":
        street, name = _text(raw, "street_code"), _text(raw, "name")
        if street not in ref.streets:
            raise _Refusal("properties.street_code", f"unknown street code {street!r}")
        if (street, name) not in ref.communities:
            raise _Refusal("properties.name", f"street {street} has no community {name!r}")
        return {"name": name, "street_code": street}
    if layer == "rivers":
        return _river_properties(raw, ref)
    return {
        "code": _text(raw, "code"),
        "name": _text(raw, "name"),
        "category": _text(raw, "category"),
    }


def _river_properties(raw: dict[str, Any], ref: MapReference) -> dict[str, Any]:
    code = _text(raw, "code")
    if code not in ref.rivers:
        raise _Refusal("properties.code", f"unknown river code {code!r}")
    name, chief = ref.rivers[code]
    segment = _text(raw, "segment_code", required=False)
    if not segment:
        # A stretch outside every segment: the river's own chief answers for it.
        return {
            "code": code,
            "name": name,
            "segment_code": None,
            "segment_name": None,
            "chief": chief,
            "street_code": None,
        }
    found = ref.segments.get(segment)
    if found is None or found[0] != code:
        raise _Refusal("properties.segment_code", f"{name} has no segment {segment!r}")
    _, segment_name, segment_chief, street = found
    return {
        "code": code,
        "name": name,
        "segment_code": segment,
        "segment_name": segment_name,
        "chief": segment_chief,
        "street_code": street or None,
    }


def _identity(layer: str, properties: dict[str, Any]) -> Any:
    if layer == "communities":
        return (properties["street_code"], properties["name"])
    if layer == "rivers":
        return (properties["code"], properties["segment_code"])
    return properties["code"]


def _check_inside_street(grid: Any, street: str, ref: MapReference) -> None:
    outline = ref.street_shapes.get(street)
    if outline is None or grid.area == 0:
        return
    inside = grid.intersection(outline).area / grid.area
    if inside < 1 - OUTSIDE_STREET_SHARE:
        raise _Refusal("geometry", f"only {inside:.0%} of the grid lies inside its street {street}")


def _overlaps(shapes: list[tuple[int, str, Any]]) -> list[Fault]:
    """A fault for each polygon that overlaps an earlier one of the layer."""
    if len(shapes) < 2:
        return []
    tree = STRtree([shaped for _, _, shaped in shapes])
    faults = []
    for position, (index, code, shaped) in enumerate(shapes):
        for other in tree.query(shaped, predicate="intersects"):
            if other >= position:
                continue
            other_index, other_code, other_shape = shapes[int(other)]
            try:
                common = shaped.intersection(other_shape).area
            except GEOSException:  # valid shapes GEOS still cannot intersect: say so
                reason = f"cannot be compared with {other_code} (feature {other_index})"
                faults.append(Fault(index, code, "geometry", reason))
                break
            smaller = min(shaped.area, other_shape.area)
            if smaller > 0 and common / smaller > OVERLAP_SHARE:
                reason = (
                    f"overlaps {other_code} (feature {other_index}) by {common / smaller:.0%} "
                    "of the smaller polygon"
                )
                faults.append(Fault(index, code, "geometry", reason))
                break
    return faults
