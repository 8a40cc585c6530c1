"""The snapshot spool on its own: kept whole, oldest first, forgotten when sent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from console.store.spool import SnapshotSpool, SpooledSnapshot, spool_dir


def shot(key: str, case_id: int = 7) -> SpooledSnapshot:
    caption = f"学田 工农路口 {key}"
    return SpooledSnapshot(key, case_id, f"{key}.jpg", caption, b"\xff\xd8jpeg", "duty_officer")


def test_kept_across_a_restart_oldest_first_until_removed(tmp_path: Path) -> None:
    directory = spool_dir(tmp_path / "outbox" / "embedded.sqlite3")
    assert directory == tmp_path / "outbox" / "embedded.snapshots"
    spool = SnapshotSpool(directory)
    assert spool.pending() == []
    spool.put(shot("snapshot-a"))
    spool.put(shot("snapshot-b", case_id=8))
    os.utime(directory / "snapshot-a.json", (1, 1))  # the older one
    again = SnapshotSpool(directory)  # as after a restart
    assert [s.key for s in again.pending()] == ["snapshot-a", "snapshot-b"]
    assert again.pending()[1] == shot("snapshot-b", case_id=8)
    again.remove("snapshot-a")
    again.remove("snapshot-a")  # twice (a resend raced the first upload): no error
    assert [s.key for s in again.pending()] == ["snapshot-b"]


def test_a_half_written_snapshot_is_not_sent(tmp_path: Path) -> None:
    spool = SnapshotSpool(tmp_path)
    spool.put(shot("snapshot-a"))
    (tmp_path / "snapshot-b.jpg.part").write_bytes(b"\xff\xd8")  # a crash while writing
    (tmp_path / "snapshot-c.jpg").write_bytes(b"\xff\xd8")  # the picture without its sidecar
    (tmp_path / "snapshot-d.json").write_text("{not json")  # damaged
    assert [s.key for s in spool.pending()] == ["snapshot-a"]


def test_a_key_cannot_name_another_path(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="letters, digits"):
        SnapshotSpool(tmp_path).put(shot("../outside"))


def test_only_the_officer_who_took_a_snapshot_sends_it(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from console.video.snapshot import resend_spooled

    class Client:  # records what would go to the server
        def __init__(self, username: str) -> None:
            self.user = SimpleNamespace(username=username)
            self.sent: list[str] = []

        def add_attachment(self, case_id: int, jpeg: bytes, filename: str, **kw: object) -> dict:
            self.sent.append(str(kw["idempotency_key"]))
            return {"id": case_id}

    spool = SnapshotSpool(tmp_path)
    spool.put(shot("snapshot-a"))  # taken by duty_officer
    other = Client("supervisor")
    assert resend_spooled(other, spool) == (0, []) and other.sent == []  # type: ignore[arg-type]
    assert [s.key for s in spool.pending()] == ["snapshot-a"]
    owner = Client("duty_officer")
    assert resend_spooled(owner, spool) == (1, []) and owner.sent == ["snapshot-a"]  # type: ignore[arg-type]
    assert spool.pending() == []
