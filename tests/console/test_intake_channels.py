"""Every intake channel end to end: a report goes in through its own route, and the case shows
up in a live console queue with its channel, street and SLA clock, and its photos as thumbnails
in the case detail. No mocks: a real cc-server, real uploads, the real window."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from io import BytesIO
from typing import Any

import pytest
import requests
from PIL import Image

from console.models import labels
from console.models.columns import COLUMN_INDEX
from server.services.workcalendar import SHANGHAI
from tests.console.conftest import WAIT_MS
from tests.support.factories import case_body, new_key
from tests.support.live_server import LiveServer

OPEN311_KEY = "demo-open311-key"


def jpeg(color: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=80)
    return out.getvalue()


def _key() -> dict[str, str]:
    return {"Idempotency-Key": new_key()}


def grid_report(server: LiveServer) -> tuple[int, str, int]:
    """A grid member's report with two photos, from the grid center's app account."""
    fields = case_body(channel="grid", category="garbage", title="新中社区门口垃圾堆放")
    parts = [(name, (None, value)) for name, value in fields.items()]
    photos = [("photos", (f"现场{n}.jpg", jpeg((180, 40 * n, 30)), "image/jpeg")) for n in (1, 2)]
    response = requests.post(
        f"{server.url}/api/v1/field-reports",
        files=[*parts, *photos],
        headers={**server.headers("dept_urban"), **_key()},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["id"], "hongqiao", 2


def river_patrol(server: LiveServer) -> tuple[int, str, int]:
    """A river chief's patrol with one problem and its photo: the problem becomes the case."""
    ended = datetime.now(SHANGHAI) - timedelta(minutes=1)
    started = ended - timedelta(minutes=40)
    track = [
        [round(32.07 + 0.01 * i, 5), 120.82, (started + timedelta(minutes=10 * i)).isoformat()]
        for i in range(5)
    ]
    record = {
        "patroller": "张国强",
        "river": "金通河",
        "segment": "jintong-tangzha",
        "started_at": started.isoformat(),
        "ended_at": ended.isoformat(),
        "track": track,
        "debris_tons": 0.5,
        "problems": [
            {
                "category": "pollution",
                "description": "排污口有黑水流入",
                "lat": 32.079,
                "lon": 120.823,
                "photo": 0,
            }
        ],
    }
    response = requests.post(
        f"{server.url}/api/v1/patrols",
        files=[
            ("patrol", (None, json.dumps(record))),
            ("photos", ("排污口.jpg", jpeg((20, 20, 20)), "image/jpeg")),
        ],
        headers={**server.headers("dept_water"), **_key()},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    [problem] = response.json()["problem_cases"]
    return problem["case_id"], "tangzha", 1


def open311_request(server: LiveServer) -> tuple[int, str, int]:
    """A citizen's request from an Open311 client (GeoReport v2 form POST with the api_key)."""
    response = requests.post(
        f"{server.url}/open311/v2/requests.json",
        data={
            "api_key": OPEN311_KEY,
            "service_code": "street_light",
            "lat": "31.998",
            "long": "120.862",
            "address_string": "学田街道青年中路88号",
            "description": "路灯整夜不亮，行人看不清路面",
        },
        timeout=30,
    )
    assert response.status_code == 201, response.text
    request_id = response.json()[0]["service_request_id"]
    found = requests.get(
        f"{server.url}/api/v1/cases",
        params={"channel": "open311", "q": "路灯整夜不亮", "limit": 50},
        headers=server.headers("duty_officer"),
        timeout=30,
    ).json()["items"]
    [case] = [c for c in found if c["ref"] == request_id or str(c["id"]) == request_id]
    return case["id"], "xuetian", 0


def pushed_case(channel: str, street: str) -> Callable[[LiveServer], tuple[int, str, int]]:
    """A case pushed over the case API: a 12345 call, the city center, a camera alert."""

    def push(server: LiveServer) -> tuple[int, str, int]:
        body = case_body(
            channel=channel,
            title=f"{labels.channel_label(channel)}转来：夜间施工噪声",
            address="文峰街道青年东路",
            street=street,
        )
        response = requests.post(
            f"{server.url}/api/v1/cases",
            json=body,
            headers={**server.headers("duty_officer"), **_key()},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        return response.json()["id"], street, 0

    return push


CHANNELS: dict[str, Callable[[LiveServer], tuple[int, str, int]]] = {
    "grid": grid_report,
    "river_patrol": river_patrol,
    "open311": open311_request,
    "hotline_12345": pushed_case("hotline_12345", "wenfeng"),
    "city": pushed_case("city", "wenfeng"),
    "video": pushed_case("video", "wenfeng"),
}


def server_case(server: LiveServer, case_id: int) -> dict[str, Any]:
    response = requests.get(
        f"{server.url}/api/v1/cases/{case_id}", headers=server.headers("duty_officer"), timeout=30
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("channel", list(CHANNELS))
def test_a_report_reaches_the_queue_with_its_channel_street_clock_and_photos(
    server: LiveServer, open_window: Any, qtbot: Any, channel: str
) -> None:
    window = open_window(server)
    model = window.ctx.model
    case_id, street, photos = CHANNELS[channel](server)

    qtbot.waitUntil(lambda: model.row_of(case_id) >= 0, timeout=WAIT_MS)
    expected = server_case(server, case_id)
    row = model.row_of(case_id)
    cell = lambda name: model.index(row, COLUMN_INDEX[name]).data()  # noqa: E731
    assert expected["channel"] == channel and expected["street"] == street
    assert cell("channel") == labels.channel_label(channel)
    assert cell("street") == expected["street_name"]
    # The SLA clock runs from intake: the row counts down to the server's due time.
    assert expected["due_at"] and expected["color"] in ("green", "yellow", "red")
    assert model.case(case_id).due_at == expected["due_at"]
    assert cell("sla") not in ("", "—")

    window.ctx.selection.set(case_id)
    strip = window.panes["detail"].attachments
    qtbot.waitUntil(lambda: len(strip.attachment_ids()) == photos, timeout=WAIT_MS)
    assert strip.attachment_ids() == [a["id"] for a in expected["attachments"]]
    qtbot.waitUntil(
        lambda: all(strip.has_thumbnail(i) for i in strip.attachment_ids()), timeout=WAIT_MS
    )
