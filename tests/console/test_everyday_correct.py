"""Correcting a case (更正) from the console against a real cc-server: keyboard first, through
the outbox, the SLA clock's move shown afterwards, a stale version shown as a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import results, server_case
from tests.console.everyday_support import compile_qm, everyday_window, install_qm

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module", autouse=True)
def _everyday_zh(zh_cn: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    qm, missing = compile_qm(Path(tmp_path_factory.mktemp("everyday_ts")))
    assert not missing, missing  # every string of this work has its Chinese
    translator = install_qm(qm)
    yield
    QCoreApplication.removeTranslator(translator)


def test_correct_by_keyboard_shows_what_moved_on_the_sla_clock(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    case = api.create(title="夜间施工噪声（待更正）", urgency="normal")
    window, everyday = everyday_window(open_window, qtbot, server)
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    window.ctx.selection.set(case["id"])
    action = everyday.actions["everyday_correct"]
    qtbot.waitUntil(action.isEnabled, timeout=WAIT_MS)
    action.trigger()  # Ctrl+Shift+C
    dialog = everyday.correct_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.category.hasFocus, timeout=5000)
    # Nothing changed and no reason: nothing is sent, the dialog says why.
    QTest.keyClick(dialog.category, Qt.Key.Key_Return, CTRL)
    assert dialog.banner.isVisible() and not dialog.status
    dialog.urgency.set_value("emergency")  # the accept step now counts natural time
    dialog.address.setText("虹桥街道新中社区12幢东门")
    assert "特急" in dialog.preview.text() and "东门" in dialog.preview.text()
    QTest.keyClick(dialog.category, Qt.Key.Key_Return, CTRL)
    assert "原因" in dialog.banner.text()  # the reason is required
    dialog.reason.setFocus()
    QTest.keyClicks(dialog.reason, "caller says gas smell too")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    after = server_case(api, case["id"])
    last = after["history"][-1]
    assert last["action"] == "correct" and last["note"] == "caller says gas smell too"
    assert after["urgency"] == "emergency" and after["address"].endswith("东门")
    assert after["version"] == case["version"] + 1
    sla = dialog.outcome["sla"]
    assert sla is not None and sla["new"]["clock"] == "natural"
    assert sla == last["payload"]["sla"]
    shown = dialog.sla_label.text()
    assert "一般 → 特急" in shown and "自然时间" in shown, shown
    assert dialog.status == "done"
    pane = results(window)
    [(item, status)] = pane.statuses({case["id"]}).items()
    assert status == "done" and pane.row_text(item)[2] == "更正"  # shown in F4 too


def test_a_stale_version_comes_back_as_a_conflict(server: Any, open_window: Any, qtbot: Any):
    api = Api(server)
    case = api.create(title="路灯不亮（并发更正）", category="street_light")
    window, everyday = everyday_window(open_window, qtbot, server)
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    window.ctx.selection.set(case["id"])
    qtbot.waitUntil(everyday.actions["everyday_correct"].isEnabled, timeout=WAIT_MS)
    dialog = everyday.correct()
    assert dialog is not None
    # Meanwhile the supervisor registers the case: the dialog still holds version 1.
    api.act(case, "register")
    dialog.urgency.set_value("urgent")
    dialog.reason.setPlainText("来电人反映有老人夜间摔倒")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.status == "conflict", timeout=WAIT_MS)
    text = dialog.banner.text()
    assert "值班长" in text and "受理立案" in text, text  # who changed it, and how
    assert all(h["action"] != "correct" for h in server_case(api, case["id"])["history"])
    pane = results(window)
    assert "conflict" in pane.statuses({case["id"]}).values()
    # The dialog now shows the case as it is: sending again applies the correction.
    assert "已立案" in dialog.heading.text()
    dialog.send()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    assert server_case(api, case["id"])["urgency"] == "urgent"


def test_the_category_is_corrected_from_the_type_ahead(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    case = api.create(title="楼道堆物（类别有误）", category="noise")
    window, everyday = everyday_window(open_window, qtbot, server)
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    window.ctx.selection.set(case["id"])
    qtbot.waitUntil(everyday.actions["everyday_correct"].isEnabled, timeout=WAIT_MS)
    dialog = everyday.correct()
    assert dialog is not None
    dialog.category.setText("不存在的类别")
    assert "未识别" in dialog.preview.text()
    dialog.category.setText("大气污染")
    dialog.reason.setPlainText("实为油烟，类别改为大气污染")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=WAIT_MS)
    changes = dialog.outcome["changes"]
    assert changes["category"]["new"] == server_case(api, case["id"])["category"] != "noise"
    assert "大气污染" in dialog.sla_label.text()
