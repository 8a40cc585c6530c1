"""The map layers table: one row per layer, the FeatureCollection kept as the bytes served.

Imports nothing of ours but `server.db`: Alembic's environment (server/migrations/env.py) and
the schema tests import it beside `server.models` to see every table. It is not in
`server.models` because this package imports the models (a cycle between the two packages).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime


class MapLayer(Base):
    """A layer of the map (streets, communities, grids, rivers, pois) as last imported.

    `geojson` is the FeatureCollection exactly as `GET /map/layers/{name}` sends it, and
    `digest` its SHA-256 (the ETag, and the key of the in-memory polygon index), so that a
    read is one row and no re-encoding.
    """

    __tablename__ = "map_layers"
    name: Mapped[str] = mapped_column(String(20), primary_key=True)
    geojson: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    feature_count: Mapped[int] = mapped_column(Integer)
    # Derived from the reference data's centres for demo mode (示意), not surveyed.
    schematic: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(80))
