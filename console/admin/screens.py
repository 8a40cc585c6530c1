"""Opens each administration screen as a window of its own, built when first asked for.

A screen is named in SCREENS by the id of the command that opens it and "module:Class";
adding a screen is one more line there. Every screen class takes `(ctx, parent)` and is a
QWidget. A module that is not there yet leaves its command disabled, and one that fails to
load says so in the window's error banner: neither takes the console down.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from console.controllers.context import PaneContext

log = logging.getLogger(__name__)

SCREENS: dict[str, str] = {
    "admin_calendar": "console.admin.calendar_screen:CalendarScreen",
    "admin_cameras": "console.admin.cameras_screen:CamerasScreen",
    "admin_users": "console.admin.users_screen:UsersScreen",
    "admin_sla_rules": "console.admin.sla_rules_screen:SlaRulesScreen",
    "admin_log": "console.admin.admin_log_screen:AdminLogScreen",
}


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class AdminScreens(QObject):
    """One window per administration screen: made lazily, raised when open, closed with ours."""

    failed = Signal(str, str)  # what, why: a screen that could not be opened
    opened = Signal(str, QWidget)  # action id, the screen

    def __init__(
        self,
        ctx: PaneContext,
        window: QWidget,
        screens: dict[str, str] | None = None,
    ) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._table = dict(SCREENS if screens is None else screens)
        self.screens: dict[str, QWidget] = {}
        for action_id, target in self._table.items():
            action = ctx.actions.get(action_id)
            if action is None:
                continue  # not this role's command
            if not _module_exists(target.partition(":")[0]):
                action.setEnabled(False)
                action.setToolTip(self.tr("Not available in this version of the console."))
                continue
            action.triggered.connect(lambda _checked=False, a=action_id: self.open(a))

    def available(self, action_id: str) -> bool:
        """Whether this role has the screen and its module is there."""
        action = self._ctx.actions.get(action_id)
        return action is not None and action.isEnabled() and action_id in self._table

    def open(self, action_id: str) -> QWidget | None:
        """Show the screen (made the first time), in front; None when it cannot be made."""
        screen = self.screens.get(action_id)
        if screen is None:
            screen = self._build(action_id)
            if screen is None:
                return None
            self.screens[action_id] = screen
            self.opened.emit(action_id, screen)
        if screen.isMinimized():
            screen.showNormal()
        screen.show()
        screen.raise_()
        screen.activateWindow()
        return screen

    def close_all(self) -> None:
        """Close every open screen (the main window is closing)."""
        for screen in self.screens.values():
            screen.close()
            shut_down = getattr(screen, "shut_down", None)
            if shut_down is not None:
                shut_down()

    def _build(self, action_id: str) -> QWidget | None:
        target = self._table.get(action_id, "")
        module_name, _, class_name = target.partition(":")
        try:
            cls = getattr(importlib.import_module(module_name), class_name)
            screen = cls(self._ctx, self._window)
        except Exception as exc:  # noqa: BLE001 - a broken screen must not close the console
            log.exception("administration screen %s could not be opened", target)
            action = self._ctx.actions.get(action_id)
            name = action.text().replace("&", "").rstrip("…") if action else action_id
            self.failed.emit(
                name, self.tr("This screen could not be opened (%1).").replace("%1", repr(exc))
            )
            return None
        if not isinstance(screen, QWidget):
            self.failed.emit(action_id, self.tr("This screen could not be opened."))
            return None
        # A window of its own (not modal) that still belongs to ours and goes with it.
        screen.setWindowFlag(Qt.WindowType.Window, True)
        display = self._window.screen()
        if display is not None:  # never larger than the desk's display (1366×768 too)
            room = display.availableGeometry().size() * 0.96
            screen.resize(screen.size().boundedTo(room))
        if not screen.objectName():
            screen.setObjectName(action_id)
        return screen
