"""The live queue against a real cc-server: seeded cases, new cases, others' actions, filters."""

from __future__ import annotations

import gc
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from console.models.case_filter import OPEN, live_color
from console.models.case_table import CaseTableModel
from console.models.columns import COLUMN_INDEX
from tests.console.conftest import WAIT_MS, Api


def shown_ids(window: Any) -> list[int]:
    model = window.ctx.model
    return [model.case_at(row).id for row in range(model.rowCount())]


def test_queue_shows_the_seeded_open_cases(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    expected = {c["id"] for c in Api(server).all_cases() if c["state"] in OPEN}
    qtbot.waitUntil(lambda: set(shown_ids(window)) >= expected, timeout=WAIT_MS)
    ids = shown_ids(window)
    assert len(ids) == len(set(ids)), "a case is shown twice"
    assert expected <= set(ids)
    assert all(window.ctx.model.case(i).state in OPEN for i in ids)
    # The header counts add up to the rows shown, and the labels say so. The label is
    # refreshed on its own timer after the rows land: wait until it shows the model's count
    # (read both in one go on the GUI thread; nothing runs in between).
    red = window.queue.count_labels["red"]

    def red_label_shows_the_count() -> bool:
        text = red.text()
        return "已超时" in text and text.endswith(f" {window.ctx.model.counts()['red']}")

    qtbot.waitUntil(red_label_shows_the_count, timeout=WAIT_MS)
    counts = window.ctx.model.counts()
    assert sum(counts.values()) <= len(ids)
    assert str(counts["red"]) in window.queue.count_labels["red"].text()
    assert window.status.connection.text().endswith("在线")
    assert "值班员" in window.status.user.text()


def test_a_case_created_elsewhere_appears_without_reload(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    model = window.ctx.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    created = Api(server).create(title="测试：新建案件实时出现")
    qtbot.waitUntil(lambda: model.row_of(created["id"]) >= 0, timeout=WAIT_MS)
    row = model.row_of(created["id"])
    assert model.index(row, COLUMN_INDEX["title"]).data() == "测试：新建案件实时出现"
    assert model.index(row, COLUMN_INDEX["state"]).data() == "待受理"
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert not resets, "a feed event must not reset the model"


def test_an_action_elsewhere_updates_the_row_and_its_color(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    model = window.ctx.model
    api = Api(server)
    now = model._now  # noqa: SLF001 - the model's own clock
    candidates = [
        c
        for c in api.all_cases()
        if c["state"] == "reported" and c.get("due_at") and model.case(c["id"]) is not None
    ]
    red = [c for c in candidates if live_color(model.case(c["id"]), now) == "red"]
    case = (red or candidates)[0]
    before = model.index(model.row_of(case["id"]), 0).data(CaseTableModel.ColorRole)
    updated = api.act(case, "register")
    assert updated["state"] == "registered"

    def row_updated() -> bool:
        row = model.row_of(case["id"])
        return row >= 0 and model.index(row, COLUMN_INDEX["state"]).data() == "已立案"

    qtbot.waitUntil(row_updated, timeout=WAIT_MS)
    row = model.row_of(case["id"])
    assert model.case(case["id"]).version == updated["version"]
    color = model.index(row, 0).data(CaseTableModel.ColorRole)
    assert color == live_color(model.case(case["id"]), model._now)  # noqa: SLF001
    if before == "red":
        assert color != "red", "a fresh step starts a fresh clock"
    # Voiding it elsewhere removes the row from the open-cases view.
    api.act(updated, "void", note="重复受理")
    qtbot.waitUntil(lambda: model.row_of(case["id"]) < 0, timeout=WAIT_MS)
    assert model.case(case["id"]).state == "voided"


def test_filters_and_search(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server)
    queue, model = window.queue, window.ctx.model
    everything = model.rowCount()
    queue.set_color("red")
    assert window.registry["filter_red"].isChecked()
    assert 0 < model.rowCount() < everything
    assert all(
        model.index(r, 0).data(CaseTableModel.ColorRole) == "red" for r in range(model.rowCount())
    )
    window.registry["filter_red"].trigger()  # the toolbar toggle clears it again
    assert model.rowCount() == everything
    queue.channel_combo.setCurrentIndex(queue.channel_combo.findData("river_patrol"))
    assert all(model.case_at(r).channel == "river_patrol" for r in range(model.rowCount()))
    assert model.index(0, COLUMN_INDEX["channel"]).data() == "河长巡河"
    queue.clear_filters()
    queue.filters.state_filter.set_checked({"closed"})  # a multi-select since issue #13
    assert model.rowCount() > 0
    assert {model.case_at(r).state for r in range(model.rowCount())} == {"closed"}
    queue.clear_filters()
    target = model.case_at(model.rowCount() // 2)
    window.registry["find"].trigger()
    assert target is not None and target.ref
    qtbot.keyClicks(queue.search, target.ref)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.case_at(0).id == target.id
    queue.clear_filters()
    assert model.rowCount() == everything


def test_sorting_in_the_model_keeps_the_current_case(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    view, model = window.queue.view, window.ctx.model
    window.queue.step(1)
    window.queue.step(1)
    current = window.queue.current_case_id()
    view.sortByColumn(COLUMN_INDEX["ref"], Qt.SortOrder.DescendingOrder)
    refs = [model.case_at(r).ref for r in range(model.rowCount())]
    assert refs == sorted(refs, reverse=True)
    assert window.queue.current_case_id() == current
    view.sortByColumn(COLUMN_INDEX["state"], Qt.SortOrder.AscendingOrder)
    assert window.queue.current_case_id() == current
    # The detail pane follows the current case and shows its history.
    detail = window.panes["detail"]
    qtbot.waitUntil(lambda: getattr(detail.detail(), "id", None) == current, timeout=WAIT_MS)
    assert detail.history.topLevelItemCount() >= 1


def test_login_dialog_signs_in_and_explains_a_refusal(server: Any, qtbot: Any, zh_cn: Any) -> None:
    from console.api import ApiClient
    from console.shell.login_dialog import LoginDialog
    from console.tasks import TaskRunner

    client = ApiClient(server.url)
    dialog = LoginDialog(client, TaskRunner(), username="duty_officer")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.server.text() == server.url
    dialog.password.setText("wrong")
    with qtbot.waitSignal(dialog.login_failed, timeout=WAIT_MS):
        dialog.sign_in_button.click()
    assert dialog.error.text() == "用户名或密码错误。"
    dialog.password.setText("demo")
    with qtbot.waitSignal(dialog.signed_in, timeout=WAIT_MS) as blocker:
        dialog.sign_in_button.click()
    assert blocker.args[0].role == "duty_officer"
    client.close()


def test_a_department_sees_its_own_queue(server: Any, open_window: Any, qtbot: Any) -> None:
    window = open_window(server, "dept_urban")
    model = window.ctx.model
    qtbot.waitUntil(lambda: model.total() > 0, timeout=WAIT_MS)
    assert {model.case(i).department for i in model.known_ids()} == {"urban"}
    assert window.registry.get("case_sign") is not None
    assert window.registry.get("case_dispatch") is None


def test_closed_cases_outside_the_window_come_when_asked_for(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window = open_window(server)
    model, live = window.ctx.model, window.ctx.live
    since = model.now() - live.closed_window.total_seconds()
    cases = Api(server).all_cases()
    old = [
        c
        for c in cases
        if c["state"] == "closed" and datetime.fromisoformat(c["updated_at"]).timestamp() < since
    ]
    recent = [
        c
        for c in cases
        if c["state"] not in OPEN and datetime.fromisoformat(c["updated_at"]).timestamp() >= since
    ]
    assert old, "the demo data has cases closed long ago"
    # Loaded: every open case and the recently ended ones; the old closed ones are not.
    assert all(model.case(c["id"]) is not None for c in recent)
    assert all(model.case(c["id"]) is None for c in old)
    # Asked for: the closed state shows them, from the server, in the queue.
    window.queue.filters.state_filter.set_checked({"closed"})
    qtbot.waitUntil(lambda: all(model.row_of(c["id"]) >= 0 for c in old), timeout=WAIT_MS)
    assert set(shown_ids(window)) == {c["id"] for c in cases if c["state"] == "closed"}
    # A search in all states finds an old one by its reference.
    target = old[0]
    window.queue.filters.state_filter.set_checked(())
    window.queue.search.setText(target["ref"])
    qtbot.waitUntil(lambda: shown_ids(window) == [target["id"]], timeout=WAIT_MS)


def test_the_collector_is_held_off_while_loading_and_the_load_frozen(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    """A load runs without the cyclic collector's passes; afterwards it collects again and
    what the load made is out of its full passes."""
    window = open_window(server)
    live = window.ctx.live
    loaded: list[int] = []
    live.loaded.connect(loaded.append)
    try:
        live.start()
        assert not gc.isenabled(), "the collector runs during a load"
        qtbot.waitUntil(lambda: bool(loaded), timeout=WAIT_MS)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        live.start()
        live.stop()  # stopped mid-load: the collector is back
        assert gc.isenabled()
    finally:
        gc.enable()  # (frozen objects stay so, as in the console: unfreezing would hand the
        # collector every earlier test's windows at once)
