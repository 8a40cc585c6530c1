"""The drill screens' words: run states, speeds, inject kinds, findings, and the figures of a
scoreboard as a trainer reads them (zh_CN in resources/translations/zh_drills.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from console.models import center_time
from console.translatable import QT_TRANSLATE_NOOP

_STATUS = {
    "running": QT_TRANSLATE_NOOP("Drills", "Running"),
    "paused": QT_TRANSLATE_NOOP("Drills", "Paused"),
    "stopped": QT_TRANSLATE_NOOP("Drills", "Ended"),
}
_INJECT = {
    "pending": QT_TRANSLATE_NOOP("Drills", "Pending"),
    "done": QT_TRANSLATE_NOOP("Drills", "Arrived"),
}
# The findings' codes (docs/api-drills.md, "Scoring"); a code not here shows the server's text.
_FINDINGS = {
    "not_taken_up": QT_TRANSLATE_NOOP("Drills", "Never taken up"),
    "late_register": QT_TRANSLATE_NOOP("Drills", "Registered late"),
    "not_dispatched": QT_TRANSLATE_NOOP("Drills", "Never dispatched"),
    "late_dispatch": QT_TRANSLATE_NOOP("Drills", "Dispatched late"),
    "wrong_department": QT_TRANSLATE_NOOP("Drills", "Wrong department first"),
    "duplicate_dispatched": QT_TRANSLATE_NOOP("Drills", "Duplicate dispatched again"),
    "duplicate_not_merged": QT_TRANSLATE_NOOP("Drills", "Duplicate not merged"),
    "sla_breached": QT_TRANSLATE_NOOP("Drills", "Deadline missed"),
    "escalation_unanswered": QT_TRANSLATE_NOOP("Drills", "Escalation not answered"),
    "unexpected_state": QT_TRANSLATE_NOOP("Drills", "Did not reach the expected state"),
}
DRILL_MARK = QT_TRANSLATE_NOOP("Drills", "【DRILL】")


def tr(text: str) -> str:
    """A source text of the "Drills" context, translated."""
    return QCoreApplication.translate("Drills", text)


def status_label(status: str) -> str:
    """运行中 / 已暂停 / 已结束."""
    source = _STATUS.get(status)
    return tr(source) if source else status


def inject_status_label(status: str) -> str:
    """待发 / 已到达."""
    source = _INJECT.get(status)
    return tr(source) if source else status


def finding_label(code: str, text: str = "") -> str:
    """A finding in the console's words (the server's text for a code it does not know)."""
    source = _FINDINGS.get(code)
    return tr(source) if source else (text or code)


def speed_label(speed: float) -> str:
    """'5×'."""
    return f"{speed:g}×"


def drill_time_text(moment: datetime | None) -> str:
    """'06-12 周五 07:43:12' in center time (the weekday matters: a Friday afternoon)."""
    if moment is None:
        return "—"
    local = moment.astimezone(center_time.CENTER)
    return f"{local:%m-%d} {weekday_label(local.weekday())} {local:%H:%M:%S}"


_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Drills", "Mon"),
    QT_TRANSLATE_NOOP("Drills", "Tue"),
    QT_TRANSLATE_NOOP("Drills", "Wed"),
    QT_TRANSLATE_NOOP("Drills", "Thu"),
    QT_TRANSLATE_NOOP("Drills", "Fri"),
    QT_TRANSLATE_NOOP("Drills", "Sat"),
    QT_TRANSLATE_NOOP("Drills", "Sun"),
)


def weekday_label(weekday: int) -> str:
    """周一 … 周日 for 0 … 6."""
    return tr(_WEEKDAYS[weekday % 7])


def minutes_text(minutes: float | None) -> str:
    """'4.5 分' (drill minutes), '—' for none."""
    if minutes is None:
        return "—"
    return tr(QT_TRANSLATE_NOOP("Drills", "%1 min")).replace(
        "%1", f"{minutes:.1f}".rstrip("0").rstrip(".")
    )


def count_text(value: int | None) -> str:
    """A count, '—' where nobody reported it."""
    return "—" if value is None else str(value)
