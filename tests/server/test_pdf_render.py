"""PDFs are drawn in a child process at a lower priority, never in the server's: a child that
dies or hangs is ended with a clear error and the next PDF gets a new one; a broken font is
an error from the child, a missing one from the server."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from server.services import pdf_render
from server.services.bulletin_pdf import Bulletin, draw_bulletin
from server.services.pdf_render import PdfError, render


def where_drawn(_path: str, _face: int) -> bytes:
    """What process drew, at what niceness."""
    return f"{os.getpid()} {os.nice(0)}".encode()


def die(_path: str, _face: int) -> bytes:
    os._exit(3)


def hang(_path: str, _face: int, seconds: float) -> bytes:
    time.sleep(seconds)
    return b"late"


def ended(pid: int, wait: float = 10.0) -> bool:
    """The process is gone (or a zombie not yet reaped) within `wait` seconds."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            status = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return True
        if status.rsplit(")", 1)[1].split()[0] == "Z":
            return True
        time.sleep(0.05)
    return False


def test_a_pdf_is_drawn_in_a_child_process_at_a_lower_priority() -> None:
    pid, niceness = render(where_drawn).decode().split()
    assert int(pid) != os.getpid()
    assert int(niceness) >= os.nice(0) + pdf_render.NICENESS
    again, _ = render(where_drawn).decode().split()
    assert again == pid, "one child, kept for the next PDF"


def test_a_bulletin_comes_back_as_a_pdf() -> None:
    pdf = render(
        draw_bulletin, Bulletin("通报：CC1", "区城市管理局承办", [("案件", ["标题：噪声"])])
    )
    assert pdf.startswith(b"%PDF-")


def test_a_child_that_dies_is_an_error_and_the_next_pdf_gets_another() -> None:
    before, _ = render(where_drawn).decode().split()
    with pytest.raises(PdfError, match="ended unexpectedly"):
        render(die)
    after, _ = render(where_drawn).decode().split()
    assert after != before


def test_a_child_that_hangs_is_ended(monkeypatch: pytest.MonkeyPatch) -> None:
    before, _ = render(where_drawn).decode().split()
    monkeypatch.setattr(pdf_render, "TIMEOUT_SECONDS", 1.0)
    with pytest.raises(PdfError, match="took over 1 s"):
        render(hang, 60.0)
    monkeypatch.undo()
    after, _ = render(where_drawn).decode().split()
    assert after != before
    assert ended(int(before)), "the hung child is gone, not left running"


def test_a_broken_font_is_an_error_from_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font" * 100)
    monkeypatch.setenv(pdf_render.FONT_ENV, str(broken))
    with pytest.raises(PdfError, match="cannot be used"):
        render(draw_bulletin, Bulletin("t", "s"))


def test_a_missing_font_is_an_error_before_any_drawing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pdf_render.FONT_ENV, "/nonexistent/font.ttf")
    with pytest.raises(PdfError, match="no CJK font"):
        render(die)  # would end the child: never sent
