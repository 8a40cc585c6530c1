"""Sign in: username, password, and the server the console will talk to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.api import ApiClient, UserSession
from console.tasks import TaskRunner


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — Duty Console"))
        self._client = client
        self._runner = runner
        self.session: UserSession | None = None
        heading = QLabel(self.tr("Chongchuan Governance Command Center"), self)
        heading.setObjectName("loginHeading")
        self.server = QLabel(client.base_url, self)
        self.server.setObjectName("loginServer")
        self.username = QLineEdit(username, self)
        self.username.setObjectName("loginUsername")
        self.password = QLineEdit(password, self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def sign_in(self) -> None:
        """Send the credentials in the background; errors show in the dialog."""
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
        self.signed_in.emit(session)
        self.accept()

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
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(not busy)
