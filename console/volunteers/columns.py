"""The columns of a list of requests, the same in the volunteer pane and in the queue's
志愿服务 view: their headings and what each cell of a request says."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.models import center_time, labels
from console.translatable import QT_TRANSLATE_NOOP
from console.volunteers import rows, texts

CONTEXT = "VolunteerPane"  # where the headings were first translated
HEADERS = (
    QT_TRANSLATE_NOOP("VolunteerPane", "No."),
    QT_TRANSLATE_NOOP("VolunteerPane", "State"),
    QT_TRANSLATE_NOOP("VolunteerPane", "Service"),
    QT_TRANSLATE_NOOP("VolunteerPane", "Street"),
    QT_TRANSLATE_NOOP("VolunteerPane", "Resident"),
    QT_TRANSLATE_NOOP("VolunteerPane", "Team"),
    QT_TRANSLATE_NOOP("VolunteerPane", "Time left"),
    QT_TRANSLATE_NOOP("VolunteerPane", "Made"),
)
COLUMNS = len(HEADERS)
SERVICE = 2
DEADLINE = 6
WIDTHS = (50, 90, 80, 70, 80, 150, 90)  # the last one takes the rest


def headers() -> list[str]:
    """The headings, translated."""
    return [QCoreApplication.translate(CONTEXT, text) for text in HEADERS]


def cells(request: dict[str, Any]) -> list[str]:
    """The request's cells; the deadline's is left empty (it changes every second)."""
    return [
        str(request["id"]),
        texts.state_label(request.get("state")),
        str(request.get("category_name") or request.get("category") or ""),
        str(request.get("street_name") or ""),
        str(request.get("resident_name") or ""),
        str(request.get("team_name") or ""),
        "",
        center_time.when_text(request.get("created_at")),
    ]


def deadline_text(request: dict[str, Any], now: float) -> str:
    """The time left to the deadline ('-00:12:00' once past it; '' without one)."""
    due = rows.due_epoch(request)
    if request.get("state") not in texts.OPEN or due is None:
        return ""
    return labels.duration_text(due - now)
