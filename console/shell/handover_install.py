"""The shift handover (交接班, issue #16) in the window: File → Handover… (Ctrl+Shift+J).

`install_handover(window)` registers the command (so F1 lists it), puts it in the File menu
and builds the desk that runs it: the draft's figures are the server's (GET
/handovers/draft), the unsent outbox items are read from the console's own outbox on the
runner's write worker (the only thread that opens that file), the notes are the officer's;
written and signed off the GUI thread; saved as PDF and printed by handover_print. One line
in MainWindow.__init__ installs it.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from console.actions import ActionSpec
from console.api import ApiError
from console.api import handovers as api
from console.api.handovers import Brief, OutboxEntry
from console.controllers.context import PaneContext
from console.models.problem_text import explain
from console.shell.handover_brief import BriefText
from console.shell.handover_dialog import HandoverDialog
from console.shell.handover_print import BriefPrinter
from console.store.outbox import Outbox, OutboxItem
from console.translatable import QT_TRANSLATE_NOOP

ON_DUTY = frozenset({"duty_officer", "supervisor"})  # write and sign
READERS = ON_DUTY | {"admin"}

SPEC = ActionSpec(
    "handover",
    QT_TRANSLATE_NOOP("Actions", "Handover (交接班)…"),
    "file",
    "Ctrl+Shift+J",
    roles=READERS,
    separator_before=True,
)


def unsent_items(path: Path, owner: str) -> list[OutboxItem]:
    """The officer's actions the server has not applied: pending, or refused and not yet
    acknowledged (on the write worker: the outbox file's one thread)."""
    outbox = Outbox(path)
    try:
        items = outbox.pending() + outbox.problems()
    finally:
        outbox.close()
    return sorted((i for i in items if i.owner in ("", owner)), key=lambda item: item.id)


class HandoverDesk(QObject):
    """Runs the handover for one window: loads, writes, signs, saves and prints briefs."""

    submitted = Signal(object)  # the Brief written
    signed = Signal(object)  # the Brief signed
    saved = Signal(str)  # a PDF's path
    printed = Signal(int)  # the brief's id
    failed = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("handoverDesk")
        self._window = window
        ctx: PaneContext = window.ctx  # type: ignore[attr-defined]
        self._ctx = ctx
        self.me = ctx.session.username
        self.may_write = ctx.session.role in ON_DUTY
        self.text = BriefText(ctx.session.display_name, self)
        self.dialog: HandoverDialog | None = None
        self.action: QAction | None = None
        self._draft: dict[str, Any] | None = None
        self._unsent: list[OutboxItem] | None = None
        self._entries: tuple[OutboxEntry, ...] = ()
        # One brief, one key: a retry of the same brief after a failure reuses it.
        self._key: str | None = None
        self._keyed: tuple[str, tuple[OutboxEntry, ...]] = ("", ())
        self.printer = BriefPrinter(ctx.runner, self.text, self)
        self.printer.saved.connect(self._on_pdf_done)
        self.printer.printed.connect(self.printed)
        self.printer.failed.connect(self._on_output_failed)
        self._install()
        ctx.live.events_applied.connect(self._on_live_events_applied)

    def _install(self) -> None:
        action = self._window.registry.add(SPEC)  # type: ignore[attr-defined]
        if action is None:
            return  # not for this role
        menu = self._window.menuBar().findChild(QMenu, f"menu_{SPEC.menu}")
        if menu is not None:
            quit_action = self._window.registry.get("quit")  # type: ignore[attr-defined]
            menu.insertAction(quit_action, action)
            menu.insertSeparator(quit_action)
        action.triggered.connect(lambda _on=False: self.open_dialog())
        self.action = action

    # -- commands -------------------------------------------------------------------------------

    def open_dialog(self) -> HandoverDialog:
        """Show the dialog and read what it shows afresh."""
        if self.dialog is None:
            dialog = self.dialog = HandoverDialog(
                self.text, may_write=self.may_write, parent=self._window
            )
            dialog.refresh_requested.connect(self._load_draft)
            dialog.submit_requested.connect(self.submit)
            dialog.sign_requested.connect(self.sign)
            dialog.pdf_requested.connect(lambda brief: self.save_pdf(brief))
            dialog.print_requested.connect(self.print_brief)
        dialog = self.dialog
        if dialog.written is not None and dialog.written.signed_at:
            dialog.written = None  # taken over since: the next brief starts afresh
            dialog.notes.clear()
        if dialog.written is None or dialog.written.id is None:
            self._load_draft()
        self._load_latest()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def submit(self, notes: str) -> None:
        """Write the brief: the draft's window, the outbox items shown, these notes."""
        client, entries = self._ctx.client, self._entries
        if self._key is None or self._keyed != (notes, entries):
            self._key, self._keyed = str(uuid.uuid4()), (notes, entries)
        key = self._key
        self._dialog().busy(True)
        self._dialog().say(self.tr("Handing over…"))
        self._ctx.runner.run(
            lambda: api.submit(client, notes=notes, outbox=entries, key=key),
            self._on_submit_done,
            on_error=self._on_write_failed,
            what=self.tr("Writing the handover brief"),
        )

    def sign(self, handover_id: int) -> None:
        """Sign the brief as the incoming officer."""
        client, key = self._ctx.client, str(uuid.uuid4())
        self._dialog().busy(True)
        self._ctx.runner.run(
            lambda: api.sign(client, handover_id, key=key),
            self._on_sign_done,
            on_error=self._on_write_failed,
            what=self.tr("Signing the handover brief"),
        )

    def save_pdf(self, brief: Brief, path: Path | None = None) -> None:
        """Save the brief as an A4 PDF (asks where unless given)."""
        self.printer.save_pdf(brief, path, self._dialog())

    def print_brief(self, brief: Brief) -> None:
        """Print the brief on a printer the officer chooses."""
        self.printer.print_brief(brief, self._dialog())

    # -- reading --------------------------------------------------------------------------------

    def _load_draft(self) -> None:
        if not self.may_write:
            return
        self._draft, self._unsent = None, None
        client, sync = self._ctx.client, self._ctx.sync
        self._ctx.runner.run(
            lambda: api.draft(client),
            self._on_draft_loaded,
            on_error=self._on_read_failed,
            what=self.tr("Reading the shift's figures"),
        )
        path, owner = sync.path, self.me
        self._ctx.runner.run(
            lambda: unsent_items(path, owner),
            self._on_outbox_read,
            on_error=self._on_read_failed,
            what=self.tr("Reading the outbox"),
            write=True,
        )

    def _load_latest(self) -> None:
        client, on_duty = self._ctx.client, self.may_write

        def latest() -> Brief | None:
            found = api.latest(client, status="unsigned") if on_duty else None
            return found or api.latest(client, status="all")

        self._ctx.runner.run(
            latest,
            self._on_latest_loaded,
            on_error=self._on_read_failed,
            what=self.tr("Reading the latest handover brief"),
        )

    # -- back on the GUI thread -----------------------------------------------------------------

    def _on_draft_loaded(self, data: dict[str, Any]) -> None:
        self._draft = data
        self._show_draft()

    def _on_outbox_read(self, items: list[OutboxItem]) -> None:
        self._unsent = items
        self._show_draft()

    def _show_draft(self) -> None:
        if self._draft is None or self._unsent is None or self.dialog is None:
            return
        model = self._ctx.model
        entries = []
        for item in self._unsent:
            case = model.case(item.case_id)
            entries.append(
                OutboxEntry(
                    case_id=item.case_id,
                    case_ref=case.ref if case is not None else None,
                    action=item.action,
                    status=item.status,
                    queued_at=item.created_at,
                    detail=item.detail,
                )
            )
        self._entries = tuple(entries)
        session = self._ctx.session
        brief = Brief.from_draft(
            self._draft,
            author_name=session.display_name,
            author_username=session.username,
            outbox=self._entries,
        )
        self.dialog.show_written(brief)

    def _on_latest_loaded(self, brief: Brief | None) -> None:
        if self.dialog is not None:
            written = self.dialog.written
            if brief is not None and written is not None and written.id == brief.id:
                self.dialog.show_written(brief)  # the officer's own brief, signed meanwhile
            self.dialog.show_to_sign(brief, self.me)
            if brief is not None and not brief.signed_at and brief.author_username != self.me:
                self.dialog.tabs.setCurrentIndex(1)  # the incoming officer's business first

    def _on_submit_done(self, brief: Brief) -> None:
        self._key = None
        dialog = self._dialog()
        dialog.show_written(brief)
        dialog.busy(False)
        text = self.tr("Brief %1 handed over; the incoming officer signs it.")
        dialog.say(text.replace("%1", str(brief.id)))
        self.submitted.emit(brief)
        self._load_latest()

    def _on_sign_done(self, brief: Brief) -> None:
        dialog = self._dialog()
        dialog.busy(False)
        dialog.show_to_sign(brief, self.me)
        dialog.say(self.tr("You signed brief %1: the shift is yours.").replace("%1", str(brief.id)))
        self.signed.emit(brief)

    def _on_pdf_done(self, path: str) -> None:
        if self.dialog is not None:
            self.dialog.say(self.tr("Handover brief saved: %1").replace("%1", path))
        self.saved.emit(path)

    def _on_output_failed(self, why: str) -> None:
        if self.dialog is not None:
            self.dialog.say(why, error=True)
        self.failed.emit(why)

    def _on_write_failed(self, exc: object) -> None:
        dialog = self._dialog()
        dialog.busy(False)
        dialog.show_to_sign(dialog.to_sign, self.me)  # its button back, to try again
        why = self._why(exc)
        dialog.say(why, error=True)
        self.failed.emit(why)
        if isinstance(exc, ApiError) and exc.code == "handover_signed":
            self._load_latest()

    def _on_read_failed(self, exc: object) -> None:
        why = self._why(exc)
        if self.dialog is not None:
            self.dialog.say(why, error=True)
        self.failed.emit(why)

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        news = [e for e in events if str(e.get("type", "")).startswith("handover.")]
        if not news:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self._load_latest()
        for event in news:
            brief = event.get("handover") or {}
            author = brief.get("author") or {}
            if (
                event.get("type") == "handover.created"
                and self.may_write
                and author.get("username") != self.me
            ):
                text = self.tr("%1 handed over the shift: File → Handover… to read and sign.")
                self._window.statusBar().showMessage(text.replace("%1", author.get("name", "")))

    # -- helpers --------------------------------------------------------------------------------

    def _why(self, exc: object) -> str:
        if isinstance(exc, ApiError):
            if exc.code == "own_handover":
                return self.tr("You wrote this brief: the officer taking over the shift signs it.")
            if exc.code == "handover_signed":
                signer = (exc.problem.get("handover") or {}).get("signed_by") or {}
                text = self.tr("This brief was signed already, by %1.")
                return text.replace("%1", str(signer.get("name", "")))
            return explain(exc)
        return str(exc)

    def _dialog(self) -> HandoverDialog:
        return self.dialog if self.dialog is not None else self.open_dialog()


def install_handover(window: QMainWindow) -> None:
    """Add the handover to a MainWindow (once: a second call changes nothing)."""
    if window.findChild(HandoverDesk, "handoverDesk") is None:
        HandoverDesk(window)


def handover_of(window: QMainWindow) -> HandoverDesk:
    """The window's handover desk (installed by install_handover)."""
    found = window.findChild(HandoverDesk, "handoverDesk")
    assert found is not None, "install_handover(window) was not called"
    return found


__all__ = ["SPEC", "HandoverDesk", "handover_of", "install_handover", "unsent_items"]
