"""What the center's views of a request share: the request said in a few lines, and the
small form each action asks first (a reason to withdraw or cancel, the rating at the
callback). Said in the volunteer pane's words, wherever it is shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from console.volunteers import texts
from console.volunteers.dialogs import NoteDialog, RateDialog

Send = Callable[..., None]  # send(request, action, **fields)


def heading_text(request: dict[str, Any]) -> str:
    """The request in a few lines: what, where, who, and how it stands."""
    translate = QCoreApplication.translate
    lines = [
        f"#{request['id']} {request.get('category_name') or ''} · "
        f"{texts.state_label(request.get('state'))} · "
        f"{texts.channel_label(request.get('channel'))}",
        str(request.get("description") or ""),
    ]
    where = " ".join(
        str(part) for part in (request.get("street_name"), request.get("address")) if part
    )
    if where:
        lines.append(translate("VolunteerPane", "Where: %1").replace("%1", where))
    resident = " ".join(
        str(p) for p in (request.get("resident_name"), request.get("resident_phone")) if p
    )
    if resident:
        lines.append(translate("VolunteerPane", "Resident: %1").replace("%1", resident))
    if request.get("team_name"):
        lines.append(
            translate("VolunteerPane", "Team: %1").replace("%1", str(request["team_name"]))
        )
    if request.get("hours") is not None:
        lines.append(
            translate("VolunteerPane", "Done: %1 h. %2")
            .replace("%1", str(request["hours"]))
            .replace("%2", str(request.get("done_note") or ""))
        )
    if request.get("rating") is not None:
        lines.append(
            translate("VolunteerPane", "Rated %1/5: %2")
            .replace("%1", str(request["rating"]))
            .replace("%2", str(request.get("rating_comment") or ""))
        )
    return "\n".join(line for line in lines if line)


def ask_dialog(request: dict[str, Any], action: str, send: Send, parent: QWidget) -> QDialog | None:
    """The form a reason or a rating is asked in; OK sends the action with it. None for an
    action that asks nothing here (the team picker is the caller's own)."""
    translate = QCoreApplication.translate
    if action == "rate":
        rate = RateDialog(request, parent)
        rate.accepted.connect(lambda: send(request, "rate", rating=rate.rating(), note=rate.note()))
        return rate
    prompts = {
        "withdraw": translate(
            "VolunteerPane",
            "Why is the offer withdrawn? The request goes back to waiting for a team.",
        ),
        "cancel": translate(
            "VolunteerPane", "Why is the request cancelled (the resident no longer needs it, …)?"
        ),
    }
    if action not in prompts:
        return None
    note = NoteDialog(texts.action_label(action), prompts[action], parent)
    note.accepted.connect(lambda: send(request, action, note=note.text()))
    return note
