"""Wall mode (issue #16): full screen without menus or dialogs, type sized by the screen, the
server's figures, back by itself after a server restart, and read-only."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
import requests
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMenuBar, QToolBar

from console.api import ApiError
from console.config import ConsoleSettings
from console.wall.daytrend import SHANGHAI, DayTrend
from console.wall.launcher import WallLauncher
from console.wall.link import WallLink
from console.wall.options import WallOptionError, WallOptions, grid_shape, parse_views
from console.wall.readonly import ReadOnlyClient, WallIsReadOnly
from console.wall.scale import WallScale
from console.wall.view_charts import IntakeView
from console.wall.view_overdue import OverdueView
from console.wall.view_supervision import SupervisionView
from console.wall.view_totals import TotalsView
from console.wall.window import WallWindow
from tests.console.conftest import WAIT_MS, Api, off_gui
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
NO_VIDEO = ("totals", "overdue", "supervision", "intake", "indicators")


@pytest.fixture
def open_wall(qtbot: Any, zh_cn: Any) -> Iterator[Any]:
    """open_wall(server, **options) → the launcher, its wall window shown and started."""
    launchers: list[WallLauncher] = []

    def open_(live: LiveServer, password: str = "demo", **options: Any) -> WallLauncher:
        settings = ConsoleSettings(
            server_url=live.url, username="supervisor", password=password, timeout=5
        )
        chosen = WallOptions(**{"views": NO_VIDEO, "layout": "tile", **options})
        screen = QGuiApplication.screens()[0]
        launcher = WallLauncher(settings, chosen, screen, feed_wait=1.0)
        launchers.append(launcher)
        with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS):
            launcher.start()
        assert launcher.window is not None
        qtbot.addWidget(launcher.window)
        return launcher

    yield open_
    for launcher in launchers:
        launcher.shutdown()
        if launcher.window is not None:
            launcher.window.close()


def _summary(live: LiveServer) -> dict[str, Any]:
    headers = live.headers("supervisor")
    answer = requests.get(f"{live.url}/api/v1/cases/summary", headers=headers, timeout=30)
    return cast(dict[str, Any], answer.json())


def _get(live: LiveServer, path: str, **params: Any) -> dict[str, Any]:
    headers = live.headers("supervisor")
    url = f"{live.url}{path}"
    return cast(
        dict[str, Any], requests.get(url, headers=headers, params=params, timeout=30).json()
    )


def _no_dialogs() -> bool:
    return not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


# -- the options, the type sizes (no Qt, no server) ------------------------------------------


def test_views_layout_and_type_sizes() -> None:
    assert parse_views("tiles, overdue,supervision,intake,indicators,video") == (
        "totals",
        "overdue",
        "supervision",
        "intake",
        "indicators",
        "video",
    )
    with pytest.raises(WallOptionError, match="unknown wall view 'queue'"):
        parse_views("totals,queue")
    with pytest.raises(WallOptionError):
        WallOptions(layout="mosaic")
    assert [grid_shape(n) for n in (1, 2, 4, 6)] == [(1, 1), (1, 2), (2, 2), (2, 3)]
    full_hd, uhd = WallScale(1080), WallScale(2160)
    for size in ("small", "body", "title", "banner", "figure", "row"):
        assert abs(getattr(uhd, size) - 2 * getattr(full_hd, size)) <= 1, size
    assert full_hd.small >= 36  # 23 mm on a 55" screen: 16 arcminutes from 5 m
    assert WallScale(1080, 1.5).body == round(1.5 * full_hd.body)


def test_the_days_trend_keeps_one_sample_a_minute_and_forgets_yesterday() -> None:
    from datetime import datetime

    trend = DayTrend()
    start = datetime(2026, 12, 7, 9, 0, tzinfo=SHANGHAI)
    for second in range(0, 600, 10):  # ten minutes, a sample every 10 s
        trend.add(start.replace(minute=second // 60, second=second % 60), {"red": second})
    assert len(trend.times) == 10
    trend.add(datetime(2026, 12, 8, 0, 1, tzinfo=SHANGHAI), {"red": 1})
    assert len(trend.times) == 1 and trend.counts["red"] == [1]


# -- the wall against a real server ------------------------------------------------------------


def test_wall_full_screen_no_menus_no_dialogs_and_the_servers_figures(
    server: LiveServer, open_wall: Any, qtbot: Any
) -> None:
    launcher = open_wall(server)
    window: WallWindow = launcher.window
    qtbot.waitUntil(lambda: launcher.window.link.state == "online", timeout=WAIT_MS)
    qtbot.waitUntil(window.isFullScreen)
    assert window.screen() is QGuiApplication.screens()[0]
    assert not window.findChildren(QMenuBar) and not window.findChildren(QToolBar)
    assert _no_dialogs()
    totals = window.views["totals"]
    assert isinstance(totals, TotalsView)
    summary = _summary(server)
    qtbot.waitUntil(lambda: totals.totals == summary["color"], timeout=WAIT_MS)
    assert totals.boxes["red"].value.text() == str(summary["color"]["red"])
    assert totals.boxes["red"].name.text() == "已超时"
    board = window.views["supervision"]
    assert isinstance(board, SupervisionView)
    items = _get(server, "/api/v1/supervision", status="open", limit=200)
    qtbot.waitUntil(lambda: board.total == int(items.get("total") or len(items["items"])))
    assert board.model.rowCount() == len(items["items"])
    overdue = window.views["overdue"]
    assert isinstance(overdue, OverdueView)
    kpis = _get(server, "/api/v1/kpis", by="street")
    qtbot.waitUntil(lambda: "street" in overdue.totals, timeout=WAIT_MS)
    assert overdue.totals["street"] == kpis["totals"]["overdue_open"]
    # Type sized from the screen: this one, then a 2160-line one.
    height = window.screen().geometry().height()
    assert totals.title.font().pixelSize() == WallScale(height).title
    window.apply_scale(WallScale(2160))
    assert totals.title.font().pixelSize() == WallScale(2160).title
    assert board.table.verticalHeader().defaultSectionSize() == WallScale(2160).row
    assert _no_dialogs()


def test_a_refused_sign_in_is_said_on_the_wall_never_in_a_dialog(
    server: LiveServer, open_wall: Any, qtbot: Any
) -> None:
    launcher = open_wall(server, password="wrong", views=("totals",))
    window: WallWindow = launcher.window
    qtbot.waitUntil(lambda: window.link.state == "login_failed", timeout=WAIT_MS)
    assert window.banner.isVisible() and "登录被拒绝" in window.banner.text()
    assert _no_dialogs()


def test_wall_survives_a_server_restart(own_server: LiveServer, open_wall: Any, qtbot: Any) -> None:
    launcher = open_wall(own_server, views=("totals", "intake"))
    window: WallWindow = launcher.window
    intake = window.views["intake"]
    assert isinstance(intake, IntakeView)
    qtbot.waitUntil(lambda: window.link.state == "online", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(intake.chart.starts), timeout=WAIT_MS)
    own_server.stop()
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    assert window.banner.text() == "连接中断 — 正在重连"
    assert _no_dialogs()
    own_server.start()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)
    before = intake.chart.total()
    Api(own_server).create(title="wall: after the restart")
    qtbot.waitUntil(lambda: intake.chart.total() == before + 1, timeout=WAIT_MS)
    summary = _summary(own_server)
    totals = window.views["totals"]
    assert isinstance(totals, TotalsView)
    qtbot.waitUntil(lambda: totals.totals == summary["color"], timeout=WAIT_MS)


def test_without_server_the_wall_starts_its_own_and_restarts_it_when_it_dies(
    tmp_path: Path, qtbot: Any, zh_cn: Any
) -> None:
    settings = ConsoleSettings(
        username="supervisor", password="demo", data_dir=tmp_path / "data", simulator_rate=0
    )
    options = WallOptions(views=("totals",), layout="rotate")
    launcher = WallLauncher(settings, options, QGuiApplication.screens()[0], feed_wait=1.0)
    try:
        with qtbot.waitSignal(launcher.window_opened, timeout=WAIT_MS * 2):
            launcher.start()
        window = launcher.window
        assert window is not None and launcher.embedded is not None
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.link.state == "online", timeout=WAIT_MS)
        assert (tmp_path / "data" / "cc-server.db").exists()
        first = launcher.embedded.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: launcher.restarts == 1, timeout=WAIT_MS * 2)
        qtbot.waitUntil(lambda: window.link.state == "online", timeout=WAIT_MS)
        assert launcher.embedded.pid != first and not window.banner.isVisible()
        assert _no_dialogs()
    finally:
        launcher.shutdown()
    assert not launcher.embedded.running()


def test_the_rotation_shows_one_view_at_a_time(qtbot: Any, zh_cn: Any) -> None:
    from console.tasks import TaskRunner

    client = ReadOnlyClient("http://127.0.0.1:9")
    runner = TaskRunner()
    link = WallLink(client, runner, "supervisor", "demo")
    options = WallOptions(views=("totals", "overdue", "supervision"), layout="rotate")
    window = WallWindow(client, runner, link, options)
    qtbot.addWidget(window)
    window._show_current()
    assert [v.name for v in window.shown_views()] == ["totals"]
    window.rotate()
    window.rotate()
    assert [v.name for v in window.shown_views()] == ["supervision"]
    assert window.page.text() == "3/3"
    window.rotate()
    assert [v.name for v in window.shown_views()] == ["totals"]
    runner.setParent(window)


# -- read-only ---------------------------------------------------------------------------------


def test_the_walls_client_refuses_every_write(server: LiveServer) -> None:
    client = ReadOnlyClient(server.url)
    off_gui(lambda: client.login("supervisor", "demo"))
    case = Api(server).create(title="wall: read-only")
    with pytest.raises(WallIsReadOnly):
        off_gui(lambda: client.act(case["id"], "register", case["version"]))
    with pytest.raises(WallIsReadOnly):
        off_gui(lambda: client.create_case({"title": "x"}))
    with pytest.raises(WallIsReadOnly):
        off_gui(lambda: client.request("DELETE", f"/api/v1/cases/{case['id']}"))
    after = off_gui(lambda: client.case(case["id"]))
    assert after.version == case["version"] and after.state == case["state"]
    assert not isinstance(WallIsReadOnly("x"), ApiError)  # never mistaken for a refusal
    client.close()


FORBIDDEN = ("console.actions", "console.controllers", "console.panes", "console.shell",
             "console.store")  # fmt: skip


def test_no_action_code_is_reachable_from_the_wall() -> None:
    """The wall imports no command, outbox, pane or window of the duty console."""
    for path in sorted((ROOT / "console" / "wall").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"


# -- the command line --------------------------------------------------------------------------


def test_a_screen_out_of_range_exits_2_with_a_message(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    args = ["--wall", "--screen", "7", "--server", "http://127.0.0.1:9", "--user", "supervisor",
            "--password", "demo"]  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "console.app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "--screen 7 is out of range" in done.stderr
    assert "1 screen" in done.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "console.app", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    for option in ("--wall", "--screen", "--wall-views", "--wall-layout", "supervision"):
        assert option in usage.stdout
