"""A whole year at a glance, twelve small month grids, worked from the keyboard.

Holidays are red, make-up workdays blue; a library day is a muted fill with a coloured
edge, an entered day the full colour with a white corner. Weekends are shaded. Arrow keys
move the chosen day (a week up and down, PgUp/PgDn a month); H, W and Delete ask for a
holiday, a make-up workday or the library's answer; Enter asks for the name.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

COLUMNS, ROWS = 4, 3  # months across and down
WEEKS = 6  # rows of a month grid
HOLIDAY = {"entered": QColor("#d32f2f"), "library": QColor("#6a282c")}
WORKDAY = {"entered": QColor("#1e88e5"), "library": QColor("#21436a")}
EDGE = {"holiday": QColor("#ef6b6b"), "workday": QColor("#64b5f6")}
WEEKDAY_BG, WEEKEND_BG = QColor("#1b2532"), QColor("#2a3442")
WEEKDAY_INK, WEEKEND_INK = QColor("#e3e9f0"), QColor("#8fa3ba")
TODAY = QColor("#f9c74f")
CHOSEN = QColor("#ffffff")
KEYS = {
    Qt.Key.Key_H: "holiday",
    Qt.Key.Key_W: "workday",
    Qt.Key.Key_Delete: "clear",
    Qt.Key.Key_Backspace: "clear",
    Qt.Key.Key_Return: "name",
    Qt.Key.Key_Enter: "name",
    Qt.Key.Key_F2: "name",
}
SHANGHAI = ZoneInfo("Asia/Shanghai")
STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def today() -> date:
    """Today in the district (the console's machine may keep another time zone)."""
    return datetime.now(SHANGHAI).date()


def add_months(day: date, months: int) -> date:
    """The same day of another month (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class YearView(QWidget):
    """The twelve months of one year; one day is chosen, and keys act on it."""

    day_chosen = Signal(object)  # date
    action_requested = Signal(str)  # holiday, workday, clear, name
    year_requested = Signal(int, object)  # the year to show, the day to choose in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.today = today()
        self.year = self.today.year
        self.chosen = self.today
        self.days: dict[date, dict[str, Any]] = {}
        self.pending: set[date] = set()  # changes sent, not answered yet (dashed edge)

    # -- public -----------------------------------------------------------------------------

    def set_year(
        self, year: int, days: dict[date, dict[str, Any]], chosen: date | None = None
    ) -> None:
        """Show a year with its non-ordinary days; the chosen day stays in it."""
        self.year = year
        self.days = dict(days)
        self.pending = {d for d in self.pending if d.year == year}
        wanted = chosen or self.chosen
        if wanted.year != year:
            wanted = date(year, min(wanted.month, 12), min(wanted.day, 28))
        self.choose(wanted)
        self.update()

    def choose(self, day: date) -> None:
        """Make this day the chosen one (another year asks the screen to show that year)."""
        if day.year != self.year:
            self.year_requested.emit(day.year, day)
            return
        changed = day != self.chosen
        self.chosen = day
        self.update()
        if changed:
            self.day_chosen.emit(day)

    def kind_of(self, day: date) -> str:
        """holiday, workday, weekend or weekday."""
        entry = self.days.get(day)
        if entry is not None:
            return str(entry.get("kind"))
        return "weekend" if day.weekday() >= 5 else "weekday"

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(COLUMNS * 7 * 34 + 60, ROWS * (WEEKS + 2) * 26 + 30)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(COLUMNS * 7 * 22 + 50, ROWS * (WEEKS + 2) * 17 + 20)

    # -- geometry ---------------------------------------------------------------------------

    def _month_rect(self, month: int) -> QRect:
        gap = 14
        width = (self.width() - gap * (COLUMNS + 1)) // COLUMNS
        height = (self.height() - gap * (ROWS + 1)) // ROWS
        col, row = (month - 1) % COLUMNS, (month - 1) // COLUMNS
        return QRect(gap + col * (width + gap), gap + row * (height + gap), width, height)

    def _cell(self, month_rect: QRect) -> QSize:
        return QSize(month_rect.width() // 7, month_rect.height() // (WEEKS + 2))

    def _day_rect(self, day: date) -> QRect:
        box = self._month_rect(day.month)
        cell = self._cell(box)
        first = date(day.year, day.month, 1).weekday()
        index = first + day.day - 1
        x = box.left() + (index % 7) * cell.width()
        y = box.top() + (2 + index // 7) * cell.height()
        return QRect(x, y, cell.width() - 2, cell.height() - 2)

    def day_at(self, point: QPoint) -> date | None:
        """The day under a point of the widget, if any."""
        for month in range(1, 13):
            if not self._month_rect(month).contains(point):
                continue
            for number in range(1, calendar.monthrange(self.year, month)[1] + 1):
                day = date(self.year, month, number)
                if self._day_rect(day).contains(point):
                    return day
        return None

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        locale = QLocale()
        for month in range(1, 13):
            self._paint_month(painter, locale, month)
        painter.end()

    def _paint_month(self, painter: QPainter, locale: QLocale, month: int) -> None:
        box = self._month_rect(month)
        cell = self._cell(box)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPixelSize(max(11, min(16, cell.height() - 6)))
        painter.setFont(bold)
        painter.setPen(QColor("#8fb4e6"))
        title = QRect(box.left(), box.top(), box.width(), cell.height())
        name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        small = QFont(self.font())
        small.setPixelSize(max(10, min(13, cell.height() - 8)))
        painter.setFont(small)
        for weekday in range(7):
            painter.setPen(WEEKEND_INK if weekday >= 5 else QColor("#9fb0c4"))
            rect = QRect(
                box.left() + weekday * cell.width(),
                box.top() + cell.height(),
                cell.width(),
                cell.height(),
            )
            label = locale.dayName(weekday + 1, QLocale.FormatType.NarrowFormat)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        days = calendar.monthrange(self.year, month)[1]
        for number in range(1, days + 1):
            self._paint_day(painter, date(self.year, month, number))

    def _paint_day(self, painter: QPainter, day: date) -> None:
        rect = self._day_rect(day)
        entry = self.days.get(day)
        weekend = day.weekday() >= 5
        ink = WEEKEND_INK if weekend else WEEKDAY_INK
        if entry is None:
            painter.fillRect(rect, WEEKEND_BG if weekend else WEEKDAY_BG)
        else:
            kind = str(entry.get("kind"))
            source = "entered" if entry.get("source") == "entered" else "library"
            fill = (HOLIDAY if kind == "holiday" else WORKDAY)[source]
            painter.fillRect(rect, fill)
            ink = QColor("#ffffff")
            if source == "library":
                painter.setPen(QPen(EDGE.get(kind, ink), 1))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            else:  # a white corner: entered by an administrator
                size = max(5, rect.height() // 3)
                corner = QPolygon(
                    [
                        rect.topRight(),
                        rect.topRight() - QPoint(size, 0),
                        rect.topRight() + QPoint(0, size),
                    ]
                )
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#ffffff"))
                painter.drawPolygon(corner)
        if day in self.pending:
            painter.setPen(QPen(QColor("#ffffff"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
        if day == self.today:
            painter.setPen(QPen(TODAY, 2))
            painter.drawLine(
                rect.left() + 3, rect.bottom() - 2, rect.right() - 3, rect.bottom() - 2
            )
        if day == self.chosen:
            width = 3 if self.hasFocus() else 2
            painter.setPen(QPen(CHOSEN if self.hasFocus() else QColor("#9fb0c4"), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))

    # -- input ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if key in STEPS:
            self.choose(self.chosen + timedelta(days=STEPS[key]))
        elif key == Qt.Key.Key_PageUp:
            self.choose(add_months(self.chosen, -1))
        elif key == Qt.Key.Key_PageDown:
            self.choose(add_months(self.chosen, 1))
        elif key == Qt.Key.Key_Home:
            self.choose(self.chosen.replace(day=1))
        elif key == Qt.Key.Key_End:
            last = calendar.monthrange(self.chosen.year, self.chosen.month)[1]
            self.choose(self.chosen.replace(day=last))
        elif key in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.action_requested.emit(KEYS[key])
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.choose(day)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.day_at(event.position().toPoint()) is not None:
            self.action_requested.emit("name")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            entry = self.days.get(day) if day is not None else None
            if day is not None and entry is not None:
                QToolTip.showText(event.globalPos(), f"{day.isoformat()} {entry.get('name') or ''}")
            else:
                QToolTip.hideText()
            return True
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return super().event(event)
