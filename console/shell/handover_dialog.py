"""The 交接班 dialog: the outgoing officer's brief with notes, the incoming officer's signature.

Widgets only: it shows what it is given and says what the officer wants through signals; the
desk (handover_install.HandoverDesk) reads and writes on the runner's threads.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.api.handovers import Brief
from console.shell.handover_brief import SCREEN_STYLE, BriefText
from widgets.plain_text import PlainLabel

NOTES_MAX = 5000  # the server's limit


class HandoverDialog(QDialog):
    """Two tabs: hand over (figures, notes, submit) and take over (the brief to sign)."""

    refresh_requested = Signal()
    submit_requested = Signal(str)  # the notes
    sign_requested = Signal(int)  # the brief's id
    pdf_requested = Signal(object)  # the Brief shown
    print_requested = Signal(object)  # the Brief shown

    def __init__(self, text: BriefText, *, may_write: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Shift handover"))
        self.resize(980, 760)
        self._text = text
        self.written: Brief | None = None  # the hand-over tab's brief (a draft until written)
        self.to_sign: Brief | None = None  # the take-over tab's brief
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("handoverTabs")
        self.tabs.addTab(self._hand_over_tab(may_write), self.tr("Hand over"))
        self.tabs.addTab(self._take_over_tab(may_write), self.tr("Take over"))
        self.tabs.setTabEnabled(0, may_write)
        if not may_write:  # an administrator reads the briefs kept
            self.tabs.setCurrentIndex(1)
        self.notice = PlainLabel(self)
        self.notice.setObjectName("handoverNotice")
        self.notice.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.pdf_button.clicked.connect(lambda: self._on_output(self.pdf_requested))
        self.print_button.clicked.connect(lambda: self._on_output(self.print_requested))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        for button in (self.pdf_button, self.print_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.tabs.currentChanged.connect(lambda _i: self._enable())
        self._enable()

    def _hand_over_tab(self, may_write: bool) -> QWidget:
        tab = QWidget(self)
        self.draft_view = QTextBrowser(tab)
        self.draft_view.setObjectName("handoverDraftView")
        self.draft_view.document().setDefaultStyleSheet(SCREEN_STYLE)
        self.notes = QPlainTextEdit(tab)
        self.notes.setObjectName("handoverNotes")
        self.notes.setPlaceholderText(
            self.tr("Notes for the incoming officer: what to watch, what was promised to whom")
        )
        self.notes.setMaximumHeight(110)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        self.refresh_button = QPushButton(self.tr("Re&fresh figures"), tab)
        self.submit_button = QPushButton(self.tr("&Hand over"), tab)
        self.submit_button.setObjectName("handoverSubmit")
        self.submit_button.setToolTip(self.tr("Write the brief (Ctrl+Enter)"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), tab)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._on_submit_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.submit_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.draft_view, 1)
        label = PlainLabel(self.tr("&Notes:"), tab)
        label.setBuddy(self.notes)
        layout.addWidget(label)
        layout.addWidget(self.notes)
        layout.addLayout(row)
        self.submit_button.setEnabled(False)
        return tab

    def _take_over_tab(self, may_write: bool) -> QWidget:
        tab = QWidget(self)
        self.sign_status = PlainLabel(self.tr("Looking for a brief to sign…"), tab)
        self.sign_status.setObjectName("handoverSignStatus")
        self.sign_status.setWordWrap(True)
        self.brief_view = QTextBrowser(tab)
        self.brief_view.setObjectName("handoverBriefView")
        self.brief_view.document().setDefaultStyleSheet(SCREEN_STYLE)
        self.sign_button = QPushButton(self.tr("&Sign as incoming officer"), tab)
        self.sign_button.setObjectName("handoverSign")
        self.sign_button.setVisible(may_write)
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        row = QHBoxLayout()
        row.addWidget(self.sign_status, 1)
        row.addWidget(self.sign_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.brief_view, 1)
        return tab

    # -- shown from outside ---------------------------------------------------------------------

    def show_written(self, brief: Brief) -> None:
        """The hand-over tab's brief: a draft (notes editable) or the one just written."""
        self.written = brief
        keep = self.draft_view.verticalScrollBar().value()
        self.draft_view.setHtml(self._text.html(self._with_notes(brief)))
        self.draft_view.verticalScrollBar().setValue(keep)
        done = brief.id is not None
        self.notes.setReadOnly(done)
        self.refresh_button.setEnabled(not done)
        self._enable()

    def show_to_sign(self, brief: Brief | None, me: str) -> None:
        """The take-over tab's brief: the latest unsigned one (None: there is none)."""
        self.to_sign = brief
        if brief is None:
            self.sign_status.setText(self.tr("No handover brief awaits a signature."))
            self.brief_view.clear()
        else:
            self.brief_view.setHtml(self._text.html(brief))
            if brief.signed_at:
                self.sign_status.setText(self._text.status_line(brief))
            elif brief.author_username == me:
                self.sign_status.setText(
                    self.tr("Your own brief: the officer taking over the shift signs it.")
                )
            else:
                text = self.tr("Brief %1 by %2 awaits your signature.")
                text = text.replace("%1", str(brief.id)).replace("%2", brief.author_name)
                self.sign_status.setText(text)
        self.sign_button.setEnabled(
            brief is not None and not brief.signed_at and brief.author_username != me
        )
        self._enable()

    def say(self, text: str, error: bool = False) -> None:
        """A line beside the buttons (red for a failure)."""
        self.notice.setStyleSheet("color: #c62828;" if error else "")
        self.notice.setText(text)

    def busy(self, on: bool) -> None:
        """While a write is under way, its buttons wait."""
        self.submit_button.setEnabled(not on and self._may_submit())
        if on:
            self.sign_button.setEnabled(False)

    def shown_brief(self) -> Brief | None:
        """The brief of the tab in front (what PDF and Print take)."""
        if self.tabs.currentIndex() == 0:
            return self._with_notes(self.written) if self.written else None
        return self.to_sign

    # -- internals ------------------------------------------------------------------------------

    def _with_notes(self, brief: Brief) -> Brief:
        if brief.id is not None:
            return brief
        return replace(brief, notes=self.notes.toPlainText().strip())

    def _may_submit(self) -> bool:
        return self.written is not None and self.written.id is None

    def _enable(self) -> None:
        self.submit_button.setEnabled(self._may_submit())
        shown = self.shown_brief() is not None
        self.pdf_button.setEnabled(shown)
        self.print_button.setEnabled(shown)

    def _on_notes_text_changed(self) -> None:
        if len(self.notes.toPlainText()) > NOTES_MAX:
            self.say(self.tr("Notes are kept to 5000 characters."), error=True)

    def _on_submit_clicked(self) -> None:
        if self._may_submit():
            self.submit_requested.emit(self.notes.toPlainText().strip()[:NOTES_MAX])

    def _on_sign_clicked(self) -> None:
        if self.to_sign is not None and self.to_sign.id is not None:
            self.sign_requested.emit(self.to_sign.id)

    def _on_output(self, signal: SignalInstance) -> None:
        brief = self.shown_brief()
        if brief is not None:
            signal.emit(brief)
