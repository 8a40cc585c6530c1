"""The SLA rules screen against a real cc-server: edit, check, publish, conflicts, history."""

from __future__ import annotations

from typing import Any

from console.admin.sla_rules_model import LIMIT, SCOPE, UNIT
from console.admin.sla_rules_rows import SlaRow
from console.admin.sla_rules_screen import SlaRulesScreen
from tests.console.admin_support import Http, open_screen
from tests.console.conftest import WAIT_MS


def loaded(qtbot: Any, open_window: Any, server: Any) -> SlaRulesScreen:
    screen = open_screen(qtbot, open_window, server, SlaRulesScreen)
    qtbot.waitUntil(lambda: screen.version > 0 and bool(screen.editor.model.rows), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.history.topLevelItemCount() > 0, timeout=WAIT_MS)
    return screen


def row_of(screen: SlaRulesScreen, scope: str, urgency: str, step: str) -> int:
    rows = screen.editor.model.rows
    return next(i for i, r in enumerate(rows) if r.key() == (scope, urgency, step))


def set_cell(screen: SlaRulesScreen, row: int, column: int, value: object) -> None:
    model = screen.editor.model
    assert model.setData(model.index(row, column), value)


def rule_of(body: dict[str, Any], urgency: str, step: str) -> dict[str, Any]:
    return next(
        r
        for r in body["rules"]
        if (r["category"], r["category_kind"], r["urgency"], r["step"])
        == (None, None, urgency, step)
    )


def test_a_change_published_through_the_screen_is_the_new_version(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    before = screen.version
    handle = row_of(screen, "", "normal", "handle")
    assert screen.editor.model.rows[handle].unit == "work_days"  # 5850 working minutes → 13 days
    assert screen.editor.model.index(handle, LIMIT).data() == "13"
    set_cell(screen, handle, LIMIT, 12)
    screen.editor.note.setText("按2027年规则")
    screen.editor.note.textEdited.emit("按2027年规则")
    assert screen.editor.is_dirty()
    assert screen.discard_button.isEnabled()
    screen.publish_button.click()
    qtbot.waitUntil(lambda: screen.version == before + 1, timeout=WAIT_MS)
    assert str(before + 1) in screen.heading.text()
    assert not screen.editor.is_dirty()
    qtbot.waitUntil(lambda: screen.history.versions()[:1] == [before + 1], timeout=WAIT_MS)
    assert screen.banner.isVisible() and str(before + 1) in screen.banner.text()

    body = Http(server).get("/api/v1/sla-rules")
    assert body["version"] == before + 1
    assert body["note"] == "按2027年规则"
    assert rule_of(body, "normal", "handle") == {
        "category": None,
        "category_kind": None,
        "urgency": "normal",
        "step": "handle",
        "minutes": 12 * 450,
        "clock": "work",
    }


def test_mistakes_are_found_before_sending(qtbot: Any, open_window: Any, server: Any) -> None:
    screen = loaded(qtbot, open_window, server)
    version = screen.version
    editor = screen.editor
    editor.table.setCurrentIndex(editor.model.index(row_of(screen, "", "urgent", "sign"), SCOPE))
    editor.add_rule()  # a copy below: the same scope, urgency and step
    accept = row_of(screen, "", "emergency", "accept")
    set_cell(screen, accept, LIMIT, 0.3)  # 0.3 hours = 18 minutes: fine
    set_cell(screen, accept, LIMIT, 0.33)  # 19.8 minutes: not whole
    verify = row_of(screen, "", "normal", "verify")
    set_cell(screen, verify, SCOPE, "kind:complaint")  # normal/verify loses its default rule
    editor.warn_ratio.setValue(1.0)
    screen.publish()
    texts = editor.problem_texts()
    assert len(texts) >= 4, texts
    assert accept in editor.model.problems
    assert len([r for r in editor.model.problems if editor.model.rows[r].urgency == "urgent"]) == 2
    assert screen.banner.property("level") == "error"
    assert not screen._publishing  # nothing was sent
    assert Http(server).get("/api/v1/sla-rules")["version"] == version
    assert screen.version == version


def test_server_refusals_are_shown_on_their_rows(qtbot: Any, open_window: Any, server: Any) -> None:
    screen = loaded(qtbot, open_window, server)
    editor = screen.editor
    editor.check = lambda: []  # type: ignore[method-assign]  # let the server judge
    editor.model.insert_row(len(editor.model.rows), SlaRow("", "normal", "handle", 1, "hours"))
    screen.publish()
    qtbot.waitUntil(lambda: bool(editor.model.problems), timeout=WAIT_MS)
    assert list(editor.model.problems) == [len(editor.model.rows) - 1]
    assert screen.banner.property("level") == "error"
    assert editor.problem_texts()


def test_a_stale_publish_says_who_published_and_offers_to_reload(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    # The feed would tell this screen at once; here its news comes too late (a slow network).
    screen._ctx.live.events_applied.disconnect(screen._on_live_events_applied)
    mine = screen.version
    set_cell(screen, row_of(screen, "", "urgent", "handle"), UNIT, "work_hours")  # 1 → 1 hour
    # Meanwhile another administrator publishes from the version this screen edits.
    body = Http(server).get("/api/v1/sla-rules")
    answer = Http(server).put(
        "/api/v1/sla-rules",
        {"version": mine, "warn_ratio": 0.75, "note": "另一位管理员", "rules": body["rules"]},
    )
    assert answer.status_code == 200, answer.text
    theirs = answer.json()["version"]
    screen.publish()
    assert screen._publishing
    qtbot.waitUntil(lambda: not screen._publishing, timeout=WAIT_MS)
    assert screen.banner.property("level") == "warning"
    assert str(theirs) in screen.banner.text() and "管理员" in screen.banner.text()
    assert screen.reload_conflict.isVisible()
    assert screen.editor.is_dirty()  # the edits are kept
    screen.reload_conflict.click()
    qtbot.waitUntil(lambda: screen.version == theirs, timeout=WAIT_MS)
    assert not screen.reload_conflict.isVisible()
    assert abs(screen.editor.warn_ratio.value() - 0.75) < 1e-9
    assert not screen.editor.is_dirty()


def test_a_version_published_elsewhere_is_announced_while_editing(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    mine = screen.version
    set_cell(screen, row_of(screen, "", "normal", "sign"), LIMIT, 2)
    body = Http(server).get("/api/v1/sla-rules")
    answer = Http(server).put(
        "/api/v1/sla-rules",
        {"version": mine, "warn_ratio": 0.8, "note": "", "rules": body["rules"]},
    )
    assert answer.status_code == 200, answer.text
    theirs = answer.json()["version"]
    qtbot.waitUntil(lambda: screen.conflict_version == theirs, timeout=WAIT_MS)
    assert screen.reload_conflict.isVisible() and str(theirs) in screen.banner.text()
    assert screen.version == mine and screen.editor.is_dirty()  # nothing was replaced
    screen.publish()  # refused here, without asking the server
    assert not screen._publishing and screen.banner.property("level") == "warning"
    screen.reload_conflict.click()
    qtbot.waitUntil(lambda: screen.version == theirs, timeout=WAIT_MS)


def test_a_version_published_elsewhere_is_followed_when_nothing_is_edited(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    body = Http(server).get("/api/v1/sla-rules")
    answer = Http(server).put(
        "/api/v1/sla-rules",
        {"version": body["version"], "warn_ratio": 0.8, "note": "", "rules": body["rules"]},
    )
    assert answer.status_code == 200, answer.text
    qtbot.waitUntil(lambda: screen.version == answer.json()["version"], timeout=WAIT_MS)


def test_an_old_version_is_shown_read_only_and_can_be_started_from(
    qtbot: Any, open_window: Any, server: Any
) -> None:
    screen = loaded(qtbot, open_window, server)
    assert 1 in screen.history.versions()
    screen.view_version(1)
    qtbot.waitUntil(lambda: screen.version_dialog is not None, timeout=WAIT_MS)
    dialog = screen.version_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    assert model.read_only
    handle = next(i for i, r in enumerate(model.rows) if r.key() == ("", "normal", "handle"))
    assert model.index(handle, LIMIT).data() == "13"  # version 1: 13 working days
    assert not model.setData(model.index(handle, LIMIT), 5)
    dialog.start_button.click()
    assert not dialog.isVisible()
    assert screen.editor.is_dirty()  # version 1's rules, to publish on top of the current one
