"""The queue loads from a server that answers the snapshot in objects (one that does not know
the rows form ignores `form=rows`) as from one that answers in rows."""

from __future__ import annotations

from typing import Any

import pytest

from console.api.client import ApiClient
from console.controllers.live import LiveQueue
from console.models.case_table import CaseTableModel
from console.tasks import TaskRunner
from tests.server.test_case_snapshot import CutServer

HEAD = b'{"feed_seq":12,"count":3}\n'
ROWS_HEAD = b'{"feed_seq":12,"count":3,"fields":["id","version","title","state"]}\n'
OBJECTS = (
    b'[{"id":1,"version":1,"title":"a","state":"registered"},'
    b'{"id":2,"version":1,"title":"b","state":"registered"}]\n'
    b'[{"id":3,"version":2,"title":"c","state":"dispatched"}]\n'
)
ROWS = b'[[1,1,"a","registered"],[2,1,"b","registered"]]\n[[3,2,"c","dispatched"]]\n'
END = b'{"end":true,"count":3}\n'


@pytest.mark.parametrize(
    "body", [HEAD + OBJECTS + END, ROWS_HEAD + ROWS + END], ids=["objects", "rows"]
)
def test_the_queue_loads_either_form(qtbot: Any, body: bytes) -> None:
    server = CutServer(body)
    runner = TaskRunner()
    model = CaseTableModel()
    live = LiveQueue(ApiClient(server.url, retries=0), runner, model, feed_wait=0.1)
    loaded: list[int] = []
    live.loaded.connect(loaded.append)
    try:
        live.start()
        qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)
        assert model.total() == 3
        assert all(model.row_of(case_id) >= 0 for case_id in (1, 2, 3))
    finally:
        live.stop()
        server.close()
