"""The map and the queue select the same case, whichever the officer uses; a new case
appears on the map as the feed brings it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from console.map.projection import point_xy
from tests.console.conftest import WAIT_MS, Api
from tests.support.map_support import look_at, map_window, on_map, register_map, screen_point

# Two cases a few hundred metres apart in 崇川区 (north-west of the demo backlog's centres).
FIRST = (120.8321, 32.0452)
SECOND = (120.8363, 32.0431)


def test_a_click_on_the_map_selects_the_case_in_the_queue_and_back(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    register_map(monkeypatch)
    api = Api(server)
    first = api.create(title="地图选中 一", lon=FIRST[0], lat=FIRST[1])
    second = api.create(title="地图选中 二", lon=SECOND[0], lat=SECOND[1])
    window, pane, _links = map_window(open_window, server, qtbot)
    qtbot.waitUntil(lambda: on_map(pane, first["id"]) and on_map(pane, second["id"]),
                    timeout=WAIT_MS)  # fmt: skip

    # Map → queue: a click on the first case's marker makes it the queue's current row.
    look_at(pane, *FIRST)
    qtbot.mouseClick(pane.canvas, Qt.MouseButton.LeftButton, pos=screen_point(pane, *FIRST))
    qtbot.waitUntil(lambda: window.queue.current_case_id() == first["id"], timeout=WAIT_MS)
    assert window.ctx.selection.case_id == first["id"]
    assert pane.canvas.selected_id == first["id"]

    # Queue → map: choosing the second row rings its marker and brings it into view.
    pane.canvas.center_on(*point_xy(120.95, 31.95), zoom=18)  # far away
    assert window.queue.select_case(second["id"])
    qtbot.waitUntil(lambda: pane.canvas.selected_id == second["id"], timeout=WAIT_MS)
    x, y = point_xy(*SECOND)
    selected = pane.canvas.selected_xy
    assert selected is not None and abs(selected[0] - x) < 0.01 and abs(selected[1] - y) < 0.01
    x0, y0, x1, y1 = pane.canvas.view.world_rect()
    assert x0 <= x <= x1 and y0 <= y <= y1

    # A click on empty ground selects nothing and changes nothing.
    look_at(pane, *FIRST)
    empty = screen_point(pane, *FIRST) + pane.canvas.rect().center() / 3
    qtbot.mouseClick(pane.canvas, Qt.MouseButton.LeftButton, pos=empty)
    assert window.queue.current_case_id() == second["id"]


def test_a_new_case_appears_on_the_map_live_in_its_colour(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    register_map(monkeypatch)
    window, pane, _links = map_window(open_window, server, qtbot)
    # The demo backlog on the map first (some of its cases have positions).
    qtbot.waitUntil(lambda: len(pane.canvas.clusters.points) > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not pane._refresh.isActive(), timeout=WAIT_MS)  # noqa: SLF001
    before = len(pane.canvas.clusters.points)
    case = Api(server).create(title="地图实时 特急", urgency="emergency", lon=120.8402, lat=32.0187)
    qtbot.waitUntil(lambda: on_map(pane, case["id"]), timeout=WAIT_MS)
    points = pane.canvas.clusters.points
    assert len(points) == before + 1
    k = points.ids.tolist().index(case["id"])
    assert bool(points.urgent[k]) is True  # 特急: drawn as the diamond
    x, y = point_xy(120.8402, 32.0187)
    assert abs(points.x[k] - x) < 0.01 and abs(points.y[k] - y) < 0.01
    # Alone at a close zoom, it is a cluster of one under its own point.
    look_at(pane, 120.8402, 32.0187)
    count, case_id, _x, _y = pane.canvas.cluster_at(
        screen_point(pane, 120.8402, 32.0187).toPointF()
    )
    assert (count, case_id) == (1, case["id"])
    # A case without coordinates is in the queue but not on the map.
    unplaced = Api(server).create(title="地图实时 无坐标")
    qtbot.waitUntil(lambda: window.ctx.model.case(unplaced["id"]) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not pane._refresh.isActive(), timeout=WAIT_MS)  # noqa: SLF001
    assert not on_map(pane, unplaced["id"])
