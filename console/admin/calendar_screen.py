"""The holiday calendar (放假调休安排) of one year, entered from the keyboard by an administrator.

The year's twelve months show its holidays and make-up workdays (library or entered); the
chosen day takes H (holiday, with the name typed), W (make-up workday) or Delete (back to
the library). Each change is sent at once and says how many running SLA clocks it moved;
the screen follows `calendar.changed` in the feed, so another administrator's change shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.admin.calendar_import import CalendarImportDialog
from console.admin.calendar_panel import CalendarPanel, kind_text
from console.admin.calendar_view import YearView, today
from console.admin.notice import STYLE, repolish
from console.api import ApiError, Forbidden, Invalid, NotFound
from console.api.calendar import CalendarApi
from console.controllers.context import PaneContext
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel
from widgets.present import present

FIRST_YEAR, LAST_YEAR = 2000, 2100
SOURCES = {
    "library": QT_TRANSLATE_NOOP(
        "CalendarScreen", "%1: the official calendar from the library; nothing entered."
    ),
    "entered": QT_TRANSLATE_NOOP(
        "CalendarScreen", "%1: entered by an administrator (the library does not know this year)."
    ),
    "mixed": QT_TRANSLATE_NOOP(
        "CalendarScreen", "%1: the library's calendar with days entered by an administrator."
    ),
    "missing": QT_TRANSLATE_NOOP(
        "CalendarScreen",
        "%1: no holiday schedule yet, so deadlines count Monday to Friday. "
        "Enter the State Council's notice.",
    ),
}


class CalendarScreen(QWidget):
    """One year's holidays and make-up workdays: see them, and change them with the keys."""

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarScreen")
        self.setWindowTitle(self.tr("Holiday calendar — Administration"))
        self.setStyleSheet(STYLE)
        self._ctx = ctx
        self.api = CalendarApi(ctx.client)
        self.editable = ctx.session.role == "admin"
        self.source = ""  # the shown year's source: library, entered, mixed, missing
        self.entries: dict[date, dict[str, Any]] = {}
        self.loads = 0  # year answers applied (tests wait for them)
        self.pending = 0  # changes sent, not answered yet
        self.last_moved: int | None = None  # running clocks the last change moved
        self.import_dialog: CalendarImportDialog | None = None
        self._generation = 0
        self.year_box = QSpinBox(self)
        self.year_box.setObjectName("calendarYear")
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        self.source_label = PlainLabel(self)
        self.source_label.setObjectName("yearSource")
        self.source_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import notice…"), self)
        self.import_button.setObjectName("importNotice")
        self.import_button.setVisible(self.editable)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.view = YearView(self)
        self.panel = CalendarPanel(self)
        self.panel.set_editable(self.editable)
        self.notice = self.panel.notice
        year_label = PlainLabel(self.tr("Year"), self)
        year_label.setBuddy(self.year_box)
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_box)
        bar.addWidget(self.source_label, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.reload_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._refetch = QTimer(self, singleShot=True, interval=300)
        self._refetch.timeout.connect(self.load)
        self.year_box.valueChanged.connect(self._on_year_box_changed)
        self.import_button.clicked.connect(self.open_import)
        self.reload_button.clicked.connect(self.load)
        self.view.day_chosen.connect(self._on_view_day_chosen)
        self.view.action_requested.connect(self.act)
        self.view.year_requested.connect(self.show_year)
        self.panel.action_requested.connect(self.act)
        self.panel.day_picked.connect(self._on_panel_day_picked)
        present(self.panel.name_edit.lineEdit()).returnPressed.connect(self.view.setFocus)
        ctx.live.events_applied.connect(self._on_live_events_applied)
        self.resize(1340, 780)
        self.show_year(today().year)

    # -- public -----------------------------------------------------------------------------

    @property
    def year(self) -> int:
        """The year shown."""
        return self.view.year

    def show_year(self, year: int, chosen: date | None = None) -> None:
        """Show a year (read in the background); the chosen day moves into it."""
        year = max(FIRST_YEAR, min(LAST_YEAR, int(year)))
        self.year_box.blockSignals(True)
        self.year_box.setValue(year)
        self.year_box.blockSignals(False)
        if chosen is None or chosen.year != year:
            old = self.view.chosen
            chosen = date(year, old.month, min(old.day, 28))
        self.view.set_year(year, {}, chosen)
        self.source_label.setText(self.tr("%1: loading…").replace("%1", str(year)))
        self.load()

    def load(self) -> None:
        """Read the shown year again."""
        self._generation += 1
        generation, year = self._generation, self.view.year
        self._ctx.runner.run(
            lambda: self.api.year(year),
            lambda body: self._on_year_loaded(generation, year, body),
            on_error=lambda exc: self._on_year_failed(generation, exc),
            what=self.tr("Loading the holiday calendar"),
        )

    def act(self, action: str) -> None:
        """holiday / workday / clear on the chosen day, or name (type the name)."""
        if action == "name":
            self.panel.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            present(self.panel.name_edit.lineEdit()).selectAll()
            return
        if not self.editable:
            self.notice.say(self.tr("Only administrators change the calendar."), "warning")
            return
        day = self.view.chosen
        if action == "clear":
            entry = self.entries.get(day)
            if entry is None or entry.get("source") != "entered":
                text = self.tr("Nothing was entered for %1: it follows the library already.")
                self.notice.say(text.replace("%1", day.isoformat()), "info")
                return
            self._send(day, None, lambda: self.api.clear_day(day))
            return
        name = self.panel.name()
        if not name:
            self.notice.say(
                self.tr("Type the name first (e.g. 春节), then press the key."), "warning"
            )
            self.act("name")
            return
        self._send(day, {"kind": action, "name": name}, lambda: self.api.set_day(day, action, name))

    def open_import(self) -> CalendarImportDialog:
        """The notice's CSV import (one dialog, reused)."""
        if self.import_dialog is None:
            self.import_dialog = CalendarImportDialog(self.api, self._ctx.runner, self)
            self.import_dialog.imported.connect(self._on_import_dialog_imported)
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.view.setFocus()  # the keys work at once: arrows, H, W, Delete

    # -- handlers ---------------------------------------------------------------------------

    def _send(self, day: date, entry: dict[str, Any] | None, call: Any) -> None:
        self.pending += 1
        self.view.pending.add(day)
        if entry is not None:  # shown at once; the year is read again after the answer
            self.view.days[day] = {**entry, "date": day.isoformat(), "source": "entered"}
        self.view.update()
        self.notice.say(self.tr("Sending %1…").replace("%1", day.isoformat()), "info")
        self._ctx.runner.run(
            call,
            lambda body: self._on_day_written(day, entry, body),
            on_error=lambda exc: self._on_day_failed(day, exc),
            what=self.tr("Changing the holiday calendar"),
            write=True,
        )

    def _on_day_written(self, day: date, entry: dict[str, Any] | None, body: Any) -> None:
        self.pending -= 1
        self.view.pending.discard(day)
        moved = int((body or {}).get("moved") or 0)
        self.last_moved = moved
        if entry is None:
            what = self.tr("back to the library")
        else:
            what = f"{kind_text(str(entry['kind']))} {entry['name']}"
        text = self.tr("%1: %2. Running clocks moved: %3.")
        text = text.replace("%1", day.isoformat()).replace("%2", what).replace("%3", str(moved))
        self.notice.say(text, "ok", sticky=True)
        self._refetch.start()

    def _on_day_failed(self, day: date, exc: Exception) -> None:
        self.pending -= 1
        self.view.pending.discard(day)
        self._refetch.start()  # what was shown at once goes back to what the server has
        if isinstance(exc, NotFound):
            text = self.tr("Nothing was entered for %1: it follows the library already.")
            self.notice.say(text.replace("%1", day.isoformat()), "info")
            return
        if isinstance(exc, Invalid) and exc.errors:
            why = "; ".join(e["message"] for e in exc.errors)
        elif isinstance(exc, Forbidden):
            why = self.tr("only administrators change the calendar")
        else:
            why = exc.detail if isinstance(exc, ApiError) else str(exc)
        text = self.tr("%1 not changed: %2").replace("%1", day.isoformat()).replace("%2", why)
        self.notice.say(text, "error")

    def _on_year_loaded(self, generation: int, year: int, body: dict[str, Any]) -> None:
        if generation != self._generation or year != self.view.year:
            return
        self.loads += 1
        days = [d for d in body.get("days") or [] if isinstance(d, dict)]
        self.entries = {date.fromisoformat(str(d["date"])): d for d in days}
        self.source = str(body.get("source") or "")
        shown = dict(self.entries)
        for day in self.view.pending:  # a change still on its way stays shown
            if day in self.view.days:
                shown[day] = self.view.days[day]
        self.view.set_year(year, shown, self.view.chosen)
        self.panel.set_days(days)
        template = SOURCES.get(self.source, "%1: %2")
        text = QCoreApplication.translate("CalendarScreen", template)
        self.source_label.setText(text.replace("%1", str(year)).replace("%2", self.source))
        self.source_label.setProperty("source", self.source)
        repolish(self.source_label)
        self._on_view_day_chosen(self.view.chosen)

    def _on_year_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        why = exc.detail if isinstance(exc, ApiError) else str(exc)
        self.notice.say(self.tr("The calendar was not read: %1").replace("%1", why), "error")

    def _on_year_box_changed(self, year: int) -> None:
        self.show_year(year)

    def _on_view_day_chosen(self, day: date) -> None:
        self.panel.show_day(day, self.view.kind_of(day), self.view.days.get(day))

    def _on_panel_day_picked(self, day: date) -> None:
        self.view.choose(day)
        self.view.setFocus()

    def _on_import_dialog_imported(self, body: dict[str, Any]) -> None:
        self.last_moved = int(body.get("moved") or 0)
        text = self.tr("Notice imported: %1 days stored. Running clocks moved: %2.")
        text = text.replace("%1", str(body.get("stored", 0))).replace("%2", str(self.last_moved))
        self.notice.say(text, "ok", sticky=True)
        years = [int(y) for y in body.get("years") or []]
        if years and self.view.year not in years:
            self.show_year(years[0])
        else:
            self.load()

    def _on_live_events_applied(self, events: list[dict[str, Any]]) -> None:
        prefix = f"{self.view.year}-"
        for event in events:
            if event.get("type") != "calendar.changed":
                continue
            dates = [str(d) for d in event.get("dates") or []]
            if not dates or any(d.startswith(prefix) for d in dates):
                self._refetch.start()
                return
