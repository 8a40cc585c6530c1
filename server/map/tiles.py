"""The offline basemap: raster tiles from a local MBTiles file or a folder of tiles.

Duty rooms run on closed networks, so the basemap is a tile package the center supplies
(`CC_MAP_TILES`: an .mbtiles file, or a folder laid out {z}/{x}/{y}.png). Tiles are addressed
as web maps do (XYZ: y counted from the north); MBTiles stores them in TMS order (y counted
from the south), hence the flip. Without a package the vector layers alone make the map.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_ZOOM = 22
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
)
FOLDER_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")


class TilesUnavailable(Exception):
    """The configured package cannot be read (the reason says why)."""


@dataclass(frozen=True)
class Tile:
    """One tile's bytes and media type."""

    content: bytes
    media_type: str


@dataclass
class TileSource:
    """A tile package: where it is, its zoom range and attribution."""

    path: Path
    minzoom: int
    maxzoom: int
    attribution: str
    is_mbtiles: bool

    def describe(self) -> dict[str, Any]:
        """What `GET /map/layers` says of the basemap."""
        return {
            "available": True,
            "minzoom": self.minzoom,
            "maxzoom": self.maxzoom,
            "attribution": self.attribution,
        }

    def tile(self, z: int, x: int, y: int) -> Tile | None:
        """The tile at z/x/y (XYZ), or None where the package has none."""
        if not (self.minzoom <= z <= self.maxzoom and 0 <= x < 2**z and 0 <= y < 2**z):
            return None
        content = self._mbtiles_tile(z, x, y) if self.is_mbtiles else self._folder_tile(z, x, y)
        if content is None:
            return None
        return Tile(content, media_type(content))

    def _mbtiles_tile(self, z: int, x: int, y: int) -> bytes | None:
        row = _query(
            self.path,
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, 2**z - 1 - y),
        )
        return bytes(row[0][0]) if row and row[0][0] is not None else None

    def _folder_tile(self, z: int, x: int, y: int) -> bytes | None:
        for suffix in FOLDER_SUFFIXES:
            candidate = self.path / str(z) / str(x) / f"{y}{suffix}"
            if candidate.is_file():
                return candidate.read_bytes()
        return None


def media_type(content: bytes) -> str:
    """The image type by its first bytes (tile packages seldom say)."""
    for signature, kind in SIGNATURES:
        if content.startswith(signature):
            return kind
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


_sources: dict[tuple[str, float], TileSource] = {}
_sources_lock = threading.Lock()


def open_source(configured: str) -> TileSource:
    """The package at this path (kept while the file or folder is unchanged)."""
    path = Path(configured).expanduser()
    try:
        stamp = path.stat().st_mtime
    except OSError as exc:
        raise TilesUnavailable(f"the tile package {path} cannot be read ({exc.strerror})") from exc
    key = (str(path), stamp)
    with _sources_lock:
        found = _sources.get(key)
    if found is not None:
        return found
    source = _read_folder(path) if path.is_dir() else _read_mbtiles(path)
    with _sources_lock:
        _sources[key] = source
    return source


def _query(path: Path, sql: str, args: tuple[Any, ...] = ()) -> list[Any]:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error as exc:
        raise TilesUnavailable(f"{path} is not a readable MBTiles file ({exc})") from exc
    try:
        return connection.execute(sql, args).fetchall()
    except sqlite3.Error as exc:
        raise TilesUnavailable(f"{path} is not a readable MBTiles file ({exc})") from exc
    finally:
        connection.close()


def _read_mbtiles(path: Path) -> TileSource:
    try:
        rows = _query(path, "SELECT name, value FROM metadata")
    except TilesUnavailable:
        rows = []  # no metadata table: the zoom range from the tiles themselves
    metadata = {str(k): str(v) for k, v in rows}
    low, high = _query(path, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")[0]
    if low is None or high is None:
        raise TilesUnavailable(f"{path} holds no tiles")
    return TileSource(
        path=path,
        minzoom=_zoom(metadata.get("minzoom"), int(low)),
        maxzoom=_zoom(metadata.get("maxzoom"), int(high)),
        attribution=metadata.get("attribution", ""),
        is_mbtiles=True,
    )


def _read_folder(path: Path) -> TileSource:
    zooms = sorted(int(p.name) for p in path.iterdir() if p.is_dir() and p.name.isdigit())
    zooms = [z for z in zooms if z <= MAX_ZOOM]
    if not zooms:
        raise TilesUnavailable(
            f"{path} has no zoom folders (expected {path}/{{z}}/{{x}}/{{y}}.png)"
        )
    metadata: dict[str, Any] = {}
    described = path / "metadata.json"
    if described.is_file():
        try:
            metadata = json.loads(described.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TilesUnavailable(f"{described} is not valid JSON ({exc})") from exc
    return TileSource(
        path=path,
        minzoom=_zoom(metadata.get("minzoom"), zooms[0]),
        maxzoom=_zoom(metadata.get("maxzoom"), zooms[-1]),
        attribution=str(metadata.get("attribution", "")),
        is_mbtiles=False,
    )


def _zoom(value: Any, default: int) -> int:
    try:
        zoom = int(value)
    except (TypeError, ValueError):
        return default
    return zoom if 0 <= zoom <= MAX_ZOOM else default


def basemap_status(configured: str | None) -> dict[str, Any]:
    """What `GET /map/layers` says of the basemap: available or not, and why not."""
    if not configured:
        return {"available": False, "minzoom": None, "maxzoom": None, "attribution": None}
    try:
        return open_source(configured).describe()
    except TilesUnavailable as exc:
        return {
            "available": False,
            "minzoom": None,
            "maxzoom": None,
            "attribution": None,
            "reason": str(exc),
        }
