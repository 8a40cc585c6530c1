"""The alerts not yet acknowledged: newest first; Space or Ctrl+K acknowledges the selected one,
Enter goes to its case in the queue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.controllers.context import PaneContext
from console.models import center_time, labels
from console.models.alert_book import Alert, AlertBook
from console.translatable import QT_TRANSLATE_NOOP
from widgets import sla_palette
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip
from widgets.tree_rows import top_item

CASE_ID = Qt.ItemDataRole.UserRole
INK = {
    "overdue": QBrush(QColor(sla_palette.INK["red"])),
    "supervision": QBrush(QColor("#ff8a65")),
    "urgent": QBrush(QColor("#ffb74d")),
    "new_supervision": QBrush(QColor("#ff8a65")),
    "notice": QBrush(QColor("#e57373")),
}


_NEW_CASE = QT_TRANSLATE_NOOP("AlertsPane", "New case: %1")
_SUPERVISION = QT_TRANSLATE_NOOP("AlertsPane", "Supervision")
_NOTICE = QT_TRANSLATE_NOOP("AlertsPane", "Public notice")


def alert_kind_text(alert: Alert) -> str:
    """已超时, 督办, 通报, 新案件：特急 …, as the list and the status bar say it."""
    if alert.kind == "urgent":
        text = QCoreApplication.translate("AlertsPane", _NEW_CASE)
        return text.replace("%1", labels.urgency_label(alert.urgency))
    supervision = QCoreApplication.translate("AlertsPane", _SUPERVISION)
    if alert.kind in ("supervision", "new_supervision"):
        return supervision
    if alert.kind == "notice":
        return QCoreApplication.translate("AlertsPane", _NOTICE)
    text = labels.color_label("red")
    return f"{text} · {supervision}" if alert.supervised else text


class AlertsPane(QWidget):
    """The list of open alerts and the buttons to acknowledge them."""

    case_requested = Signal(int)  # Enter or double-click: show this case in the queue

    def __init__(self, ctx: PaneContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsPane")
        self._book: AlertBook = ctx.alerts
        self.summary = PlainLabel(self)
        self.summary.setObjectName("alertsSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("alertList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Case"), self.tr("Alert"), self.tr("Title")]
        )
        for column, width in enumerate((70, 128, 110)):
            self.tree.setColumnWidth(column, width)
        self.tree.installEventFilter(self)
        self.acknowledge_button = QPushButton(self.tr("Acknowledge (Space)"), self)
        self.acknowledge_button.setObjectName("acknowledgeAlert")
        self.acknowledge_all_button = QPushButton(self.tr("Acknowledge all"), self)
        self.acknowledge_all_button.setObjectName("acknowledgeAllAlerts")
        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addWidget(self.acknowledge_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)
        self.acknowledge_all_button.clicked.connect(self._book.acknowledge_all)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self._book.changed.connect(self._on_book_changed)
        self._on_book_changed()

    def take_focus(self) -> None:
        """The keyboard in the list, on the newest alert."""
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(top_item(self.tree, 0))
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected_case_id(self) -> int:
        """The case of the selected alert (0 for none)."""
        item = self.tree.currentItem()
        return int(item.data(0, CASE_ID)) if item is not None else 0

    def acknowledge_selected(self) -> bool:
        """Acknowledge the selected alert; the next one becomes the selected one."""
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current else -1
        done = self._book.acknowledge(self.selected_case_id())
        count = self.tree.topLevelItemCount()
        if done and count:
            self.tree.setCurrentItem(top_item(self.tree, min(max(row, 0), count - 1)))
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            self.acknowledge_selected()
            return True
        return super().eventFilter(watched, event)

    def _on_tree_item_activated(self, item: QTreeWidgetItem) -> None:
        self.case_requested.emit(int(item.data(0, CASE_ID)))

    def _on_book_changed(self) -> None:
        keep = self.selected_case_id()
        self.tree.clear()
        for alert in self._book.open_alerts():
            row = QTreeWidgetItem(
                [center_time.clock_text(alert.at), alert.ref, alert_kind_text(alert), alert.title]
            )
            row.setData(0, CASE_ID, alert.case_id)
            row.setToolTip(3, plain_tip(alert.title))
            for column in range(4):
                row.setForeground(column, INK.get(alert.kind, INK["overdue"]))
            self.tree.addTopLevelItem(row)
            if alert.case_id == keep:
                self.tree.setCurrentItem(row)
        count = self._book.count()
        self.summary.setText(
            self.tr("%1 alert(s) to acknowledge").replace("%1", str(count))
            if count
            else self.tr("No alert waits to be acknowledged.")
        )
        self.summary.setProperty("alert", bool(count))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.acknowledge_button.setEnabled(bool(count))
        self.acknowledge_all_button.setEnabled(bool(count))
