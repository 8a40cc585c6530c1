"""What the center administers itself: the holiday calendar, SLA rule versions, the admin log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime


class CalendarDay(Base):
    """A day entered by the center: `holiday` (放假) or `workday` (调休上班), overriding the
    holiday library for that date."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[str] = mapped_column(String(80))


class SlaRuleSet(Base):
    """One published version of the SLA rules; `rules` keeps the whole set as it was."""

    __tablename__ = "sla_rule_sets"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    warn_ratio: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(80))


class AdminRecord(Base):
    """One append-only record of a change outside the case trail (immutable in the database)."""

    __tablename__ = "admin_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(80))
    actor_username: Mapped[str] = mapped_column(String(80))
    actor_role: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(200), default="")
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (
        Index("ix_admin_records_kind_id", "kind", "id"),
        Index("ix_admin_records_user_id", "actor_username", "id"),
        Index("ix_admin_records_created", "created_at"),
    )
