"""Video snapshots kept on disk until the server has them (beside the outbox of that server).

A snapshot is evidence the officer chose to keep: written here (JPEG and a small JSON
sidecar, each renamed into place whole) before it is sent, deleted once the server has it,
and sent again with the same Idempotency-Key after a failure, so the server keeps it once.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SnapshotSpool", "SpooledSnapshot", "spool_dir"]


def spool_dir(outbox_file: Path) -> Path:
    """The spool of the server whose outbox is `outbox_file`."""
    return outbox_file.with_suffix(".snapshots")


@dataclass(frozen=True)
class SpooledSnapshot:
    """One snapshot waiting for the server."""

    key: str  # Idempotency-Key of its upload, also its file name
    case_id: int
    filename: str
    caption: str
    jpeg: bytes
    owner: str = ""  # the officer who took it: only they send it (keys and credit are theirs)


class SnapshotSpool:
    """Snapshots not yet on the server, oldest first; safe across threads and restarts."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def put(self, snapshot: SpooledSnapshot) -> None:
        """Keep the snapshot before it is sent (the picture first, then what it belongs to)."""
        if not snapshot.key.replace("-", "").isalnum():
            raise ValueError(f"a snapshot key is letters, digits and '-': {snapshot.key!r}")
        self.directory.mkdir(parents=True, exist_ok=True)
        sidecar = {
            "key": snapshot.key,
            "case_id": snapshot.case_id,
            "filename": snapshot.filename,
            "caption": snapshot.caption,
            "owner": snapshot.owner,
        }
        _write_whole(self.directory / f"{snapshot.key}.jpg", snapshot.jpeg)
        _write_whole(
            self.directory / f"{snapshot.key}.json",
            json.dumps(sidecar, ensure_ascii=False).encode(),
        )

    def pending(self) -> list[SpooledSnapshot]:
        """Every complete snapshot waiting, oldest first (a half-written one is skipped)."""
        if not self.directory.is_dir():
            return []
        found = []
        for sidecar in sorted(self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime):
            picture = sidecar.with_suffix(".jpg")
            try:
                meta = json.loads(sidecar.read_text(encoding="utf-8"))
                found.append(
                    SpooledSnapshot(
                        key=str(meta["key"]),
                        case_id=int(meta["case_id"]),
                        filename=str(meta["filename"]),
                        caption=str(meta["caption"]),
                        jpeg=picture.read_bytes(),
                        owner=str(meta.get("owner", "")),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue  # removed meanwhile by a finished upload, or damaged: left alone
        return found

    def remove(self, key: str) -> None:
        """The server has it (or refused it for good): forget it."""
        for suffix in (".json", ".jpg"):
            (self.directory / f"{key}{suffix}").unlink(missing_ok=True)


def _write_whole(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(part, path)
