"""Demo media: the bundled clip as a file and as endless live camera streams (demo mode only).

No token is needed (a media player cannot send one), so these routes serve nothing but the
two bundled files: no part of a request ever names a file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cache
from pathlib import Path as FilePath
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import FileResponse, Response, StreamingResponse
from sqlalchemy import select

import resources
from server.deps import StateDep
from server.models import Camera
from server.problems import Code, Problem, not_found
from server.services.mpegts import LoopedClip, play_endlessly

router = APIRouter(prefix="/media", tags=["media"])

VIDEO_DIR = FilePath(resources.__file__).resolve().parent / "video"
DEMO_CLIP = VIDEO_DIR / "demo.mp4"
LIVE_CLIP = VIDEO_DIR / "demo.ts"
# Live streams at once (each is cheap, but a demo server needs no more).
MAX_LIVE_STREAMS = 64
CameraCode = Annotated[
    str, Path(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_-]+$", description="camera code")
]


class LiveStreams:
    """How many live streams are playing now (a soft cap: the count moves as streams run)."""

    def __init__(self) -> None:
        self.playing = 0

    async def play(self, clip: LoopedClip, speed: float) -> AsyncIterator[bytes]:
        """The clip played endlessly, counted while it plays."""
        self.playing += 1
        try:
            async for chunk in play_endlessly(clip, speed=speed):
                yield chunk
        finally:
            self.playing -= 1


live_streams = LiveStreams()


@cache
def live_clip() -> LoopedClip:
    """The MPEG-TS clip, read and indexed once."""
    return LoopedClip(LIVE_CLIP.read_bytes())


@router.head("/demo.mp4", include_in_schema=False)
@router.get(
    "/demo.mp4",
    response_class=FileResponse,
    responses={200: {"content": {"video/mp4": {}}}, 206: {"description": "the range asked for"}},
)
def demo_clip() -> FileResponse:
    """The demo clip (H.264 in MP4, 16 s); Range requests are answered with 206."""
    return FileResponse(DEMO_CLIP, media_type="video/mp4")


@router.get(
    "/live/{code}",
    response_class=Response,
    responses={200: {"content": {"video/mp2t": {}}, "description": "an endless stream"}},
)
def live(code: CameraCode, state: StateDep) -> StreamingResponse:
    """The demo clip as a camera's live stream: MPEG-TS, looped forever in real time."""
    with state.db.read() as session:
        known = session.scalar(select(Camera.id).where(Camera.code == code))
    if known is None:
        raise not_found(f"Camera {code}")
    if live_streams.playing >= MAX_LIVE_STREAMS:
        raise Problem(
            503,
            "Too many live streams",
            f"This demo server plays at most {MAX_LIVE_STREAMS} live streams at once; "
            "close a video pane and try again.",
            code=Code.TOO_MANY_STREAMS,
            kind="too-many-streams",
        )
    stream = live_streams.play(live_clip(), state.settings.demo_live_speed)
    return StreamingResponse(stream, media_type="video/mp2t", headers={"Cache-Control": "no-store"})
