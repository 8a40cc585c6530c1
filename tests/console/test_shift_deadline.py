"""A case running out of time while the console shows it alerts exactly once: whether the
console's clock or the server's event says "red" first, and not again after a reconnect or a
reload. The server's accept limit for noise is one minute here, so the server turns the case
red by itself a minute after it is created; the console's clock is moved instead of waited for.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from console.models.alert_book import Alert
from tests.console.conftest import WAIT_MS, Api
from tests.support.live_server import LiveServer

SERVER_RED_MS = 150_000  # the server's red (one minute after creation) and its feed event


@pytest.fixture(scope="module")
def fast_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A demo server whose noise cases must be accepted within one (natural) minute."""
    path = tmp_path_factory.mktemp("fast")
    live = LiveServer(
        f"sqlite:///{path / 'cc.db'}", demo=True, rate=0, log_path=path / "server.log"
    )
    live.start()
    admin = live.headers("admin")
    body = requests.get(f"{live.url}/api/v1/sla-rules", headers=admin, timeout=30).json()
    rules = [
        r
        for r in body["rules"]
        if (r["category"], r["urgency"], r["step"]) != ("noise", "normal", "accept")
    ]
    rules.append(
        {
            "category": "noise",
            "category_kind": None,
            "urgency": "normal",
            "step": "accept",
            "minutes": 1,
            "clock": "natural",
        }
    )
    published = requests.put(
        f"{live.url}/api/v1/sla-rules",
        json={"version": body["version"], "warn_ratio": body["warn_ratio"], "rules": rules},
        headers=admin,
        timeout=30,
    )
    assert published.status_code == 200, published.text
    yield live
    live.stop()


class Raised:
    """The alerts the window raised, by case."""

    def __init__(self, window: Any) -> None:
        self.alerts: list[Alert] = []
        window.ctx.alerts.raised.connect(self.alerts.append)

    def of(self, case_id: int) -> list[Alert]:
        return [a for a in self.alerts if a.case_id == case_id]


def offset_clock(window: Any, seconds: float) -> None:
    """The console's clock runs `seconds` ahead of (or behind) the machine's."""
    window.ctx.model.set_clock(lambda: time.time() + seconds)


def shown(window: Any, case_id: int, qtbot: Any) -> None:
    model = window.ctx.model
    qtbot.waitUntil(lambda: model.row_of(case_id) >= 0, timeout=WAIT_MS)


def test_a_deadline_crossed_while_shown_alerts_once_whichever_clock_says_it_first(
    fast_server: LiveServer, open_window: Any, qtbot: Any
) -> None:
    window = open_window(fast_server)
    raised = Raised(window)
    model, book, api = window.ctx.model, window.ctx.alerts, Api(fast_server)
    # First case: the console's clock passes its deadline before the server does.
    first = api.create(title="测试：控制台时钟先到期")
    shown(window, first["id"], qtbot)
    assert model.color(first["id"]) == "green" and not raised.of(first["id"])
    offset_clock(window, 120)  # two minutes on: past the deadline by the console's clock
    qtbot.waitUntil(lambda: len(raised.of(first["id"])) == 1, timeout=WAIT_MS)
    alert = raised.of(first["id"])[0]
    assert alert.kind == "overdue" and book.alert_for(first["id"]) is not None
    # Unacknowledged alerts come first (other demo cases may have turned red with it).
    alerted = [i for i in model.alerted() if model.row_of(i) >= 0]
    assert model.row_of(first["id"]) < len(alerted)
    message = window.alert_center.message(alert)
    assert message.startswith("新超时案件") and first["ref"] in message
    assert str(book.count()) in window.status.alerts.text()
    # Second case: the console's clock now lags ten minutes, so the server says red first.
    offset_clock(window, -600)
    second = api.create(title="测试：服务器先判定超时")
    shown(window, second["id"], qtbot)
    # The server's red of the first case comes (its ladder opens the 督办): no second alert.
    version = model.case(first["id"]).version
    qtbot.waitUntil(lambda: model.case(first["id"]).color == "red", timeout=SERVER_RED_MS)
    assert model.case(first["id"]).version > version
    assert len(raised.of(first["id"])) == 1
    assert book.alert_for(first["id"]).supervised  # type: ignore[union-attr]
    # The second case alerts with the server's event, its console clock still green.
    qtbot.waitUntil(lambda: len(raised.of(second["id"])) == 1, timeout=SERVER_RED_MS)
    assert model.case(second["id"]).color == "red" and model.color(second["id"]) == "red"
    offset_clock(window, 600)  # now the console's clock passes the deadline too
    # A case overdue at once by the console's clock proves a tick has run since.
    probe = api.create(title="测试：时钟已走过")
    qtbot.waitUntil(lambda: len(raised.of(probe["id"])) == 1, timeout=WAIT_MS)
    assert len(raised.of(second["id"])) == 1
    # A reconnect catches up from the feed; a reload reads everything again: still once.
    fast_server.stop()
    qtbot.waitUntil(lambda: window.ctx.live.status in ("offline", "reconnecting"), timeout=WAIT_MS)
    fast_server.start()
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    window.registry["refresh"].trigger()
    qtbot.waitUntil(lambda: window.ctx.live.status == "online", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: model.row_of(first["id"]) >= 0, timeout=WAIT_MS)
    api = Api(fast_server)  # a colleague's change after the reload comes through the feed
    now = requests.get(f"{api.url}/api/v1/cases/{first['id']}", headers=api.headers, timeout=30)
    commented = api.act(now.json(), "comment", note="市民再次来电")
    qtbot.waitUntil(
        lambda: model.case(first["id"]).version == commented["version"], timeout=WAIT_MS
    )
    assert [len(raised.of(c["id"])) for c in (first, second, probe)] == [1, 1, 1]
    assert book.alert_for(first["id"]) is not None  # still waiting to be acknowledged
