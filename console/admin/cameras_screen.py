"""The camera registry for administrators: list, add, change, move, set status, delete, test.

Every call runs in the background (reads in parallel, writes in order). What the server
refuses is shown beside the field it names, and the form keeps what was typed. The list
follows `camera.changed` in the feed, so another administrator's change shows here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.admin.camera_form import CameraForm, status_label
from console.admin.camera_replies import CameraReplies
from console.admin.camera_table import CameraTable
from console.admin.notice import STYLE, Notice
from console.admin.stream_preview import StreamPreview
from console.api import ApiError
from console.api.camera_admin import STATUSES, CameraAdminApi
from console.controllers.context import PaneContext
from console.video.camera import Camera
from widgets.plain_text import plain_box


class CamerasScreen(QWidget):
    """The administrator's camera registry, with a stream test before saving."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("camerasScreen")
        self.setWindowTitle(self.tr("Cameras — Administration"))
        self.setStyleSheet(STYLE)
        self._ctx = ctx
        self.api = CameraAdminApi(ctx.client)
        self.pending = 0  # writes sent and not answered yet
        self.confirm: QMessageBox | None = None
        self.notice = Notice(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter: code, name, street, URL…"))
        self.search.setClearButtonEnabled(True)
        self.new_button = self._button(self.tr("New camera"), "newCamera")
        self.move_button = self._button(self.tr("Move…"), "moveCamera")
        self.move_button.setToolTip(self.tr("Change the chosen camera's coordinates"))
        self.status_button = self._button(self.tr("Set status"), "setStatus")
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for status in STATUSES:
            action = menu.addAction(status_label(status))
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
        self.status_button.setMenu(menu)
        self.delete_button = self._button(self.tr("Delete…"), "deleteCamera")
        self.reload_button = self._button(self.tr("Reload"), "reloadCameras")
        self.table = CameraTable(self)
        self.form = CameraForm(self)
        self.preview = StreamPreview(ctx.server_url, self)
        self.replies = CameraReplies(self.form, self.notice, self)
        bar = QHBoxLayout()
        for button in (self.new_button, self.move_button, self.status_button):
            bar.addWidget(button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(12)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.reload_button)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(6, 0, 0, 0)
        side.addWidget(self.form)
        side.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._refetch = QTimer(self, singleShot=True, interval=300)
        self._refetch.timeout.connect(self.reload)
        self.new_button.clicked.connect(self.new_camera)
        self.move_button.clicked.connect(self._on_move_clicked)
        self.delete_button.clicked.connect(self.ask_delete)
        self.reload_button.clicked.connect(self.reload)
        self.search.textChanged.connect(self.table.apply_filter)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.form.save_requested.connect(self.save)
        self.form.revert_requested.connect(self._on_form_revert_requested)
        self.form.test_requested.connect(self.test_stream)
        ctx.reference.loaded.connect(self._on_reference_loaded)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        if ctx.reference.data:
            self._on_reference_loaded(ctx.reference.data)
        self.resize(1320, 760)
        self.reload()

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        return button

    # -- public -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the registry again (in the background)."""
        self._ctx.runner.run(
            self.api.cameras,
            self._on_cameras_loaded,
            on_error=lambda exc: self._say_failure(self.tr("Cameras not loaded: %1"), exc),
            what=self.tr("Loading cameras"),
        )

    def new_camera(self) -> None:
        """An empty form for a camera to add."""
        if self._keep_edits():
            return
        self.table.clearSelection()
        self.form.set_camera(None)
        self.form.code.setFocus()

    def save(self) -> None:
        """Send the form: a new camera, or the fields changed of the one chosen."""
        camera_id = self.form.camera_id
        changes = self.form.changes()
        if camera_id is not None and not changes:
            self.notice.say(self.tr("Nothing changed."), "info")
            return
        self.form.save_button.setEnabled(False)
        if camera_id is None:
            self._write(lambda: self.api.create(changes), self._on_saved)
        else:
            self._write(lambda: self.api.update(camera_id, changes), self._on_saved)

    def set_status(self, status: str) -> None:
        """Put the chosen camera online, offline or in maintenance (at once)."""
        camera = self.table.current()
        if camera is None:
            self.notice.say(self.tr("Choose a camera in the list first."), "warning")
            return
        camera_id = int(camera["id"])
        self._write(lambda: self.api.update(camera_id, {"status": status}), self._on_status_set)

    def ask_delete(self) -> None:
        """Ask before removing the chosen camera from the registry."""
        camera = self.table.current()
        if camera is None:
            self.notice.say(self.tr("Choose a camera in the list first."), "warning")
            return
        text = self.tr("Remove camera %1 (%2) from the registry? Consoles stop showing it.")
        text = text.replace("%1", str(camera["code"])).replace("%2", str(camera["name"]))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete camera"), text, parent=self)
        plain_box(box)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer, c=camera: self._on_confirm_finished(answer, c))
        self.confirm = box
        box.open()

    def test_stream(self) -> None:
        """Play the form's stream URL in the preview."""
        values = self.form.values()
        if not values["stream_url"]:
            self.form.show_errors(
                [{"field": "stream_url", "message": self.tr("Give a stream URL first.")}]
            )
            return
        name = values["name"] or values["code"] or self.tr("Stream test")
        self.preview.test(Camera(values["code"] or "TEST", name, values["stream_url"]))

    def shut_down(self) -> None:
        """Stop the preview for good (the console is closing)."""
        self.preview.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.preview.stop()
        super().closeEvent(event)

    # -- handlers ---------------------------------------------------------------------------

    def _on_cameras_loaded(self, items: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.set_cameras(items)
        self.table.blockSignals(False)
        if self.form.camera_id is not None and self.table.current_id() != self.form.camera_id:
            self.table.blockSignals(True)
            self.table.choose(self.form.camera_id)
            self.table.blockSignals(False)

    def _on_table_selection_changed(self) -> None:
        chosen = self.table.current_id()
        if chosen is None or chosen == self.form.camera_id:
            return
        if self._keep_edits():
            return
        self.form.set_camera(self.table.current())

    def _on_form_revert_requested(self) -> None:
        self.form.set_camera(self.form.camera)
        self.notice.clear_notice()

    def _on_move_clicked(self) -> None:
        if self.form.camera_id is None and self.table.current() is None:
            self.notice.say(self.tr("Choose a camera in the list first."), "warning")
            return
        self.form.focus_coordinates()
        self.notice.say(
            self.tr("Type the new latitude and longitude (or take the street centre), then Save."),
            "info",
        )

    def _on_confirm_finished(self, answer: int, camera: dict[str, Any]) -> None:
        self.confirm = None
        if answer != QMessageBox.StandardButton.Yes.value:
            return
        camera_id = int(camera["id"])
        self._write(lambda: self.api.delete(camera_id), lambda _r: self._on_deleted(camera))

    def _on_saved(self, camera: dict[str, Any]) -> None:
        self.form.save_button.setEnabled(True)
        self.form.set_camera(camera)
        self.notice.say(self.tr("Camera %1 saved.").replace("%1", str(camera["code"])), "ok")
        self.table.cameras[int(camera["id"])] = camera
        self._refetch.start()

    def _on_status_set(self, camera: dict[str, Any]) -> None:
        if self.form.camera_id == camera["id"]:
            dirty = self.form.is_dirty()
            self.form.camera = dict(camera)
            if not dirty:
                self.form.set_camera(camera)
        text = self.tr("Camera %1 is now %2.").replace("%1", str(camera["code"]))
        self.notice.say(text.replace("%2", status_label(str(camera["status"]))), "ok")
        self._refetch.start()

    def _on_deleted(self, camera: dict[str, Any]) -> None:
        if self.form.camera_id == camera["id"]:
            self.form.set_camera(None)
        self.notice.say(self.tr("Camera %1 deleted.").replace("%1", str(camera["code"])), "ok")
        self._refetch.start()

    def _on_write_failed(self, exc: Exception) -> None:
        self.form.save_button.setEnabled(True)
        if self.replies.failed(exc):
            self._refetch.start()

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        changes = [e for e in events if e.get("type") == "camera.changed"]
        if changes:
            self._refetch.start()
        for event in changes:
            self.replies.changed_elsewhere(event)

    def _on_reference_loaded(self, data: dict[str, Any]) -> None:
        self.form.set_streets(list(data.get("streets") or []))

    # -- helpers ----------------------------------------------------------------------------

    def _write(self, fn: Any, on_done: Any) -> None:
        self.pending += 1

        def done(result: Any) -> None:
            self.pending -= 1
            on_done(result)

        def failed(exc: Exception) -> None:
            self.pending -= 1
            self._on_write_failed(exc)

        self.notice.say(self.tr("Sending…"), "info")
        self._ctx.runner.run(
            fn, done, on_error=failed, what=self.tr("Changing the cameras"), write=True
        )

    def _keep_edits(self) -> bool:
        """True (and a warning) when the form holds unsaved edits that a switch would lose."""
        if not self.form.is_dirty():
            return False
        self.table.blockSignals(True)
        if self.form.camera_id is None or not self.table.choose(self.form.camera_id):
            self.table.clearSelection()
        self.table.blockSignals(False)
        code = self.form.values()["code"] or self.tr("the new camera")
        self.notice.say(
            self.tr("Save or revert the changes to %1 first.").replace("%1", code), "warning"
        )
        return True

    def _say_failure(self, template: str, exc: Exception) -> None:
        why = exc.detail if isinstance(exc, ApiError) else str(exc)
        self.notice.say(template.replace("%1", why), "error")
