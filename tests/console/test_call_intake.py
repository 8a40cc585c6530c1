"""12345 call intake against a real cc-server: keyboard-only creation, type-ahead, similar
cases and attaching, one case per submission, local phone check, server down."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from console.i18n import TRANSLATIONS
from console.panes import call_intake_logic as logic
from console.panes.call_intake import CallIntakePane, call_intake_pane
from console.shell.main_window import MainWindow
from tests.console.conftest import WAIT_MS, Api
from tests.support.live_server import LiveServer

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(str(p) for p in (ROOT / "console" / "panes").glob("call_intake*.py"))
CTRL = Qt.KeyboardModifier.ControlModifier


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ZH = _load("zh_call_intake", TRANSLATIONS / "zh_call_intake.py").ZH_CALL_INTAKE
update = _load("cc_translations_update_ci", TRANSLATIONS / "update.py")


# -- typing as an officer does ------------------------------------------------------------------


def focused() -> QWidget:
    """Where a key goes: the open completer popup, else the focus widget."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type into the focused widget: ASCII as keys, Chinese as an input method commits it."""
    run = ""
    for char in text + "\0":
        if char.isascii() and char != "\0":
            run += char
            continue
        if run:
            QTest.keyClicks(focused(), run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def tab_to(qtbot: Any, widget: QWidget) -> None:
    """Press Tab once and check where the focus went (the tab order is part of the form)."""
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=5000)


# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _chinese(zh_cn: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """This pane's zh_CN (the default UI language), compiled from ZH_CALL_INTAKE until the
    lead merges it into the console's .qm."""
    ts = tmp_path_factory.mktemp("ts") / "call_intake.ts"
    subprocess.run(
        [update._tool("pyside6-lupdate"), *SOURCES, "-ts", str(ts)], check=True, capture_output=True
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = ZH.get(message.findtext("source") or "", "")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [update._tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def open_intake(
    open_window: Callable[..., MainWindow], qtbot: Any
) -> Callable[..., tuple[CallIntakePane, MainWindow]]:
    """open_intake(server) → the pane docked in a live main window, as the lead registers it
    (the window's own Ctrl+Return action is there too: the form must still get the key)."""

    def open_(live: LiveServer, username: str = "duty_officer") -> tuple[CallIntakePane, Any]:
        window = open_window(live, username)
        qtbot.waitUntil(lambda: bool(window.ctx.reference.data), timeout=WAIT_MS)
        pane = call_intake_pane(window.ctx)
        assert isinstance(pane, CallIntakePane)
        dock = QDockWidget("12345", window)
        dock.setObjectName("dock_call_intake")
        dock.setWidget(pane)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.show()
        qtbot.waitExposed(pane)
        window.activateWindow()
        qtbot.waitActive(window)
        pane.form.name.setFocus()
        qtbot.waitUntil(lambda: pane.form.name.hasFocus(), timeout=5000)
        qtbot.waitUntil(lambda: pane.form.category.matches() != [], timeout=WAIT_MS)
        return pane, window

    return open_


def server_case(server: LiveServer, case_id: int) -> dict[str, Any]:
    response = requests.get(
        f"{server.url}/api/v1/cases/{case_id}", headers=server.headers("supervisor"), timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


def cases_titled(api: Api, title: str) -> list[dict[str, Any]]:
    return [c for c in api.all_cases() if c["title"] == title]


def fill(pane: CallIntakePane, **fields: str) -> None:
    """Fill fields directly (for tests about what happens after typing)."""
    form = pane.form
    form.name.setText(fields.get("name", "王先生"))
    form.phone.setText(fields.get("phone", "139 0513 2222"))
    form.category.setText(fields.get("category", "噪声扰民"))
    form.address.setText(fields.get("address", "虹桥街道新中社区12幢"))
    form.coordinates.setText(fields.get("coordinates", ""))
    form.description.setPlainText(fields.get("description", "楼下夜间施工，吵得睡不着"))
    if "title" in fields:
        form.title.setText(fields["title"])


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


# -- tests --------------------------------------------------------------------------------------


def test_keyboard_only_call_creates_a_case(server: LiveServer, open_intake: Any, qtbot: Any):
    pane, window = open_intake(server)
    form = pane.form
    type_text("张女士")
    tab_to(qtbot, form.phone)
    type_text("138-1234 5678")
    tab_to(qtbot, form.category)
    type_text("噪声")
    qtbot.waitUntil(lambda: form.category.completer().popup().isVisible(), timeout=5000)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.category.code() == "noise", timeout=5000)
    assert "区生态环境局" in form.department.text()
    # The offscreen platform leaves no window active after a popup closes; a desktop does.
    window.activateWindow()
    qtbot.waitActive(window)
    assert form.category.hasFocus()
    tab_to(qtbot, form.address)
    type_text("唐闸镇碧林湾社区3幢")
    # Street recognised live from the address, without asking the server.
    assert form.street_code() == "tangzha"
    assert "唐闸镇" in form.street.currentText()
    tab_to(qtbot, form.street)
    tab_to(qtbot, form.coordinates)
    tab_to(qtbot, form.urgency.buttons["normal"])
    press(Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: form.urgency.value() == "urgent", timeout=5000)
    tab_to(qtbot, form.description)
    description = unique("广场舞音响太响 night")
    type_text(description)
    tab_to(qtbot, form.title)
    title = form.title.text()
    assert title.startswith("【唐闸镇】噪声扰民：广场舞音响太响"), title
    tab_to(qtbot, form.create_button)
    # The window has its own Ctrl+Return action ("send the chosen action"): the form wins.
    window_send = QAction("send", window)
    window_send.setShortcut(QKeySequence("Ctrl+Return"))
    window.addAction(window_send)
    sent: list[bool] = []
    window_send.triggered.connect(lambda: sent.append(True))
    with qtbot.waitSignal(pane.case_created, timeout=WAIT_MS) as created:
        press(Qt.Key.Key_Return, CTRL)
    assert not sent
    case = server_case(server, created.args[0].id)
    assert case["channel"] == "hotline_12345"
    assert case["category"] == "noise"
    assert case["street"] == "tangzha"
    assert case["urgency"] == "urgent"
    assert case["title"] == title
    assert case["description"] == description
    assert case["reporter_name"] == "张女士"
    assert case["reporter_phone"] == "138-1234 5678"
    assert case["address"] == "唐闸镇碧林湾社区3幢"
    # Cleared for the next call, the created ref shown, the cursor back in the first field.
    assert form.name.text() == form.description.toPlainText() == form.title.text() == ""
    assert case["ref"] in pane.last_created.text() and case["ref"] in pane.banner.text()
    assert form.name.hasFocus(), QApplication.focusWidget()


def test_type_ahead_finds_a_category_from_part_of_its_name(
    server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    pane, _window = open_intake(server)
    picker = pane.form.category
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus, timeout=5000)
    type_text("污染")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    rows = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert len(rows) == 2, rows
    assert any("大气污染" in r and "区生态环境局" in r for r in rows)  # department beside it
    assert any("河道水体污染" in r and "河长办" in r for r in rows)
    assert picker.code() == ""  # two candidates: nothing chosen yet
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.code() == "water_pollution", timeout=5000)
    # Codes match too, and a unique partial match is taken when the officer moves on.
    picker.clear()
    type_text("gas")
    press(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: picker.text() == "燃气泄漏", timeout=5000)
    assert picker.code() == "gas_leak"


def test_similar_case_listed_and_the_call_attached_to_it(
    server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    api = Api(server)
    existing = api.create(
        category="noise",
        title=unique("新中社区夜间噪声"),
        address="虹桥街道新中社区12幢",
        lat=32.0412,
        lon=120.8661,
    )
    pane, _window = open_intake(server)
    fill(pane, coordinates="32.0413, 120.8662", description="又是楼下夜间施工")
    qtbot.waitUntil(
        lambda: any(i["case"].id == existing["id"] for i in pane.similar.items()),
        timeout=WAIT_MS,
    )
    row = next(n for n, i in enumerate(pane.similar.items()) if i["case"].id == existing["id"])
    assert row < 9
    item = pane.similar.tree.topLevelItem(row)
    assert item.text(2) == existing["ref"] and item.text(5).endswith("米")
    press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # the list's mnemonic
    qtbot.waitUntil(pane.similar.tree.hasFocus, timeout=5000)
    total = len(api.all_cases())
    pane.form.description.setFocus()
    with qtbot.waitSignal(pane.call_attached, timeout=WAIT_MS) as attached:
        press(getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    assert attached.args[0].id == existing["id"]
    assert existing["ref"] in pane.banner.text()
    history = server_case(server, existing["id"])["history"]
    comment = history[-1]
    assert comment["action"] == "comment"
    assert "王先生" in comment["note"] and "又是楼下夜间施工" in comment["note"]
    assert "139****2222" in comment["note"]  # masked: departments read the history too
    assert len(api.all_cases()) == total  # no new case
    assert pane.form.description.toPlainText() == ""


def test_double_submit_creates_one_case(server: LiveServer, open_intake: Any, qtbot: Any):
    pane, _window = open_intake(server)
    title = unique("双击测试")
    fill(pane, title=title)
    pane.form.title.setFocus()
    with qtbot.waitSignal(pane.case_created, timeout=WAIT_MS):
        press(Qt.Key.Key_Return, CTRL)
        press(Qt.Key.Key_Return, CTRL)
        pane.form.create_button.click()
    # Presses after the first were refused while it was on its way; none is queued.
    assert not pane.work.busy
    assert len(cases_titled(Api(server), title)) == 1


def test_invalid_phone_is_refused_before_sending(
    server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    pane, _window = open_intake(server)
    form = pane.form
    form.phone.setFocus()
    type_text("138abc")
    assert form.errors()["reporter_phone"]  # said at once, next to the field
    title = unique("号码有误")
    fill(pane, phone="138abc", title=title)
    press(Qt.Key.Key_Return, CTRL)
    assert not pane.work.busy  # nothing on its way
    assert form.phone.hasFocus()
    assert "尚未提交" in pane.banner.text()
    form.phone.setText("12")
    press(Qt.Key.Key_Return, CTRL)
    assert form.errors()["reporter_phone"] and not pane.work.busy
    assert cases_titled(Api(server), title) == []


def test_server_field_errors_are_shown_by_the_field(
    server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    pane, _window = open_intake(server)
    fill(pane, name="王\x01先生", title=unique("控制字符"))
    pane.form.description.setFocus()
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "reporter_name" in pane.form.errors(), timeout=WAIT_MS)
    assert pane.form.name.text() == "王\x01先生"  # kept for the officer to correct
    assert not pane.work.busy


def test_server_down_keeps_the_form_and_says_so(
    own_server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    pane, _window = open_intake(own_server)
    title = unique("断线时来电")
    fill(pane, title=title)
    body = pane.form.body()
    own_server.kill()
    pane.form.description.setFocus()
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not pane.work.busy and pane.banner.isVisible(), timeout=WAIT_MS)
    assert "无法连接服务器" in pane.banner.text() and "已填写的内容都已保留" in pane.banner.text()
    assert pane.form.body() == body  # every field kept
    key = pane.work.key_for(body)
    # Back again: the same submission (same key) creates the case once.
    own_server.start()
    with qtbot.waitSignal(pane.case_created, timeout=WAIT_MS):
        press(Qt.Key.Key_Return, CTRL)
    assert len(cases_titled(Api(own_server), title)) == 1
    assert pane.work.key_for(body) != key  # a new call gets a new key


def test_a_call_attached_while_offline_is_added_once_the_server_returns(
    own_server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    api = Api(own_server)
    existing = api.create(
        category="noise",
        title=unique("断线关联"),
        address="虹桥街道新中社区3幢",
        lat=32.0412,
        lon=120.8661,
    )
    pane, window = open_intake(own_server)
    fill(pane, coordinates="32.0413, 120.8662", description="断线时又来电反映")
    qtbot.waitUntil(
        lambda: any(i["case"].id == existing["id"] for i in pane.similar.items()),
        timeout=WAIT_MS,
    )
    row = next(n for n, i in enumerate(pane.similar.items()) if i["case"].id == existing["id"])
    own_server.kill()
    qtbot.waitUntil(lambda: not window.ctx.sync.online, timeout=WAIT_MS)
    pane.form.description.setFocus()
    press(getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    qtbot.waitUntil(lambda: "离线" in pane.banner.text(), timeout=WAIT_MS)
    assert existing["ref"] in pane.banner.text()
    assert pane.form.description.toPlainText() == ""  # saved in the outbox: next call
    assert not pane.work.busy
    with qtbot.waitSignal(pane.call_attached, timeout=60_000) as attached:
        own_server.start()
    assert attached.args[0].id == existing["id"]
    notes = [e["note"] for e in server_case(own_server, existing["id"])["history"]]
    assert sum("断线时又来电反映" in (note or "") for note in notes) == 1


def test_an_attach_the_outbox_cannot_save_keeps_the_form_and_frees_it(
    server: LiveServer, open_intake: Any, qtbot: Any
) -> None:
    api = Api(server)
    existing = api.create(
        category="noise", title=unique("无法保存"), address="虹桥街道新中社区9幢",
        lat=32.0412, lon=120.8661,
    )  # fmt: skip
    pane, window = open_intake(server)
    fill(pane, coordinates="32.0413, 120.8662", description="本地无法写入待发送队列")
    qtbot.waitUntil(
        lambda: any(i["case"].id == existing["id"] for i in pane.similar.items()),
        timeout=WAIT_MS,
    )
    row = next(n for n, i in enumerate(pane.similar.items()) if i["case"].id == existing["id"])
    # The outbox file becomes unusable (a disk gone read-only, a folder in its place).
    sync = window.ctx.sync
    sync.close()  # on the serial write worker; closing removes the -wal and -shm files
    qtbot.waitUntil(lambda: not any(sync.path.parent.glob(sync.path.name + "-*")), timeout=WAIT_MS)
    sync.path.unlink()
    sync.path.mkdir()
    pane.form.description.setFocus()
    press(getattr(Qt.Key, f"Key_{row + 1}"), CTRL)
    qtbot.waitUntil(lambda: "未保存" in pane.banner.text(), timeout=WAIT_MS)
    assert not pane.work.busy  # free for the next try, or a new case
    assert pane.form.description.toPlainText() == "本地无法写入待发送队列"  # kept


def test_rules_without_qt() -> None:
    assert logic.phone_problem("0513-8512 3456") == ""
    assert logic.phone_problem("+86 138 1234 5678") == ""
    assert logic.phone_problem("138abc") == "chars"
    assert logic.phone_problem("12") == "short"
    ref = {
        "streets": [
            {"code": "xinchengqiao", "name": "新城桥"},
            {"code": "tangzha", "name": "唐闸镇"},
        ],
        "communities": [{"name": "碧林湾社区", "street": "tangzha"}],
    }
    assert logic.detect_street("新城桥街道朝晖社区", ref) == "xinchengqiao"
    assert logic.detect_street("唐闸12号", ref) == "tangzha"
    assert logic.detect_street("碧林湾社区5幢", ref) == "tangzha"
    assert logic.detect_street("人民中路", ref) is None
    assert logic.parse_coordinates("120.86, 32.04") == (32.04, 120.86)
    assert logic.parse_coordinates("32.04，120.86") == (32.04, 120.86)
    assert logic.parse_coordinates("north") == "bad"
    assert logic.first_words("楼下夜间施工，吵得睡不着") == "楼下夜间施工"
    assert logic.mask_phone("139 0513 2222") == "139****2222"


def test_every_string_has_a_chinese_translation(tmp_path: Path) -> None:
    ts = tmp_path / "call_intake.ts"
    subprocess.run(
        [update._tool("pyside6-lupdate"), *SOURCES, "-ts", str(ts)], check=True, capture_output=True
    )
    sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    assert sources and not sources - set(ZH), sorted(sources - set(ZH))
    clashes = {k for k in ZH if k in update.ZH and update.ZH[k] != ZH[k]}
    assert not clashes, clashes  # the lead merges by source text


def test_screenshot_with_similar_cases(
    own_server: LiveServer, open_intake: Any, qtbot: Any, tmp_path: Path
) -> None:
    server = own_server  # only the demo data and the cases below: a clean picture
    api = Api(server)
    for title, lat, lon in (
        ("新中社区12幢楼下夜间施工噪声", 32.0412, 120.8661),
        ("新中社区工地夜间打桩扰民", 32.0431, 120.8675),
    ):
        api.create(category="noise", title=title, lat=lat, lon=lon, urgency="urgent")
    pane, window = open_intake(server)
    dock = window.findChild(QDockWidget, "dock_call_intake")
    dock.setFloating(True)
    dock.resize(1240, 620)
    fill(pane, coordinates="32.0413, 120.8662", phone="139 0513 222x")
    pane.form.urgency.set_value("emergency")
    qtbot.waitUntil(lambda: len(pane.similar.items()) >= 2, timeout=WAIT_MS)
    pane.form.category.setFocus()
    qtbot.wait(50)  # let the style repolish settle before the grab
    image = pane.grab()
    path = tmp_path / "call_intake.png"
    assert image.save(str(path))
    if os.environ.get("CC_UPDATE_SCREENSHOTS"):
        image.save(str(ROOT / "docs" / "call_intake.png"))
