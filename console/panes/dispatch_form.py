"""What each lifecycle action needs from the officer, and why the send button waits.

The server is the authority (it refuses a missing reason with 422); the form only asks for
what the server will want, so that the officer is told before sending rather than after. Which
actions need a reason or a field of their own is the server's rule, read from its reference
data (console/api/rules.py); until that is loaded the form waits for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from console.api import rules as server_rules
from console.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# The form's own row for each request field an action may need (the rules name the field).
_ROW_OF_FIELD = {
    "department": "department",
    "parent_id": "parent",
    "extension_minutes": "extension",
    "result": "result",
    "target": "target",
}
# Action -> the row of the field it needs besides the note: from the server's rules, rebuilt
# whenever its reference data is loaded (empty before).
EXTRA_FIELD: dict[str, str] = {}


def _on_rules_installed(rules: server_rules.Rules) -> None:
    global EXTRA_FIELD
    EXTRA_FIELD = {
        action: row
        for action, rule in rules.actions.items()
        if (row := _ROW_OF_FIELD.get(rule.field or ""))
    }
    unknown = {r.field for r in rules.actions.values() if r.field and r.field not in _ROW_OF_FIELD}
    if unknown:  # the server will refuse these actions without it (and say why)
        log.warning("the dispatch form has no row for the fields %s", sorted(unknown))


server_rules.subscribe(_on_rules_installed)

# The action the pane offers first, when the case allows it: the lifecycle's next step.
PRIMARY = (
    "dispatch",
    "register",
    "sign",
    "resolve",
    "verify_pass",
    "unpark",
    "approve_extension",
    "callback",
)
_NOTE_LABEL = {
    "reason": QT_TRANSLATE_NOOP("DispatchForm", "Reason (required)"),
    "comment": QT_TRANSLATE_NOOP("DispatchForm", "Comment (required)"),
    "urge": QT_TRANSLATE_NOOP("DispatchForm", "Urging note"),
    "resolve": QT_TRANSLATE_NOOP("DispatchForm", "How it was handled"),
    "callback": QT_TRANSLATE_NOOP("DispatchForm", "Callback record"),
    "other": QT_TRANSLATE_NOOP("DispatchForm", "Note (optional)"),
}
_MISSING = {
    "rules": QT_TRANSLATE_NOOP("MainWindow", "Loading reference data"),
    "case": QT_TRANSLATE_NOOP("DispatchForm", "Select a case in the queue."),
    "action": QT_TRANSLATE_NOOP("DispatchForm", "Choose what to do."),
    "department": QT_TRANSLATE_NOOP("DispatchForm", "Choose the department to dispatch to."),
    "parent": QT_TRANSLATE_NOOP(
        "DispatchForm", "Choose the case to merge into, in the list of likely duplicates."
    ),
    "result": QT_TRANSLATE_NOOP("DispatchForm", "Choose the callback result."),
    "target": QT_TRANSLATE_NOOP("DispatchForm", "Choose whom to escalate to."),
    "comment": QT_TRANSLATE_NOOP("DispatchForm", "Write the comment."),
    "reason": QT_TRANSLATE_NOOP("DispatchForm", "Give the reason: %1 needs one."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DispatchForm", text)


@dataclass(frozen=True)
class FormValues:
    """What the officer has entered for the chosen action."""

    action: str
    note: str = ""
    department: str | None = None
    parent_id: int | None = None
    extension_minutes: int | None = None
    result: str | None = None
    target: str | None = None


def note_kind(action: str, result: str | None = None) -> str:
    """Which note the action takes: a required reason, a required comment, or a remark."""
    rules = server_rules.current()
    if rules is not None and rules.needs_reason(action, result):
        return "reason"
    if action in ("comment", "urge", "resolve", "callback"):
        return action
    return "other"


def note_label(action: str, result: str | None = None) -> str:
    """The label of the note field for this action."""
    return _tr(_NOTE_LABEL[note_kind(action, result)])


def missing(values: FormValues | None, action_label: str = "") -> str:
    """Why the action cannot be sent yet ('' when it can): the send button says this."""
    if values is None:
        return _tr(_MISSING["case"])
    if not values.action:
        return _tr(_MISSING["action"])
    if server_rules.current() is None:  # what the action needs is not known yet
        return QCoreApplication.translate("MainWindow", _MISSING["rules"])
    field = EXTRA_FIELD.get(values.action)
    given = {
        "department": values.department,
        "parent": values.parent_id,
        "extension": values.extension_minutes,
        "result": values.result,
        "target": values.target,
    }
    if field is not None and not given[field]:
        return _tr(_MISSING.get(field, _MISSING["action"]))
    kind = note_kind(values.action, values.result)
    if kind == "reason" and not values.note.strip():
        return _tr(_MISSING["reason"]).replace("%1", action_label or values.action)
    if kind == "comment" and not values.note.strip():
        return _tr(_MISSING["comment"])
    return ""


def fields_of(values: FormValues) -> dict[str, object]:
    """The request fields of the action (what the outbox stores and the server reads)."""
    fields: dict[str, object] = {}
    if values.note.strip():
        fields["note"] = values.note.strip()
    extra = EXTRA_FIELD.get(values.action)
    if extra == "department":
        fields["department"] = values.department
    elif extra == "parent":
        fields["parent_id"] = values.parent_id
    elif extra == "extension":
        fields["extension_minutes"] = values.extension_minutes
    elif extra == "result":
        fields["result"] = values.result
    elif extra == "target":
        fields["target"] = values.target
    return fields


def primary_action(allowed: list[str]) -> str:
    """The action to offer first: the lifecycle's next step, else the first allowed."""
    return next((a for a in PRIMARY if a in allowed), allowed[0] if allowed else "")
