"""The patrol view (issue #21) against a real cc-server: a patrol filed by the field appears
in the week's list through the feed, opens with its track, photos and problems, a problem's
case is selected in the queue with a double-click, and the week's 河长行动日 compliance shows
the segments nobody patrolled since Monday in red.

The view's week logic and track scaling are checked on their own first (no server)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from console.models import center_time
from console.panes import registry
from console.panes.registry import PaneSpec, register_pane
from console.patrols import week
from console.patrols.compliance_view import MISSING
from console.patrols.detail import CASE_ID
from console.patrols.pane import PANE_TITLE as PATROL_TITLE
from console.patrols.pane import PATROL_ID, PatrolPane
from console.patrols.track_view import fitted, track_points
from tests.console.conftest import WAIT_MS
from tests.support.factories import new_key
from tests.support.live_server import LiveServer
from widgets import sla_palette
from widgets.tree_rows import child_item, top_item

SHANGHAI = center_time.CENTER
SPEC = PaneSpec(
    "patrols",
    PATROL_TITLE,
    PatrolPane,
    Qt.DockWidgetArea.BottomDockWidgetArea,
    shortcut="Ctrl+Shift+T",
    roles=frozenset({"duty_officer", "supervisor", "admin"}),
    tab_with="dispatch",
    size=420,
)


@pytest.fixture
def patrol_pane_registered() -> Iterator[None]:
    """The patrol view in every window of this test (the integrator's catalog does it)."""
    before = dict(registry._PANES)
    register_pane(SPEC)
    yield
    registry._PANES.clear()
    registry._PANES.update(before)


# -- the week and the track, on their own --------------------------------------------------


def test_the_action_week_starts_on_monday_in_center_time() -> None:
    sunday_night = datetime(2026, 12, 13, 23, 30, tzinfo=SHANGHAI)
    monday_morning = datetime(2026, 12, 14, 0, 10, tzinfo=SHANGHAI)
    assert week.week_start(sunday_night) == datetime(2026, 12, 7, tzinfo=SHANGHAI)
    assert week.week_start(monday_morning) == datetime(2026, 12, 14, tzinfo=SHANGHAI)
    # Monday 00:10 in Nantong is still Sunday in UTC: the center's week counts
    utc = monday_morning.astimezone(UTC)
    assert week.week_start(utc) == datetime(2026, 12, 14, tzinfo=SHANGHAI)
    assert week.week_of(sunday_night) == (
        datetime(2026, 12, 7, tzinfo=SHANGHAI),
        datetime(2026, 12, 14, tzinfo=SHANGHAI),
    )


RIVERS: list[dict[str, Any]] = [
    {
        "code": "jintong",
        "name": "金通河",
        "chief_name": "王河长",
        "segments": [
            {"code": "jt-a", "name": "唐闸段", "chief_name": "张段长", "street_name": "唐闸"},
            {"code": "jt-b", "name": "城东段", "chief_name": "李段长", "street_name": "城东"},
        ],
    },
    {"code": "haohe", "name": "濠河", "chief_name": "陈河长", "segments": []},
    {"code": "jiuwei", "name": "九圩港河", "chief_name": "周河长", "segments": []},
]


def test_compliance_names_the_segments_and_rivers_nobody_patrolled() -> None:
    patrols: list[dict[str, Any]] = [
        {"id": 1, "river": "jintong", "segment": "jt-a", "started_at": "2026-12-07T09:00:00+08:00"},
        {"id": 2, "river": "jintong", "segment": "jt-a", "started_at": "2026-12-08T09:00:00+08:00"},
        {"id": 3, "river": "haohe", "segment": None, "started_at": "2026-12-07T10:00:00+08:00"},
        {"id": 4, "river": "retired", "segment": "x", "started_at": "2026-12-07T10:00:00+08:00"},
    ]
    weeks = week.compliance(RIVERS, patrols)
    jintong, haohe, jiuwei = weeks
    assert [s.code for s in jintong.missing] == ["jt-b"]
    assert jintong.segments[0].last == "2026-12-08T09:00:00+08:00"
    assert jintong.patrolled and haohe.patrolled and not jiuwei.patrolled
    assert week.missing_count(weeks) == (2, 4)  # 城东段 and 九圩港河 (no segments: one)


def test_the_track_is_scaled_to_its_box_keeping_its_shape() -> None:
    # 1 km north, then 0.5 km east: a tall L
    track = [[32.0, 120.8, "t"], [32.009046, 120.8, "t"], [32.009046, 120.80530, "t"], ["x"]]
    points = track_points(track)
    assert len(points) == 3  # the unreadable point is skipped
    box = QRectF(0, 0, 400, 200)
    shown = fitted(points, box)
    xs, ys = [p.x() for p in shown], [p.y() for p in shown]
    assert min(ys) == pytest.approx(0, abs=0.5) and max(ys) == pytest.approx(200, abs=0.5)
    assert max(xs) - min(xs) == pytest.approx(100, rel=0.03)  # 0.5 km: half the height
    assert shown[0].y() > shown[1].y()  # north is up
    assert fitted(points[:1], box)[0] == box.center()  # one point: in the middle


# -- against the server --------------------------------------------------------------------


def jpeg(color: str) -> bytes:
    """A small real JPEG (the server checks photos by their content)."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]
    return bytes(data.data())


def file_patrol(server: LiveServer, *, patroller: str = "测试河长") -> dict[str, Any]:
    """A patrol of 金通河唐闸段 that ended a minute ago: two problems, one with a photo."""
    ended = datetime.now(SHANGHAI) - timedelta(minutes=1)
    started = ended - timedelta(minutes=40)
    track = [
        [round(32.07 + 0.002 * i, 5), round(120.82 + 0.001 * (i % 2), 5),
         (started + timedelta(minutes=10 * i)).isoformat()]
        for i in range(5)
    ]  # fmt: skip
    body = {
        "patroller": patroller,
        "river": "金通河",
        "segment": "jintong-tangzha",
        "started_at": started.isoformat(),
        "ended_at": ended.isoformat(),
        "track": track,
        "problems": [
            {"category": "pollution", "description": "排污口有黑水流入", "lat": 32.072,
             "lon": 120.821, "photo": 0},
            {"category": "weeds", "description": "水葫芦蔓延", "lat": 32.074, "lon": 120.82},
        ],
    }  # fmt: skip
    response = requests.post(
        f"{server.url}/api/v1/patrols",
        files=[
            ("patrol", (None, json.dumps(body))),
            ("photos", ("p.jpg", jpeg("#336699"), "image/jpeg")),
        ],
        headers={**server.headers("duty_officer"), "Idempotency-Key": new_key("p")},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    answer: dict[str, Any] = response.json()
    return answer


def pane_of(window: Any, qtbot: Any) -> PatrolPane:
    found = window.panes["patrols"]
    assert isinstance(found, PatrolPane)
    qtbot.waitUntil(lambda: found.loads >= 1, timeout=WAIT_MS)
    return found


def row_of(pane: PatrolPane, patrol_id: int) -> Any:
    for index in range(pane.list.topLevelItemCount()):
        item = top_item(pane.list, index)
        if item.data(0, PATROL_ID) == patrol_id:
            return item
    return None


def open_new_patrol(
    window: Any, qtbot: Any, server: LiveServer
) -> tuple[PatrolPane, dict[str, Any]]:
    """The patrol view shown and a patrol filed: once the feed's patrol.created has reloaded
    the week shown and listed it, it is opened (its detail shown)."""
    pane = pane_of(window, qtbot)
    window.pane_docks.show_pane("patrols")
    loads = pane.loads
    filed = file_patrol(server)
    qtbot.waitUntil(
        lambda: pane.loads > loads and row_of(pane, filed["id"]) is not None, timeout=WAIT_MS
    )
    with qtbot.waitSignal(pane.patrol_shown, timeout=WAIT_MS) as shown:
        pane.list.setCurrentItem(row_of(pane, filed["id"]))
    assert shown.args == [filed["id"]]
    return pane, filed


def test_a_new_patrol_arrives_and_opens_with_track_photos_and_problems(
    qtbot: Any, server: LiveServer, open_window: Any, patrol_pane_registered: None
) -> None:
    window = open_window(server, "supervisor")
    pane, filed = open_new_patrol(window, qtbot, server)
    assert [p["id"] for p in pane.patrols] == sorted((p["id"] for p in pane.patrols), reverse=True)
    detail = pane.detail
    assert detail.track.point_count() == 5
    assert "测试河长" in detail.heading.text()
    assert detail.problems.topLevelItemCount() == 2
    cases = [int(top_item(detail.problems, i).data(0, CASE_ID)) for i in range(2)]
    assert cases == [p["case_id"] for p in filed["problem_cases"]]
    assert detail.photos.count() == 1
    qtbot.waitUntil(lambda: detail.thumbnails_shown() == 1, timeout=WAIT_MS)

    # double-click on a problem: its case becomes the queue's current case
    qtbot.waitUntil(lambda: window.ctx.model.row_of(cases[1]) >= 0, timeout=WAIT_MS)
    first = top_item(detail.problems, 1)
    detail.problems.itemDoubleClicked.emit(first, 0)
    assert window.queue.current_case_id() == cases[1]
    assert window.ctx.selection.case_id == cases[1]

    # the filters: another river hides it, its patroller keeps it alone
    pane.river.setCurrentIndex(pane.river.findData("haohe"))
    assert row_of(pane, filed["id"]) is None
    assert all(p["river"] == "haohe" for p in pane.shown_patrols())
    pane.river.setCurrentIndex(0)
    pane.chief.setCurrentIndex(pane.chief.findData("测试河长"))
    assert [p["id"] for p in pane.shown_patrols()] == [filed["id"]]


def test_show_on_map_draws_the_track_and_a_hidden_map_is_made_only_then(
    qtbot: Any, server: LiveServer, open_window: Any, patrol_pane_registered: None
) -> None:
    window = open_window(server, "duty_officer")
    pane, _filed = open_new_patrol(window, qtbot, server)
    detail = pane.detail
    the_map = window.panes["map"]
    # The button is offered because the window has a map; asking made no map widget.
    assert not detail.map_button.isHidden() and detail.map_button.isEnabled()
    assert not the_map.isVisible() and not the_map.built
    qtbot.mouseClick(detail.map_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(the_map.isVisible, timeout=WAIT_MS)
    assert the_map.built and len(the_map.canvas.tracks) == 1
    box = the_map.canvas.tracks[0].boundingRect()
    x0, y0, x1, y1 = the_map.canvas.view.world_rect()
    assert x0 <= box.left() and box.right() <= x1 and y0 <= box.top() and box.bottom() <= y1


def test_the_weeks_compliance_shows_who_has_not_patrolled_since_monday(
    qtbot: Any, server: LiveServer, open_window: Any, patrol_pane_registered: None
) -> None:
    filed = file_patrol(server, patroller="合规河长")
    window = open_window(server, "duty_officer")
    pane = pane_of(window, qtbot)
    pane.load()
    qtbot.waitUntil(lambda: any(p["id"] == filed["id"] for p in pane.patrols), timeout=WAIT_MS)
    rivers = requests.get(
        f"{server.url}/api/v1/rivers", headers=server.headers("supervisor"), timeout=30
    ).json()["items"]
    since, until = week.week_of(datetime.now(SHANGHAI))
    week_patrols = requests.get(
        f"{server.url}/api/v1/patrols",
        params={"since": since.isoformat(), "until": until.isoformat(), "limit": "500"},
        headers=server.headers("supervisor"),
        timeout=30,
    ).json()["items"]
    patrolled = {(p["river"], p["segment"]) for p in week_patrols}
    tree = pane.compliance.tree
    assert tree.topLevelItemCount() == len(rivers)
    shown_missing = set()
    for r, river in enumerate(rivers):
        row = top_item(tree, r)
        assert row.text(0) == river["name"]
        for s, segment in enumerate(river["segments"]):
            child = child_item(row, s)
            missing = (river["code"], segment["code"]) not in patrolled
            assert bool(child.data(0, MISSING)) == missing, segment["name"]
            red = child.foreground(0).color().name() == QColor(sla_palette.INK["red"]).name()
            assert missing == red == child.font(0).bold(), segment["name"]
            if missing:
                shown_missing.add(segment["name"])
    tangzha = next(
        child_item(top_item(tree, r), s)
        for r, river in enumerate(rivers)
        for s, segment in enumerate(river["segments"])
        if segment["code"] == "jintong-tangzha"
    )
    assert not tangzha.data(0, MISSING) and int(tangzha.text(3)) >= 1
    assert shown_missing <= set(pane.compliance.missing_names())

    # a week long past, before any patrol: every segment shows red, the summary counts them
    pane.show_week(datetime.now(SHANGHAI) - timedelta(weeks=60))
    qtbot.waitUntil(lambda: not pane.patrols and pane.loads >= 2, timeout=WAIT_MS)
    segments = sum(max(len(r["segments"]), 1) for r in rivers)
    assert pane.compliance.counts == (segments, segments)
    assert str(segments) in pane.compliance.summary.text()
    assert len(pane.compliance.missing_names()) >= segments
    assert pane.list.topLevelItemCount() == 0
    assert pane.next_week.isEnabled() and not pane.detail.patrol
