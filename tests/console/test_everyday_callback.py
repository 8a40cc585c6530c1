"""The 回访 worklist against a real cc-server: closed cases not called back are listed, an
unsatisfied callback needs its reason, the callback is recorded through the outbox."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from console.api.cases_extra import CALLBACK_DAYS, callback_worklist
from console.models.center_time import CENTER
from tests.console.conftest import WAIT_MS, Api, signed_in
from tests.console.dispatch_support import server_case
from tests.console.everyday_support import compile_qm, everyday_window, install_qm

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module", autouse=True)
def _everyday_zh(zh_cn: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    qm, _missing = compile_qm(Path(tmp_path_factory.mktemp("everyday_ts")))
    translator = install_qm(qm)
    yield
    QCoreApplication.removeTranslator(translator)


def closed_case(server: Any, title: str) -> dict[str, Any]:
    """A case handled by its department and closed by the supervisor, never called back."""
    api, department = Api(server), Api(server, "dept_ecology")
    case = api.create(title=title, reporter_name="孙女士", reporter_phone="136 2000 3000")
    case = api.act(api.act(case, "register"), "dispatch", department="ecology")
    case = department.act(department.act(case, "sign"), "resolve", note="已整改")
    return api.act(case, "verify_pass")


def test_the_callback_of_a_closed_case_is_recorded(server: Any, open_window: Any, qtbot: Any):
    case = closed_case(server, "回访测试：夜间施工")
    window, everyday = everyday_window(open_window, qtbot, server)
    everyday.actions["everyday_callbacks"].trigger()  # Ctrl+Shift+H
    worklist = everyday.callbacks
    assert worklist is not None and worklist.isVisible()
    ids = lambda: [c.id for c in worklist.cases()]  # noqa: E731
    qtbot.waitUntil(lambda: case["id"] in ids(), timeout=WAIT_MS)
    assert all(c.state in ("closed", "resolved") for c in worklist.cases())
    assert all(not c.last_callback for c in worklist.cases() if c.state == "closed")
    assert worklist.select(case["id"])
    form = worklist.form
    assert form.send_button.isEnabled() and "孙女士" in form.about.text()
    # The list masks the number; the officer who calls back sees it in full.
    qtbot.waitUntil(lambda: "136 2000 3000" in form.about.text(), timeout=WAIT_MS)
    # Unsatisfied without a reason: refused here, nothing sent.
    form.set_result("unsatisfied")
    QTest.keyClick(form.note, Qt.Key.Key_Return, CTRL)
    assert form.error.isVisible() and "原因" in form.error.text()
    assert window.ctx.sync.pending_count() == 0
    form.note.setPlainText("噪声仍未解决，群众不满意")
    QTest.keyClick(form.note, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: case["id"] not in ids(), timeout=WAIT_MS)
    assert "不满意" in worklist.banner.text() and case["ref"] in worklist.banner.text()
    after = server_case(Api(server), case["id"])
    last = after["history"][-1]
    assert last["action"] == "callback" and last["note"] == "噪声仍未解决，群众不满意"
    assert after["last_callback"] == "unsatisfied" and after["state"] == "closed"


def test_a_satisfied_callback_needs_no_note(server: Any, open_window: Any, qtbot: Any) -> None:
    case = closed_case(server, "回访测试：满意")
    _window, everyday = everyday_window(open_window, qtbot, server)
    worklist = everyday.open_callbacks()
    qtbot.waitUntil(lambda: worklist.select(case["id"]), timeout=WAIT_MS)
    worklist.form.set_result("satisfied")
    worklist.send()
    qtbot.waitUntil(
        lambda: server_case(Api(server), case["id"])["last_callback"] == "satisfied",
        timeout=WAIT_MS,
    )


def test_the_worklist_keeps_to_the_last_days(server: Any) -> None:
    case = closed_case(server, "回访测试：时间窗")
    client, _session = signed_in(server.url, "duty_officer")
    now = datetime.now(CENTER)
    with ThreadPoolExecutor(1) as pool:
        today = pool.submit(lambda: callback_worklist(client, now)).result(60)
        later = now + timedelta(days=CALLBACK_DAYS + 1)  # "now", injected: a month on
        then = pool.submit(lambda: callback_worklist(client, later)).result(60)
    client.close()
    assert case["id"] in [c.id for c in today]
    assert case["id"] not in [c.id for c in then]
    closed = [c for c in today if c.state == "closed"]
    assert today[: len(closed)] == closed  # those that can be called back come first
