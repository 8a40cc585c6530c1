"""Display names of codes (states, channels, roles, actions, colors), through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.models import case_filter
from console.translatable import QT_TRANSLATE_NOOP

STATES = case_filter.STATES  # the codes named below, in the lifecycle's order


def __getattr__(name: str) -> frozenset[str]:
    # OPEN_STATES is the server's rule, not a name of ours: the case filter's open states as
    # they are when read (the server's, once the reference data is loaded).
    if name == "OPEN_STATES":
        return case_filter.OPEN
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_STATE = {
    "reported": QT_TRANSLATE_NOOP("Labels", "Reported"),
    "registered": QT_TRANSLATE_NOOP("Labels", "Registered"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "To verify"),
    "parked": QT_TRANSLATE_NOOP("Labels", "Parked"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "voided": QT_TRANSLATE_NOOP("Labels", "Voided"),
    "merged": QT_TRANSLATE_NOOP("Labels", "Merged"),
}
CHANNELS = ("hotline_12345", "grid", "river_patrol", "video", "city", "open311")
_CHANNEL = {
    "hotline_12345": QT_TRANSLATE_NOOP("Labels", "12345 hotline"),
    "grid": QT_TRANSLATE_NOOP("Labels", "Grid report"),
    "river_patrol": QT_TRANSLATE_NOOP("Labels", "River patrol"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video alert"),
    "city": QT_TRANSLATE_NOOP("Labels", "City assignment"),
    "open311": QT_TRANSLATE_NOOP("Labels", "Open311"),
}
_ROLE = {
    "duty_officer": QT_TRANSLATE_NOOP("Labels", "Duty officer"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "Trainer"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}
COLORS = ("red", "yellow", "green")
_COLOR = {
    "red": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "yellow": QT_TRANSLATE_NOOP("Labels", "Due soon"),
    "green": QT_TRANSLATE_NOOP("Labels", "On time"),
}
_URGENCY = {
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "emergency": QT_TRANSLATE_NOOP("Labels", "Emergency"),
}
_STEP = {
    "accept": QT_TRANSLATE_NOOP("Labels", "Accept"),
    "dispatch": QT_TRANSLATE_NOOP("Labels", "Dispatch"),
    "sign": QT_TRANSLATE_NOOP("Labels", "Sign"),
    "handle": QT_TRANSLATE_NOOP("Labels", "Handle"),
    "verify": QT_TRANSLATE_NOOP("Labels", "Verify"),
}
_ACTION = {
    "create": QT_TRANSLATE_NOOP("Labels", "Report"),
    "register": QT_TRANSLATE_NOOP("Labels", "Register"),
    "void": QT_TRANSLATE_NOOP("Labels", "Void"),
    "merge": QT_TRANSLATE_NOOP("Labels", "Merge"),
    "dispatch": QT_TRANSLATE_NOOP("Labels", "Dispatch"),
    "sign": QT_TRANSLATE_NOOP("Labels", "Sign for"),
    "return": QT_TRANSLATE_NOOP("Labels", "Return"),
    "resolve": QT_TRANSLATE_NOOP("Labels", "Report result"),
    "park": QT_TRANSLATE_NOOP("Labels", "Park"),
    "unpark": QT_TRANSLATE_NOOP("Labels", "Unpark"),
    "verify_pass": QT_TRANSLATE_NOOP("Labels", "Verify and close"),
    "verify_fail": QT_TRANSLATE_NOOP("Labels", "Verify failed (rework)"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Reopen"),
    "urge": QT_TRANSLATE_NOOP("Labels", "Urge"),
    "request_extension": QT_TRANSLATE_NOOP("Labels", "Request extension"),
    "approve_extension": QT_TRANSLATE_NOOP("Labels", "Approve extension"),
    "reject_extension": QT_TRANSLATE_NOOP("Labels", "Reject extension"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Callback"),
    "comment": QT_TRANSLATE_NOOP("Labels", "Comment"),
    "escalate": QT_TRANSLATE_NOOP("Labels", "Escalate"),
    "supervise": QT_TRANSLATE_NOOP("Labels", "Supervise"),
    "request_park": QT_TRANSLATE_NOOP("Labels", "Request parking"),
    "reject_park": QT_TRANSLATE_NOOP("Labels", "Refuse parking"),
    "sla_warning": QT_TRANSLATE_NOOP("Labels", "SLA warning"),
    "sla_overdue": QT_TRANSLATE_NOOP("Labels", "SLA overdue"),
    "recolor": QT_TRANSLATE_NOOP("Labels", "Color change"),
    "auto_remind": QT_TRANSLATE_NOOP("Labels", "Auto reminder"),
    "auto_supervise": QT_TRANSLATE_NOOP("Labels", "Auto supervision"),
    "auto_notice": QT_TRANSLATE_NOOP("Labels", "Public notice"),
    "calendar_changed": QT_TRANSLATE_NOOP("Labels", "Holiday calendar changed"),
    "attach": QT_TRANSLATE_NOOP("Labels", "Evidence attached"),
    "correct": QT_TRANSLATE_NOOP("Labels", "Correction"),
    "answer": QT_TRANSLATE_NOOP("Labels", "Answered on the phone"),
}
# The escalation ladder's rungs by level: 催办 (yellow, or an officer's urging), 督办 (red),
# 通报 (red five more working days).
_ESCALATION = {
    1: QT_TRANSLATE_NOOP("Labels", "Reminded"),
    2: QT_TRANSLATE_NOOP("Labels", "Supervised"),
    3: QT_TRANSLATE_NOOP("Labels", "Notice"),
}
CALLBACK_RESULTS = ("satisfied", "basically_satisfied", "unsatisfied")
_CALLBACK = {
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "basically_satisfied": QT_TRANSLATE_NOOP("Labels", "Basically satisfied"),
    "unsatisfied": QT_TRANSLATE_NOOP("Labels", "Unsatisfied"),
}
ESCALATE_TARGETS = ("supervisor", "city")
_TARGET = {
    "supervisor": QT_TRANSLATE_NOOP("Labels", "The shift supervisor"),
    "city": QT_TRANSLATE_NOOP("Labels", "The city command center"),
}
WORK_MINUTES_PER_DAY = 450  # 08:30–12:00 and 13:30–17:30
_WORK_DURATION = (
    QT_TRANSLATE_NOOP("Labels", "%1 working days"),
    QT_TRANSLATE_NOOP("Labels", "%1 working hours"),
    QT_TRANSLATE_NOOP("Labels", "%1 working days %2 working hours"),
)
_NATURAL_DURATION = (
    QT_TRANSLATE_NOOP("Labels", "%1 days"),
    QT_TRANSLATE_NOOP("Labels", "%1 hours"),
    QT_TRANSLATE_NOOP("Labels", "%1 days %2 hours"),
)


def _tr(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


def state_label(code: str | None) -> str:
    """待受理 for 'reported', and so on."""
    return _tr(_STATE, code)


def channel_label(code: str | None) -> str:
    """12345热线 for 'hotline_12345', and so on."""
    return _tr(_CHANNEL, code)


def role_label(code: str | None) -> str:
    """值班员 for 'duty_officer', and so on."""
    return _tr(_ROLE, code)


def color_label(code: str | None) -> str:
    """已超时 / 将超时 / 未超时."""
    return _tr(_COLOR, code)


def urgency_label(code: str | None) -> str:
    """一般 / 紧急 / 特急."""
    return _tr(_URGENCY, code)


def step_label(code: str | None) -> str:
    """The SLA step: 受理, 派遣, 处置, 核查."""
    return _tr(_STEP, code)


def action_label(code: str | None) -> str:
    """The lifecycle action as the history shows it."""
    return _tr(_ACTION, code)


def callback_label(code: str | None) -> str:
    """满意 / 基本满意 / 不满意."""
    return _tr(_CALLBACK, code)


def target_label(code: str | None) -> str:
    """Whom an escalation goes to: 值班长 or 市指挥中心."""
    return _tr(_TARGET, code)


def escalation_label(level: int | None) -> str:
    """催办 / 督办 / 通报 for the case's escalation level ('' below the first rung)."""
    source = _ESCALATION.get(min(int(level or 0), 3))
    return QCoreApplication.translate("Labels", source) if source else ""


def limit_text(minutes: float | None, clock: str | None) -> str:
    """A limit or an extension as an officer says it, the same everywhere.

    On the working clock '13个工作日', '1个工作日3.5工作小时', '2工作小时'; on the natural one
    '2天4小时', '4小时'.
    """
    if not minutes:
        return ""
    day = WORK_MINUTES_PER_DAY if clock == "work" else 1440
    days, rest = divmod(round(minutes), day)
    hours = f"{rest / 60:.2f}".rstrip("0").rstrip(".")
    names = _WORK_DURATION if clock == "work" else _NATURAL_DURATION
    if not rest:
        return QCoreApplication.translate("Labels", names[0]).replace("%1", str(days))
    if not days:
        return QCoreApplication.translate("Labels", names[1]).replace("%1", hours)
    text = QCoreApplication.translate("Labels", names[2])
    return text.replace("%1", str(days)).replace("%2", hours)


def duration_text(seconds: float) -> str:
    """A countdown: '2天 03:04:05', '03:04:05', negative with a leading minus when overdue."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    if days:
        return sign + QCoreApplication.translate("Labels", "%1d %2").replace(
            "%1", str(days)
        ).replace("%2", clock)
    return sign + clock


def age_text(seconds: float) -> str:
    """How long ago: '42分', '5时12分', '3天5时'."""
    total = max(0, int(seconds))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        text = QCoreApplication.translate("Labels", "%1d %2h")
        return text.replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = QCoreApplication.translate("Labels", "%1h %2m")
        return text.replace("%1", str(hours)).replace("%2", str(minutes))
    return QCoreApplication.translate("Labels", "%1m").replace("%1", str(minutes))
