"""Photos and files from disk on a case, by duty officers and departments (issue #13).

POST /api/v1/cases/{id}/attachments takes what an officer picks from disk with the checks of
field photos: by content, never by name. A department attaches to its own cases only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from tests.server.conftest import new_key
from tests.server.test_field_reports import TINY_JPEG, png_bytes, snapshot
from tests.support.factories import demo_settings

Headers = Callable[[str], dict[str, str]]
Json = dict[str, Any]
PROBLEM = "application/problem+json"
# The first bytes of a Linux program, and of a Windows one, under a photo's name.
ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + bytes(200)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings with the files in tmp_path/data."""
    return demo_settings(tmp_path, demo_patrols=0)


def attach(client: TestClient, who: dict[str, str], case_id: int, name: str, data: bytes):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/cases/{case_id}/attachments",
        data={"caption": "现场照片"},
        files={"photo": (name, data, "image/jpeg")},
        headers={**who, "Idempotency-Key": new_key()},
    )


@pytest.fixture
def dispatched(new_case: Callable[..., Json], act: Callable[..., Any]) -> Json:
    """A noise case dispatched to the ecology bureau."""
    case = act("duty_officer", new_case(), "register").json()
    return act("duty_officer", case, "dispatch", department="ecology").json()


@pytest.mark.parametrize("user", ["duty_officer", "supervisor", "dept_ecology"])
def test_officers_and_the_department_attach_from_disk(
    client: TestClient, headers: Headers, dispatched: Json, user: str
) -> None:
    who = headers(user)
    for name, data, content_type in (
        ("IMG_0001.JPG", TINY_JPEG, "image/jpeg"),
        ("截图.png", png_bytes(), "image/png"),
    ):
        response = attach(client, who, dispatched["id"], name, data)
        assert response.status_code == 201, response.text
        added = response.json()["attachments"][0]
        assert (added["filename"], added["content_type"]) == (name, content_type)
        assert client.get(f"/api/v1/attachments/{added['id']}", headers=who).content == data
    detail = client.get(f"/api/v1/cases/{dispatched['id']}", headers=who).json()
    assert [h["action"] for h in detail["history"]][-2:] == ["attach", "attach"]


def test_a_department_attaches_to_its_own_cases_only(
    client: TestClient, headers: Headers, dispatched: Json, new_case: Callable[..., Json]
) -> None:
    other = attach(client, headers("dept_urban"), dispatched["id"], "a.jpg", TINY_JPEG)
    assert other.status_code == 404, "another department does not even see the case"
    undispatched = new_case()
    mine = attach(client, headers("dept_ecology"), undispatched["id"], "a.jpg", TINY_JPEG)
    assert mine.status_code == 404
    admin = attach(client, headers("admin"), dispatched["id"], "a.jpg", TINY_JPEG)
    assert admin.status_code == 403


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("photo.jpg", ELF, "Linux program"),
        ("photo.jpg", EXE, "Windows program"),
        ("scan.png", PDF, "PDF"),
        ("photo.jpg", b"just text, not a picture", "not a JPEG or PNG"),
    ],
    ids=["elf", "exe", "pdf", "text"],
)
@pytest.mark.parametrize("user", ["duty_officer", "dept_ecology"])
def test_what_is_not_a_photo_is_refused_whatever_its_name(
    client: TestClient,
    headers: Headers,
    dispatched: Json,
    settings: Settings,
    user: str,
    name: str,
    data: bytes,
    says: str,
) -> None:
    before = snapshot(Path(str(settings.data_dir)))
    response = attach(client, headers(user), dispatched["id"], name, data)
    assert response.status_code == 415, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["type"].endswith("/bad-upload") and says in body["detail"]
    assert snapshot(Path(str(settings.data_dir))) == before, "nothing is stored"
    detail = client.get(f"/api/v1/cases/{dispatched['id']}", headers=headers(user)).json()
    assert detail["attachments"] == [] and detail["version"] == dispatched["version"]
