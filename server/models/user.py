"""Users, their roles, and server-wide secrets."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from server.db import Base, UTCDateTime

ROLES = (
    "duty_officer",
    "supervisor",
    "trainer",
    "department",
    "admin",
    # field accounts (the phone app, issue #21): tied to their segments, grid or team
    "river_chief",
    "grid_member",
    "volunteer_lead",
)


class User(Base):
    """A person who signs in; a department user is bound to one department."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Advanced by a password change or reset, a disable or a role change: tokens carry the
    # generation they were issued in, and an older one is refused.
    token_generation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Set by an administrator's reset (and for new users): every route but /auth refuses.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ServerSecret(Base):
    """A secret shared by every server process (the token signing key)."""

    __tablename__ = "server_secrets"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
