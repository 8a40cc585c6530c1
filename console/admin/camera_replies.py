"""What the camera screen says to a refused write or to another administrator's change.

Nothing typed is ever lost: a refusal goes beside the field it names, a camera removed or
changed elsewhere leaves the form as it is and says what Save will do now.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from console.admin.camera_form import CameraForm
from console.admin.notice import Notice
from console.api import ApiError, Forbidden, Invalid, NotFound
from console.api.camera_admin import FIELDS


class CameraReplies(QObject):
    """Turns server refusals and feed changes into field errors and one notice."""

    def __init__(self, form: CameraForm, notice: Notice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.notice = notice

    def failed(self, exc: Exception) -> bool:
        """Show why a write was refused; True when the list should be read again."""
        if isinstance(exc, ApiError) and exc.code == "duplicate_code":
            message = self.tr("This code is taken by another camera: choose another code.")
            self.form.show_errors([{"field": "code", "message": message}])
            self.notice.say(
                self.tr("Not saved: the code is in use. Your entries are kept."), "error"
            )
        elif isinstance(exc, Invalid):
            rest = self.form.show_errors(exc.errors or [{"field": "", "message": str(exc)}])
            text = self.tr("Not saved: fix the marked fields. Your entries are kept.")
            extra = "; ".join(f"{e['field']}: {e['message']}".strip(": ") for e in rest)
            self.notice.say(f"{text} {extra}".strip(), "error")
        elif isinstance(exc, NotFound):
            self._as_new()
            self.notice.say(
                self.tr(
                    "This camera was removed meanwhile. Your entries are kept: Save adds it "
                    "as a new camera."
                ),
                "error",
            )
            return True
        elif isinstance(exc, Forbidden):
            self.notice.say(self.tr("Only administrators may change the cameras."), "error")
        else:
            why = exc.detail if isinstance(exc, ApiError) else str(exc)
            text = self.tr("Not saved: %1 Your entries are kept.").replace("%1", why)
            self.notice.say(text, "error")
        return False

    def changed_elsewhere(self, event: dict[str, Any]) -> None:
        """A `camera.changed` event: the form follows it, unless it holds unsaved edits."""
        camera = event.get("camera") or {}
        if camera.get("id") is None or camera.get("id") != self.form.camera_id:
            return
        old = self.form.camera or {}
        code = str(camera.get("code"))
        if event.get("removed"):
            self._as_new()
            text = self.tr(
                "Camera %1 was removed by another administrator. What the form shows is "
                "kept: Save adds it again."
            )
            self.notice.say(text.replace("%1", code), "warning")
        elif any(old.get(name) != camera.get(name) for name in FIELDS):
            if not self.form.is_dirty():
                self.form.set_camera(camera)
                return
            self.form.camera = dict(camera)
            text = self.tr(
                "Camera %1 was changed by another administrator meanwhile. Your edits are "
                "kept; Save sends only the fields you changed."
            )
            self.notice.say(text.replace("%1", code), "warning")

    def _as_new(self) -> None:
        if self.form.camera is not None:
            self.form.camera = None
            self.form.title.setText(self.tr("New camera"))
