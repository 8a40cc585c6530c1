"""A full disk or a read-only database: 503 storage_unavailable with Retry-After, one log line
per failure, `/healthz` degraded until a write works again, the connection kept; a start on
such storage ends with one sentence (issue #18)."""

from __future__ import annotations

import errno
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from server.services import attachments
from server.state import AppState
from tests.support.factories import case_body, new_key

Headers = Callable[[str], dict[str, str]]
ROOT = Path(__file__).resolve().parents[2]


class Disk:
    """Makes every new database connection unable to grow the file by a single page."""

    def __init__(self, state: AppState) -> None:
        self.engine = state.db.engine
        self.full = False

    def _no_growth(self, connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    def fill(self) -> None:
        event.listen(self.engine, "connect", self._no_growth)
        self.engine.dispose()
        self.full = True

    def free(self) -> None:
        if self.full:
            event.remove(self.engine, "connect", self._no_growth)
            self.engine.dispose()
            self.full = False


@pytest.fixture
def disk(state: AppState) -> Iterator[Disk]:
    disk = Disk(state)
    yield disk
    disk.free()


def create(client: TestClient, headers: Headers) -> Any:
    return client.post(
        "/api/v1/cases",
        json=case_body(description="积水" * 2000),
        headers={**headers("duty_officer"), "Idempotency-Key": new_key()},
    )


def test_a_full_database_is_a_503_with_one_log_line_and_degraded_health(
    client: TestClient, headers: Headers, disk: Disk, caplog: pytest.LogCaptureFixture
) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    disk.fill()
    with caplog.at_level(logging.ERROR):
        caplog.clear()
        refusals = 0
        for _ in range(60):
            answer = create(client, headers)
            if answer.status_code == 503:
                refusals += 1
                if refusals == 3:
                    break
            else:
                assert answer.status_code == 201, answer.text
        assert refusals == 3, "the database never filled up"
        problem = answer.json()
        assert (problem["code"], problem["storage"]) == ("storage_unavailable", "database")
        assert "disk is full" in problem["detail"]
        assert answer.headers["Retry-After"] == "30"
        storage_lines = [r for r in caplog.records if "storage failure" in r.getMessage()]
        assert len(storage_lines) == 3
        assert all(r.exc_info is None for r in storage_lines)
        assert all("积水" not in r.getMessage() for r in storage_lines)
    health = client.get("/healthz").json()
    assert health["status"] == "degraded"
    assert health["storage"] == "database" and "disk is full" in health["reason"]


def test_health_is_ok_again_after_a_write_works(
    client: TestClient, headers: Headers, disk: Disk
) -> None:
    disk.fill()
    for _ in range(60):
        if create(client, headers).status_code == 503:
            break
    assert client.get("/healthz").json()["status"] == "degraded"
    disk.free()
    assert create(client, headers).status_code == 201
    assert client.get("/healthz").json()["status"] == "ok"


def test_a_photo_on_a_full_disk_is_a_503_naming_the_files(
    client: TestClient,
    headers: Headers,
    new_case: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from io import BytesIO

    from PIL import Image

    case = new_case()
    photo = BytesIO()
    Image.new("RGB", (64, 48), (10, 20, 30)).save(photo, "JPEG")
    real_open = os.open

    def full(path: Any, flags: int, *args: Any) -> int:
        if str(path).endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(attachments.os, "open", full)
    answer = client.post(
        f"/api/v1/cases/{case['id']}/attachments",
        files={"photo": ("a.jpg", photo.getvalue(), "image/jpeg")},
        headers={**headers("duty_officer"), "Idempotency-Key": new_key()},
    )
    assert answer.status_code == 503, answer.text
    assert (answer.json()["code"], answer.json()["storage"]) == ("storage_unavailable", "files")
    assert client.get("/healthz").json()["storage"] == "files"


def test_a_start_on_a_read_only_database_says_so_in_one_sentence(tmp_path: Path) -> None:
    database = tmp_path / "cc.db"
    made = subprocess.run(
        [sys.executable, "-c", "from server.app import create_app; from server.config import "
         f"Settings; create_app(Settings(database_url='sqlite:///{database}'), background=False)"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    started = subprocess.run(
        [sys.executable, "-m", "server.cli", "--port", "0", "--database",
         f"sqlite:///file:{database}?mode=ro&uri=true"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert started.returncode == 1
    assert "Traceback" not in started.stderr
    last = started.stderr.strip().splitlines()[-1]
    assert last.startswith("cc-server: cannot start: the database is read-only")
