"""The window on small and large screens, its layout per role, and center time everywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from console import i18n
from console.api import ApiClient, UserSession
from console.models import center_time
from console.shell.main_window import MainWindow
from console.tasks import TaskRunner
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import fill, results, select

ROOT = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, size: tuple[int, int], lang: str) -> dict[str, Any]:
    """The window measured on an offscreen screen of this size (tests/console/screen_probe.py)."""
    screen = {"name": "probe", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config = tmp_path / f"screen-{size[0]}-{lang}.json"
    config.write_text(
        json.dumps(
            {"windowFrameMargins": False, "screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    settings = tmp_path / f"settings-{size[0]}-{lang}"
    done = subprocess.run(
        [sys.executable, "-m", "tests.console.screen_probe", lang, str(settings)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_small_and_large_screens_keep_the_queue_readable(tmp_path: Path, lang: str) -> None:
    small = probe(tmp_path, (1366, 768), lang)
    assert small["inside"], small["window"]  # within the available geometry, nothing cut off
    assert small["rows"] >= 12, small  # the call form and the dispatch pane open
    assert {"call_intake", "dispatch"} <= set(small["shown"])
    assert not small["overlaps"], small["overlaps"]
    assert min(small["widths"].values()) >= 50 and small["widths"]["title"] >= 180
    assert small["counts_visible"], "the color counters are cut off or in the toolbar's overflow"
    large = probe(tmp_path, (1920, 1080), lang)
    assert large["inside"] and not large["overlaps"], large
    assert large["counts_visible"]
    assert large["rows"] >= small["rows"]
    assert large["widths"]["title"] >= 220


@pytest.fixture
def make_window(qtbot: Any, zh_cn: Any) -> Iterator[Any]:
    """make_window(role) → a window never started (no network at all)."""
    made: list[MainWindow] = []

    def make(role: str) -> MainWindow:
        client = ApiClient("http://127.0.0.1:9")
        session = UserSession("token", role, f"{role} (test)", role, None, "")
        window = MainWindow(
            session, client, TaskRunner(), server_url=client.base_url, sound=i18n.ALERT_WAV
        )
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def test_each_role_gets_its_own_layout_back(make_window: Any) -> None:
    officer = make_window("duty_officer")
    officer.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, officer.docks["detail"])
    officer.close()
    supervisor = make_window("supervisor")  # the officer's layout is not the supervisor's
    area = supervisor.dockWidgetArea(supervisor.docks["detail"])
    assert area == Qt.DockWidgetArea.RightDockWidgetArea
    supervisor.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, supervisor.docks["detail"])
    supervisor.close()
    officer = make_window("duty_officer")
    area = officer.dockWidgetArea(officer.docks["detail"])
    assert area == Qt.DockWidgetArea.LeftDockWidgetArea
    officer.close()
    supervisor = make_window("supervisor")
    area = supervisor.dockWidgetArea(supervisor.docks["detail"])
    assert area == Qt.DockWidgetArea.BottomDockWidgetArea


@pytest.fixture
def utc_machine() -> Iterator[None]:
    """The machine's zone is UTC (the center's is Asia/Shanghai, eight hours ahead)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_times_are_shown_in_asia_shanghai_on_a_utc_machine(
    server: Any, open_window: Any, qtbot: Any, utc_machine: None
) -> None:
    assert time.strftime("%z") == "+0000"
    api = Api(server)
    case = api.act(api.create(title="测试：中心时间", category="noise"), "register")
    window = open_window(server)
    # 01:02:03 UTC is 09:02:03 in the center, whatever this machine says.
    moment = datetime(2025, 3, 4, 1, 2, 3, tzinfo=UTC).timestamp()
    window.ctx.model.set_clock(lambda: moment)
    found = select(window, case["id"], qtbot)
    fill(window, qtbot, "comment", note="中心时间")
    assert found.send()
    listed = results(window)
    qtbot.waitUntil(lambda: bool(listed.statuses({case["id"]})), timeout=WAIT_MS)
    item = next(iter(listed.statuses({case["id"]})))
    assert listed.row_text(item)[0] == "09:02:03"
    # The offline banner's snapshot time, in center time too.
    window.ctx.live.status_changed.emit("reconnecting", "")
    assert "09:02:03" in window.connection_banner.text()
    window.ctx.live.status_changed.emit("online", "")
    # The history's times: the server's instants, shown in center time.
    detail = window.panes["detail"]
    qtbot.waitUntil(lambda: detail.history.topLevelItemCount() >= 2, timeout=WAIT_MS)
    created_at = detail.detail().history[0]["at"]
    assert detail.history.topLevelItem(0).text(0) == center_time.when_text(created_at)
    shanghai = datetime.fromisoformat(created_at).astimezone(center_time.CENTER)
    assert center_time.when_text(created_at) == shanghai.strftime("%m-%d %H:%M")
    assert center_time.when_text("2025-03-04T01:02:03+00:00") == "03-04 09:02"
    assert center_time.clock_text(moment) == "09:02:03"
