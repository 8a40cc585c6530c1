"""The wall as saved with the window (QSettings keys `video/*`, like `window/*`, `queue/*`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QSettings

from console.video.camera import Camera
from console.video.grid import LAYOUTS, MAX_SLOTS


@dataclass
class WallState:
    """Layout size, the camera of each slot (None: empty), the pinned slot, mute."""

    layout: int = 4
    cameras: list[Camera | None] = field(default_factory=lambda: [None] * MAX_SLOTS)
    pinned: int | None = None
    muted: bool = True


def save_wall(settings: QSettings, wall: WallState) -> None:
    """Write the wall into the window's settings."""
    slots = [camera.to_json() if camera else None for camera in wall.cameras]
    settings.setValue("video/layout", wall.layout)
    settings.setValue("video/slots", json.dumps(slots, ensure_ascii=False))
    settings.setValue("video/pinned", -1 if wall.pinned is None else wall.pinned)
    settings.setValue("video/muted", wall.muted)


def load_wall(settings: QSettings) -> WallState:
    """The saved wall; anything missing or unreadable falls back to the default."""
    wall = WallState()
    layout = settings.value("video/layout", 4, type=int)
    wall.layout = layout if layout in LAYOUTS else 4
    try:
        saved = json.loads(str(settings.value("video/slots", "[]")))
    except ValueError:
        saved = []
    for index, body in enumerate(saved[:MAX_SLOTS] if isinstance(saved, list) else []):
        if isinstance(body, dict) and body.get("stream_url"):
            wall.cameras[index] = Camera.from_json(body)
    pinned = cast(int, settings.value("video/pinned", -1, type=int))  # stub: object
    relay = wall.cameras[pinned] if 0 <= pinned < MAX_SLOTS else None
    wall.pinned = pinned if relay is not None and relay.is_relay else None
    wall.muted = cast(bool, settings.value("video/muted", True, type=bool))
    return wall
