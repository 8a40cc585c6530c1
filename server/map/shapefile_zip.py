"""A zipped ESRI Shapefile read as the GeoJSON FeatureCollection an import takes (pyshp).

GIS departments keep their layers as Shapefiles; this spares them a conversion. Only
geographic coordinates are taken (WGS-84, or CGCS2000, which differs from it by centimetres):
a projected file (a 高斯-克吕格 zone in metres) is refused with what to export instead, since
reprojecting it would need PROJ. DBF field names are cut at 10 characters, so
`street_cod` and `segment_co` stand for `street_code` and `segment_code`.
"""

from __future__ import annotations

import io
import struct
import zipfile
from typing import Any

import orjson
import shapefile

# What unpacking may cost at most, against a zip bomb (a district's grids take a few MB).
MAX_UNPACKED_BYTES = 200_000_000
PROPERTY_NAMES = ("code", "name", "street_code", "segment_code", "category")
DBF_NAME_LENGTH = 10
# Code pages as a .cpg names them (ArcGIS writes the Windows number), and the fallback for
# Chinese files without one (GBK is what Chinese ArcGIS writes by default).
CODE_PAGES = {"936": "gbk", "65001": "utf-8", "ansi 936": "gbk", "utf8": "utf-8"}
FALLBACK_ENCODINGS = ("utf-8", "gbk")


class ShapefileError(ValueError):
    """The zip holds no readable Shapefile (the message says what to send)."""


def read_zipped_shapefile(data: bytes) -> dict[str, Any]:
    """The FeatureCollection of the one Shapefile in the zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ShapefileError("the file is not a zip archive") from exc
    with archive:
        members = {info.filename.lower(): info for info in archive.infolist() if not info.is_dir()}
        if sum(info.file_size for info in members.values()) > MAX_UNPACKED_BYTES:
            raise ShapefileError(f"the zip unpacks to more than {MAX_UNPACKED_BYTES} bytes")
        stems = [name[:-4] for name in members if name.endswith(".shp")]
        if len(stems) != 1:
            found = f"it holds {len(stems)}"
            raise ShapefileError(f"the zip must hold one .shp (with .shx and .dbf); {found}")
        stem = stems[0]

        def part(suffix: str, required: bool = True) -> bytes | None:
            info = members.get(stem + suffix)
            if info is None:
                if required:
                    raise ShapefileError(f"the zip has no {stem}{suffix} beside {stem}.shp")
                return None
            return archive.read(info)

        shp, shx, dbf = part(".shp"), part(".shx"), part(".dbf")
        prj, cpg = part(".prj", required=False), part(".cpg", required=False)
    _check_projection(prj)
    return _features(shp, shx, dbf, _encodings(cpg))


def _check_projection(prj: bytes | None) -> None:
    if prj is None:
        return  # no .prj: taken as WGS-84, and the district's bounds catch metres
    text = prj.decode("latin-1").strip()
    if text.upper().startswith("PROJCS"):
        name = text.split('"')[1] if '"' in text else "a projection"
        raise ShapefileError(
            f"the coordinates are projected ({name}); export the layer in geographic "
            "coordinates: WGS-84 (EPSG:4326) or CGCS2000 (EPSG:4490)"
        )


def _encodings(cpg: bytes | None) -> tuple[str, ...]:
    if cpg is None:
        return FALLBACK_ENCODINGS
    named = cpg.decode("latin-1").strip().lower()
    return (CODE_PAGES.get(named, named), *FALLBACK_ENCODINGS)


def _features(
    shp: bytes | None, shx: bytes | None, dbf: bytes | None, encodings: tuple[str, ...]
) -> dict[str, Any]:
    last: Exception | None = None
    for encoding in encodings:
        try:
            reader = shapefile.Reader(
                shp=io.BytesIO(shp or b""),
                shx=io.BytesIO(shx or b""),
                dbf=io.BytesIO(dbf or b""),
                encoding=encoding,
            )
            with reader:
                names = _field_names([field[0] for field in reader.fields[1:]])
                features = [
                    _feature(record.shape, record.record.as_dict(), names)
                    for record in reader.iterShapeRecords()
                ]
            return {"type": "FeatureCollection", "features": features}
        except (UnicodeDecodeError, LookupError, _undecodable()) as exc:
            last = exc  # text in another code page: try the next
        except (shapefile.ShapefileException, ValueError, OSError, struct.error) as exc:
            raise ShapefileError(f"the Shapefile cannot be read ({exc})") from exc
    raise ShapefileError(f"the attribute table's text cannot be decoded ({last})")


def _undecodable() -> type[Exception]:
    """pyshp's refusal of text it cannot decode (a ShapefileException of its own)."""
    found = getattr(shapefile, "dbfFileException", None)
    return found if isinstance(found, type) and issubclass(found, Exception) else UnicodeError


def _field_names(fields: list[str]) -> dict[str, str]:
    """DBF field → property name, for the properties an import reads (others are dropped)."""
    names = {}
    for field in fields:
        key = field.lower()
        for wanted in PROPERTY_NAMES:
            if key == wanted or (len(key) == DBF_NAME_LENGTH and wanted.startswith(key)):
                names[field] = wanted
    return names


def _feature(shape: Any, record: dict[str, Any], names: dict[str, str]) -> dict[str, Any]:
    geometry = None
    if shape is not None and shape.shapeType != shapefile.NULL:
        # Through JSON, so that positions are arrays as in a GeoJSON file.
        geometry = orjson.loads(orjson.dumps(shape.__geo_interface__))
    properties = {}
    for field, wanted in names.items():
        value = record.get(field)
        if isinstance(value, bytes):
            value = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(int(value)) if float(value).is_integer() else str(value)
        properties[wanted] = value.strip() if isinstance(value, str) else value
    return {"type": "Feature", "geometry": geometry, "properties": properties}
