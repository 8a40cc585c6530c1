"""A slot's current frame as evidence on a case: camera and time burned in, sent off the GUI.

The caption, camera name and the command center's time (Asia/Shanghai, the clock of the case
history), e.g. `学田街道 工农路口 2026-11-26 14:03:22`, is written into the picture's corner
and sent as the attachment's caption. Encoding and the upload run in a worker thread; the
JPEG is kept on disk first (console.store.spool) and sent again, with the same key, after a
failure that may pass.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from console.api import ApiClient
from console.api.errors import ApiError, ServerUnavailable, Unauthorized
from console.contract import CaseDetail
from console.store.spool import SnapshotSpool, SpooledSnapshot
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
    # PySide6 stub: the format is a str at run time (bytes are refused), the stub says bytes.
    if not image.save(buffer, "JPEG", JPEG_QUALITY):  # type: ignore[call-overload]
        raise ValueError("the frame could not be encoded as JPEG")
    buffer.close()
    return bytes(data.data())


def upload(
    client: ApiClient,
    runner: TaskRunner,
    spool: SnapshotSpool,
    snapshot: Snapshot,
    on_done: Callable[[CaseDetail], None],
    on_error: Callable[[Exception], None],
    what: str,
) -> None:
    """Encode, keep on disk, then send the snapshot in the background (callbacks on the GUI
    thread). Whatever fails for a while stays in the spool for `resend_spooled`."""

    def send() -> CaseDetail:
        spooled = SpooledSnapshot(
            key=snapshot.key,
            case_id=snapshot.case_id,
            filename=snapshot.filename,
            caption=snapshot.caption,
            jpeg=jpeg_bytes(snapshot.image),
            owner=client.user.username if client.user is not None else "",
        )
        spool.put(spooled)
        return _send(client, spool, spooled)

    # Not on the ordered write worker: an upload must not hold up the outbox's actions.
    runner.run(send, on_done, on_error=on_error, what=what)


def resend_spooled(client: ApiClient, spool: SnapshotSpool) -> tuple[int, list[str]]:
    """Send what earlier failures left, oldest first (a worker-thread call): the number the
    server now has, and why the others were refused for good. Stops at the first failure
    that may pass (the server is away again)."""
    sent, refused = 0, []
    me = client.user.username if client.user is not None else ""
    for spooled in spool.pending():
        if spooled.owner and spooled.owner != me:
            continue  # another officer's: it waits for them to sign in here
        try:
            _send(client, spool, spooled)
        except ApiError as exc:
            if will_pass(exc):
                break
            refused.append(f"{spooled.caption}: {exc}")
            continue
        sent += 1
    return sent, refused


def will_pass(exc: Exception) -> bool:
    """Whether sending again later may succeed (the snapshot then stays in the spool)."""
    if isinstance(exc, ServerUnavailable | Unauthorized):
        return True
    return isinstance(exc, ApiError) and exc.status in (408, 425, 429)


def _send(client: ApiClient, spool: SnapshotSpool, spooled: SpooledSnapshot) -> CaseDetail:
    try:
        result = client.add_attachment(
            spooled.case_id,
            spooled.jpeg,
            spooled.filename,
            caption=spooled.caption,
            idempotency_key=spooled.key,
        )
    except ApiError as exc:
        if not will_pass(exc):
            spool.remove(spooled.key)  # refused for good (the case is gone, say): told, dropped
        raise
    spool.remove(spooled.key)
    return result
