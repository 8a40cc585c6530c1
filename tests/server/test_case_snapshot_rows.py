"""GET /api/v1/cases/snapshot?form=rows: the same cases as the objects form, each an array of
its values in the order the first line names; and the console's client and store reading it.
"""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from console.api.client import ApiClient
from console.api.errors import ApiError
from console.api.results import CaseBatch
from console.models.case_records import prepare_batch, prepare_rows
from server.services.case_entry import SNAPSHOT_FIELDS
from tests.server import test_case_snapshot as objects_form
from tests.server.test_case_snapshot import SNAPSHOT, CutServer, read_snapshot
from tests.support.live_server import LiveServer

# The objects form's fixtures: the demo backlog server, its users, a live server.
backlog = objects_form.backlog
users = objects_form.users
live = objects_form.live


def read_rows(
    client: TestClient, headers: dict[str, str], params: dict[str, str]
) -> tuple[dict[str, Any], list[list[Any]]]:
    """(first line, every case row) of a rows-form snapshot; checks the framing."""
    response = client.get(SNAPSHOT, params={**params, "form": "rows"}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/x-ndjson"
    lines = [orjson.loads(line) for line in response.content[:-1].split(b"\n")]
    head, arrays, end = lines[0], lines[1:-1], lines[-1]
    assert set(head) == {"feed_seq", "count", "fields"}
    rows = [row for array in arrays for row in array]
    assert end == {"end": True, "count": len(rows)} and head["count"] == len(rows)
    assert all(isinstance(a, list) and a for a in arrays)
    return head, rows


@pytest.mark.parametrize("user", ["duty_officer", "dept_urban", "trainer"])
@pytest.mark.parametrize(
    "params",
    [{}, {"open": "true"}, {"closed_since": "2000-01-01T00:00:00+08:00", "street": "hongqiao"}],
    ids=["all", "open", "closed-since-street"],
)
def test_rows_are_the_objects_values_in_the_fields_order(
    backlog: TestClient, users: dict[str, dict[str, str]], user: str, params: dict[str, str]
) -> None:
    head, rows = read_rows(backlog, users[user], params)
    objects_head, arrays, _ = read_snapshot(backlog, users[user], params)
    objects = [item for array in arrays for item in array]
    assert head["fields"] == [*SNAPSHOT_FIELDS, "allowed_actions"]
    assert head["feed_seq"] == objects_head["feed_seq"]
    assert [dict(zip(head["fields"], row, strict=True)) for row in rows] == objects
    assert all(list(item) == head["fields"] for item in objects)  # same names, same order


def test_rows_take_about_half_the_bytes(
    backlog: TestClient, users: dict[str, dict[str, str]]
) -> None:
    officer = users["duty_officer"]
    rows = backlog.get(SNAPSHOT, params={"form": "rows"}, headers=officer).content
    objects = backlog.get(SNAPSHOT, headers=officer).content
    assert len(rows) < 0.7 * len(objects)


def test_an_unknown_form_is_refused_before_the_answer_starts(
    backlog: TestClient, users: dict[str, dict[str, str]]
) -> None:
    response = backlog.get(SNAPSHOT, params={"form": "csv"}, headers=users["duty_officer"])
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "form" in response.text


def test_the_client_reads_rows_the_store_takes_as_it_takes_objects(live: LiveServer) -> None:
    with ApiClient(live.url) as api:
        api.login("duty_officer", "demo")
        row_batches = list(api.stream_cases(rows=True))
        object_batches = list(api.stream_cases())
    fields = row_batches[0].fields
    assert fields == (*SNAPSHOT_FIELDS, "allowed_actions")
    assert all(b.fields == fields for b in row_batches)
    assert len(row_batches[0].items) == 200  # a first screenful at once, as with objects
    from_rows = [prepare_rows(b.fields, b.items) for b in row_batches]
    from_objects = [prepare_batch(b.items) for b in object_batches]
    # (the server's SLA ladder may recolor a case between the two reads: compared by version)
    by_version = {
        (case_id, values[fields.index("version")]): (values, hay)
        for batch in from_objects
        for case_id, values, hay in zip(batch.ids, batch.values, batch.hays, strict=True)
    }
    compared = 0
    for batch in from_rows:
        for case_id, values, hay in zip(batch.ids, batch.values, batch.hays, strict=True):
            found = by_version.get((case_id, values[fields.index("version")]))
            if found is not None:
                assert (values, hay) == found
                compared += 1
    assert compared > 200


ROWS_HEAD = b'{"feed_seq":12,"count":2,"fields":["id","version","title"]}\n'
ROWS_END = b'{"end":true,"count":2}\n'


@pytest.mark.parametrize(
    "line",
    [
        b'[[1,1,"a"],[2,1]]\n',  # a row shorter than the fields
        b'[[1,1,"a"],{"id":2,"version":1,"title":"b"}]\n',  # an object among rows
        b'[[1,1,"a","extra"]]\n',  # a row longer than the fields
    ],
    ids=["short-row", "object", "long-row"],
)
def test_a_row_that_does_not_fit_the_fields_is_an_error(line: bytes) -> None:
    server = CutServer(ROWS_HEAD + line + ROWS_END)
    try:
        with ApiClient(server.url, retries=0) as api, pytest.raises(ApiError, match="not a row"):
            list(api.stream_cases(rows=True))
    finally:
        server.close()


def test_rows_that_fit_read_as_batches_with_their_fields() -> None:
    server = CutServer(ROWS_HEAD + b'[[1,1,"a"],[2,3,"b"]]\n' + ROWS_END)
    try:
        with ApiClient(server.url) as api:
            batches = list(api.stream_cases(rows=True))
    finally:
        server.close()
    assert batches == [CaseBatch(12, 2, [[1, 1, "a"], [2, 3, "b"]], ("id", "version", "title"))]
    prepared = prepare_rows(batches[0].fields, batches[0].items)
    assert prepared.ids == [1, 2] and prepared.numbers[:, 1].tolist() == [1.0, 3.0]


def test_rows_without_an_id_are_refused_by_the_store() -> None:
    with pytest.raises(ValueError, match="id"):
        prepare_rows(("version", "title"), [[1, "a"]])
