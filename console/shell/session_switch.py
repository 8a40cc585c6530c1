"""Switch user and sign out without restarting the console (issue #16, shift handover).

File → Switch user… asks for the incoming officer's name and password (the sign-in dialog);
signed in, the launcher builds a new window for that user's role, with a client of its own,
on the same server (the embedded one keeps running) and the same outbox file. File → Sign
out closes the window and shows the sign-in dialog. Cancel keeps the current user.

The outgoing officer's outbox stays his. Every outbox item carries the username that took
the action (`OutboxItem.owner`); a console replays an item only under its owner's token
(`store/replay.py`), since the server's trail names the actor and idempotency keys are per
user. So actions he took while the server was away are not lost, not refused and never sent
under the incoming officer's name: they wait in the file and are sent under his name the
next time he signs in on this console. The switch is not refused for them (at a shift change
the incoming officer must be able to work even while the server is away), but the officer is
told first how many there are and what happens to them, and may stay signed in to send them.
From the moment he confirms, his outbox is paused (no longer sent from the closing window),
so what the dialog said holds; cancelling resumes it. An action the incoming officer takes on
a case that has one of those items waiting is chained after it and waits too. Signing in
again after an administrator changed the officer's role (console/shell/reauth.py) rebuilds
the window the same way.

`install_session_switch(window)` adds the commands to the window's registry (F1 lists them)
and File menu, and installs signing in again in place (console/shell/reauth.py). One line in
MainWindow.__init__ installs it all; the launcher connects `switched` and
`sign_out_requested`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from console.actions import ActionSpec
from console.api import ApiClient, UserSession
from console.controllers.context import PaneContext
from console.shell.login_dialog import LoginDialog
from console.shell.reauth import install_reauth
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import plain_box

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "session_switch_user",
        QT_TRANSLATE_NOOP("Actions", "Switch user…"),
        "file",
        "Ctrl+Alt+U",
    ),
    ActionSpec("session_sign_out", QT_TRANSLATE_NOOP("Actions", "Sign out"), "file", "Ctrl+Alt+L"),
)


class SessionSwitch(QObject):
    """Switch user and sign out for one window; the launcher rebuilds the window."""

    # The incoming officer signed in (UserSession, ApiClient): build his window, close this.
    switched = Signal(object, object)
    sign_out_requested = Signal()  # close this window, show the sign-in dialog

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sessionSwitch")
        self._window = window
        ctx: PaneContext = window.ctx  # type: ignore[attr-defined]
        self._ctx = ctx
        self.dialog: LoginDialog | None = None
        self.confirm: QMessageBox | None = None
        self.actions: dict[str, QAction] = {}
        self._install()
        # Who is signed in, where a glance at the taskbar finds it too.
        window.setWindowTitle(f"{window.windowTitle()} — {ctx.session.display_name}")
        self._role = (ctx.session.role, ctx.session.department)
        install_reauth(window).renewed.connect(self._on_reauth_renewed)

    def _install(self) -> None:
        registry = self._window.registry  # type: ignore[attr-defined]
        handlers = {"session_switch_user": self.switch_user, "session_sign_out": self.sign_out}
        menu = self._window.menuBar().findChild(QMenu, "menu_file")
        quit_action = registry.get("quit")
        for spec in SPECS:
            action = registry.add(spec)
            if action is None:
                continue
            if menu is not None:  # above Quit, as in most programs
                menu.insertAction(quit_action, action)
            action.triggered.connect(lambda _on=False, run=handlers[spec.id]: run())
            self.actions[spec.id] = action
        if menu is not None and quit_action is not None:
            menu.insertSeparator(quit_action)

    # -- commands -----------------------------------------------------------------------------

    def switch_user(self) -> QMessageBox | LoginDialog:
        """Ask for the incoming officer's credentials (after saying what stays pending)."""
        box = self._confirm_then(self._ask_credentials, switching=True)
        return box if box is not None else self._ask_credentials()

    def sign_out(self) -> QMessageBox | None:
        """Close this window and return to the sign-in dialog (after the same warning)."""
        box = self._confirm_then(self._leave, switching=False)
        if box is None:
            self._leave()
        return box

    def _confirm_then(self, go_on: Callable[[], object], *, switching: bool) -> QMessageBox | None:
        """The warning when this officer has actions not yet sent (None when he has none)."""
        pending = self._ctx.sync.pending_count()  # this officer's, as the outbox said last
        if not pending:
            return None
        me = self._ctx.session.display_name
        text = self.tr(
            "%1 action(s) you took have not reached the server yet. They stay yours: they "
            "wait in this console's outbox and are sent under your name (%2) the next time you "
            "sign in here, never under another officer's. Stay signed in to send them now."
        )
        question = self.tr("Switch user anyway?") if switching else self.tr("Sign out anyway?")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Actions not yet sent"),
            text.replace("%1", str(pending)).replace("%2", me) + "\n\n" + question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        plain_box(box)
        box.setObjectName("switchConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(
            lambda button: go_on() if box.standardButton(button) == yes else None
        )
        box.finished.connect(lambda _result: self._forget_confirm())
        self.confirm = box
        box.open()
        return box

    def _forget_confirm(self) -> None:
        box, self.confirm = self.confirm, None
        if box is not None:
            box.deleteLater()

    def _ask_credentials(self) -> LoginDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        ctx = self._ctx
        ctx.sync.close()  # paused: what is pending stays the outgoing officer's (see above)
        # A client of its own: the closing window's requests keep the outgoing token.
        client = ApiClient(ctx.client.base_url, timeout=ctx.client.timeout)
        reason = self.tr("Signed in: %1. Sign in as the officer taking over.")
        dialog = LoginDialog(
            client,
            ctx.runner,
            reason=reason.replace("%1", ctx.session.display_name),
            parent=self._window,
        )
        dialog.setObjectName("switchUserDialog")
        dialog.setWindowTitle(self.tr("Switch user — Duty Console"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.signed_in.connect(lambda session: self._on_dialog_signed_in(session, client))
        dialog.rejected.connect(lambda: self._on_dialog_rejected(client))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _leave(self) -> None:
        self._ctx.sync.close()
        self.sign_out_requested.emit()

    # -- handlers -----------------------------------------------------------------------------

    def _on_dialog_signed_in(self, session: UserSession, client: ApiClient) -> None:
        self._forget_dialog()
        self.switched.emit(session, client)

    def _on_reauth_renewed(self, session: UserSession) -> None:
        """Signed in again with another role (an administrator changed it, which ended the
        session): the window is rebuilt for it, as for a switch."""
        if (session.role, session.department) != self._role:
            self._ctx.sync.close()
            self.switched.emit(session, self._ctx.client)

    def _on_dialog_rejected(self, client: ApiClient) -> None:
        self._forget_dialog()
        client.close()  # no request was made with it but the failed sign-ins: nothing to wait for
        self._ctx.sync.open()  # the current officer goes on: his outbox is sent again

    def _forget_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()


def install_session_switch(window: QMainWindow) -> SessionSwitch:
    """Add switch user and sign out to a MainWindow (once: a second call changes nothing)."""
    found = window.findChild(SessionSwitch, "sessionSwitch")
    return found if found is not None else SessionSwitch(window)


def session_switch_of(window: QMainWindow) -> SessionSwitch:
    """The window's switch commands (installed by install_session_switch)."""
    found = window.findChild(SessionSwitch, "sessionSwitch")
    assert found is not None, "install_session_switch(window) was not called"
    return found
