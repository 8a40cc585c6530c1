"""The call form's links to the rest of the window: the camera list and the video wall's
frame for a camera sighting, what became of that frame, and the next call after a 直办."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMainWindow, QWidget

from console.api import ApiError
from console.contract import Case, CaseDetail
from console.controllers.context import PaneContext
from console.models import problem_text
from console.panes.call_intake import CallIntakePane
from console.video.pane import VideoPane
from console.video.slot import PLAYING


def wall_frame(video: QWidget) -> tuple[Any, QImage] | None:
    """The camera and current picture of the video wall's chosen slot, if it is playing."""
    if not isinstance(video, VideoPane):
        return None
    grid = video.grid
    slot = grid.slots[grid.selected]
    image = slot.image()
    if slot.camera is None or slot.state != PLAYING or image.isNull():
        return None
    return slot.camera, image


class IntakeExtras(QObject):
    """Connects the call form's channel rows and 直办 to the window."""

    def __init__(self, pane: CallIntakePane, window: QMainWindow, ctx: PaneContext) -> None:
        super().__init__(pane)
        self._pane = pane
        self._window = window
        self._ctx = ctx
        form, work = pane.form, pane.work
        channel = form.channel_fields
        video = getattr(window, "panes", {}).get("video")
        if video is not None:
            channel.frame_source = lambda: wall_frame(video)
            form.update_rows()
        channel.cameras_wanted.connect(self._on_channel_cameras_wanted)
        channel.channel_changed.connect(self._on_channel_changed)
        work.busy_changed.connect(self._on_work_busy_changed)
        work.evidence_attached.connect(self._on_work_evidence_attached)
        work.evidence_failed.connect(self._on_work_evidence_failed)
        # After IntakeFlow's own slot (connected first): a case closed at intake needs no
        # dispatch, the form is ready for the next call.
        pane.case_created.connect(self._on_pane_case_created)

    def _on_channel_changed(self, channel: str) -> None:
        if channel != "video" or self._pane.form.channel_fields.camera_code():
            return
        video = getattr(self._window, "panes", {}).get("video")
        found = wall_frame(video) if video is not None else None
        if found is not None:  # the camera on the wall is the likely one
            self._pane.form.channel_fields.select_camera(found[0].code)

    def _on_work_busy_changed(self, busy: bool) -> None:
        # A case answered at intake is closed: Ctrl+Shift+Enter must not dispatch it.
        if busy and self._pane.form.direct.active():
            self._pane.express = False

    def _on_pane_case_created(self, case: Case) -> None:
        if case.state != "closed":
            return
        text = self.tr(
            "Case %1 answered on the phone and closed at intake (直办). Ready for the next call."
        )
        self._pane.banner.show_message(text.replace("%1", case.ref or ""), "info")
        docks = getattr(self._window, "pane_docks", None)
        if docks is not None and "call_intake" in docks.docks:
            docks.forget_focus("call_intake")
            docks.show_pane("call_intake")
        self._pane.take_focus()

    def _on_work_evidence_attached(self, case: Case, _answer: CaseDetail) -> None:
        text = self.tr("Case %1 created with its frame attached. Ready for the next call.")
        self._pane.banner.show_message(text.replace("%1", case.ref or ""), "info")

    def _on_work_evidence_failed(self, case: Case, exc: object) -> None:
        why = problem_text.explain(exc) if isinstance(exc, ApiError) else str(exc)
        text = self.tr(
            "Case %1 was created, but its frame was not attached: %2 Select the case and "
            "attach it from disk (Ctrl+Shift+I)."
        )
        ref = case.ref or ""
        self._pane.banner.show_message(text.replace("%1", ref).replace("%2", why), "warning")

    def _on_channel_cameras_wanted(self) -> None:
        client = self._ctx.client
        self._ctx.runner.run(
            client.cameras,
            self._pane.form.channel_fields.set_cameras,
            on_error=self._on_cameras_failed,
            what=self.tr("Loading the cameras"),
        )

    def _on_cameras_failed(self, exc: object) -> None:
        why = problem_text.explain(exc) if isinstance(exc, ApiError) else str(exc)
        text = self.tr("The cameras could not be loaded: %1")
        self._pane.banner.show_message(text.replace("%1", why), "warning")


def extend_intake(window: QMainWindow, ctx: PaneContext) -> None:
    """Link the window's call form (if this role has one) to the rest of the window."""
    pane = getattr(window, "panes", {}).get("call_intake")
    if isinstance(pane, CallIntakePane):
        IntakeExtras(pane, window, ctx)
