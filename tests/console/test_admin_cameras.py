"""The Administration menu and the camera registry screen, against a real cc-server (demo)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from console.admin.cameras_screen import CamerasScreen
from console.admin.screens import AdminScreens
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS
from tests.support.live_server import LiveServer

ADMIN_ACTIONS = ("admin_calendar", "admin_sla_rules", "admin_users", "admin_cameras", "admin_log")


def server_cameras(server: LiveServer) -> dict[str, dict[str, Any]]:
    body = requests.get(
        f"{server.url}/api/v1/cameras", headers=server.headers("admin"), timeout=30
    ).json()
    return {item["code"]: item for item in body["items"]}


def open_cameras(window: MainWindow, qtbot: Any) -> CamerasScreen:
    window.registry["admin_cameras"].trigger()
    screen = window.admin.screens["admin_cameras"]
    assert isinstance(screen, CamerasScreen)
    qtbot.waitUntil(lambda: screen.table.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.form.street.count() > 0, timeout=WAIT_MS)
    return screen


def code() -> str:
    return f"CAM-T-{uuid.uuid4().hex[:6].upper()}"


def fill(screen: CamerasScreen, qtbot: Any, camera_code: str, name: str, url: str) -> None:
    form = screen.form
    form.code.clear()
    qtbot.keyClicks(form.code, camera_code)
    form.name.setText(name)  # QTest types ASCII only
    form.street.setCurrentIndex(form.street.findData("xuetian"))
    form.lat.setValue(32.0101)
    form.lon.setValue(120.8702)
    form.stream_url.clear()
    qtbot.keyClicks(form.stream_url, url)


def wait_settled(screen: CamerasScreen, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: screen.pending == 0, timeout=WAIT_MS)


def test_the_administration_menu_is_for_admins_only(
    server: LiveServer, open_window: Callable[..., MainWindow]
) -> None:
    admin = open_window(server, "admin", wait_online=False)
    menu = admin.menuBar().findChild(QWidget, "menu_admin")
    assert menu is not None and menu.menuAction().isVisible()
    assert all(admin.registry.get(a) is not None for a in ADMIN_ACTIONS)
    for action_id in ADMIN_ACTIONS:
        assert admin.registry[action_id] in menu.actions()
    officer = open_window(server, "supervisor", wait_online=False)
    assert all(officer.registry.get(a) is None for a in ADMIN_ACTIONS)
    menu = officer.menuBar().findChild(QWidget, "menu_admin")
    assert menu is not None and not menu.menuAction().isVisible()


def test_a_screen_not_written_yet_or_broken_takes_nothing_down(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin", wait_online=False)
    screens = AdminScreens(
        window.ctx,
        window,
        {
            "admin_users": "console.admin.no_such_screen:Nothing",
            "admin_log": "console.admin.screens:NoSuchClass",
        },
    )
    assert not window.registry["admin_users"].isEnabled()
    assert not screens.available("admin_users")
    failures: list[tuple[str, str]] = []
    screens.failed.connect(lambda what, why: failures.append((what, why)))
    assert screens.open("admin_log") is None
    assert failures and "NoSuchClass" in failures[0][1]
    assert window.isVisible()


def test_one_window_per_screen_raised_again_and_closed_with_the_console(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin")
    screen = open_cameras(window, qtbot)
    assert screen.isWindow() and screen.isVisible() and not screen.isModal()
    screen.close()
    window.registry["admin_cameras"].trigger()
    assert window.admin.screens["admin_cameras"] is screen and screen.isVisible()
    window.close()
    assert not screen.isVisible()


def test_an_admin_adds_edits_moves_and_deletes_a_camera(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin")
    screen = open_cameras(window, qtbot)
    new_code = code()
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    fill(screen, qtbot, new_code, "学田街道 测试路口", f"/media/live/{new_code}")
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: new_code in server_cameras(server), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: any(r[0] == new_code for r in screen.table.row_texts()), timeout=WAIT_MS
    )
    stored = server_cameras(server)[new_code]
    assert (stored["street"], stored["lat"], stored["lon"]) == ("xuetian", 32.0101, 120.8702)
    assert screen.form.camera_id == stored["id"]
    # Edit the name, then move it: each time only the changed fields go.
    screen.form.name.setText("学田街道 测试路口(北)")
    qtbot.mouseClick(screen.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: server_cameras(server)[new_code]["name"] == "学田街道 测试路口(北)",
        timeout=WAIT_MS,
    )
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    assert screen.form.lat.hasFocus() or not screen.isActiveWindow()
    screen.form.lat.setValue(32.0202)
    screen.form.lon.setValue(120.8803)
    screen.save()
    qtbot.waitUntil(
        lambda: (
            (server_cameras(server)[new_code]["lat"], server_cameras(server)[new_code]["lon"])
            == (32.0202, 120.8803)
        ),
        timeout=WAIT_MS,
    )
    # Status from the toolbar's menu.
    assert screen.table.choose(stored["id"])
    screen.set_status("maintenance")
    qtbot.waitUntil(
        lambda: server_cameras(server)[new_code]["status"] == "maintenance", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: screen.form.status.currentData() == "maintenance", timeout=WAIT_MS)
    # Delete: nothing happens until the question is answered yes.
    screen.ask_delete()
    assert screen.confirm is not None
    screen.confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert new_code in server_cameras(server)
    screen.ask_delete()
    assert screen.confirm is not None
    screen.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: new_code not in server_cameras(server), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: all(r[0] != new_code for r in screen.table.row_texts()), timeout=WAIT_MS
    )
    assert screen.form.camera_id is None


def test_refusals_show_beside_their_field_and_keep_the_entries(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin")
    screen = open_cameras(window, qtbot)
    taken = next(iter(server_cameras(server)))
    screen.new_camera()
    fill(screen, qtbot, taken, "重复编号", "/media/live/x")
    screen.save()
    qtbot.waitUntil(lambda: screen.form.errors["code"].isVisible(), timeout=WAIT_MS)
    assert screen.notice.level == "error"
    assert screen.form.code.text() == taken and screen.form.name.text() == "重复编号"
    # A bad scheme: the server names stream_url, shown beside it; the code error is gone.
    fresh = code()
    screen.form.code.setText(fresh)
    screen.form.stream_url.setText("ftp://10.0.0.8/stream")
    screen.save()
    qtbot.waitUntil(lambda: screen.form.errors["stream_url"].isVisible(), timeout=WAIT_MS)
    assert "rtsp://" in screen.form.errors["stream_url"].text()
    assert not screen.form.errors["code"].isVisible()
    assert screen.form.stream_url.text() == "ftp://10.0.0.8/stream"
    assert fresh not in server_cameras(server)
    # Switching cameras with unsaved entries keeps them and says so.
    screen.table.selectRow(0)
    assert screen.form.code.text() == fresh and screen.notice.level == "warning"


def test_the_list_follows_another_administrators_changes(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin")
    screen = open_cameras(window, qtbot)
    other = code()
    answer = requests.post(
        f"{server.url}/api/v1/cameras",
        json={
            "code": other,
            "name": "虹桥街道 外部新增",
            "street": "hongqiao",
            "lat": 32.02,
            "lon": 120.85,
            "stream_url": "rtsp://10.0.0.9/s",
        },
        headers=server.headers("admin"),
        timeout=30,
    )
    assert answer.status_code == 201, answer.text
    qtbot.waitUntil(lambda: any(r[0] == other for r in screen.table.row_texts()), timeout=WAIT_MS)
    requests.delete(
        f"{server.url}/api/v1/cameras/{answer.json()['id']}",
        headers=server.headers("admin"),
        timeout=30,
    )
    qtbot.waitUntil(lambda: all(r[0] != other for r in screen.table.row_texts()), timeout=WAIT_MS)


def test_a_stream_url_is_tried_in_a_live_preview(
    server: LiveServer, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window(server, "admin")
    screen = open_cameras(window, qtbot)
    live = next(c for c in server_cameras(server).values() if c["kind"] == "camera")
    assert screen.table.choose(live["id"])
    qtbot.mouseClick(screen.form.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.preview.state == "playing", timeout=WAIT_MS)
    image = screen.preview.slot.image()
    assert not image.isNull() and image.width() > 0
    assert screen.preview.result.level == "ok"
    screen.close()  # closing the screen stops the stream
    assert screen.preview.state == "idle"
