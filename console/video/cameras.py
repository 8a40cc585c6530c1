"""The camera list: the city relay, the cameras near the selected case, then by street."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from console.video.camera import Camera
from widgets.tree_rows import child_item, top_item

CAMERA_ROLE = Qt.ItemDataRole.UserRole
GROUP_INK = QBrush(QColor("#8fb4e6"))
OFFLINE_INK = QBrush(QColor("#6b7a8c"))
NEAR_INK = QBrush(QColor("#f9c74f"))


def short_name(camera: Camera) -> str:
    """The name without its street (`学田街道 工农路口` → `工农路口`) under a street heading."""
    head, _, place = camera.name.partition(" ")
    if place and camera.street_name and head.startswith(camera.street_name):
        return place
    return camera.name


def distance_text(camera: Camera) -> str:
    """` · 580 m`, ` · 1.7 km`, or nothing when the distance is not known."""
    metres = camera.distance_m
    if metres is None:
        return ""
    return f" · {metres:.0f} m" if metres < 1000 else f" · {metres / 1000:.1f} km"


class CameraTree(QTreeWidget):
    """Cameras grouped by street; double-click or Enter puts one into the chosen slot."""

    camera_activated = Signal(object)  # Camera

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraTree")
        self.setHeaderHidden(True)
        self.setIndentation(14)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cameras: list[Camera] = []
        self.nearest: list[Camera] = []
        self._near_case = ""
        self._near_group: QTreeWidgetItem | None = None
        self.itemActivated.connect(self._on_item_activated)

    # -- public -----------------------------------------------------------------------------

    def set_cameras(self, cameras: list[Camera]) -> None:
        """Show the server's camera list (GET /api/v1/cameras), grouped by street."""
        self.cameras = cameras
        self._rebuild()

    def set_nearest(self, case_ref: str, cameras: list[Camera]) -> None:
        """Offer the cameras nearest to the selected case at the top (empty list: none)."""
        self._near_case = case_ref
        self.nearest = cameras
        self._rebuild()

    def relay(self) -> Camera | None:
        """The city relay, if the server has one."""
        return next((camera for camera in self.cameras if camera.is_relay), None)

    def current_camera(self) -> Camera | None:
        """The camera the officer is on in the list."""
        item = self.currentItem()
        camera = item.data(0, CAMERA_ROLE) if item is not None else None
        return camera if isinstance(camera, Camera) else None

    def find_item(self, code: str) -> QTreeWidgetItem | None:
        """The first row showing this camera."""
        for item in self._camera_items():
            if item.data(0, CAMERA_ROLE).code == code:
                return item
        return None

    # -- building ---------------------------------------------------------------------------

    def _rebuild(self) -> None:
        current = self.current_camera()
        self.clear()
        if self.nearest:
            title = self.tr("Near %1").replace("%1", self._near_case)
            group = self._group(title)
            group.setForeground(0, NEAR_INK)
            for camera in self.nearest:
                self._camera_item(group, camera, short_name(camera) + distance_text(camera))
        relays = [camera for camera in self.cameras if camera.is_relay]
        if relays:
            group = self._group(self.tr("City center relay"))
            for camera in relays:
                self._camera_item(group, camera)
        streets: dict[str, list[Camera]] = {}
        for camera in self.cameras:
            if not camera.is_relay:
                streets.setdefault(camera.street_name or camera.street, []).append(camera)
        for street, cameras in streets.items():
            title = self.tr("%1 street").replace("%1", street) if street else self.tr("Other")
            group = self._group(title)
            for camera in cameras:
                self._camera_item(group, camera, short_name(camera))
        self.expandAll()
        if current is not None and (item := self.find_item(current.code)) is not None:
            self.setCurrentItem(item)

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self, [title])
        font = QFont(self.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setForeground(0, GROUP_INK)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _camera_item(self, group: QTreeWidgetItem, camera: Camera, text: str = "") -> None:
        text = text or camera.name
        if camera.status != "online":
            text += "  (" + self._status_text(camera.status) + ")"
        item = QTreeWidgetItem(group, [text])
        item.setData(0, CAMERA_ROLE, camera)
        item.setToolTip(0, f"{camera.code}  {camera.name}")
        if camera.status != "online":
            item.setForeground(0, OFFLINE_INK)

    def _status_text(self, status: str) -> str:
        if status == "offline":
            return self.tr("offline")
        if status == "maintenance":
            return self.tr("maintenance")
        return status

    def _camera_items(self) -> list[QTreeWidgetItem]:
        items = []
        for g in range(self.topLevelItemCount()):
            group = top_item(self, g)
            items += [child_item(group, i) for i in range(group.childCount())]
        return items

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        camera = item.data(0, CAMERA_ROLE)
        if isinstance(camera, Camera):
            self.camera_activated.emit(camera)
