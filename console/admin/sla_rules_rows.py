"""SLA rules as the editor holds them: one row per rule, limits in human units, checks.

A row keeps the limit as the administrator typed it (13 working days, 0.5 hours); the server
stores whole minutes (`work`: working minutes, 450 to a working day; `natural`: 24/7).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.models import labels
from console.translatable import QT_TRANSLATE_NOOP

URGENCIES = ("normal", "urgent", "emergency")
STEPS = ("accept", "dispatch", "sign", "handle", "verify")
MAX_MINUTES = 525_600
WORK_DAY = labels.WORK_MINUTES_PER_DAY  # 08:30–12:00 and 13:30–17:30
UNITS = {"work_days": WORK_DAY, "work_hours": 60, "hours": 60}  # minutes per unit
UNIT_CLOCK = {"work_days": "work", "work_hours": "work", "hours": "natural"}
_UNIT = {
    "work_days": QT_TRANSLATE_NOOP("SlaRules", "working days"),
    "work_hours": QT_TRANSLATE_NOOP("SlaRules", "working hours"),
    "hours": QT_TRANSLATE_NOOP("SlaRules", "hours (24/7)"),
}
_CLOCK = {
    "work": QT_TRANSLATE_NOOP("SlaRules", "Working time"),
    "natural": QT_TRANSLATE_NOOP("SlaRules", "Natural time (24/7)"),
}
_KIND = {
    "consultation": QT_TRANSLATE_NOOP("SlaRules", "Consultation"),
    "help": QT_TRANSLATE_NOOP("SlaRules", "Request for help"),
    "complaint": QT_TRANSLATE_NOOP("SlaRules", "Complaint"),
    "report": QT_TRANSLATE_NOOP("SlaRules", "Problem report"),
    "suggestion": QT_TRANSLATE_NOOP("SlaRules", "Suggestion"),
}


def tr(text: str) -> str:
    """Translate in the SlaRules context."""
    return QCoreApplication.translate("SlaRules", text)


def unit_label(unit: str) -> str:
    """工作日 / 工作小时 / 小时(自然时)."""
    return tr(_UNIT[unit]) if unit in _UNIT else unit


def clock_label(clock: str) -> str:
    """工作时间 / 自然时间."""
    return tr(_CLOCK[clock]) if clock in _CLOCK else clock


def kind_label(kind: str) -> str:
    """The kind of category: 咨询, 求助, 投诉, …."""
    return tr(_KIND[kind]) if kind in _KIND else kind


def amount_text(amount: float) -> str:
    """13, 0.5, 0.25: no trailing zeros."""
    return f"{round(amount, 4):g}"


@dataclass
class SlaRow:
    """One rule: scope ("" all, "kind:X", "category:X"), urgency, step, limit and unit."""

    scope: str
    urgency: str
    step: str
    amount: float
    unit: str

    @property
    def clock(self) -> str:
        """`work` or `natural`, from the unit."""
        return UNIT_CLOCK.get(self.unit, "work")

    @property
    def minutes(self) -> float:
        """The limit in minutes (not necessarily whole: the checks say so)."""
        return self.amount * UNITS.get(self.unit, 1)

    def key(self) -> tuple[str, str, str]:
        """What two rules may not share."""
        return (self.scope, self.urgency, self.step)

    def rule(self) -> dict[str, Any]:
        """The rule as the server takes it."""
        kind, _, code = self.scope.partition(":")
        return {
            "category": code if kind == "category" else None,
            "category_kind": code if kind == "kind" else None,
            "urgency": self.urgency,
            "step": self.step,
            "minutes": round(self.minutes),
            "clock": self.clock,
        }

    @classmethod
    def from_rule(cls, rule: dict[str, Any]) -> SlaRow:
        """A row from the server's rule, in the largest unit that shows it whole."""
        if rule.get("category"):
            scope = f"category:{rule['category']}"
        elif rule.get("category_kind"):
            scope = f"kind:{rule['category_kind']}"
        else:
            scope = ""
        minutes = int(rule.get("minutes") or 0)
        if rule.get("clock") == "natural":
            unit = "hours"
        else:
            unit = "work_days" if minutes and minutes % WORK_DAY == 0 else "work_hours"
        return cls(scope, str(rule["urgency"]), str(rule["step"]), minutes / UNITS[unit], unit)


def order_key(row: SlaRow) -> tuple[int, int, int, str]:
    """Urgency, step, then all categories before a kind before one category."""
    urgency = URGENCIES.index(row.urgency) if row.urgency in URGENCIES else 9
    step = STEPS.index(row.step) if row.step in STEPS else 9
    rank = {"": 0, "kind": 1, "category": 2}.get(row.scope.partition(":")[0], 3)
    return (urgency, step, rank, row.scope)


@dataclass(frozen=True)
class Problem:
    """What is wrong: a row (None for the whole set), the field, a sentence."""

    row: int | None
    field: str
    message: str


def check(
    rows: list[SlaRow],
    warn_ratio: float,
    urgencies: tuple[str, ...] = URGENCIES,
    steps: tuple[str, ...] = STEPS,
) -> list[Problem]:
    """Everything the server would refuse, found before sending."""
    problems: list[Problem] = []
    if not 0 < warn_ratio < 1:
        text = tr(QT_TRANSLATE_NOOP("SlaRules", "The warn ratio must lie between 0 and 1."))
        problems.append(Problem(None, "warn_ratio", text))
    seen: dict[tuple[str, str, str], int] = {}
    for index, row in enumerate(rows):
        minutes = row.minutes
        if abs(minutes - round(minutes)) > 1e-6 or not 1 <= round(minutes) <= MAX_MINUTES:
            text = tr(
                QT_TRANSLATE_NOOP(
                    "SlaRules",
                    "The limit must be a whole number of minutes from 1 to 525,600 "
                    "(%1 %2 is %3 minutes).",
                )
            )
            text = text.replace("%1", amount_text(row.amount)).replace("%2", unit_label(row.unit))
            problems.append(Problem(index, "minutes", text.replace("%3", amount_text(minutes))))
        first = seen.setdefault(row.key(), index)
        if first != index:
            text = tr(
                QT_TRANSLATE_NOOP(
                    "SlaRules", "Rows %1 and %2 are rules for the same scope, urgency and step."
                )
            )
            text = text.replace("%1", str(first + 1)).replace("%2", str(index + 1))
            problems.append(Problem(first, "duplicate", text))
            problems.append(Problem(index, "duplicate", text))
    for urgency in urgencies:
        for step in steps:
            if ("", urgency, step) not in seen:
                text = tr(
                    QT_TRANSLATE_NOOP(
                        "SlaRules",
                        "%1, %2: there is no rule for all categories. Add one: it applies "
                        "wherever no kind or category rule does.",
                    )
                )
                text = text.replace("%1", labels.urgency_label(urgency))
                problems.append(Problem(None, "rules", text.replace("%2", labels.step_label(step))))
    return problems


_SERVER_FIELDS = {
    "minutes": QT_TRANSLATE_NOOP(
        "SlaRules", "The limit must be a whole number of minutes from 1 to 525,600."
    ),
    "warn_ratio": QT_TRANSLATE_NOOP("SlaRules", "The warn ratio must lie between 0 and 1."),
    "clock": QT_TRANSLATE_NOOP("SlaRules", "Choose working time or natural time."),
    "category": QT_TRANSLATE_NOOP(
        "SlaRules", "Choose one scope: all categories, a kind, or a category the server knows."
    ),
    "category_kind": QT_TRANSLATE_NOOP(
        "SlaRules", "Choose one scope: all categories, a kind, or a category the server knows."
    ),
}


def server_message(field: str, message: str) -> str:
    """The server's 422 message for a field, in our words where we have them."""
    known = _SERVER_FIELDS.get(field)
    return tr(known) if known else message
