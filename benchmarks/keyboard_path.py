"""The keyboard path of a typical 12345 call: keys and seconds from the queue to a dispatched case.

    python benchmarks/keyboard_path.py [--rounds 1]

Starts a local cc-server (demo data, simulator off) and the real console window (offscreen,
zh_CN, signed in as the duty officer), and takes typical calls the way an officer does, with
key events sent to whatever has the keyboard focus (shortcuts, Tab, Enter; Chinese text is
committed as an input method commits it). A typical call gives the caller's name, phone,
category, address and what they report; the officer registers it and dispatches it to the
suggested department. Four paths are timed, each `--rounds` times:

- confirm, from the queue: F6 … 新建案件 (Ctrl+Enter), then one key (Enter) on the
  suggested department, preselected in the dispatch pane;
- confirm, next call: the form is ready (and focused) after the previous dispatch: no F6;
- express, from the queue / next call: Ctrl+Shift+Enter creates, registers and dispatches to
  the suggestion at once.

For each call it prints every key combination pressed (free text not counted) and the seconds
from the first key to the server having the case dispatched (the machine's time, not the
officer's: typing is instant here). Target: ≤ 6 key combinations plus the free text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QInputMethodEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from benchmarks.console_bench import console_window, wait_for  # noqa: E402
from console.panes.call_intake import CallIntakePane  # noqa: E402
from console.panes.dispatch_pane import DispatchPane  # noqa: E402
from console.shell.main_window import MainWindow  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
TYPICAL = {
    "name": "王先生",
    "phone": "139 0513 2222",
    "category": "噪声扰民",
    "address": "虹桥街道新中社区12幢",
    "description": "楼下工地夜间施工，吵得睡不着",
}


def focused() -> QWidget:
    """Where a key goes: the open popup (the category list), else the focus widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    if widget is None:
        raise RuntimeError("nothing has the keyboard focus")
    return widget


@dataclass
class Keys:
    """Presses keys where the focus is and counts them: combinations apart from free text."""

    combos: list[str] = field(default_factory=list)
    typed: int = 0

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE, name: str = "") -> None:
        """One key combination."""
        QTest.keyClick(focused(), key, modifiers)
        self.combos.append(name or str(key))

    def type(self, text: str) -> None:
        """Free text: ASCII as keys, Chinese committed as an input method does."""
        for char in text:
            if char.isascii():
                QTest.keyClicks(focused(), char)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(char)
                QApplication.sendEvent(focused(), event)
        self.typed += len(text)


def activate(window: MainWindow) -> None:
    """Offscreen, no window is active after a popup closed (a desktop's window manager makes
    the main window active again): done here, as no key of the officer's."""
    if not window.isActiveWindow():
        window.activateWindow()
        wait_for(window.isActiveWindow)


def panes(window: MainWindow) -> tuple[CallIntakePane, DispatchPane]:
    """The window's call form and dispatch pane."""
    form, dispatch = window.panes["call_intake"], window.panes["dispatch"]
    assert isinstance(form, CallIntakePane) and isinstance(dispatch, DispatchPane)
    return form, dispatch


def take_call(
    window: MainWindow, keys: Keys, call: dict[str, str], *, open_form: bool, express: bool
) -> int:
    """One call from the keyboard, up to the dispatch being sent; returns the new case's id."""
    form, dispatch = panes(window)
    if open_form:
        keys.press(Qt.Key.Key_F6, name="F6")
    wait_for(lambda: form.form.name.hasFocus())
    keys.type(call["name"])
    keys.press(Qt.Key.Key_Tab, name="Tab")
    keys.type(call["phone"])
    keys.press(Qt.Key.Key_Tab, name="Tab")
    keys.type(call["category"])
    wait_for(lambda: bool(form.form.category.code()))
    keys.press(Qt.Key.Key_Tab, name="Tab")
    activate(window)
    wait_for(lambda: form.form.address.hasFocus())
    keys.type(call["address"])
    keys.press(Qt.Key.Key_D, ALT, name="Alt+D")
    wait_for(lambda: form.form.description.hasFocus())
    keys.type(call["description"])
    created: list[dict[str, Any]] = []
    form.case_created.connect(created.append)
    if express:
        keys.press(Qt.Key.Key_Return, CTRL | SHIFT, name="Ctrl+Shift+Enter")
        wait_for(lambda: bool(created))
        activate(window)
    else:
        keys.press(Qt.Key.Key_Return, CTRL, name="Ctrl+Enter")
        wait_for(lambda: bool(created))
        # The new case selected, register-and-dispatch chosen, the suggestion preselected.
        activate(window)
        wait_for(lambda: dispatch.then_dispatch() and dispatch.departments.list.hasFocus())
        case = dispatch.case()  # as an officer does: a look at the routing suggestion
        assert case is not None
        wait_for(lambda: window.ctx.aids.cached_routing(case) is not None)
        keys.press(Qt.Key.Key_Return, name="Enter")
    form.case_created.disconnect(created.append)
    return int(created[0].id)


def dispatched(window: MainWindow, case_id: int) -> bool:
    """Whether the server has dispatched the case (its answer back in the queue's model)."""
    case = window.ctx.model.case(case_id)
    return case is not None and case.state == "dispatched"


PATHS = (  # name, from the queue (F6 first), express
    ("confirm, from the queue", True, False),
    ("confirm, next call", False, False),
    ("express, from the queue", True, True),
    ("express, next call", False, True),
)


def run(rounds: int) -> list[tuple[str, Keys, float, dict[str, Any]]]:
    """Take the calls; (path, keys, seconds, the case as dispatched) for each."""
    results = []
    with console_window("keyboard") as bench:
        window = bench.window
        window.activateWindow()
        wait_for(lambda: bool(window.ctx.reference.data))
        for n, (path, from_queue, express) in enumerate(PATHS * rounds):
            if from_queue:  # the officer is working the queue when the phone rings
                window.queue.view.setFocus()
                wait_for(lambda: QApplication.focusWidget() is window.queue.view)
            keys = Keys()
            call = {**TYPICAL, "description": f"{TYPICAL['description']}（第{n + 1}通）"}
            started = time.perf_counter()
            case_id = take_call(window, keys, call, open_form=from_queue, express=express)
            wait_for(lambda case_id=case_id: dispatched(window, case_id))
            seconds = time.perf_counter() - started
            results.append((path, keys, seconds, window.ctx.model.case(case_id)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=1, help="times each path is taken")
    args = parser.parse_args()
    results = run(max(1, args.rounds))
    print(f"{'path':<24} {'keys':>4} {'text':>5} {'seconds':>8}  combinations → department")
    for path, keys, seconds, case in results:
        print(
            f"{path:<24} {len(keys.combos):>4} {keys.typed:>5} {seconds:>8.2f}  "
            f"{' '.join(keys.combos)} → {(case.department_name if case else None) or '?'}"
        )
    for path, *_ in PATHS:
        counts = {len(keys.combos) for name, keys, _s, _c in results if name == path}
        verdict = "met" if max(counts) <= 6 else "not met"
        print(f"{path}: {max(counts)} key combinations (target ≤ 6 plus the free text: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
