"""The video pane (F8): camera list, a wall of 1/4/9 slots, snapshots of a slot as evidence.

Selecting a case offers its nearest cameras at the top of the list ("Show nearest" fills the
wall with them); the city relay can be pinned to a slot, where it stays when the others
change. The layout (size, camera per slot, pinned slot, mute) is saved with the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QToolButton, QVBoxLayout, QWidget

from console.api import ApiError
from console.controllers.context import PaneContext
from console.models import problem_text
from console.store.spool import SnapshotSpool, spool_dir
from console.video import snapshot
from console.video.camera import Camera
from console.video.cameras import CameraTree
from console.video.grid import LAYOUTS, VideoGrid
from console.video.slot import PLAYING
from console.video.wall_state import WallState, load_wall, save_wall
from widgets.plain_text import PlainLabel

log = logging.getLogger(__name__)


class VideoPane(QWidget):
    """The video wall of the duty room, following the selected case."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPane")
        self._ctx = ctx
        self._loaded = False
        self._nearest_fetches = 0
        # Snapshots not yet on the server, kept beside this server's outbox.
        self.spool = SnapshotSpool(spool_dir(ctx.sync.path))
        self._resending = False
        self.pinned: int | None = None  # the slot that keeps the city relay
        self.tree = CameraTree(self)
        self.grid = VideoGrid(ctx.server_url, self)
        self.notice = PlainLabel(self)
        self.notice.setObjectName("videoNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self, singleShot=True, interval=12_000)
        self._notice_timer.timeout.connect(self.notice.hide)
        self.layout_buttons: dict[int, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for size in LAYOUTS:
            button = self._button(self.tr("%1 slots").replace("%1", str(size)), f"layout{size}")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, n=size: self.set_layout(n))
            self.layout_buttons[size] = button
            bar.addWidget(button)
        bar.addSpacing(10)
        self.nearest_button = self._button(self.tr("Show nearest"), "showNearest")
        self.nearest_button.setToolTip(self.tr("Fill the wall with the cameras near the case"))
        self.nearest_button.setEnabled(False)
        self.pin_button = self._button(self.tr("Pin city relay"), "pinRelay")
        self.pin_button.setCheckable(True)
        self.pin_button.setToolTip(self.tr("Keep the city relay in the chosen slot"))
        self.snapshot_button = self._button(self.tr("Snapshot to case"), "snapshot")
        self.snapshot_button.setToolTip(
            self.tr("Attach the chosen slot's picture to the selected case as evidence")
        )
        self.full_button = self._button(self.tr("Full screen"), "fullScreen")
        self.full_button.setToolTip(self.tr("Show the chosen slot full screen (Esc returns)"))
        self.mute_button = self._button(self.tr("Sound off"), "muteVideo")
        self.mute_button.setCheckable(True)
        self.mute_button.setChecked(True)
        for button in (self.nearest_button, self.pin_button, self.snapshot_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.full_button)
        bar.addWidget(self.mute_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("videoSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.grid)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self.tree.camera_activated.connect(self._on_tree_camera_activated)
        self.nearest_button.clicked.connect(self.show_nearest)
        self.pin_button.toggled.connect(self._on_pin_toggled)
        self.snapshot_button.clicked.connect(self.take_snapshot)
        self.full_button.clicked.connect(lambda: self.grid.enter_full_screen(self.grid.selected))
        self.mute_button.toggled.connect(self._on_mute_toggled)
        self.grid.layout_changed.connect(self._on_grid_layout_changed)
        self.grid.full_screen_left.connect(self._on_full_screen_left)
        ctx.selection.changed.connect(self._on_selection_changed)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        ctx.live.status_changed.connect(self._on_live_status_changed)
        self._on_grid_layout_changed(self.grid.layout_size)
        self._on_mute_toggled(True)

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        return button

    # -- public -----------------------------------------------------------------------------

    def set_layout(self, size: int) -> None:
        """1, 4 or 9 slots; a pinned relay outside the new layout moves to its last slot."""
        if self.pinned is not None and self.pinned >= size:
            relay = self.grid.slots[self.pinned].camera
            self.grid.show_camera(self.pinned, None)
            self._set_pinned(size - 1)
            self.grid.show_camera(size - 1, relay)
        self.grid.set_layout(size)

    def show_camera(self, camera: Camera, index: int | None = None) -> int:
        """Put a camera into a slot (the chosen one, never the pinned relay's); returns it."""
        target = self.grid.selected if index is None else index
        if target == self.pinned:
            free = [i for i in range(self.grid.layout_size) if i != self.pinned]
            if not free:
                self._say(
                    self.tr("The only slot holds the pinned relay: unpin it first."), "warning"
                )
                return -1
            target = free[0]
        self.grid.show_camera(target, camera)
        return target

    def show_nearest(self) -> None:
        """Fill the unpinned slots of the wall with the cameras nearest the selected case."""
        free = [i for i in range(self.grid.layout_size) if i != self.pinned]
        working = [c for c in self.tree.nearest if c.status == "online"]  # not in repair
        for index, camera in zip(free, working, strict=False):
            self.grid.show_camera(index, camera)

    def take_snapshot(self) -> None:
        """Attach the chosen slot's current frame to the selected case (in the background)."""
        slot = self.grid.slots[self.grid.selected]
        case_id = self._ctx.selection.case_id
        if not case_id:
            self._say(self.tr("Select a case first: the snapshot is attached to it."), "warning")
            return
        image = slot.image()
        if slot.camera is None or slot.state != PLAYING or image.isNull():
            self._say(self.tr("The chosen slot shows no live picture to keep."), "warning")
            return
        shot = snapshot.take(image, slot.camera, case_id)
        ref = self._case_ref(case_id)
        self._say(self.tr("Attaching the snapshot to %1…").replace("%1", ref), "info")
        snapshot.upload(
            self._ctx.client,
            self._ctx.runner,
            self.spool,
            shot,
            lambda _case: self._say(
                self.tr("Snapshot “%1” attached to %2.")
                .replace("%1", shot.caption)
                .replace("%2", ref),
                "ok",
            ),
            lambda exc: self._on_snapshot_failed(exc, ref),
            self.tr("Attaching a snapshot"),
        )

    def save_settings(self, settings: QSettings) -> None:
        """Keep the wall with the window state: layout, camera per slot, pinned slot, mute."""
        cameras = [slot.camera for slot in self.grid.slots]
        muted = self.mute_button.isChecked()
        save_wall(settings, WallState(self.grid.layout_size, cameras, self.pinned, muted))

    def restore_settings(self, settings: QSettings) -> None:
        """Bring back the wall saved by save_settings (streams start when the pane shows)."""
        wall = load_wall(settings)
        self.grid.set_layout(wall.layout)
        for index, camera in enumerate(wall.cameras):
            self.grid.show_camera(index, camera)
        self._set_pinned(wall.pinned)
        self.mute_button.setChecked(wall.muted)

    # -- events -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.grid.set_playing(True)
        if not self._loaded:
            self._loaded = True
            self._load_cameras()
            if self._ctx.selection.case_id:
                self._on_selection_changed(self._ctx.selection.case_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if self.grid.full_screen is None:
            self.grid.set_playing(False)  # nobody watches: decode nothing

    def _on_full_screen_left(self) -> None:
        # Back from full screen into a pane that was hidden meanwhile: stop decoding.
        self.grid.set_playing(self.isVisible())

    def shut_down(self) -> None:
        """Stop every stream (the window is closing)."""
        self.grid.close_all()

    def _load_cameras(self) -> None:
        self._ctx.runner.run(
            self._ctx.client.cameras,
            self._on_cameras_loaded,
            on_error=self._on_cameras_failed,
            what=self.tr("Loading cameras"),
        )

    # -- handlers ---------------------------------------------------------------------------

    def _on_snapshot_failed(self, exc: Exception, ref: str) -> None:
        if snapshot.will_pass(exc):
            log.info("snapshot kept for later: %s", exc)
            self._say(
                self.tr(
                    "The server cannot take the snapshot now. It is kept on this computer "
                    "and attached to %1 when the connection is back."
                ).replace("%1", ref),
                "warning",
            )
            return
        self._say(self.tr("Snapshot not attached: %1").replace("%1", self._why(exc)), "error")

    def _on_live_status_changed(self, status: str, _detail: str) -> None:
        """Back online: send the snapshots an earlier failure kept (in the background)."""
        if status != "online" or self._resending:
            return
        self._resending = True
        self._ctx.runner.run(
            lambda: snapshot.resend_spooled(self._ctx.client, self.spool),
            self._on_resent,
            on_error=self._on_resend_failed,
            what=self.tr("Sending kept snapshots"),
        )

    def _on_resent(self, outcome: tuple[int, list[str]]) -> None:
        self._resending = False
        sent, refused = outcome
        if refused:
            self._say(
                self.tr("Kept snapshots refused by the server: %1").replace(
                    "%1", "; ".join(refused)
                ),
                "error",
            )
        elif sent:
            self._say(self.tr("Kept snapshots attached: %1.").replace("%1", str(sent)), "ok")

    def _on_resend_failed(self, exc: Exception) -> None:
        self._resending = False
        log.warning("sending kept snapshots failed: %s", exc)

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        """An administrator changed the camera registry: read it again (now if shown)."""
        if not any(event.get("type") == "camera.changed" for event in events):
            return
        if self.isVisible():
            self._loaded = True
            self._load_cameras()
        else:
            self._loaded = False  # read when the pane shows next

    def _on_cameras_loaded(self, items: list[dict[str, Any]]) -> None:
        self.tree.set_cameras([Camera.from_json(item) for item in items])
        self.pin_button.setEnabled(self.tree.relay() is not None)

    def _on_cameras_failed(self, exc: Exception) -> None:
        self._loaded = False  # try again the next time the pane shows
        self._say(self.tr("Cameras not loaded: %1").replace("%1", self._why(exc)), "error")

    def _on_selection_changed(self, case_id: int) -> None:
        self._nearest_fetches += 1
        fetch = self._nearest_fetches
        # Never offer the previous case's cameras for this one, also when the fetch fails.
        self.tree.set_nearest("", [])
        self.nearest_button.setEnabled(False)
        if not case_id:
            return
        if not self._loaded:
            return  # fetched when the pane first shows
        self._ctx.runner.run(
            lambda: self._ctx.client.nearest_cameras(case_id),
            lambda items: self._on_nearest_loaded(case_id, items, fetch),
            on_error=lambda exc: log.info("nearest cameras of %s: %s", case_id, exc),
            what=self.tr("Finding cameras near the case"),
        )

    def _on_nearest_loaded(self, case_id: int, items: list[dict[str, Any]], fetch: int) -> None:
        if fetch != self._nearest_fetches:
            return  # the officer has moved on to another case
        cameras = [Camera.from_json(item) for item in items]
        self.tree.set_nearest(self._case_ref(case_id), cameras)
        self.nearest_button.setEnabled(bool(cameras))

    def _on_tree_camera_activated(self, camera: Camera) -> None:
        if camera.is_relay and self.pin_button.isChecked() and self.pinned is not None:
            self.grid.select(self.pinned)
            return
        self.show_camera(camera)

    def _on_pin_toggled(self, on: bool) -> None:
        if not on:
            self._set_pinned(None)
            return
        relay = self.tree.relay()
        if relay is None:
            self._say(self.tr("The server has no city relay to pin."), "warning")
            self._set_pinned(None)
            return
        index = self.grid.selected
        self.grid.show_camera(index, relay)
        self._set_pinned(index)

    def _on_mute_toggled(self, muted: bool) -> None:
        for slot in self.grid.slots:
            slot.set_muted(muted)
        self.mute_button.setText(self.tr("Sound off") if muted else self.tr("Sound on"))

    def _on_grid_layout_changed(self, size: int) -> None:
        for n, button in self.layout_buttons.items():
            button.setChecked(n == size)

    # -- helpers ----------------------------------------------------------------------------

    def _set_pinned(self, index: int | None) -> None:
        self.pinned = index
        for view in self.grid.views:
            view.set_pinned(view.index == index)
        self.pin_button.blockSignals(True)
        self.pin_button.setChecked(index is not None)
        self.pin_button.blockSignals(False)

    def _case_ref(self, case_id: int) -> str:
        case = self._ctx.model.case(case_id)
        return case.label if case else f"#{case_id}"

    def _why(self, exc: Exception) -> str:
        return problem_text.explain(exc) if isinstance(exc, ApiError) else str(exc)

    def _say(self, text: str, level: str) -> None:
        self.notice.setText(text)
        self.notice.setProperty("level", level)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.show()
        if level in ("ok", "info"):
            self._notice_timer.start()  # good news fades; warnings and errors stay
        else:
            self._notice_timer.stop()
