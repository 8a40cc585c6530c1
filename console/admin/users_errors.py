"""The server's refusals of a user change, in sentences the administrator acts on, chosen by
the problem's code (docs/api-errors.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.api import ApiError, Conflict, Forbidden, Invalid, ServerUnavailable, Unauthorized
from console.translatable import QT_TRANSLATE_NOOP

_SELF = QT_TRANSLATE_NOOP(
    "UserErrors", "Not saved: you cannot disable your own account or take away your own role."
)
_LAST_ADMIN = QT_TRANSLATE_NOOP(
    "UserErrors",
    "Not saved: %1 is the last active administrator. Make another user an administrator first.",
)
_TAKEN = QT_TRANSLATE_NOOP(
    "UserErrors", "Not created: the username %1 is in use. Choose another one."
)
_INVALID = QT_TRANSLATE_NOOP("UserErrors", "Not saved: correct the marked fields. %1")
_FORBIDDEN = QT_TRANSLATE_NOOP("UserErrors", "Only an administrator may manage users.")
_EXPIRED = QT_TRANSLATE_NOOP(
    "UserErrors", "Your session has expired: sign in again. What you typed is still here."
)
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "UserErrors",
    "No answer from the server: the change may not have been made. Reload the list to "
    "check before trying again.",
)
_REFUSED = QT_TRANSLATE_NOOP("UserErrors", "Not saved: %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserErrors", text)


def field_errors(exc: object) -> list[tuple[str, str]]:
    """The (field, message) pairs of a 422, the field's last name only (`body.x` → `x`)."""
    if not isinstance(exc, Invalid):
        return []
    return [(e["field"].rsplit(".", 1)[-1], e["message"]) for e in exc.errors]


def is_username_taken(exc: object) -> bool:
    """A 409 on creation: the username is in use."""
    return isinstance(exc, ApiError) and exc.code == "duplicate_username"


def explain_user_error(exc: object, user: dict[str, Any] | None = None) -> str:
    """Why the server refused (user: the one changed, or the one being created)."""
    name = str((user or {}).get("username", ""))
    code = exc.code if isinstance(exc, ApiError) else ""
    if code == "duplicate_username":
        return _tr(_TAKEN).replace("%1", name)
    if code == "own_account":
        return _tr(_SELF)
    if code == "last_admin":
        return _tr(_LAST_ADMIN).replace("%1", name)
    if isinstance(exc, Conflict):
        return _tr(_REFUSED).replace("%1", exc.detail)
    if isinstance(exc, Invalid):
        messages = "; ".join(f"{f}: {m}" for f, m in field_errors(exc)) or exc.detail
        return _tr(_INVALID).replace("%1", messages)
    if isinstance(exc, Forbidden):
        return _tr(_FORBIDDEN)
    if isinstance(exc, Unauthorized):
        return _tr(_EXPIRED)
    if isinstance(exc, ServerUnavailable):
        return _tr(_UNREACHABLE)
    if isinstance(exc, ApiError):
        return _tr(_REFUSED).replace("%1", exc.detail)
    return _tr(_REFUSED).replace("%1", str(exc))
