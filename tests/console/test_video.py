"""The video pane against a real cc-server in demo mode: frames, loss and reconnection, snapshots.

The demo server streams its clip (`/media/demo.mp4`, `/media/live/{code}`); the console plays
it through QMediaPlayer into a QVideoSink per slot, so frames can be counted offscreen.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import requests
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage

from console.shell.main_window import MainWindow
from console.video import snapshot
from console.video.camera import Camera
from console.video.pane import VideoPane
from console.video.slot import LOST, PLAYING, backoff_seconds
from console.video.wall_state import WallState, load_wall, save_wall
from tests.console.conftest import WAIT_MS, Api
from tests.support.live_server import LiveServer

LONG_MS = 120_000  # a reconnection waits out the backoff: generous on a shared machine
DEMO = Camera("DEMO", "演示片段", "/media/demo.mp4")


def video_pane(window: MainWindow, qtbot: Any) -> VideoPane:
    """The window's video pane, shown, with the server's cameras loaded."""
    window.docks["video"].show()
    pane = window.panes["video"]
    assert isinstance(pane, VideoPane)
    qtbot.waitUntil(lambda: bool(pane.tree.cameras), timeout=WAIT_MS)
    return pane


def pane_and_new_case(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> tuple[MainWindow, VideoPane, dict[str, Any]]:
    """A window with its video pane shown, and a new case it has in its queue."""
    window = open_window(server)
    pane = video_pane(window, qtbot)
    case = Api(server).create()
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    return window, pane, case


def live_camera(pane: VideoPane) -> Camera:
    """A street camera of the demo registry (its stream is the server's live relay of the clip)."""
    return next(c for c in pane.tree.cameras if not c.is_relay and c.status == "online")


def brightest(image: Any) -> int:
    """The lightest pixel on a coarse grid (a black slot gives 0)."""
    best = 0
    for x in range(0, image.width(), max(1, image.width() // 16)):
        for y in range(0, image.height(), max(1, image.height() // 16)):
            best = max(best, QColor(image.pixel(x, y)).value())
    return best


def test_backoff_doubles_up_to_thirty_seconds() -> None:
    assert [backoff_seconds(n) for n in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_a_slot_waits_for_stuck_players_instead_of_starting_more(
    monkeypatch: Any, qtbot: Any
) -> None:
    from console.video import slot as slot_module

    started: list[int] = []
    monkeypatch.setattr(slot_module, "running_threads", lambda: slot_module.MAX_PLAYER_THREADS)
    monkeypatch.setattr(slot_module, "start_host", lambda attempt: started.append(attempt))
    slot = slot_module.VideoSlot("http://127.0.0.1:9")
    try:
        slot.play(Camera(code="CAM-T", name="测试", stream_url="rtsp://10.0.0.1/hangs"))
        assert slot.state == LOST
        assert slot.detail == slot.tr("earlier connections are still closing")
        assert slot.retry_in == 1 and not started  # no new thread; tried again after backoff
    finally:
        slot.close()  # no retry may start a real player after the test


STUCK_AT_EXIT = """
import sys, time
from PySide6.QtCore import QCoreApplication, QThread
from console.video import player_host

player_host.SHUTDOWN_WAIT_MS = 300
app = QCoreApplication([])


class Stuck(QThread):  # a player blocked in a network read that never returns
    def run(self):
        time.sleep(120)


thread = Stuck()
thread.start()
player_host._running.add(thread)
print("leaving", flush=True)
sys.exit(0)
"""


def test_the_console_exits_at_once_past_a_player_stuck_in_a_read() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", STUCK_AT_EXIT], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "leaving" in done.stdout
    assert "Destroyed while thread" not in done.stderr


def test_a_bad_saved_wall_falls_back_to_the_default() -> None:
    settings = QSettings()
    settings.setValue("video/layout", 5)
    settings.setValue("video/slots", "{not json")
    settings.setValue("video/pinned", 3)
    wall = load_wall(settings)
    assert (wall.layout, wall.pinned, wall.muted) == (4, None, True)
    assert wall.cameras == [None] * 9
    relay = Camera("RELAY-NT-001", "南通市指挥中心 直播转发", "/media/live/RELAY-NT-001", "relay")
    save_wall(settings, WallState(9, [None, None, None, relay] + [DEMO] * 5, 3, False))
    again = load_wall(settings)
    assert (again.layout, again.pinned, again.muted) == (9, 3, False)
    assert again.cameras[3] == relay and again.cameras[8] == DEMO and again.cameras[0] is None


def test_the_demo_clip_plays_decoded_frames_from_the_sink(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server)
    pane = video_pane(window, qtbot)
    pane.grid.select(0)
    pane.show_camera(DEMO)
    pane.grid.select(1)  # a camera nobody answers for, next to it
    pane.show_camera(Camera("DEAD", "无应答摄像头", "http://127.0.0.1:9/live.ts"))
    slot, view = pane.grid.slots[0], pane.grid.views[0]
    dead = pane.grid.slots[1]
    qtbot.waitUntil(lambda: slot.frames >= 30, timeout=WAIT_MS)
    assert slot.state == PLAYING
    assert not slot.image().isNull()
    # The view paints the picture itself (offscreen a QVideoWidget would stay black).
    assert brightest(view.grab().toImage()) > 60
    qtbot.waitUntil(lambda: dead.state == LOST and dead.failures >= 2, timeout=WAIT_MS)
    assert dead.frames == 0 and slot.state == PLAYING
    # The other shown slots are empty and decode nothing.
    assert all(s.frames == 0 and s.camera is None for s in pane.grid.slots[2:])


def test_cameras_are_grouped_by_street_and_the_case_offers_its_nearest(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server)
    pane = video_pane(window, qtbot)
    tree = pane.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    streets = {c.street_name for c in tree.cameras if not c.is_relay}
    assert len(groups) >= len(streets) > 1
    assert tree.relay() is not None
    case = Api(server).create(lat=32.0, lon=120.86)
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    window.ctx.selection.set(case["id"])
    qtbot.waitUntil(lambda: bool(tree.nearest), timeout=WAIT_MS)
    assert case["ref"] in tree.topLevelItem(0).text(0)
    assert all(not c.is_relay for c in tree.nearest)
    distances = [c.distance_m for c in tree.nearest]
    assert distances == sorted(distances)
    assert pane.nearest_button.isEnabled()
    # The relay pinned to the chosen slot stays when the nearest cameras fill the wall.
    pane.grid.select(2)
    pane.pin_button.click()
    relay = pane.grid.slots[2].camera
    assert relay is not None and relay.is_relay and pane.pinned == 2
    pane.nearest_button.click()
    shown = [s.camera.code if s.camera else "" for s in pane.grid.shown_slots()]
    assert shown[2] == relay.code
    working = [c.code for c in tree.nearest if c.status == "online"]  # not those in repair
    assert [code for i, code in enumerate(shown) if i != 2] == working[:3]
    # Double-clicking a camera while the pinned slot is chosen leaves the relay alone.
    pane.show_camera(tree.nearest[-1])
    assert pane.grid.slots[2].camera == relay


def test_the_camera_list_follows_the_administrators_changes(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server)
    pane = video_pane(window, qtbot)
    admin = server.headers("admin")
    body = {
        "code": "CAM-NEW-01",
        "name": "学田 新装路口",
        "street": "xuetian",
        "lat": 32.0,
        "lon": 120.86,
        "stream_url": "rtsp://10.20.0.9:554/live/1",
    }
    added = requests.post(server.url + "/api/v1/cameras", json=body, headers=admin, timeout=30)
    assert added.status_code == 201, added.text
    qtbot.waitUntil(lambda: "CAM-NEW-01" in {c.code for c in pane.tree.cameras}, timeout=WAIT_MS)
    url = f"{server.url}/api/v1/cameras/{added.json()['id']}"
    assert requests.delete(url, headers=admin, timeout=30).status_code == 204
    qtbot.waitUntil(
        lambda: "CAM-NEW-01" not in {c.code for c in pane.tree.cameras}, timeout=WAIT_MS
    )


def test_a_lost_live_stream_comes_back_by_itself(
    own_server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(own_server)
    pane = video_pane(window, qtbot)
    pane.grid.select(0)
    camera = live_camera(pane)
    pane.show_camera(camera)
    pane.grid.select(1)
    pane.show_camera(DEMO)
    live, clip = pane.grid.slots[0], pane.grid.slots[1]
    qtbot.waitUntil(lambda: live.frames >= 10 and clip.frames >= 10, timeout=WAIT_MS)
    # A server that hangs: the connection stays open but no picture comes (stall watchdog).
    assert own_server.process is not None
    own_server.process.send_signal(signal.SIGSTOP)
    try:
        qtbot.waitUntil(lambda: live.state == LOST, timeout=LONG_MS)
    finally:
        own_server.process.send_signal(signal.SIGCONT)
    qtbot.waitUntil(lambda: live.state == PLAYING, timeout=LONG_MS)
    # A server that is gone: the stream breaks, the slot says so and counts down.
    own_server.stop()
    qtbot.waitUntil(lambda: live.state == LOST, timeout=LONG_MS)
    assert "信号中断" in pane.grid.views[0].state_text()
    qtbot.waitUntil(lambda: live.failures >= 2, timeout=LONG_MS)  # it keeps trying
    own_server.start()
    before = live.frames
    qtbot.waitUntil(lambda: live.state == PLAYING and live.frames > before + 10, timeout=LONG_MS)
    assert live.camera == camera


def test_a_snapshot_is_attached_to_the_selected_case(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window, pane, case = pane_and_new_case(server, open_window, qtbot)
    pane.grid.select(0)
    pane.show_camera(DEMO)
    slot = pane.grid.slots[0]
    pane.snapshot_button.click()  # no case selected yet: nothing is sent
    assert pane.notice.property("level") == "warning"
    window.ctx.selection.set(case["id"])
    qtbot.waitUntil(lambda: slot.state == PLAYING and slot.frames >= 5, timeout=WAIT_MS)
    pane.snapshot_button.click()
    qtbot.waitUntil(lambda: pane.notice.property("level") in ("ok", "error"), timeout=WAIT_MS)
    assert pane.notice.property("level") == "ok", pane.notice.text()
    body = requests.get(
        f"{server.url}/api/v1/cases/{case['id']}", headers=server.headers("supervisor"), timeout=30
    ).json()
    (attachment,) = body["attachments"]
    assert attachment["caption"].startswith(DEMO.name + " 20")
    assert attachment["content_type"] == "image/jpeg"
    detail = window.panes["detail"]
    qtbot.waitUntil(lambda: detail.attachments.count() == 1, timeout=WAIT_MS)
    assert DEMO.name in detail.attachments.item(0).text()
    # A refusal is said in the pane (here: a case the server does not have).
    window.ctx.selection.set(99_999_999)
    pane.snapshot_button.click()
    qtbot.waitUntil(lambda: pane.notice.property("level") == "error", timeout=WAIT_MS)
    assert "截图未能附上" in pane.notice.text()
    assert pane.spool.pending() == []  # sent, or refused for good: nothing kept


def test_a_snapshot_the_server_missed_is_attached_when_it_is_back(
    own_server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window, pane, case = pane_and_new_case(own_server, open_window, qtbot)
    frame = QImage(320, 180, QImage.Format.Format_RGB32)
    frame.fill(QColor("darkgreen"))
    shot = snapshot.take(frame, DEMO, case["id"])
    own_server.stop()
    failures: list[Exception] = []
    client, runner = window.ctx.client, window.ctx.runner
    snapshot.upload(client, runner, pane.spool, shot, lambda _c: None, failures.append, "t")
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert snapshot.will_pass(failures[0])
    (kept,) = pane.spool.pending()
    assert (kept.key, kept.case_id, kept.caption) == (shot.key, case["id"], shot.caption)
    assert kept.owner == window.ctx.client.user.username  # only they send it later
    # Back: the pane sends what it kept, with the same key (so the server keeps it once).
    own_server.start()
    qtbot.waitUntil(lambda: pane.spool.pending() == [], timeout=LONG_MS)
    qtbot.waitUntil(lambda: pane.notice.property("level") == "ok", timeout=WAIT_MS)
    assert snapshot.resend_spooled(window.ctx.client, pane.spool) == (0, [])
    body = requests.get(
        f"{own_server.url}/api/v1/cases/{case['id']}",
        headers=own_server.headers("supervisor"),
        timeout=30,
    ).json()
    assert [a["caption"] for a in body["attachments"]] == [shot.caption]


def test_layouts_full_screen_and_the_wall_survive_a_restart(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    first = open_window(server)
    pane = video_pane(first, qtbot)
    grid = pane.grid
    for size in (1, 9, 4):
        pane.layout_buttons[size].click()
        assert grid.layout_size == size
        assert sum(view.isVisible() for view in grid.views) == size
        assert [s.active for s in grid.slots] == [i < size for i in range(9)]
    pane.layout_buttons[9].click()
    cameras = [c for c in pane.tree.cameras if not c.is_relay][:3]
    for index, camera in zip((0, 4, 8), cameras, strict=True):
        grid.select(index)
        pane.show_camera(camera)
    grid.select(5)
    pane.pin_button.click()
    pane.mute_button.click()  # sound on (no audio device here: nothing may break)
    assert not pane.mute_button.isChecked()
    # Full screen: a double-click on a slot, Esc brings it back into the wall.
    qtbot.mouseDClick(grid.views[4], Qt.MouseButton.LeftButton)
    assert grid.full_screen == 4 and grid.views[4].window() is not first
    qtbot.keyClick(grid.views[4].window(), Qt.Key.Key_Escape)
    assert grid.full_screen is None and grid.views[4].window() is first
    first.close()
    assert QSettings().value("video/layout", type=int) == 9
    second = open_window(server)
    again = video_pane(second, qtbot)
    assert again.grid.layout_size == 9
    codes = {i: s.camera.code for i, s in enumerate(again.grid.slots) if s.camera}
    relay = pane.tree.relay()
    assert relay is not None
    assert codes == {0: cameras[0].code, 4: cameras[1].code, 8: cameras[2].code, 5: relay.code}
    assert again.pinned == 5 and again.pin_button.isChecked()
    assert not again.mute_button.isChecked()
    qtbot.waitUntil(lambda: again.grid.slots[0].state == PLAYING, timeout=WAIT_MS)
    # 9 → 1 with the relay pinned in slot 5: the relay moves into the one slot left.
    again.layout_buttons[1].click()
    assert again.grid.slots[0].camera == relay and again.pinned == 0
