"""The center's small forms on a request: the team picker (派单), a reason (withdraw,
cancel), the resident's rating (评单). Each only asks; the pane sends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from widgets import sla_palette
from widgets.plain_text import PlainLabel

TEAM = Qt.ItemDataRole.UserRole
NAME = Qt.ItemDataRole.UserRole + 1
DECLINED = QBrush(QColor(sla_palette.INK["red"]))


class TeamList(QListWidget):
    """The teams the server suggests for a request, best first (same street, the skill, fewer
    in hand); a team that declined it is marked in red and listed last. The best one is
    chosen at first. The picker dialog and the dispatch pane show it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerTeams")

    def show_teams(self, teams: list[dict[str, Any]]) -> None:
        """List these teams (the server's order) and choose the first."""
        self.clear()
        for team in teams:
            item = QListWidgetItem(self.team_text(team))
            item.setData(TEAM, str(team.get("team") or ""))
            item.setData(NAME, str(team.get("name") or team.get("team") or ""))
            if team.get("declined"):
                item.setForeground(DECLINED)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)

    def team_text(self, team: dict[str, Any]) -> str:
        """'飞牛小匠志愿服务队 — 同街道 · 有此技能 · 在手 2 件 · 已拒单'."""
        marks = []
        if team.get("same_street"):
            marks.append(self.tr("same street"))
        if team.get("has_skill"):
            marks.append(self.tr("has the skill"))
        marks.append(self.tr("%1 in hand").replace("%1", str(int(team.get("in_hand") or 0))))
        if team.get("declined"):
            marks.append(self.tr("declined it"))
        return f"{team.get('name') or team.get('team')} — {' · '.join(marks)}"

    def chosen_team(self) -> str:
        """The team chosen ('' for none)."""
        item = self.currentItem()
        return str(item.data(TEAM)) if item is not None else ""

    def chosen_name(self) -> str:
        """The chosen team's name ('' for none)."""
        item = self.currentItem()
        return str(item.data(NAME)) if item is not None else ""


class TeamPicker(QDialog):
    """The team list in a dialog of its own: Enter offers to the team chosen."""

    def __init__(
        self, request: dict[str, Any], teams: list[dict[str, Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerTeamPicker")
        self.setWindowTitle(self.tr("Offer to a team"))
        heading = PlainLabel(self)
        heading.setWordWrap(True)
        heading.setText(
            self.tr(
                "Request %1: %2 in %3. Teams best first (same street, the skill, fewer in hand)."
            )
            .replace("%1", str(request.get("id")))
            .replace("%2", str(request.get("category_name") or request.get("category") or ""))
            .replace("%3", str(request.get("street_name") or "?"))
        )
        self.list = TeamList(self)
        self.list.show_teams(teams)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Offer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(lambda _row: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        if not teams:
            layout.addWidget(PlainLabel(self.tr("No active team: ask the administrator."), self))
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self._update_ok()

    def chosen_team(self) -> str:
        """The team chosen ('' for none)."""
        return self.list.chosen_team()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen_team()))


class NoteDialog(QDialog):
    """A reason the server requires (withdraw, cancel); OK stays off until one is given."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerNote")
        self.setWindowTitle(title)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("volunteerNoteText")
        self.note.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        label = PlainLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 220)
        self._update_ok()

    def text(self) -> str:
        """The reason, trimmed."""
        return self.note.toPlainText().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))


class RateDialog(QDialog):
    """评单 at the callback: the resident's 1–5 and their comment."""

    def __init__(self, request: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerRate")
        self.setWindowTitle(self.tr("Rate the service"))
        heading = PlainLabel(self)
        heading.setWordWrap(True)
        heading.setText(
            self.tr("Ask %1 how the service by %2 went (%3 h).")
            .replace("%1", str(request.get("resident_name") or self.tr("the resident")))
            .replace("%2", str(request.get("team_name") or "?"))
            .replace("%3", str(request.get("hours") or "?"))
        )
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        words = {
            1: self.tr("1 very poor"),
            2: self.tr("2 poor"),
            3: self.tr("3 fair"),
            4: self.tr("4 good"),
            5: self.tr("5 very good"),
        }
        for value, word in words.items():
            button = QRadioButton(word, self)
            button.setObjectName(f"volunteerRating{value}")
            self.group.addButton(button, value)
            row.addWidget(button)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("volunteerRatingComment")
        self.comment.setPlaceholderText(self.tr("The resident's comment"))
        self.comment.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.group.idClicked.connect(lambda _id: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 240)
        self._update_ok()

    def rating(self) -> int:
        """1–5, 0 before one is chosen."""
        return max(self.group.checkedId(), 0)

    def note(self) -> str:
        """The resident's comment, trimmed."""
        return self.comment.toPlainText().strip()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.rating() > 0)
