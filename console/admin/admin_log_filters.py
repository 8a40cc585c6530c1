"""The admin log's filters: kind, user, a date range, text; `changed` once typing pauses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from console.admin.admin_log_labels import KINDS, kind_label
from widgets.plain_text import PlainLabel

TYPING_PAUSE_MS = 350


class AdminLogFilters(QWidget):
    """One row of filters; `params()` is what the server takes (dates as [from, to))."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminLogFilters")
        self.kind = QComboBox(self)
        self.kind.setObjectName("adminLogKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.user = QLineEdit(self)
        self.user.setObjectName("adminLogUser")
        self.user.setPlaceholderText(self.tr("username"))
        self.user.setClearButtonEnabled(True)
        self.user.setMaximumWidth(160)
        self._usernames = QStringListModel(self)
        completer = QCompleter(self._usernames, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.user.setCompleter(completer)
        # The district's date (UTC+8), which the server's date filters count in.
        today = QDateTime.currentDateTimeUtc().addSecs(8 * 3600).date()
        self.use_start = QCheckBox(self.tr("F&rom"), self)
        self.start = self._date(today.addDays(-7))
        self.use_end = QCheckBox(self.tr("&To"), self)
        self.end = self._date(today)
        self.text = QLineEdit(self)
        self.text.setObjectName("adminLogText")
        self.text.setPlaceholderText(self.tr("Text in target or note (Ctrl+L)"))
        self.text.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.setObjectName("adminLogClear")
        kind_label_ = PlainLabel(self.tr("&Kind"), self)
        kind_label_.setBuddy(self.kind)
        user_label = PlainLabel(self.tr("&User"), self)
        user_label.setBuddy(self.user)
        text_label = PlainLabel(self.tr("T&ext"), self)
        text_label.setBuddy(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (kind_label_, self.kind, user_label, self.user, self.use_start):
            layout.addWidget(widget)
        for end_widget in (self.start, self.use_end, self.end, text_label):
            layout.addWidget(end_widget)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.clear_button)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.user.textChanged.connect(lambda _t: self._pause.start())
        self.text.textChanged.connect(lambda _t: self._pause.start())
        for box, edit in ((self.use_start, self.start), (self.use_end, self.end)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(lambda _on: self.changed.emit())
            edit.dateChanged.connect(
                lambda _d, b=box: self.changed.emit() if b.isChecked() else None
            )
        self.clear_button.clicked.connect(self.clear)

    def _date(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def set_usernames(self, usernames: list[str]) -> None:
        """What the user field completes."""
        self._usernames.setStringList(sorted(usernames))

    def set_kind(self, kind: str | None) -> None:
        """Show one kind (None: all)."""
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def params(self) -> dict[str, Any]:
        """kind, user, start, end, q for AdminApi.admin_log (the end date is included)."""
        start = self.start.date().toString("yyyy-MM-dd") if self.use_start.isChecked() else None
        end = None
        if self.use_end.isChecked():
            end = self.end.date().addDays(1).toString("yyyy-MM-dd")
        return {
            "kind": self.kind.currentData(),
            "user": self.user.text().strip() or None,
            "start": start,
            "end": end,
            "q": self.text.text().strip() or None,
        }

    def clear(self) -> None:
        """Every record again."""
        for widget in (self.kind, self.user, self.text, self.use_start, self.use_end):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(0)
        self.user.clear()
        self.text.clear()
        self.use_start.setChecked(False)
        self.use_end.setChecked(False)
        self.start.setEnabled(False)
        self.end.setEnabled(False)
        for widget in (self.kind, self.user, self.text, self.use_start, self.use_end):
            widget.blockSignals(False)
        self.changed.emit()
