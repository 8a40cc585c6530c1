"""Photos that would cost the server its memory or serve something else back (issue #18):
sizes refused from the header before any inflating, trailing data refused, and decoding
memory shared by all uploads with a clear 503 when it is in use."""

from __future__ import annotations

import struct
import threading
import zlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from server.config import Settings
from server.services import imagecheck
from server.state import AppState
from tests.support.factories import demo_settings, new_key

Headers = Callable[[str], dict[str, str]]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def zero_png(width: int, height: int) -> bytes:
    """A valid all-black greyscale PNG: tiny on the wire, width × height once inflated."""
    compressor = zlib.compressobj(9)
    row = bytes(1 + width)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        imagecheck.PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def photo(kind: str = "JPEG", size: tuple[int, int] = (320, 240)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(out, kind)
    return out.getvalue()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return demo_settings(tmp_path, demo_patrols=0)


def attach(client: TestClient, who: dict[str, str], case_id: int, data: bytes) -> Any:
    return client.post(
        f"/api/v1/cases/{case_id}/attachments",
        data={"caption": "现场照片"},
        files={"photo": ("photo.jpg", data, "image/jpeg")},
        headers={**who, "Idempotency-Key": new_key()},
    )


def test_a_huge_png_is_refused_from_its_header_before_inflating(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bomb = zero_png(30_000, 2_000)  # 60 megapixels in ~60 KB
    inflated: list[int] = []
    real = imagecheck._inflate
    monkeypatch.setattr(
        imagecheck,
        "_inflate",
        lambda *a: inflated.append(1) or real(*a),  # type: ignore[func-returns-value]
    )
    with pytest.raises(imagecheck.TooManyPixels) as refused:
        imagecheck.sniff(bomb, max_pixels=50_000_000)
    assert (refused.value.width, refused.value.height) == (30_000, 2_000)
    assert not inflated
    # Within the limit the same kind of image is inflated and accepted.
    assert imagecheck.sniff(zero_png(3_000, 2_000), max_pixels=50_000_000)[1:] == (3_000, 2_000)


def test_a_huge_png_upload_gets_a_422_naming_its_size(
    client: TestClient, headers: Headers, new_case: Callable[..., Any]
) -> None:
    case = new_case()
    refused = attach(client, headers("duty_officer"), case["id"], zero_png(30_000, 2_000))
    assert refused.status_code == 422, refused.text
    assert "30000×2000" in refused.json()["detail"]


@pytest.mark.parametrize(
    "trailer",
    [b"PK\x03\x04" + bytes(100), b"\x7fELF\x02\x01\x01", b"#!/bin/sh\nrm -rf /\n"],
    ids=["zip", "elf", "script"],
)
def test_a_jpeg_with_anything_after_its_end_is_refused(trailer: bytes) -> None:
    clean = photo()
    assert imagecheck.sniff(clean)[0] == imagecheck.JPEG
    assert imagecheck.sniff(clean + bytes(16))[0] == imagecheck.JPEG  # zero padding: harmless
    with pytest.raises(imagecheck.NotAnImage, match="after the end of the JPEG"):
        imagecheck.sniff(clean + trailer)


def test_a_jpeg_with_a_trailer_is_not_stored(
    client: TestClient, headers: Headers, new_case: Callable[..., Any]
) -> None:
    case = new_case()
    refused = attach(client, headers("duty_officer"), case["id"], photo() + b"PK\x03\x04zip")
    assert refused.status_code == 415, refused.text
    assert "after the end" in refused.json()["detail"]


def test_decoding_waits_for_memory_and_gives_a_clear_503_when_it_stays_taken(
    client: TestClient, headers: Headers, new_case: Callable[..., Any], state: AppState
) -> None:
    state.decoding = imagecheck.DecodeBudget(10_000_000, wait_seconds=0.2)
    case = new_case()
    who = headers("duty_officer")
    held, release = threading.Event(), threading.Event()

    def hold_everything() -> None:
        with state.decoding.reserve(10_000_000):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold_everything)
    holder.start()
    try:
        assert held.wait(10)
        busy = attach(client, who, case["id"], photo("PNG", (800, 600)))
        assert busy.status_code == 503, busy.text
        assert busy.json()["code"] == "uploads_busy"
        assert busy.headers["Retry-After"] == "5"
    finally:
        release.set()
        holder.join()
    assert attach(client, who, case["id"], photo("PNG", (800, 600))).status_code == 201


def test_the_budget_lets_decodes_through_one_after_another() -> None:
    budget = imagecheck.DecodeBudget(100, wait_seconds=10)
    order: list[str] = []
    first_in = threading.Event()

    def first() -> None:
        with budget.reserve(80):
            first_in.set()
            order.append("first in")
            threading.Event().wait(0.05)
            order.append("first out")

    thread = threading.Thread(target=first)
    thread.start()
    assert first_in.wait(10)
    with budget.reserve(80):
        order.append("second in")
    thread.join()
    assert order == ["first in", "first out", "second in"]
    # A request larger than the budget waits for all of it rather than never running.
    with budget.reserve(1_000):
        pass


def test_what_a_decode_reserves() -> None:
    assert imagecheck.decoded_bytes(imagecheck.PNG, 7_000, 7_000) == 196_000_000
    # JPEGs are drafted at up to 1/8 scale for a 240 px thumbnail.
    assert imagecheck.decoded_bytes(imagecheck.JPEG, 8_000, 6_000) < 8_000 * 6_000 * 3 / 40
    assert imagecheck.decoded_bytes(imagecheck.JPEG, 200, 100) == 201 * 101 * 3
