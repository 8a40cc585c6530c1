"""The 回访 form: how satisfied the caller is with the handling, and what they said."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case, CaseDetail
from console.models import center_time, labels
from widgets.plain_text import PlainLabel

NOTE_MAX = 2000


class CallbackForm(QWidget):
    """Result (satisfied / basically / unsatisfied) and note; unsatisfied needs the reason."""

    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackForm")
        self.case: Case | None = None
        self.about = PlainLabel(self)
        self.about.setObjectName("callbackCase")
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for n, code in enumerate(labels.CALLBACK_RESULTS, start=1):
            button = QRadioButton(f"&{n} {labels.callback_label(code)}", self)
            button.setObjectName(f"callback_{code}")
            self._group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
            button.toggled.connect(lambda _on: self._on_result_toggled())
        row.addStretch(1)
        results = QWidget(self)
        results.setLayout(row)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("callbackNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(84)
        self.error = PlainLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.send_button = QPushButton(self.tr("&Record callback"), self)
        self.send_button.setObjectName("callbackSend")
        self.send_button.setToolTip(self.tr("Ctrl+Enter"))
        self.send_button.clicked.connect(self.submit_requested)
        result_label = PlainLabel(self.tr("Result"), self)
        note_label = PlainLabel(self.tr("&Note"), self)
        note_label.setBuddy(self.note)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(result_label, results)
        form.addRow(note_label, self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.show_case(None)

    def show_case(self, case: Case | None) -> None:
        """The case to call back (None: nothing chosen); the form starts empty."""
        self.case = case
        self._group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)
        self.note.clear()
        self.set_error("")
        can = case is not None and "callback" in case.allowed_actions
        for widget in (*self.buttons.values(), self.note, self.send_button):
            widget.setEnabled(can)
        self._render_about()
        self._on_result_toggled()

    def update_details(self, detail: CaseDetail) -> None:
        """The case read in full (the caller's number unmasked for the officer who calls)."""
        if self.case is not None and detail.id == self.case.id:
            self.case = self.case.replace(reporter_phone=detail.reporter_phone)
            self._render_about()

    def _render_about(self) -> None:
        case = self.case
        if case is None:
            self.about.setText(self.tr("Choose a case in the list."))
            return
        lines = [
            f"{case.ref}  {case.title}",
            self.tr("Caller: %1  %2")
            .replace("%1", case.reporter_name or self.tr("anonymous"))
            .replace("%2", case.reporter_phone or ""),
            self.tr("Handled by %1, closed %2")
            .replace("%1", case.department_name or "—")
            .replace("%2", center_time.when_text(case.closed_at) or "—"),
        ]
        if case.state == "resolved":
            lines.append(self.tr("To verify: verify and close the case first, then call back."))
        self.about.setText("\n".join(lines))

    def result(self) -> str:
        """The result chosen ("" for none)."""
        return next((code for code, b in self.buttons.items() if b.isChecked()), "")

    def set_result(self, code: str) -> None:
        """Choose a result by code."""
        self.buttons[code].setChecked(True)

    def fields(self) -> dict[str, object]:
        """The callback action's fields."""
        return {"result": self.result(), "note": self.note.toPlainText().strip()[:NOTE_MAX]}

    def problem(self) -> str:
        """What is missing before the callback can be recorded ("" when nothing)."""
        if not self.result():
            return self.tr("Choose the result: satisfied, basically satisfied or unsatisfied.")
        if self.result() == "unsatisfied" and not self.note.toPlainText().strip():
            return self.tr("Unsatisfied: write why in the note (it is the reason to reopen).")
        return ""

    def set_error(self, text: str) -> None:
        """Show what is wrong ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def focus_first(self) -> None:
        """The keyboard on the result buttons (the chosen one, else the first)."""
        chosen = self.result() or labels.CALLBACK_RESULTS[0]
        self.buttons[chosen].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_result_toggled(self) -> None:
        unhappy = self.result() == "unsatisfied"
        self.note.setPlaceholderText(
            self.tr("Required: why the caller is unsatisfied")
            if unhappy
            else self.tr("What the caller said (optional)")
        )
        if self.error.isVisible() and not self.problem():
            self.set_error("")
