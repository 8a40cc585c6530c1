"""Where a case logged by hand came from: a 12345 call, a city 交办 (its number and deadline),
or a camera sighting (the camera and a frame as evidence). Rows of the intake form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from console.models import center_time, labels
from console.video import snapshot
from widgets.plain_text import PlainLabel
from widgets.present import present

CHANNELS = ("hotline_12345", "city", "video")
EXTERNAL_REF_MAX = 40
CITY_DAYS = 3  # the deadline offered for a city 交办: three days on, end of the working day
THUMB_W, THUMB_H = 80, 45
FrameSource = Callable[[], tuple[Any, QImage] | None]  # (Camera, frame) of the video wall


@dataclass(frozen=True)
class Evidence:
    """A photo to keep on the case once it is created: a video frame, or a file on disk."""

    caption: str
    filename: str
    image: QImage | None = None  # a frame (caption burned in), encoded as JPEG when sent
    path: Path | None = None  # a file, read and sent as it is (the server checks it)


def now_in_center() -> datetime:
    """The command center's wall clock (tests replace the form's `clock`)."""
    return datetime.now(center_time.CENTER)


class ChannelFields(QObject):
    """The channel choice and the rows that belong to the city and video channels."""

    channel_changed = Signal(str)
    cameras_wanted = Signal()  # the camera list is needed (asked once, by the video channel)

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form
        self.clock: Callable[[], datetime] = now_in_center
        self.frame_source: FrameSource | None = None
        self.evidence: Evidence | None = None
        self._cameras: list[dict[str, Any]] = []
        self._asked = False
        self.channel = QComboBox(form)
        self.channel.setObjectName("channel")
        for code in CHANNELS:
            self.channel.addItem(labels.channel_label(code), code)
        self.external_ref = QLineEdit(form)
        self.external_ref.setObjectName("externalRef")
        self.external_ref.setMaxLength(EXTERNAL_REF_MAX)
        self.external_ref.setPlaceholderText(self.tr("The number on the city's 交办单"))
        self.external_due = QDateTimeEdit(form)
        self.external_due.setObjectName("externalDue")
        self.external_due.setCalendarPopup(True)
        self.external_due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.camera = QComboBox(form)
        self.camera.setObjectName("camera")
        self.camera.setEditable(True)
        self.camera.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = present(self.camera.completer(), "the editable combo's completer")
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        present(self.camera.lineEdit()).setPlaceholderText(
            self.tr("Type part of the camera's name")
        )
        self.frame = QWidget(form)
        self.thumb = PlainLabel(self.frame)
        self.thumb.setObjectName("frameThumb")
        self.thumb.setFixedSize(THUMB_W, THUMB_H)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wall_button = QPushButton(self.tr("Take the wall's frame (&Z)"), self.frame)
        self.wall_button.setObjectName("frameFromWall")
        self.disk_button = QPushButton(self.tr("Photo from disk… (&X)"), self.frame)
        self.disk_button.setObjectName("frameFromDisk")
        row = QHBoxLayout(self.frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumb)
        row.addWidget(self.wall_button)
        row.addWidget(self.disk_button)
        row.addStretch(1)
        for button in (self.wall_button, self.disk_button):
            button.setAutoDefault(False)
        self.wall_button.setToolTip(
            self.tr("The chosen slot of the video wall (F8): its camera and its picture now")
        )
        self.disk_button.setToolTip(self.tr("A JPEG or PNG photo saved on this computer"))
        self.channel.currentIndexChanged.connect(self._on_channel_changed)
        self.wall_button.clicked.connect(self._on_wall_clicked)
        self.disk_button.clicked.connect(self._on_disk_clicked)

    def rows(self) -> list[tuple[str, str, QWidget, QWidget]]:
        """(field, label, widget, buddy) in form order."""
        return [
            ("channel", self.tr("&Where from"), self.channel, self.channel),
            ("external_ref", self.tr("City &job no."), self.external_ref, self.external_ref),
            ("external_due_at", self.tr("Due b&y"), self.external_due, self.external_due),
            ("camera_code", self.tr("Camera (&K)"), self.camera, self.camera),
            ("frame", self.tr("Frame"), self.frame, self.wall_button),
        ]

    def tooltips(self) -> list[tuple[QWidget, str]]:
        """(widget, tooltip) of the channel rows."""
        return [
            (
                self.channel,
                self.tr("Alt+W. A 12345 call, a case the city assigned, or a camera sighting."),
            ),
            (self.external_ref, self.tr("Alt+J. As printed on the city's sheet.")),
            (self.external_due, self.tr("Alt+Y. The deadline the city set; it must lie ahead.")),
            (self.camera, self.tr("Alt+K. The camera that saw it.")),
        ]

    def field_message(self, field: str) -> str:
        """What to say under a channel field the server refused ("" for another field)."""
        return {
            "external_ref": self.tr("At most 40 characters, as on the city's sheet"),
            "external_due_at": self.tr("Give the city's deadline: ahead of now, within a year"),
            "camera_code": self.tr("Choose a camera from the list"),
            "channel": self.tr("Choose where the case came from"),
        }.get(field, "")

    def tab_chain(self) -> list[QWidget]:
        """The widgets in keyboard order (hidden ones are skipped by Qt)."""
        chain: list[QWidget] = [self.channel, self.external_ref, self.external_due, self.camera]
        return [*chain, self.wall_button, self.disk_button]

    # -- what the form reads ------------------------------------------------------------------

    def value(self) -> str:
        """The channel code chosen."""
        return str(self.channel.currentData())

    def fields(self) -> dict[str, Any]:
        """The channel's own fields of the new case."""
        channel = self.value()
        out: dict[str, Any] = {"channel": channel}
        if channel == "city":
            ref = self.external_ref.text().strip()
            if ref:
                out["external_ref"] = ref
            local = cast(datetime, self.external_due.dateTime().toPython())  # stub: object
            due = local.replace(tzinfo=center_time.CENTER)
            out["external_due_at"] = due.isoformat(timespec="minutes")
        elif channel == "video":
            code = self.camera_code()
            if code:
                out["camera_code"] = code
        return out

    def camera_code(self) -> str:
        """The camera chosen (by its listed name, or a code typed), "" for none."""
        index = self.camera.findText(self.camera.currentText())
        if index >= 0:
            return str(self.camera.itemData(index) or "")
        typed = self.camera.currentText().strip()
        return next((str(c["code"]) for c in self._cameras if c["code"] == typed), typed)

    def set_cameras(self, cameras: list[dict[str, Any]]) -> None:
        """The registry's cameras (not relays), by street and name."""
        chosen = self.camera_code()
        self._cameras = [c for c in cameras if c.get("kind", "camera") == "camera"]
        self.camera.blockSignals(True)
        self.camera.clear()
        self.camera.addItem("", None)
        for camera in self._cameras:
            self.camera.addItem(f"{camera['name']} ({camera['code']})", camera["code"])
        self.select_camera(chosen)
        self.camera.blockSignals(False)

    def select_camera(self, code: str) -> None:
        """Choose a camera by code (when listed)."""
        index = self.camera.findData(code) if code else -1
        if index >= 0:
            self.camera.setCurrentIndex(index)
        elif code:
            self.camera.setEditText(code)

    def set_channel(self, code: str) -> None:
        """Choose the channel by code."""
        self.channel.setCurrentIndex(max(0, self.channel.findData(code)))

    def clear(self) -> None:
        """Back to a 12345 call with nothing else filled in."""
        self.set_channel("hotline_12345")
        self.external_ref.clear()
        self.camera.setCurrentIndex(0)
        self.camera.setEditText("")
        self.set_evidence(None)
        self._reset_due()

    def set_evidence(self, evidence: Evidence | None, preview: QImage | None = None) -> None:
        """The photo to attach once the case exists (None: none); a frame shows as thumbnail."""
        self.evidence = evidence
        if evidence is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("no frame"))
        elif preview is not None and not preview.isNull():
            pixmap = QPixmap.fromImage(preview).scaled(
                THUMB_W,
                THUMB_H,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.thumb.setPixmap(pixmap)
        else:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(evidence.filename)
        self.thumb.setToolTip(evidence.caption if evidence else "")

    def shown_rows(self) -> dict[str, bool]:
        """Which of the channel rows the channel chosen needs."""
        channel = self.value()
        self.wall_button.setEnabled(self.frame_source is not None)
        city, video = channel == "city", channel == "video"
        return {"external_ref": city, "external_due_at": city, "camera_code": video, "frame": video}

    # -- handlers -----------------------------------------------------------------------------

    def _reset_due(self) -> None:
        due = (self.clock() + timedelta(days=CITY_DAYS)).replace(
            hour=17, minute=30, second=0, microsecond=0
        )
        self.external_due.setDateTime(
            QDateTime(due.year, due.month, due.day, due.hour, due.minute, 0)
        )

    def _on_channel_changed(self, _index: int) -> None:
        channel = self.value()
        if channel == "city":
            self._reset_due()
        if channel == "video" and not self._asked:
            self._asked = True
            self.cameras_wanted.emit()
        self.channel_changed.emit(channel)

    def _on_wall_clicked(self) -> None:
        found = self.frame_source() if self.frame_source is not None else None
        if found is None:
            self.thumb.setText(self.tr("no live picture"))
            return
        camera, image = found
        shot = snapshot.take(image, camera, 0)
        self.select_camera(camera.code)
        evidence = Evidence(shot.caption, shot.filename, image=shot.image)
        self.set_evidence(evidence, shot.image)

    def _on_disk_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._form,
            self.tr("Frame or photo of the sighting"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png);;All files (*)"),
        )
        if path:
            self.set_evidence(self.evidence_from_file(Path(path)))

    def evidence_from_file(self, path: Path) -> Evidence:
        """A file on disk as the sighting's evidence (read when the case is sent)."""
        caption = self.tr("From disk: %1").replace("%1", path.name)
        return Evidence(caption, path.name, path=path)
