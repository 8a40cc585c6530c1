"""The admin log screen against a real cc-server: the records of changes made through the
other screens, filters, paging, and before → after."""

from __future__ import annotations

from typing import Any

import pytest

from console.admin import admin_log_screen
from console.admin.admin_log_diff import changed_keys, diff_lines
from console.admin.admin_log_labels import action_label, kind_label
from console.admin.admin_log_model import ACTION, KIND, TARGET
from console.admin.admin_log_screen import AdminLogScreen
from console.admin.sla_rules_model import LIMIT
from console.admin.sla_rules_screen import SlaRulesScreen
from console.admin.users_screen import UsersScreen
from tests.console.admin_support import open_screen
from tests.console.conftest import WAIT_MS


@pytest.fixture(scope="module")
def changes() -> dict[str, Any]:
    """What the first test changed through the screens (the server is the module's)."""
    return {}


def test_changes_made_through_the_screens_are_in_the_log(
    qtbot: Any, open_window: Any, server: Any, changes: dict[str, Any]
) -> None:
    users = open_screen(qtbot, open_window, server, UsersScreen)
    qtbot.waitUntil(lambda: users.row_texts("supervisor") is not None, timeout=WAIT_MS)
    users.new_user()
    users.form.username.setText("wang.fang")
    users.form.display_name.setText("王芳")
    users.form.password.setText("Temp-pass-2027")
    users.save()
    qtbot.waitUntil(lambda: users.row_texts("wang.fang") is not None, timeout=WAIT_MS)
    users.form.display_name.setText("王芳(夜班)")
    users.save()
    qtbot.waitUntil(
        lambda: users.row_texts("wang.fang")[1] == "王芳(夜班)",  # type: ignore[index]
        timeout=WAIT_MS,
    )

    rules = open_screen(qtbot, open_window, server, SlaRulesScreen)
    qtbot.waitUntil(lambda: bool(rules.editor.model.rows), timeout=WAIT_MS)
    version = rules.version
    assert rules.editor.model.setData(rules.editor.model.index(0, LIMIT), 2)
    rules.editor.note.setText("受理时限调整")
    rules.publish()
    qtbot.waitUntil(lambda: rules.version == version + 1, timeout=WAIT_MS)
    changes["version"] = version + 1

    log = open_screen(qtbot, open_window, server, AdminLogScreen)
    qtbot.waitUntil(lambda: len(changes_in(log)) >= 3, timeout=WAIT_MS)
    rows = changes_in(log)
    # Newest first: the publish, the rename, the creation (sign-ins come between them).
    assert rows[0][KIND] == kind_label("sla_rules")
    assert rows[0][ACTION] == action_label("sla_rules", "publish")
    assert rows[0][TARGET] == f"v{version + 1}"
    assert rows[1][KIND] == kind_label("user") and rows[1][TARGET] == "wang.fang"
    assert rows[1][ACTION] == action_label("user", "update")
    assert rows[2][ACTION] == action_label("user", "create")
    # A chosen record shows before → after, with the changed keys.
    log.table.selectRow(log.rows().index(rows[0]))
    before, after = log.detail.texts()
    assert '"rules"' in before and '"rules"' in after
    assert "rules" in log.detail.changes.text()

    log.table.selectRow(log.rows().index(rows[1]))
    assert "display_name" in log.detail.changes.text()
    before, after = log.detail.texts()
    assert "王芳" in before and "王芳(夜班)" in after


def changes_in(log: AdminLogScreen) -> list[tuple[str, ...]]:
    """The rows shown, but sign-ins (every window of these tests signs in)."""
    return [r for r in log.rows() if r[KIND] != kind_label("sign_in")]


def test_the_log_filters_by_kind_user_and_text(
    qtbot: Any, open_window: Any, server: Any, changes: dict[str, Any]
) -> None:
    log = open_screen(qtbot, open_window, server, AdminLogScreen)
    qtbot.waitUntil(lambda: len(log.rows()) >= 3, timeout=WAIT_MS)
    log.filters.set_kind("user")
    qtbot.waitUntil(
        lambda: bool(log.rows()) and all(r[KIND] == kind_label("user") for r in log.rows()),
        timeout=WAIT_MS,
    )
    log.filters.set_kind("sla_rules")
    qtbot.waitUntil(
        lambda: bool(log.rows()) and all(r[KIND] == kind_label("sla_rules") for r in log.rows()),
        timeout=WAIT_MS,
    )
    log.filters.set_kind(None)
    log.filters.text.setText("wang.fang")  # text in target or note, after a pause in typing
    qtbot.waitUntil(
        lambda: bool(log.rows()) and all(r[TARGET] == "wang.fang" for r in log.rows()),
        timeout=WAIT_MS,
    )
    log.filters.clear()
    log.filters.user.setText("nobody-did-this")
    qtbot.waitUntil(lambda: log.rows() == [], timeout=WAIT_MS)
    assert log.detail.before.toPlainText() == ""
    log.filters.user.setText("admin")
    qtbot.waitUntil(lambda: len(log.rows()) >= 3, timeout=WAIT_MS)


def test_older_records_come_page_by_page(
    qtbot: Any, open_window: Any, server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(admin_log_screen, "PAGE", 2)
    log = open_screen(qtbot, open_window, server, AdminLogScreen)
    qtbot.waitUntil(lambda: len(log.rows()) == 2 and not log.loading, timeout=WAIT_MS)
    assert log.next_cursor is not None
    assert log.more_button.isEnabled()
    ids = [r["id"] for r in log.model.records]
    log.more_button.click()
    qtbot.waitUntil(lambda: len(log.rows()) >= 3 and not log.loading, timeout=WAIT_MS)
    ids_after = [r["id"] for r in log.model.records]
    assert ids_after[:2] == ids and ids_after == sorted(ids_after, reverse=True)


def test_the_diff_marks_what_changed() -> None:
    before = {"role": "duty_officer", "name": "王芳", "rules": [{"a": 1}, {"a": 2}]}
    after = {"role": "supervisor", "name": "王芳", "rules": [{"a": 1}, {"a": 3}], "new": True}
    assert changed_keys(before, after) == ["role", "rules", "new"]
    marked = [text.strip() for text, changed in diff_lines(after, before) if changed]
    assert marked == ['"role": "supervisor",', '"a": 3', '"new": true']
    assert all(changed for _t, changed in diff_lines(after))
