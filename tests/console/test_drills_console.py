"""A drill from the console (issue #17): the trainer starts a run of a scenario on a 5× clock
for a trainee; the trainee's own window (another login) switches into the run, receives its
injects in the queue and handles one with the live keyboard path (Ctrl+Shift+R, Ctrl+Shift+D);
the trainer's scoreboard follows, the trainer acts as the department by hand, pauses, changes
the speed and stops the run; the trainee's window leaves drill mode; the after-action report
shows, saves as a PDF that pdftoppm renders, and the trainee's runs compare.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from console.drills.control import DrillControlPane
from console.models.center_time import CENTER
from tests.console.conftest import WAIT_MS
from tests.console.drills_support import (
    PASSWORD,
    WindowOpener,
    add_trainee,
    drill_windows,
    pane_of,
)
from tests.support.live_server import LiveServer

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TRAINEE = "drill_trainee1"


@pytest.fixture
def open_as(qtbot: Any, zh_cn: Any, tmp_path: Path) -> Iterator[WindowOpener]:
    """open_as(server, username, password="demo") → a live main window with the drill pane."""
    with drill_windows(qtbot, tmp_path, "demo") as open_:
        yield open_


def score_of(pane: DrillControlPane, trainee: str) -> Any:
    run = pane.run
    assert run is not None
    return next(row for row in run.scoreboard if row.trainee == trainee)


def test_a_trainee_drills_with_the_live_keyboard_path_and_the_trainer_follows(
    server: LiveServer, open_as: Any, qtbot: Any, tmp_path: Path
) -> None:
    add_trainee(server, TRAINEE, "学员一")
    trainer = open_as(server, "trainer")
    pane = pane_of(trainer)
    qtbot.waitUntil(lambda: pane.scenario_combo.count() >= 3, timeout=WAIT_MS)
    # The setup, by the keyboard's fields: a Friday-evening surge, for the trainee, at 5×.
    pane.scenario_combo.setCurrentIndex(pane.scenario_combo.findData("water_outage_surge"))
    pane.speed_combo.setCurrentIndex(pane.speed_combo.findData(5))
    pane.start_combo.setCurrentIndex(pane.start_combo.findData("scenario"))
    # The trainees are ticked in the server's list of drill accounts (a live account is not
    # offered); with none ticked, nothing starts.
    qtbot.waitUntil(
        lambda: TRAINEE in [pane.trainees_list.item(n).data(Qt.ItemDataRole.UserRole)
                            for n in range(pane.trainees_list.count())],
        timeout=WAIT_MS,
    )  # fmt: skip
    pane.tick_trainees(set())
    pane.start_button.click()
    qtbot.waitUntil(lambda: pane.banner.isVisible(), timeout=WAIT_MS)
    assert pane.run is None or pane.run.status != "running" or TRAINEE not in pane.run.trainees
    pane.tick_trainees({TRAINEE})
    assert pane.checked_trainees() == [TRAINEE]
    pane.start_button.click()
    qtbot.waitUntil(
        lambda: pane.run is not None and TRAINEE in pane.run.trainees and pane.run.running,
        timeout=WAIT_MS,
    )
    run = pane.run
    assert run is not None and run.clock.speed == 5 and run.scenario_id == "water_outage_surge"
    assert run.clock.start == datetime(2026, 12, 4, 16, 50, tzinfo=CENTER)

    # The trainee's window (another login) switches into the run.
    trainee = open_as(server, TRAINEE, PASSWORD)
    mode = pane_of(trainee).mode
    qtbot.waitUntil(lambda: mode.run is not None and mode.run.id == run.id, timeout=WAIT_MS)
    assert mode.banner.isVisible() and "【演练】" in mode.banner.mark.text()
    assert trainee.windowTitle().startswith("【演练】" + run.name)
    drill_now = datetime.fromtimestamp(trainee.ctx.model.now(), CENTER)
    assert drill_now.date() == datetime(2026, 12, 4).date(), "colors count on the drill clock"

    # The first inject (a call at minute 0) reaches the trainee's queue.
    def first_case_id() -> int | None:
        current = mode.run
        inject = current.injects[0] if current is not None else None
        return inject.case_id if inject is not None else None

    qtbot.waitUntil(lambda: first_case_id() is not None, timeout=WAIT_MS)
    case_id = first_case_id()
    assert case_id is not None
    model = trainee.ctx.model
    qtbot.waitUntil(lambda: model.case(case_id) is not None, timeout=WAIT_MS)
    case = model.case(case_id)
    assert case is not None and case.drill and case.drill_run_id == run.id
    assert case.ref is not None and case.ref.startswith("DR20261204")

    # The live keyboard path: the case current in the queue, Ctrl+Shift+R then Ctrl+Shift+D.
    trainee.activateWindow()
    qtbot.waitUntil(trainee.isActiveWindow, timeout=WAIT_MS)
    trainee.queue.clear_filters()  # every open case, whatever filter the window kept
    qtbot.waitUntil(lambda: model.row_of(case_id) >= 0, timeout=WAIT_MS)
    trainee.queue.view.setFocus()
    trainee.queue.view.selectRow(model.row_of(case_id))
    qtbot.waitUntil(lambda: trainee.ctx.selection.case_id == case_id, timeout=WAIT_MS)
    register = trainee.registry["case_register"]
    qtbot.waitUntil(register.isEnabled, timeout=WAIT_MS)
    QTest.keyClick(QApplication.focusWidget() or trainee.queue.view, Qt.Key.Key_R, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _state(model, case_id) == "registered", timeout=WAIT_MS)
    dispatch = trainee.registry["case_dispatch"]
    qtbot.waitUntil(dispatch.isEnabled, timeout=WAIT_MS)
    QTest.keyClick(QApplication.focusWidget() or trainee.queue.view, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _state(model, case_id) == "dispatched", timeout=WAIT_MS)

    # The trainer's scoreboard follows: the trainee took one up, and the keys were counted.
    qtbot.waitUntil(
        lambda: (
            score_of(pane, TRAINEE).injects >= 1 and score_of(pane, TRAINEE).keystrokes is not None
        ),
        timeout=WAIT_MS,
    )
    row = score_of(pane, TRAINEE)
    assert row.mean_register_min is not None and row.points > 0
    assert row.keystrokes >= 2, "Ctrl+Shift+R and Ctrl+Shift+D at least"
    shown = [pane.scores_model.rows[n].cells[0] for n in range(pane.scores_model.rowCount())]
    assert TRAINEE in shown
    # Per inject, on the scoreboard's tab: who took it, in what time against the target.
    pane.tabs.setCurrentWidget(pane.scores_page)
    scores = pane.inject_scores_model
    qtbot.waitUntil(lambda: scores.row_of("outage-zhaohui") >= 0, timeout=WAIT_MS)
    cells = scores.rows[scores.row_of("outage-zhaohui")].cells
    assert cells[1] == case.ref and cells[2] == TRAINEE
    pane.tabs.setCurrentWidget(pane.injects_page)

    # The trainer acts as the department on that case: it signs.
    row_of_case = pane.injects_model.row_of(case_id)
    assert row_of_case >= 0
    pane.injects_view.setCurrentIndex(pane.injects_model.index(row_of_case, 0))
    stand_in = pane.stand_in
    qtbot.waitUntil(
        lambda: stand_in.case is not None and stand_in.case.state == "dispatched", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: stand_in.action.findData("sign") >= 0, timeout=WAIT_MS)
    stand_in.action.setCurrentIndex(stand_in.action.findData("sign"))
    stand_in.send.click()
    qtbot.waitUntil(lambda: _state(model, case_id) == "in_progress", timeout=WAIT_MS)

    # Pause, the speed, then stop: the trainee's window leaves drill mode.
    pane.pause_button.click()
    qtbot.waitUntil(lambda: pane.run is not None and pane.run.status == "paused", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: mode.run is not None and mode.run.status == "paused", timeout=WAIT_MS)
    pane.pause_button.click()
    qtbot.waitUntil(lambda: pane.run is not None and pane.run.running, timeout=WAIT_MS)
    pane.speed_change.setCurrentIndex(pane.speed_change.findData(2))
    pane.change_speed()
    qtbot.waitUntil(lambda: pane.run is not None and pane.run.clock.speed == 2, timeout=WAIT_MS)
    pane.stop_button.click()
    qtbot.waitUntil(lambda: pane.run is not None and pane.run.status == "stopped", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: mode.run is None, timeout=WAIT_MS)
    assert not mode.banner.isVisible() and not trainee.windowTitle().startswith("【演练】停水")
    # Its queue's clock stands where the run's stood: no drill case turns red by the calendar.
    qtbot.waitUntil(lambda: model.now() == trainee.ctx.model.now(), timeout=WAIT_MS)
    stood = datetime.fromtimestamp(model.now(), CENTER)
    assert stood.date() == datetime(2026, 12, 4).date()

    # The after-action report: its summary, its first page, saved as a PDF pdftoppm renders.
    pane.tabs.setCurrentWidget(pane.report)
    report = pane.report
    qtbot.waitUntil(lambda: report.runs_model.row_of(run.id) >= 0, timeout=WAIT_MS)
    report.runs_view.setCurrentIndex(report.runs_model.index(report.runs_model.row_of(run.id), 0))
    report.show_button.click()
    qtbot.waitUntil(lambda: report.report is not None, timeout=WAIT_MS)
    assert report.report is not None and report.report.id == run.id
    assert "outage-zhaohui" in report.summary.toPlainText()
    if pane.pdf is None:
        pytest.skip("the server has no CJK font for the report's PDF (CC_PDF_FONT)")
    pixmap = report.page.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 100
    target = tmp_path / "report.pdf"
    pane.save_report(target)
    qtbot.waitUntil(lambda: pane.saved == target, timeout=WAIT_MS)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(target), str(tmp_path / "p")],
        check=True,
        timeout=60,
    )
    assert list(tmp_path.glob("p*.png")), "the PDF has a first page pdftoppm renders"

    # The trainee's runs compared (this one at least, with its points).
    report.trainee_combo.setEditText(TRAINEE)
    report.progress_button.click()
    qtbot.waitUntil(lambda: report.progress_model.rowCount() >= 1, timeout=WAIT_MS)
    assert report.progress_model.rows[-1].cells[0] == f"#{run.id}"


def _state(model: Any, case_id: int) -> str | None:
    case = model.case(case_id)
    return case.state if case is not None else None
