"""Keystrokes and mouse clicks a trainee spends on each drill case until it is taken up (the
scoreboard's "keys" and "clicks to dispatch"): counted in this window while the case is the
current one, and reported to the server (POST /runs/{id}/input-stats) when the case leaves
the officer's hands (dispatched, merged or voided). No I/O here: the caller sends."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

TAKEN_UP = frozenset({"dispatched", "merged", "voided", "in_progress", "resolved", "closed"})
_COUNTED = frozenset(
    {QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress}
)
# Keys that are not work on the case: modifiers pressed alone.
_MODIFIERS = frozenset({0x01000020, 0x01000021, 0x01000022, 0x01000023})  # Shift Ctrl Meta Alt


class InputCounter(QObject):
    """Counts key presses and mouse clicks in one window per current case id."""

    def __init__(self, window: QWidget, current: Callable[[], int]) -> None:
        super().__init__(window)
        self._window = window
        self._current = current
        self.counts: dict[int, list[int]] = {}  # case id -> [keystrokes, clicks]
        self.active = False

    def start(self) -> None:
        """Count from now on (idempotent)."""
        app = QApplication.instance()
        if not self.active and app is not None:
            app.installEventFilter(self)
            self.active = True

    def stop(self) -> None:
        """Count no more and forget the counts."""
        app = QApplication.instance()
        if self.active and app is not None:
            app.removeEventFilter(self)
        self.active = False
        self.counts.clear()

    def of(self, case_id: int) -> tuple[int, int]:
        """(keystrokes, clicks) on this case so far."""
        keys, clicks = self.counts.get(case_id, (0, 0))
        return keys, clicks

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in _COUNTED or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window:
            return False  # another window's
        # Every key press first comes to the widget with the focus as a ShortcutOverride (a
        # window shortcut such as Ctrl+Shift+D then takes it, and no KeyPress follows): a key
        # is counted there. A press travels up to the parents that do not accept it: it is
        # counted once, where it first arrives.
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            focus = QApplication.focusWidget()
            first = QEvent.Type.ShortcutOverride if focus is not None else QEvent.Type.KeyPress
            if kind != first or (focus is not None and watched is not focus):
                return False
            if isinstance(event, QKeyEvent) and (event.isAutoRepeat() or event.key() in _MODIFIERS):
                return False
        elif isinstance(event, QMouseEvent):
            if watched.childAt(event.position().toPoint()) is not None:
                return False
        case_id = self._current()
        if case_id:
            counts = self.counts.setdefault(case_id, [0, 0])
            counts[1 if kind == QEvent.Type.MouseButtonPress else 0] += 1
        return False
