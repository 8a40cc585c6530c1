"""How a slot looks on the wall: the picture from its sink, the camera name and state on top.

Painted by hand from the slot's latest frame (a QVideoWidget shows nothing offscreen and
cannot carry overlays): a header strip with the camera name and a state pill (so that
nothing covers the picture's own text), the picture in proportion on black below, and
信号中断 with the retry countdown on a red band when lost.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.video.slot import BUFFERING, CONNECTING, IDLE, LOST, PLAYING, VideoSlot

STATE_INK = {
    CONNECTING: QColor("#4a90e2"),
    PLAYING: QColor("#2e7d32"),
    BUFFERING: QColor("#c77c00"),
    LOST: QColor("#d32f2f"),
}
SELECTED = QColor("#4a90e2")
FRAME = QColor("#2b384a")
HEADER = QColor("#111923")
PINNED = QColor("#f9c74f")


class SlotView(QWidget):
    """One tile of the wall; click chooses it, double-click shows it full screen."""

    clicked = Signal(int)
    double_clicked = Signal(int)

    def __init__(self, index: int, slot: VideoSlot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"videoSlot{index}")
        self.index = index
        self.slot = slot
        self.selected = False
        self.pinned = False
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        slot.frame_changed.connect(self.update)
        slot.state_changed.connect(lambda _state: self._on_slot_changed())
        slot.countdown_changed.connect(lambda _left: self._on_slot_changed())

    def state_text(self) -> str:
        """The state as the officer reads it (连接中, 播放中, 缓冲中, 信号中断)."""
        return {
            IDLE: self.tr("No camera"),
            CONNECTING: self.tr("Connecting"),
            PLAYING: self.tr("Playing"),
            BUFFERING: self.tr("Buffering"),
            LOST: self.tr("Signal lost"),
        }[self.slot.state]

    def set_selected(self, selected: bool) -> None:
        """Mark the slot the toolbar buttons act on."""
        self.selected = selected
        self.update()

    def set_pinned(self, pinned: bool) -> None:
        """Mark the slot that keeps the city relay."""
        self.pinned = pinned
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        font = QFont(self.font())
        font.setPixelSize(max(13, min(16, self.height() // 16, self.width() // 24)))
        font.setBold(True)
        painter.setFont(font)
        header = QRect(0, 0, self.width(), painter.fontMetrics().height() + 8)
        picture = self.rect().adjusted(0, header.height(), 0, 0)
        image = self.slot.image()
        if not image.isNull() and self.slot.camera is not None:
            scaled = image.size().scaled(picture.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(picture.center())
            painter.drawImage(target, image)
            if self.slot.state in (LOST, CONNECTING):  # the last picture is not live: dimmed
                painter.fillRect(target, QColor(0, 0, 0, 170))
        self._paint_header(painter, header)
        self._paint_middle(painter, picture)
        width = 3 if self.selected else 1
        pen = painter.pen()
        pen.setColor(SELECTED if self.selected else FRAME)
        pen.setWidth(width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(width // 2, width // 2, -(width + 1) // 2, -1))
        painter.end()

    def _paint_header(self, painter: QPainter, header: QRect) -> None:
        """The camera name on the left, the state as a coloured pill on the right."""
        painter.fillRect(header, HEADER)
        camera = self.slot.camera
        if camera is None:
            return
        metrics = painter.fontMetrics()
        state = self.state_text()
        pill_w = metrics.horizontalAdvance(state) + 16
        pill = QRectF(header.right() - 4 - pill_w, 3, pill_w, header.height() - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(STATE_INK.get(self.slot.state, QColor("#555555")))
        painter.drawRoundedRect(pill, 3, 3)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, state)
        room = int(pill.left()) - 16
        if self.pinned:  # a yellow tag before the state: this slot keeps the city relay
            tag = self.tr("pinned")
            tag_w = metrics.horizontalAdvance(tag) + 12
            box = QRectF(pill.left() - 4 - tag_w, pill.top(), tag_w, pill.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PINNED)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tag)
            room -= tag_w + 4
        shown = metrics.elidedText(camera.name, Qt.TextElideMode.ElideRight, max(0, room))
        painter.setPen(Qt.GlobalColor.white)
        text_rect = QRect(8, 0, max(0, room), header.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)

    def _paint_middle(self, painter: QPainter, picture: QRect) -> None:
        """What the picture area says when there is no live picture."""
        if self.slot.camera is None:
            painter.setPen(QColor("#6b7a8c"))
            text = self.tr("Empty slot: double-click a camera in the list")
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(picture.adjusted(8, 0, -8, 0), flags, text)
        elif self.slot.state == LOST:
            self._paint_lost_band(painter, picture)
        elif self.slot.state == CONNECTING or (
            self.slot.state == BUFFERING and self.slot.image().isNull()
        ):
            painter.setPen(QColor("#9fb0c4"))
            painter.drawText(picture, Qt.AlignmentFlag.AlignCenter, self.state_text() + "…")

    def _paint_lost_band(self, painter: QPainter, picture: QRect) -> None:
        big = QFont(painter.font())
        big.setPixelSize(max(16, min(36, picture.height() // 7)))
        height = int(big.pixelSize() * 2.6)
        band = QRect(0, picture.center().y() - height // 2, self.width(), height)
        painter.fillRect(band, QColor(180, 20, 20, 215))
        painter.setPen(Qt.GlobalColor.white)
        painter.setFont(big)
        upper = band.adjusted(0, 0, 0, -height // 3)
        painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, self.tr("Signal lost"))
        small = QFont(big)
        small.setPixelSize(max(11, big.pixelSize() // 2))
        small.setBold(False)
        painter.setFont(small)
        if self.slot.retry_in > 0:
            text = self.tr("Reconnecting in %1 s").replace("%1", str(self.slot.retry_in))
        else:
            text = self.tr("Reconnecting…")
        lower = band.adjusted(0, height * 2 // 3 - 4, 0, 0)
        painter.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    # -- input ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit(self.index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.double_clicked.emit(self.index)
        event.accept()

    def _on_slot_changed(self) -> None:
        camera = self.slot.camera
        tip = f"{camera.name} · {self.state_text()}" if camera is not None else ""
        if camera is not None and self.slot.detail:
            tip += f"\n{self.slot.detail}"  # why the stream was lost, as the player said
        self.setToolTip(tip)
        self.update()
