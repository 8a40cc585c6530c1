"""The SLA rules' version history, and an old version shown read-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.admin.sla_rules_model import SlaRulesModel
from console.admin.sla_rules_rows import SlaRow, amount_text, order_key, tr
from console.translatable import QT_TRANSLATE_NOOP
from widgets.plain_text import PlainLabel
from widgets.plain_tip import plain_tip
from widgets.tree_rows import top_item

VERSION, PUBLISHED, BY, NOTE, RULES, RATIO = range(6)


def when_text(value: object) -> str:
    """'2026-12-06 09:14' from an ISO instant."""
    return str(value or "")[:16].replace("T", " ")


def set_text(body: dict[str, Any]) -> str:
    """'Version 3 · yellow at 80 % · 管理员, 2026-12-06 09:14 · note' for a rule set."""
    ratio = amount_text(float(body.get("warn_ratio") or 0) * 100)
    parts = [
        tr(QT_TRANSLATE_NOOP("SlaRules", "Version %1")).replace("%1", str(body.get("version"))),
        tr(QT_TRANSLATE_NOOP("SlaRules", "yellow at %1 % of the limit")).replace("%1", ratio),
    ]
    who = ", ".join(
        str(x) for x in (body.get("created_by"), when_text(body.get("created_at"))) if x
    )
    if who:
        parts.append(who)
    if body.get("note"):
        parts.append(str(body["note"]))
    return " · ".join(parts)


def conflict_text(current: dict[str, Any], editing: int, *, live: bool) -> str:
    """Someone else published `current` while version `editing` was being edited."""
    if live:  # seen in the feed: nothing was sent yet
        text = tr(
            QT_TRANSLATE_NOOP(
                "SlaRules",
                "Version %2 was published meanwhile, while you were editing version %4: "
                "publishing your edits would be refused. Reload version %2 to start from it.",
            )
        )
    else:
        text = tr(
            QT_TRANSLATE_NOOP(
                "SlaRules",
                "Not published: %1 published version %2 (%3) while you were editing version "
                "%4. Your edits are still here; reload version %2 to start from it.",
            )
        )
    who = current.get("created_by") or tr(QT_TRANSLATE_NOOP("SlaRules", "another administrator"))
    text = text.replace("%1", str(who)).replace("%2", str(current.get("version") or "?"))
    return text.replace("%3", when_text(current.get("created_at"))).replace("%4", str(editing))


class VersionList(QTreeWidget):
    """Every published version, newest first; Enter or a double click views one."""

    view_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaVersions")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Published"),
                self.tr("By"),
                self.tr("Note"),
                self.tr("Rules"),
                self.tr("Yellow at"),
            ]
        )
        self.setColumnWidth(VERSION, 70)
        self.setColumnWidth(PUBLISHED, 130)
        self.setColumnWidth(BY, 90)
        self.setColumnWidth(NOTE, 200)
        self.setToolTip(self.tr("Enter or double-click: view this version"))
        self.itemActivated.connect(self._on_item_activated)

    def fill(self, versions: list[dict[str, Any]]) -> None:
        """Show the versions as the server lists them (newest first)."""
        self.clear()
        for entry in versions:
            version = int(entry.get("version") or 0)
            label = str(version)
            if entry.get("current"):
                label = self.tr("%1 (current)").replace("%1", label)
            ratio = entry.get("warn_ratio")
            item = QTreeWidgetItem(
                [
                    label,
                    when_text(entry.get("created_at")),
                    str(entry.get("created_by") or ""),
                    str(entry.get("note") or ""),
                    str(entry.get("rules", "")),
                    f"{amount_text(float(ratio) * 100)} %" if ratio is not None else "",
                ]
            )
            item.setData(VERSION, Qt.ItemDataRole.UserRole, version)
            item.setToolTip(NOTE, plain_tip(item.text(NOTE)))
            self.addTopLevelItem(item)
        if self.topLevelItemCount():
            self.setCurrentItem(top_item(self, 0))

    def versions(self) -> list[int]:
        """The version numbers listed, newest first."""
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [int(it.data(VERSION, Qt.ItemDataRole.UserRole)) for it in items if it]

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.view_requested.emit(int(item.data(VERSION, Qt.ItemDataRole.UserRole)))


class VersionDialog(QDialog):
    """One version's rules, read-only; "Start from this version" copies them to the editor."""

    start_from = Signal(dict)

    def __init__(self, body: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaVersionDialog")
        self.body = body
        version = str(body.get("version", "?"))
        self.setWindowTitle(self.tr("SLA rules — version %1 (read-only)").replace("%1", version))
        header = PlainLabel(self.tr("Read-only: %1").replace("%1", set_text(body)), self)
        header.setObjectName("sectionTitle")
        header.setWordWrap(True)
        self.model = SlaRulesModel(self, read_only=True)
        self.model.set_catalog(list(body.get("categories") or []), list(body.get("kinds") or []))
        rows = [SlaRow.from_rule(rule) for rule in body.get("rules") or []]
        self.model.set_rows(sorted(rows, key=order_key))
        self.table = QTableView(self)
        self.table.setObjectName("slaVersionTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = buttons.addButton(
            self.tr("&Start from this version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.setToolTip(
            self.tr(
                "Copies these rules and this ratio into the editor, to publish them again as a "
                "new version."
            )
        )
        self.start_button.clicked.connect(self._on_start_button_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def _on_start_button_clicked(self) -> None:
        self.start_from.emit(self.body)
        self.accept()
