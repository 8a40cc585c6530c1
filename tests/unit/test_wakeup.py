"""Waking the other server processes: a process that joins is woken from the next commit."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from server.services.wakeup import PeerWake


def run_briefly(loop: asyncio.AbstractEventLoop) -> None:
    loop.run_until_complete(asyncio.sleep(0.05))


def test_a_process_that_just_joined_is_woken_by_the_next_commit(tmp_path: Path) -> None:
    folder = tmp_path / "wake"
    loop = asyncio.new_event_loop()
    writer = PeerWake(folder)
    writer.broadcast()  # lists the folder: nobody there yet
    joined = PeerWake(folder)
    joined.path = folder / "joined.sock"  # both live in this one test process
    woken: list[int] = []
    joined.listen(loop, lambda: woken.append(1))
    try:
        writer.broadcast()  # at once, not a listing period later
        run_briefly(loop)
        assert woken
    finally:
        joined.close()
        writer.close()
        loop.close()


def test_a_peer_gone_without_cleaning_up_is_forgotten(tmp_path: Path) -> None:
    folder = tmp_path / "wake"
    writer = PeerWake(folder)
    stale = folder / "999999.sock"
    stale.write_bytes(b"")  # no one listens: sending there is refused
    try:
        writer.broadcast()
        assert not stale.exists()
    finally:
        writer.close()


def test_a_folder_someone_else_could_write_to_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "wake"
    folder.mkdir(mode=0o777)
    os.chmod(folder, 0o777)
    with pytest.raises(RuntimeError, match="mode 700"):
        PeerWake(folder)
