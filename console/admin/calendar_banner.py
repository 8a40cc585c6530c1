"""The strip that says next year's holidays are missing (supervisors and administrators).

Asks GET /api/v1/calendar/status at start, every hour and when the calendar changes; shows
「2027年节假日安排尚未录入，期限按周一至周五计算」 while `warn_missing_next` holds.
Administrators get a button to the calendar screen; supervisors see the message only.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from console.admin.screens import AdminScreens
from console.api.calendar import CalendarApi
from console.controllers.context import PaneContext
from widgets.banner import Banner

log = logging.getLogger(__name__)

# Who is told about a missing year: the console's choice, not a server rule (every signed-in
# role may read the calendar status; only the administrator may change the calendar).
ROLES = frozenset({"supervisor", "admin"})
CHECK_MS = 3_600_000  # every hour
CHANGED_MS = 2_000  # after a calendar.changed event (several may come at once)


def missing_year(status: dict[str, Any]) -> int | None:
    """The year the warning is about: next year when it is missing and the server warns."""
    if not status.get("warn_missing_next"):
        return None
    try:
        this_year = date.fromisoformat(str(status.get("today") or "")).year
    except ValueError:
        this_year = date.today().year
    later = sorted(int(y) for y in status.get("missing") or [] if int(y) > this_year)
    return later[0] if later else this_year + 1


class CalendarBanner(Banner):
    """Warns that next year's public holidays have not been entered yet."""

    def __init__(
        self, ctx: PaneContext, screens: AdminScreens, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, closable=True)
        self.setObjectName("calendarBanner")
        self._ctx = ctx
        self._screens = screens
        self._api = CalendarApi(ctx.client)
        self.year: int | None = None  # the missing year shown, None while hidden
        self._dismissed: int | None = None  # the year the officer closed the strip for
        self.checks = 0  # answers received (tests wait for them)
        self.open_button = QPushButton(self.tr("Open the holiday calendar"), self)
        self.open_button.setObjectName("openCalendar")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.open_button.setVisible(screens.available("admin_calendar"))
        row = self.layout()
        if isinstance(row, QHBoxLayout):
            row.insertWidget(1, self.open_button)
        self.closed.connect(self._on_self_closed)
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._soon = QTimer(self, singleShot=True, interval=CHANGED_MS)
        self._soon.timeout.connect(self.check)

    @property
    def enabled(self) -> bool:
        """Whether this role is told about a missing calendar at all."""
        return self._ctx.session.role in ROLES

    def start(self) -> None:
        """Check now and every hour; follow calendar changes."""
        if not self.enabled:
            return
        self._ctx.live.events_applied.connect(self._on_live_events_applied)
        self._timer.start()
        self.check()

    def check(self) -> None:
        """Ask the server (in the background) whether next year is missing."""
        self._ctx.runner.run(
            self._api.status,
            self._on_status_loaded,
            on_error=self._on_status_failed,
            what=self.tr("Checking the holiday calendar"),
        )

    def _on_status_loaded(self, status: dict[str, Any]) -> None:
        self.checks += 1
        year = missing_year(status)
        self.year = year
        if year is None or year == self._dismissed:
            self.hide()
            return
        text = self.tr(
            "The %1 public holidays have not been entered yet; deadlines count Monday to Friday."
        )
        self.show_message(text.replace("%1", str(year)), "warning")

    def _on_status_failed(self, exc: Exception) -> None:
        # An older server without the calendar, or a passing outage: the next check retries.
        self.checks += 1
        log.info("calendar status not read: %s", exc)

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        if any(event.get("type") == "calendar.changed" for event in events):
            self._soon.start()

    def _on_open_clicked(self) -> None:
        screen = self._screens.open("admin_calendar")
        show_year = getattr(screen, "show_year", None)
        if show_year is not None and self.year is not None:
            show_year(self.year, date(self.year, 1, 1))

    def _on_self_closed(self) -> None:
        self._dismissed = self.year
