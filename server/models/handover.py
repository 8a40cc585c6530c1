"""Shift handover briefs (交接班): what the outgoing officer hands on, and who signed for it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime


class Handover(Base):
    """One brief: the server's facts of a shift window, the console's unsent outbox items and
    the author's notes, frozen when written; signed once by someone else (kept for good)."""

    __tablename__ = "handovers"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    author_username: Mapped[str] = mapped_column(String(80))
    author_name: Mapped[str] = mapped_column(String(80))
    author_role: Mapped[str] = mapped_column(String(20))
    # The shift window the facts cover: [shift_start, shift_end), shift_end = created_at.
    shift_start: Mapped[datetime] = mapped_column(UTCDateTime())
    shift_end: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    notes: Mapped[str] = mapped_column(Text, default="")
    # The server's figures and lists as of shift_end (services.handovers.shift_facts).
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The author's console outbox items not yet applied, as the console sent them.
    outbox: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    signed_by_username: Mapped[str | None] = mapped_column(String(80), nullable=True)
    signed_by_name: Mapped[str | None] = mapped_column(String(80), nullable=True)
    signed_by_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_handovers_shift_end", "shift_end"),)
