"""Finding a caller by part of the number, and evidence from disk, against a real cc-server:
a renamed program is refused (415) and said so, a PNG is kept; a department attaches to its
own cases."""

from __future__ import annotations

import random
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import server_case
from tests.console.everyday_support import compile_qm, everyday_window, install_qm


@pytest.fixture(scope="module", autouse=True)
def _everyday_zh(zh_cn: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    qm, _missing = compile_qm(Path(tmp_path_factory.mktemp("everyday_ts")))
    translator = install_qm(qm)
    yield
    QCoreApplication.removeTranslator(translator)


def png(path: Path) -> Path:
    out = BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_a_caller_is_found_by_part_of_the_number(server: Any, open_window: Any, qtbot: Any):
    api = Api(server)
    middle = f"{random.randrange(10**4):04d}"
    phone = f"137 {middle} 8{random.randrange(1000):03d}"
    case = api.create(title="来电查询测试", reporter_name="赵先生", reporter_phone=phone)
    window, everyday = everyday_window(open_window, qtbot, server)
    everyday.actions["everyday_find_caller"].trigger()  # Ctrl+Shift+F
    search = everyday.caller_search
    assert search is not None and search.isVisible()
    qtbot.waitUntil(search.field.hasFocus, timeout=5000)
    QTest.keyClicks(search.field, f"{middle} 8"[-6:])  # digits from the middle, a space too
    qtbot.waitUntil(lambda: case["id"] in [c.id for c in search.items()], timeout=WAIT_MS)
    found = next(c for c in search.items() if c.id == case["id"])
    assert "*" in found.reporter_phone  # masked, whatever the search
    QTest.keyClick(search.field, Qt.Key.Key_Down)
    qtbot.waitUntil(search.results.hasFocus, timeout=5000)
    row = [c.id for c in search.items()].index(case["id"])
    search.results.setCurrentItem(search.results.topLevelItem(row))
    QTest.keyClick(search.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.selection.case_id == case["id"], timeout=WAIT_MS)
    assert not search.isVisible()
    assert window.queue.current_case_id() == case["id"]  # shown in the queue, not just picked


def test_too_few_digits_do_not_search(server: Any, open_window: Any, qtbot: Any) -> None:
    _window, everyday = everyday_window(open_window, qtbot, server)
    search = everyday.find_caller("13")
    search.search()
    assert search.items() == [] and "3" in search.status.text()


def test_a_renamed_program_is_refused_and_a_png_is_kept(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    api = Api(server)
    case = api.create(title="证据上传测试")
    window, everyday = everyday_window(open_window, qtbot, server)
    qtbot.waitUntil(lambda: window.ctx.model.case(case["id"]) is not None, timeout=WAIT_MS)
    window.ctx.selection.set(case["id"])
    qtbot.waitUntil(everyday.actions["everyday_attach"].isEnabled, timeout=WAIT_MS)
    program = tmp_path / "现场照片.jpg"
    program.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + bytes(4096))  # a Windows program
    with qtbot.waitSignal(everyday.attach.refused, timeout=WAIT_MS) as refused:
        everyday.attach_from_disk([program])
    assert refused.args[0] == case["id"]
    box = everyday.attach.message
    assert box is not None and box.isVisible()
    assert "现场照片.jpg" in box.text() and "JPEG" in box.informativeText()
    assert "Windows" in box.informativeText()  # the server's reason, kept
    box.accept()
    assert server_case(api, case["id"])["attachments"] == []
    photo = png(tmp_path / "门牌.png")
    with qtbot.waitSignal(everyday.attach.attached, timeout=WAIT_MS):
        everyday.attach_from_disk([photo])
    [kept] = server_case(api, case["id"])["attachments"]
    assert kept["content_type"] == "image/png" and "门牌.png" in kept["caption"]
    strip = window.panes["detail"].attachments
    qtbot.waitUntil(lambda: strip.attachment_ids() == [kept["id"]], timeout=WAIT_MS)
    assert "门牌.png" in window.statusBar().currentMessage()


def test_a_department_attaches_to_its_own_cases_only(
    server: Any, open_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    api = Api(server)
    ours = api.create(title="部门证据测试", category="noise")
    ours = api.act(api.act(ours, "register"), "dispatch", department="ecology")
    theirs = api.create(title="他部门案件", category="garbage")
    theirs = api.act(api.act(theirs, "register"), "dispatch", department="urban")
    window, everyday = everyday_window(open_window, qtbot, server, "dept_ecology")
    qtbot.waitUntil(lambda: window.ctx.model.case(ours["id"]) is not None, timeout=WAIT_MS)
    action = everyday.actions["everyday_attach"]
    window.ctx.selection.set(theirs["id"])
    assert not action.isEnabled()
    window.ctx.selection.set(ours["id"])
    assert action.isEnabled()
    with qtbot.waitSignal(everyday.attach.attached, timeout=WAIT_MS):
        everyday.attach_from_disk([png(tmp_path / "整改后.png")])
    assert len(server_case(api, ours["id"])["attachments"]) == 1
    assert "everyday_correct" not in everyday.actions  # departments do not correct cases
