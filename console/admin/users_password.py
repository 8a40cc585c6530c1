"""Reset a user's password: typed twice, sent in the background; the user changes it later."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.admin.users_errors import explain_user_error
from console.admin.users_form import MAX_PASSWORD, MIN_PASSWORD
from console.admin.users_widgets import AdminBanner
from console.api.admin import AdminApi
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel


class PasswordDialog(QDialog):
    """Two password fields and Reset; stays open, with what was typed, until the reset is done."""

    done_reset = Signal(dict)  # the user as the server answered (or {} when it sent nothing)

    def __init__(
        self, api: AdminApi, runner: TaskRunner, user: dict[str, Any], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self._api = api
        self._runner = runner
        self.user = user
        name = str(user.get("display_name") or user.get("username"))
        self.setWindowTitle(self.tr("Reset password — %1").replace("%1", name))
        intro = PlainLabel(
            self.tr(
                "%1 must change this password at the next sign-in. Every session they have "
                "open ends at once."
            ).replace("%1", name),
            self,
        )
        intro.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("resetPassword")
        self.again = QLineEdit(self)
        self.again.setObjectName("resetPasswordAgain")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(MAX_PASSWORD)
        self.banner = AdminBanner(self, closable=False)
        self.banner.setObjectName("resetPasswordMessage")
        self.buttons = QDialogButtonBox(self)
        self.reset_button = self.buttons.addButton(
            self.tr("&Reset password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reset_button.setObjectName("resetPasswordSend")
        self.reset_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        first = PlainLabel(self.tr("New &password"), self)
        first.setBuddy(self.password)
        second = PlainLabel(self.tr("&Again"), self)
        second.setBuddy(self.again)
        form.addRow(first, self.password)
        form.addRow(second, self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(440, 200)

    def _on_buttons_accepted(self) -> None:
        password = self.password.text()
        if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
            self.banner.show_message(self.tr("A password is 8–128 characters."))
            self.password.setFocus()
            return
        if password != self.again.text():
            self.banner.show_message(self.tr("The two passwords differ: type the same twice."))
            self.again.setFocus()
            return
        self.reset_button.setEnabled(False)
        self.banner.show_message(self.tr("Resetting…"), "info")
        api, user_id = self._api, int(self.user["id"])
        self._runner.run(
            lambda: api.reset_password(user_id, password),
            self._on_reset_done,
            on_error=self._on_reset_failed,
            what=self.tr("Resetting a password"),
            write=True,
        )

    def _on_reset_done(self, body: object) -> None:
        self.reset_button.setEnabled(True)
        self.done_reset.emit(body if isinstance(body, dict) else {})
        self.accept()

    def _on_reset_failed(self, exc: object) -> None:
        self.reset_button.setEnabled(True)
        self.banner.show_message(explain_user_error(exc, self.user))
        self.password.setFocus()
