"""Dockable panes: adding one to the window is one `register_pane(...)` call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from console.controllers.context import PaneContext


@dataclass(frozen=True)
class PaneSpec:
    """A pane: its id (saved window state uses it), title, factory, default area and shortcut."""

    id: str
    title: str  # source text, translated in the "Panes" context
    factory: Callable[[PaneContext], QWidget]
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    shortcut: str = ""
    visible: bool = True
    roles: frozenset[str] | None = None
    tab_with: str = ""  # shares the place of this pane, as a tab behind it
    size: int = 0  # its initial width (left/right areas) or height (top/bottom), 0: Qt's choice
    # On a small screen (compact layout): another area, tab group and size, when they differ.
    compact_area: Qt.DockWidgetArea | None = None
    compact_tab_with: str | None = None
    compact_size: int | None = None

    def placement(self, compact: bool) -> tuple[Qt.DockWidgetArea, str, int]:
        """Where the pane goes by default: its area, the pane it is a tab of, its size."""
        if not compact:
            return self.area, self.tab_with, self.size
        return (
            self.area if self.compact_area is None else self.compact_area,
            self.tab_with if self.compact_tab_with is None else self.compact_tab_with,
            self.size if self.compact_size is None else self.compact_size,
        )


_PANES: dict[str, PaneSpec] = {}


def register_pane(spec: PaneSpec) -> PaneSpec:
    """Add a pane to every window created from now on (a later id replaces an earlier one)."""
    _PANES[spec.id] = spec
    return spec


def panes() -> list[PaneSpec]:
    """The registered panes, in registration order."""
    return list(_PANES.values())
