"""Keypress to new state: the register and dispatch shortcuts on a selected queue row.

    python benchmarks/console_dispatch.py [--cases 50] [--screenshot docs/dispatch.png]

Starts a local cc-server (demo data, simulator off) and an offscreen console window signed in
as the duty officer, creates N cases, then for each one selects its row and presses
Ctrl+Shift+R (register); then, for each, selects it, lets the dispatch pane show its routing
suggestion (as an officer would look at it) and presses Ctrl+Shift+D (dispatch to the
suggested department). Each figure is the time from the keypress to the row showing the new
state: the action written to the outbox, sent, and the returned case in the model. Prints
p50/p90/p99/max; the target is p99 under 200 ms. With --screenshot it also saves a picture of
the window with the dispatch pane open on a case that was returned before.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from benchmarks.console_bench import console_window, off_gui, wait_for  # noqa: E402
from console.models.columns import COLUMN_INDEX  # noqa: E402
from console.shell.main_window import MainWindow  # noqa: E402
from tests.support.live_server import LiveServer  # noqa: E402

SHORTCUT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TIMEOUT = 60.0


def create_cases(server: LiveServer, count: int) -> list[dict[str, Any]]:
    headers = server.headers("supervisor")
    made = []
    for n in range(count):
        response = requests.post(
            f"{server.url}/api/v1/cases",
            json={
                "channel": "hotline_12345",
                "category": "noise" if n % 2 else "garbage",
                "title": f"基准测试案件 {n}",
                "address": "崇川区虹桥街道新中社区",
            },
            headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
            timeout=30,
        )
        response.raise_for_status()
        made.append(response.json())
    return made


def press(window: MainWindow, case_id: int, key: Qt.Key, state: str) -> float:
    """Select the case's row, press the shortcut, wait for the row to show `state` (ms)."""
    model = window.ctx.model
    assert window.queue.select_case(case_id), case_id
    QCoreApplication.processEvents()
    seen: list[float] = []

    def on_changed(changed: frozenset[int]) -> None:
        case = model.case(case_id)
        if case_id in changed and case and case.state == state and not seen:
            seen.append(time.perf_counter())

    model.cases_changed.connect(on_changed)
    try:
        start = time.perf_counter()
        QTest.keyClick(window.queue.view, key, SHORTCUT)
        wait_for(lambda: bool(seen))
    finally:
        model.cases_changed.disconnect(on_changed)
    row = model.row_of(case_id)
    shown = model.index(row, COLUMN_INDEX["state"]).data() if row >= 0 else state
    assert shown is not None
    return (seen[0] - start) * 1000


def figures(name: str, millis: list[float]) -> None:
    ordered = sorted(millis)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    print(
        f"{name:<28} n={len(ordered):<4} p50={statistics.median(ordered):7.1f} ms  "
        f"p90={pct(90):7.1f} ms  p99={pct(99):7.1f} ms  max={ordered[-1]:7.1f} ms"
    )


def screenshot(window: MainWindow, server: LiveServer, path: Path) -> None:
    """The window with the dispatch pane on a returned case (returns and duplicates shown)."""
    model = window.ctx.model
    returned = [
        c for r in range(model.rowCount()) if (c := model.case_at(r)) and c.state == "returned"
    ]
    client = window.ctx.client
    best, most = returned[0], -1
    for case in returned:  # the returned case with the most likely duplicates
        found = len(off_gui(lambda c=case: client.duplicates(c.id)["items"]))
        if found > most:
            best, most = case, found
    window.queue.select_case(best.id)
    pane = window.panes["dispatch"]
    wait_for(lambda: pane.case_id == best.id and pane.duplicates.topLevelItemCount() == most)
    wait_for(lambda: pane.departments.returns.count() > 0)
    wait_for(lambda: "到期" in pane.deadline.text() or "due" in pane.deadline.text())
    detail = window.panes["detail"]
    wait_for(lambda: bool(detail.detail()))
    time.sleep(1.2)  # one countdown tick, so that the picture shows a running clock
    QCoreApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(path))
    print(f"screenshot: {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--screenshot", type=Path, help="save the window as this PNG")
    args = parser.parse_args()
    with console_window("console") as bench:
        window, server = bench.window, bench.server
        cases = create_cases(server, args.cases)
        wait_for(lambda: all(window.ctx.model.row_of(c["id"]) >= 0 for c in cases))
        register = [press(window, c["id"], Qt.Key.Key_R, "registered") for c in cases]
        pane = window.panes["dispatch"]
        dispatch = []
        for case in cases:
            window.queue.select_case(case["id"])
            wait_for(lambda c=case: pane.case_id == c["id"] and pane.chosen_action() == "dispatch")
            wait_for(lambda c=case: window.ctx.aids.cached_routing(window.ctx.model.case(c["id"])))
            dispatch.append(press(window, case["id"], Qt.Key.Key_D, "dispatched"))
        print(f"cc-server {server.url}, {window.ctx.model.total()} cases in the queue")
        figures("register (Ctrl+Shift+R)", register)
        figures("dispatch (Ctrl+Shift+D)", dispatch)
        figures("both", register + dispatch)
        if args.screenshot:
            screenshot(window, server, args.screenshot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
