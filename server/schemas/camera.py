"""What an administrator sends to add or change a camera."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from server.schemas.case import Strict

CameraKind = Literal["camera", "relay"]
CameraStatus = Literal["online", "offline", "maintenance"]
CODE_PATTERN = r"^[A-Za-z0-9_-]+$"
STREAM_SCHEMES = ("rtsp", "http", "https", "file")


def check_stream_url(url: str) -> str:
    """An absolute rtsp/http(s)/file URL, or a path on this server starting with '/'."""
    if any(c.isspace() for c in url):
        raise ValueError("must not contain spaces (percent-encode them as %20)")
    if url.startswith("//"):
        raise ValueError("a URL starting with '//' names no scheme; write rtsp://, http://, …")
    if url.startswith("/"):
        return url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in STREAM_SCHEMES:
        allowed = ", ".join(f"{s}://" for s in STREAM_SCHEMES)
        raise ValueError(f"must start with {allowed} or '/' (a path on this server)")
    if scheme == "file":
        if not parts.path.startswith("/"):
            raise ValueError("a file:// URL needs an absolute path, e.g. file:///srv/video/a.mp4")
    elif not parts.hostname:
        raise ValueError(f"a {scheme}:// URL needs a host, e.g. {scheme}://10.0.0.8/stream")
    return url


class CameraCreate(Strict):
    """A new camera or relay."""

    code: str = Field(min_length=1, max_length=40, pattern=CODE_PATTERN, description="CAM-XC-001")
    name: str = Field(min_length=1, max_length=80, description="学田街道 工农路口")
    street: str = Field(min_length=1, max_length=80, description="street code or name")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    stream_url: str = Field(
        min_length=1, max_length=500, description="rtsp://, http(s)://, file:// or /path"
    )
    kind: CameraKind = "camera"
    status: CameraStatus = "online"

    @field_validator("stream_url")
    @classmethod
    def _stream_url(cls, value: str) -> str:
        return check_stream_url(value)


class CameraUpdate(Strict):
    """The fields to change; those not sent stay as they are."""

    code: str | None = Field(default=None, min_length=1, max_length=40, pattern=CODE_PATTERN)
    name: str | None = Field(default=None, min_length=1, max_length=80)
    street: str | None = Field(default=None, min_length=1, max_length=80)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    stream_url: str | None = Field(default=None, min_length=1, max_length=500)
    kind: CameraKind | None = None
    status: CameraStatus | None = None

    @field_validator("stream_url")
    @classmethod
    def _stream_url(cls, value: str | None) -> str | None:
        return None if value is None else check_stream_url(value)
