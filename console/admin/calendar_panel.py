"""Beside the year: the chosen day and its buttons, the legend, the year's special days."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.admin.calendar_view import EDGE, HOLIDAY, WEEKEND_BG, WORKDAY
from console.admin.notice import Notice
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel
from widgets.present import present

# The names the State Council's notices use, offered in the name box (it takes any name).
NAMES = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
KIND_TEXT = {
    "holiday": QT_TRANSLATE_NOOP("CalendarPanel", "Holiday"),
    "workday": QT_TRANSLATE_NOOP("CalendarPanel", "Make-up workday"),
    "weekend": QT_TRANSLATE_NOOP("CalendarPanel", "Weekend (off)"),
    "weekday": QT_TRANSLATE_NOOP("CalendarPanel", "Working day"),
}
SOURCE_TEXT = {
    "entered": QT_TRANSLATE_NOOP("CalendarPanel", "entered"),
    "library": QT_TRANSLATE_NOOP("CalendarPanel", "library"),
}
DATE_ROLE = Qt.ItemDataRole.UserRole


def kind_text(kind: str) -> str:
    """假日 / 调休上班日 / 周末 / 工作日."""
    return QCoreApplication.translate("CalendarPanel", KIND_TEXT.get(kind, kind))


def source_text(source: str) -> str:
    """已录入 / 库."""
    return QCoreApplication.translate("CalendarPanel", SOURCE_TEXT.get(source, source))


def swatch(fill: QColor, edge: QColor | None = None, corner: bool = False) -> QPixmap:
    """A small square as the year paints a day."""
    pixmap = QPixmap(18, 14)
    pixmap.fill(fill)
    painter = QPainter(pixmap)
    if edge is not None:
        painter.setPen(edge)
        painter.drawRect(0, 0, 17, 13)
    if corner:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawPolygon(QPolygon([QPoint(17, 0), QPoint(12, 0), QPoint(17, 5)]))
    painter.end()
    return pixmap


class CalendarPanel(QWidget):
    """The chosen day, what the keys do, and the list of the year's non-ordinary days."""

    action_requested = Signal(str)  # holiday, workday, clear
    day_picked = Signal(object)  # a date picked in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPanel")
        self.day_title = PlainLabel(self)
        self.day_title.setObjectName("adminTitle")
        self.day_state = PlainLabel(self)
        self.day_state.setWordWrap(True)
        self.name_edit = QComboBox(self)
        self.name_edit.setObjectName("holidayName")
        self.name_edit.setEditable(True)
        self.name_edit.addItems(NAMES)
        self.name_edit.setCurrentText("")
        name_line = present(self.name_edit.lineEdit(), "the editable combo's line edit")
        name_line.setMaxLength(20)
        name_line.setPlaceholderText(self.tr("Name, e.g. 春节"))
        self.holiday_button = QPushButton(self.tr("Holiday (&H)"), self)
        self.holiday_button.setObjectName("setHoliday")
        self.workday_button = QPushButton(self.tr("Make-up workday (&W)"), self)
        self.workday_button.setObjectName("setWorkday")
        self.clear_button = QPushButton(self.tr("Back to library (Del)"), self)
        self.clear_button.setObjectName("clearDay")
        for button, action in (
            (self.holiday_button, "holiday"),
            (self.workday_button, "workday"),
            (self.clear_button, "clear"),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
        self.notice = Notice(self)
        keys = PlainLabel(
            self.tr(
                "Keys: arrows move the day (PgUp/PgDn a month) · H holiday · W make-up workday "
                "· Del back to the library · Enter types the name"
            ),
            self,
        )
        keys.setObjectName("adminHint")
        keys.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("calendarDays")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Day"), self.tr("Kind"), self.tr("Name"), self.tr("Source")]
        )
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        buttons = QHBoxLayout()
        buttons.addWidget(self.holiday_button)
        buttons.addWidget(self.workday_button)
        buttons.addWidget(self.clear_button)
        name_row = QHBoxLayout()
        name_label = PlainLabel(self.tr("Name"), self)
        name_label.setBuddy(self.name_edit)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.day_title)
        layout.addWidget(self.day_state)
        layout.addLayout(name_row)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(keys)
        layout.addWidget(self._legend())
        layout.addWidget(self.list, 1)

    def _legend(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(6)
        items = [
            (swatch(HOLIDAY["entered"], corner=True), self.tr("Holiday, entered")),
            (swatch(HOLIDAY["library"], EDGE["holiday"]), self.tr("Holiday, from the library")),
            (swatch(WORKDAY["entered"], corner=True), self.tr("Make-up workday, entered")),
            (swatch(WORKDAY["library"], EDGE["workday"]), self.tr("Make-up workday, library")),
            (swatch(WEEKEND_BG), self.tr("Weekend")),
        ]
        for index, (pixmap, text) in enumerate(items):
            icon = PlainLabel(box)
            icon.setPixmap(pixmap)
            row, col = divmod(index, 2)
            grid.addWidget(icon, row, col * 2)
            grid.addWidget(PlainLabel(text, box), row, col * 2 + 1)
        grid.setColumnStretch(3, 1)
        return box

    # -- public -----------------------------------------------------------------------------

    def name(self) -> str:
        """The name typed or chosen."""
        return self.name_edit.currentText().strip()

    def show_day(self, day: date, kind: str, entry: dict[str, Any] | None) -> None:
        """Say what the chosen day is; its name goes into the name box."""
        locale = QLocale()
        weekday = locale.dayName(day.weekday() + 1, QLocale.FormatType.LongFormat)
        self.day_title.setText(f"{day.isoformat()}  {weekday}")
        text = kind_text(kind)
        if entry is not None:
            text += f" · {entry.get('name') or ''} · {source_text(str(entry.get('source')))}"
            if entry.get("name"):
                self.name_edit.setCurrentText(str(entry["name"]))
        self.day_state.setText(text)
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, DATE_ROLE) == day.isoformat():
                self.list.setCurrentItem(item)
                break
        else:
            self.list.clearSelection()

    def set_days(self, days: list[dict[str, Any]]) -> None:
        """List the year's non-ordinary days in date order."""
        locale = QLocale()
        self.list.clear()
        for entry in days:
            day = date.fromisoformat(str(entry["date"]))
            kind = str(entry.get("kind"))
            item = QTreeWidgetItem(
                [
                    day.isoformat(),
                    locale.dayName(day.weekday() + 1, QLocale.FormatType.ShortFormat),
                    kind_text(kind),
                    str(entry.get("name") or ""),
                    source_text(str(entry.get("source"))),
                ]
            )
            item.setData(0, DATE_ROLE, day.isoformat())
            ink = QBrush(EDGE.get(kind, QColor("#e3e9f0")))
            entered = entry.get("source") == "entered"
            for column in range(5):
                item.setForeground(column, ink)
                if entered:  # entered days stand out from the library's
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
            self.list.addTopLevelItem(item)

    def list_rows(self) -> list[tuple[str, str, str, str]]:
        """The list as shown: date, kind, name, source."""
        rows = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None:
                rows.append((item.text(0), item.text(2), item.text(3), item.text(4)))
        return rows

    def set_editable(self, editable: bool) -> None:
        """Only administrators write: the others see the buttons greyed out."""
        for widget in (self.holiday_button, self.workday_button, self.clear_button):
            widget.setEnabled(editable)

    def _on_list_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.day_picked.emit(date.fromisoformat(str(item.data(0, DATE_ROLE))))
