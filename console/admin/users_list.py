"""The users screen's list: one row per user, disabled ones greyed, filtered as one types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from console.admin.users_form import role_text
from console.admin.users_ties import tie_text
from widgets.tree_rows import top_item

USERNAME, NAME, ROLE, DEPARTMENT, TIE, ACTIVE, MUST_CHANGE, LAST_SIGN_IN = range(8)


def when_text(value: object) -> str:
    """'2026-12-06 09:14' from an ISO instant (the district's own offset); '' for none."""
    return str(value or "")[:16].replace("T", " ")


class UsersList(QTreeWidget):
    """Username, name, role, department, what a field account is tied to (its river
    segments, grid or team), active, must change password, last sign-in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userList")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(
            [
                self.tr("Username"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Department"),
                self.tr("Tied to"),
                self.tr("Active"),
                self.tr("Must change password"),
                self.tr("Last sign-in"),
            ]
        )
        for column, width in ((USERNAME, 130), (NAME, 120), (ROLE, 100), (DEPARTMENT, 170),
                              (TIE, 170)):  # fmt: skip
            self.setColumnWidth(column, width)
        self.setSortingEnabled(True)
        self.sortByColumn(USERNAME, Qt.SortOrder.AscendingOrder)
        self.departments: dict[str, str] = {}  # code → name, from the reference data
        self.tie_names: dict[str, dict[str, str]] = {}  # segments/grid/team → code → name
        self._needle = ""

    def fill(self, users: list[dict[str, Any]]) -> None:
        """Show these users (no selection signal is sent)."""
        self.blockSignals(True)
        self.setSortingEnabled(False)
        self.clear()
        yes, no = self.tr("yes"), self.tr("no")
        for user in users:
            item = QTreeWidgetItem(
                [
                    str(user.get("username", "")),
                    str(user.get("display_name") or ""),
                    role_text(user.get("role")),
                    self._department_text(user),
                    tie_text(user, self.tie_names),
                    yes if user.get("active", True) else no,
                    yes if user.get("must_change_password") else "",
                    when_text(user.get("last_sign_in_at")),
                ]
            )
            if not user.get("active", True):
                for column in range(self.columnCount()):
                    item.setForeground(column, Qt.GlobalColor.gray)
            self.addTopLevelItem(item)
        self.setSortingEnabled(True)
        self.blockSignals(False)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)
        self.filter(self._needle)

    def _department_text(self, user: dict[str, Any]) -> str:
        code = user.get("department")
        if not code:
            return ""
        return self.departments.get(str(code)) or str(user.get("department_name") or code)

    def filter(self, text: str) -> None:
        """Hide the rows whose username, name, department and tie do not contain the text."""
        self._needle = needle = text.strip().lower()
        for i in range(self.topLevelItemCount()):
            item = top_item(self, i)
            shown = (item.text(c) for c in (USERNAME, NAME, DEPARTMENT, TIE))
            hay = " ".join(shown).lower()
            item.setHidden(bool(needle) and needle not in hay)

    def item_of(self, username: str) -> QTreeWidgetItem | None:
        """The row of a user, or None."""
        found = self.findItems(username, Qt.MatchFlag.MatchExactly, USERNAME)
        return found[0] if found else None

    def select_quietly(self, username: str) -> bool:
        """Make the user's row current without telling the form; False if not listed."""
        item = self.item_of(username)
        if item is None:
            return False
        self.blockSignals(True)
        self.setCurrentItem(item)
        self.blockSignals(False)
        return True

    def selected_username(self) -> str | None:
        """The username of the selected row, or None."""
        items = self.selectedItems()
        return items[0].text(USERNAME) if items else None

    def texts(self, username: str) -> list[str] | None:
        """The row's texts, or None when the user is not listed."""
        item = self.item_of(username)
        return [item.text(c) for c in range(self.columnCount())] if item else None
