"""The volunteer service's server calls (点单-派单-接单-评单, docs/api-volunteers.md): requests,
their actions, the team suggestion, the figures. No Qt here: worker threads only.

Every write carries the version the officer saw and an Idempotency-Key made once for the
officer's one action: the client's retries after a lost answer send the same key, and the
server replays its first answer instead of acting twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from console.api.client import ApiClient

__all__ = ["OPEN_STATES", "RECENT", "VolunteersApi", "new_key"]

OPEN_STATES = ("requested", "offered", "accepted", "done")  # the center still has work on them
PAGE = 500
OPEN_LIMIT = 2000  # open requests read at most
RECENT = 200  # the newest requests read besides the open ones (ended ones among them)
BASE = "/api/v1/volunteers"


def new_key() -> str:
    """A fresh Idempotency-Key for one action of the officer's."""
    return f"console-{uuid.uuid4()}"


class VolunteersApi:
    """Reads and writes of the volunteer pane."""

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    # -- reads ----------------------------------------------------------------------------

    def _pages(self, params: dict[str, str], limit: int) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        params = {**params, "limit": str(min(PAGE, limit))}
        while True:
            body = self._client.request_object("GET", f"{BASE}/requests", params=params)
            items += body.get("items") or []
            cursor = body.get("next_cursor")
            if not cursor or len(items) >= limit:
                return items[:limit]
            params["cursor"] = str(int(cursor))

    def requests(self, *, recent: int = RECENT) -> list[dict[str, Any]]:
        """Every open request and the `recent` newest of all (ended ones among them), each
        once, newest first; the pane orders them."""
        found = {int(r["id"]): r for r in self._pages({"open": "true"}, OPEN_LIMIT)}
        for item in self._pages({}, recent) if recent else []:
            found.setdefault(int(item["id"]), item)
        return sorted(found.values(), key=lambda r: -int(r["id"]))

    def request(self, request_id: int) -> dict[str, Any]:
        """One request with its `history`, `photos` and `allowed_actions`."""
        return self._client.request_object("GET", f"{BASE}/requests/{int(request_id)}")

    def suggest(self, request_id: int) -> list[dict[str, Any]]:
        """The active teams for the request, best first; a team that declined it marked."""
        return self._client.request_items("GET", f"{BASE}/requests/{int(request_id)}/suggest")

    def categories(self) -> list[dict[str, Any]]:
        """Service categories (`code`, `name`, `active`)."""
        return self._client.request_items("GET", f"{BASE}/categories")

    def teams(self) -> list[dict[str, Any]]:
        """Volunteer teams (`code`, `name`, `street`, `skills`, `members`, `lead`, `active`)."""
        return self._client.request_items("GET", f"{BASE}/teams")

    def stats(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> dict[str, Any]:
        """Requests that arrived in [since, until): `streets`, `teams`, `totals`."""
        params = {
            name: moment.isoformat()
            for name, moment in (("since", since), ("until", until))
            if moment is not None
        }
        return self._client.request_object("GET", f"{BASE}/stats", params=params)

    # -- writes ---------------------------------------------------------------------------

    def create(self, body: Mapping[str, object], *, idempotency_key: str) -> dict[str, Any]:
        """点单: a resident's request as the duty officer took it down."""
        return self._client.request_object(
            "POST",
            f"{BASE}/requests",
            json=dict(body),
            headers={"Idempotency-Key": idempotency_key},
        )

    def act(
        self,
        request_id: int,
        action: str,
        version: int,
        *,
        idempotency_key: str,
        **fields: object,
    ) -> dict[str, Any]:
        """An action on the version seen (offer needs `team`; withdraw, cancel a `note`;
        rate a `rating` and the resident's comment as `note`); the request as it now is."""
        body: dict[str, object] = {"action": action, "version": int(version)}
        body.update({name: value for name, value in fields.items() if value is not None})
        return self._client.request_object(
            "POST",
            f"{BASE}/requests/{int(request_id)}/actions",
            json=body,
            headers={"Idempotency-Key": idempotency_key},
        )
