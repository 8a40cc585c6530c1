"""The 督考 table's columns: every figure GET /kpis gives a row, how it reads, what is behind it.

One list for the table, its export and the click-through, so the three never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.charts import fmt
from console.translatable import QT_TRANSLATE_NOOP

CONTEXT = "KpiColumns"


@dataclass(frozen=True)
class Column:
    """A column: the row's field, its header, how it is written, and the count behind it
    (`part`, the cases a click lists; `whole`, what a rate is out of)."""

    field: str
    header: str
    kind: str  # "name", "count", "rate", "hours", "score"
    part: str = ""
    whole: str = ""

    def title(self) -> str:
        """The translated header."""
        return QCoreApplication.translate(CONTEXT, self.header)

    def text(self, row: dict[str, Any]) -> str:
        """The cell as shown (and exported as text)."""
        value = row.get(self.field)
        if self.kind == "name":
            return str(value or "")
        if value is None:
            return fmt.DASH
        if self.kind == "rate":  # one decimal always, so a column's figures line up
            return f"{float(value):.1f}%"
        if self.kind in ("hours", "score"):
            return f"{float(value):,.1f}"
        return f"{int(value):,}"

    def sort_value(self, row: dict[str, Any]) -> float | str:
        """What sorting compares: the number (no value sorts below every number)."""
        value = row.get(self.field)
        if self.kind == "name":
            return str(value or "")
        return float("-inf") if value is None else float(value)

    def cases_behind(self, row: dict[str, Any]) -> int:
        """How many cases a click on this cell lists (0: nothing to list)."""
        counts = row.get("counts") or {}
        return int(counts.get(self.part, 0) or 0) if self.part else 0

    def explain(self, row: dict[str, Any]) -> str:
        """The tooltip: the count behind the figure, out of what."""
        counts = row.get("counts") or {}
        if not self.part:
            return ""
        part = int(counts.get(self.part, 0) or 0)
        if self.whole:
            text = QCoreApplication.translate("KpiColumns", "%1 of %2 cases")
            text = text.replace("%1", f"{part:,}").replace(
                "%2", f"{int(counts.get(self.whole, 0)):,}"
            )
        else:
            text = QCoreApplication.translate("KpiColumns", "%1 cases").replace("%1", f"{part:,}")
        if part:
            text += "\n" + QCoreApplication.translate("KpiColumns", "Double-click to list them")
        return text


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("KpiColumns", "Name"), "name"),
    # The score first (the table opens sorted by it), then the counts, then the rates.
    Column("score", QT_TRANSLATE_NOOP("KpiColumns", "Score"), "score", "countable"),
    Column("intake", QT_TRANSLATE_NOOP("KpiColumns", "Intake"), "count", "intake"),
    Column("open", QT_TRANSLATE_NOOP("KpiColumns", "Open"), "count", "open"),
    Column("overdue_open", QT_TRANSLATE_NOOP("KpiColumns", "Overdue now"), "count", "overdue_open"),
    Column(
        "on_time_dispatch_rate",
        QT_TRANSLATE_NOOP("KpiColumns", "On-time dispatch"),
        "rate",
        "dispatch_on_time",
        "dispatch_judged",
    ),
    Column(
        "closure_rate", QT_TRANSLATE_NOOP("KpiColumns", "Closure"), "rate", "closed", "countable"
    ),
    Column(
        "on_time_closure_rate",
        QT_TRANSLATE_NOOP("KpiColumns", "On-time closure"),
        "rate",
        "closed_on_time",
        "countable",
    ),
    Column(
        "rework_rate", QT_TRANSLATE_NOOP("KpiColumns", "Rework"), "rate", "reworked", "resolved"
    ),
    Column("return_rate", QT_TRANSLATE_NOOP("KpiColumns", "Return"), "rate", "returned"),
    Column(
        "extension_rate",
        QT_TRANSLATE_NOOP("KpiColumns", "Extension"),
        "rate",
        "extended",
        "dispatched",
    ),
    Column(
        "satisfaction_rate",
        QT_TRANSLATE_NOOP("KpiColumns", "Satisfaction"),
        "rate",
        "satisfied",
        "callbacks",
    ),
    Column(
        "mean_handling_hours", QT_TRANSLATE_NOOP("KpiColumns", "Mean hours"), "hours", "handled"
    ),
)
BY_COLUMN = {c.field: c for c in COLUMNS}


def name_header(by: str) -> str:
    """The first column's header: department or street."""
    source = (
        QT_TRANSLATE_NOOP("KpiColumns", "Department")
        if by == "department"
        else QT_TRANSLATE_NOOP("KpiColumns", "Street")
    )
    return QCoreApplication.translate(CONTEXT, source)


def formula_text(weights: dict[str, Any]) -> str:
    """得分 = 受理量档位(10/7/4) + 0.3×结案率 + 0.3×按期结案率 + 0.3×(100−返工率)."""
    if not weights:
        return ""

    def n(name: str) -> str:
        return f"{float(weights.get(name) or 0):g}"

    text = QCoreApplication.translate(
        "KpiColumns",
        "Score = volume tier (%1/%2/%3) + %4 × closure + %5 × on-time closure + %6 × (100 − rework)",  # noqa: E501
    )
    names = ("tier_high", "tier_middle", "tier_low", "closure", "on_time_closure", "no_rework")
    for number, name in enumerate(names, start=1):
        text = text.replace(f"%{number}", n(name))
    return text
