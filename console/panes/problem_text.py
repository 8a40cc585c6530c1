"""The server's refusals in words an officer acts on (zh_CN first); its own words as fallback."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.api import (
    ApiError,
    Conflict,
    Forbidden,
    IllegalAction,
    Invalid,
    NotFound,
    ServerUnavailable,
    Unauthorized,
)
from console.models import center_time, labels
from console.store.outbox import OutboxItem

# Phrases of the server's English reasons (server/services/lifecycle.py) → our sentences.
_NOT_YOURS = QT_TRANSLATE_NOOP("Problems", "This case is not dispatched to your department.")
_SUPERVISOR_ONLY = QT_TRANSLATE_NOOP(
    "Problems", "In this state only the shift supervisor may do this."
)
_ROLE = QT_TRANSLATE_NOOP("Problems", "Your role may not do this.")
_GONE = QT_TRANSLATE_NOOP("Problems", "The case no longer exists, or you may not see it.")
_REASONS: tuple[tuple[str, str], ...] = (
    ("not dispatched to your department", _NOT_YOURS),
    ("needs the supervisor", _SUPERVISOR_ONLY),
    ("may not", _ROLE),
    (
        "already awaiting approval",
        QT_TRANSLATE_NOOP("Problems", "An extension is already awaiting approval."),
    ),
    (
        "no extension is awaiting",
        QT_TRANSLATE_NOOP(
            "Problems", "No extension is awaiting approval: it was approved or rejected meanwhile."
        ),
    ),
    (
        "unsatisfied callback",
        QT_TRANSLATE_NOOP(
            "Problems", "A closed case is reopened only after an unsatisfied callback."
        ),
    ),
    ("into itself", QT_TRANSLATE_NOOP("Problems", "A case cannot be merged into itself.")),
    (
        "cannot take a merge",
        QT_TRANSLATE_NOOP(
            "Problems",
            "The chosen case is closed, voided or merged already and cannot take a merge.",
        ),
    ),
    ("does not exist", _GONE),
)
# Fields the server names in a 422 → what the officer has to give.
_FIELDS = {
    "note": QT_TRANSLATE_NOOP("Problems", "A reason is required: say why in the note."),
    "department": QT_TRANSLATE_NOOP("Problems", "Choose a department that handles cases."),
    "parent_id": QT_TRANSLATE_NOOP("Problems", "Choose the case to merge into."),
    "extension_minutes": QT_TRANSLATE_NOOP("Problems", "Give the length of the extension."),
    "result": QT_TRANSLATE_NOOP("Problems", "Choose the callback result."),
    "target": QT_TRANSLATE_NOOP("Problems", "Choose whom to escalate to."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


def _when(at: Any) -> str:
    return center_time.when_text(at)  # '11-27 10:30', Asia/Shanghai


def _from_reason(reason: str) -> str | None:
    lowered = reason.lower()
    for phrase, sentence in _REASONS:
        if phrase in lowered:
            return _tr(sentence)
    return None


def explain(error: ApiError | None, fallback: str = "") -> str:
    """Why the server refused, as an officer reads it; the server's detail if nothing fits."""
    if error is None:
        return _from_reason(fallback) or fallback
    if isinstance(error, Conflict):
        return conflict_text(error.case, error.last_change)
    if isinstance(error, IllegalAction):
        specific = _from_reason(error.detail)
        if specific and "not possible" not in error.detail:
            return specific
        allowed = "、".join(labels.action_label(a) for a in error.allowed_actions) or _tr(
            QT_TRANSLATE_NOOP("Problems", "nothing")
        )
        text = _tr(
            QT_TRANSLATE_NOOP("Problems", "Not possible while the case is %1. Possible now: %2.")
        )
        return text.replace("%1", labels.state_label(error.state)).replace("%2", allowed)
    if isinstance(error, Invalid):
        for item in error.errors:
            field = item["field"]
            if field == "parent_id":
                return _from_reason(item["message"]) or _tr(_FIELDS[field])
            if field in _FIELDS:
                return _tr(_FIELDS[field])
        text = _tr(QT_TRANSLATE_NOOP("Problems", "The server refused the request: %1"))
        return text.replace("%1", error.detail)
    if isinstance(error, Forbidden):
        return _from_reason(error.detail) or _tr(_ROLE)
    if isinstance(error, NotFound):
        return _tr(_GONE)
    if isinstance(error, Unauthorized):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Your session has expired: sign in again. The action is kept and sent afterwards.",
            )
        )
    if isinstance(error, ServerUnavailable):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Problems",
                "The server cannot be reached. "
                "The action is kept and sent when the connection is back.",
            )
        )
    return error.detail or fallback


def change_text(change: dict[str, Any] | None) -> str:
    """'值班长(演示) 11-26 14:03 派遣（已立案 → 已派遣）' from an audit record."""
    if not change:
        return _tr(QT_TRANSLATE_NOOP("Problems", "someone else"))
    what = labels.action_label(change.get("action"))
    before, after = change.get("from_state"), change.get("to_state")
    if before and after and before != after:
        what += f"（{labels.state_label(before)} → {labels.state_label(after)}）"
    department = (change.get("payload") or {}).get("department_name")
    if department:
        what += f" → {department}"
    text = _tr(QT_TRANSLATE_NOOP("Problems", "%1 at %2: %3"))
    who = str(change.get("actor") or "?")
    return text.replace("%1", who).replace("%2", _when(change.get("at"))).replace("%3", what)


def conflict_text(case: dict[str, Any] | None, change: dict[str, Any] | None) -> str:
    """A 409 told plainly: who changed the case and how; nothing of ours was applied."""
    text = _tr(
        QT_TRANSLATE_NOOP(
            "Problems",
            "Not done: the case was changed meanwhile by %1. Nothing was overwritten; "
            "the case now shows as it is (%2). Review it and act again.",
        )
    )
    state = labels.state_label((case or {}).get("state")) if case else "?"
    return text.replace("%1", change_text(change)).replace("%2", state)


def outcome_text(item: OutboxItem, status: str, error: ApiError | None) -> str:
    """What the results list says about one action."""
    if status == "done":
        return _tr(QT_TRANSLATE_NOOP("Problems", "Applied."))
    if status == "pending":
        return _tr(QT_TRANSLATE_NOOP("Problems", "Saved; waiting to be sent."))
    if error is None and item.depends_on is not None and item.detail.startswith("Not sent"):
        return _tr(
            QT_TRANSLATE_NOOP(
                "Problems",
                "Not sent: an earlier action on this case did not go through, "
                "and this one depended on it.",
            )
        )
    if error is None and status == "conflict":
        return conflict_text(item.result, item.last_change)
    return explain(error, item.detail)


def status_label(status: str) -> str:
    """完成 / 冲突 / 被拒绝 / 待同步."""
    return _tr(_STATUS.get(status, status))


_STATUS = {
    "done": QT_TRANSLATE_NOOP("Problems", "Done"),
    "conflict": QT_TRANSLATE_NOOP("Problems", "Conflict"),
    "refused": QT_TRANSLATE_NOOP("Problems", "Refused"),
    "pending": QT_TRANSLATE_NOOP("Problems", "Waiting to sync"),
}
