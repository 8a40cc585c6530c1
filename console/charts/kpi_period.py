"""The 督考 page's period: today, this week, this month, this quarter, or a range of days.

A named period is sent as such (`period=month`): the server starts it by its own clock in
Asia/Shanghai, so a console whose clock is off still shows the right month. A range is sent
as from/to: the first day's 00:00 to the day after the last day, Asia/Shanghai.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from console.models import center_time
from widgets.plain_text import PlainLabel

LONGEST_DAYS = 366  # the server's limit for one table
NAMED = ("today", "week", "month", "quarter")


def day_start(day: date) -> datetime:
    """00:00 of a day in Asia/Shanghai."""
    return datetime.combine(day, time(0, 0), tzinfo=center_time.CENTER)


def range_params(first: date, last: date) -> dict[str, str]:
    """from/to of the days first..last, both included."""
    return {
        "from": day_start(first).isoformat(),
        "to": day_start(last + timedelta(days=1)).isoformat(),
    }


class PeriodPicker(QWidget):
    """A choice of period and, for a range, its first and last day."""

    changed = Signal(dict)  # the query parameters: {"period": …} or {"from": …, "to": …}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("kpiPeriod")
        for code, text in (
            ("today", self.tr("Today")),
            ("week", self.tr("This week")),
            ("month", self.tr("This month")),
            ("quarter", self.tr("This quarter")),
            ("range", self.tr("Days…")),
        ):
            self.combo.addItem(text, code)
        self.combo.setToolTip(self.tr("The period of the table (Asia/Shanghai)"))
        today = datetime.now(center_time.CENTER).date()
        self.first = self._date_edit("kpiFrom", today.replace(day=1))
        self.last = self._date_edit("kpiTo", today)
        self.dash = PlainLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.first)
        layout.addWidget(self.dash)
        layout.addWidget(self.last)
        self._show_range(False)
        self.combo.currentIndexChanged.connect(self._on_combo_changed)
        self.first.dateChanged.connect(self._on_date_changed)
        self.last.dateChanged.connect(self._on_date_changed)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit

    def _show_range(self, shown: bool) -> None:
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(shown)

    # -- public -----------------------------------------------------------------------------

    def code(self) -> str:
        """today, week, month, quarter or range."""
        return str(self.combo.currentData())

    def params(self) -> dict[str, str]:
        """The query parameters of the chosen period."""
        if self.code() != "range":
            return {"period": self.code()}
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return range_params(first, last)

    def choose(self, code: str) -> None:
        """Pick a named period (or "range")."""
        self.combo.setCurrentIndex(max(0, self.combo.findData(code)))

    def choose_days(self, first: date, last: date) -> None:
        """Pick a range of days (both included)."""
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        if self.code() == "range":
            self._on_date_changed()
        else:
            self.choose("range")

    def label(self, body: dict[str, Any]) -> str:
        """How the title names the period an answer covers: 'This month (12-01 – 12-07 14:20)'."""
        start = center_time.parse(body.get("from"))
        end = center_time.parse(body.get("to"))
        if start is None or end is None:
            return self.combo.currentText()
        code = body.get("period") or "range"
        if code == "range":
            shown_end = end - timedelta(microseconds=1) if end.time() == time(0, 0) else end
            return f"{start:%Y-%m-%d} – {shown_end:%Y-%m-%d}"
        name = self.combo.itemText(max(0, self.combo.findData(code)))
        return f"{name} ({start:%m-%d} – {end:%m-%d %H:%M})"

    # -- handlers ---------------------------------------------------------------------------

    def _on_combo_changed(self, _index: int) -> None:
        self._show_range(self.code() == "range")
        self.changed.emit(self.params())

    def _on_date_changed(self, *_args: object) -> None:
        first, last = self.first.date(), self.last.date()
        if last < first:  # the other end follows: a range is never upside down
            edit = self.last if self.sender() is self.first else self.first
            edit.blockSignals(True)
            edit.setDate(first if edit is self.last else last)
            edit.blockSignals(False)
        elif first.daysTo(last) >= LONGEST_DAYS:
            edit = self.first if self.sender() is self.last else self.last
            edit.blockSignals(True)
            if edit is self.first:
                edit.setDate(last.addDays(-(LONGEST_DAYS - 1)))
            else:
                edit.setDate(first.addDays(LONGEST_DAYS - 1))
            edit.blockSignals(False)
        if self.code() == "range":
            self.changed.emit(self.params())
