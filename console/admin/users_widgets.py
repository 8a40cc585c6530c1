"""Small widgets the users, SLA rules and admin log screens share: the outcome strip, buttons.

widgets.banner.Banner repolishes only itself when its level changes, so its label and close
button keep the style of before (the theme's dark box); AdminBanner makes them follow the level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from widgets.banner import Banner
from widgets.plain_text import PlainLabel


class AdminBanner(Banner):
    """A Banner whose label and close button take their level's colors every time."""

    def show_message(self, text: str, level: str = "error") -> None:
        """Show the text at a level: 'error' (red), 'warning' (amber) or 'info' (blue)."""
        super().show_message(text, level)
        for child in self.findChildren(QWidget):
            child.style().unpolish(child)
            child.style().polish(child)

    def level(self) -> str:
        """The level shown ('' before any message)."""
        return str(self.property("level") or "")


def button(parent: QWidget, text: str, name: str, keys: str = "") -> QPushButton:
    """A push button with an object name and, as its tip, the keys that also press it."""
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    if keys:
        widget.setToolTip(keys)
    return widget


def add_shortcuts(parent: QWidget, keys: Sequence[tuple[str, Callable[[], object]]]) -> None:
    """Keys that work while the focus is anywhere in `parent` (a screen's own window)."""
    for sequence, slot in keys:
        shortcut = QShortcut(QKeySequence(sequence), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes through the widgets in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def hint(parent: QWidget, text: str) -> QLabel:
    """A quiet, wrapped sentence that explains (the theme's hint color)."""
    label = PlainLabel(text, parent)
    label.setObjectName("keysHint")
    label.setWordWrap(True)
    return label
