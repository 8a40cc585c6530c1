"""The user form of the users screen: a new user, or the chosen one's name, role, department
and, for a field account, what it is tied to (users_ties.py)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.admin.users_ties import TIE_OF, GridPicker, SegmentsPicker, TeamPicker
from console.admin.users_widgets import AdminBanner
from console.models import labels
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel

ROLES = ("duty_officer", "supervisor", "trainer", "department", "admin")
FIELD_ROLES = tuple(TIE_OF)  # river_chief, grid_member, volunteer_lead
USERNAME = re.compile(r"^[A-Za-z0-9_.-]{2,40}$")
MIN_PASSWORD, MAX_PASSWORD = 8, 128
_INVALID_STYLE = (
    'QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #ff6b6b; }'
    'QLineEdit[readOnly="true"] { color: #9fb0c4; background: #17202c; }'
)
# What each field needs, as the server's rules say it (docs/api-admin.md).
FIELD_RULES = {
    "username": QT_TRANSLATE_NOOP(
        "UserForm", "A username is 2–40 letters, digits, _ . or -, and not in use."
    ),
    "display_name": QT_TRANSLATE_NOOP("UserForm", "Give the name shown to colleagues."),
    "role": QT_TRANSLATE_NOOP("UserForm", "Choose a role."),
    "department": QT_TRANSLATE_NOOP(
        "UserForm", "Choose the department: required for, and only for, department staff."
    ),
    "segments": QT_TRANSLATE_NOOP(
        "UserForm", "Tick the river segments this river chief patrols (one at least)."
    ),
    "grid": QT_TRANSLATE_NOOP(
        "UserForm", "Choose the grid this grid member reports from (its street first)."
    ),
    "team": QT_TRANSLATE_NOOP(
        "UserForm", "Choose the volunteer team this account leads (its lead until now is replaced)."
    ),
    "password": QT_TRANSLATE_NOOP("UserForm", "A password is 8–128 characters."),
}
_FIELD_ROLE_NAMES = {
    "river_chief": QT_TRANSLATE_NOOP("UserForm", "River chief"),
    "grid_member": QT_TRANSLATE_NOOP("UserForm", "Grid member"),
    "volunteer_lead": QT_TRANSLATE_NOOP("UserForm", "Volunteer team lead"),
}


def role_text(role: str | None) -> str:
    """The role as the list and the form show it."""
    if role == "department":
        return QCoreApplication.translate("UserForm", "Department staff")
    if role in _FIELD_ROLE_NAMES:
        return QCoreApplication.translate("UserForm", _FIELD_ROLE_NAMES[role])
    return labels.role_label(role)


class UserForm(QWidget):
    """The fields of one user; nothing typed is cleared except by New or choosing a user."""

    role_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userForm")
        self.user: dict[str, Any] | None = None  # None: a new user
        self.heading = PlainLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.username = QLineEdit(self)
        self.username.setObjectName("userUsername")
        self.username.setMaxLength(40)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("userDisplayName")
        self.display_name.setMaxLength(80)
        self.role = QComboBox(self)
        self.role.setObjectName("userRole")
        for role in (*ROLES, *FIELD_ROLES):
            self.role.addItem(role_text(role), role)
        self.department = QComboBox(self)
        self.department.setObjectName("userDepartment")
        self.segments = SegmentsPicker(self)
        self.grid = GridPicker(self)
        self.team = TeamPicker(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(MAX_PASSWORD)
        self.password.setPlaceholderText(self.tr("The user changes it at the first sign-in"))
        self.banner = AdminBanner(self)
        self.banner.setObjectName("userFormMessage")
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        for name, text, field in (
            ("username", self.tr("&Username"), self.username),
            ("display_name", self.tr("Display na&me"), self.display_name),
            ("role", self.tr("&Role"), self.role),
            ("department", self.tr("Depar&tment"), self.department),
            ("segments", self.tr("Ri&ver segments"), self.segments),
            ("grid", self.tr("&Grid"), self.grid.street),
            ("team", self.tr("Volunteer te&am"), self.team),
            ("password", self.tr("Initial pass&word"), self.password),
        ):
            label = PlainLabel(text, self)
            label.setBuddy(field)
            self._labels[name] = label
            self.form.addRow(label, self.grid if field is self.grid.street else field)
        # On the fields themselves: a style sheet on an ancestor would also restyle the banner.
        for field in (self.username, self.display_name, self.role, self.department, self.password):
            field.setStyleSheet(_INVALID_STYLE)
        self.segments.setStyleSheet('QListWidget[invalid="true"] { border: 2px solid #ff6b6b; }')
        for field in (self.grid.street, self.grid.grid, self.team):
            field.setStyleSheet(_INVALID_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        self.role.currentIndexChanged.connect(self._on_role_current_index_changed)
        for edit in (self.username, self.display_name, self.password):
            edit.textEdited.connect(lambda _t, e=edit: self._set_invalid(e, False))
        self.segments.itemChanged.connect(lambda _i: self._set_invalid(self.segments, False))
        self.grid.grid.activated.connect(lambda _i: self._set_invalid(self.grid.grid, False))
        self.team.activated.connect(lambda _i: self._set_invalid(self.team, False))
        self.start_new()

    # -- departments ------------------------------------------------------------------------

    def set_departments(self, departments: list[dict[str, Any]]) -> None:
        """Fill the department choice from the reference data (those that handle cases)."""
        chosen = self.department.currentData()
        self.department.clear()
        self.department.addItem(self.tr("(none)"), None)
        for department in (d for d in departments if d.get("handles_cases", True)):
            self.department.addItem(str(department.get("name")), department.get("code"))
        self._choose(self.department, chosen)

    def set_tie_choices(
        self,
        *,
        rivers: list[dict[str, Any]] | None = None,
        teams: list[dict[str, Any]] | None = None,
        reference: dict[str, Any] | None = None,
    ) -> None:
        """Fill the tie pickers: river segments, volunteer teams, streets and grids."""
        if rivers is not None:
            self.segments.set_rivers(rivers)
        if teams is not None:
            self.team.set_teams(teams)
        if reference is not None:
            self.grid.set_reference(reference)

    def tie_names(self) -> dict[str, dict[str, str]]:
        """code → name of each kind of tie, as the pickers know them (for the list)."""
        return {"segments": self.segments.names, "grid": self.grid.names, "team": self.team.names}

    # -- modes ------------------------------------------------------------------------------

    def start_new(self) -> None:
        """Empty fields for a new user."""
        self.user = None
        self.heading.setText(self.tr("New user"))
        for edit in (self.username, self.display_name, self.password):
            edit.clear()
        self.username.setReadOnly(False)
        self._choose(self.role, "duty_officer")
        self._choose(self.department, None)
        self._set_ties({})
        self._show_row("password", True)
        self.clear_errors()
        self._sync_department()

    def set_user(self, user: dict[str, Any]) -> None:
        """Show a user to edit (the username is fixed; passwords are reset, not edited)."""
        self.user = user
        self.heading.setText(self.tr("User %1").replace("%1", str(user.get("username", ""))))
        self.username.setText(str(user.get("username", "")))
        self.username.setReadOnly(True)
        self.display_name.setText(str(user.get("display_name") or ""))
        self._choose(self.role, user.get("role"))
        self._choose(self.department, user.get("department"))
        self._set_ties(user)
        self.password.clear()
        self._show_row("password", False)
        self.clear_errors()
        self._sync_department()

    def is_new(self) -> bool:
        """Whether the form holds a user not yet created."""
        return self.user is None

    # -- values -----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds now: username, display_name, role, department, password and,
        for a field account, its tie (segments, grid or team; empty when none is chosen, so
        that the server says what is missing)."""
        role = self.role.currentData()
        found = {
            "username": self.username.text().strip(),
            "display_name": self.display_name.text().strip(),
            "role": role,
            "department": self.department.currentData() if role == "department" else None,
            "password": self.password.text(),
        }
        tie = TIE_OF.get(role)
        if tie == "segments":
            found["segments"] = self.segments.codes()
        elif tie is not None:
            found[tie] = (self.grid if tie == "grid" else self.team).code()
        return found

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the user shown (edit mode); a field account's tie when
        it changed or the role did (a new role needs its tie; the server drops the old one)."""
        user = self.user or {}
        now = self.values()
        found = {
            name: now[name]
            for name in ("display_name", "role", "department")
            if now[name] != user.get(name)
        }
        tie = TIE_OF.get(now["role"])
        if tie is not None:
            before = user.get(tie) or ([] if tie == "segments" else "")
            if "role" in found or now[tie] != (sorted(before) if tie == "segments" else before):
                found[tie] = now[tie]
        return found

    def check(self) -> list[str]:
        """Mark what the server would refuse; returns the names of the wrong fields."""
        self.clear_errors()
        v = self.values()
        wrong: list[str] = []
        if self.is_new() and not USERNAME.match(v["username"]):
            wrong.append("username")
        if not v["display_name"]:
            wrong.append("display_name")
        if v["role"] == "department" and not v["department"]:
            wrong.append("department")
        if self.is_new() and not MIN_PASSWORD <= len(v["password"]) <= MAX_PASSWORD:
            wrong.append("password")
        for name in wrong:
            self.mark(name)
        return wrong

    # -- errors -----------------------------------------------------------------------------

    def mark(self, field: str, message: str = "") -> bool:
        """Mark a field wrong (with the server's message as its tip); False if unknown."""
        widget = self.field_widget(field)
        if widget is None:
            return False
        rule = QCoreApplication.translate("UserForm", FIELD_RULES[field])
        self._set_invalid(widget, True)
        widget.setToolTip(f"{rule}\n{message}".strip())
        return True

    def first_invalid(self) -> QWidget | None:
        """The first field marked wrong, in tab order."""
        for name in FIELD_RULES:
            widget = self.field_widget(name)
            if widget is not None and widget.property("invalid") is True:
                return widget
        return None

    def field_widget(self, field: str) -> QWidget | None:
        """The widget of a field the server names (`display_name`, `body.password`, …)."""
        name = field.rsplit(".", 1)[-1]
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "department": self.department,
            "segments": self.segments,
            "grid": self.grid.grid,
            "team": self.team,
            "password": self.password,
        }.get(name)

    def clear_errors(self) -> None:
        """Unmark every field and hide the message."""
        for name in FIELD_RULES:
            widget = self.field_widget(name)
            if widget is not None:
                self._set_invalid(widget, False)
                widget.setToolTip("")
        self.banner.hide()

    def show_message(self, text: str, level: str = "error") -> None:
        """A sentence next to the fields (an error, or what was done)."""
        self.banner.show_message(text, level)

    def message(self) -> str:
        """The sentence shown, or "" when none is."""
        return self.banner.text() if self.banner.isVisible() else ""

    # -- internals --------------------------------------------------------------------------

    def _on_role_current_index_changed(self, _index: int) -> None:
        self._set_invalid(self.role, False)
        self._sync_department()
        self.role_changed.emit(str(self.role.currentData()))

    def _sync_department(self) -> None:
        role = self.role.currentData()
        needed = role == "department"
        self.department.setEnabled(needed)
        self._labels["department"].setEnabled(needed)
        if not needed:
            self._set_invalid(self.department, False)
        # Only the tie of the chosen role is shown (a field role has no department).
        self._show_row("department", role not in FIELD_ROLES)
        for name in ("segments", "grid", "team"):
            self._show_row(name, TIE_OF.get(role) == name)

    def _set_ties(self, user: dict[str, Any]) -> None:
        self.segments.set_codes(list(user.get("segments") or []))
        self.grid.set_code(user.get("grid"))
        self.team.set_code(user.get("team"))

    def _show_row(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self._labels[name], visible)

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _set_invalid(widget: QWidget, invalid: bool) -> None:
        if widget.property("invalid") is invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
