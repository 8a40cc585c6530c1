"""What the officer starts from the map: a camera on the video wall, bulk work on an area."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import requests
from PySide6.QtCore import QDate, QPoint, Qt

from console.controllers.bulk import BulkDialog
from console.models import center_time
from console.video.pane import VideoPane
from console.video.slot import IDLE
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import caught_up, server_case
from tests.support.map_support import look_at, map_window, on_map, register_map, screen_point


def test_a_camera_clicked_on_the_map_plays_in_the_chosen_slot(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    register_map(monkeypatch)
    window, pane, _links = map_window(open_window, server, qtbot)
    cameras = [c for c in pane.canvas.cameras if c.get("kind", "camera") == "camera"]
    assert cameras, "the demo server has cameras with positions"
    camera = cameras[0]
    video = window.panes["video"]
    assert isinstance(video, VideoPane)
    target = video.grid.selected
    before = video.grid.slots[target].camera
    assert before is None or before.code != camera["code"]
    look_at(pane, float(camera["lon"]), float(camera["lat"]), zoom=18.5)
    qtbot.mouseClick(
        pane.canvas,
        Qt.MouseButton.LeftButton,
        pos=screen_point(pane, float(camera["lon"]), float(camera["lat"])),
    )
    slot = video.grid.slots[target]
    qtbot.waitUntil(
        lambda: slot.camera is not None and slot.camera.code == camera["code"], timeout=WAIT_MS
    )
    assert window.docks["video"].isVisible()
    qtbot.waitUntil(lambda: slot.state != IDLE, timeout=WAIT_MS)  # its stream is started


def test_a_rubber_band_on_the_map_feeds_bulk_dispatch(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    register_map(monkeypatch)
    api = Api(server)
    # Three registered cases within a hundred metres, far from the demo backlog's streets,
    # and one just outside the band.
    spot = (120.7712, 32.0781)
    inside = [
        api.act(
            api.create(title=f"框选派遣 {n}", category="garbage", lon=spot[0] + 0.0003 * n,
                       lat=spot[1] + 0.0002 * n),
            "register",
        )
        for n in range(3)
    ]  # fmt: skip
    outside = api.act(
        api.create(title="框选派遣 外", category="garbage", lon=spot[0] + 0.01, lat=spot[1]),
        "register",
    )
    window, pane, _links = map_window(open_window, server, qtbot)
    for case in [*inside, outside]:
        caught_up(window, api, case["id"], qtbot)
    qtbot.waitUntil(lambda: all(on_map(pane, c["id"]) for c in inside), timeout=WAIT_MS)
    look_at(pane, spot[0] + 0.0003, spot[1] + 0.0002, zoom=17)
    corner = screen_point(pane, *spot)
    start, end = corner + QPoint(-40, 40), screen_point(pane, spot[0] + 0.0006, spot[1] + 0.0004)
    end += QPoint(40, -40)
    assert window.registry["bulk_dispatch"].isEnabled() is False
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mousePress(pane.canvas, Qt.MouseButton.LeftButton, shift, start)
    qtbot.mouseMove(pane.canvas, (start + end) / 2)
    qtbot.mouseMove(pane.canvas, end)
    qtbot.mouseRelease(pane.canvas, Qt.MouseButton.LeftButton, shift, end)

    wanted = sorted(c["id"] for c in inside)
    qtbot.waitUntil(lambda: sorted(window.queue.selected_case_ids()) == wanted, timeout=WAIT_MS)
    assert sorted(pane.canvas.marked.tolist()) == wanted
    assert pane.bar.dispatch.isEnabled() and "3" in pane.bar.marked.text()
    assert window.registry["bulk_dispatch"].isEnabled()
    pane.bar.dispatch.click()  # the map's own button: the window's bulk dispatch command
    dialog = window.bulk.dialog
    assert isinstance(dialog, BulkDialog)
    assert sorted(c.id for c in dialog.eligible) == wanted
    assert dialog.choose_department("urban")
    dialog.accept()
    qtbot.waitUntil(
        lambda: all(server_case(api, i)["state"] == "dispatched" for i in wanted), timeout=WAIT_MS
    )
    assert {server_case(api, i)["department"] for i in wanted} == {"urban"}
    assert server_case(api, outside["id"])["state"] == "registered"  # outside the band


def test_the_patrol_tracks_of_a_day_are_drawn_and_listed(
    server: Any, open_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    api = Api(server)
    newest = requests.get(
        f"{server.url}/api/v1/patrols", params={"limit": 1}, headers=api.headers, timeout=30
    ).json()["items"]
    assert newest, "the demo server has patrols"
    started = center_time.parse(newest[0]["started_at"])
    assert started is not None
    day_start = started.replace(hour=0, minute=0, second=0, microsecond=0)
    day_end = day_start + timedelta(days=1)
    that_day = requests.get(
        f"{server.url}/api/v1/patrols",
        params={"since": day_start.isoformat(), "until": day_end.isoformat(), "limit": "500"},
        headers=api.headers,
        timeout=30,
    ).json()["items"]
    register_map(monkeypatch)
    _window, pane, _links = map_window(open_window, server, qtbot)
    pane.bar.day.setDate(QDate(started.year, started.month, started.day))
    pane.bar.tracks.setChecked(True)
    qtbot.waitUntil(lambda: pane.side.tracks_list.count() == len(that_day), timeout=WAIT_MS)
    with_tracks = [
        p for p in that_day
        if len(requests.get(f"{server.url}/api/v1/patrols/{p['id']}", headers=api.headers,
                            timeout=30).json()["track"]) >= 2
    ]  # fmt: skip
    assert len(pane.canvas.tracks) == len(with_tracks) > 0
    pane.bar.tracks.setChecked(False)
    qtbot.waitUntil(lambda: not pane.canvas.tracks, timeout=WAIT_MS)
    assert not pane.side.tracks_list.isVisibleTo(pane.side)
