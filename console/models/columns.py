"""The queue's columns: header text, how a cell reads, and how the column sorts.

A column sorts by one key per case, computed for many cases at once (`sort_keys`: a numpy
array of floats or strings); rows with equal keys go by case id. The same function gives the
key of one case (`sort_key`), so that a row placed by bisection lands where a full sort puts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from console.models import labels
from console.models.case_store import OPEN_RANKS, CaseStore
from console.translatable import QT_TRANSLATE_NOOP

Text = Callable[[CaseStore, int, float], str]
# Sort keys of many cases: numbers as an array; texts as a list of the stored strings
# themselves (a numpy copy of 100,000 texts kept as keys would cost 15 MB more).
Keys = Callable[[CaseStore, np.ndarray], "np.ndarray | list[str]"]
NO_DUE = 1e11  # after every real instant (year 5138), before the alert offset
ALERT_OFFSET = 1e12  # unacknowledged alerts first: everything else is pushed behind them


@dataclass(frozen=True)
class Column:
    """One queue column."""

    name: str
    header: str
    text: Text
    sort_keys: Keys
    width: int
    one_key: Callable[[CaseStore, int], Any] | None = None  # sort_key's quicker twin

    def __post_init__(self) -> None:
        if self.one_key is None:
            object.__setattr__(self, "one_key", self._one_key_of_many)

    def title(self) -> str:
        """The translated header text."""
        return QCoreApplication.translate("Columns", self.header)

    def sort_key(self, store: CaseStore, slot: int) -> Any:
        """The key of one case (a float or a string), as `sort_keys` computes it."""
        return self.one_key(store, slot)  # type: ignore[misc]

    def _one_key_of_many(self, store: CaseStore, slot: int) -> Any:
        key = self.sort_keys(store, np.array([slot], dtype=np.int64))[0]
        return key.item() if isinstance(key, np.generic) else key


def _sla_text(store: CaseStore, slot: int, now: float) -> str:
    due = store.scalar("due", slot)
    if due != due or store.scalar("state", slot) not in OPEN_RANKS:
        return "—"
    if store.scalar("paused", slot):
        return QCoreApplication.translate("Columns", "paused")
    return labels.duration_text(due - now)


def _due_keys(store: CaseStore, slots: np.ndarray) -> np.ndarray:
    """Unacknowledged alerts first, then by time left (the queue's default order)."""
    due = store.column("due")[slots]
    running = np.isin(store.column("state")[slots], list(OPEN_RANKS)) & ~np.isnan(due)
    later = np.where(store.column("alert")[slots], 0.0, ALERT_OFFSET)
    return later + np.where(running, due, NO_DUE)


def _due_key(store: CaseStore, slot: int) -> float:
    """One case's `_due_keys`."""
    due = store.scalar("due", slot)
    running = store.scalar("state", slot) in OPEN_RANKS and due == due
    return (0.0 if store.scalar("alert", slot) else ALERT_OFFSET) + (due if running else NO_DUE)


def _urgency_text(store: CaseStore, slot: int, _now: float) -> str:
    urgency = store.get(slot, "urgency")
    return labels.urgency_label(urgency) if urgency in ("emergency", "urgent") else ""


def _field(name: str) -> Text:
    return lambda store, slot, _now: str(store.get(slot, name) or "")


def _field_keys(name: str) -> Keys:
    def keys(store: CaseStore, slots: np.ndarray) -> list[str]:
        get = store.get
        return [str(get(s, name) or "") for s in slots.tolist()]

    return keys


def _field_key(name: str) -> Callable[[CaseStore, int], str]:
    return lambda store, slot: str(store.get(slot, name) or "")


def _numeric_keys(name: str, sign: float = 1.0) -> Keys:
    return lambda store, slots: sign * store.column(name)[slots].astype(np.float64)


def _numeric_key(name: str, sign: float = 1.0) -> Callable[[CaseStore, int], float]:
    return lambda store, slot: sign * float(store.scalar(name, slot))


COLUMNS: tuple[Column, ...] = (
    Column(
        "sla",
        QT_TRANSLATE_NOOP("Columns", "Time left"),
        _sla_text,
        _due_keys,
        130,
        _due_key,
    ),
    Column(
        "urgency",
        QT_TRANSLATE_NOOP("Columns", "Urgency"),
        _urgency_text,
        _numeric_keys("urgency"),
        56,
        _numeric_key("urgency"),
    ),
    Column(
        "ref",
        QT_TRANSLATE_NOOP("Columns", "Ref"),
        _field("ref"),
        _field_keys("ref"),
        132,
        _field_key("ref"),
    ),
    Column(
        "channel",
        QT_TRANSLATE_NOOP("Columns", "Channel"),
        lambda store, slot, _now: labels.channel_label(store.get(slot, "channel")),
        _field_keys("channel"),
        96,
        _field_key("channel"),
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        _field("category_name"),
        _field_keys("category_name"),
        120,
        _field_key("category_name"),
    ),
    Column(
        "title",
        QT_TRANSLATE_NOOP("Columns", "Title"),
        _field("title"),
        _field_keys("title"),
        300,
        _field_key("title"),
    ),
    Column(
        "street",
        QT_TRANSLATE_NOOP("Columns", "Street"),
        _field("street_name"),
        _field_keys("street_name"),
        64,
        _field_key("street_name"),
    ),
    Column(
        "department",
        QT_TRANSLATE_NOOP("Columns", "Department"),
        _field("department_name"),
        _field_keys("department_name"),
        140,
        _field_key("department_name"),
    ),
    Column(
        "state",
        QT_TRANSLATE_NOOP("Columns", "State"),
        lambda store, slot, _now: labels.state_label(store.get(slot, "state")),
        _numeric_keys("state"),
        72,
        _numeric_key("state"),
    ),
    Column(
        "age",
        QT_TRANSLATE_NOOP("Columns", "Age"),
        lambda store, slot, now: labels.age_text(now - store.scalar("created", slot)),
        _numeric_keys("created", -1.0),
        76,
        _numeric_key("created", -1.0),
    ),
    Column(
        "escalation",
        QT_TRANSLATE_NOOP("Columns", "Escalation"),
        lambda store, slot, _now: labels.escalation_label(store.get(slot, "escalation_level")),
        _numeric_keys("escalation"),
        64,
        _numeric_key("escalation"),
    ),
)
COLUMN_INDEX = {column.name: i for i, column in enumerate(COLUMNS)}
# Columns whose text moves with the clock (repainted every second in the visible range).
CLOCK_COLUMNS = (COLUMN_INDEX["sla"], COLUMN_INDEX["age"])
