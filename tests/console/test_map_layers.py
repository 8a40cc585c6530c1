"""The district's layers on the map: schematic streets, rivers by patrol, the intake heat with
its top areas, and the call's point set by a click (its street from the polygon)."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from console.map.projection import point_xy
from tests.console.conftest import WAIT_MS, Api
from tests.support.map_support import map_window, register_map, screen_point


def map_routes(server: Any) -> dict[str, Any]:
    """The server's layer list; the test is skipped while the map routes are not served."""
    headers = Api(server).headers
    response = requests.get(f"{server.url}/api/v1/map/layers", headers=headers, timeout=30)
    if response.status_code == 404:
        pytest.skip("this cc-server serves no /api/v1/map routes yet (server/app.py)")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_the_demo_district_is_drawn_schematic_with_its_heat_and_patrols(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    listed = map_routes(server)
    offered = {layer["name"]: layer for layer in listed["layers"] if layer["feature_count"]}
    assert "streets" in offered
    register_map(monkeypatch)
    window, pane, _links = map_window(open_window, server, qtbot)
    qtbot.waitUntil(lambda: pane.layers_ready, timeout=WAIT_MS)
    canvas = pane.canvas
    assert len(canvas.layers["streets"]) == offered["streets"]["feature_count"]
    assert canvas.layers["streets"].schematic
    assert "示意" in canvas.schematic_text  # zh_CN: the label says the layers are schematic
    # Rivers: one colour per segment, from the latest patrols of the last 30 days.
    if "rivers" in offered:
        qtbot.waitUntil(lambda: "rivers" in canvas.paint.line_colors, timeout=WAIT_MS)
        assert len(canvas.paint.line_colors["rivers"]) == len(canvas.layers["rivers"])

    # The heat of the last 30 days: streets filled, the top areas listed as the server ranks.
    pane.bar.heat.setCurrentIndex(pane.bar.heat.findData(30))
    qtbot.waitUntil(lambda: bool(pane.heat), timeout=WAIT_MS)
    heat = requests.get(
        f"{server.url}/api/v1/map/heat",
        params={"since": pane.heat["since"], "until": pane.heat["until"], "cell": "street"},
        headers=Api(server).headers,
        timeout=30,
    ).json()
    busiest = heat["areas"][0]
    assert busiest["count"] > 0
    first_row = pane.side.top_areas.item(1).text()
    assert first_row.startswith(f"1. {busiest['name']}  {busiest['count']}")
    filled = canvas.paint.fills["streets"]
    assert canvas.layers["streets"].codes[busiest["code"]] in filled
    empty = [a["code"] for a in heat["areas"] if a["count"] == 0]
    assert all(canvas.layers["streets"].codes.get(code) not in filled for code in empty)
    pane.bar.heat.setCurrentIndex(pane.bar.heat.findData(0))
    qtbot.waitUntil(lambda: not canvas.paint.fills, timeout=WAIT_MS)


def test_a_click_sets_the_calls_point_and_its_street_from_the_polygon(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    map_routes(server)
    register_map(monkeypatch)
    window, pane, _links = map_window(open_window, server, qtbot)
    qtbot.waitUntil(lambda: pane.layers_ready, timeout=WAIT_MS)
    streets = pane.canvas.layers["streets"]
    window.pane_docks.show_pane("call_intake", focus=False)
    form = window.panes["call_intake"].form
    # The middle of the first street's box, if inside it; else the box's centre of another.
    lon, lat = 120.8644, 32.0108
    expected = requests.post(
        f"{server.url}/api/v1/map/locate",
        json={"lon": lon, "lat": lat, "crs": "wgs84"},
        headers=Api(server).headers,
        timeout=30,
    ).json()
    assert expected["street_code"] and expected["street_code"] in streets.codes
    pane.canvas.center_on(*point_xy(lon, lat), zoom=15)
    pane.bar.pick.click()
    assert pane.canvas.pick_mode
    qtbot.mouseClick(pane.canvas, Qt.MouseButton.LeftButton, pos=screen_point(pane, lon, lat))
    qtbot.waitUntil(lambda: not pane.canvas.pick_mode, timeout=WAIT_MS)
    place = form.coordinates_value()
    assert isinstance(place, tuple)
    assert place == (pytest.approx(lat, abs=2e-4), pytest.approx(lon, abs=2e-4))
    assert form.street_code() == expected["street_code"]
    # Typed coordinates show on the map as the call's point, the street as its outline.
    form.coordinates.setText("32.0301, 120.8801")
    picked = pane.canvas.picked
    assert picked is not None and picked == pytest.approx(point_xy(120.8801, 32.0301))
    outlined = pane.canvas.paint.line_colors.get("streets", {})
    assert list(outlined) == [streets.codes[expected["street_code"]]]
    form.clear_requested.emit()
    qtbot.waitUntil(lambda: not form.coordinates.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: pane.canvas.picked is None, timeout=WAIT_MS)
