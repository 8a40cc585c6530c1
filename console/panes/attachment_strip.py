"""A case's photos as thumbnails (field reports, patrol problems, video evidence).

Thumbnails are fetched and decoded on the runner's workers and kept in a small cache, so
flipping between cases does not fetch them again; Enter or a double click opens the photo.
Where the officer may add evidence, the context menu offers a photo from disk and photos
dropped from the file manager are attached (the window carries both out).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiClient, ApiError
from console.models import center_time
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip

THUMB = 112  # shown size of a thumbnail (the server's are at most 240 px a side)
CACHE_SIZE = 300
ID_ROLE = Qt.ItemDataRole.UserRole
IMAGE_TYPES = ("image/jpeg", "image/png")


def decoded(data: bytes) -> QImage:
    """The image in these bytes (QImage is safe off the GUI thread, QPixmap is not)."""
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError("the server sent bytes that are not an image")
    return image


def placeholder(text: str) -> QIcon:
    """A grey tile with a word on it, while the thumbnail loads or when there is none."""
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor("#1d2733"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#8a97a8"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class AttachmentStrip(QListWidget):
    """Thumbnails of the shown case's attachments, newest last, captions under them."""

    add_requested = Signal()  # the officer asked to attach a photo from disk
    files_dropped = Signal(list)  # local file paths dropped on the strip

    def __init__(self, client: ApiClient, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachments")
        self._client = client
        self._runner = runner
        self._cache: OrderedDict[int, QPixmap] = OrderedDict()
        self._asked: set[int] = set()  # thumbnails on their way
        # The ids shown now, read by the workers: a fetch whose case was left is skipped.
        self._wanted: frozenset[int] = frozenset()
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 40))
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(self._open)
        self._adding = False

    def enable_adding(self, on: bool) -> None:
        """Offer "attach a photo from disk" in the context menu and accept dropped files."""
        self._adding = on
        self.setAcceptDrops(on)
        self.viewport().setAcceptDrops(on)
        policy = (
            Qt.ContextMenuPolicy.CustomContextMenu
            if on
            else Qt.ContextMenuPolicy.DefaultContextMenu
        )
        self.setContextMenuPolicy(policy)
        if on:
            self.customContextMenuRequested.connect(self._on_context_menu_requested)

    def show_attachments(self, attachments: list[dict[str, Any]]) -> None:
        """Show these attachments (the case's list, as the server sent it)."""
        self.clear()
        self._wanted = frozenset(int(a["id"]) for a in attachments)
        for attachment in attachments:
            attachment_id = int(attachment["id"])
            item = QListWidgetItem(self._label(attachment))
            item.setData(ID_ROLE, attachment_id)
            item.setToolTip(plain_tip(self._tooltip(attachment)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            cached = self._cache.get(attachment_id)
            if cached is not None:
                self._cache.move_to_end(attachment_id)
                item.setIcon(QIcon(cached))
            elif attachment.get("content_type") in IMAGE_TYPES:
                item.setIcon(placeholder(self.tr("Loading…")))
                self._fetch(attachment_id)
            else:
                item.setIcon(placeholder(self.tr("No preview")))
            self.addItem(item)

    def attachment_ids(self) -> list[int]:
        """The ids shown, in order."""
        return [int(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def has_thumbnail(self, attachment_id: int) -> bool:
        """Whether this attachment's thumbnail has arrived."""
        return attachment_id in self._cache

    # -- adding -----------------------------------------------------------------------------

    def _on_context_menu_requested(self, at: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("attachmentMenu")
        menu.addAction(self.tr("Attach photo from disk…")).triggered.connect(self.add_requested)
        menu.popup(self.viewport().mapToGlobal(at))

    def _local_files(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [url.toLocalFile() for url in urls if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._adding and self._local_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._adding and self._local_files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._local_files(event) if self._adding else []
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            super().dropEvent(event)

    # -- internals --------------------------------------------------------------------------

    def _label(self, attachment: dict[str, Any]) -> str:
        caption = str(attachment.get("caption") or attachment.get("filename") or "")
        return caption if len(caption) <= 18 else caption[:17] + "…"

    def _tooltip(self, attachment: dict[str, Any]) -> str:
        size = f"{int(attachment.get('size') or 0) // 1024} KB"
        lines = [str(attachment.get("caption") or ""), f"{attachment.get('filename', '')} {size}"]
        by, at = attachment.get("created_by") or "", attachment.get("created_at")
        lines.append(f"{by} {center_time.when_text(at, full=True) if at else ''}".strip())
        return "\n".join(line for line in lines if line)

    def _fetch(self, attachment_id: int) -> None:
        if attachment_id in self._asked:
            return
        self._asked.add(attachment_id)
        client = self._client

        def fetch() -> QImage | None:
            if attachment_id not in self._wanted:
                return None  # the officer has moved on: leave the workers to what is shown
            return decoded(client.photo(attachment_id, thumbnail=True))

        self._runner.run(
            fetch,
            lambda image: self._on_thumbnail(attachment_id, image),
            on_error=lambda exc: self._on_thumbnail_failed(attachment_id, exc),
        )

    def _on_thumbnail(self, attachment_id: int, image: QImage | None) -> None:
        self._asked.discard(attachment_id)
        if image is None:
            return  # skipped; fetched again if the case is shown again
        pixmap = QPixmap.fromImage(image)
        self._cache[attachment_id] = pixmap
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        for item in self._items_of(attachment_id):
            item.setIcon(QIcon(pixmap))

    def _on_thumbnail_failed(self, attachment_id: int, exc: object) -> None:
        self._asked.discard(attachment_id)
        missing = isinstance(exc, ApiError) and exc.status == 404
        text = self.tr("No preview") if missing else self.tr("Not loaded")
        for item in self._items_of(attachment_id):
            item.setIcon(placeholder(text))
            if not missing:
                item.setToolTip(item.toolTip() + "\n" + str(exc))

    def _items_of(self, attachment_id: int) -> list[QListWidgetItem]:
        return [
            self.item(row)
            for row in range(self.count())
            if self.item(row).data(ID_ROLE) == attachment_id
        ]

    def _open(self, item: QListWidgetItem) -> None:
        viewer = PhotoViewer(item.text(), item.toolTip(), self)
        viewer.show()
        attachment_id, client = int(item.data(ID_ROLE)), self._client
        # The officer may close the viewer before the photo arrives (it deletes itself).
        self._runner.run(
            lambda: decoded(client.photo(attachment_id)),
            lambda image: viewer.show_image(image) if shiboken6.isValid(viewer) else None,
            on_error=lambda exc: viewer.show_error(exc) if shiboken6.isValid(viewer) else None,
            what=self.tr("Loading the photo"),
        )


class PhotoViewer(QDialog):
    """One photo at full size (scrolled when larger than the screen), its details below."""

    def __init__(self, title: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.image = PlainLabel(self.tr("Loading…"), self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        caption = PlainLabel(details, self)
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(caption)
        self.resize(820, 640)

    def show_image(self, image: QImage) -> None:
        """Show the photo, scaled down to the window when larger."""
        pixmap = QPixmap.fromImage(image)
        limit = QSize(800, 560)
        if pixmap.width() > limit.width() or pixmap.height() > limit.height():
            keep = Qt.AspectRatioMode.KeepAspectRatio
            pixmap = pixmap.scaled(limit, keep, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)

    def show_error(self, exc: object) -> None:
        """Say why the photo could not be shown."""
        self.image.setText(self.tr("The photo could not be loaded: %1").replace("%1", str(exc)))
