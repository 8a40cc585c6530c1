"""The supervisors' 督办 board: its read, and its 通报 documents fetched to disk.

Plain functions over an ApiClient, for worker threads (no Qt here); the contract is
docs/api-supervision.md. The board's actions (urge, 督办, decisions on requests) are case
actions and go through the outbox like every other (console/controllers/action_sync.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from console.api.client import ApiClient
from console.api.errors import Invalid
from console.contract.supervision import BulletinFile, SupervisionBoard

__all__ = ["BOARD_LIMIT", "board", "color_trend", "fetch_bulletin", "make_bulletin"]

BOARD_LIMIT = 1000  # items at most (the server's default; the most late first)
OLD_LIMIT = 500  # the most a server from before the board's filters takes
_UNSAFE = re.compile(r"[^\w.\-\u4e00-\u9fff]+")


def board(
    client: ApiClient,
    *,
    departments: Iterable[str] = (),
    streets: Iterable[str] = (),
    kind: str = "all",
    limit: int = BOARD_LIMIT,
) -> SupervisionBoard:
    """Open 督办 and 通报 items (`kind`: supervise, notice or all), most late first, narrowed
    to these departments and streets; with the counters and the pending requests."""
    params: list[tuple[str, str]] = [("status", "open"), ("limit", str(int(limit)))]
    if kind in ("supervise", "notice"):
        params.append(("kind", kind))
    params += [("department", code) for code in departments]
    params += [("street", code) for code in streets]
    try:
        body = client.request_object("GET", "/api/v1/supervision", params=params)
    except Invalid:
        if limit <= OLD_LIMIT:
            raise
        params[1] = ("limit", str(OLD_LIMIT))  # an older server: its own maximum
        body = client.request_object("GET", "/api/v1/supervision", params=params)
    return SupervisionBoard.from_json(body)


def color_trend(client: ApiClient, *, hours: int = 24, step: int = 15) -> dict[str, Any]:
    """Open cases by SLA color every `step` minutes over the last `hours`, oldest first:
    `{"now", "step_minutes", "points": [{"at", "green", "yellow", "red"}, ...]}`."""
    params = {"hours": str(int(hours)), "step": str(int(step))}
    return client.request_object("GET", "/api/v1/supervision/color-trend", params=params)


def make_bulletin(client: ApiClient, item_id: int) -> dict[str, BulletinFile | None]:
    """Have the server generate a 通报 item's bulletin now (or return the one it has)."""
    body = client.request_object("POST", f"/api/v1/supervision/{int(item_id)}/bulletin")
    bulletin = body.get("bulletin") or {}
    return {
        "pdf": BulletinFile.from_json(bulletin.get("pdf")),
        "txt": BulletinFile.from_json(bulletin.get("txt")),
    }


def fetch_bulletin(client: ApiClient, file: BulletinFile, folder: Path) -> Path:
    """Download a bulletin file into `folder` (made if missing) and return its path; the
    same file fetched again replaces the copy (the server's is the authority)."""
    data = client.photo(file.attachment_id)  # GET /attachments/{id}: any attachment's bytes
    folder.mkdir(parents=True, exist_ok=True)
    name = _UNSAFE.sub("_", Path(file.filename).name) or f"bulletin-{file.attachment_id}"
    path = folder / name
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path
