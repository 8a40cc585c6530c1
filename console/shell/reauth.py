"""Signing in again in place: a session that ended (401) asks for the password over the window.

The API client hands every 401 to `Reauth.renew` on the worker thread whose request got it
(`ApiClient.renewer`, console/api/client.py). The first such request asks the GUI thread for
one modal dialog over the window, for the same user; every other request that fails
meanwhile (the feed, the outbox replay, a pane's read) waits for that same dialog. Signed in
again, each is sent once more with the fresh token: the window, its queue and its outbox are
the ones the officer had. Cancelled, the requests fail as they would have, and the window
stays as a "signed out — read only" window: the banner says so and offers to sign in again,
the commands that change cases are off, the feed stops; no further dialog opens by itself
(no loop). The sign-in runs on a runner of its own: the window's workers may all be waiting.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QToolButton, QWidget

from console.api import ApiClient, Unauthorized, UserSession
from console.controllers.context import PaneContext
from console.shell.login_dialog import LoginDialog
from console.tasks import TaskRunner
from widgets.banner import Banner

log = logging.getLogger(__name__)

# Panes whose every control changes cases: greyed out while signed out.
WRITING_PANES = ("dispatch", "call_intake")
# Commands that change cases besides the lifecycle ones (which the server's rules mark).
WRITING_COMMANDS = frozenset({"everyday_correct", "everyday_attach"})


@dataclass
class _Wait:
    """The requests waiting for one dialog: released together with its outcome."""

    done: threading.Event = field(default_factory=threading.Event)
    renewed: bool = False


def _emit(signal: Any, error: Unauthorized) -> bool:
    """Hand the error to the GUI thread; False when the window is gone."""
    try:
        signal.emit(error)
    except RuntimeError:
        return False
    return True


class SignedOutBanner(Banner):
    """'Signed out — read only', with the button that signs in again."""

    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, closable=False)
        self.setObjectName("signedOutBanner")
        self.button = QToolButton(self)
        self.button.setObjectName("signInAgain")
        self.button.setText(self.tr("Sign in again…"))
        self.button.clicked.connect(self.sign_in_requested)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(1, self.button, 0, Qt.AlignmentFlag.AlignVCenter)


class Reauth(QObject):
    """One window's re-authentication: at most one dialog, any number of waiting requests."""

    renewed = Signal(object)  # UserSession: signed in again, requests go on
    signed_out = Signal()  # the officer cancelled: the window is read only
    _asked = Signal(object)  # from a worker: Unauthorized; shown on the GUI thread
    _refused = Signal(object)  # from a worker: an Unauthorized no password cures

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reauth")
        self._window = window
        ctx: PaneContext = window.ctx  # type: ignore[attr-defined]
        self._ctx = ctx
        self._client: ApiClient = ctx.client
        self._runner = TaskRunner(self, readers=1)
        self._lock = threading.Lock()
        self._wait: _Wait | None = None
        self._signed_out = False
        self._closed = False
        self.waiting = 0  # requests waiting for the dialog now
        self.asked = 0  # dialogs opened so far
        self.dialog: LoginDialog | None = None
        self._reason = ""  # why the session ended, in the officer's words
        self._writing = QActionGroup(self)
        self._writing.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.banner = SignedOutBanner(window)
        self.banner.sign_in_requested.connect(self.sign_in_again)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(0, self.banner)
        self._asked.connect(self._on_asked, Qt.ConnectionType.QueuedConnection)
        self._refused.connect(self._on_refused, Qt.ConnectionType.QueuedConnection)
        ctx.live.status_changed.connect(self._on_live_status_changed)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)
        self._client.renewer = self.renew

    @property
    def is_signed_out(self) -> bool:
        """Whether the officer cancelled signing in again: the window is read only."""
        return self._signed_out

    # -- on the worker thread of a request that got 401 ---------------------------------------

    def renew(self, stale: UserSession, error: Unauthorized) -> bool:
        """Block until the officer signed in again (True) or gave up (False)."""
        ask = False
        with self._lock:
            current = self._client.user
            if current is not None and current.token != stale.token:
                return True  # signed in again since this request was sent
            if self._signed_out or self._closed:
                return False
            if error.renewable:
                wait, ask = self._wait, self._wait is None
                if wait is None:
                    wait = self._wait = _Wait()
                self.waiting += 1
            else:  # a disabled account: no password helps; say so, ask nothing
                self._signed_out, wait = True, None
        if wait is None:
            _emit(self._refused, error)
            return False
        try:
            if ask and not _emit(self._asked, error):
                self._resolve(False)  # the window is gone
            wait.done.wait()
        finally:
            with self._lock:
                self.waiting -= 1
        return wait.renewed

    def _resolve(self, renewed: bool) -> None:
        with self._lock:
            wait, self._wait = self._wait, None
        if wait is not None:
            wait.renewed = renewed
            wait.done.set()

    # -- GUI thread ---------------------------------------------------------------------------

    def release(self) -> None:
        """The window closes or the console quits: nobody waits for a dialog any more."""
        with self._lock:
            self._closed = True
        self._resolve(False)
        self._runner.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.release()
        return False

    def sign_in_again(self) -> LoginDialog:
        """Open the dialog for the same user (from the banner, or after a 401)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        reason = (
            self.tr("You are signed out; the window is read only. Enter your password to go on.")
            if self._signed_out
            else self.tr(
                "%1 Enter your password to go on: the window, the queue and the actions "
                "waiting to be sent stay as they are."
            ).replace("%1", self._reason)
        )
        user = self._client.user or self._ctx.session
        dialog = LoginDialog(
            self._client,
            self._runner,
            username=user.username,
            fixed_username=True,
            reason=reason,
            parent=self._window,
        )
        dialog.setObjectName("reauthDialog")
        dialog.setWindowTitle(self.tr("Sign in again — Duty Console"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.signed_in.connect(self._on_dialog_signed_in)
        dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog = dialog
        self.asked += 1
        dialog.open()
        dialog.password.setFocus()
        return dialog

    def _on_asked(self, error: Unauthorized) -> None:
        if self._closed or self._wait is None:
            return
        self._reason = self._why(error)
        self.sign_in_again()

    def _why(self, error: Unauthorized) -> str:
        """Why the session ended, by the problem's code."""
        if error.code == "session_expired":
            return self.tr("Your session has expired.")
        if error.code == "session_revoked":
            return self.tr("Your session was ended: your password or your role was changed.")
        if error.code == "account_disabled":
            return self.tr("This account is disabled; ask the administrator.")
        return self.tr("The server no longer accepts your session.")

    def _on_refused(self, error: Unauthorized) -> None:
        if not self._closed:
            self._enter_signed_out(self._why(error))

    def _on_dialog_signed_in(self, session: UserSession) -> None:
        self._forget_dialog()
        was_signed_out = self._signed_out
        with self._lock:
            self._signed_out = False
        self._ctx.session = session  # the same user; the token is the client's
        self._resolve(True)
        self._set_read_only(False)
        if was_signed_out or self._ctx.live.status == "unauthorized":
            self._ctx.live.start()  # the feed had stopped: load again, follow again
        self._ctx.sync.replay_now()
        self.renewed.emit(session)

    def _on_dialog_rejected(self) -> None:
        self._forget_dialog()
        with self._lock:
            self._signed_out = True
        self._resolve(False)
        self._enter_signed_out("")

    def _enter_signed_out(self, why: str) -> None:
        self._set_read_only(True, why)
        live = self._ctx.live
        live.stop()  # nothing more to follow without a session
        # Said now, not at the feed's next poll (up to its long-poll wait away): the status
        # bar, the outbox (offline) and `live.status` follow.
        live._set_status("unauthorized", why)
        self.signed_out.emit()

    def _forget_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_live_status_changed(self, status: str, _detail: str) -> None:
        if status == "unauthorized" and self._signed_out:
            # This banner says it, with the way back; not "restart the console".
            connection = getattr(self._window, "connection_banner", None)
            if isinstance(connection, QWidget):
                connection.hide()

    def _set_read_only(self, read_only: bool, why: str = "") -> None:
        registry: Any = getattr(self._window, "registry", None)
        if registry is not None:
            for action_id in registry.ids():
                spec = registry.spec(action_id)
                if spec.ruled_by or spec.form or action_id in WRITING_COMMANDS:
                    self._writing.addAction(registry[action_id])
        self._writing.setEnabled(not read_only)  # an action of a disabled group stays off
        for pane_id in WRITING_PANES:
            pane = getattr(self._window, "panes", {}).get(pane_id)
            if isinstance(pane, QWidget):
                pane.setEnabled(not read_only)
        if read_only:
            text = self.tr(
                "Signed out — read only. The queue shows the cases as they were and is no "
                "longer updated; nothing is sent. Sign in again to go on."
            )
            self.banner.show_message(f"{why} {text}" if why else text, "error")
        else:
            self.banner.hide()


def install_reauth(window: QMainWindow) -> Reauth:
    """Sign in again in place for this window's requests (once: a second call changes nothing)."""
    found = window.findChild(Reauth, "reauth")
    return found if found is not None else Reauth(window)


def reauth_of(window: QMainWindow) -> Reauth:
    """The window's re-authentication (installed by install_reauth)."""
    found = window.findChild(Reauth, "reauth")
    assert found is not None, "install_reauth(window) was not called"
    return found
