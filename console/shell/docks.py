"""The docked panes: built from the pane registry, placed for the screen, raised by F-keys.

An F-key brings its pane to the front (its tab raised, the dock shown) and puts the keyboard
in it, where it was last; only when the pane already has the keyboard does the key hide it.
Showing and hiding as such is the View menu's business.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from console.actions import ActionRegistry, ActionSpec
from console.controllers.context import PaneContext
from console.panes.contract import AsksForAttention, TakesFocus
from console.panes.registry import PaneSpec

_VERTICAL = (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea)


class PaneDocks(QObject):
    """One QDockWidget per pane of this role; F-key actions and View-menu toggles for each."""

    def __init__(
        self,
        window: QMainWindow,
        ctx: PaneContext,
        registry: ActionRegistry,
        specs: list[PaneSpec],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._specs = specs
        self.docks: dict[str, QDockWidget] = {}
        self.panes: dict[str, QWidget] = {}
        self._last_focus: dict[str, QWidget] = {}  # where the keyboard last was, per pane
        for spec in specs:
            self._add(spec, ctx, registry)
        for n, spec in enumerate(specs):
            toggle = self.docks[spec.id].toggleViewAction()
            registry.add(
                ActionSpec(f"show_{spec.id}", spec.title, "view", separator_before=n == 0), toggle
            )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _add(self, spec: PaneSpec, ctx: PaneContext, registry: ActionRegistry) -> None:
        widget = spec.factory(ctx)
        title = QCoreApplication.translate("Panes", spec.title)
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"dock_{spec.id}")
        dock.setWidget(widget)
        self.docks[spec.id] = dock
        self.panes[spec.id] = widget
        if isinstance(widget, AsksForAttention):  # news for the officer comes to the front
            widget.attention_requested.connect(
                lambda pane_id=spec.id: self._on_pane_attention_requested(pane_id)
            )
        action = QAction(title, self._window)
        action.triggered.connect(lambda _checked=False, pane_id=spec.id: self.go_to(pane_id))
        registry.add(ActionSpec(f"pane_{spec.id}", spec.title, "panes", spec.shortcut), action)

    # -- placing ----------------------------------------------------------------------------

    def arrange(self, compact: bool) -> None:
        """The default placement: by the registry, or its compact variant for a small screen."""
        window = self._window
        placed = {spec.id: spec.placement(compact) for spec in self._specs}
        for spec in self._specs:
            area, tab_with, _size = placed[spec.id]
            dock = self.docks[spec.id]
            window.addDockWidget(area, dock)
            if tab_with in self.docks and placed[tab_with][0] == area:
                window.tabifyDockWidget(self.docks[tab_with], dock)
            dock.setVisible(spec.visible)
        for spec in self._specs:  # the first pane of each tab group is the one in front
            if not placed[spec.id][1]:
                self.docks[spec.id].raise_()
        self.size_docks(compact)

    def size_docks(self, compact: bool) -> None:
        """The default sizes of the docks (honoured once the window has its size)."""
        for spec in self._specs:
            area, tab_with, size = spec.placement(compact)
            if size and not tab_with:
                vertical = area in _VERTICAL
                orientation = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
                self._window.resizeDocks([self.docks[spec.id]], [size], orientation)

    # -- F-keys -----------------------------------------------------------------------------

    def go_to(self, pane_id: str) -> None:
        """The pane's F-key: to the front with the keyboard in it; hidden if it had the keyboard."""
        dock = self.docks[pane_id]
        if dock.isVisible() and self.has_focus(pane_id):
            dock.hide()
            self._window.activateWindow()
            return
        self.show_pane(pane_id)

    def show_pane(self, pane_id: str, *, focus: bool = True) -> None:
        """Show the pane in front of its tab group; with `focus`, put the keyboard in it."""
        dock = self.docks[pane_id]
        dock.show()
        dock.raise_()
        if focus:
            self.focus(pane_id)

    def focus(self, pane_id: str) -> None:
        """The keyboard where it last was in the pane, else where the pane wants it."""
        widget = self.panes[pane_id]
        target = self._last_focus.get(pane_id)
        if (
            target is not None
            and shiboken6.isValid(target)
            and target.isVisible()
            and target.isEnabled()
        ):
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if isinstance(widget, TakesFocus):
            widget.take_focus()
            return
        first = _first_focusable(widget)
        (first or widget).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def has_focus(self, pane_id: str) -> bool:
        """Whether the keyboard is in the pane."""
        focused = QApplication.focusWidget()
        return focused is not None and self.docks[pane_id].isAncestorOf(focused)

    def forget_focus(self, pane_id: str) -> None:
        """The pane's next F-key starts where the pane wants it (e.g. a form for a new call)."""
        self._last_focus.pop(pane_id, None)

    # -- handlers ---------------------------------------------------------------------------

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        for pane_id, dock in self.docks.items():
            if dock.isAncestorOf(new):
                self._last_focus[pane_id] = new
                return

    def _on_pane_attention_requested(self, pane_id: str) -> None:
        # News comes to the front, but never over the pane the officer is typing in.
        dock = self.docks[pane_id]
        siblings = self._window.tabifiedDockWidgets(dock)
        if any(other.isVisible() and self.has_focus(self._id_of(other)) for other in siblings):
            return
        self.show_pane(pane_id, focus=False)

    def _id_of(self, dock: QDockWidget) -> str:
        return next(pane_id for pane_id, d in self.docks.items() if d is dock)


def _first_focusable(widget: QWidget) -> QWidget | None:
    """The first visible, enabled child that takes the keyboard by Tab."""
    child = widget.nextInFocusChain()
    while child is not None and child is not widget:
        if (
            widget.isAncestorOf(child)
            and child.isVisible()
            and child.isEnabled()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return child
        child = child.nextInFocusChain()
    return None
