"""Scripted resolutions with a photo: the scenario's picture is kept on the drill case as an
attachment, the way live evidence is (rows, file under a server-made key, thumbnail, audit
record, drill feed event); live readers never see it; a transaction that fails keeps neither
row nor file; a scenario naming a photo that is not there, or on a step that takes none,
gets an error on its line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from server.config import Settings
from server.drills import library
from server.drills.driver import catch_up
from server.drills.scenario import ScenarioInvalid, parse
from server.models import Attachment
from server.services.attachments import PhotoStore
from server.state import AppState
from tests.server.test_drills_isolation import events, head
from tests.server.test_drills_run import REAL_START, Drill
from tests.server.test_drills_scenarios import GOOD
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """The app on SQLite and on PostgreSQL (the photos in tmp_path either way)."""
    if request.param == "sqlite":
        return demo_settings(tmp_path)
    return demo_settings(tmp_path, database_url=str(request.getfixturevalue("postgres_url")))


@pytest.fixture
def drill(client: TestClient, state: AppState) -> Drill:
    return Drill(client, state, ("t1",))


SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "scenarios" / "photos"


def _dispatch_the_debris_call(drill: Drill) -> None:
    drill.start(scenario="haohe_morning", trainees=["t1"], speed=5)
    drill.at(3)
    drill.act("t1", "call-debris", "register")
    drill.act("t1", "call-debris", "dispatch", department="water")
    # water signs 10 drill minutes after the dispatch (13) and resolves 40 after that (53)


def test_the_scripted_resolution_brings_its_photo(
    drill: Drill, state: AppState, headers: Headers
) -> None:
    mark = head(state)
    _dispatch_the_debris_call(drill)
    drill.at(52)
    assert drill.case_of("call-debris")["attachments"] == [], "no photo before the resolve"
    drill.at(54)
    case = drill.case_of("call-debris")
    assert case["state"] == "resolved"
    [photo] = case["attachments"]
    assert photo["filename"] == "haohe_river_cleared.jpg"
    assert photo["content_type"] == "image/jpeg"
    assert photo["caption"] == "打捞后河面及岸边集中的水草垃圾"
    moves = [(h["action"], h["actor_role"], h["to_state"]) for h in case["history"]]
    assert moves[-2:] == [
        ("resolve", "department", "resolved"),
        ("attach", "department", "resolved"),
    ], "resolved, then the department's photo kept as evidence"
    assert case["history"][-1]["actor"].endswith("(演练脚本)")

    trainer = drill.headers["trainer"]
    got = drill.client.get(f"/api/v1/attachments/{photo['id']}", headers=trainer)
    assert got.status_code == 200 and got.headers["content-type"] == "image/jpeg"
    assert got.content == (SHIPPED / "haohe_river_cleared.jpg").read_bytes()
    thumb = drill.client.get(f"/api/v1/attachments/{photo['id']}/thumbnail", headers=trainer)
    assert thumb.status_code == 200 and len(thumb.content) < len(got.content)
    store = PhotoStore.of(state.settings)
    assert not list(store.dir.glob("*.part")), "every staged file was moved in"

    # Isolation: a duty officer neither fetches the photo nor sees it in the feed.
    officer = headers("duty_officer")
    assert (
        drill.client.get(f"/api/v1/attachments/{photo['id']}", headers=officer).status_code == 404
    )
    live = events(drill.client, officer, mark)
    assert all(e["case_id"] != case["id"] for e in live)
    drilled = events(drill.client, trainer, mark)
    attached = [
        e for e in drilled if e["case_id"] == case["id"] and e["action"]["action"] == "attach"
    ]
    assert len(attached) == 1, "the trainer's feed announces the photo"


def test_the_photo_is_attached_once_however_often_the_run_is_advanced(
    drill: Drill, state: AppState
) -> None:
    _dispatch_the_debris_call(drill)
    for minute in (53.5, 54, 60, 90):
        drill.at(minute)
    assert len(drill.case_of("call-debris")["attachments"]) == 1


def test_a_failed_transaction_keeps_neither_row_nor_file(drill: Drill, state: AppState) -> None:
    _dispatch_the_debris_call(drill)
    drill.at(20)  # signed at 13
    case_id = drill.case_of("call-debris")["id"]
    drill.clock.set(REAL_START + timedelta(minutes=54 / drill.speed))  # the resolve is due
    store = PhotoStore.of(state.settings)
    before = {p.name for p in store.dir.iterdir()} if store.dir.is_dir() else set()
    with pytest.raises(RuntimeError, match="never"), state.db.write() as session:
        assert catch_up(state, session, drill.run["id"]) > 0
        assert list(store.dir.glob("*.part")), "staged while the transaction runs"
        raise RuntimeError("the commit never happens")
    assert {p.name for p in store.dir.iterdir()} == before, "no file without its row"
    with state.db.read() as session:
        count = select(func.count()).select_from(Attachment).where(Attachment.case_id == case_id)
        assert session.scalar(count) == 0
    run = drill.state_now()  # the next pass does it, whole
    assert drill.case_of("call-debris")["state"] == "resolved"
    assert len(drill.case_of("call-debris")["attachments"]) == 1
    assert run["status"] == "running"


def _step(extra: str, do: str = "resolve") -> str:
    return GOOD + (
        "    department_script:\n"
        "      - {after_min: 5, do: sign}\n"
        f"      - {{after_min: 10, do: {do}, note: 已处理, {extra}}}\n"
    )


def test_a_photo_must_be_one_of_the_scenario_photos() -> None:
    names = library.photo_names()
    assert {"haohe_river_cleared.jpg", "outfall_sealed.jpg"} <= names
    assert parse(_step("photo: outfall_sealed.jpg"), photos=names).injects[0].department_script[
        1
    ].photo == ("outfall_sealed.jpg")
    for extra, do, message in (
        ("photo: nowhere.jpg", "resolve", "no photo 'nowhere.jpg'"),
        ("photo: outfall_sealed.jpg", "return", "only a resolve or comment step"),
        ("photo: ../../etc/passwd.jpg", "resolve", "String should match pattern"),
    ):
        with pytest.raises(ScenarioInvalid) as caught:
            parse(_step(extra, do), photos=names)
        [error] = caught.value.errors
        assert (error.line, error.path) == (15, "injects.0.department_script.1.photo"), error
        assert message in error.message
