"""Video: the camera registry (street cameras and the city center's live relay)."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db import Base
from server.models.reference import Street

CAMERA_KINDS = ("camera", "relay")
CAMERA_STATUSES = ("online", "offline", "maintenance")


class Camera(Base):
    """A video source the console can play: a street camera or a live relay."""

    __tablename__ = "cameras"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    street_id: Mapped[int] = mapped_column(ForeignKey("streets.id"), index=True)
    street: Mapped[Street] = relationship()
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    # rtsp://, http(s)://, file:// or a path on this server (/media/live/<code> in demo mode)
    stream_url: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(10), default="camera")
    status: Mapped[str] = mapped_column(String(20), default="online")
    # Seeded for the demo: removed when the server runs outside demo mode.
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
