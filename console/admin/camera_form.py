"""The form of one camera: its fields, what the server said about each, what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.api.camera_admin import FIELDS, KINDS, STATUSES
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel

KIND_LABELS = {
    "camera": QT_TRANSLATE_NOOP("CameraForm", "Camera"),
    "relay": QT_TRANSLATE_NOOP("CameraForm", "City center relay"),
}
STATUS_LABELS = {
    "online": QT_TRANSLATE_NOOP("CameraForm", "Online"),
    "offline": QT_TRANSLATE_NOOP("CameraForm", "Offline"),
    "maintenance": QT_TRANSLATE_NOOP("CameraForm", "Maintenance"),
}
# Nantong's district centre: where a new camera starts before it is placed.
DEFAULT_LAT, DEFAULT_LON = 32.0146, 120.8635


def kind_label(kind: str) -> str:
    """摄像头 / 市中心转播."""
    return QCoreApplication.translate("CameraForm", KIND_LABELS.get(kind, kind))


def status_label(status: str) -> str:
    """在线 / 离线 / 维护中."""
    return QCoreApplication.translate("CameraForm", STATUS_LABELS.get(status, status))


def _coordinate(low: float, high: float, parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(low, high)
    box.setDecimals(6)
    box.setSingleStep(0.0005)
    box.setKeyboardTracking(True)
    return box


class CameraForm(QWidget):
    """Add a camera or change the one chosen; errors stay beside their field until fixed."""

    save_requested = Signal()
    revert_requested = Signal()
    test_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraForm")
        self.camera: dict[str, Any] | None = None  # the camera edited, as the server has it
        self.title = PlainLabel(self)
        self.title.setObjectName("adminTitle")
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("CAM-XT-001")
        self.code.setMaxLength(40)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 学田街道 工农路口"))
        self.name.setMaxLength(80)
        self.street = QComboBox(self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.status = QComboBox(self)
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.lat = _coordinate(-90, 90, self)
        self.lon = _coordinate(-180, 180, self)
        self.centre_button = QPushButton(self.tr("Street centre"), self)
        self.centre_button.setToolTip(self.tr("Put the camera at the centre of its street"))
        self.centre_button.clicked.connect(self._on_centre_clicked)
        self.stream_url = QLineEdit(self)
        self.stream_url.setPlaceholderText("rtsp://10.0.0.8/stream1, https://…/index.m3u8, /path")
        self.stream_url.setMaxLength(500)
        self.test_button = QPushButton(self.tr("Test stream"), self)
        self.test_button.setObjectName("testStream")
        self.test_button.clicked.connect(self.test_requested)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveCamera")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self.revert_requested)
        self.errors: dict[str, QLabel] = {}
        self._streets: dict[str, tuple[float, float]] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, str, QWidget]] = [
            ("code", self.tr("Code"), self.code),
            ("name", self.tr("Name"), self.name),
            ("street", self.tr("Street"), self.street),
            ("kind", self.tr("Kind"), self.kind),
            ("status", self.tr("Status"), self.status),
            ("lat", self.tr("Latitude"), self._with(self.lat)),
            ("lon", self.tr("Longitude"), self._with(self.lon, self.centre_button)),
            ("stream_url", self.tr("Stream URL"), self._with(self.stream_url, self.test_button)),
        ]
        for row, (field, text, widget) in enumerate(rows):
            label = PlainLabel(text, self)
            label.setBuddy(widget)
            error = PlainLabel(self)
            error.setObjectName(f"error_{field}")
            error.setProperty("fieldError", True)
            error.setWordWrap(True)
            error.hide()
            self.errors[field] = error
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(widget, row * 2, 1)
            grid.addWidget(error, row * 2 + 1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.set_camera(None)

    def _with(self, first: QWidget, second: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first, 1)
        if second is not None:
            row.addWidget(second)
        return box

    # -- public -----------------------------------------------------------------------------

    def set_streets(self, streets: list[dict[str, Any]]) -> None:
        """The street choices from the reference data (code, name, centre)."""
        current = self.street.currentData()
        self.street.blockSignals(True)
        self.street.clear()
        for street in streets:
            code = str(street.get("code") or "")
            self.street.addItem(f"{street.get('name') or code} ({code})", code)
            if street.get("lat") is not None and street.get("lon") is not None:
                self._streets[code] = (float(street["lat"]), float(street["lon"]))
        self._choose(self.street, current)
        self.street.blockSignals(False)

    def set_camera(self, camera: dict[str, Any] | None, *, keep_errors: bool = False) -> None:
        """Show a camera to change, or an empty form for a new one (None)."""
        self.camera = dict(camera) if camera is not None else None
        body = camera or {}
        if camera is None:
            self.title.setText(self.tr("New camera"))
        else:
            text = self.tr("Camera %1").replace("%1", str(camera.get("code") or ""))
            self.title.setText(text)
        self.code.setText(str(body.get("code") or ""))
        self.name.setText(str(body.get("name") or ""))
        self._choose(self.street, body.get("street"))
        self._choose(self.kind, body.get("kind") or "camera")
        self._choose(self.status, body.get("status") or "online")
        self.lat.setValue(float(body.get("lat") or DEFAULT_LAT))
        self.lon.setValue(float(body.get("lon") or DEFAULT_LON))
        self.stream_url.setText(str(body.get("stream_url") or ""))
        if not keep_errors:
            self.clear_errors()

    @property
    def camera_id(self) -> int | None:
        """The id of the camera edited; None for a new one."""
        return int(self.camera["id"]) if self.camera and self.camera.get("id") else None

    def values(self) -> dict[str, Any]:
        """Every field as the server takes it."""
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "street": self.street.currentData() or self.street.currentText().strip(),
            "kind": self.kind.currentData(),
            "status": self.status.currentData(),
            "lat": round(self.lat.value(), 6),
            "lon": round(self.lon.value(), 6),
            "stream_url": self.stream_url.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the camera edited (all of them for a new camera)."""
        values = self.values()
        if self.camera is None:
            return values
        old = self.camera
        changed = {}
        for name in FIELDS:
            before = old.get(name)
            if name in ("lat", "lon"):
                if before is None or abs(float(before) - values[name]) > 5e-7:
                    changed[name] = values[name]
            elif values[name] != (before or ""):
                changed[name] = values[name]
        return changed

    def is_dirty(self) -> bool:
        """Whether the form holds edits not saved yet."""
        return (
            bool(self.changes())
            if self.camera is not None
            else any(self.values()[name] for name in ("code", "name", "stream_url"))
        )

    def show_errors(self, errors: list[dict[str, str]]) -> list[dict[str, str]]:
        """Put each error beside its field; returns those that name no field of the form."""
        self.clear_errors()
        rest = []
        for error in errors:
            field = str(error.get("field") or "").rsplit(".", 1)[-1]
            label = self.errors.get(field)
            if label is None:
                rest.append(error)
                continue
            text = str(error.get("message") or "").removeprefix("Value error, ")
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.show()
        return rest

    def error_text(self, field: str) -> str:
        """What is shown beside a field ("" when nothing)."""
        label = self.errors[field]
        return label.text() if label.isVisible() or label.text() else ""

    def clear_errors(self) -> None:
        """Take every field error away."""
        for label in self.errors.values():
            label.clear()
            label.hide()

    def focus_coordinates(self) -> None:
        """Put the cursor in the latitude (to move the camera)."""
        self.lat.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.lat.selectAll()

    # -- helpers ----------------------------------------------------------------------------

    def _on_centre_clicked(self) -> None:
        centre = self._streets.get(str(self.street.currentData() or ""))
        if centre is not None:
            self.lat.setValue(centre[0])
            self.lon.setValue(centre[1])

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        if value is None:
            return
        index = combo.findData(value)
        if index < 0 and isinstance(value, str) and value:
            combo.addItem(value, value)  # e.g. a street the reference data does not list yet
            index = combo.count() - 1
        if index >= 0:
            combo.setCurrentIndex(index)
