"""The map pane is hidden by default and costs next to nothing until it is first shown: no
widgets, no case positions, nothing done for the feed; shown, it catches up with the queue."""

from __future__ import annotations

from typing import Any

import pytest

from console.map.canvas import MapCanvas
from console.map.links import install_map
from console.map.pane import MapPane
from console.map.projection import point_xy
from tests.console.conftest import WAIT_MS, Api
from tests.support.map_support import on_map, register_map

SPOT = (120.8512, 32.0233)  # lon, lat in 崇川区


def test_the_hidden_map_does_nothing_until_shown_then_catches_up(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    register_map(monkeypatch)
    window = open_window(server, "duty_officer")
    assert (getattr(window, "map_links", None) or install_map(window)) is not None
    pane = window.panes["map"]
    assert isinstance(pane, MapPane) and not pane.isVisible()
    # A case arrives through the feed and the call form asks for a point: the hidden map
    # makes no widget, reads no position and loads nothing.
    case = Api(server).create(title="地图隐藏 追上", lon=SPOT[0], lat=SPOT[1])
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    pane.show_call_point(SPOT[1], SPOT[0])
    pane.show_call_street("rengang")
    assert window.queue.select_case(case["id"])
    assert not pane.built and not pane.loaded
    assert len(pane.points.x) == 0 and not pane._refresh.isActive()  # noqa: SLF001
    assert not pane.findChildren(MapCanvas)

    # Shown: its widgets are made, the layers asked for, and the cases caught up from the
    # queue's store, with the call's point and street and the selected case.
    window.pane_docks.show_pane("map", focus=False)
    assert pane.built and pane.loaded
    qtbot.waitUntil(lambda: pane.isVisible() and pane.canvas.width() > 200, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: on_map(pane, case["id"]), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: pane.canvas.selected_id == case["id"], timeout=WAIT_MS)
    assert pane.canvas.picked == pytest.approx(point_xy(*SPOT))
    qtbot.waitUntil(lambda: pane.layers_ready, timeout=WAIT_MS)
    streets = pane.canvas.layers["streets"]  # the call's street outlined once they came
    assert streets.codes["rengang"] in pane.canvas.paint.line_colors["streets"]
