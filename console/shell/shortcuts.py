"""Help → Keyboard shortcuts: every command of this role that has keys, from the one registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.actions import MENUS, ActionRegistry
from widgets.plain_text import PlainLabel


class ShortcutsDialog(QDialog):
    """Lists the shortcuts by menu; the frequent path first in the text above."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = PlainLabel(
            self.tr(
                "A call without the mouse: F6 opens the call form, Ctrl+Enter creates the case "
                "and offers its dispatch to the suggested department, Enter sends it "
                "(Ctrl+Shift+Enter does both at once). F2–F12 bring their pane forward with the "
                "keyboard in it; pressed again there, they hide it. Working a case: Alt+↓ / "
                "Alt+↑ move through the queue, Ctrl+Shift+R registers, Ctrl+Shift+D dispatches "
                "to the suggested department, Ctrl+Shift+V verifies and closes, Ctrl+Shift+A "
                "opens the other actions; Ctrl+Enter sends the chosen action wherever a case "
                "is selected. Alerts: Space or Ctrl+K acknowledges the selected one, F9 lists "
                "them. Alt+Q chooses what the queue shows: cases or volunteer requests (志愿服务)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setColumnWidth(0, 300)
        titles = dict(MENUS)
        for key, _title in MENUS:
            specs = [s for s in registry.specs() if s.menu == key and s.shortcut]
            if not specs:
                continue
            menu = QTreeWidgetItem(
                [QCoreApplication.translate("Actions", titles[key]).replace("&", ""), ""]
            )
            self.tree.addTopLevelItem(menu)
            for spec in specs:
                action = registry[spec.id]
                QTreeWidgetItem(menu, [action.text(), action.shortcut().toString()])
            menu.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
