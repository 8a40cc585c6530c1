"""The queue's columns: header text, how a cell reads, and how the column sorts."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.models import labels


@dataclass(frozen=True)
class Column:
    """One queue column; `key` gives a sortable value of one type for every case."""

    name: str
    header: str
    text: Callable[[dict[str, Any], float], str]
    key: Callable[[dict[str, Any]], Any]
    width: int

    def title(self) -> str:
        """The translated header text."""
        return QCoreApplication.translate("Columns", self.header)


def _sla_text(case: dict[str, Any], now: float) -> str:
    due = case.get("_due")
    if due is None or case.get("state") not in labels.OPEN_STATES:
        return "—"
    if case.get("sla_paused"):
        return QCoreApplication.translate("Columns", "paused")
    return labels.duration_text(due - now)


def _due_key(case: dict[str, Any]) -> tuple[int, float]:
    """Unacknowledged alerts first, then by time left (the queue's default order)."""
    first = 0 if case.get("_alert") else 1
    due = case.get("_due")
    if due is None or case.get("state") not in labels.OPEN_STATES:
        return first, math.inf
    return first, due


_URGENCY_RANK = {"emergency": 0, "urgent": 1}


def _urgency_text(case: dict[str, Any], _now: float) -> str:
    urgency = case.get("urgency")
    return labels.urgency_label(urgency) if urgency in _URGENCY_RANK else ""


def _field(name: str) -> Callable[[dict[str, Any], float], str]:
    return lambda case, _now: str(case.get(name) or "")


def _field_key(name: str) -> Callable[[dict[str, Any]], str]:
    return lambda case: str(case.get(name) or "")


COLUMNS: tuple[Column, ...] = (
    Column("sla", QT_TRANSLATE_NOOP("Columns", "Time left"), _sla_text, _due_key, 130),
    Column(
        "urgency",
        QT_TRANSLATE_NOOP("Columns", "Urgency"),
        _urgency_text,
        lambda case: _URGENCY_RANK.get(case.get("urgency") or "", 9),
        56,
    ),
    Column("ref", QT_TRANSLATE_NOOP("Columns", "Ref"), _field("ref"), _field_key("ref"), 132),
    Column(
        "channel",
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        lambda case, _now: labels.channel_label(case.get("channel")),
        _field_key("channel"),
        96,
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        _field("category_name"),
        _field_key("category_name"),
        120,
    ),
    Column(
        "title", QT_TRANSLATE_NOOP("Columns", "Title"), _field("title"), _field_key("title"), 300
    ),
    Column(
        "street",
        QT_TRANSLATE_NOOP("Columns", "Street"),
        _field("street_name"),
        _field_key("street_name"),
        64,
    ),
    Column(
        "department",
        QT_TRANSLATE_NOOP("Columns", "Department"),
        _field("department_name"),
        _field_key("department_name"),
        140,
    ),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Columns", "State"),
        lambda case, _now: labels.state_label(case.get("state")),
        lambda case: labels.STATE_ORDER.get(case.get("state") or "", 99),
        72,
    ),
    Column(
        "age",
        QT_TRANSLATE_NOOP("Columns", "Age"),
        lambda case, now: labels.age_text(now - case.get("_created", now)),
        lambda case: -case.get("_created", 0.0),
        76,
    ),
    Column(
        "escalation",
        QT_TRANSLATE_NOOP("Columns", "Escalation"),
        lambda case, _now: labels.escalation_label(case.get("escalation_level")),
        lambda case: int(case.get("escalation_level") or 0),
        64,
    ),
)
COLUMN_INDEX = {column.name: i for i, column in enumerate(COLUMNS)}
# Columns whose text moves with the clock (repainted every second in the visible range).
CLOCK_COLUMNS = (COLUMN_INDEX["sla"], COLUMN_INDEX["age"])
