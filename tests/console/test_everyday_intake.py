"""The call form's everyday additions against a real cc-server: 直办 closes a consultation at
intake, a city 交办 keeps the city's number and deadline, a camera sighting keeps its camera
and a frame of the video wall; similar cases preselect only what the server suggests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from console.contract import Case
from console.models.center_time import CENTER
from console.panes.call_intake import CallIntakePane
from console.panes.call_intake_similar import SimilarCases
from console.video.camera import Camera
from tests.console.conftest import WAIT_MS, Api
from tests.console.dispatch_support import server_case
from tests.console.everyday_support import compile_qm, everyday_window, install_qm

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module", autouse=True)
def _everyday_zh(zh_cn: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    qm, _missing = compile_qm(Path(tmp_path_factory.mktemp("everyday_ts")))
    translator = install_qm(qm)
    yield
    QCoreApplication.removeTranslator(translator)


def intake(open_window: Any, qtbot: Any, server: Any) -> tuple[Any, CallIntakePane]:
    window, _everyday = everyday_window(open_window, qtbot, server)
    window.pane_docks.show_pane("call_intake")
    pane = window.panes["call_intake"]
    assert isinstance(pane, CallIntakePane)
    qtbot.waitUntil(lambda: pane.form.category.matches() != [], timeout=WAIT_MS)
    return window, pane


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:6]}"


def test_a_consultation_answered_on_the_phone_is_closed_at_intake(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window, pane = intake(open_window, qtbot, server)
    form = pane.form
    form.category.setText("噪声扰民")
    assert not form.direct.check.isVisible()  # a complaint is never answered at intake
    form.name.setText("李女士")
    form.phone.setText("138 0000 1111")
    form.category.setText("政策咨询")
    qtbot.waitUntil(form.direct.check.isVisible, timeout=5000)
    form.direct.check.setChecked(True)
    assert form.direct.answer.isVisible() and form.direct.warning.isVisible()
    assert "办结" in form.create_button.text()  # the button says it closes the case
    form.description.setPlainText(unique("咨询居住证办理材料"))
    form.direct.answer.setPlainText("已告知需身份证、租房合同，到街道便民服务中心办理")
    form.description.setFocus()
    with qtbot.waitSignal(pane.case_created, timeout=WAIT_MS) as created:
        QTest.keyClick(form.description, Qt.Key.Key_Return, CTRL)
    case = server_case(Api(server), created.args[0].id)
    assert case["state"] == "closed" and case["department"] is None
    assert [h["action"] for h in case["history"]] == ["create", "answer"]
    assert case["history"][-1]["note"].startswith("已告知需身份证")
    # Nothing to dispatch: the form is ready for the next call and says what happened.
    qtbot.waitUntil(lambda: "直办" in pane.banner.text(), timeout=WAIT_MS)
    assert case["ref"] in pane.banner.text()
    assert not form.direct.check.isChecked() and form.channel_fields.value() == "hotline_12345"
    assert "办结" not in form.create_button.text()


def test_an_empty_answer_is_refused_under_its_field(server: Any, open_window: Any, qtbot: Any):
    _window, pane = intake(open_window, qtbot, server)
    form = pane.form
    form.category.setText("政策咨询")
    form.direct.check.setChecked(True)
    form.description.setPlainText("咨询社保转移")
    pane.submit()
    qtbot.waitUntil(lambda: "answered" in form.errors(), timeout=WAIT_MS)
    assert "答复" in form.errors()["answered"]
    assert form.direct.check.isChecked()  # the form is kept


def test_a_city_assignment_keeps_the_city_number_and_deadline(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    _window, pane = intake(open_window, qtbot, server)
    form = pane.form
    fields = form.channel_fields
    fields.clock = lambda: datetime.now(CENTER) + timedelta(days=1)  # "now", injected
    fields.set_channel("city")
    assert fields.external_ref.isVisible() and fields.external_due.isVisible()
    assert not fields.camera.isVisible()
    due = fields.external_due.dateTime().toPython()
    assert (due.hour, due.minute) == (17, 30)  # three days on, end of the working day
    number = f"NT{uuid.uuid4().hex[:8]}"
    fields.external_ref.setText(number)
    form.category.setText("噪声扰民")
    form.address.setText("虹桥街道新中社区5幢")
    form.description.setPlainText(unique("市12345转办：夜间施工"))
    with qtbot.waitSignal(pane.case_created, timeout=WAIT_MS) as created:
        pane.submit()
    case = server_case(Api(server), created.args[0].id)
    assert case["channel"] == "city" and case["external_ref"] == number
    assert datetime.fromisoformat(case["external_due_at"]).replace(tzinfo=None) == due


def test_a_camera_sighting_keeps_its_camera_and_the_wall_frame(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    window, pane = intake(open_window, qtbot, server)
    form = pane.form
    fields = form.channel_fields
    fields.set_channel("video")
    qtbot.waitUntil(lambda: fields.camera.count() > 1, timeout=WAIT_MS)
    code = str(fields.camera.itemData(1))
    name = fields.camera.itemText(1).rsplit(" (", 1)[0]
    frame = QImage(320, 180, QImage.Format.Format_RGB32)
    frame.fill(QColor("#336699"))
    camera = Camera(code=code, name=name, stream_url="/media/live/" + code)
    fields.frame_source = lambda: (camera, frame)  # the wall's chosen slot, playing
    form.update_rows()
    assert fields.wall_button.isEnabled()
    fields.wall_button.click()
    assert fields.camera_code() == code and fields.evidence is not None
    assert fields.evidence.caption.startswith(name)
    form.category.setText("占道经营")
    form.address.setText("学田街道青年中路88号")
    form.description.setPlainText(unique("视频巡查发现流动摊贩占道"))
    with qtbot.waitSignal(pane.work.evidence_attached, timeout=WAIT_MS) as attached:
        pane.submit()
    case_id = attached.args[0].id
    case = server_case(Api(server), case_id)
    assert case["channel"] == "video" and case["camera_code"] == code
    [photo] = case["attachments"]
    assert photo["content_type"] == "image/jpeg" and photo["caption"].startswith(name)
    assert "画面" in pane.banner.text()


def test_similar_cases_preselect_only_what_the_server_suggests(qtbot: Any, zh_cn: Any) -> None:
    similar = SimilarCases()
    qtbot.addWidget(similar)

    def item(case_id: int, category: str, score: float, suggested: bool) -> dict[str, Any]:
        case = Case(
            id=case_id, ref=f"CC{case_id}", state="registered", version=1, category=category
        )
        same = category == "noise"
        return {"case": case, "score": score, "same_category": same, "suggested": suggested}

    # Another category scoring high comes after the same category's; only the suggested
    # one is preselected.
    similar.set_items(
        [item(1, "garbage", 0.3, False), item(2, "noise", 0.5, False), item(3, "noise", 0.8, True)],
        "noise",
    )
    assert [i["case"].id for i in similar.items()] == [3, 2, 1]
    assert similar.tree.currentItem() is similar.tree.topLevelItem(0)
    assert similar.tree.topLevelItem(0).text(0).startswith("★")
    assert similar.attach_button.isEnabled()
    # Nothing suggested: nothing chosen for the officer.
    similar.set_items([item(4, "noise", 0.45, False), item(5, "garbage", 0.3, False)], "noise")
    assert [i["case"].id for i in similar.items()] == [4, 5]
    assert similar.tree.currentItem() is None and not similar.attach_button.isEnabled()


def test_the_server_suggests_a_close_case_of_the_same_category(
    server: Any, open_window: Any, qtbot: Any
) -> None:
    api = Api(server)
    near = {"lat": 32.0611, "lon": 120.8301, "address": "唐闸镇北市街1号"}
    existing = api.create(category="noise", title=unique("北市街夜间噪声"), **near)
    other = api.create(category="garbage", title=unique("北市街垃圾"), **near)
    _window, pane = intake(open_window, qtbot, server)
    form = pane.form
    form.category.setText("噪声扰民")
    form.address.setText("唐闸镇北市街1号")
    form.coordinates.setText("32.0611, 120.8301")
    ids = lambda: [i["case"].id for i in pane.similar.items()]  # noqa: E731
    qtbot.waitUntil(lambda: existing["id"] in ids() and other["id"] in ids(), timeout=WAIT_MS)
    assert ids().index(existing["id"]) < ids().index(other["id"])
    current = pane.similar.tree.currentItem()
    assert current is not None
    chosen = pane.similar.items()[pane.similar.tree.indexOfTopLevelItem(current)]
    assert chosen["suggested"] and chosen["case"].category == "noise"
