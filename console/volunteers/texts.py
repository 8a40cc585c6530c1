"""The volunteer service's words: states, actions, channels, and the server's refusals said
as the officer acts on them (the cases' own words, console/models/problem_text.py, where a
code means the same for a request)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.api import ApiError
from console.models import center_time, problem_text
from console.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Volunteers"

STATES = {
    "requested": QT_TRANSLATE_NOOP("Volunteers", "Waiting for a team"),
    "offered": QT_TRANSLATE_NOOP("Volunteers", "Offered"),
    "accepted": QT_TRANSLATE_NOOP("Volunteers", "Accepted"),
    "done": QT_TRANSLATE_NOOP("Volunteers", "Done, to rate"),
    "rated": QT_TRANSLATE_NOOP("Volunteers", "Rated"),
    "cancelled": QT_TRANSLATE_NOOP("Volunteers", "Cancelled"),
}
ACTIONS = {
    "offer": QT_TRANSLATE_NOOP("Volunteers", "Offer to a team"),
    "withdraw": QT_TRANSLATE_NOOP("Volunteers", "Withdraw the offer"),
    "accept": QT_TRANSLATE_NOOP("Volunteers", "Accept the request"),
    "decline": QT_TRANSLATE_NOOP("Volunteers", "Decline"),
    "done": QT_TRANSLATE_NOOP("Volunteers", "Report done"),
    "rate": QT_TRANSLATE_NOOP("Volunteers", "Rate"),
    "cancel": QT_TRANSLATE_NOOP("Volunteers", "Cancel"),
    "create": QT_TRANSLATE_NOOP("Volunteers", "Requested"),
}
CHANNELS = {
    "hotline_12345": QT_TRANSLATE_NOOP("Volunteers", "12345 hotline"),
    "console": QT_TRANSLATE_NOOP("Volunteers", "Console"),
    "open311": QT_TRANSLATE_NOOP("Volunteers", "Open311"),
}
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Volunteers",
    "The server cannot be reached: nothing was sent. Act again once the connection is back.",
)
SIGN_IN = QT_TRANSLATE_NOOP(
    "Volunteers", "Your session has expired: sign in again, then act again."
)
# Open ones first (the center's work in the order it comes), then the ended ones.
STATE_ORDER = {"requested": 0, "offered": 1, "accepted": 2, "done": 3, "rated": 4, "cancelled": 5}
OPEN = frozenset({"requested", "offered", "accepted", "done"})


def tr(text: str) -> str:
    """A text of this module's tables, translated."""
    return QCoreApplication.translate(CONTEXT, text)


def state_label(code: object) -> str:
    """待派单 / 已派单 / …; an unknown state as the server wrote it."""
    return tr(STATES[str(code)]) if str(code) in STATES else str(code or "")


def action_label(code: object) -> str:
    """派单 / 撤回 / …; an unknown action as the server wrote it."""
    return tr(ACTIONS[str(code)]) if str(code) in ACTIONS else str(code or "")


def channel_label(code: object) -> str:
    """12345热线 / 值班台 / Open311."""
    return tr(CHANNELS[str(code)]) if str(code) in CHANNELS else str(code or "")


def step_text(step: dict[str, Any], team_names: dict[str, str] | None = None) -> str:
    """'12-07 10:30 值班长(演示) 派单（待派单 → 已派单）飞牛小匠志愿服务队：note'."""
    text = f"{center_time.when_text(step.get('at'))} {step.get('actor') or '?'} "
    text += action_label(step.get("action"))
    before, after = step.get("from_state"), step.get("to_state")
    if before and after and before != after:
        text += f"（{state_label(before)} → {state_label(after)}）"
    team = (step.get("payload") or {}).get("team_name") or step.get("team")
    team = (team_names or {}).get(str(team), team)
    if team:
        text += f" {team}"
    if step.get("note"):
        text += f"：{step['note']}"
    return text


def refusal_text(
    error: ApiError | None, fallback: str = "", team_names: dict[str, str] | None = None
) -> str:
    """Why the server refused an action on a request, as the officer acts on it (a team
    named by its name when `team_names` knows it)."""
    if error is None:
        return fallback
    code = error.code
    if code == "stale_version":
        request = error.problem.get("request") or {}
        change = error.problem.get("last_change") or {}
        text = tr(
            QT_TRANSLATE_NOOP(
                "Volunteers",
                "Not done: the request was changed meanwhile (%1). Nothing was overwritten; "
                "it now shows as it is (%2). Review it and act again.",
            )
        )
        what = (
            step_text(change, team_names)
            if change
            else tr(QT_TRANSLATE_NOOP("Volunteers", "by someone"))
        )
        return text.replace("%1", what).replace("%2", state_label(request.get("state")))
    if code == "illegal_transition":
        text = tr(
            QT_TRANSLATE_NOOP(
                "Volunteers", "Not possible while the request is %1. Possible now: %2."
            )
        )
        allowed = [action_label(a) for a in error.problem.get("allowed_actions") or []]
        return text.replace("%1", state_label(error.problem.get("state"))).replace(
            "%2", "、".join(allowed) or tr(QT_TRANSLATE_NOOP("Volunteers", "nothing"))
        )
    if code == "not_found":
        return tr(
            QT_TRANSLATE_NOOP("Volunteers", "The request no longer exists, or you may not see it.")
        )
    # forbidden_role, reason_required, invalid, the session's and the connection's: as for cases
    return problem_text.explain(error, fallback)
