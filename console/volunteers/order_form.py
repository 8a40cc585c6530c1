"""点单 in the console: a resident's request as the duty officer takes it down on the phone.

The form keeps what was typed until the server took it: a refusal is shown under the fields
and nothing is lost; the same Idempotency-Key is sent again when the officer retries after
a lost answer, so a request is never made twice.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.api.volunteers import new_key
from widgets.plain_text import PlainLabel

PHONE = re.compile(r"^[0-9+\- ]*$")


class OrderForm(QDialog):
    """The 点单 form; `submitted(body, key)` asks the pane to send it (the form stays open
    until the pane calls `finished_ok` or `refused`)."""

    submitted = Signal(dict, str)

    def __init__(
        self,
        categories: list[dict[str, Any]],
        streets: list[dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerOrderForm")
        self.setWindowTitle(self.tr("New volunteer service request"))
        self.key = new_key()
        self._sent: dict[str, Any] | None = None  # the body last sent under self.key
        self.category = QComboBox(self)
        self.category.setObjectName("orderCategory")
        for item in categories:
            if item.get("active", True):
                self.category.addItem(str(item.get("name") or item.get("code")), str(item["code"]))
        self.street = QComboBox(self)
        self.street.setObjectName("orderStreet")
        self.street.addItem(self.tr("(not known)"), "")
        for item in streets:
            self.street.addItem(str(item.get("name") or item.get("code")), str(item.get("code")))
        self.address = QLineEdit(self)
        self.address.setObjectName("orderAddress")
        self.address.setMaxLength(200)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("orderDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What the resident needs, when, who lives there")
        )
        self.resident_name = QLineEdit(self)
        self.resident_name.setObjectName("orderResidentName")
        self.resident_name.setMaxLength(80)
        self.resident_phone = QLineEdit(self)
        self.resident_phone.setObjectName("orderResidentPhone")
        self.resident_phone.setMaxLength(40)
        self.error = PlainLabel(self)
        self.error.setObjectName("orderError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #ef5350;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create request"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Service:"), self.category)
        form.addRow(self.tr("Street:"), self.street)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Resident:"), self.resident_name)
        form.addRow(self.tr("Phone:"), self.resident_phone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        if not self.category.count():
            self.error.setText(self.tr("No service category is active: ask the administrator."))
            self.ok.setEnabled(False)

    def body(self) -> dict[str, Any]:
        """The request as POST /volunteers/requests takes it."""
        body: dict[str, Any] = {
            "channel": "hotline_12345",
            "category": self.category.currentData() or "",
            "address": self.address.text().strip(),
            "description": self.description.toPlainText().strip(),
            "resident_name": self.resident_name.text().strip(),
            "resident_phone": self.resident_phone.text().strip(),
        }
        if self.street.currentData():
            body["street"] = self.street.currentData()
        return body

    def problem(self) -> str:
        """What the officer must still give or correct ('' when the form can go)."""
        body = self.body()
        if not body["category"]:
            return self.tr("Choose the service.")
        if not body["description"]:
            return self.tr("Describe what the resident needs.")
        if len(body["description"]) > 2000:
            return self.tr("The description is longer than 2000 characters.")
        if not PHONE.match(body["resident_phone"]):
            return self.tr("The phone number may hold digits, spaces, + and - only.")
        return ""

    def _on_buttons_accepted(self) -> None:
        wrong = self.problem()
        if wrong:
            self.error.setText(wrong)
            return
        self.error.setText(self.tr("Sending…"))
        self.ok.setEnabled(False)
        body = self.body()
        if self._sent is not None and body != self._sent:
            self.key = new_key()  # a corrected request is another request: another key
        self._sent = body
        self.submitted.emit(body, self.key)

    def refused(self, text: str) -> None:
        """The server said no (or did not answer): say why, keep everything typed."""
        self.error.setText(text)
        self.ok.setEnabled(True)

    def finished_ok(self) -> None:
        """The server took the request."""
        self.accept()
