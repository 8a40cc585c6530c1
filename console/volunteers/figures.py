"""The volunteer service's figures (GET /volunteers/stats): requests and hours per street and
per team, the average rating and the median time from an offer to its acceptance."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from widgets.plain_text import PlainLabel

PERIODS = (7, 30, 365, 0)  # days back; 0: everything


def number(value: object, digits: int = 0) -> str:
    """A figure as the table shows it ('—' when there is none)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, int | float) and (isinstance(value, float) or digits):
        return f"{float(value):.{digits or 1}f}"
    return str(value)


class FiguresView(QWidget):
    """Two tables (streets, teams) and the totals; `period_changed(since)` asks for a read."""

    period_changed = Signal(object)  # datetime or None

    def __init__(self, now: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerFigures")
        self._now = now
        self.period = QComboBox(self)
        self.period.setObjectName("figuresPeriod")
        for days in PERIODS:
            text = self.tr("Last %1 days").replace("%1", str(days)) if days else self.tr("All")
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.totals = PlainLabel(self)
        self.totals.setObjectName("figuresTotals")
        self.totals.setWordWrap(True)
        self.streets = self._table(
            [
                self.tr("Street"),
                self.tr("Requests"),
                self.tr("Done"),
                self.tr("Hours"),
                self.tr("Rated"),
                self.tr("Average rating"),
            ]
        )
        self.streets.setObjectName("figuresStreets")
        self.teams = self._table(
            [
                self.tr("Team"),
                self.tr("Requests"),
                self.tr("Declined"),
                self.tr("Accepted"),
                self.tr("Done"),
                self.tr("Hours"),
                self.tr("Average rating"),
                self.tr("Median minutes to accept"),
            ]
        )
        self.teams.setObjectName("figuresTeams")
        bar = QHBoxLayout()
        bar.addWidget(PlainLabel(self.tr("Requests made:"), self))
        bar.addWidget(self.period)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.totals)
        tables = QHBoxLayout()
        tables.addWidget(self.streets, 2)
        tables.addWidget(self.teams, 3)
        layout.addLayout(tables, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.period_changed.emit(self.since()))
        self.reload_button.clicked.connect(lambda: self.period_changed.emit(self.since()))

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def since(self) -> datetime | None:
        """The start of the period chosen (None: everything)."""
        days = int(self.period.currentData() or 0)
        return self._now() - timedelta(days=days) if days else None

    def show_figures(self, body: dict[str, Any]) -> None:
        """Fill the tables from the server's answer."""
        self._fill(
            self.streets,
            [
                [
                    str(row.get("name") or row.get("street") or ""),
                    number(row.get("requests")),
                    number(row.get("done")),
                    number(row.get("hours"), 1),
                    number(row.get("rated")),
                    number(row.get("average_rating"), 2),
                ]
                for row in body.get("streets") or []
            ],
        )
        self._fill(
            self.teams,
            [
                [
                    str(row.get("name") or row.get("team") or ""),
                    number(row.get("requests")),
                    number(row.get("declined")),
                    number(row.get("accepted")),
                    number(row.get("done")),
                    number(row.get("hours"), 1),
                    number(row.get("average_rating"), 2),
                    number(row.get("median_accept_minutes"), 1),
                ]
                for row in body.get("teams") or []
            ],
        )
        totals = body.get("totals") or {}
        self.totals.setText(
            self.tr(
                "%1 request(s), %2 done, %3 hours of service; average rating %4; "
                "median %5 minutes from an offer to its acceptance."
            )
            .replace("%1", number(totals.get("requests")))
            .replace("%2", number(totals.get("done")))
            .replace("%3", number(totals.get("hours"), 1))
            .replace("%4", number(totals.get("average_rating"), 2))
            .replace("%5", number(totals.get("median_accept_minutes"), 1))
        )

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
