"""The map's server calls: layers, basemap tiles, intake heat, locating a point, patrols.

Worker threads only (the client refuses the GUI thread); imports no Qt. Layers are GeoJSON
FeatureCollections in WGS-84 with the reference codes as properties (`GET /map/layers/{name}`);
a basemap tile is PNG bytes, None where the server has no tile there (404).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.api.client import ApiClient
from console.api.errors import ApiError

PATROL_PAGE = 500  # the server's largest page of patrols


@dataclass(frozen=True)
class LayerInfo:
    """One layer the server offers (`GET /map/layers`)."""

    name: str
    title: str
    kind: str  # polygon | line | point
    feature_count: int
    schematic: bool
    updated_at: str | None = None

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> LayerInfo:
        """From the server's JSON; unknown fields are ignored."""
        return cls(
            name=str(body.get("name") or ""),
            title=str(body.get("title") or body.get("name") or ""),
            kind=str(body.get("kind") or "polygon"),
            feature_count=int(body.get("feature_count") or 0),
            schematic=bool(body.get("schematic")),
            updated_at=body.get("updated_at"),
        )


@dataclass(frozen=True)
class Basemap:
    """Whether the server has raster tiles, and for which zoom levels."""

    available: bool = False
    minzoom: int = 0
    maxzoom: int = 0
    attribution: str = ""

    @classmethod
    def from_json(cls, body: dict[str, Any] | None) -> Basemap:
        """From the `basemap` object of `GET /map/layers` (absent: no basemap)."""
        body = body or {}
        return cls(
            available=bool(body.get("available")),
            minzoom=int(body.get("minzoom") or 0),
            maxzoom=int(body.get("maxzoom") or 0),
            attribution=str(body.get("attribution") or ""),
        )


def _instant(moment: datetime | str) -> str:
    return moment if isinstance(moment, str) else moment.isoformat(timespec="seconds")


class MapApi:
    """Reads for the map pane (worker threads only)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def layers(self) -> tuple[list[LayerInfo], Basemap]:
        """The layers the server offers and its basemap."""
        body = self._client.request_object("GET", "/api/v1/map/layers")
        layers = [LayerInfo.from_json(item) for item in body.get("layers") or []]
        return layers, Basemap.from_json(body.get("basemap"))

    def layer(self, name: str) -> dict[str, Any]:
        """A layer as a GeoJSON FeatureCollection (WGS-84)."""
        return self._client.request_object("GET", f"/api/v1/map/layers/{name}")

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """A basemap tile's PNG bytes; None where the server has none (404)."""
        try:
            response = self._client._response(  # noqa: SLF001 - bytes, not JSON
                "GET", f"/api/v1/map/tiles/{int(z)}/{int(x)}/{int(y)}.png", retry=False
            )
        except ApiError as error:
            if error.status == 404:
                return None
            raise
        return bytes(response.content)

    def heat(
        self, since: datetime | str, until: datetime | str, cell: str = "street"
    ) -> dict[str, Any]:
        """Intake counts by area (`cell`: street or grid) over [since, until), every area
        with its count and leading categories, highest first, and the top areas' codes."""
        params = {"since": _instant(since), "until": _instant(until), "cell": cell}
        return self._client.request_object("GET", "/api/v1/map/heat", params=params)

    def locate(self, lon: float, lat: float, crs: str = "wgs84") -> dict[str, Any]:
        """A point's street and grid (`lon`, `lat` back in WGS-84, `street_code`, `grid_code`)."""
        body = {"lon": float(lon), "lat": float(lat), "crs": crs}
        return self._client.request_object("POST", "/api/v1/map/locate", json=body)

    def cameras(self) -> list[dict[str, Any]]:
        """Every camera with its position (the same list as the video pane's)."""
        return self._client.cameras()

    def patrols(self, since: datetime | str, until: datetime | str) -> list[dict[str, Any]]:
        """Every patrol started in [since, until), newest first (without tracks)."""
        items: list[dict[str, Any]] = []
        cursor: int | None = None
        while True:
            params: dict[str, str] = {
                "since": _instant(since),
                "until": _instant(until),
                "limit": str(PATROL_PAGE),
            }
            if cursor is not None:
                params["cursor"] = str(cursor)
            body = self._client.request_object("GET", "/api/v1/patrols", params=params)
            items.extend(body.get("items") or [])
            cursor = body.get("next_cursor")
            if not cursor:
                return items

    def patrol(self, patrol_id: int) -> dict[str, Any]:
        """One patrol with its track ([[lat, lon, time], …])."""
        return self._client.request_object("GET", f"/api/v1/patrols/{int(patrol_id)}")
