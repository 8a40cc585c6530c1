"""Evidence from disk: a photo chosen in a file dialog, attached to the selected case.

The file is read and sent on a worker thread; the server checks the content (JPEG or PNG,
whatever the name says), so a renamed program is refused with 415, and the officer is told
so plainly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from console.api import ApiError
from console.api.cases_extra import attach_photo_file
from console.contract import Case, CaseDetail
from console.controllers.context import PaneContext
from console.models import problem_text
from widgets.plain_text import plain_box

CAPTION_MAX = 200


class AttachFromDisk(QObject):
    """Chooses photos on disk and attaches them to a case, saying how each upload ended."""

    attached = Signal(int, object)  # case id, the server's answer (a CaseDetail with `attachments`)
    refused = Signal(int, str)  # case id, why (as told to the officer)
    notice = Signal(str)  # a line for the status bar

    def __init__(self, ctx: PaneContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._folder = ""
        self.message: QMessageBox | None = None  # the last refusal shown
        self.busy = 0  # uploads on their way

    def choose(self, case: Case) -> None:
        """Ask for one or more photos, then attach them to the case."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Attach photos to %1").replace("%1", case.ref or ""),
            self._folder,
            self.tr("Photos (*.jpg *.jpeg *.png);;All files (*)"),
        )
        for path in paths:
            self._folder = str(Path(path).parent)
            self.attach(case, Path(path))

    def attach(self, case: Case, path: Path) -> None:
        """Read the file and send it in the background (the case is told in the results)."""
        case_id, ref, client = case.id, case.ref or "", self._ctx.client
        caption = self.tr("From disk: %1").replace("%1", path.name)[:CAPTION_MAX]
        self.busy += 1
        self.notice.emit(
            self.tr("Attaching “%1” to %2…").replace("%1", path.name).replace("%2", ref)
        )
        self._ctx.runner.run(
            lambda: attach_photo_file(client, case_id, path, caption=caption),
            lambda answer: self._on_upload_done(case_id, ref, path, answer),
            on_error=lambda exc: self._on_upload_failed(case_id, ref, path, exc),
            what=self.tr("Attaching a photo"),
        )

    def _on_upload_done(self, case_id: int, ref: str, path: Path, answer: CaseDetail) -> None:
        self.busy -= 1
        self.notice.emit(
            self.tr("Photo “%1” attached to %2.").replace("%1", path.name).replace("%2", ref)
        )
        self.attached.emit(case_id, answer)

    def _on_upload_failed(self, case_id: int, ref: str, path: Path, exc: object) -> None:
        self.busy -= 1
        why = self.why(path, exc)
        self.refused.emit(case_id, why)
        self.notice.emit(why)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Photo not attached"),
            self.tr("“%1” was not attached to %2.").replace("%1", path.name).replace("%2", ref),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        plain_box(box)
        box.setObjectName("attachRefused")
        box.setInformativeText(why)
        if self.message is not None:
            self.message.deleteLater()
        self.message = box
        box.open()

    def why(self, path: Path, exc: object) -> str:
        """The refusal in the officer's words."""
        if isinstance(exc, ApiError) and exc.status == 415:
            return self.tr(
                "The file is not a JPEG or PNG photo, whatever its name says (the server "
                "checks the content): %1 Only photos can be kept as evidence."
            ).replace("%1", exc.detail)
        if isinstance(exc, ApiError) and exc.status == 413:
            return self.tr("The photo is too large for the server (at most 5 MB): %1").replace(
                "%1", exc.detail
            )
        if isinstance(exc, ApiError):
            return problem_text.explain(exc)
        if isinstance(exc, OSError):
            return (
                self.tr("The file %1 cannot be read: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
        return str(exc)
