"""The dispatch pane's bigger fields: the department picker with its returns, the duplicates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.contract import Case
from console.models import center_time, labels
from widgets.plain_text import PlainLabel
from widgets.tree_rows import top_item

CODE = Qt.ItemDataRole.UserRole
REASON = Qt.ItemDataRole.UserRole + 1
NAME = Qt.ItemDataRole.UserRole + 2
RETURNED_INK = QBrush(QColor("#ff8a80"))
SUGGESTED_INK = QBrush(QColor("#8fe3a1"))


def _when(at: Any) -> str:
    return center_time.when_text(at)  # '11-27 10:30', Asia/Shanghai


def titled(title: str, widget: QWidget, parent: QWidget) -> tuple[QWidget, QLabel]:
    """A section title above a widget."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = PlainLabel(title, box)
    label.setObjectName("sectionTitle")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box, label


class DepartmentPicker(QWidget):
    """Departments with the routing suggestion first (and why); the case's returns beside."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("departmentList")
        self.list.currentItemChanged.connect(lambda *_: self._on_list_current_changed())
        self.reason = PlainLabel(self)
        self.reason.setObjectName("routingReason")
        self.reason.setWordWrap(True)
        self.returns = QListWidget(self)
        self.returns.setObjectName("returnList")
        self.returns.setWordWrap(True)
        self.returns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.returns.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        returns_box, self.returns_title = titled(
            self.tr("Returns of this case"), self.returns, self
        )
        choice = QVBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.setSpacing(2)
        choice.addWidget(self.list, 1)
        choice.addWidget(self.reason)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice, 3)
        layout.addWidget(returns_box, 2)
        self.setMinimumHeight(84)  # a small screen keeps its queue rows; the list scrolls

    def set_choices(
        self,
        departments: list[dict[str, Any]],
        routing: dict[str, Any] | None,
        fallback: str | None,
        *,
        keep: bool = False,
        fallback_reason: str = "",
    ) -> None:
        """Suggestions first (or the category rule's department when routing is unavailable).

        With `keep`, a department the officer picked (not the first offered) stays picked.
        """
        picked = self.selected() if keep and self.list.currentRow() > 0 else None
        self.list.blockSignals(True)
        self.list.clear()
        returns = list((routing or {}).get("returns") or [])
        returned: dict[str, int] = {}
        for entry in returns:
            code = entry.get("department") or ""
            returned[code] = returned.get(code, 0) + 1
        names = {d["code"]: d["name"] for d in departments}
        if routing is None:
            rule = fallback_reason or self.tr("Category rule")
            suggestions = [{"department": fallback, "reason": rule}] if fallback else []
        else:
            suggestions = list(routing.get("suggestions") or [])
        seen: set[str] = set()
        for suggestion in suggestions:
            code = suggestion.get("department") or ""
            seen.add(code)
            name = suggestion.get("department_name") or names.get(code, code)
            self._add(code, name, suggestion.get("reason") or "", returned.get(code, 0), True)
        for code, name in names.items():
            if code not in seen:
                self._add(code, name, "", returned.get(code, 0), False)
        self.list.blockSignals(False)
        self._show_returns(returns)
        if not (picked and self.select(picked)) and self.list.count():
            self.list.setCurrentRow(0)
        self._on_list_current_changed()

    def _add(self, code: str, name: str, reason: str, returned: int, suggested: bool) -> None:
        text = ("★ " if suggested else "   ") + name
        why = self.tr("Suggested: %1").replace("%1", reason) if suggested else ""
        if returned:
            mark = self.tr("returned this case %1×").replace("%1", str(returned))
            text += f"   ✕ {mark}"
            why = f"{mark}. {why}".strip()
        item = QListWidgetItem(text, self.list)
        item.setData(CODE, code)
        item.setData(REASON, why)
        item.setData(NAME, name)
        item.setToolTip(why)
        if suggested:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(SUGGESTED_INK)
        if returned:
            item.setForeground(RETURNED_INK)

    def _show_returns(self, returns: list[dict[str, Any]]) -> None:
        self.returns.clear()
        for entry in returns:
            who = f"{entry.get('department_name') or entry.get('department') or ''}"
            actor = entry.get("actor") or ""
            if actor and actor != who:
                who = f"{who}（{actor}）"
            note = str(entry.get("note") or "")
            item = QListWidgetItem(f"{_when(entry.get('at'))}  {who}\n{note}", self.returns)
            item.setForeground(RETURNED_INK)
            item.setToolTip(note)
        count = len(returns)
        self.returns_title.setText(
            self.tr("Returns of this case: %1").replace("%1", str(count))
            if count
            else self.tr("Returns of this case: none")
        )

    def _on_list_current_changed(self) -> None:
        item = self.list.currentItem()
        why = str(item.data(REASON) or "") if item is not None else ""
        self.reason.setText(why)
        self.reason.setProperty("returned", "✕" in (item.text() if item else ""))
        self.reason.style().unpolish(self.reason)
        self.reason.style().polish(self.reason)
        self.changed.emit()

    def selected(self) -> str | None:
        """The department code chosen, None for none."""
        item = self.list.currentItem()
        code: str | None = item.data(CODE) if item is not None else None
        return code

    def selected_name(self) -> str:
        """The chosen department's name."""
        item = self.list.currentItem()
        return str(item.data(NAME)) if item is not None else ""

    def reason_of(self, code: str) -> str:
        """What the list says about a department (suggested why, returned before)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(CODE) == code:
                return str(self.list.item(i).data(REASON) or "")
        return ""

    def select(self, code: str) -> bool:
        """Make this department the chosen one (if listed)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(CODE) == code:
                self.list.setCurrentRow(i)
                return True
        return False

    def codes(self) -> list[str]:
        """The departments in the order shown."""
        return [self.list.item(i).data(CODE) for i in range(self.list.count())]


class DuplicateList(QTreeWidget):
    """Likely duplicates of the case: how alike, how near, how far apart in time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateList")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderLabels(
            [self.tr("Match"), self.tr("Distance"), self.tr("Apart"), self.tr("Case")]
        )
        for column, width in enumerate((50, 64, 58)):
            self.setColumnWidth(column, width)
        self._items: list[dict[str, Any]] = []

    def set_items(self, items: list[dict[str, Any]]) -> None:
        """Show the candidates, most alike first."""
        self.clear()
        self._items = items
        for entry in items:
            case: Case = entry["case"]
            distance = entry.get("distance_m")
            row = QTreeWidgetItem(
                [
                    f"{round(float(entry.get('score') or 0) * 100)}%",
                    self.tr("%1 m").replace("%1", f"{distance:.0f}")
                    if distance is not None
                    else self.tr("same street"),
                    self.tr("%1 h").replace("%1", f"{float(entry.get('hours_apart') or 0):.1f}"),
                    f"{case.title or ''}（{labels.state_label(case.state)}）",
                ]
            )
            row.setData(0, CODE, case.id)
            tip = f"{case.ref}  {case.title}\n{case.address}"
            for column in range(4):
                row.setToolTip(column, tip)
            self.addTopLevelItem(row)

    def entries(self) -> list[dict[str, Any]]:
        """The candidates shown, in order."""
        return list(self._items)

    def chosen(self) -> Case | None:
        """The case of the current row."""
        current = self.currentItem()
        row = self.indexOfTopLevelItem(current) if current else -1
        return self._items[row].get("case") if 0 <= row < len(self._items) else None

    def choose(self, case_id: int) -> bool:
        """Make the row of this case current."""
        for i in range(self.topLevelItemCount()):
            item = top_item(self, i)
            if item.data(0, CODE) == case_id:
                self.setCurrentItem(item)
                return True
        return False
