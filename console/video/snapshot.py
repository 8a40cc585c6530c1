"""A slot's current frame as evidence on a case: camera and time burned in, sent off the GUI.

The caption, camera name and the command center's time (Asia/Shanghai, the clock of the case
history), e.g. `学田街道 工农路口 2026-11-26 14:03:22`, is written into the picture's corner
and sent as the attachment's caption. Encoding and the upload run in a worker thread.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from console.api import ApiClient
from console.tasks import TaskRunner
from console.video.camera import Camera

JPEG_QUALITY = 88
MAX_CAPTION = 200  # the server's limit
CENTER_TIME = ZoneInfo("Asia/Shanghai")  # the clock of the case history


@dataclass(frozen=True)
class Snapshot:
    """A frame ready to send: the picture (caption burned in), its caption and file name."""

    image: QImage
    caption: str
    filename: str
    case_id: int
    key: str  # Idempotency-Key: a retried upload is kept once


def caption_for(camera: Camera, when: datetime) -> str:
    """`<camera name> <YYYY-MM-DD HH:MM:SS>` in the command center's time."""
    stamp = when.astimezone(CENTER_TIME).strftime("%Y-%m-%d %H:%M:%S")
    return f"{camera.name} {stamp}"[:MAX_CAPTION]


def burn_caption(image: QImage, caption: str) -> QImage:
    """A copy of the picture with the caption on a dark band in its lower-left corner."""
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(out)
    font = QFont()
    font.setPixelSize(max(12, out.height() // 24))
    font.setBold(True)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    pad = max(4, font.pixelSize() // 3)
    width = metrics.horizontalAdvance(caption) + 2 * pad
    height = metrics.height() + pad
    band = QRect(pad, out.height() - height - pad, min(width, out.width() - 2 * pad), height)
    painter.fillRect(band, QColor(0, 0, 0, 170))
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter, caption)
    painter.end()
    return out


def take(image: QImage, camera: Camera, case_id: int) -> Snapshot:
    """The snapshot of this frame for this case (on the GUI thread: cheap, no I/O)."""
    now = datetime.now(CENTER_TIME)
    caption = caption_for(camera, now)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return Snapshot(
        image=burn_caption(image, caption),
        caption=caption,
        filename=f"{camera.code or 'camera'}-{stamp}.jpg",
        case_id=case_id,
        key=f"snapshot-{uuid.uuid4()}",
    )


def jpeg_bytes(image: QImage) -> bytes:
    """The picture as JPEG (worker-thread safe: QImage needs no GUI thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", JPEG_QUALITY):
        raise ValueError("the frame could not be encoded as JPEG")
    buffer.close()
    return bytes(data.data())


def upload(
    client: ApiClient,
    runner: TaskRunner,
    snapshot: Snapshot,
    on_done: Callable[[dict[str, Any]], None],
    on_error: Callable[[Exception], None],
    what: str,
) -> None:
    """Encode and send the snapshot in the background; the callbacks run on the GUI thread."""

    def send() -> dict[str, Any]:
        return client.add_attachment(
            snapshot.case_id,
            jpeg_bytes(snapshot.image),
            snapshot.filename,
            caption=snapshot.caption,
            idempotency_key=snapshot.key,
        )

    # Not on the ordered write worker: an upload must not hold up the outbox's actions.
    runner.run(send, on_done, on_error=on_error, what=what)
