"""The intake form's list of similar open cases, with a score bar and one-key attach."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case
from console.models import labels
from console.panes.intake_hints import SimilarHints
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip
from widgets.tree_rows import top_item

SCORE_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 7
SCORE_COLUMN, TITLE_COLUMN = 1, 3
WIDTHS = (58, 96, 118, 0, 62, 62, 74)  # the title takes what is left
MAX_KEYED = 9  # Ctrl+1 … Ctrl+9
OTHER_CATEGORY = QColor("#8a97a8")


def _score(item: dict[str, Any]) -> float:
    return float(item.get("score") or 0)


class ScoreBar(QStyledItemDelegate):
    """Paints a likeness score (0–1) as a bar with its percentage."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        # Background and selection as in any other cell, then the bar over it.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        score = max(0.0, min(1.0, float(score)))
        cell = option.rect.adjusted(4, 0, -4, 0)
        text_width = option.fontMetrics.horizontalAdvance("100%") + 6
        track = QRect(cell.left(), 0, max(4, cell.width() - text_width), 8)
        track.moveCenter(QPoint(track.center().x(), cell.center().y()))
        bar = QRect(track.left(), track.top(), max(2, int(track.width() * score)), track.height())
        color = "#e0533d" if score >= 0.75 else "#e0a030" if score >= 0.5 else "#4f7fb8"
        painter.save()
        painter.fillRect(track, QColor("#2a3a50"))
        painter.fillRect(bar, QColor(color))
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        text_box = QRect(track.right() + 4, cell.top(), text_width - 4, cell.height())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_box, align, f"{round(score * 100)}%")
        painter.restore()


class _Tree(QTreeWidget):
    """Enter on a row asks to attach the call to it."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current:
            self.activated_row.emit(self.indexOfTopLevelItem(current))
            return
        super().keyPressEvent(event)


class SimilarCases(QWidget):
    """Open cases like the call being taken; emits the case the officer attaches it to."""

    attach_requested = Signal(object)  # the Case, as the server listed it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarCases")
        self._items: list[dict[str, Any]] = []
        self._category = ""
        self._hints = SimilarHints(self)
        self.heading = PlainLabel(self.tr("Si&milar open cases"), self)
        self.heading.setObjectName("sectionTitle")
        self.status = PlainLabel(self)
        self.status.setObjectName("similarStatus")
        self.status.setWordWrap(True)
        self.tree = _Tree(self)
        self.tree.setObjectName("similarList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Key"),
                self.tr("Likeness"),
                self.tr("Ref"),
                self.tr("Title"),
                self.tr("State"),
                self.tr("Distance"),
                self.tr("How long ago"),
            ]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate(WIDTHS):
            if width:
                self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegateForColumn(SCORE_COLUMN, ScoreBar(self.tree))
        self.tree.setToolTip(
            self.tr(
                "Alt+M. Enter or Ctrl+1…9 attaches the call to that case instead of creating "
                "a new one"
            )
        )
        self.heading.setBuddy(self.tree)
        self.attach_button = QPushButton(self.tr("Attach call to se&lected case"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(
            self.tr(
                "Alt+L. Adds the caller and what they said to the case's history "
                "(Enter on the list, or Ctrl+1…9 from anywhere in the form)"
            )
        )
        self.attach_button.setEnabled(False)
        self.attach_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.activated_row.connect(self._on_tree_activated_row)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.itemDoubleClicked.connect(
            lambda item, _col: self._on_tree_activated_row(self.tree.indexOfTopLevelItem(item))
        )
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.show_message(self.tr("Pick a category and give the address to see similar cases."))

    # -- what the pane calls ----------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Empty the list and say why (no lookup yet, searching, nothing found, failed)."""
        self._items = []
        self.tree.clear()
        self.status.setText(text)
        self.attach_button.setEnabled(False)

    def set_items(self, items: list[dict[str, Any]], category: str = "") -> None:
        """Show the open cases found: the category's own first (most alike first), others
        after them, greyed and labelled. Only a case the server marks `suggested` (same
        category, alike enough) is preselected; otherwise the officer picks one."""
        found = [i for i in items if isinstance(i.get("case"), Case) and i["case"].is_open]
        self._category = category
        self._items = sorted(found, key=lambda i: (not self._same_category(i), -_score(i)))
        self.tree.clear()
        for row, item in enumerate(self._items):
            self.tree.addTopLevelItem(self._row(row, item))
        suggested = [n for n, item in enumerate(self._items) if item.get("suggested")]
        if self._items:
            text = self.tr("%1 similar open case(s): attach the call if it is the same matter.")
            text = text.replace("%1", str(len(self._items)))
            if suggested:
                text += " " + self._hints.suggested()
            self.status.setText(text)
        else:
            self.status.setText(self.tr("No similar open case nearby: create a new case."))
        if suggested:
            self.tree.setCurrentItem(top_item(self.tree, suggested[0]))
        else:
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
        self.attach_button.setEnabled(bool(suggested))

    def _same_category(self, item: dict[str, Any]) -> bool:
        if "same_category" in item:
            return bool(item["same_category"])
        case = item.get("case")
        return not self._category or (case is not None and case.category == self._category)

    def items(self) -> list[dict[str, Any]]:
        """The candidates shown, in order."""
        return list(self._items)

    def request_attach(self, row: int) -> None:
        """Ask to attach the call to the candidate in this row (0-based), if there is one."""
        if 0 <= row < len(self._items):
            self.attach_requested.emit(self._items[row]["case"])

    # -- building ---------------------------------------------------------------------------

    def _row(self, row: int, item: dict[str, Any]) -> QTreeWidgetItem:
        case: Case = item["case"]
        distance = item.get("distance_m")
        where = (
            self.tr("%1 m").replace("%1", str(round(float(distance))))
            if distance is not None
            else self.tr("same street")
        )
        seconds = float(item.get("hours_apart") or 0) * 3600
        ago = (
            self.tr("%1 ago").replace("%1", labels.age_text(seconds))
            if seconds >= 60
            else self.tr("just now")
        )
        title = case.title
        other = not self._same_category(item)
        if other:  # another category: rarely the same matter, so say which
            title = f"[{case.category_name or case.category}] {title}"
        key = f"Ctrl+{row + 1}" if row < MAX_KEYED else ""
        if item.get("suggested"):
            key = f"★ {key}".strip()
        tree_item = QTreeWidgetItem(
            [
                key,
                "",
                case.ref or "",
                title,
                labels.state_label(case.state),
                where,
                ago,
            ]
        )
        tree_item.setData(SCORE_COLUMN, SCORE_ROLE, _score(item))
        if item.get("suggested"):
            font = tree_item.font(TITLE_COLUMN)
            font.setBold(True)
            tree_item.setFont(TITLE_COLUMN, font)
        if other:
            for column in range(COLUMNS):
                tree_item.setForeground(column, OTHER_CATEGORY)
        details = [
            case.category_name or "",
            case.address or "",
            (case.description or "")[:200],
        ]
        tip = "\n".join(part for part in details if part)
        for column in range(COLUMNS):
            tree_item.setToolTip(column, plain_tip(tip))
        return tree_item

    # -- handlers ---------------------------------------------------------------------------

    def _on_tree_activated_row(self, row: int) -> None:
        self.request_attach(row)

    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, *_: Any) -> None:
        self.attach_button.setEnabled(current is not None and bool(self._items))

    def _on_attach_button_clicked(self) -> None:
        current = self.tree.currentItem()
        if current is not None:
            self.request_attach(self.tree.indexOfTopLevelItem(current))
