"""A deadline shown as a time and a live countdown, colored green / yellow / red by the clock."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from widgets.plain_text import PlainLabel


def _clock_text(seconds: float) -> str:
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


class Countdown(PlainLabel):
    """`lead` then the due time and what is left of it; ticks every second while shown."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        duration: Callable[[float], str] = _clock_text,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countdown")
        self.setWordWrap(True)
        self._duration = duration
        self._clock = clock
        self._lead = ""
        self._due: float | None = None
        self._warn: float | None = None
        self._due_text = ""
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._render)

    @property
    def due(self) -> float | None:
        """The deadline (seconds since the epoch), None when no clock runs."""
        return self._due

    def set_deadline(
        self, lead: str, due: float | None, warn: float | None = None, due_text: str = ""
    ) -> None:
        """Show `lead`, then (if due) 'due_text · N left' colored by the warn and due times."""
        self._lead, self._due, self._warn, self._due_text = lead, due, warn, due_text
        if due is None:
            self._timer.stop()
        else:
            self._timer.start()
        self._render()

    def clear(self) -> None:
        """Show nothing and stop ticking."""
        self.set_deadline("", None)

    def _render(self) -> None:
        if self._due is None:
            self._set_color("")
            self.setText(self._lead)
            return
        left = self._due - self._clock()
        if left >= 0:
            rest = self.tr("%1 left").replace("%1", self._duration(left))
        else:
            rest = self.tr("%1 overdue").replace("%1", self._duration(-left))
        parts = [p for p in (self._lead, self._due_text) if p]
        self.setText(f"{' '.join(parts)} · {rest}")
        now = self._clock()
        color = "red" if left < 0 else "yellow" if self._warn and now >= self._warn else "green"
        self._set_color(color)

    def _set_color(self, color: str) -> None:
        if self.property("color") != color:
            self.setProperty("color", color)
            self.style().unpolish(self)
            self.style().polish(self)
