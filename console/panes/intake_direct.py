"""直办: a consultation or request for help answered on the phone closes the case at intake.

Offered only for categories of kind consultation or help; once ticked, the answer is
required, the create button says that it closes the case, and a warning line says so too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPlainTextEdit, QWidget

from widgets.plain_text import PlainLabel

ANSWERABLE = frozenset({"consultation", "help"})
ANSWER_MAX = 2000


class DirectAnswer(QObject):
    """The 直办 tick box and the answer given, as rows of the intake form."""

    changed = Signal(bool)  # the case will be (True) or not be closed at intake

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._offered = False
        self.check = QCheckBox(self.tr("Answered on the phone — close at intake (&B)"), form)
        self.check.setObjectName("directAnswer")
        self.check.setToolTip(
            self.tr(
                "Alt+B. For a consultation or a request for help the officer answered: the "
                "case is created closed, with the answer, and is never dispatched."
            )
        )
        self.answer = QPlainTextEdit(form)
        self.answer.setObjectName("answer")
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("The answer given to the caller (required)"))
        self.answer.setFixedHeight(52)
        self.row = QWidget(form)  # the tick box and, once ticked, what it does, on one line
        self.warning = PlainLabel(
            self.tr("The case will be created CLOSED: it is not dispatched."), self.row
        )
        self.warning.setObjectName("directWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        line = QHBoxLayout(self.row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.check)
        line.addWidget(self.warning, 1)
        self.check.toggled.connect(self._on_check_toggled)

    def rows(self) -> list[tuple[str, str, QWidget, QWidget]]:
        """(field, label, widget, buddy) in form order."""
        return [
            ("direct", self.tr("Direct answer"), self.row, self.check),
            ("answered", self.tr("Answer (&Q)"), self.answer, self.answer),
        ]

    def tooltips(self) -> list[tuple[QWidget, str]]:
        """(widget, tooltip) of the 直办 rows (the tick box has its own)."""
        return [(self.answer, self.tr("Alt+Q. Kept as the note of the closing step."))]

    def field_message(self, field: str) -> str:
        """What to say under the answer the server refused ("" for another field)."""
        if field != "answered":
            return ""
        return self.tr(
            "Write the answer given (only consultations and requests for help are answered "
            "at intake)"
        )

    def button_text(self) -> str:
        """The create button while 直办 is ticked: it says that the case is closed."""
        return self.tr("Answe&r and close")

    def offer(self, kind: str) -> None:
        """Offer 直办 for this category kind (consultation, help), else take it away."""
        self._offered = kind in ANSWERABLE
        if not self._offered and self.check.isChecked():
            self.check.setChecked(False)

    def active(self) -> bool:
        """Whether the case is to be closed at intake."""
        return self._offered and self.check.isChecked()

    def shown_rows(self) -> dict[str, bool]:
        """Which rows to show: the tick box when offered, the answer when ticked (and the
        warning beside the tick box)."""
        self.warning.setVisible(self.active())
        return {"direct": self._offered, "answered": self.active()}

    def text(self) -> str:
        """The answer as sent (at most ANSWER_MAX characters)."""
        return self.answer.toPlainText().strip()[:ANSWER_MAX]

    def clear(self) -> None:
        """Nothing ticked, nothing written."""
        self.check.setChecked(False)
        self.answer.clear()

    def _on_check_toggled(self, on: bool) -> None:
        self.changed.emit(on and self._offered)
