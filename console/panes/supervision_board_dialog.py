"""The note a board action takes (督办's note, a refusal's reason, an urging remark): one line,
Enter sends, Esc cancels; the send button waits while the server's rules want a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case
from console.panes import dispatch_form as form
from console.panes.supervision_board_model import action_label
from widgets.plain_text import PlainLabel


class BoardNoteDialog(QDialog):
    """Asks for the note of one action on one case, then hands the request fields over."""

    def __init__(
        self,
        case: Case,
        values: form.FormValues,
        on_send: Callable[[dict[str, object]], None],
        *,
        lead: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardNoteDialog")
        self._values = values
        self._on_send = on_send
        self._label = action_label(values.action)
        self.setWindowTitle(f"{self._label} · {case.label}")
        title = PlainLabel(f"{case.label}  {case.title}", self)
        title.setObjectName("boardNoteCase")
        title.setWordWrap(True)
        self.lead = PlainLabel(lead, self)
        self.lead.setWordWrap(True)
        self.lead.setVisible(bool(lead))
        self.note = QLineEdit(self)
        self.note.setObjectName("boardNote")
        self.note.setMinimumWidth(460)
        self.note.setPlaceholderText(form.note_label(values.action))
        self.blocker = PlainLabel(self)
        self.blocker.setObjectName("boardNoteBlocker")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self._label)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.lead)
        layout.addWidget(self.note)
        layout.addWidget(self.blocker)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(lambda _text: self._update())
        self.note.returnPressed.connect(self.send)
        self._update()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def why_not(self) -> str:
        """What is missing before the action can be sent ('' when nothing is)."""
        return form.missing(self._current(), self._label)

    def send(self) -> bool:
        """Hand the fields over and close; False (the dialog stays) while something is missing."""
        if self.why_not():
            self._update()
            return False
        self._on_send(form.fields_of(self._current()))
        self.accept()
        return True

    def _current(self) -> form.FormValues:
        return form.FormValues(
            action=self._values.action,
            note=self.note.text(),
            target=self._values.target,
            extension_minutes=self._values.extension_minutes,
        )

    def _update(self) -> None:
        why = self.why_not()
        self.blocker.setText(why)
        self.blocker.setVisible(bool(why))
        self.send_button.setEnabled(not why)
