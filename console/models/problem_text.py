"""The server's refusals in words an officer acts on (zh_CN first), chosen by the problem's
code (docs/api-errors.md); a code the console does not word shows the server's detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.api import ApiError, ServerUnavailable, error_from_problem
from console.models import center_time, labels
from console.store.outbox import OutboxItem
from console.translatable import QT_TRANSLATE_NOOP

_ROLE = QT_TRANSLATE_NOOP("Problems", "Your role may not do this.")
_GONE = QT_TRANSLATE_NOOP("Problems", "The case no longer exists, or you may not see it.")
_SIGN_IN = QT_TRANSLATE_NOOP(
    "Problems",
    "Your session has expired: sign in again. The action is kept and sent afterwards.",
)
# Codes said the same whatever else the problem holds.
_CODES = {
    "forbidden_role": _ROLE,
    "not_your_department": QT_TRANSLATE_NOOP(
        "Problems", "This case is not dispatched to your department."
    ),
    "supervisor_required": QT_TRANSLATE_NOOP(
        "Problems", "In this state only the shift supervisor may do this."
    ),
    "extension_pending": QT_TRANSLATE_NOOP(
        "Problems", "An extension is already awaiting approval."
    ),
    "no_extension_pending": QT_TRANSLATE_NOOP(
        "Problems", "No extension is awaiting approval: it was approved or rejected meanwhile."
    ),
    "reopen_needs_unsatisfied_callback": QT_TRANSLATE_NOOP(
        "Problems", "A closed case is reopened only after an unsatisfied callback."
    ),
    "never_dispatched": QT_TRANSLATE_NOOP(
        "Problems",
        "This case was answered at intake and never dispatched, so it cannot be reopened: "
        "take the caller's request as a new case.",
    ),
    "merge_into_itself": QT_TRANSLATE_NOOP("Problems", "A case cannot be merged into itself."),
    "merge_target_final": QT_TRANSLATE_NOOP(
        "Problems",
        "The chosen case is closed, voided or merged already and cannot take a merge.",
    ),
    "merge_target_not_found": QT_TRANSLATE_NOOP(
        "Problems", "The case to merge into no longer exists."
    ),
    "reason_required": QT_TRANSLATE_NOOP("Problems", "A reason is required: say why in the note."),
    "not_found": _GONE,
    "unauthorized": _SIGN_IN,
    "session_expired": _SIGN_IN,
    "session_revoked": _SIGN_IN,
    "server_error": QT_TRANSLATE_NOOP(
        "Problems", "The server failed to handle the request; nothing was changed. Try again."
    ),
}
# Fields an `invalid` problem names → what the officer has to give.
_FIELDS = {
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


def explain(error: ApiError | None, fallback: str = "") -> str:
    """Why the server refused, as an officer reads it, by the problem's code; the server's
    detail for a code without words here."""
    if error is None:
        return fallback
    code = error.code
    if code == "stale_version":
        return conflict_text(_state(error.problem.get("case")), error.problem.get("last_change"))
    if code == "illegal_transition":
        allowed = [str(a) for a in error.problem.get("allowed_actions") or []]
        text = _tr(
            QT_TRANSLATE_NOOP("Problems", "Not possible while the case is %1. Possible now: %2.")
        )
        possible = "、".join(labels.action_label(a) for a in allowed)
        state = labels.state_label(error.problem.get("state"))
        return text.replace("%1", state).replace(
            "%2", possible or _tr(QT_TRANSLATE_NOOP("Problems", "nothing"))
        )
    if code == "invalid":
        return _invalid_text(error)
    if code in _CODES:
        return _tr(_CODES[code])
    if not code and isinstance(error, ServerUnavailable):  # no answer, or not cc-server's
        return _tr(
            QT_TRANSLATE_NOOP(
                "Problems",
                "The server cannot be reached. "
                "The action is kept and sent when the connection is back.",
            )
        )
    return error.detail or fallback


def _invalid_text(error: ApiError) -> str:
    """What to give for the first field we can word; else the server's words, quoted."""
    for item in error.problem.get("errors") or []:
        field = item.get("field") if isinstance(item, dict) else None
        if field in _FIELDS:
            return _tr(_FIELDS[field])
    text = _tr(QT_TRANSLATE_NOOP("Problems", "The server refused the request: %1"))
    return text.replace("%1", error.detail)


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


def _state(value: object) -> str | None:
    """The state of the case a conflict carried (in its problem, or as the outbox kept it:
    the server's JSON, read for its state alone)."""
    return str(value["state"]) if isinstance(value, dict) and value.get("state") else None


def conflict_text(state: str | None, change: dict[str, Any] | None) -> str:
    """A 409 told plainly: who changed the case and how; nothing of ours was applied."""
    text = _tr(
        QT_TRANSLATE_NOOP(
            "Problems",
            "Not done: the case was changed meanwhile by %1. Nothing was overwritten; "
            "the case now shows as it is (%2). Review it and act again.",
        )
    )
    shown = labels.state_label(state) if state else "?"
    return text.replace("%1", change_text(change)).replace("%2", shown)


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
        return conflict_text(_state(item.result), item.last_change)
    if error is None and item.problem:  # a refusal kept in the outbox, read again
        error = error_from_problem(item.problem)
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
