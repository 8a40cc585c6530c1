"""Field accounts and volunteer service: what a river chief, grid member or volunteer team lead
is tied to, the volunteer teams and service categories, and the service requests
(点单-派单-接单-评单) with their trail and photos.

The roles themselves are `FIELD_ROLES`; an account of one of them sees only what its tie
gives it (server/services/field_roles.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime

FIELD_ROLES = ("river_chief", "grid_member", "volunteer_lead")


class RiverChiefSegment(Base):
    """A river segment a river-chief account patrols (one account, one or more segments)."""

    __tablename__ = "river_chief_segments"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("river_segments.id"), primary_key=True)


class GridMember(Base):
    """The grid (网格) a grid-member account reports from."""

    __tablename__ = "grid_members"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grids.id"), index=True)


class ServiceCategory(Base):
    """A kind of volunteer service a resident may order (助老, 小修小补, 保洁, …)."""

    __tablename__ = "service_categories"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VolunteerTeam(Base):
    """A volunteer team (志愿服务队): its street, skills (service category codes), size and the
    account of its lead, who takes the requests offered to the team."""

    __tablename__ = "volunteer_teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # The street code (checked against the reference data on every edit): teams are seeded by
    # the migration, before the streets are.
    street: Mapped[str | None] = mapped_column(String(40), nullable=True)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    members: Mapped[int] = mapped_column(Integer, default=0)
    lead_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), nullable=True, unique=True
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ServiceRequest(Base):
    """A resident's service request: requested → offered → accepted → done → rated (or
    cancelled), beside the cases, with its own version and deadlines."""

    __tablename__ = "service_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(20))
    category_id: Mapped[int] = mapped_column(ForeignKey("service_categories.id"))
    street_id: Mapped[int | None] = mapped_column(ForeignKey("streets.id"), nullable=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    resident_name: Mapped[str] = mapped_column(String(80), default="")
    resident_phone: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer, default=1)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_teams.id"), nullable=True)
    # The deadline of the step running now: the offer (派单) while requested, the answer
    # (接单) while offered; none afterwards.
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    offered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    done_note: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    rating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rating_comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_service_requests_state", "state", "id"),
        Index("ix_service_requests_team", "team_id", "id"),
        Index("ix_service_requests_created", "created_at"),
    )


class ServiceRequestStep(Base):
    """One step of a request's trail: who did what, from which state to which, and why."""

    __tablename__ = "service_request_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(80))
    actor_role: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_state: Mapped[str] = mapped_column(String(20))
    # The team offered to, or the one that declined or did the service.
    team_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer_teams.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ServiceRequestPhoto(Base):
    """A photo of the service done, stored like case attachments (server-made keys)."""

    __tablename__ = "service_request_photos"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("service_requests.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    storage_key: Mapped[str] = mapped_column(String(80), unique=True)
    caption: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
