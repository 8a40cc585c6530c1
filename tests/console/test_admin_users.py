"""The users screen against a real cc-server: create, refuse, disable, reset (issue #12)."""

from __future__ import annotations

from typing import Any

from console.admin.users_form import role_text
from console.admin.users_list import ACTIVE, MUST_CHANGE, ROLE
from console.admin.users_screen import UsersScreen
from tests.console.admin_support import open_screen, sign_in, status_with
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
