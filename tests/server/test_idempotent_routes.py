"""One idempotent write for every route that takes an Idempotency-Key (issue #15).

`idempotency.write_once` serves case creation, case actions, attachments, field reports and
patrols alike: a retry replays the first result with its status, the same key with another
request is refused (422), a refused request keeps nothing, and on PostgreSQL a concurrent
retry waits for the first instead of writing too.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from server.config import Settings
from server.db import Database, utcnow
from server.models import IdempotencyRecord
from server.problems import Code, Problem
from server.services import idempotency
from tests.server.conftest import new_key
from tests.server.test_field_reports import TINY_JPEG, png_bytes, snapshot
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]
TIMEOUT = 30.0


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings with the photos in tmp_path/data."""
    return demo_settings(tmp_path, demo_patrols=0)


@pytest.fixture
def data_dir(settings: Settings) -> Path:
    return Path(str(settings.data_dir))


def upload(
    client: TestClient, who: dict[str, str], case_id: int, key: str, data: bytes, caption: str
) -> Any:
    name, content_type = (
        ("photo.jpg", "image/jpeg") if data == TINY_JPEG else ("photo.png", "image/png")
    )
    return client.post(
        f"/api/v1/cases/{case_id}/attachments",
        data={"caption": caption},
        files={"photo": (name, data, content_type)},
        headers={**who, "Idempotency-Key": key},
    )


def detail(client: TestClient, who: dict[str, str], case_id: int) -> Json:
    return client.get(f"/api/v1/cases/{case_id}", headers=who).json()


def test_an_upload_retried_with_its_key_is_replayed(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], data_dir: Path
) -> None:
    officer, key = headers("duty_officer"), new_key()
    case = new_case()
    first = upload(client, officer, case["id"], key, TINY_JPEG, "现场")
    assert first.status_code == 201, first.text
    assert "Idempotent-Replayed" not in first.headers
    files, after_first = snapshot(data_dir), detail(client, officer, case["id"])
    again = upload(client, officer, case["id"], key, TINY_JPEG, "现场")
    assert again.status_code == 201
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.content == first.content
    assert snapshot(data_dir) == files, "a replay keeps none of the files sent again"
    assert detail(client, officer, case["id"]) == after_first, "nor changes the case"


@pytest.mark.parametrize(
    ("data", "caption"), [(None, "别的说明"), (b"png", "现场")], ids=["caption", "photo"]
)
def test_an_upload_key_reused_for_another_upload_is_refused(
    client: TestClient,
    headers: Headers,
    new_case: Callable[..., Json],
    data_dir: Path,
    data: bytes | None,
    caption: str,
) -> None:
    officer, key = headers("duty_officer"), new_key()
    case = new_case()
    assert upload(client, officer, case["id"], key, TINY_JPEG, "现场").status_code == 201
    files, before = snapshot(data_dir), detail(client, officer, case["id"])
    photo = TINY_JPEG if data is None else png_bytes()
    reused = upload(client, officer, case["id"], key, photo, caption)
    assert reused.status_code == 422, reused.text
    assert reused.json()["code"] == "idempotency_key_reused"
    assert snapshot(data_dir) == files and detail(client, officer, case["id"]) == before


def test_an_upload_key_belongs_to_its_user(
    client: TestClient, headers: Headers, new_case: Callable[..., Json]
) -> None:
    key = new_key()
    case = new_case()
    mine = upload(client, headers("duty_officer"), case["id"], key, TINY_JPEG, "一")
    assert mine.status_code == 201
    other = upload(client, headers("supervisor"), case["id"], key, TINY_JPEG, "一")
    assert other.status_code == 201 and "Idempotent-Replayed" not in other.headers
    assert len(detail(client, headers("supervisor"), case["id"])["attachments"]) == 2


def test_a_case_created_again_with_its_key_is_replayed(
    client: TestClient, headers: Headers
) -> None:
    body = {"channel": "hotline_12345", "category": "noise", "title": "夜间施工噪声扰民"}
    who = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    first = client.post("/api/v1/cases", json=body, headers=who)
    again = client.post("/api/v1/cases", json=body, headers=who)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.content == first.content
    other = client.post("/api/v1/cases", json={**body, "title": "别的"}, headers=who)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_a_refused_request_keeps_nothing_under_its_key(
    client: TestClient, headers: Headers, new_case: Callable[..., Json], act: Callable[..., Any]
) -> None:
    case = new_case()
    moved = act("duty_officer", case, "register").json()
    who = {**headers("duty_officer"), "Idempotency-Key": new_key()}
    url = f"/api/v1/cases/{case['id']}/actions"
    stale = client.post(url, json={"action": "comment", "version": 1, "note": "补"}, headers=who)
    assert stale.status_code == 409
    # The key was not used up by the refusal: the corrected request runs under it.
    body = {"action": "comment", "version": moved["version"], "note": "补"}
    done = client.post(url, json=body, headers=who)
    assert done.status_code == 200 and "Idempotent-Replayed" not in done.headers
    again = client.post(url, json=body, headers=who)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.content == done.content


# --- on PostgreSQL, where writers run in parallel -----------------------------------------------


@pytest.fixture
def pg_db(postgres_url: str) -> Iterator[Database]:
    """A PostgreSQL database with the idempotency records' table only."""
    db = Database(postgres_url)
    IdempotencyRecord.__table__.create(db.engine)  # type: ignore[attr-defined]
    try:
        yield db
    finally:
        db.dispose()


def _waits_for_a_lock(db: Database) -> bool:
    with db.read() as session:
        query = (
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return bool(session.execute(text(query)).scalar_one())


def _race(db: Database, first_fails: bool) -> tuple[Any, Any, list[str]]:
    """Two writes with one key: the second starts while the first holds its claim."""
    key, ran = f"race-{uuid.uuid4()}", []
    claimed, release = threading.Event(), threading.Event()
    results: dict[str, Any] = {}

    def first_work(_session: Session, _now: datetime) -> bytes:
        ran.append("first")
        claimed.set()
        assert release.wait(TIMEOUT)
        if first_fails:
            raise Problem(409, "Conflict", "the case moved on", code=Code.STALE_VERSION)
        return b'{"by": "first"}'

    def second_work(_session: Session, _now: datetime) -> bytes:
        ran.append("second")
        return b'{"by": "second"}'

    def write(name: str, work: Callable[[Session, datetime], bytes]) -> None:
        try:
            results[name] = idempotency.write_once(
                db, clock=utcnow, user_id=1, key=key, fingerprint="f", status=201, work=work
            )
        except Problem as problem:
            results[name] = problem

    first = threading.Thread(target=write, args=("first", first_work))
    first.start()
    assert claimed.wait(TIMEOUT)
    second = threading.Thread(target=write, args=("second", second_work))
    second.start()
    deadline = utcnow().timestamp() + TIMEOUT
    while not _waits_for_a_lock(db):  # the second waits at the claim, not at the work
        assert utcnow().timestamp() < deadline and second.is_alive(), results
        time.sleep(0.01)
    assert ran == ["first"]
    release.set()
    first.join(TIMEOUT)
    second.join(TIMEOUT)
    return results["first"], results["second"], ran


@pytest.mark.postgres
def test_a_concurrent_retry_waits_for_the_first_and_replays_it(pg_db: Database) -> None:
    first, second, ran = _race(pg_db, first_fails=False)
    assert ran == ["first"], "the retry never ran its work"
    assert (first.status, first.replayed) == (201, False)
    assert (second.status, second.body, second.replayed) == (201, b'{"by": "first"}', True)
    with pg_db.read() as session:
        assert session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 1


@pytest.mark.postgres
def test_a_concurrent_retry_runs_when_the_first_failed(pg_db: Database) -> None:
    first, second, ran = _race(pg_db, first_fails=True)
    assert isinstance(first, Problem) and first.status == 409
    assert ran == ["first", "second"]
    assert (second.status, second.body, second.replayed) == (201, b'{"by": "second"}', False)
