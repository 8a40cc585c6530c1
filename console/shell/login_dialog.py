"""Sign in: username, password, and the server the console will talk to.

The same dialog signs in at start, for a switch of user (console/shell/session_switch.py) and,
with the username fixed and the reason above the fields, again when a session has ended
(console/shell/reauth.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiClient, UserSession
from console.tasks import TaskRunner
from widgets.plain_text import PlainLabel

MIN_PASSWORD = 8  # as the server requires


class LoginDialog(QDialog):
    """Signs in through the background runner; `signed_in` carries the session."""

    signed_in = Signal(object)
    login_failed = Signal(str)

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        *,
        username: str = "",
        password: str = "",
        fixed_username: bool = False,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — Duty Console"))
        self._client = client
        self._runner = runner
        self.session: UserSession | None = None
        heading = PlainLabel(self.tr("Chongchuan Governance Command Center"), self)
        heading.setObjectName("loginHeading")
        self.server = PlainLabel(client.base_url, self)
        self.server.setObjectName("loginServer")
        self.username = QLineEdit(username, self)
        self.username.setObjectName("loginUsername")
        self.username.setReadOnly(fixed_username)  # signing in again: the same user only
        self.reason = PlainLabel(reason, self)
        self.reason.setObjectName("loginReason")
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))
        self.password = QLineEdit(password, self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # Shown instead of the sign-in fields when an administrator set the password.
        self.new_password = QLineEdit(self)
        self.new_password.setObjectName("loginNewPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit(self)
        self.repeat_password.setObjectName("loginRepeatPassword")
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.notice = PlainLabel(
            self.tr("Your password was set by an administrator. Choose your own to continue."),
            self,
        )
        self.notice.setObjectName("loginNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = PlainLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat_password)
        self._form = form
        self._show_new_password_rows(False)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def sign_in(self) -> None:
        """Send the credentials in the background; errors show in the dialog."""
        if self.session is not None and self.session.must_change_password:
            self._change_password()
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter your username and password."))
            return
        self._set_busy(True)
        client = self._client
        self._runner.run(
            lambda: client.login(username, password),
            self._on_login_done,
            on_error=self._on_login_failed,
        )

    def _on_login_done(self, session: UserSession) -> None:
        self.session = session
        self._set_busy(False)
        if session.must_change_password:
            self._ask_new_password()
            return
        self.signed_in.emit(session)
        self.accept()

    def _ask_new_password(self) -> None:
        self.error.hide()
        self.notice.show()
        self.username.setEnabled(False)
        self.password.setEnabled(False)
        self._show_new_password_rows(True)
        self.sign_in_button.setText(self.tr("Change password and sign in"))
        self.new_password.setFocus()

    def _change_password(self) -> None:
        new, repeated = self.new_password.text(), self.repeat_password.text()
        if len(new) < MIN_PASSWORD:
            self._show_error(
                self.tr("A password has at least %1 characters.").replace("%1", str(MIN_PASSWORD))
            )
            return
        if new != repeated:
            self._show_error(self.tr("The two new passwords differ."))
            return
        if new == self.password.text():
            self._show_error(self.tr("Choose a password other than the one you were given."))
            return
        old, client = self.password.text(), self._client
        self._set_busy(True)
        self._runner.run(
            lambda: client.change_password(old, new),
            self._on_login_done,
            on_error=self._on_login_failed,
        )

    def _show_new_password_rows(self, shown: bool) -> None:
        for field in (self.new_password, self.repeat_password):
            self._form.setRowVisible(field, shown)

    def _on_login_failed(self, exc: object) -> None:
        self._set_busy(False)
        status = getattr(exc, "status", None)
        if status == 401:
            self._show_error(self.tr("Wrong username or password."))
        else:
            self._show_error(str(exc))
        self.login_failed.emit(self.error.text())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _set_busy(self, busy: bool) -> None:
        changing = self.session is not None and self.session.must_change_password
        for widget in (self.username, self.password):
            widget.setEnabled(not busy and not changing)
        for control in (self.new_password, self.repeat_password, self.sign_in_button):
            control.setEnabled(not busy)
