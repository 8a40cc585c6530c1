"""The administrator's users screen: who may sign in, with which role (a field account with
its river segments, grid or team), and their passwords."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.admin.users_errors import explain_user_error, field_errors, is_username_taken
from console.admin.users_form import UserForm
from console.admin.users_list import UsersList
from console.admin.users_password import PasswordDialog
from console.admin.users_ties import TIE_FIELDS, UsersApi
from console.admin.users_widgets import AdminBanner, add_shortcuts, button, hint, tab_chain
from console.controllers.context import PaneContext
from widgets.plain_text import plain_box


class UsersScreen(QWidget):
    """The list of users beside a form: add, edit, disable or re-enable, reset a password."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersScreen")
        self.setWindowTitle(self.tr("Users"))
        self._ctx = ctx
        self.api = UsersApi(ctx.client)
        self.users: list[dict[str, Any]] = []
        self.password_dialog: PasswordDialog | None = None
        self._select_after_load: str | None = None
        self._build()
        self._connect()
        self._on_reference_loaded(ctx.reference.data)
        self.reload()
        self.load_tie_choices()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("userSearch")
        self.search.setPlaceholderText(self.tr("Find a user (Ctrl+L): username, name"))
        self.search.setClearButtonEnabled(True)
        self.new_button = button(self, self.tr("&New user"), "userNew", self.tr("Ctrl+N"))
        self.reload_button = button(self, self.tr("Re&load"), "userReload", self.tr("F5"))
        self.list = UsersList(self)
        self.form = UserForm(self)
        self.save_button = button(self, self.tr("&Save"), "userSave", self.tr("Ctrl+S"))
        self.active_button = button(self, self.tr("&Disable…"), "userActive", self.tr("Ctrl+D"))
        self.reset_button = button(
            self, self.tr("Reset &password…"), "userResetPassword", self.tr("Ctrl+P")
        )
        self.notice = AdminBanner(self)
        self.notice.setObjectName("usersNotice")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.reload_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self.form)
        side_layout.addLayout(buttons)
        text = self.tr(
            "A new user, and one whose password was reset, must choose a password of their "
            "own at the next sign-in. Disabling a user, or changing their role or "
            "department, ends their sessions at once."
        )
        side_layout.addWidget(hint(side, text))
        side_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([880, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        f = self.form
        chain = [self.search, self.list, f.username, f.display_name, f.role, f.department]
        chain += [
            f.segments,
            f.grid.street,
            f.grid.grid,
            f.team,
            f.password,
            self.save_button,
            self.active_button,
            self.reset_button,
        ]
        chain += [self.new_button, self.reload_button]
        tab_chain(chain)
        self._sync_buttons()

    def _connect(self) -> None:
        self.search.textChanged.connect(self.list.filter)
        self.new_button.clicked.connect(self.new_user)
        self.reload_button.clicked.connect(self.reload)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self._ctx.reference.loaded.connect(self._on_reference_loaded)
        for edit in (self.form.username, self.form.display_name, self.form.password):
            edit.returnPressed.connect(self.save)
        add_shortcuts(
            self,
            (
                ("Ctrl+N", self.new_user),
                ("Ctrl+S", self.save),
                ("Ctrl+D", self.toggle_active),
                ("Ctrl+P", self.reset_password),
                ("Ctrl+L", self.search.setFocus),
                ("F5", self.reload),
            ),
        )

    # -- public -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the users again (in the background)."""
        self.reload_button.setEnabled(False)
        self._ctx.runner.run(
            self.api.users,
            self._on_users_loaded,
            on_error=self._on_users_failed,
            what=self.tr("Loading users"),
        )

    def load_tie_choices(self) -> None:
        """Read the river segments and volunteer teams a field account is tied to."""
        self._ctx.runner.run(
            self.api.tie_choices,
            self._on_tie_choices_loaded,
            on_error=self._on_tie_choices_failed,
            what=self.tr("Loading river segments and volunteer teams"),
        )

    def new_user(self) -> None:
        """Empty the form for a new user and put the cursor on the username."""
        self.list.clearSelection()
        self.form.start_new()
        self._sync_buttons()
        self.form.username.setFocus()

    def selected_user(self) -> dict[str, Any] | None:
        """The user shown in the form, if it shows one (not a new user)."""
        return self.form.user

    def row_texts(self, username: str) -> list[str] | None:
        """The list's texts for a user, or None if the list does not show them."""
        return self.list.texts(username)

    def select(self, username: str) -> bool:
        """Show this user in the form; False if the list does not have them."""
        item = self.list.item_of(username)
        if item is None:
            return False
        self.list.setCurrentItem(item)
        return True

    def save(self) -> None:
        """Create the new user, or send what changed of the chosen one."""
        if self.form.check():
            self.form.show_message(self.tr("Not saved: correct the marked fields."))
            self._focus_invalid()
            return
        values, user = self.form.values(), self.form.user
        if user is None:
            names = ("username", "display_name", "role", "department", "password", *TIE_FIELDS)
            body = {k: values[k] for k in names if k in values}
            fn: Callable[[], Any] = partial(self.api.create_user_tied, body)
            what = self.tr("Creating user %1").replace("%1", values["username"])
            done = self.tr("User %1 created: they choose their own password at the first sign-in.")
        else:
            changes = self.form.changes()
            if not changes:
                self.form.show_message(self.tr("Nothing has changed."), "info")
                return
            user_id = int(user["id"])
            fn = partial(self.api.update_user_tied, user_id, **changes)
            what = self.tr("Saving user %1").replace("%1", str(user.get("username")))
            done = self.tr("User %1 saved.")
            if "role" in changes or "department" in changes:
                done = self.tr("User %1 saved: their sessions have ended.")
        self._send(fn, what, values, done)

    def toggle_active(self) -> None:
        """Disable the chosen user (or enable them again), after a confirmation."""
        user = self.form.user
        if user is None:
            return
        name = str(user.get("display_name") or user.get("username"))
        if user.get("active", True):
            question = self.tr(
                "Disable %1? They cannot sign in any more, and the sessions they have open "
                "end at once."
            )
        else:
            question = self.tr("Enable %1 again? They can sign in with their password.")
        if not self._confirm(self.tr("Users"), question.replace("%1", name)):
            return
        user_id, active = int(user["id"]), not user.get("active", True)
        done = self.tr("User %1 enabled.")
        if not active:
            done = self.tr("User %1 disabled: their sessions have ended.")
        self._send(
            partial(self.api.update_user, user_id, active=active),
            self.tr("Saving user %1").replace("%1", str(user.get("username"))),
            user,
            done,
        )

    def reset_password(self) -> None:
        """Open the password reset for the chosen user."""
        user = self.form.user
        if user is None:
            return
        dialog = self.password_dialog = PasswordDialog(self.api, self._ctx.runner, user, self)
        dialog.done_reset.connect(self._on_password_dialog_done_reset)
        dialog.open()

    # -- handlers -----------------------------------------------------------------------------

    def _on_reference_loaded(self, data: dict[str, Any]) -> None:
        departments = list(data.get("departments") or [])
        self.list.departments = {str(d.get("code")): str(d.get("name")) for d in departments}
        self.form.set_departments(departments)
        self.form.set_tie_choices(reference=data)
        self._refill_list()

    def _on_tie_choices_loaded(self, choices: dict[str, list[dict[str, Any]]]) -> None:
        self.form.set_tie_choices(rivers=choices["rivers"], teams=choices["teams"])
        self._refill_list()

    def _on_tie_choices_failed(self, exc: object) -> None:
        text = self.tr("The river segments and volunteer teams could not be loaded: %1")
        self.notice.show_message(text.replace("%1", str(exc)), "error")

    def _refill_list(self) -> None:
        self.list.tie_names = self.form.tie_names()
        if self.users:
            self.list.fill(self.users)
            shown = (self.form.user or {}).get("username")
            if shown:
                self.list.select_quietly(str(shown))

    def _on_list_item_selection_changed(self) -> None:
        username = self.list.selected_username()
        if username:
            user = next((u for u in self.users if u.get("username") == username), None)
            if user is not None:
                self.form.set_user(user)
        self._sync_buttons()

    def _on_users_loaded(self, users: list[dict[str, Any]]) -> None:
        self.reload_button.setEnabled(True)
        self.users = list(users)
        self.list.tie_names = self.form.tie_names()
        self.list.fill(self.users)
        # Keep the form as it is (the administrator may be typing); follow the user it shows.
        wanted = self._select_after_load or (self.form.user or {}).get("username")
        self._select_after_load = None
        if wanted and self.list.select_quietly(str(wanted)):
            self.form.user = next(u for u in self.users if u.get("username") == wanted)
        self._sync_buttons()

    def _on_users_failed(self, exc: object) -> None:
        self.reload_button.setEnabled(True)
        text = self.tr("The users could not be loaded: %1").replace("%1", str(exc))
        self.notice.show_message(text, "error")

    def _on_save_done(self, user: dict[str, Any], done: str) -> None:
        self.save_button.setEnabled(True)
        name = str(user.get("username", ""))
        self.form.set_user(user)
        self.form.show_message(done.replace("%1", name), "info")
        self._select_after_load = name
        self.reload()

    def _on_save_failed(self, exc: object, values: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self._sync_buttons()
        creating = self.form.is_new()
        for field, message in field_errors(exc):
            self.form.mark(field, message)
        if creating and is_username_taken(exc):
            self.form.mark("username")
        self.form.show_message(explain_user_error(exc, values))
        self._focus_invalid()

    def _on_password_dialog_done_reset(self, _user: dict[str, Any]) -> None:
        user = self.form.user or {}
        text = self.tr("Password of %1 reset: they must change it at the next sign-in.")
        self.form.show_message(text.replace("%1", str(user.get("username", ""))), "info")
        self._select_after_load = str(user.get("username", ""))
        self.reload()

    # -- internals ----------------------------------------------------------------------------

    def _send(self, fn: Callable[[], Any], what: str, values: dict[str, Any], done: str) -> None:
        self.save_button.setEnabled(False)
        self.active_button.setEnabled(False)
        self.form.show_message(self.tr("Saving…"), "info")
        self._ctx.runner.run(
            fn,
            lambda user: self._on_save_done(user, done),
            on_error=lambda exc: self._on_save_failed(exc, values),
            what=what,
            write=True,
        )

    def _sync_buttons(self) -> None:
        user = self.form.user
        own = user is not None and user.get("username") == self._ctx.session.username
        self.active_button.setEnabled(user is not None and not own)
        self.reset_button.setEnabled(user is not None)
        if user is not None and not user.get("active", True):
            self.active_button.setText(self.tr("&Enable…"))
        else:
            self.active_button.setText(self.tr("&Disable…"))
        self.save_button.setText(self.tr("&Create user") if user is None else self.tr("&Save"))

    def _focus_invalid(self) -> None:
        widget = self.form.first_invalid()
        if widget is not None:
            widget.setFocus()

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        answer = plain_box(box).exec()
        return answer == QMessageBox.StandardButton.Yes.value
