"""The patrol view's server calls: patrols (newest first), one patrol with its track and
problems, the rivers with their segments and chiefs (docs/domain.md, "Rivers"). No Qt here:
worker threads only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from console.api.client import ApiClient

__all__ = ["PAGE", "PATROL_LIMIT", "PatrolsApi"]

PAGE = 500  # the server's largest page
PATROL_LIMIT = 2000  # patrols listed at most for one choice of filters (a district's month)


def _instant(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("patrol filters take aware datetimes")
    return moment.isoformat()


class PatrolsApi:
    """Reads for the patrol view (GET /patrols, /patrols/{id}, /rivers)."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def patrols(
        self,
        *,
        river: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = PATROL_LIMIT,
    ) -> list[dict[str, Any]]:
        """Patrols newest first (no tracks), started in [since, until) on this river, every
        page followed up to `limit`."""
        params: dict[str, str] = {"limit": str(min(PAGE, limit))}
        if river:
            params["river"] = river
        if since is not None:
            params["since"] = _instant(since)
        if until is not None:
            params["until"] = _instant(until)
        items: list[dict[str, Any]] = []
        while True:
            body = self._client.request_object("GET", "/api/v1/patrols", params=params)
            items += body.get("items") or []
            cursor = body.get("next_cursor")
            if not cursor or len(items) >= limit:
                return items[:limit]
            params["cursor"] = str(int(cursor))

    def patrol(self, patrol_id: int) -> dict[str, Any]:
        """A patrol with its `track` ([[lat, lon, time], …]) and `problem_cases` (each with
        its `case` and the case's `attachments`, or none when the reader may not see it)."""
        return self._client.request_object("GET", f"/api/v1/patrols/{int(patrol_id)}")

    def rivers(self) -> list[dict[str, Any]]:
        """Rivers with their chief (河长) and their segments with theirs (段长)."""
        return self._client.request_items("GET", "/api/v1/rivers")

    def thumbnail(self, attachment_id: int) -> bytes:
        """A problem photo's thumbnail (at most 240 px a side)."""
        return self._client.photo(int(attachment_id), thumbnail=True)
