"""The 通报 bulletin: the ladder's third rung produces a PDF and a text file kept with the case
(services/bulletin.py, docs/api-supervision.md). The PDF is read back with pdftotext."""

from __future__ import annotations

import logging
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.background import Scheduler
from server.services import bulletin, escalation, pdf_render
from server.services.attachments import PhotoStore
from server.services.workcalendar import SHANGHAI
from server.state import AppState
from tests.server.conftest import new_key
from tests.support.clock import SettableClock
from tests.support.factories import bearer_headers

Json = Any  # a JSON answer, as the client parsed it
# Created Mon 2025-11-10 09:00, dispatched at 09:10 (sign clock: 1 working day, due Tue
# 09:10); 通报 5 working days later, Tue 11-18 09:10.
CREATED = datetime(2025, 11, 10, 9, 0, tzinfo=SHANGHAI)
NOTICE_DAY = datetime(2025, 11, 18, 10, 0, tzinfo=SHANGHAI)


class Room:
    def __init__(self, client: TestClient, state: AppState) -> None:
        self.client, self.state = client, state
        self.clock = SettableClock(CREATED)
        state.clock = self.clock
        self._tokens: dict[tuple[str, object], dict[str, str]] = {}

    def headers(self, user: str) -> dict[str, str]:
        key = (user, self.clock().date())
        if key not in self._tokens:
            self._tokens[key] = bearer_headers(self.client, user)
        return self._tokens[key]

    def act(self, user: str, case: Json, action: str, **fields: Any) -> Json:
        body = {"action": action, "version": case["version"], **fields}
        response = self.client.post(
            f"/api/v1/cases/{case['id']}/actions",
            json=body,
            headers={**self.headers(user), "Idempotency-Key": new_key()},
        )
        assert response.status_code == 200, response.text
        return response.json()

    def late_case(self) -> Json:
        """A case held by 区城市管理局, left to reach 通报."""
        body = {
            "channel": "hotline_12345",
            "category": "street_vending",
            "title": "占道经营堵塞人行道",
            "address": "学田街道濠西路8号",
        }
        response = self.client.post(
            "/api/v1/cases", json=body, headers=self.headers("duty_officer")
        )
        assert response.status_code == 201, response.text
        case = self.act("duty_officer", response.json(), "register")
        self.clock.set(CREATED.replace(minute=10))
        return self.act("duty_officer", case, "dispatch", department="urban")

    def tick(self, now: datetime) -> None:
        self.clock.set(now)
        with self.state.db.write() as session:
            escalation.tick(session, ref=self.state.reference.get(), now=now)

    def generate_due(self) -> int:
        return bulletin.generate_due(
            self.state.db,
            store=PhotoStore.of(self.state.settings),
            ref=self.state.reference.get(),
            sla=self.state.sla,
            now=self.clock(),
        )

    def board(self) -> Json:
        response = self.client.get("/api/v1/supervision", headers=self.headers("supervisor"))
        assert response.status_code == 200, response.text
        return response.json()

    def case(self, case_id: int) -> Json:
        response = self.client.get(f"/api/v1/cases/{case_id}", headers=self.headers("supervisor"))
        assert response.status_code == 200, response.text
        return response.json()

    def download(self, attachment_id: int) -> tuple[str, bytes]:
        response = self.client.get(
            f"/api/v1/attachments/{attachment_id}", headers=self.headers("supervisor")
        )
        assert response.status_code == 200, response.text
        return response.headers["content-type"], response.content


@pytest.fixture
def room(client: TestClient, state: AppState) -> Room:
    return Room(client, state)


def notice_item(board: Json) -> Json:
    found = [item for item in board["items"] if item["kind"] == "notice"]
    assert len(found) == 1, board["items"]
    return found[0]


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def test_the_notice_rung_produces_a_bulletin_kept_with_the_case(room: Room, tmp_path: Path) -> None:
    case = room.late_case()
    room.tick(NOTICE_DAY)
    item = notice_item(room.board())
    assert item["status"] == "open" and item["bulletin"] is None, "not rendered in the tick"

    assert room.generate_due() == 1
    assert room.generate_due() == 0, "made once"
    item = notice_item(room.board())
    files = item["bulletin"]
    assert files["pdf"]["filename"] == f"通报-{case['ref']}.pdf"
    assert files["txt"]["filename"] == f"通报-{case['ref']}.txt"
    assert files["pdf"]["url"] == f"/api/v1/attachments/{files['pdf']['id']}"

    detail = room.case(case["id"])
    listed = {a["id"]: a for a in detail["attachments"]}
    assert set(listed) == {files["pdf"]["id"], files["txt"]["id"]}
    assert listed[files["pdf"]["id"]]["content_type"] == "application/pdf"
    assert detail["history"][-1]["action"] == "attach"
    assert detail["history"][-1]["payload"]["bulletin_for"] == item["id"]

    kind, pdf = room.download(files["pdf"]["id"])
    assert kind == "application/pdf" and pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    assert case["ref"] in text
    assert "区城市管理局" in text
    assert "占道经营" in text and "督办" in text and "通报" in text

    kind, plain = room.download(files["txt"]["id"])
    assert kind.startswith("text/plain")
    words = plain.decode("utf-8")
    assert case["ref"] in words and "区城市管理局" in words
    assert "已超时：" in words and "工作日" in words
    assert "派遣" in words, "the trail"


def test_the_pdf_renders_as_an_a4_page(room: Room, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    room.late_case()
    room.tick(NOTICE_DAY)
    room.generate_due()
    files = notice_item(room.board())["bulletin"]
    _, pdf = room.download(files["pdf"]["id"])
    (tmp_path / "b.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(tmp_path / "b.pdf"),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages, "no page rendered"
    from PIL import Image

    with Image.open(pages[0]) as image:
        width, height = image.size
    assert abs(height / width - 297 / 210) < 0.02, "A4 portrait"


def test_a_failed_bulletin_never_breaks_the_tick_and_is_made_later(
    room: Room, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    case = room.late_case()
    monkeypatch.setenv(pdf_render.FONT_ENV, "/nonexistent/font.ttf")
    room.tick(NOTICE_DAY)
    with caplog.at_level(logging.ERROR):
        assert room.generate_due() == 0
    assert "retried at the next tick" in caplog.text
    assert room.case(case["id"])["attachments"] == []
    store = PhotoStore.of(room.state.settings)
    assert not list(store.dir.glob("*.part")), "no file left behind"

    monkeypatch.delenv(pdf_render.FONT_ENV)
    assert room.generate_due() == 1
    assert len(room.case(case["id"])["attachments"]) == 2


def test_a_bulletin_is_made_on_demand_once(room: Room) -> None:
    case = room.late_case()
    room.tick(NOTICE_DAY)
    board = room.board()
    item = notice_item(board)
    url = f"/api/v1/supervision/{item['id']}/bulletin"
    made = room.client.post(url, headers=room.headers("duty_officer"))
    assert made.status_code == 200, made.text
    again = room.client.post(url, headers=room.headers("supervisor"))
    assert again.json() == made.json()
    assert made.json()["item_id"] == item["id"]
    assert len(room.case(case["id"])["attachments"]) == 2
    assert room.generate_due() == 0

    supervise = next(i for i in board["items"] if i["kind"] == "supervise")
    refused = room.client.post(
        f"/api/v1/supervision/{supervise['id']}/bulletin", headers=room.headers("supervisor")
    )
    assert refused.status_code == 422 and refused.json()["code"] == "not_a_notice"
    missing = room.client.post(
        "/api/v1/supervision/999999/bulletin", headers=room.headers("supervisor")
    )
    assert missing.status_code == 404
    forbidden = room.client.post(url, headers=room.headers("dept_urban"))
    assert forbidden.status_code == 403


def test_the_notice_item_closes_when_the_case_leaves_its_step(room: Room) -> None:
    case = room.late_case()
    room.tick(NOTICE_DAY)
    room.generate_due()
    signed = room.act("dept_urban", room.case(case["id"]), "sign")
    assert signed["state"] == "in_progress"
    assert room.board()["items"] == []
    response = room.client.get(
        "/api/v1/supervision", params={"status": "closed", "kind": "notice"},
        headers=room.headers("supervisor"),
    )  # fmt: skip
    closed = response.json()["items"]
    assert [(i["kind"], i["status"]) for i in closed] == [("notice", "closed")]
    assert closed[0]["bulletin"] is not None, "the bulletin stays with the case"


def test_the_scheduler_makes_the_bulletin_after_its_tick(room: Room) -> None:
    case = room.late_case()
    room.clock.set(NOTICE_DAY)
    Scheduler(room.state).tick()  # the ladder, then the bulletins it left owed
    item = notice_item(room.board())
    assert item["bulletin"] is not None
    names = {a["filename"] for a in room.case(case["id"])["attachments"]}
    assert names == {f"通报-{case['ref']}.pdf", f"通报-{case['ref']}.txt"}
