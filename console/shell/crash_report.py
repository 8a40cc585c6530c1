"""An uncaught exception: logged with a report, and shown to the officer in one dialog.

sys.excepthook sees what escapes a slot or an event handler (PySide6 hands those to it) and
threading.excepthook what escapes a thread of ours. Both log the report (versions, time,
traceback) to the console's log; the dialog offers to copy it and to open the log folder.
It never blocks: it is shown without a modal loop and gathers later reports instead of
stacking windows. A wall (`--wall`) shows no dialog at all: nobody stands at it to close one,
so there it logs and goes on.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.versions import versions
from widgets.plain_text import PlainLabel

__all__ = ["CrashDialog", "CrashReporter", "install_crash_reporter", "report_text"]

log = logging.getLogger("cc-console.crash")


def report_text(
    kind: type[BaseException], value: BaseException, trace: TracebackType | None, where: str = ""
) -> str:
    """The report: when, where, the versions, the traceback."""
    try:
        parts = versions()
    except Exception:  # a report must come out even if Qt is what broke
        parts = [("Python", sys.version.split()[0])]
    lines = [f"cc-console error report, {datetime.now().isoformat(timespec='seconds')}"]
    if where:
        lines.append(f"in {where}")
    lines += [f"{name} {version}" for name, version in parts]
    lines.append("")
    lines += traceback.format_exception(kind, value, trace)
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """What went wrong, the report to copy, the log folder to open; never modal."""

    def __init__(self, log_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error — Duty Console"))
        self._log_dir = log_dir
        self.count = 0
        self.message = PlainLabel(
            self.tr(
                "The console met an error it did not expect. It goes on running, but what you "
                "were doing may not have been finished: check it. The report below is in the "
                "log; send it with the log folder to your administrator."
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("crashReport")
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.copy_button.setObjectName("crashCopy")
        self.copy_button.clicked.connect(self.copy_report)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Open log folder"), self)
        self.folder_button.setObjectName("crashOpenFolder")
        self.folder_button.setEnabled(log_dir is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def add_report(self, text: str) -> None:
        """Show one more report (the latest last)."""
        self.count += 1
        if self.count > 1:
            self.report.appendPlainText("\n" + "-" * 60 + "\n")
        self.report.appendPlainText(text)

    def copy_report(self) -> None:
        """Every report shown, to the clipboard."""
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def open_log_folder(self) -> None:
        """The log folder in the desktop's file manager."""
        if self._log_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir)))


class CrashReporter(QObject):
    """The hooks' target: logs every report, shows it on the GUI thread (not on a wall)."""

    reported = Signal(str)

    def __init__(self, log_dir: Path | None, *, wall: bool = False) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.wall = wall
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._on_reported)  # queued from another thread

    def excepthook(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        self._report(report_text(kind, value, trace))

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        where = f"thread {args.thread.name}" if args.thread is not None else "a thread"
        self._report(report_text(args.exc_type, args.exc_value, args.exc_traceback, where))

    def _report(self, text: str) -> None:
        log.error("uncaught exception\n%s", text)
        if not self.wall:
            self.reported.emit(text)

    def _on_reported(self, text: str) -> None:
        if QGuiApplication.instance() is None:
            return
        if self.dialog is None:
            self.dialog = CrashDialog(self.log_dir)
        self.dialog.add_report(text)
        self.dialog.show()
        self.dialog.raise_()


def install_crash_reporter(log_dir: Path | None, *, wall: bool = False) -> CrashReporter:
    """Route uncaught exceptions (main and other threads) to a CrashReporter."""
    reporter = CrashReporter(log_dir, wall=wall)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.threading_excepthook
    return reporter
