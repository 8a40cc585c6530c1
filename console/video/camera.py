"""A camera as the server describes it (GET /api/v1/cameras), and where its stream is."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QUrl


@dataclass(frozen=True)
class Camera:
    """One camera or the city relay; enough to play it without asking the server again."""

    code: str
    name: str
    stream_url: str
    kind: str = "camera"  # camera | relay
    street: str = ""
    street_name: str = ""
    status: str = "online"
    distance_m: float | None = None

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> Camera:
        """From the server's JSON (or from saved settings); unknown fields are ignored."""
        distance = body.get("distance_m")
        return cls(
            code=str(body.get("code") or ""),
            name=str(body.get("name") or body.get("code") or ""),
            stream_url=str(body.get("stream_url") or ""),
            kind=str(body.get("kind") or "camera"),
            street=str(body.get("street") or ""),
            street_name=str(body.get("street_name") or ""),
            status=str(body.get("status") or "online"),
            distance_m=float(distance) if distance is not None else None,
        )

    def to_json(self) -> dict[str, Any]:
        """What the saved slot layout keeps of it."""
        return {k: v for k, v in asdict(self).items() if k != "distance_m"}

    @property
    def is_relay(self) -> bool:
        """The city center's live relay (it can be pinned to a slot)."""
        return self.kind == "relay"


def stream_url(camera: Camera, server_url: str) -> QUrl:
    """The camera's stream as a QUrl: paths starting with '/' are on the cc-server."""
    url = camera.stream_url.strip()
    if url.startswith("/"):
        return QUrl(server_url.rstrip("/") + url)
    found = QUrl(url)
    return found if found.scheme() else QUrl.fromLocalFile(url)


def is_clip(url: QUrl) -> bool:
    """A finite file (played in a loop) rather than a live stream (whose end means lost)."""
    return url.path().lower().endswith((".mp4", ".mkv", ".mov", ".webm", ".avi"))
