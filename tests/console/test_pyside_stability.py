"""Guards the PySide6 pin: 6.12.0 aborted the interpreter after a few thousand None-returning calls.

One process makes 200,000 Qt calls that return None and 10,000 signal emissions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtWidgets import QLabel

CALLS = 200_000
EMITS = 10_000


class _Emitter(QObject):
    fired = Signal(int)


def test_many_none_returning_calls_and_emits(qapp: Any) -> None:
    obj = QObject()
    label = QLabel()
    timer = QTimer()
    rect = QRect(0, 0, 10, 10)
    point = QPoint()
    setters = (
        lambda i: obj.setObjectName("o"),
        lambda i: label.setText("x"),
        lambda i: timer.setInterval(i % 1000 + 1),
        lambda i: rect.setWidth(i % 100 + 1),
        lambda i: point.setX(i),
    )
    calls = 0
    nones = 0
    for i in range(CALLS):
        result = setters[i % len(setters)](i)
        calls += 1
        nones += result is None
    assert calls == CALLS
    assert nones == CALLS, "every one of these Qt calls returns None"

    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    for i in range(EMITS):
        emitter.fired.emit(i)
    assert len(received) == EMITS
    assert received[-1] == EMITS - 1
