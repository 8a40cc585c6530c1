"""Sign in: username, password, and the server the console will talk to.

The same dialog signs in at start, for a switch of user (console/shell/session_switch.py) and,
with the username fixed and the reason above the fields, again when a session has ended
(console/shell/reauth.py).

At start the launcher tells it what the server is: on demo data it offers the demo users by
role (the duty officer first, so Enter signs in), since a new user cannot guess them; a server
that does not answer is said here, with the way to change the address (Settings…), and the
console never falls back to the demo by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiClient, UserSession
from console.models.labels import role_label
from console.shell.demo_mode import DEMO_PASSWORD, DEMO_USERS, demo_title
from console.tasks import TaskRunner
from widgets.banner import Banner
from widgets.plain_text import PlainLabel

MIN_PASSWORD = 8  # as the server requires


class LoginDialog(QDialog):
    """Signs in through the background runner; `signed_in` carries the session."""

    signed_in = Signal(object)
    login_failed = Signal(str)
    settings_requested = Signal()

    def __init__(
        self,
        client: ApiClient,
        runner: TaskRunner,
        *,
        username: str = "",
        password: str = "",
        fixed_username: bool = False,
        reason: str = "",
        settings: bool = False,
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
        self.server.setWordWrap(True)
        # What the server is: demo data, or one that does not answer (set by the launcher).
        self.server_note = Banner(self, closable=False)
        self.server_note.setObjectName("loginServerNote")
        self.demo_user = QComboBox(self)
        self.demo_user.setObjectName("loginDemoUser")
        self.demo_user.activated.connect(self._on_demo_user_activated)
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
        form.addRow(self.tr("Demo user"), self.demo_user)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat_password)
        self._form = form
        self._show_new_password_rows(False)
        form.setRowVisible(self.demo_user, False)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.settings_button = self.buttons.addButton(
            self.tr("Settings…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.settings_button.setObjectName("loginSettings")
        self.settings_button.setAutoDefault(False)
        self.settings_button.setVisible(settings)
        self.settings_button.clicked.connect(self.settings_requested)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.server_note)  # read first: what this server is
        layout.addWidget(self.reason)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def offer_demo_users(self, *, local: bool = False) -> None:
        """Demo data: say so, and offer the demo users by role (the duty officer chosen).

        `local`: the console's own server, named as such rather than by a loopback address.
        """
        self.setWindowTitle(demo_title(self.windowTitle()))
        if local:
            self.server.setText(
                self.tr("This computer's demo server (%1)").replace("%1", self._client.base_url)
            )
        self.server_note.show_message(
            self.tr(
                "Demo data: this server holds invented cases, for trying the console out and "
                "for training. Choose a demo user (password: %1) and press Enter."
            ).replace("%1", DEMO_PASSWORD),
            "warning",
        )
        if self.demo_user.count() == 0:
            for username, role in DEMO_USERS:
                self.demo_user.addItem(f"{role_label(role)} ({username})", username)
        self._form.setRowVisible(self.demo_user, True)
        self.adjustSize()  # room for the note and the new row: no field squeezed
        typed = self.username.text().strip()
        index = self.demo_user.findData(typed) if typed else 0
        if not typed or index >= 0:
            self.demo_user.setCurrentIndex(max(index, 0))
            self._on_demo_user_activated(self.demo_user.currentIndex())
        self.demo_user.setFocus()

    def show_server_unreachable(self, reason: str) -> None:
        """The server does not answer: say so, and where its address is changed."""
        self.server_note.show_message(
            self.tr(
                "The server at this address does not answer. Check the network, or the "
                "address under Settings…; the console does not switch to demo data by "
                "itself. Details: %1"
            ).replace("%1", reason),
            "error",
        )
        self.adjustSize()

    def show_not_a_server(self, status: int) -> None:
        """Something answers at the address, but not as a cc-server does."""
        self.server_note.show_message(
            self.tr(
                "Something answers at this address, but it is not a command-center server "
                "(HTTP %1). Check the address under Settings… (host and port of cc-server)."
            ).replace("%1", str(status)),
            "error",
        )
        self.adjustSize()

    def show_server_answers(self) -> None:
        """The server answers (again): no note."""
        if self.server_note.property("level") == "error":
            self.server_note.hide()

    def _on_demo_user_activated(self, index: int) -> None:
        username = self.demo_user.itemData(index)
        if username and not self.username.isReadOnly():
            self.username.setText(username)
            self.password.setText(DEMO_PASSWORD)
            self.error.hide()

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
