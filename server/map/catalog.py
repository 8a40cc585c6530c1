"""The layers the map knows, what each holds, and the district's bounding area."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class LayerSpec:
    """One layer: its name in the URL, its title (Chinese, as the console shows it), the kind
    of geometry and the GeoJSON types that kind takes."""

    name: str
    title: str
    kind: str  # polygon, line or point
    geometry_types: tuple[str, ...]


LAYERS: dict[str, LayerSpec] = {
    spec.name: spec
    for spec in (
        LayerSpec("streets", "街道", "polygon", ("Polygon", "MultiPolygon")),
        LayerSpec("communities", "社区", "polygon", ("Polygon", "MultiPolygon")),
        LayerSpec("grids", "网格", "polygon", ("Polygon", "MultiPolygon")),
        LayerSpec("rivers", "河道", "line", ("LineString", "MultiLineString")),
        LayerSpec("pois", "兴趣点", "point", ("Point",)),
    )
}
LAYER_NAMES = tuple(LAYERS)

# The district's bounding area: the box of the street centres widened by this much (about
# 6 km), which holds 崇川区 with room to spare and refuses what is plainly elsewhere (latitude
# and longitude swapped, projected metres, another city's file).
DISTRICT_MARGIN_DEG = 0.06


@dataclass(frozen=True)
class Bounds:
    """A lon/lat box (WGS-84)."""

    west: float
    south: float
    east: float
    north: float

    def holds(self, lon: float, lat: float) -> bool:
        """Whether the point lies in the box (edges included)."""
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    def as_list(self) -> list[float]:
        """[west, south, east, north], GeoJSON's bbox order."""
        return [self.west, self.south, self.east, self.north]


def district_bounds(centres: Iterable[tuple[float, float]]) -> Bounds:
    """The district's bounding area from the street centres, (lon, lat) pairs."""
    points = list(centres)
    if not points:
        raise ValueError("no street centres: the reference data is missing")
    lons = [lon for lon, _ in points]
    lats = [lat for _, lat in points]
    margin = DISTRICT_MARGIN_DEG
    return Bounds(min(lons) - margin, min(lats) - margin, max(lons) + margin, max(lats) + margin)
