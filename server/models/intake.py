"""Field intake: rivers and their chiefs, patrol records, and Open311 clients and requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime


class River(Base):
    """A river (河道) under the river-chief system, with its district river chief (河长)."""

    __tablename__ = "rivers"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    chief_name: Mapped[str] = mapped_column(String(80), default="")
    length_km: Mapped[float] = mapped_column(Float, default=0.0)


class RiverSegment(Base):
    """A segment of a river with its segment chief (河道段长) and the street it runs through."""

    __tablename__ = "river_segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    river_id: Mapped[int] = mapped_column(ForeignKey("rivers.id"), index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    street_id: Mapped[int | None] = mapped_column(ForeignKey("streets.id"), nullable=True)
    chief_name: Mapped[str] = mapped_column(String(80), default="")
    # A point in the middle of the segment, to place problems reported without a segment.
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)


class Patrol(Base):
    """One river patrol (巡河) as recorded by the river-chief app."""

    __tablename__ = "patrols"
    id: Mapped[int] = mapped_column(primary_key=True)
    river_id: Mapped[int] = mapped_column(ForeignKey("rivers.id"))
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("river_segments.id"), nullable=True)
    patroller: Mapped[str] = mapped_column(String(80))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Computed from the track; the app's own figure is kept beside it for comparison.
    distance_km: Mapped[float] = mapped_column(Float)
    reported_km: Mapped[float | None] = mapped_column(Float, nullable=True)
    debris_tons: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")
    # [[lat, lon, iso time], ...]; deferred so that lists do not load every track.
    track: Mapped[list[Any]] = mapped_column(JSON, deferred=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_patrols_river_started", "river_id", "started_at"),
        Index("ix_patrols_started", "started_at"),
    )


class PatrolProblem(Base):
    """A problem found on a patrol; each one is a `river_patrol` case."""

    __tablename__ = "patrol_problems"
    id: Mapped[int] = mapped_column(primary_key=True)
    patrol_id: Mapped[int] = mapped_column(ForeignKey("patrols.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    # pollution, weeds, debris or bank_dumping, as the app reported it.
    kind: Mapped[str] = mapped_column(String(20))


class Open311Key(Base):
    """An API key of an Open311 client; only its SHA-256 is stored."""

    __tablename__ = "open311_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Open311Request(Base):
    """What an Open311 POST brought beyond the case itself: token, media URL, contact."""

    __tablename__ = "open311_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    token: Mapped[str] = mapped_column(String(40), unique=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("open311_keys.id"))
    media_url: Mapped[str] = mapped_column(String(1000), default="")
    # Kept for a reply by the center, never shown in case views or Open311 answers.
    email: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
