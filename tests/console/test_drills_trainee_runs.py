"""A trainee's window and the runs it is in (issue #17's follow-ups), against a real server:
the window enters a run the moment the feed announces it (`drill.run`), with the polls set
far beyond the test's patience, and then polls only as a safety net; its queue shows its own
run's cases, not those of a run another trainee is in, and everything again once the run
ends; its drill control pane shows the run with its controls disabled and starts none.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from console.contract import Case
from console.drills import trainee_mode
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS
from tests.console.drills_support import (
    PASSWORD,
    WindowOpener,
    add_trainee,
    drill_windows,
    pane_of,
)
from tests.support.live_server import LiveServer

NEVER_MS = 3_600_000  # a poll that never comes within a test


def start_run(server: LiveServer, trainees: list[str], scenario: str = "water_outage_surge") -> int:
    response = requests.post(
        f"{server.url}/api/v1/drills/runs",
        json={"scenario": scenario, "trainees": trainees, "speed": 5},
        headers=server.headers("trainer"),
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def stop_run(server: LiveServer, run_id: int) -> None:
    response = requests.post(
        f"{server.url}/api/v1/drills/runs/{run_id}/stop",
        headers=server.headers("trainer"),
        timeout=30,
    )
    assert response.status_code in (200, 422), response.text  # 422: stopped already


@pytest.fixture
def open_as(qtbot: Any, zh_cn: Any, tmp_path: Path) -> Iterator[WindowOpener]:
    """open_as(server, username, password=PASSWORD) → a live main window with the drill pane."""
    with drill_windows(qtbot, tmp_path, PASSWORD) as open_:
        yield open_


def queue_run_ids(window: MainWindow) -> set[int | None]:
    """The drill runs of the cases the queue shows."""
    model = window.ctx.model
    shown = (model.case_at(row) for row in range(model.rowCount()))
    return {case.drill_run_id for case in shown if case is not None}


def test_a_trainee_window_enters_its_run_on_the_feed_event_without_a_poll(
    server: LiveServer, open_as: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(trainee_mode, "IDLE_POLL_MS", NEVER_MS)
    monkeypatch.setattr(trainee_mode, "RUN_POLL_MS", NEVER_MS)
    add_trainee(server, "evt_trainee")
    window = open_as(server, "evt_trainee")
    mode = pane_of(window).mode
    qtbot.waitUntil(lambda: mode.polls >= 1, timeout=WAIT_MS)  # its first look: no run
    assert mode.run is None and not mode.announced
    assert mode.poll_interval_ms() == NEVER_MS
    run_id = start_run(server, ["evt_trainee"])
    try:
        qtbot.waitUntil(lambda: mode.run is not None and mode.run.id == run_id, timeout=WAIT_MS)
        assert mode.announced, "the feed brought the run"
        assert mode.poll_interval_ms() == trainee_mode.ANNOUNCED_POLL_MS
        assert mode.banner.isVisible()
        pane = pane_of(window)  # his drill control shows the run, and does not poll it hard
        qtbot.waitUntil(lambda: pane.run is not None and pane.run.id == run_id, timeout=WAIT_MS)
        assert pane.poll_interval_ms() == trainee_mode.ANNOUNCED_POLL_MS
        # A case of its run it does not know (as the follower hands it on: a Case) has the
        # run read again at once, to learn which inject it is.
        asked = mode.polls
        unknown = Case.from_json(
            {"id": 10**9, "state": "reported", "version": 1, "drill": True, "drill_run_id": run_id}
        )
        window.ctx.live.events_applied.emit([{"type": "case.created", "case": unknown}])
        qtbot.waitUntil(lambda: mode.polls > asked, timeout=WAIT_MS)
        # Its end comes the same way.
        stop_run(server, run_id)
        qtbot.waitUntil(lambda: mode.run is None, timeout=WAIT_MS)
        assert not mode.banner.isVisible()
    finally:
        stop_run(server, run_id)


def test_a_trainee_queue_shows_its_own_run_and_its_pane_does_not_steer(
    server: LiveServer, open_as: Any, qtbot: Any
) -> None:
    add_trainee(server, "q_trainee1")
    add_trainee(server, "q_trainee2")
    other = start_run(server, ["q_trainee2"], scenario="typhoon_night")
    window = open_as(server, "q_trainee1")
    model, mode, pane = window.ctx.model, pane_of(window).mode, pane_of(window)
    # A drill account sees every run's drill cases outside a run: the other run's first.
    qtbot.waitUntil(lambda: other in queue_run_ids(window), timeout=WAIT_MS)
    mine = start_run(server, ["q_trainee1"])
    try:
        qtbot.waitUntil(lambda: mode.run is not None and mode.run.id == mine, timeout=WAIT_MS)
        assert window.queue.filters.drill_run == mine
        qtbot.waitUntil(lambda: queue_run_ids(window) == {mine}, timeout=WAIT_MS)
        others = [
            s
            for s in range(len(model._store))  # noqa: SLF001 (what the store holds)
            if model._store.case(s).drill_run_id == other  # noqa: SLF001
        ]
        assert others, "the other run's cases are there, only not shown"
        # Clearing the filters keeps the run's limit: the trainee did not set it.
        window.queue.clear_filters()
        qtbot.waitUntil(lambda: queue_run_ids(window) == {mine}, timeout=WAIT_MS)
        # The drill control shows his run, not to be steered; and he starts none.
        qtbot.waitUntil(lambda: pane.run is not None and pane.run.id == mine, timeout=WAIT_MS)
        assert not pane.pause_button.isEnabled() and not pane.stop_button.isEnabled()
        assert not pane.reset_button.isEnabled() and not pane.speed_change.isEnabled()
        assert not pane.stand_in.isEnabled() and not pane.start_button.isEnabled()
        assert pane.trainee_note.isVisibleTo(pane)
        # The run over, the queue shows every case again, the other run's among them.
        stop_run(server, mine)
        qtbot.waitUntil(lambda: mode.run is None, timeout=WAIT_MS)
        assert window.queue.filters.drill_run is None
        qtbot.waitUntil(lambda: other in queue_run_ids(window), timeout=WAIT_MS)
        assert pane.start_button.isEnabled()
    finally:
        stop_run(server, mine)
        stop_run(server, other)


def test_the_new_run_form_ticks_trainees_from_the_server_list(
    server: LiveServer, open_as: Any, qtbot: Any
) -> None:
    add_trainee(server, "tick_trainee")
    window = open_as(server, "trainer", "demo")
    pane = pane_of(window)
    qtbot.waitUntil(lambda: pane.trainees_list.count() >= 2, timeout=WAIT_MS)
    listed = [
        pane.trainees_list.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(pane.trainees_list.count())
    ]
    assert "tick_trainee" in listed and "trainer" in listed
    assert "duty_officer" not in listed, "only drill accounts are offered"
    qtbot.waitUntil(lambda: pane.scenario_combo.count() >= 3, timeout=WAIT_MS)
    pane.scenario_combo.setCurrentIndex(pane.scenario_combo.findData("haohe_morning"))
    pane.start_button.click()  # none ticked: a warning, nothing starts
    qtbot.waitUntil(lambda: pane.banner.isVisible(), timeout=WAIT_MS)
    assert pane.run is None or "tick_trainee" not in pane.run.trainees
    # By the keyboard: to the account, Space ticks it.
    pane.trainees_list.setFocus()
    pane.trainees_list.setCurrentRow(listed.index("tick_trainee"))
    qtbot.keyClick(pane.trainees_list, Qt.Key.Key_Space)
    assert pane.checked_trainees() == ["tick_trainee"]
    pane.start_button.click()
    qtbot.waitUntil(
        lambda: pane.run is not None and pane.run.trainees == ("tick_trainee",), timeout=WAIT_MS
    )
    started = pane.run
    assert started is not None
    stop_run(server, started.id)
    # A list read again keeps what was ticked.
    pane.reload()
    qtbot.waitUntil(lambda: pane.trainees_list.count() == len(listed), timeout=WAIT_MS)
    assert pane.checked_trainees() == ["tick_trainee"]
