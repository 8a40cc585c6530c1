"""The everyday 12345 commands in the window (issue #13): correct a case, find a caller by
phone, the 回访 worklist, evidence from disk, the queue to Excel, the 交办单 printed or as PDF.

`install_everyday(window)` adds them to the window's registry (so F1 lists them), to its
menus, and connects them; it also extends the call form (城市交办, 视频发现, 直办). One line
in MainWindow.__init__ installs it all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from console.actions import ActionSpec
from console.contract import Case
from console.controllers.attach_file import AttachFromDisk
from console.controllers.context import PaneContext
from console.models import labels
from console.panes.assignment_sheet import AssignmentSheet
from console.panes.callback_worklist import CallbackWorklist
from console.panes.caller_search import CallerSearchDialog, show_in_queue
from console.panes.correct_dialog import CorrectDialog
from console.panes.detail_pane import CaseDetailPane
from console.panes.queue_export import QueueExport
from console.shell.intake_extras import extend_intake
from console.translatable import QT_TRANSLATE_NOOP

CALL_TAKERS = frozenset({"duty_officer", "supervisor", "trainer"})
EVIDENCE = frozenset({"duty_officer", "supervisor", "trainer", "department"})
FINAL = frozenset({"voided", "merged"})

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "everyday_correct",
        QT_TRANSLATE_NOOP("Actions", "Correct case…"),
        "case",
        "Ctrl+Shift+C",
        roles=CALL_TAKERS,
        separator_before=True,
    ),
    ActionSpec(
        "everyday_attach",
        QT_TRANSLATE_NOOP("Actions", "Attach photo from disk…"),
        "case",
        "Ctrl+Shift+I",
        roles=EVIDENCE,
    ),
    ActionSpec(
        "everyday_print_sheet",
        QT_TRANSLATE_NOOP("Actions", "Print assignment sheet…"),
        "case",
        "Ctrl+P",
    ),
    ActionSpec(
        "everyday_sheet_pdf",
        QT_TRANSLATE_NOOP("Actions", "Save assignment sheet as PDF…"),
        "case",
        "Ctrl+Shift+P",
    ),
    ActionSpec(
        "everyday_find_caller",
        QT_TRANSLATE_NOOP("Actions", "Find caller by phone…"),
        "view",
        "Ctrl+Shift+F",
        roles=CALL_TAKERS,
        separator_before=True,
    ),
    ActionSpec(
        "everyday_callbacks",
        QT_TRANSLATE_NOOP("Actions", "Callbacks (回访)…"),
        "view",
        "Ctrl+Shift+H",
        roles=CALL_TAKERS,
    ),
    ActionSpec(
        "everyday_export",
        QT_TRANSLATE_NOOP("Actions", "Export queue to Excel…"),
        "file",
        "Ctrl+Shift+E",
        separator_before=True,
    ),
)


class Everyday(QObject):
    """Carries out the everyday commands for one window; enables them for the current case."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("everyday")
        self._window = window
        ctx: PaneContext = window.ctx  # type: ignore[attr-defined]
        self._ctx = ctx
        who = ctx.session.display_name
        self.attach = AttachFromDisk(ctx, window)
        self.export = QueueExport(window.queue.view, ctx.runner, who, window)  # type: ignore[attr-defined]
        self.sheet = AssignmentSheet(ctx.client, ctx.runner, who, window)
        self.correct_dialog: CorrectDialog | None = None
        self.caller_search: CallerSearchDialog | None = None
        self.callbacks: CallbackWorklist | None = None
        self.actions: dict[str, QAction] = {}
        self._install()
        self.attach.notice.connect(self._say)
        self.export.written.connect(self._on_export_written)
        self.sheet.saved.connect(self._on_sheet_saved)
        self.sheet.printed.connect(self._on_sheet_printed)
        for failed in (self.export.failed, self.sheet.failed):
            failed.connect(self._on_failed)
        ctx.selection.changed.connect(self._on_selection_changed)
        ctx.model.cases_changed.connect(self._on_model_cases_changed)
        ctx.model.layoutChanged.connect(self._on_model_relaid)  # a load, a filter, a sort
        self._hook_attachment_strip()
        extend_intake(window, ctx)
        self.refresh()

    def _install(self) -> None:
        registry = self._window.registry  # type: ignore[attr-defined]
        bar = self._window.menuBar()
        handlers: dict[str, Callable[[], object]] = {
            "everyday_correct": self.correct,
            "everyday_attach": self.attach_from_disk,
            "everyday_print_sheet": self.print_sheet,
            "everyday_sheet_pdf": self.save_sheet,
            "everyday_find_caller": self.find_caller,
            "everyday_callbacks": self.open_callbacks,
            "everyday_export": self.export.choose,
        }
        for spec in SPECS:
            action = registry.add(spec)
            if action is None:
                continue  # not for this role
            menu = bar.findChild(QMenu, f"menu_{spec.menu}")
            if menu is not None:
                if spec.separator_before:
                    menu.addSeparator()
                menu.addAction(action)
                menu.menuAction().setVisible(True)
            action.triggered.connect(lambda _on=False, run=handlers[spec.id]: run())
            self.actions[spec.id] = action

    # -- enabling -----------------------------------------------------------------------------

    def current(self) -> Case | None:
        """The case the officer is on, as the queue has it."""
        case_id = self._ctx.selection.case_id
        return self._ctx.model.case(case_id) if case_id else None

    def refresh(self) -> None:
        """Enable what fits the current case."""
        case = self.current()
        allowed = set(case.allowed_actions) if case else set()
        session = self._ctx.session
        own = case is not None and (
            session.role != "department" or case.department == session.department
        )
        states = {
            "everyday_correct": "correct" in allowed,
            "everyday_attach": own and case is not None and case.state not in FINAL,
            "everyday_print_sheet": case is not None,
            "everyday_sheet_pdf": case is not None,
        }
        for action_id, enabled in states.items():
            action = self.actions.get(action_id)
            if action is not None:
                action.setEnabled(bool(enabled))

    def _on_selection_changed(self, _case_id: int) -> None:
        self.refresh()

    def _on_model_cases_changed(self, case_ids: frozenset[int]) -> None:
        if self._ctx.selection.case_id in case_ids:
            self.refresh()

    def _on_model_relaid(self) -> None:
        self.refresh()

    # -- commands -----------------------------------------------------------------------------

    def correct(self) -> CorrectDialog | None:
        """Open the correct dialog for the current case."""
        case = self.current()
        if case is None or "correct" not in case.allowed_actions:
            self._say(self.tr("Select an open case to correct."))
            return None
        if self.correct_dialog is not None:
            self.correct_dialog.close()
            self.correct_dialog.deleteLater()
        dialog = self.correct_dialog = CorrectDialog(self._ctx, case, self._window)
        dialog.open()
        return dialog

    def find_caller(self, digits: str = "") -> CallerSearchDialog:
        """Open the caller search with the cursor in its field."""
        if self.caller_search is None:
            self.caller_search = CallerSearchDialog(self._ctx, self._window)
            self.caller_search.case_chosen.connect(self._on_caller_case_chosen)
        self.caller_search.start(digits)
        return self.caller_search

    def open_callbacks(self) -> CallbackWorklist:
        """Open the 回访 worklist."""
        if self.callbacks is None:
            self.callbacks = CallbackWorklist(self._ctx, self._window)
        self.callbacks.start()
        return self.callbacks

    def attach_from_disk(self, paths: list[Path] | None = None) -> None:
        """Attach photos from disk to the current case (asks for them unless given)."""
        case = self.current()
        if case is None:
            self._say(self.tr("Select a case first: the photo is attached to it."))
            return
        if paths is None:
            self.attach.choose(case)
        for path in paths or []:
            self.attach.attach(case, path)

    def print_sheet(self) -> None:
        """Print the 交办单 of the current case."""
        case = self.current()
        if case is not None:
            self.sheet.print_sheet(case)

    def save_sheet(self) -> None:
        """Save the 交办单 of the current case as PDF."""
        case = self.current()
        if case is not None:
            self.sheet.save_pdf(case)

    # -- handlers -----------------------------------------------------------------------------

    def _on_caller_case_chosen(self, case: Case) -> None:
        queue = self._window.queue  # type: ignore[attr-defined]
        show_in_queue(self._ctx, queue.select_case, queue.clear_filters, case)
        queue.view.setFocus()
        text = self.tr("%1 (%2) selected.").replace("%1", case.ref or "")
        self._say(text.replace("%2", labels.state_label(case.state)))

    def _hook_attachment_strip(self) -> None:
        detail = getattr(self._window, "panes", {}).get("detail")
        if not isinstance(detail, CaseDetailPane):  # a role without the detail pane
            return
        strip = detail.attachments
        if "everyday_attach" in self.actions:
            strip.enable_adding(True)
            strip.add_requested.connect(lambda: self.attach_from_disk())
            strip.files_dropped.connect(self._on_strip_files_dropped)

    def _on_strip_files_dropped(self, paths: list[str]) -> None:
        self.attach_from_disk([Path(p) for p in paths])

    def _on_export_written(self, path: str) -> None:
        self._say(self.tr("Queue exported to %1").replace("%1", path))

    def _on_sheet_saved(self, path: str) -> None:
        self._say(self.tr("Assignment sheet saved: %1").replace("%1", path))

    def _on_sheet_printed(self, ref: str) -> None:
        self._say(self.tr("Assignment sheet of %1 sent to the printer.").replace("%1", ref))

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10_000)

    def _on_failed(self, why: str) -> None:
        banner = getattr(self._window, "error_banner", None)
        if banner is not None:
            banner.show_message(why, "error")
        self._say(why)


def install_everyday(window: QMainWindow) -> None:
    """Add the everyday commands to a MainWindow (once: a second call changes nothing)."""
    if window.findChild(Everyday, "everyday") is None:
        Everyday(window)


def everyday_of(window: QMainWindow) -> Everyday:
    """The window's everyday commands (installed by install_everyday)."""
    found = window.findChild(Everyday, "everyday")
    assert found is not None, "install_everyday(window) was not called"
    return found
