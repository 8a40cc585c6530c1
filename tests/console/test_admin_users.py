"""The users screen against a real cc-server: create, refuse, disable, reset (issue #12);
field accounts with their river segments, grid or team (issue #21)."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt

from console.admin.users_form import role_text
from console.admin.users_list import ACTIVE, MUST_CHANGE, ROLE, TIE
from console.admin.users_screen import UsersScreen
from tests.console.admin_support import Http, open_screen, sign_in, status_with
from tests.console.conftest import WAIT_MS

PASSWORD = "Temp-pass-2027"


def loaded(qtbot: Any, open_window: Any, server: Any) -> UsersScreen:
    screen = open_screen(qtbot, open_window, server, UsersScreen)
    qtbot.waitUntil(lambda: screen.row_texts("admin") is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.form.department.count() > 1, timeout=WAIT_MS)
    return screen


def fill_new(screen: UsersScreen, username: str, name: str, role: str, dept: str | None) -> None:
    screen.new_user()
    f = screen.form
    f.username.setText(username)
    f.display_name.setText(name)
    f.role.setCurrentIndex(f.role.findData(role))
    if dept:
        f.department.setCurrentIndex(f.department.findData(dept))
    f.password.setText(PASSWORD)


def test_admin_creates_a_user_who_signs_in_and_must_change_password(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    fill_new(screen, "zhang.wei", "张伟", "department", "urban")
    assert screen.form.department.isEnabled()
    screen.save_button.click()
    qtbot.waitUntil(lambda: screen.row_texts("zhang.wei") is not None, timeout=WAIT_MS)
    row = screen.row_texts("zhang.wei")
    assert row is not None
    assert row[ROLE] == role_text("department")
    assert row[MUST_CHANGE] == screen.list.tr("yes")
    assert "zhang.wei" in screen.form.message()
    assert screen.selected_user() is not None
    assert screen.selected_user()["username"] == "zhang.wei"  # type: ignore[index]

    answer = sign_in(server, "zhang.wei", PASSWORD)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["must_change_password"] is True
    # Until they choose their own password, nothing but /auth answers.
    refused = status_with(server, body["access_token"])
    assert refused == 403


def test_refusals_show_beside_the_form_and_keep_what_was_typed(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    # Checked before sending: a short password is marked, nothing is sent.
    fill_new(screen, "li.na", "李娜", "duty_officer", None)
    screen.form.password.setText("short")
    screen.save()
    assert screen.form.password.property("invalid") is True
    assert screen.form.message()
    assert screen.row_texts("li.na") is None

    # 409: the username is in use; the form keeps every field.
    fill_new(screen, "duty_officer", "另一位值班员", "supervisor", None)
    screen.save()
    qtbot.waitUntil(lambda: "duty_officer" in screen.form.message(), timeout=WAIT_MS)
    assert screen.save_button.isEnabled()
    assert screen.form.username.property("invalid") is True
    assert screen.form.display_name.text() == "另一位值班员"
    assert screen.form.role.currentData() == "supervisor"
    assert screen.form.password.text() == PASSWORD
    assert screen.form.is_new()

    # 409: an administrator cannot demote themselves; the chosen role stays in the form.
    assert screen.select("admin")
    assert not screen.active_button.isEnabled()  # nor disable themselves
    screen.form.role.setCurrentIndex(screen.form.role.findData("supervisor"))
    screen.save()
    assert screen.form.banner.property("level") == "info"  # sending
    qtbot.waitUntil(lambda: screen.form.banner.property("level") == "error", timeout=WAIT_MS)
    assert screen.form.role.currentData() == "supervisor"
    assert screen.row_texts("admin")[ROLE] == role_text("admin")  # type: ignore[index]


def test_disabling_a_user_ends_their_session_within_seconds(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    token = sign_in(server, "dept_civil", "demo").json()["access_token"]
    assert status_with(server, token) == 200
    assert screen.select("dept_civil")
    assert screen.active_button.isEnabled()
    screen.active_button.click()  # the confirmation is answered Yes by the test helper
    qtbot.waitUntil(lambda: status_with(server, token) == 401, timeout=10_000)
    qtbot.waitUntil(
        lambda: screen.row_texts("dept_civil")[ACTIVE] == screen.list.tr("no"),  # type: ignore[index]
        timeout=WAIT_MS,
    )
    assert "dept_civil" in screen.form.message()
    assert sign_in(server, "dept_civil", "demo").status_code == 401

    # Enabled again, the user signs in as before.
    assert screen.selected_user()["active"] is False  # type: ignore[index]
    screen.toggle_active()
    qtbot.waitUntil(
        lambda: screen.row_texts("dept_civil")[ACTIVE] == screen.list.tr("yes"),  # type: ignore[index]
        timeout=WAIT_MS,
    )
    assert sign_in(server, "dept_civil", "demo").status_code == 200


def test_a_reset_password_must_be_changed_at_the_next_sign_in(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    old = sign_in(server, "dept_water", "demo").json()["access_token"]
    assert screen.select("dept_water")
    screen.reset_password()
    dialog = screen.password_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.password.setText("New-pass-2027")
    dialog.again.setText("Other-pass")
    dialog.reset_button.click()
    assert dialog.isVisible()
    assert dialog.banner.text()  # the two differ: said in the dialog, nothing sent
    dialog.again.setText("New-pass-2027")
    dialog.reset_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: screen.row_texts("dept_water")[MUST_CHANGE] == screen.list.tr("yes"),  # type: ignore[index]
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: status_with(server, old) == 401, timeout=10_000)
    answer = sign_in(server, "dept_water", "New-pass-2027")
    assert answer.status_code == 200
    assert answer.json()["must_change_password"] is True


# --- field accounts and their ties (issue #21) ------------------------------------------------


def with_choices(qtbot: Any, open_window: Any, server: Any) -> UsersScreen:
    """The screen once the rivers, teams and grids have arrived."""
    screen = loaded(qtbot, open_window, server)
    f = screen.form
    qtbot.waitUntil(lambda: f.segments.count() > 2 and f.team.count() > 2, timeout=WAIT_MS)
    assert f.grid.grid.count() > 2
    return screen


def server_user(server: Any, username: str) -> dict[str, Any]:
    items = Http(server).get("/api/v1/users")["items"]
    return next(u for u in items if u["username"] == username)


def tick(screen: UsersScreen, *codes: str) -> None:
    """Tick exactly these segments, as the administrator clicks them."""
    picker = screen.form.segments
    for i in range(picker.count()):
        item = picker.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in codes
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def choose(combo: Any, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def saved(qtbot: Any, screen: UsersScreen, username: str) -> list[str]:
    """Save, then the user's row once the list is read again after the server's answer."""
    form = screen.form
    screen.save()
    qtbot.waitUntil(
        lambda: (
            form.banner.property("level") == "error"
            or (username in form.message() and screen.reload_button.isEnabled())
        ),
        timeout=WAIT_MS,
    )
    assert form.banner.property("level") == "info", form.message()
    return screen.row_texts(username) or []


def test_admin_creates_field_accounts_with_their_ties(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = with_choices(qtbot, open_window, server)
    f = screen.form
    # A river chief: only the segments are asked for (no department, no grid, no team).
    fill_new(screen, "hz.zhou", "周河长", "river_chief", None)
    assert f.segments.isVisibleTo(f) and not f.grid.isVisibleTo(f)
    assert not f.team.isVisibleTo(f) and not f.department.isVisibleTo(f)
    tick(screen, "haohe-xuetian", "haohe-chengdong")
    row = saved(qtbot, screen, "hz.zhou")
    assert server_user(server, "hz.zhou")["segments"] == ["haohe-chengdong", "haohe-xuetian"]
    assert row[ROLE] == role_text("river_chief") != "river_chief"
    names = [f.segments.names[c] for c in ("haohe-chengdong", "haohe-xuetian")]
    assert all(name in row[TIE] for name in names), row

    # A grid member: the grids offered are those of the street chosen.
    fill_new(screen, "wg.qian", "钱网格员", "grid_member", None)
    assert f.grid.isVisibleTo(f) and not f.segments.isVisibleTo(f)
    choose(f.grid.street, "hongqiao")
    offered = [f.grid.grid.itemData(i) for i in range(1, f.grid.grid.count())]
    assert offered and all(code.startswith("hongqiao-") for code in offered)
    choose(f.grid.grid, "hongqiao-02-01")
    row = saved(qtbot, screen, "wg.qian")
    assert server_user(server, "wg.qian")["grid"] == "hongqiao-02-01"
    assert row[TIE] == f.grid.names["hongqiao-02-01"]

    # A volunteer team lead: the teams are the server's.
    fill_new(screen, "wa.sun", "孙队长", "volunteer_lead", None)
    assert f.team.isVisibleTo(f) and not f.grid.isVisibleTo(f)
    choose(f.team, "weiai")
    row = saved(qtbot, screen, "wa.sun")
    assert server_user(server, "wa.sun")["team"] == "weiai"
    assert row[TIE] == f.team.names["weiai"]
    teams = Http(server).get("/api/v1/volunteers/teams")["items"]
    assert {t["code"]: t["lead"] for t in teams}["weiai"] == "wa.sun"
    # The list finds a user by what they are tied to.
    screen.search.setText(f.team.names["weiai"])
    shown = [screen.list.topLevelItem(i) for i in range(screen.list.topLevelItemCount())]
    assert [i.text(0) for i in shown if i is not None and not i.isHidden()] == ["wa.sun"]


def test_admin_edits_a_tie_and_a_role(qtbot: Any, open_window: Any, server: Any) -> None:
    body = {"username": "hz.wu", "display_name": "吴河长", "role": "river_chief",
            "segments": ["haohe-xuetian", "haohe-chengdong"], "password": PASSWORD}  # fmt: skip
    made = requests.post(
        f"{server.url}/api/v1/users", headers=server.headers("admin"), json=body, timeout=30
    )
    assert made.status_code == 201, made.text
    screen = with_choices(qtbot, open_window, server)
    f = screen.form
    assert screen.select("hz.wu")
    assert f.segments.codes() == ["haohe-chengdong", "haohe-xuetian"]
    tick(screen, "haohe-xuetian")
    assert f.changes() == {"segments": ["haohe-xuetian"]}
    row = saved(qtbot, screen, "hz.wu")
    assert server_user(server, "hz.wu")["segments"] == ["haohe-xuetian"]
    assert row[TIE] == f.segments.names["haohe-xuetian"]
    # A new role brings its own tie; the server drops the old one.
    choose(f.role, "grid_member")
    choose(f.grid.street, "xinchengqiao")
    choose(f.grid.grid, "xinchengqiao-01-01")
    row = saved(qtbot, screen, "hz.wu")
    found = server_user(server, "hz.wu")
    assert (found["role"], found["grid"], found["segments"]) == (
        "grid_member", "xinchengqiao-01-01", [])  # fmt: skip
    assert row[TIE] == f.grid.names["xinchengqiao-01-01"]
    assert f.grid.code() == "xinchengqiao-01-01"  # the form shows what the server answered


def test_a_bad_tie_shows_the_servers_error_beside_its_picker(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = with_choices(qtbot, open_window, server)
    f = screen.form
    # No segment ticked: the server says the river chief needs them, on `segments`.
    fill_new(screen, "hz.none", "无河段", "river_chief", None)
    screen.save()
    qtbot.waitUntil(lambda: f.banner.property("level") == "error", timeout=WAIT_MS)
    assert f.segments.property("invalid") is True
    assert "needs its segments" in f.segments.toolTip()
    assert "needs its segments" in f.message()
    assert f.first_invalid() is f.segments
    assert screen.row_texts("hz.none") is None
    # A team the server no longer has (removed since the list was read): named by the server.
    fill_new(screen, "wa.gone", "旧队长", "volunteer_lead", None)
    f.team.set_code("gone-team")
    screen.save()
    qtbot.waitUntil(lambda: f.team.property("invalid") is True, timeout=WAIT_MS)
    assert "unknown volunteer team 'gone-team'" in f.team.toolTip()
    assert f.segments.property("invalid") is not True
    # An edit that leaves a grid member without a grid.
    assert screen.select("grid_member")
    choose(f.grid.grid, "")
    screen.save()
    qtbot.waitUntil(lambda: f.grid.grid.property("invalid") is True, timeout=WAIT_MS)
    assert "needs its grid" in f.grid.grid.toolTip()
    assert server_user(server, "grid_member")["grid"] == "xinchengqiao-01-01"
