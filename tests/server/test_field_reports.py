"""Field reports with photos: one case and its photos, all or nothing; bad uploads store nothing.

Also the photo checks themselves, evidence added to a case, and thumbnails with and without
Pillow. Test images are made here: PNG by hand (zlib), JPEG by Pillow or a fixed tiny one.
"""

from __future__ import annotations

import base64
import hashlib
import os
import random
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from server.config import Settings
from server.services import attachments as attachments_service
from server.services import imagecheck
from server.state import AppState
from tests.support.factories import bearer_headers, case_body, demo_settings, new_key

TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERX"
    "RTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAQABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwClRRRXtHjn/9k="
)
PROBLEM = "application/problem+json"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(width: int = 32, height: int = 24, *, noise: bool = False, seed: int = 1) -> bytes:
    """A valid RGB PNG made by hand; `noise` makes it incompressible (about 3 bytes a pixel)."""
    rng = random.Random(seed)
    rows = []
    for y in range(height):
        if noise:
            pixels = rng.randbytes(width * 3)
        else:
            pixels = bytes((x * 5 + y * 3 + c * 40) % 256 for x in range(width) for c in range(3))
        rows.append(b"\x00" + pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        imagecheck.PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + _chunk(b"IEND", b"")
    )


def jpeg_bytes(width: int = 16, height: int = 16) -> bytes:
    """A valid JPEG: drawn by Pillow when it is there, else the fixed 16×16 one."""
    try:
        from io import BytesIO

        from PIL import Image
    except ImportError:
        if (width, height) != (16, 16):
            pytest.skip("making a JPEG of another size needs Pillow")
        return TINY_JPEG
    out = BytesIO()
    Image.new("RGB", (width, height), (200, 60, 30)).save(out, "JPEG", quality=85)
    return out.getvalue()


def snapshot(root: Path) -> dict[str, str]:
    """Every file under root with a hash of its bytes (and every directory)."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "/"
        for p in sorted(root.rglob("*"))
    }


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Demo settings with the photos in tmp_path/data."""
    return demo_settings(tmp_path, demo_patrols=0, upload_max_body_bytes=1_000_000)


@pytest.fixture
def data_dir(settings: Settings) -> Path:
    return Path(str(settings.data_dir))


REPORT = case_body(channel="grid", category="garbage", title="小区门口垃圾堆放")


@pytest.fixture
def report(client: TestClient, headers: Callable[[str], dict[str, str]]) -> Callable[..., Any]:
    """report(photos=[(name, bytes)], user=…, key=…, **fields) → the response."""

    def post(photos: list[tuple[str, bytes]], user: str = "duty_officer", key=None, **fields):  # type: ignore[no-untyped-def]
        extra = {"Idempotency-Key": key} if key else {}
        # Fields go as parts of their own, so that a report without photos is multipart too.
        parts = [(name, (None, value)) for name, value in {**REPORT, **fields}.items()]
        return client.post(
            "/api/v1/field-reports",
            files=[*parts, *[("photos", (name, data, "image/jpeg")) for name, data in photos]],
            headers={**headers(user), **extra},
        )

    return post


def case_count(client: TestClient, headers: Callable[[str], dict[str, str]]) -> int:
    items = client.get("/api/v1/cases?limit=500", headers=headers("duty_officer")).json()["items"]
    return len(items)


def test_a_grid_report_becomes_a_case_with_its_photos(
    client: TestClient, headers: Callable[[str], dict[str, str]], report: Callable[..., Any]
) -> None:
    big = jpeg_bytes(800, 600)
    small = png_bytes(40, 30)
    response = report([("门口.jpg", big), ("细节.png", small)], reporter_name="张网格员")
    assert response.status_code == 201, response.text
    created = response.json()
    assert [a["filename"] for a in created["attachments"]] == ["门口.jpg", "细节.png"]

    listed = client.get("/api/v1/cases?channel=grid", headers=headers("duty_officer")).json()
    case = next(c for c in listed["items"] if c["id"] == created["id"])
    assert (case["channel"], case["street"], case["state"]) == ("grid", "hongqiao", "reported")
    assert case["due_at"] and case["sla_step"] == "accept"
    assert case["reporter_name"] == "张网格员"

    detail = client.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    shown = {a["filename"]: a for a in detail["attachments"]}
    assert shown["门口.jpg"]["content_type"] == "image/jpeg"
    assert shown["细节.png"]["content_type"] == "image/png"
    for name, data in (("门口.jpg", big), ("细节.png", small)):
        attachment = shown[name]
        assert attachment["size"] == len(data)
        got = client.get(f"/api/v1/attachments/{attachment['id']}", headers=headers("supervisor"))
        assert got.status_code == 200
        assert got.content == data
        assert got.headers["content-type"] == attachment["content_type"]
        assert got.headers["content-disposition"].startswith("inline")
        assert got.headers["x-content-type-options"] == "nosniff"
        thumb = client.get(
            f"/api/v1/attachments/{attachment['id']}/thumbnail", headers=headers("duty_officer")
        )
        assert thumb.status_code == 200, thumb.text
        kind, width, height = imagecheck.sniff(thumb.content)
        assert thumb.headers["content-type"] == kind
        assert max(width, height) <= imagecheck.THUMB_SIDE
    # A small photo is its own thumbnail.
    thumb = client.get(
        f"/api/v1/attachments/{shown['细节.png']['id']}/thumbnail", headers=headers("duty_officer")
    )
    assert thumb.content == small


def test_the_stored_file_names_are_the_servers_own(
    report: Callable[..., Any], data_dir: Path
) -> None:
    assert report([("我的照片.jpg", jpeg_bytes())]).status_code == 201
    names = [p.name for p in (data_dir / "attachments").iterdir()]
    assert names and all(attachments_service.KEY.fullmatch(n) for n in names), names


def test_the_clients_file_name_is_kept_only_as_clean_metadata(
    report: Callable[..., Any],
) -> None:
    long_name = "现场" * 100 + ".jpg"
    response = report([("photo\u202egpj.exe", TINY_JPEG), (long_name, TINY_JPEG)])
    assert response.status_code == 201, response.text
    names = [a["filename"] for a in response.json()["attachments"]]
    assert names[0] == "photogpj.exe"  # the right-to-left override is gone
    assert len(names[1]) == 120 and names[1].endswith(".jpg")


def test_a_river_chiefs_app_account_reports_in_its_own_name(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    report: Callable[..., Any],
    act: Callable[..., Any],
) -> None:
    response = report(
        [("河面.jpg", jpeg_bytes())],
        user="dept_water",
        channel="river_patrol",
        category="river_debris",
        title="金通河河面漂浮物",
        address="",
        lat="32.079",
        lon="120.823",
    )
    assert response.status_code == 201, response.text
    case = response.json()
    assert (case["channel"], case["street"]) == ("river_patrol", "tangzha")
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=headers("duty_officer")).json()
    created = detail["history"][0]
    assert (created["action"], created["actor_role"]) == ("create", "department")
    assert "水利" in created["actor"]
    attachment_id = detail["attachments"][0]["id"]
    # Until the case is dispatched to them, departments do not see it, nor its photos.
    url = f"/api/v1/attachments/{attachment_id}"
    assert client.get(url, headers=headers("dept_water")).status_code == 404
    registered = act("duty_officer", detail, "register").json()
    assert act("duty_officer", registered, "dispatch", department="water").status_code == 200
    assert client.get(url, headers=headers("dept_water")).status_code == 200
    assert client.get(url, headers=headers("dept_urban")).status_code == 404


@pytest.mark.parametrize(
    ("channel", "drill", "status"),
    [("grid", False, 201), ("hotline_12345", False, 403), ("grid", True, 403)],
)
def test_a_department_account_creates_field_cases_only(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    channel: str,
    drill: bool,
    status: int,
) -> None:
    body = {
        "channel": channel,
        "category": "garbage",
        "title": "小区垃圾堆放",
        "address": "学田街道",
        "drill": drill,
    }
    response = client.post("/api/v1/cases", json=body, headers=headers("dept_urban"))
    assert response.status_code == status, response.text
    if status == 403:
        assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(("user", "status"), [("trainer", 403), ("admin", 403)])
def test_who_may_not_report(report: Callable[..., Any], user: str, status: int) -> None:
    response = report([("a.jpg", jpeg_bytes())], user=user)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(PROBLEM)


def test_reporting_needs_a_sign_in(client: TestClient) -> None:
    response = client.post(
        "/api/v1/field-reports", data=REPORT, files=[("photos", ("a.jpg", b"x"))]
    )
    assert response.status_code == 401


EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200)
BAD_UPLOADS: dict[str, tuple[list[tuple[str, bytes]], dict[str, str], int, str]] = {
    "renamed-executable": ([("photo.jpg", EXE)], {}, 415, "Windows program"),
    "path-in-name": ([("../../etc/passwd.jpg", TINY_JPEG)], {}, 422, "path"),
    "windows-path": ([("..\\..\\windows\\a.jpg", TINY_JPEG)], {}, 422, "path"),
    "empty-file": ([("photo.jpg", b"")], {}, 422, "empty"),
    "file-without-name": ([("", TINY_JPEG)], {}, 422, "as a file"),
    "gif": ([("photo.png", b"GIF89a" + bytes(40))], {}, 415, "GIF"),
    "heic": ([("IMG_1.jpg", b"\x00\x00\x00\x18ftypheic" + bytes(40))], {}, 415, "HEIC"),
    "html": ([("photo.jpg", b"<html><script>alert(1)</script></html>")], {}, 415, "not a JPEG"),
    "truncated-jpeg": ([("a.jpg", TINY_JPEG[:300])], {}, 415, "truncated"),
    "damaged-png": ([("a.png", png_bytes()[:-20] + bytes(8) + png_bytes()[-12:])], {}, 415, ""),
    "too-many": ([(f"{i}.jpg", TINY_JPEG) for i in range(7)], {}, 422, "at most 6"),
    "no-photo": ([], {}, 422, "at least one photo"),
    "unknown-field": ([("a.jpg", TINY_JPEG)], {"drill": "true"}, 422, "drill"),
    "bad-channel": ([("a.jpg", TINY_JPEG)], {"channel": "hotline_12345"}, 422, "channel"),
    "unknown-category": ([("a.jpg", TINY_JPEG)], {"category": "nope"}, 422, "nope"),
    "one-bad-of-two": ([("a.jpg", TINY_JPEG), ("b.jpg", EXE)], {}, 415, "photos[1]"),
}


@pytest.mark.parametrize("name", list(BAD_UPLOADS))
def test_bad_uploads_are_refused_and_store_nothing(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    report: Callable[..., Any],
    data_dir: Path,
    name: str,
) -> None:
    assert report([("first.jpg", TINY_JPEG)]).status_code == 201
    before, cases_before = snapshot(data_dir), case_count(client, headers)
    photos, fields, status, words = BAD_UPLOADS[name]
    response = report(photos, **fields)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert words in body["detail"]
    assert snapshot(data_dir) == before
    assert case_count(client, headers) == cases_before


def test_a_photo_over_the_size_limit_is_refused(
    state: AppState,
    report: Callable[..., Any],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(state.settings, "upload_max_bytes", 20_000)
    before = snapshot(data_dir)
    big = png_bytes(100, 100, noise=True)
    assert len(big) > 20_000
    response = report([("big.png", big)])
    assert response.status_code == 413
    assert "larger than 20,000 bytes" in response.json()["detail"]
    assert snapshot(data_dir) == before


def test_a_body_over_the_servers_limit_is_refused_whole(
    state: AppState, report: Callable[..., Any], data_dir: Path
) -> None:
    response = report([("big.png", png_bytes(400, 400, noise=True))])  # ~480 kB
    assert response.status_code == 201  # under the 1 MB upload limit set above
    before = snapshot(data_dir)
    response = report([(f"{i}.png", png_bytes(400, 400, noise=True, seed=i)) for i in range(3)])
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)
    assert snapshot(data_dir) == before


def test_a_streamed_body_over_the_limit_is_refused_whole(
    client: TestClient, headers: Callable[[str], dict[str, str]], data_dir: Path
) -> None:
    before = snapshot(data_dir)
    boundary = "streamed-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; filename="a.png"\r\n'
        "Content-Type: image/png\r\n\r\n"
    ).encode()

    def chunks():  # type: ignore[no-untyped-def]
        yield head
        for _ in range(30):  # 1.3 MB, sent without a Content-Length
            yield png_bytes(120, 120, noise=True)

    response = client.post(
        "/api/v1/field-reports",
        content=chunks(),
        headers={
            **headers("duty_officer"),
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        },
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)
    assert snapshot(data_dir) == before


def test_a_request_that_is_not_multipart_is_refused(
    client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    response = client.post("/api/v1/field-reports", json=REPORT, headers=headers("duty_officer"))
    assert response.status_code == 415
    assert "multipart/form-data" in response.json()["detail"]


def test_a_failure_after_the_files_were_written_leaves_nothing(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    report: Callable[..., Any],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert report([("first.jpg", TINY_JPEG)]).status_code == 201
    before, cases_before = snapshot(data_dir), case_count(client, headers)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full while writing the rows")

    monkeypatch.setattr("server.routes.field_reports.add_rows", broken)
    quiet = TestClient(client.app, raise_server_exceptions=False)
    response = quiet.post(
        "/api/v1/field-reports",
        data=REPORT,
        files=[("photos", ("a.jpg", TINY_JPEG)), ("photos", ("b.png", png_bytes()))],
        headers=headers("duty_officer"),
    )
    assert response.status_code == 500
    assert response.headers["content-type"].startswith(PROBLEM)
    assert snapshot(data_dir) == before
    assert case_count(client, headers) == cases_before


def test_a_repeated_key_replays_the_first_report(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    report: Callable[..., Any],
    data_dir: Path,
) -> None:
    key = new_key()
    first = report([("a.jpg", TINY_JPEG)], key=key)
    assert first.status_code == 201
    before = snapshot(data_dir)
    again = report([("a.jpg", TINY_JPEG)], key=key)
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert snapshot(data_dir) == before
    other = report([("a.png", png_bytes())], key=key)
    assert other.status_code == 422
    assert snapshot(data_dir) == before


def test_a_move_interrupted_by_a_crash_is_finished(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    report: Callable[..., Any],
    data_dir: Path,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(attachments_service.Staging, "commit", lambda self: None)
    created = report([("a.jpg", TINY_JPEG)]).json()
    parts = list((data_dir / "attachments").glob("*.part"))
    assert parts, "the crash left the files under their temporary names"
    # A stale temporary file of an upload that never committed is removed at start-up.
    orphan = data_dir / "attachments" / ("0" * 32 + ".jpg.part")
    orphan.write_bytes(TINY_JPEG)
    old = 1_000_000_000
    for part in [*parts, orphan]:
        os.utime(part, (old, old))
    attachment = created["attachments"][0]
    url = f"/api/v1/attachments/{attachment['id']}"
    assert client.get(url, headers=headers("duty_officer")).content == TINY_JPEG
    state = client.app.state.cc  # type: ignore[attr-defined]
    attachments_service.recover_uploads(state.db, settings)
    assert not list((data_dir / "attachments").glob("*.part"))
    assert client.get(url + "/thumbnail", headers=headers("duty_officer")).content == TINY_JPEG


def test_without_pillow_only_small_photos_have_thumbnails(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    report: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "PIL", None)  # `from PIL import …` raises ImportError
    big, small = png_bytes(300, 200), png_bytes(60, 40)
    created = report([("big.png", big), ("small.png", small)]).json()
    big_id, small_id = (a["id"] for a in created["attachments"])
    who = headers("duty_officer")
    missing = client.get(f"/api/v1/attachments/{big_id}/thumbnail", headers=who)
    assert missing.status_code == 404
    assert f"/api/v1/attachments/{big_id}" in missing.json()["detail"]
    assert client.get(f"/api/v1/attachments/{small_id}/thumbnail", headers=who).content == small
    assert client.get(f"/api/v1/attachments/{big_id}", headers=who).content == big


def test_unknown_attachments_are_not_found(
    client: TestClient, headers: Callable[[str], dict[str, str]]
) -> None:
    for url in ("/api/v1/attachments/999", "/api/v1/attachments/999/thumbnail"):
        response = client.get(url, headers=headers("duty_officer"))
        assert response.status_code == 404
        assert response.headers["content-type"].startswith(PROBLEM)


# --- evidence added to an existing case (e.g. a frame from a camera) ----------------------


def add_evidence(client: TestClient, who: dict[str, str], case_id: int, data: bytes, **extra: Any):  # type: ignore[no-untyped-def]
    return client.post(
        f"/api/v1/cases/{case_id}/attachments",
        data={"caption": "监控截图 14:02"},
        files={"photo": ("frame.jpg", data, "image/jpeg")},
        headers={**who, "Idempotency-Key": new_key(), **extra},
    )


def test_evidence_is_audited_and_reaches_the_feed(
    client: TestClient, headers: Callable[[str], dict[str, str]], new_case: Callable[..., dict]
) -> None:
    case = new_case()
    who = headers("duty_officer")
    seq = client.get("/api/v1/cases", headers=who).json()["feed_seq"]
    frame = jpeg_bytes(640, 360)
    response = add_evidence(client, who, case["id"], frame)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["version"] == case["version"] + 1
    assert body["attachments"][0]["caption"] == "监控截图 14:02"
    detail = client.get(f"/api/v1/cases/{case['id']}", headers=who).json()
    entry = detail["history"][-1]
    assert (entry["action"], entry["note"]) == ("attach", "监控截图 14:02")
    assert entry["payload"]["attachments"][0]["id"] == detail["attachments"][0]["id"]
    events = client.get(f"/api/v1/events?after={seq}&wait=10", headers=who).json()["events"]
    assert [(e["type"], e["action"]["action"]) for e in events] == [("case.action", "attach")]
    attachment_id = detail["attachments"][0]["id"]
    assert client.get(f"/api/v1/attachments/{attachment_id}", headers=who).content == frame


def test_evidence_needs_a_key_a_visible_case_and_an_open_one(
    client: TestClient,
    headers: Callable[[str], dict[str, str]],
    new_case: Callable[..., dict],
    act: Callable[..., Any],
    data_dir: Path,
) -> None:
    case = new_case()
    who = headers("duty_officer")
    before = snapshot(data_dir)
    no_key = client.post(
        f"/api/v1/cases/{case['id']}/attachments",
        files={"photo": ("f.jpg", TINY_JPEG, "image/jpeg")},
        headers=who,
    )
    assert no_key.status_code == 400
    assert add_evidence(client, headers("dept_urban"), case["id"], TINY_JPEG).status_code == 404
    assert add_evidence(client, who, 999_999, TINY_JPEG).status_code == 404
    assert add_evidence(client, who, case["id"], EXE).status_code == 415
    voided = act("duty_officer", case, "void", note="重复来电").json()
    assert voided["state"] == "voided"
    refused = add_evidence(client, who, case["id"], TINY_JPEG)
    assert refused.status_code == 422
    assert snapshot(data_dir) == before


# --- the photo checks themselves ------------------------------------------------------------


def _png_with(rows: bytes, width: int, height: int, colour: int = 2, depth: int = 8) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (
        imagecheck.PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def test_sound_images_are_recognized() -> None:
    assert imagecheck.sniff(png_bytes(7, 3)) == ("image/png", 7, 3)
    assert imagecheck.sniff(TINY_JPEG) == ("image/jpeg", 16, 16)
    grey = _png_with(b"\x00\x10\x20" * 2, 2, 2, colour=0)  # 2×2 grey, one filter byte a row
    assert imagecheck.sniff(grey) == ("image/png", 2, 2)


def test_pillows_variants_are_recognized() -> None:
    pil = pytest.importorskip("PIL.Image")
    from io import BytesIO

    for mode, fmt, options in [
        ("RGB", "JPEG", {"progressive": True}),
        ("L", "JPEG", {}),
        ("CMYK", "JPEG", {}),
        ("RGBA", "PNG", {}),
        ("P", "PNG", {}),
        ("1", "PNG", {}),
        ("I;16", "PNG", {}),
    ]:
        out = BytesIO()
        pil.new(mode, (33, 17)).save(out, fmt, **options)
        assert imagecheck.sniff(out.getvalue())[1:] == (33, 17), (mode, fmt)


DAMAGED = {
    "bad-filter-byte": _png_with(b"\x07" + bytes(6) + b"\x00" + bytes(6), 2, 2),
    "too-little-data": _png_with(b"\x00" + bytes(6), 2, 2),
    "too-much-data": _png_with(b"\x00" + bytes(6) + b"\x00" + bytes(7), 2, 2),
    "after-iend": png_bytes() + b"PK\x03\x04 a zip archive",
    "no-iend": png_bytes()[:-12],
    "bad-crc": png_bytes()[:30] + b"\x00" + png_bytes()[31:],
    "zero-width": _png_with(b"", 0, 2),
    "jpeg-without-end": TINY_JPEG[:-2],
    "jpeg-header-only": TINY_JPEG[:200],
    "jpeg-garbage": b"\xff\xd8\xff" + bytes(100),
}


@pytest.mark.parametrize("name", list(DAMAGED))
def test_damaged_images_are_refused(name: str) -> None:
    with pytest.raises(imagecheck.NotAnImage):
        imagecheck.sniff(DAMAGED[name])


def test_an_image_that_passes_the_structure_but_does_not_decode_is_refused() -> None:
    pytest.importorskip("PIL")
    # Huffman tables with impossible code counts: sound markers, but no decoder can use them.
    start = TINY_JPEG.index(b"\xff\xc4")
    broken = TINY_JPEG[: start + 5] + b"\xff" * 16 + TINY_JPEG[start + 21 :]
    kind, width, height = imagecheck.sniff(broken)
    with pytest.raises(imagecheck.NotAnImage, match="decoded"):
        imagecheck.thumbnail(broken, content_type=kind, width=width, height=height)


@pytest.mark.postgres
def test_reports_and_evidence_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    from server.app import create_app

    settings = demo_settings(tmp_path, database_url=postgres_url)
    with TestClient(create_app(settings, background=False)) as client:
        who = bearer_headers(client, "duty_officer")
        photo = png_bytes(300, 200)
        created = client.post(
            "/api/v1/field-reports",
            data=REPORT,
            files=[("photos", ("a.png", photo, "image/png"))],
            headers=who,
        )
        assert created.status_code == 201, created.text
        case_id = created.json()["id"]
        assert add_evidence(client, who, case_id, TINY_JPEG).status_code == 201
        detail = client.get(f"/api/v1/cases/{case_id}", headers=who).json()
        assert [h["action"] for h in detail["history"]] == ["create", "attach"]
        first = detail["attachments"][0]["id"]
        assert client.get(f"/api/v1/attachments/{first}", headers=who).content == photo
